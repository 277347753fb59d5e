using Graph.Api.Hosting;
using Graph.Api.Http;

var builder = WebApplication.CreateBuilder(args);

builder.UseDefaultGraphUrl();
builder.Services
    .AddGraphStore(builder.Configuration, builder.Environment)
    .AddSeedIngestion()
    .AddGraphQLApi(builder.Configuration)
    .AddGraphCors(builder.Configuration)
    .AddGraphHealthChecks()
    .AddResponseCompression(); // the explorer's bundle is ~1 MB raw, ~0.3 MB compressed

var app = builder.Build();

app.UseGraphRequestLogging();
app.UseCors();
app.UseResponseCompression();
app.UseDefaultFiles(); // / serves the web explorer's index.html
app.UseStaticFiles();
app.MapGraphQLEndpoint();
app.MapExportEndpoints();
app.MapBenchEndpointsIfEnabled(app.Configuration);
app.MapGraphHealthChecks();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
