using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Graph.Api.Validation;

/// <summary>
/// What GraphQL.NET's validator works out again on every request for an operation whose document is already
/// validated, worked out once: which fields carry arguments (with their definitions) and which variables the
/// operation declares. With it a request's variables are coerced and its arguments parsed by GraphQL.NET's own
/// functions (<see cref="ScalarGraphType.ParseValue"/>, <see cref="ExecutionHelper.GetArguments"/>) without the
/// two walks of the document GraphQL.NET makes for them (~15 % of a GraphQL timeline request's CPU).
/// Only plain operations get a plan: no directives anywhere, every variable a non-null scalar without a default.
/// For anything else, and for any value that does not parse, <see cref="TryApply"/> says no and GraphQL.NET's
/// validator does the work, so errors are always its own.
/// </summary>
internal sealed class ArgumentPlan
{
    private static readonly ConditionalWeakTable<GraphQLOperationDefinition, StrongBox<ArgumentPlan?>> Plans = new();

    private readonly (string Name, GraphQLVariableDefinition Definition, ScalarGraphType Type)[] _variables;
    private readonly (GraphQLField Field, FieldType Definition)[] _fields;

    private ArgumentPlan((string, GraphQLVariableDefinition, ScalarGraphType)[] variables, (GraphQLField, FieldType)[] fields)
    {
        _variables = variables;
        _fields = fields;
    }

    /// <summary>The operation's plan, or null when it is not plain enough for one.</summary>
    public static ArgumentPlan? For(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation) =>
        Plans.GetValue(operation, op => new StrongBox<ArgumentPlan?>(Build(schema, document, op))).Value;

    /// <summary>The request's variables and arguments as GraphQL.NET's validator would give them; false to let it do so.</summary>
    public bool TryApply(GraphQLDocument document, Inputs inputs, out Variables variables,
        out Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>? arguments)
    {
        variables = new Variables();
        arguments = null;
        try
        {
            foreach (var (name, definition, type) in _variables)
            {
                if (!inputs.TryGetValue(name, out var input) || input is null) return false;
                var value = type.ParseValue(input);
                if (value is null) return false;
                variables.Add(new Variable(name, definition) { Value = value });
            }
            foreach (var (field, definition) in _fields)
                if (ExecutionHelper.GetArguments(definition.Arguments, field.Arguments, variables, document, field, null) is { } values)
                    (arguments ??= []).Add(field, values);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return false; // GraphQL.NET's validator reports it in its own words
        }
    }

    private static ArgumentPlan? Build(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        if (operation.Directives is not null) return null;
        var variables = new List<(string, GraphQLVariableDefinition, ScalarGraphType)>();
        foreach (var definition in operation.Variables?.Items ?? [])
        {
            if (definition.Directives is not null || definition.DefaultValue is not null) return null;
            if (definition.Type is not GraphQLNonNullType { Type: GraphQLNamedType named }) return null;
            if (schema.AllTypes[named.Name.Value] is not ScalarGraphType scalar) return null;
            variables.Add((definition.Variable.Name.StringValue, definition, scalar));
        }
        IComplexGraphType? root = operation.Operation switch
        {
            OperationType.Query => schema.Query,
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => null,
        };
        if (root is null) return null;
        var walk = new Walk(schema, document);
        return walk.SelectionSet(root, operation.SelectionSet) ? new ArgumentPlan([.. variables], [.. walk.Fields]) : null;
    }

    /// <summary>
    /// The fields GraphQL.NET's argument parser visits, with the type it looks each one up on: fields on the
    /// enclosing complex type, fragments on their type condition, each fragment once. False on any directive.
    /// </summary>
    private sealed class Walk(ISchema schema, GraphQLDocument document)
    {
        private readonly HashSet<string> _fragments = new(StringComparer.Ordinal);
        public List<(GraphQLField, FieldType)> Fields { get; } = [];

        public bool SelectionSet(IComplexGraphType? type, GraphQLSelectionSet? selectionSet)
        {
            if (selectionSet is null) return true;
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        if (field.Directives is not null || !Field(type, field)) return false;
                        break;
                    case GraphQLInlineFragment inline:
                        if (inline.Directives is not null || !Fragment(type, inline.TypeCondition, inline.SelectionSet)) return false;
                        break;
                    case GraphQLFragmentSpread spread:
                        if (spread.Directives is not null) return false;
                        if (!_fragments.Add(spread.FragmentName.Name.StringValue)) break;
                        var definition = document.FindFragmentDefinition(spread.FragmentName.Name.Value);
                        if (definition is null) break;
                        if (definition.Directives is not null || !Fragment(type, definition.TypeCondition, definition.SelectionSet)) return false;
                        break;
                    default:
                        return false;
                }
            }
            return true;
        }

        private bool Field(IComplexGraphType? type, GraphQLField field)
        {
            var name = field.Name.Value;
            var definition = name == schema.TypeMetaFieldType.Name ? schema.TypeMetaFieldType
                : name == schema.TypeNameMetaFieldType.Name ? schema.TypeNameMetaFieldType
                : name == schema.SchemaMetaFieldType.Name ? schema.SchemaMetaFieldType
                : type?.Fields.Find(name);
            if (definition is null) return true;
            if (field.Arguments is { Count: > 0 }) Fields.Add((field, definition));
            return definition.ResolvedType?.GetNamedType() switch
            {
                IComplexGraphType complex => SelectionSet(complex, field.SelectionSet),
                UnionGraphType => SelectionSet(type, field.SelectionSet),
                _ => true,
            };
        }

        private bool Fragment(IComplexGraphType? type, GraphQLTypeCondition? condition, GraphQLSelectionSet selectionSet)
        {
            if (condition is null) return SelectionSet(type, selectionSet);
            return schema.AllTypes[condition.Type.Name.Value]?.GetNamedType() switch
            {
                IComplexGraphType complex => SelectionSet(complex, selectionSet),
                IAbstractGraphType => SelectionSet(type, selectionSet),
                _ => true,
            };
        }
    }
}
