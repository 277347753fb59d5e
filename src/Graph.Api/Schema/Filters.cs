using Graph.Core.Dates;
using Graph.Core.Store;
using GraphQL;

namespace Graph.Api.Schema;

/// <summary>Argument parsing shared by the fields that take time filters and pages.</summary>
internal static class Filters
{
    /// <summary>
    /// "from" and "to" become one EDTF interval matched by overlap: from alone means "from then on",
    /// to alone "until then", a from that is itself an interval is used as it is.
    /// </summary>
    public static EdtfDate? Period(IResolveFieldContext context)
    {
        var from = Edtf(context, "from");
        var to = Edtf(context, "to");
        if (from is null && to is null) return null;
        if (to is null) return from!.IsInterval ? from : EdtfDate.Between(from.Point, null);
        if (from is null) return to.IsInterval ? to : EdtfDate.Between(null, to.Point);
        var start = from.Point ?? from.Start;
        var end = to.Point ?? to.End;
        if (start is not null && end is not null && start.Earliest > end.Latest)
            throw new EdtfFormatException($"{from}/{to}", $"'from' ({from}) is after 'to' ({to}); swap them");
        return EdtfDate.Between(start, end);
    }

    public static EdtfDate? Edtf(IResolveFieldContext context, string argument)
    {
        var text = context.GetArgument<string?>(argument);
        return text is null ? null : ParseEdtf(text, $"argument '{argument}' of {context.FieldDefinition.Name}");
    }

    public static EdtfDate ParseEdtf(string text, string where) =>
        EdtfDate.TryParse(text, out var date, out var error) ? date : throw new EdtfFormatException(text, $"{error} (in {where})");

    public static PageRequest Page(IResolveFieldContext context) =>
        new(context.GetArgument("first", PageRequest.DefaultPageSize), context.GetArgument<string?>("after"));

    public static IReadOnlyCollection<string>? Strings(IResolveFieldContext context, string argument) =>
        context.GetArgument<List<string>?>(argument) is { Count: > 0 } list ? list : null;
}
