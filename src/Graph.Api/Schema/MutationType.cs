using Graph.Api.Ingestion;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>Writes. Each is one unit of work in the store; the X-Api-Key check happens before any runs (MutationKeyRule).</summary>
internal sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";

        Field<NonNullGraphType<IngestResultType>>("ingestDocument").Description("Extracts a text and stores what it finds, as one unit of work.")
            .Argument<NonNullGraphType<IngestDocumentInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var date = input.GetValueOrDefault("date") is string d ? Filters.ParseEdtf(d, "input.date") : null;
                var ingestor = c.Service<DocumentIngestor>();
                var (title, source) = ((string)input["title"]!, input.GetValueOrDefault("source") as string);
                var format = input.GetValueOrDefault("format") as string;
                var document = input.GetValueOrDefault("contentBase64") is string content
                    ? ingestor.FromBytes(title, content, input.GetValueOrDefault("text") is not null, date, source, format ?? "pdf")
                    : ingestor.FromText(title, input.GetValueOrDefault("text") as string ?? "", date, source, format ?? "text");
                var (graph, result) = await ingestor.IngestAsync(document, c.CancellationToken);
                return new IngestOutcome(document, graph, result);
            });

        Field<NonNullGraphType<DeleteResultType>>("deleteDocument").Description("Removes a document with its mentions and evidence, and what only it supported.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = GlobalId.ToStoreId(c.GetArgument<string>("id"), GlobalId.Document);
                if (await c.Reader().GetDocumentAsync(id, c.CancellationToken) is null) throw new GraphNotFoundException("document", id);
                await c.Service<IGraphWriter>().DeleteDocumentAsync(id, c.CancellationToken);
                return id;
            });

        Field<NonNullGraphType<EntityInterface>>("mergeEntities").Description("Folds remove into keep; remembered, so re-ingesting respects it.")
            .Argument<NonNullGraphType<IdGraphType>>("keep")
            .Argument<NonNullGraphType<IdGraphType>>("remove")
            .ResolveAsync(async c => await c.Service<IGraphWriter>().MergeEntitiesAsync(
                GlobalId.ToStoreId(c.GetArgument<string>("keep"), GlobalId.Entity),
                GlobalId.ToStoreId(c.GetArgument<string>("remove"), GlobalId.Entity), c.CancellationToken));

        Field<NonNullGraphType<EntityInterface>>("updateEntity").Description("Null arguments leave a field as it is.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<StringGraphType>("name")
            .Argument<StringGraphType>("description")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("aliases")
            .ResolveAsync(async c => await c.Service<IGraphWriter>().UpdateEntityAsync(
                GlobalId.ToStoreId(c.GetArgument<string>("id"), GlobalId.Entity),
                new EntityUpdate(c.GetArgument<string?>("name"), c.GetArgument<string?>("description"), c.GetArgument<List<string>?>("aliases")),
                c.CancellationToken));

        Field<NonNullGraphType<RelationGraphType>>("addRelation").Description("A relation asserted by a curator (provenance CURATED).")
            .Argument<NonNullGraphType<AddRelationInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var date = input.GetValueOrDefault("date") is string d ? Filters.ParseEdtf(d, "input.date") : null;
                var relation = new CuratedRelation((string)input["type"]!,
                    GlobalId.ToStoreId((string)input["subject"]!, GlobalId.Entity), GlobalId.ToStoreId((string)input["object"]!, GlobalId.Entity),
                    input.GetValueOrDefault("role") as string, date, input.GetValueOrDefault("note") as string);
                return await c.Service<IGraphWriter>().AddCuratedRelationAsync(relation, c.CancellationToken);
            });

        Field<NonNullGraphType<RelationGraphType>>("setRelationStatus").Description("Rejected relations leave traversals but keep their evidence.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<RelationStatusEnum>>("status")
            .Argument<StringGraphType>("note")
            .ResolveAsync(async c => await c.Service<IGraphWriter>().SetRelationStatusAsync(
                GlobalId.ToStoreId(c.GetArgument<string>("id"), GlobalId.Relation), c.GetArgument<RelationStatus>("status"),
                c.GetArgument<string?>("note"), c.CancellationToken));
    }
}

internal sealed record IngestOutcome(Document Document, DocumentGraph Graph, ApplyResult Result);

internal sealed class IngestDocumentInputType : InputObjectGraphType
{
    public IngestDocumentInputType()
    {
        Name = "IngestDocumentInput";
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<StringGraphType>("text").Description("The text to extract from (plain, Markdown or HTML); or send contentBase64.");
        Field<StringGraphType>("contentBase64").Description("A file's bytes in base64 (a PDF, or a text or HTML file), instead of text.");
        Field<StringGraphType>("date").Description("EDTF, e.g. 2016-01.");
        Field<StringGraphType>("source");
        Field<StringGraphType>("format").Description($"One of {string.Join(", ", DocumentIngestor.Formats)}; text when absent (pdf with contentBase64).");
    }
}

internal sealed class AddRelationInputType : InputObjectGraphType
{
    public AddRelationInputType()
    {
        Name = "AddRelationInput";
        Field<NonNullGraphType<RelationTypeEnum>>("type");
        Field<NonNullGraphType<IdGraphType>>("subject");
        Field<NonNullGraphType<IdGraphType>>("object");
        Field<StringGraphType>("role");
        Field<StringGraphType>("date").Description("EDTF.");
        Field<StringGraphType>("note");
    }
}

internal sealed class IngestResultType : ObjectGraphType<IngestOutcome>
{
    public IngestResultType()
    {
        Name = "IngestResult";
        Field<NonNullGraphType<DocumentGraphType>>("document").Resolve(c => DocumentView.Of(c.Source.Document));
        Field<NonNullGraphType<BooleanGraphType>>("unchanged").Description("The same text was already stored; nothing changed.").Resolve(c => c.Source.Result.Unchanged);
        Field<NonNullGraphType<BooleanGraphType>>("replaced").Description("An earlier version of the document was replaced.").Resolve(c => c.Source.Result.Replaced);
        Field<NonNullGraphType<IntGraphType>>("entityCount").Resolve(c => c.Source.Result.Entities);
        Field<NonNullGraphType<IntGraphType>>("relationCount").Resolve(c => c.Source.Result.Relations);
        Field<NonNullGraphType<IntGraphType>>("mentionCount").Resolve(c => c.Source.Result.Mentions);
        Field<NonNullGraphType<IntGraphType>>("evidenceCount").Resolve(c => c.Source.Result.Evidence);
        Field<NonNullGraphType<ListGraphType<EntityInterface>>>("entities").Description("The entities the document names, as stored now.")
            .Resolve(c => c.Entities().LoadMany(c.Source.Graph.Entities.Select(e => e.Id).Distinct().ToArray()));
    }
}

internal sealed class DeleteResultType : ObjectGraphType<string>
{
    public DeleteResultType()
    {
        Name = "DeleteResult";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(GlobalId.Document, c.Source));
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source);
        Field<NonNullGraphType<BooleanGraphType>>("deleted").Resolve(_ => true);
    }
}
