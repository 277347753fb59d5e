using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Graph.Api.Validation;

/// <summary>
/// GraphQL.NET's validator, minus one walk of the document for documents <see cref="ValidatedDocumentCache"/> has
/// already checked. For those only the rules that read the request are left (ours and the complexity analyzer),
/// and none of them visits the document's nodes for an ordinary request, yet GraphQL.NET walks the whole document
/// with its type tracker whenever the rule list is not empty: ~13 % of a small GraphQL request's CPU. Here the
/// rules are asked first; if one wants to visit nodes (a refused mutation, a query over GET) the request goes
/// through GraphQL.NET's validator as before. Otherwise the variables are coerced and the arguments parsed, by the
/// operation's <see cref="ArgumentPlan"/> when it has one, else by GraphQL.NET's validator run with no rules, and
/// the rules' post-parse checks (the complexity analysis) run after that on the parsed arguments, as they would
/// have inside it.
/// </summary>
internal sealed class CachedDocumentValidator(ValidatedDocumentCache cache) : IDocumentValidator
{
    private readonly DocumentValidator _validator = new();

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options) =>
        options.Rules is { } rules && cache.Holds(options.Document) ? ValidateCachedAsync(options, rules) : _validator.ValidateAsync(options);

    private async Task<IValidationResult> ValidateCachedAsync(ValidationOptions options, IEnumerable<IValidationRule> rules)
    {
        var context = new ValidationContext
        {
            Schema = options.Schema,
            Document = options.Document,
            Operation = options.Operation,
            TypeInfo = new TypeInfo(options.Schema),
            UserContext = options.UserContext,
            Variables = options.Variables,
            Extensions = options.Extensions,
            Metrics = options.Metrics,
            RequestServices = options.RequestServices,
            User = options.User,
            CancellationToken = options.CancellationToken,
        };
        foreach (var rule in rules)
            if (await rule.GetPreNodeVisitorAsync(context) is not null || await rule.GetVariableVisitorAsync(context) is not null)
                return await _validator.ValidateAsync(options);

        IValidationResult parsed;
        if (ArgumentPlan.For(options.Schema, options.Document, options.Operation) is { } plan
            && plan.TryApply(options.Document, options.Variables, out var variables, out var arguments))
        {
            parsed = new ValidationResult { Variables = variables, ArgumentValues = arguments };
            context.ArgumentValues = arguments;
        }
        else
        {
            parsed = await _validator.ValidateAsync(options with { Rules = [] });
            if (!parsed.IsValid) return parsed;
            if (parsed.ArgumentValues is not (null or Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>)
                || parsed.DirectiveValues is not (null or Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>))
                return await _validator.ValidateAsync(options); // not the shapes GraphQL.NET hands its rules: let it run them
            context.ArgumentValues = (Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>?)parsed.ArgumentValues;
            context.DirectiveValues = (Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>?)parsed.DirectiveValues;
        }
        foreach (var rule in rules)
            if (await rule.GetPostNodeVisitorAsync(context) is not null)
                return await _validator.ValidateAsync(options);
        return context.HasErrors
            ? new ValidationResult(context.Errors) { Variables = parsed.Variables, ArgumentValues = parsed.ArgumentValues, DirectiveValues = parsed.DirectiveValues }
            : parsed;
    }
}
