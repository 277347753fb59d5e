namespace Graph.Store.Tests.Conformance;

/// <summary>
/// The shared conformance suite (linked from tests/Graph.Store.Tests/Conformance) says [Fact]; compiled in this
/// project, that name binds to this attribute, declared in the suite's own namespace so that it wins over
/// Xunit.FactAttribute. It skips every conformance test, with the reason and how to run them, when no Neo4j is
/// reachable: xunit 2 can only skip through the attribute, so the decision is made once per process, at discovery.
/// </summary>
public sealed class FactAttribute : Xunit.FactAttribute
{
    public FactAttribute()
    {
        if (Graph.Store.Neo4j.Tests.Conformance.LiveNeo4j.SkipReason is { } reason) Skip = reason;
    }
}

/// <summary>The same for theories, should the suite grow some.</summary>
public sealed class TheoryAttribute : Xunit.TheoryAttribute
{
    public TheoryAttribute()
    {
        if (Graph.Store.Neo4j.Tests.Conformance.LiveNeo4j.SkipReason is { } reason) Skip = reason;
    }
}
