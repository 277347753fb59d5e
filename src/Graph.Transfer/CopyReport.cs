namespace Graph.Transfer;

/// <summary>How far a copy has got: documents are reported after every page, curation once at the end.</summary>
public sealed record CopyProgress(int DocumentsRead, int DocumentsCopied, int DocumentsUnchanged, int DocumentsFailed, string? LastDocumentId);

/// <summary>
/// What a copy did. Unchanged documents and already-replayed curation are what a re-run or a resumed run skips;
/// failures name what was not copied and why, and everything else was copied regardless.
/// </summary>
public sealed record CopyReport(
    int DocumentsCopied,
    int DocumentsUnchanged,
    int DocumentsFailed,
    int MergesReplayed,
    int MergesAlreadyDone,
    int CuratedRelationsAdded,
    int StatusesSet,
    int EntitiesUpdated,
    IReadOnlyList<CopyFailure> Failures)
{
    public bool Succeeded => Failures.Count == 0;

    /// <summary>Nothing was written: the target already held the source's graph.</summary>
    public bool NothingToDo => DocumentsCopied + MergesReplayed + CuratedRelationsAdded + StatusesSet + EntitiesUpdated == 0;
}

/// <summary>Reports on the caller's thread, at once (Progress&lt;T&gt; posts later, which a progress bar or a cancellation test cannot wait for).</summary>
public sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}

/// <summary>One thing not copied: <see cref="What"/> names it (a document id, a merge, a relation), <see cref="Reason"/> says why.</summary>
public sealed record CopyFailure(string What, string Reason);
