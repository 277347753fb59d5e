using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Graph.Api.Validation;

/// <summary>
/// Documents that parsed and passed validation, by query text and operation name, so that a query sent again
/// (clients send the same few query texts with new variables) is neither parsed nor checked by the spec's rules
/// again: those depend only on the document and the schema, and validation was 45 % of GraphQL.NET's time in a
/// timeline request (docs/benchmarks.md). The rules that read the request still run every time: ours (GET, API
/// key) and the complexity analyzer, whose cost depends on variable values such as first; variables and arguments
/// are coerced and checked on every request too (see <see cref="CachedDocumentValidator"/>). Ours because
/// GraphQL.NET's cache is in GraphQL.MemoryCache, which is not available here.
/// </summary>
internal sealed class ValidatedDocumentCache : IConfigureExecution
{
    /// <summary>Bounds memory: a flood of distinct queries empties the cache rather than growing it.</summary>
    public const int MaxEntries = 500;

    /// <summary>Longer queries are parsed each time; clients' fixed queries are far shorter.</summary>
    public const int MaxQueryLength = 16 * 1024;

    private readonly ConcurrentDictionary<(string Query, string? Operation), GraphQLDocument> _documents = new();
    private readonly ConcurrentDictionary<GraphQLDocument, byte> _validated = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<IValidationRule> _documentOnlyRules = new(DocumentValidator.CoreRules, ReferenceEqualityComparer.Instance);

    /// <summary>After the option configurations (100), where the validation rules are added; GraphQL.NET's own cache runs here too.</summary>
    public float SortOrder => 200;

    public int Count => _documents.Count;

    /// <summary>Whether <paramref name="document"/> is one this cache handed out: parsed and checked by the spec's rules already.</summary>
    public bool Holds(GraphQLDocument document) => _validated.ContainsKey(document);

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { Length: <= MaxQueryLength } query) return await next(options);
        var key = (query, options.OperationName);
        if (_documents.TryGetValue(key, out var document))
        {
            options.Document = document;
            options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules).Where(r => !_documentOnlyRules.Contains(r)).ToArray();
            return await next(options);
        }

        var result = await next(options);
        // Executed means every rule passed; a document refused for this request (GET, key) is not kept.
        if (result.Executed && result.Document is { } parsed)
        {
            if (_documents.Count >= MaxEntries)
            {
                _documents.Clear();
                _validated.Clear();
            }
            if (_documents.TryAdd(key, parsed)) _validated.TryAdd(parsed, 0);
        }
        return result;
    }
}
