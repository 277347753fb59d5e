using Graph.Core.Model;

namespace Graph.Extraction;

/// <summary>
/// Turns one document into the graph it supports: entities with their mentions, events, and relations with
/// evidence. Deterministic and offline; never throws on any text (bad text yields fewer facts, not an error).
/// </summary>
public interface IExtractor
{
    DocumentGraph Extract(Document document);
}
