using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Core.Model;
using Graph.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>A client that goes away mid-ingestDocument: the write is either not done at all or done whole.</summary>
public sealed class DisconnectTests
{
    private const string Snapshot = "{ stats { documents entities relations mentions evidence } }";
    private const string Text = "Marta Harnecker met Hugo Chávez in Caracas in 2002 and advised him on the Bolivarian circles.";

    [Fact]
    public async Task A_client_disconnecting_while_the_document_is_being_written_leaves_nothing_half_done()
    {
        GatedWriter? gated = null;
        // A long request timeout, so that only the disconnect can cancel the request.
        using var api = new ApiFactory(settings: new() { ["Graph:Limits:RequestTimeoutSeconds"] = "300" },
            services: s => s.AddSingleton<IGraphWriter>(sp => gated = new GatedWriter(sp.GetRequiredService<IGraphStore>())));
        var before = await api.DataAsync(Snapshot); // the host has started and seeded through the writer, ungated
        gated!.PassThrough = false;

        using var client = api.CreateClient();
        using var disconnect = new CancellationTokenSource();
        var body = JsonSerializer.Serialize(new
        {
            query = "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { entityCount } }",
            variables = new { input = new { title = "Disconnected", text = Text } },
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", ApiFactory.Key);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var sending = client.SendAsync(request, disconnect.Token);

        await gated.Entered.Task.WaitAsync(TimeSpan.FromSeconds(60));
        disconnect.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        // The server saw the disconnect as a cancellation and handed it to the real store, mid-request.
        var storeOutcome = await gated.Outcome.Task.WaitAsync(TimeSpan.FromSeconds(60));

        var after = await api.DataAsync(Snapshot);
        if (storeOutcome is OperationCanceledException)
        {
            JsonAssert.Equal(before.ToJsonString(), after);
            var documents = await api.DataAsync("{ documents(first: 100) { nodes { title } } }");
            Assert.DoesNotContain(documents["documents"]!["nodes"]!.AsArray(), d => d!["title"]!.GetValue<string>() == "Disconnected");
        }
        else
        {
            // The store finished before it looked at the token: then the document must be there whole, so that
            // ingesting it again is a no-op rather than a repair.
            Assert.Null(storeOutcome);
            gated.PassThrough = true;
            var again = await api.PostAsync("mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { unchanged } }",
                new { input = new { title = "Disconnected", text = Text } }, ApiFactory.Key);
            JsonAssert.Equal("""{"ingestDocument":{"unchanged":true}}""", again.Json!["data"]);
        }
    }

    /// <summary>Holds the write until the request is cancelled, then lets the real store see the cancelled token.</summary>
    private sealed class GatedWriter(IGraphStore inner) : IGraphWriter
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        /// <summary>Null when the store completed the write; the exception when it refused.</summary>
        public TaskCompletionSource<Exception?> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public volatile bool PassThrough = true;

        public async Task<ApplyResult> ApplyDocumentAsync(DocumentGraph graph, CancellationToken ct = default)
        {
            if (PassThrough) return await inner.ApplyDocumentAsync(graph, ct);
            Entered.TrySetResult();
            try { await Task.Delay(Timeout.Infinite, ct); } catch (OperationCanceledException) { }
            try
            {
                var result = await inner.ApplyDocumentAsync(graph, ct);
                Outcome.TrySetResult(null);
                return result;
            }
            catch (Exception e)
            {
                Outcome.TrySetResult(e);
                throw;
            }
        }

        public Task DeleteDocumentAsync(string id, CancellationToken ct = default) => inner.DeleteDocumentAsync(id, ct);
        public Task<Relation> AddCuratedRelationAsync(CuratedRelation r, CancellationToken ct = default) => inner.AddCuratedRelationAsync(r, ct);
        public Task<Relation> SetRelationStatusAsync(string id, RelationStatus s, string? n, CancellationToken ct = default) => inner.SetRelationStatusAsync(id, s, n, ct);
        public Task<Entity> UpdateEntityAsync(string id, EntityUpdate u, CancellationToken ct = default) => inner.UpdateEntityAsync(id, u, ct);
        public Task<Entity> MergeEntitiesAsync(string k, string r, CancellationToken ct = default) => inner.MergeEntitiesAsync(k, r, ct);
    }
}
