using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Graph.Core.Dates;
using Graph.Core.Schema;

namespace Graph.Evaluation.Gold;

/// <summary>Reads and writes the gold format; reading checks every type and date against the ontology.</summary>
public static class GoldJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        // Names with accents ("Chávez") stay readable in the files people review.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static GoldDocument ReadFile(string path, Ontology? ontology = null)
    {
        using var stream = OpenForRead(path);
        return Read(stream, path, ontology);
    }

    /// <summary>Parses and checks one gold document; <paramref name="origin"/> names it in errors.</summary>
    public static GoldDocument Read(Stream json, string origin, Ontology? ontology = null)
    {
        GoldDocument? doc;
        try
        {
            doc = JsonSerializer.Deserialize<GoldDocument>(json, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is long line ? $" at line {line + 1}" : "";
            throw new GoldFormatException($"{origin} is not valid gold JSON{where}: {FirstSentence(e.Message)} Expected {{\"document\", \"entities\", \"relations\", \"events\"}}.");
        }
        if (doc is null) throw new GoldFormatException($"{origin} holds 'null' instead of a gold document.");
        return Check(Normalize(doc), origin, ontology ?? Ontology.Default);
    }

    public static string Write(GoldDocument document) => JsonSerializer.Serialize(document, Options);

    public static void WriteFile(string path, GoldDocument document) => File.WriteAllText(path, Write(document) + "\n");

    private static FileStream OpenForRead(string path)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GoldFormatException($"Cannot read gold file {path}: {e.Message}");
        }
    }

    // Missing arrays mean "none"; the scorer then never has to think about nulls.
    private static GoldDocument Normalize(GoldDocument d) => d with
    {
        Entities = d.Entities?.Select(e => e with { Aliases = e.Aliases ?? [] }).ToArray() ?? [],
        Relations = d.Relations ?? [],
        Events = d.Events?.Select(e => e with { Participants = e.Participants ?? [] }).ToArray() ?? [],
    };

    private static GoldDocument Check(GoldDocument d, string origin, Ontology ontology)
    {
        if (string.IsNullOrWhiteSpace(d.Document))
            throw new GoldFormatException($"{origin} has no \"document\" id; set it to the id in the text's front matter.");
        for (var i = 0; i < d.Entities.Count; i++)
        {
            var e = d.Entities[i];
            var at = $"{origin}, entities[{i}]";
            if (string.IsNullOrWhiteSpace(e.Name)) throw new GoldFormatException($"{at} has no name.");
            if (e.Type is null || !ontology.IsEntityType(e.Type))
                throw new GoldFormatException($"{at} ('{e.Name}') has unknown type '{e.Type}'; known: {ontology.KnownEntityTypes}.");
        }
        for (var i = 0; i < d.Relations.Count; i++)
        {
            var r = d.Relations[i];
            var at = $"{origin}, relations[{i}] ({r.Subject} {r.Type} {r.Object})";
            if (string.IsNullOrWhiteSpace(r.Subject) || string.IsNullOrWhiteSpace(r.Object))
                throw new GoldFormatException($"{at} needs both a subject and an object.");
            if (r.Type is null || !ontology.IsRelationType(r.Type))
                throw new GoldFormatException($"{at} has unknown relation type '{r.Type}'; known: {ontology.KnownRelationTypes}.");
            CheckDate(r.Date, at);
        }
        for (var i = 0; i < d.Events.Count; i++)
        {
            var e = d.Events[i];
            var at = $"{origin}, events[{i}] ('{e.Name}')";
            if (e.Type is null || !ontology.IsEventType(e.Type))
                throw new GoldFormatException($"{at} has unknown event type '{e.Type}'; known: {ontology.KnownEventTypes}.");
            CheckDate(e.Date, at);
            if (e.Participants!.Any(string.IsNullOrWhiteSpace))
                throw new GoldFormatException($"{at} has an empty participant; remove it or name the participant.");
        }
        return d;
    }

    private static void CheckDate(string? date, string at)
    {
        if (date is not null && !EdtfDate.TryParse(date, out _, out var error))
            throw new GoldFormatException($"{at} has date '{date}', which is not EDTF: {error}. Examples: {EdtfDate.Examples}.");
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}

/// <summary>A gold file that cannot be read: the message names the file, the item and what to fix.</summary>
public sealed class GoldFormatException(string message) : Exception(message);
