using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Graph.Api.Schema;

/// <summary>
/// The resolve context <see cref="InlineLeafStrategy"/> hands to scalar fields: what GraphQL.NET's own
/// ReadonlyResolveFieldContext answers, read from the field's node and the request, but pointed at one field after
/// another instead of allocated per field (GraphQL.NET's reset method is internal).
/// </summary>
internal sealed class LeafFieldContext(ExecutionContext context) : IResolveFieldContext<object?>
{
    private ExecutionNode _node = null!;
    private IResolveFieldContext? _parent;
    private Dictionary<string, (GraphQLField Field, FieldType FieldType)>? _subFields;

    public LeafFieldContext For(ExecutionNode node)
    {
        _node = node;
        _parent = null;
        _subFields = null;
        return this;
    }

    public object? Source => _node.Source;
    public GraphQLField FieldAst => _node.Field;
    public FieldType FieldDefinition => _node.FieldDefinition;
    public IObjectGraphType ParentType => _node.GetParentType(context.Schema)!;

    public IResolveFieldContext? Parent
    {
        get
        {
            if (_parent is not null) return _parent;
            var parent = _node.Parent;
            while (parent is ArrayExecutionNode) parent = parent.Parent;
            return _parent = parent is null or RootExecutionNode ? null : new ReadonlyResolveFieldContext(parent, context);
        }
    }

    public IDictionary<string, ArgumentValue>? Arguments => context.GetArguments(FieldDefinition, FieldAst);
    public IDictionary<string, DirectiveInfo>? Directives => context.GetDirectives(FieldAst);
    public Dictionary<string, (GraphQLField Field, FieldType FieldType)>? SubFields => _subFields ??= context.ExecutionStrategy.GetSubFields(context, _node);
    public IEnumerable<object> Path => _node.Path;
    public IEnumerable<object> ResponsePath => _node.ResponsePath;

    public object? RootValue => context.RootValue;
    public ISchema Schema => context.Schema;
    public GraphQLDocument Document => context.Document;
    public GraphQLOperationDefinition Operation => context.Operation;
    public Variables Variables => context.Variables;
    public CancellationToken CancellationToken => context.CancellationToken;
    public Metrics Metrics => context.Metrics;
    public ExecutionErrors Errors => context.Errors;
    public IDictionary<string, object?> UserContext => context.UserContext;
    public IReadOnlyDictionary<string, object?> InputExtensions => context.InputExtensions;
    public IDictionary<string, object?> OutputExtensions => context.OutputExtensions;
    public IServiceProvider? RequestServices => context.RequestServices;
    public IExecutionArrayPool ArrayPool => context;
    public ClaimsPrincipal? User => context.User;
    public IExecutionContext ExecutionContext => context;
}
