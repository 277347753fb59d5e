using Graph.Core.Dates;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;
using GraphQL.Types;

namespace Graph.Api.Schema;

internal sealed class DateType : ObjectGraphType<EdtfDate>
{
    public DateType()
    {
        Name = "Date";
        Description = "An EDTF date with the earliest and latest day it can mean.";
        Field<NonNullGraphType<StringGraphType>>("edtf").Resolve(c => c.Source.ToString());
        Field<NonNullGraphType<StringGraphType>>("earliest").Description("ISO day; for an open start, 0001-01-01.")
            .Resolve(c => c.Source.Earliest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<StringGraphType>>("latest").Description("ISO day; for an open end, 9999-12-31.")
            .Resolve(c => c.Source.Latest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<DatePrecisionEnum>>("precision").Resolve(c => c.Source.Precision);
        Field<NonNullGraphType<BooleanGraphType>>("approximate").Resolve(c => c.Source.Approximate);
        Field<NonNullGraphType<BooleanGraphType>>("uncertain").Resolve(c => c.Source.Uncertain);
        Field<NonNullGraphType<StringGraphType>>("display").Description("For people: \"11 April 2002\", \"c. 1995\", \"1980s\".")
            .Resolve(c => c.Source.ToDisplayString());
    }
}

/// <summary>A span of text that supports a relation (or names an event), with what found it.</summary>
internal sealed class EvidenceGraphType : ObjectGraphType<Evidence>
{
    public EvidenceGraphType()
    {
        Name = "Evidence";
        Field<NonNullGraphType<DocumentGraphType>>("document")
            .ResolveAsync(async c => DocumentView.Of(await c.State().DocumentAsync(c.Source.DocumentId, c.CancellationToken)));
        Field<NonNullGraphType<IntGraphType>>("sentence").Resolve(c => c.Source.Sentence);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<IntGraphType>>("start").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Resolve(c => c.Source.End);
        Field<NonNullGraphType<StringGraphType>>("method").Resolve(c => c.Source.Method);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Resolve(c => c.Source.Confidence);
    }
}

internal sealed class MentionGraphType : ObjectGraphType<Mention>
{
    public MentionGraphType()
    {
        Name = "Mention";
        Field<EntityInterface>("entity").Resolve(c => c.Entity(c.Source.EntityId));
        Field<NonNullGraphType<DocumentGraphType>>("document")
            .ResolveAsync(async c => DocumentView.Of(await c.State().DocumentAsync(c.Source.DocumentId, c.CancellationToken)));
        Field<NonNullGraphType<IntGraphType>>("sentence").Resolve(c => c.Source.Sentence);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<IntGraphType>>("start").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Resolve(c => c.Source.End);
        Field<NonNullGraphType<StringGraphType>>("method").Resolve(c => c.Source.Method);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Resolve(c => c.Source.Confidence);
    }
}

internal sealed record TypeCount(string Type, int Count);

internal sealed class TypeCountType : ObjectGraphType<TypeCount>
{
    public TypeCountType()
    {
        Name = "TypeCount";
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}

internal sealed class StatsType : ObjectGraphType<GraphStats>
{
    public StatsType()
    {
        Name = "Stats";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TypeCountType>>>>("entitiesByType").Resolve(c => Counts(c.Source.EntitiesByType));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TypeCountType>>>>("relationsByType").Resolve(c => Counts(c.Source.RelationsByType));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TypeCountType>>>>("eventsByType").Resolve(c => Counts(c.Source.EventsByType));
        Field<NonNullGraphType<IntGraphType>>("entities").Resolve(c => c.Source.EntitiesByType.Values.Sum());
        Field<NonNullGraphType<IntGraphType>>("relations").Resolve(c => c.Source.RelationsByType.Values.Sum());
        Field<NonNullGraphType<IntGraphType>>("documents").Resolve(c => c.Source.Documents);
        Field<NonNullGraphType<IntGraphType>>("mentions").Resolve(c => c.Source.Mentions);
        Field<NonNullGraphType<IntGraphType>>("evidence").Resolve(c => c.Source.Evidence);
    }

    private static IEnumerable<TypeCount> Counts(IReadOnlyDictionary<string, int> counts) =>
        counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new TypeCount(p.Key, p.Value));
}

internal sealed class SearchHitType : ObjectGraphType<EntityHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Field<NonNullGraphType<EntityInterface>>("entity").Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(c => c.Source.Score);
    }
}

internal sealed class OntologyType : ObjectGraphType<Ontology>
{
    public OntologyType()
    {
        Name = "Ontology";
        Field<NonNullGraphType<IntGraphType>>("version").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityTypeDefinitionType>>>>("entityTypes").Resolve(c => c.Source.EntityTypes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("eventTypes").Resolve(c => c.Source.EventTypes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationTypeDefinitionType>>>>("relationTypes").Resolve(c => c.Source.RelationTypes);
    }
}

internal sealed class EntityTypeDefinitionType : ObjectGraphType<EntityTypeDefinition>
{
    public EntityTypeDefinitionType()
    {
        Name = "EntityTypeDefinition";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(c => c.Source.Description);
    }
}

internal sealed class RelationTypeDefinitionType : ObjectGraphType<RelationTypeDefinition>
{
    public RelationTypeDefinitionType()
    {
        Name = "RelationTypeDefinition";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("to").Resolve(c => c.Source.To);
        Field<NonNullGraphType<BooleanGraphType>>("symmetric").Resolve(c => c.Source.Symmetric);
        Field<NonNullGraphType<BooleanGraphType>>("sameTypeOnly").Resolve(c => c.Source.SameTypeOnly);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(c => c.Source.Description);
    }
}
