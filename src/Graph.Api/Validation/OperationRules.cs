using System.Security.Cryptography;
using System.Text;
using Graph.Api.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Graph.Api.Validation;

/// <summary>GraphQL over HTTP: GET must be safe, so only queries run over GET (the endpoint answers 405).</summary>
internal sealed class QueriesOnlyOverGetRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(context.UserContext is RequestContext { IsGet: true } && context.Operation.Operation != OperationType.Query
            ? new MatchingNodeVisitor<GraphQLOperationDefinition>((op, ctx) =>
            {
                if (op != ctx.Operation) return;
                ctx.ReportError(new ValidationError(ctx.Document.Source, null!,
                    $"A {op.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; send it with POST.", op) { Code = ErrorCodes.MethodNotAllowed });
            })
            : null);
}

/// <summary>
/// Mutations need the configured key in X-Api-Key. Checked at validation, so a refused mutation runs no resolver
/// and changes nothing.
/// </summary>
internal sealed class MutationKeyRule(IOptions<GraphApiOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Mutation) return new((INodeVisitor?)null);
        var configured = options.Value.ApiKey;
        var sent = (context.UserContext as RequestContext)?.ApiKey;
        var (code, message) = string.IsNullOrEmpty(configured)
            ? (ErrorCodes.MutationsDisabled, "Mutations are disabled: this server has no API key. Set Graph:ApiKey (or the environment variable Graph__ApiKey) and restart, then send it in the X-Api-Key header.")
            : sent is null
                ? (ErrorCodes.Unauthorized, "This mutation needs the API key in the X-Api-Key header.")
                : !FixedTimeEquals(sent, configured)
                    ? (ErrorCodes.Unauthorized, "The X-Api-Key header does not match the configured key (Graph:ApiKey).")
                    : (null, null);
        if (code is null) return new((INodeVisitor?)null);
        return new(new MatchingNodeVisitor<GraphQLOperationDefinition>((op, ctx) =>
        {
            if (op == ctx.Operation) ctx.ReportError(new ValidationError(ctx.Document.Source, null!, message!, op) { Code = code });
        }));
    }

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(a)), SHA256.HashData(Encoding.UTF8.GetBytes(b)));
}
