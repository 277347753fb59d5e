namespace Graph.Api.Validation;

/// <summary>What the validation rules need to know about the HTTP request; passed as the GraphQL user context.</summary>
internal sealed class RequestContext : Dictionary<string, object?>
{
    public required bool IsGet { get; init; }

    /// <summary>The X-Api-Key header as sent, or null.</summary>
    public required string? ApiKey { get; init; }
}
