using Graph.Api.Queries;
using Graph.Core.Dates;
using Graph.Core.Store;
using GraphQL;

namespace Graph.Api.Schema;

/// <summary>Argument parsing shared by the fields that take time filters and pages.</summary>
internal static class Filters
{
    public static EdtfDate ParseEdtf(string text, string where) => StoreQueries.ParseEdtf(text, where);

    public static PageRequest Page(IResolveFieldContext context) =>
        new(context.GetArgument("first", PageRequest.DefaultPageSize), context.GetArgument<string?>("after"));

    public static IReadOnlyCollection<string>? Strings(IResolveFieldContext context, string argument) =>
        context.GetArgument<List<string>?>(argument) is { Count: > 0 } list ? list : null;
}
