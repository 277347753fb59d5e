using System.Collections;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Graph.Api.Schema;

/// <summary>
/// The embedded store's execution strategy: serial, with an object's scalar fields resolved as soon as the object
/// is known instead of one by one through the node stack. A 2-hop network has ~2,300 scalar fields (200 nodes ×
/// 5, 214 edges × 6); GraphQL.NET runs each through its own pushed node, two async methods and a fresh resolve
/// context, and that bookkeeping was the largest part of a GraphQL network request. Here a scalar field costs its
/// resolver call, its serialization and the non-null check, with the same results and errors: the resolver still
/// gets a full <see cref="IResolveFieldContext"/>; a resolver that does not finish synchronously is awaited; a
/// batch-loader result waits for its batch like any other; errors are reported on the field, with its path.
/// Objects, lists and everything of a mutation (which has its own strategy) go through GraphQL.NET's serial loop.
/// </summary>
internal sealed class InlineLeafStrategy : ListItemFieldsStrategy
{
    public override async Task ExecuteNodeTreeAsync(ExecutionContext context, ExecutionNode rootNode)
    {
        var run = new Run(context);
        run.Pending.Push(rootNode);
        while (run.Pending.Count > 0 || run.Deferred.Count > 0)
        {
            while (run.Pending.TryPop(out var node))
            {
                await ExecuteNodeAsync(context, node).ConfigureAwait(false);
                if (node.Result is IDataLoaderResult) run.Deferred.Enqueue(node);
                else await ScheduleChildrenAsync(run, node).ConfigureAwait(false);
            }
            // As GraphQL.NET's serial strategy: batch-loader results are completed only once every other pending
            // field has run, so that each batch holds every id the level asked for.
            while (run.Deferred.TryDequeue(out var node))
            {
                await CompleteDataLoaderNodeAsync(context, node).ConfigureAwait(false);
                if (node.Result is IDataLoaderResult) run.Deferred.Enqueue(node);
                else await ScheduleChildrenAsync(run, node).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// A list of objects (a network's nodes and edges) gets its item nodes built in one loop instead of one async
    /// completion per item; each item is checked and given its fields exactly as GraphQL.NET's completion does.
    /// </summary>
    protected override async Task SetArrayItemNodesAsync(ExecutionContext context, ArrayExecutionNode parent)
    {
        var itemType = ((ListGraphType)parent.GraphType).ResolvedType;
        if (itemType is NonNullGraphType nonNull) itemType = nonNull.ResolvedType;
        if (itemType is not IObjectGraphType || parent.Result is not IList list)
        {
            await base.SetArrayItemNodesAsync(context, parent).ConfigureAwait(false);
            return;
        }
        var items = new List<ExecutionNode>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var node = BuildExecutionNode(parent, itemType, parent.Field, parent.FieldDefinition, i);
            node.Result = list[i];
            items.Add(node);
            if (node.Result is IDataLoaderResult) continue; // completed with its batch, as in GraphQL.NET
            try
            {
                ValidateNodeResult(context, node);
                if (node.Result is not null && node is ObjectExecutionNode item) SetSubFieldNodes(context, item);
            }
            catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (ExecutionError error)
            {
                SetNodeError(context, node, error);
            }
            catch (Exception ex)
            {
                if (await ProcessNodeUnhandledExceptionAsync(context, node, ex).ConfigureAwait(false)) throw;
            }
        }
        parent.Items = items;
    }

    /// <summary>Resolves the scalar fields of an object (or of every object of a list) and pushes the rest.</summary>
    private async ValueTask ScheduleChildrenAsync(Run run, ExecutionNode node)
    {
        var later = run.Later; // empty here: one request runs one node at a time
        switch (node)
        {
            case ObjectExecutionNode { SubFields: { } fields } when node is not RootExecutionNode:
                await ResolveLeavesAsync(run, fields).ConfigureAwait(false);
                break;
            case ArrayExecutionNode { Items: { } items }:
                foreach (var item in items)
                {
                    // List items arrive completed (their fields built); their own execution would return at once.
                    if (item is ObjectExecutionNode { SubFields: { } itemFields }) await ResolveLeavesAsync(run, itemFields).ConfigureAwait(false);
                    else later.Add(item);
                }
                break;
            case IParentExecutionNode parent:
                parent.ApplyToChildren(static (child, list) => list.Add(child), later);
                break;
        }
        // Reversed onto the stack, so the first field is popped first, as in GraphQL.NET's serial strategy.
        for (var i = later.Count - 1; i >= 0; i--) run.Pending.Push(later[i]);
        later.Clear();
    }

    /// <summary>Resolves the scalar fields among <paramref name="fields"/>; the others go to <see cref="Run.Later"/>.</summary>
    private async ValueTask ResolveLeavesAsync(Run run, ExecutionNode[] fields)
    {
        var context = run.Context;
        context.CancellationToken.ThrowIfCancellationRequested();
        foreach (var field in fields)
        {
            if (field is not ValueExecutionNode leaf)
            {
                run.Later.Add(field);
                continue;
            }
            try
            {
                var resolveContext = run.LeafContext.For(leaf);
                var pending = SelectResolver(leaf, context).ResolveAsync(resolveContext);
                var result = pending.IsCompletedSuccessfully ? pending.Result : await pending.ConfigureAwait(false);
                leaf.Result = result;
                if (result is IDataLoaderResult)
                {
                    // The loader may hold on to the context it was given: the next field gets a fresh one.
                    run.LeafContext = new LeafFieldContext(context);
                    run.Deferred.Enqueue(leaf);
                    continue;
                }
                leaf.Result = leaf.GraphType.Serialize(result);
                // For a scalar, GraphQL.NET's check only refuses null for a non-null field.
                if (leaf.Result is null && leaf.FieldDefinition.ResolvedType is NonNullGraphType) ValidateNodeResult(context, leaf);
            }
            catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (ExecutionError error)
            {
                SetNodeError(context, leaf, error);
            }
            catch (Exception ex)
            {
                run.LeafContext = new LeafFieldContext(context);
                if (await ProcessNodeUnhandledExceptionAsync(context, leaf, ex).ConfigureAwait(false)) throw;
            }
        }
    }

    /// <summary>One request's execution state (the strategy itself is shared by all requests).</summary>
    private sealed class Run(ExecutionContext context)
    {
        public ExecutionContext Context { get; } = context;
        public Stack<ExecutionNode> Pending { get; } = new();
        public Queue<ExecutionNode> Deferred { get; } = new();
        /// <summary>The children of the node being scheduled that are not resolved inline, in field order.</summary>
        public List<ExecutionNode> Later { get; } = [];
        public LeafFieldContext LeafContext { get; set; } = new(context);
    }
}
