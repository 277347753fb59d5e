using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;
using Graph.Transfer.Internal;

namespace Graph.Transfer;

/// <summary>
/// Copies one store's graph into another through the store port: documents first, a page at a time, each applied
/// whole (the target's own transaction), then what curators did, replayed. Idempotent and resumable: a document
/// the target already holds with the same contribution is skipped, a merge already done or a curated relation
/// already there is not redone, statuses and entity edits are set only where they differ. So an interrupted copy
/// is finished by running it again, and a second run over an unchanged source writes nothing.
/// </summary>
public sealed class GraphCopy(IGraphStore source, IGraphStore target)
{
    public const int DefaultPageSize = 100;

    /// <summary>Documents read, compared and applied per round trip (one ApplyDocumentsAsync per page).</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    public async Task<CopyReport> RunAsync(IProgress<CopyProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (PageSize < 1) throw new ArgumentOutOfRangeException(nameof(PageSize), PageSize, "A copy needs pages of at least one document.");
        var failures = new List<CopyFailure>();
        var (copied, unchanged, failed) = await CopyDocumentsAsync(failures, progress, cancellationToken);
        var curation = await source.ReadCurationAsync(cancellationToken);
        var (merged, alreadyMerged) = await ReplayMergesAsync(curation, failures, cancellationToken);
        var (added, alreadyCurated) = await ReplayCuratedRelationsAsync(curation, failures, cancellationToken);
        var statuses = await ReplayStatusesAsync(curation, alreadyCurated, failures, cancellationToken);
        var updated = await ReplayEntityEditsAsync(curation, failures, cancellationToken);
        return new CopyReport(copied, unchanged, failed, merged, alreadyMerged, added, statuses, updated, failures);
    }

    private async Task<(int Copied, int Unchanged, int Failed)> CopyDocumentsAsync(List<CopyFailure> failures, IProgress<CopyProgress>? progress, CancellationToken cancellationToken)
    {
        int read = 0, copied = 0, unchanged = 0, failed = 0;
        string? after = null;
        while (true)
        {
            var page = await source.ReadDocumentGraphsAsync(after, PageSize, cancellationToken);
            if (page.Count == 0) break;
            var held = (await target.ReadDocumentGraphsAsync(page.Select(g => g.Document.Id).ToList(), cancellationToken))
                .ToDictionary(g => g.Document.Id, Fingerprint.Of, StringComparer.Ordinal);
            var todo = page.Where(g => held.GetValueOrDefault(g.Document.Id) != Fingerprint.Of(g)).ToList();
            unchanged += page.Count - todo.Count;
            if (todo.Count > 0)
                foreach (var result in await target.ApplyDocumentsAsync(todo, cancellationToken))
                {
                    if (result.Failure is { } failure)
                    {
                        failed++;
                        failures.Add(new CopyFailure($"document '{result.DocumentId}'", failure.Message));
                    }
                    else copied++;
                }
            read += page.Count;
            after = page[^1].Document.Id;
            progress?.Report(new CopyProgress(read, copied, unchanged, failed, after));
            if (page.Count < PageSize) break;
        }
        return (copied, unchanged, failed);
    }

    /// <summary>
    /// A merge is replayed when the target still holds both entities. When the removed one is gone the merge is
    /// done already (or nothing in the target ever named it); the target then cannot remember it through the port.
    /// </summary>
    private async Task<(int Replayed, int AlreadyDone)> ReplayMergesAsync(GraphCuration curation, List<CopyFailure> failures, CancellationToken cancellationToken)
    {
        int replayed = 0, done = 0;
        foreach (var m in curation.Merges)
        {
            var present = await target.GetEntitiesAsync([m.RemovedId, m.KeptId], cancellationToken);
            if (!present.ContainsKey(m.RemovedId)) { done++; continue; }
            if (!present.ContainsKey(m.KeptId))
            {
                failures.Add(new CopyFailure($"merge of '{m.RemovedId}' into '{m.KeptId}'", $"the target has no entity '{m.KeptId}' to merge into; copy the documents that name it first."));
                continue;
            }
            if (await TryAsync(failures, $"merge of '{m.RemovedId}' into '{m.KeptId}'", () => target.MergeEntitiesAsync(m.KeptId, m.RemovedId, cancellationToken)))
                replayed++;
        }
        return (replayed, done);
    }

    /// <summary>Also returns the relations the target already held as curated, as read: nothing writes them before the statuses.</summary>
    private async Task<(int Added, Dictionary<string, Relation> AlreadyCurated)> ReplayCuratedRelationsAsync(GraphCuration curation, List<CopyFailure> failures,
        CancellationToken cancellationToken)
    {
        var added = 0;
        var alreadyCurated = new Dictionary<string, Relation>(StringComparer.Ordinal);
        foreach (var r in curation.CuratedRelations)
        {
            if (await target.GetRelationAsync(r.Id, cancellationToken) is { Provenance: Provenance.Curated } held)
            {
                alreadyCurated[r.Id] = held;
                continue;
            }
            // The note goes with the status, set next: AddCuratedRelationAsync would keep an older note.
            if (await TryAsync(failures, $"curated relation '{r.Id}' ({r.SubjectId} {r.Type} {r.ObjectId})",
                    () => target.AddCuratedRelationAsync(new CuratedRelation(r.Type, r.SubjectId, r.ObjectId, r.Role, r.Date), cancellationToken)))
                added++;
        }
        return (added, alreadyCurated);
    }

    /// <summary>Curated relations are included: adding one accepts it, and the source may have reviewed it since.</summary>
    private async Task<int> ReplayStatusesAsync(GraphCuration curation, IReadOnlyDictionary<string, Relation> alreadyRead, List<CopyFailure> failures,
        CancellationToken cancellationToken)
    {
        var set = 0;
        var relations = curation.ReviewedRelations.Concat(curation.CuratedRelations).DistinctBy(r => r.Id, StringComparer.Ordinal);
        foreach (var r in relations)
        {
            var held = alreadyRead.GetValueOrDefault(r.Id) ?? await target.GetRelationAsync(r.Id, cancellationToken);
            if (held is null)
            {
                failures.Add(new CopyFailure($"status of relation '{r.Id}' ({r.SubjectId} {r.Type} {r.ObjectId})", "the target has no such relation; its documents were not copied."));
                continue;
            }
            if (held.Status == r.Status && held.StatusNote == r.StatusNote) continue;
            if (await TryAsync(failures, $"status of relation '{r.Id}'", () => target.SetRelationStatusAsync(r.Id, r.Status, r.StatusNote, cancellationToken)))
                set++;
        }
        return set;
    }

    /// <summary>
    /// Names and descriptions a curator fixed are set where the target's differ. Aliases are set when the source has
    /// curator-given ones and the two entities' aliases differ; the port's update replaces the whole list, so the
    /// target gets the source entity's whole list.
    /// </summary>
    private async Task<int> ReplayEntityEditsAsync(GraphCuration curation, List<CopyFailure> failures, CancellationToken cancellationToken)
    {
        var updated = 0;
        foreach (var batch in curation.Entities.Chunk(PageSize))
        {
            var ids = batch.Select(c => c.EntityId).ToList();
            // The curation holds a fixed name and description as they are; only the whole alias list has to be read.
            var withAliases = batch.Where(c => c.CuratorAliases.Count > 0).Select(c => c.EntityId).ToList();
            var wanted = withAliases.Count > 0 ? await source.GetEntitiesAsync(withAliases, cancellationToken) : new Dictionary<string, Entity>();
            var held = await target.GetEntitiesAsync(ids, cancellationToken);
            foreach (var c in batch)
            {
                Entity? from = null;
                if (c.CuratorAliases.Count > 0 && !wanted.TryGetValue(c.EntityId, out from)) continue;
                if (!held.TryGetValue(c.EntityId, out var to))
                {
                    failures.Add(new CopyFailure($"edits of entity '{c.EntityId}'", "the target has no such entity; its documents were not copied."));
                    continue;
                }
                var update = new EntityUpdate(
                    c.Name is { } name && to.Name != name ? name : null,
                    c.Description is { } description && to.Description != description ? description : null,
                    from is not null && !to.Aliases.Order(StringComparer.Ordinal).SequenceEqual(from.Aliases.Order(StringComparer.Ordinal)) ? from.Aliases : null);
                if (update is { Name: null, Description: null, Aliases: null }) continue;
                if (await TryAsync(failures, $"edits of entity '{c.EntityId}'", () => target.UpdateEntityAsync(c.EntityId, update, cancellationToken)))
                    updated++;
            }
        }
        return updated;
    }

    /// <summary>Input the target refuses is reported and the copy goes on; anything else (the target unreachable) stops it.</summary>
    private static async Task<bool> TryAsync<T>(List<CopyFailure> failures, string what, Func<Task<T>> write)
    {
        try
        {
            await write();
            return true;
        }
        catch (Exception e) when (e is GraphValidationException or GraphNotFoundException)
        {
            failures.Add(new CopyFailure(what, e.Message));
            return false;
        }
    }
}
