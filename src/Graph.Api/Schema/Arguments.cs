using Graph.Api.Queries;
using Graph.Core.Store;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>
/// Arguments that several fields share. Every size argument carries its maximum as a validator, so a request
/// asking for too much is refused before anything runs (GraphQL.NET has no maximum page size of its own).
/// </summary>
internal static class Arguments
{
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int max) => field
        .Size("first", PageRequest.DefaultPageSize, max, "How many items, 1–{0}.")
        .Argument<StringGraphType>("after", a => a.Description = "The endCursor of the previous page.");

    public static FieldBuilder<TSource, TReturn> Size<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field,
        string name, int defaultValue, int max, string description) =>
        field.Argument<IntGraphType>(name, a =>
        {
            a.DefaultValue = Math.Min(defaultValue, max);
            a.Description = string.Format(System.Globalization.CultureInfo.InvariantCulture, description, max);
            a.Validate(value => StoreQueries.CheckRange(name, (int)value!, 1, max));
        });

    public static FieldBuilder<TSource, TReturn> Bounded<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field,
        string name, int defaultValue, int min, int max, string description) =>
        field.Argument<IntGraphType>(name, a =>
        {
            a.DefaultValue = defaultValue;
            a.Description = description;
            a.Validate(value => StoreQueries.CheckRange(name, (int)value!, min, max));
        });

    public static FieldBuilder<TSource, TReturn> Period<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<StringGraphType>("from", a => a.Description = "EDTF (e.g. 1990, 199X, 2002-04); with to, one interval matched by overlap.")
        .Argument<StringGraphType>("to", a => a.Description = "EDTF; the end of the period.");

    public static FieldBuilder<TSource, TReturn> MinConfidence<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<FloatGraphType>("minConfidence", a =>
        {
            a.DefaultValue = 0.0;
            a.Description = "0–1.";
            a.Validate(value => StoreQueries.CheckConfidence(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)));
        });
}

/// <summary>An argument outside its allowed range; GraphQL.NET derives the code INVALID_VALUE from the name.</summary>
internal sealed class InvalidValueException(string message) : Exception(message);
