using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;
using Graph.Store.Neo4j.Internal;

namespace Graph.Store.Neo4j;

public sealed record Neo4jImportOptions
{
    /// <summary>Joins list elements and labels; neo4j-admin cannot escape it, so it must be a character no name or alias holds.</summary>
    public char ArrayDelimiter { get; init; } = '|';

    /// <summary>Entities, relations or documents read from the source per request.</summary>
    public int PageSize { get; init; } = 500;
}

/// <summary>What was written: rows per file (headers not counted) and the neo4j-admin command that imports them.</summary>
public sealed record Neo4jImportSummary(string Directory, IReadOnlyDictionary<string, int> RowsByFile, string Command);

/// <summary>
/// A whole graph as CSV files for <c>neo4j-admin database import full</c>, in exactly the shape the Neo4j store writes
/// (see graph-schema/neo4j/README.md): :Entity:&lt;Type&gt; nodes, ontology-typed relationships, :Document nodes with
/// CONTRIBUTES and MENTIONS, :Evidence nodes, :Alias nodes for prefix search and :MergedId nodes, so that the store
/// reads and writes an imported database as if it had built it. Labels and types come from the ontology only.
/// The schema (constraints, indexes) is not part of an import: the store applies it on its first use.
/// </summary>
public static class Neo4jImportFiles
{
    public static async Task<Neo4jImportSummary> WriteAsync(IGraphSnapshotReader source, string directory, Neo4jImportOptions? options = null,
        Ontology? ontology = null, CancellationToken cancellationToken = default)
    {
        options ??= new Neo4jImportOptions();
        if (options.ArrayDelimiter is ',' or '"' or '\'' or '\r' or '\n' || char.IsWhiteSpace(options.ArrayDelimiter) || char.IsLetterOrDigit(options.ArrayDelimiter))
            throw new Neo4jExportException($"'{options.ArrayDelimiter}' cannot be the array delimiter: it is the field delimiter, a quote, a space, a letter or a digit; choose a sign such as | or ;.");
        var vocabulary = new Vocabulary(ontology ?? Ontology.Default);
        Directory.CreateDirectory(directory);
        var d = options.ArrayDelimiter;
        var curation = await source.ReadCurationAsync(cancellationToken);
        var kept = curation.Merges.ToDictionary(m => m.RemovedId, m => m.KeptId, StringComparer.Ordinal);
        string Resolve(string id) => kept.GetValueOrDefault(id, id);
        // Labels and relationship types as the importer wants them (no backticks), worked out once per type.
        var entityLabels = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string[] EntityLabels(string type) =>
            entityLabels.TryGetValue(type, out var labels) ? labels : entityLabels[type] = ["Entity", vocabulary.Label(type).Trim('`')];
        var relTypes = new Dictionary<string, string>(StringComparer.Ordinal);
        string RelType(string type) =>
            relTypes.TryGetValue(type, out var relType) ? relType : relTypes[type] = vocabulary.RelType(type).Trim('`');
        var files = new List<ImportCsv>();
        ImportCsv Open(string name, params string[] header)
        {
            var file = new ImportCsv(Path.Combine(directory, name), d, header);
            files.Add(file);
            return file;
        }
        try
        {
            var entities = Open(ImportLayout.Entities, ImportLayout.EntityHeader);
            var aliases = Open(ImportLayout.Aliases, ImportLayout.AliasHeader);
            var hasAlias = Open(ImportLayout.HasAlias, ImportLayout.HasAliasHeader);
            var curated = curation.Entities.ToDictionary(c => c.EntityId, StringComparer.Ordinal);
            await foreach (var e in source.EntitiesAsync(options.PageSize, cancellationToken))
            {
                var c = curated.GetValueOrDefault(e.Id);
                var curatorAliases = c?.CuratorAliases ?? [];
                var all = curatorAliases.Append(e.Name).Concat(e.Aliases).Distinct(StringComparer.Ordinal).ToList();
                var folded = all.Select(NameFolding.Fold).Distinct(StringComparer.Ordinal).ToList();
                var date = e.Event?.Date;
                entities.Row(e.Id, EntityLabels(e.Type), e.Type, e.Name, NameFolding.Fold(e.Name), e.Description, e.ExternalId,
                    e.Event?.EventType, date?.ToString(), Values.Earliest(date), Values.Latest(date), all, folded, string.Concat(all.Select(a => a + " ")),
                    CsvField.Strings(curatorAliases), curatorAliases.Select(NameFolding.Fold).ToList(), c?.Name is not null, c?.Description is not null);
                for (var i = 0; i < folded.Count; i++)
                {
                    var aliasId = $"{e.Id}#{i}";
                    aliases.Row(aliasId, "Alias", folded[i]);
                    hasAlias.Row(e.Id, aliasId, Vocabulary.HasAlias);
                }
            }

            var relations = Open(ImportLayout.Relations, ImportLayout.RelationHeader);
            await foreach (var r in source.RelationsAsync(options.PageSize, cancellationToken))
                relations.Row(r.SubjectId, r.ObjectId, RelType(r.Type), r.Id, r.Role, r.Date?.ToString(), Values.Earliest(r.Date), Values.Latest(r.Date),
                    r.Confidence, r.EvidenceCount, r.Provenance.ToString(), r.Status.ToString(), r.StatusNote);

            var documents = Open(ImportLayout.Documents, ImportLayout.DocumentHeader);
            var contributes = Open(ImportLayout.Contributes, ImportLayout.ContributesHeader);
            var mentions = Open(ImportLayout.Mentions, ImportLayout.MentionsHeader);
            var evidence = Open(ImportLayout.Evidence, ImportLayout.EvidenceHeader);
            await foreach (var g in source.DocumentGraphsAsync(pageSize: options.PageSize, cancellationToken: cancellationToken))
            {
                var doc = g.Document;
                documents.Row(doc.Id, "Document", doc.Title, doc.Date?.ToString(), Values.Earliest(doc.Date), Values.Latest(doc.Date),
                    doc.Source, doc.Format, doc.Text, doc.Text.Length, doc.ContentHash);
                foreach (var e in g.Entities)
                {
                    var entityId = Resolve(e.Id);
                    var surface = e.Aliases.Prepend(e.Name).Distinct(StringComparer.Ordinal).ToList();
                    var date = e.Event?.Date;
                    contributes.Row(doc.Id, entityId, Vocabulary.Contributes, e.Name, NameFolding.Fold(e.Name), e.Description, e.ExternalId,
                        e.Event?.EventType, date?.ToString(), Values.Earliest(date), Values.Latest(date), surface, surface.Select(NameFolding.Fold).ToList());
                    foreach (var m in e.Mentions)
                        mentions.Row(doc.Id, entityId, Vocabulary.Mentions, m.Sentence, m.Start, m.End, doc.Text[m.Start..m.End], m.Method, m.Confidence);
                }
                foreach (var r in g.Relations)
                {
                    var (subject, obj) = (Resolve(r.SubjectId), Resolve(r.ObjectId));
                    var relationId = GraphIds.Relation(r.Type, subject, obj, r.Role, vocabulary.Ontology.Relation(r.Type).Symmetric);
                    foreach (var s in r.Evidence)
                        evidence.Row("Evidence", relationId, RelType(r.Type), doc.Id, s.Sentence, s.Start, s.End, doc.Text[s.Start..s.End],
                            s.Method, s.Confidence, r.Date?.ToString(), Values.Earliest(r.Date), Values.Latest(r.Date));
                }
            }

            var merged = Open(ImportLayout.MergedIds, ImportLayout.MergedIdHeader);
            foreach (var m in curation.Merges) merged.Row(m.RemovedId, "MergedId", m.KeptId);
        }
        finally
        {
            foreach (var f in files) f.Dispose();
        }

        var command = ImportLayout.Command(d);
        await File.WriteAllTextAsync(Path.Combine(directory, ImportLayout.Script), ImportLayout.ScriptText(command), cancellationToken);
        return new Neo4jImportSummary(directory, files.ToDictionary(f => Path.GetFileName(f.Path), f => f.Rows, StringComparer.Ordinal), command);
    }
}
