using Graph.Api.Hosting;
using Graph.Api.Http;

var builder = WebApplication.CreateBuilder(args);

builder.UseDefaultGraphUrl();
builder.Services
    .AddGraphStore(builder.Configuration, builder.Environment)
    .AddSeedIngestion()
    .AddGraphQLApi(builder.Configuration)
    .AddGraphCors(builder.Configuration)
    .AddGraphHealthChecks();

var app = builder.Build();

app.UseGraphRequestLogging();
app.UseCors();
app.UseStaticFiles();
app.MapGraphQLEndpoint();
app.MapExportEndpoints();
app.MapBenchEndpointsIfEnabled(app.Configuration);
app.MapGraphHealthChecks();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
