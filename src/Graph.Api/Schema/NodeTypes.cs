using Graph.Core.Dates;
using Graph.Core.Model;
using Graph.Core.Store;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.Schema;

internal sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Relay: anything with a global id that node(id) can fetch again.";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}

/// <summary>A document as the API shows it: a summary, with the text read only when asked for.</summary>
internal sealed record DocumentView(string Id, string Title, EdtfDate? Date, string? Source, string Format, int Length, string? Text)
{
    public static DocumentView Of(DocumentSummary s) => new(s.Id, s.Title, s.Date, s.Source, s.Format, s.Length, null);
    public static DocumentView? Of(Document? d) => d is null ? null : new(d.Id, d.Title, d.Date, d.Source, d.Format, d.Text.Length, d.Text);
}

internal sealed class DocumentGraphType : ObjectGraphType<DocumentView>
{
    public DocumentGraphType()
    {
        Name = "Document";
        Interface<NodeInterface>();
        IsTypeOf = o => o is DocumentView;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(GlobalId.Document, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("key").Description("The store's id, e.g. from the text's front matter.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<DateType>("date").Resolve(c => c.Source.Date);
        Field<StringGraphType>("source").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<StringGraphType>>("format").Resolve(c => c.Source.Format);
        Field<NonNullGraphType<IntGraphType>>("length").Description("In characters.").Resolve(c => c.Source.Length);
        Field<NonNullGraphType<StringGraphType>>("text").ResolveAsync(async c =>
            c.Source.Text ?? (await c.State().DocumentAsync(c.Source.Id, c.CancellationToken))?.Text ?? "");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentionGraphType>>>>("mentions").Description("In text order.")
            .ResolveAsync(async c => await c.Reader().GetDocumentMentionsAsync(c.Source.Id, c.CancellationToken));
    }
}

internal sealed class RelationGraphType : ObjectGraphType<Relation>
{
    public RelationGraphType()
    {
        Name = "Relation";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Relation;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(GlobalId.Relation, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<RelationTypeEnum>>("type").Resolve(c => c.Source.Type);
        Field<EntityInterface>("subject").Resolve(c => c.Entity(c.Source.SubjectId));
        Field<EntityInterface>("object").Resolve(c => c.Entity(c.Source.ObjectId));
        Field<StringGraphType>("role").Resolve(c => c.Source.Role);
        Field<DateType>("date").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Resolve(c => c.Source.Confidence);
        Field<NonNullGraphType<IntGraphType>>("evidenceCount").Resolve(c => c.Source.EvidenceCount);
        Field<NonNullGraphType<ProvenanceEnum>>("provenance").Resolve(c => c.Source.Provenance);
        Field<NonNullGraphType<RelationStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field<StringGraphType>("statusNote").Resolve(c => c.Source.StatusNote);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceGraphType>>>>("evidence").Description("Every piece, in document order.")
            .ResolveAsync(async c => await c.Reader().GetEvidenceAsync(c.Source.Id, c.CancellationToken));
    }
}

internal sealed class ParticipantType : ObjectGraphType<Participant>
{
    public ParticipantType()
    {
        Name = "Participant";
        Field<EntityInterface>("entity").Resolve(c => c.Entity(c.Source.EntityId));
        Field<StringGraphType>("role").Resolve(c => c.Source.Role);
    }
}

internal sealed class PathGraphType : ObjectGraphType<GraphPath>
{
    public PathGraphType()
    {
        Name = "Path";
        Description = "nodes has one more element than relations; relations[i] joins nodes[i] and nodes[i+1], in either direction.";
        Field<NonNullGraphType<IntGraphType>>("length").Resolve(c => c.Source.Length);
        Field<NonNullGraphType<ListGraphType<EntityInterface>>>("nodes").Resolve(c => c.Entities().LoadMany(c.Source.NodeIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("relations").Resolve(c => c.Source.Relations);
    }
}
