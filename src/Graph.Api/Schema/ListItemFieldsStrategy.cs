using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Graph.Api.Schema;

/// <summary>
/// GraphQL.NET's serial strategy, except that the fields of a selection set are collected once per object type
/// instead of once per object: a 2-hop network's ~400 nodes and edges all share two selection sets, and collecting
/// them per item (walking the selections, looking every field up on its type by name) was ~9 % of a network
/// request. Only selection sets without @skip/@include anywhere are kept: those depend on variables, the rest
/// only on the document and the type, so an entry holds for every request that reuses the (cached) document.
/// The base of <see cref="InlineLeafStrategy"/>, which the embedded store uses.
/// </summary>
internal class ListItemFieldsStrategy : SerialExecutionStrategy
{
    private readonly ConditionalWeakTable<GraphQLSelectionSet, Entry> _collected = new();

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        var selectionSet = parent.SelectionSet;
        var parentType = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        var fields = selectionSet is null ? null : Collected(context, parentType, selectionSet);
        if (fields is null)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }
        var subFields = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var (field, definition) = fields[i];
            subFields[i] = BuildExecutionNode(parent, definition.ResolvedType!, field, definition);
        }
        parent.SubFields = subFields;
    }

    private (GraphQLField Field, FieldType Definition)[]? Collected(ExecutionContext context, IGraphType type, GraphQLSelectionSet selectionSet)
    {
        // The lambda lives in its own method: a closure over a parameter is allocated on entry, hit or miss.
        if (!_collected.TryGetValue(selectionSet, out var entry)) entry = Add(context.Document, selectionSet);
        if (!entry.Cacheable) return null;
        var byType = entry.ByType;
        foreach (var (t, f) in byType)
            if (ReferenceEquals(t, type)) return f;
        var fields = CollectFieldsFrom(context, type, selectionSet, null).Values.ToArray();
        lock (entry) entry.ByType = [.. entry.ByType, (type, fields)];
        return fields;
    }

    private Entry Add(GraphQLDocument document, GraphQLSelectionSet selectionSet) =>
        _collected.GetValue(selectionSet, s => new Entry(!HasDirectives(document, s, 0)));

    /// <summary>Whether any selection of the set, or of the fragments it spreads, carries a directive.</summary>
    private static bool HasDirectives(GraphQLDocument document, GraphQLSelectionSet selectionSet, int depth)
    {
        if (depth > 32) return true; // deeply nested fragments: do not bother, collect per item as GraphQL.NET does
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when field.Directives is not null:
                    return true;
                case GraphQLFragmentSpread spread:
                    if (spread.Directives is not null) return true;
                    var fragment = document.FindFragmentDefinition(spread.FragmentName.Name);
                    if (fragment is null || fragment.Directives is not null || HasDirectives(document, fragment.SelectionSet, depth + 1)) return true;
                    break;
                case GraphQLInlineFragment inline:
                    if (inline.Directives is not null || HasDirectives(document, inline.SelectionSet, depth + 1)) return true;
                    break;
            }
        }
        return false;
    }

    private sealed class Entry(bool cacheable)
    {
        public bool Cacheable { get; } = cacheable;

        /// <summary>Copied on write: readers never lock. Usually one type; more for interface and union fields.</summary>
        public volatile (IGraphType Type, (GraphQLField Field, FieldType Definition)[] Fields)[] ByType = [];
    }
}
