namespace Graph.Core.Schema;

/// <summary>Input that breaks the knowledge model: the message names the value, where it came from and what is allowed.</summary>
public class GraphValidationException(string message) : Exception(message);

/// <summary>An id that names nothing in the graph.</summary>
public sealed class GraphNotFoundException(string kind, string id)
    : GraphValidationException($"No {kind} with id '{id}' exists in the graph.")
{
    public string Kind { get; } = kind;
    public string Id { get; } = id;
}
