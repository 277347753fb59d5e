using System.Reflection;

namespace Graph.Extraction.Knowledge;

/// <summary>
/// Where knowledge files come from: the copy embedded at build time, or a folder laid out like
/// seeds/knowledge/ whose files replace the embedded ones of the same relative path.
/// </summary>
internal sealed class KnowledgeSource
{
    private const string Prefix = "knowledge/";
    private static readonly Assembly Assembly = typeof(KnowledgeSource).Assembly;
    private readonly string? _overrideFolder;

    public KnowledgeSource(string? overrideFolder)
    {
        if (overrideFolder is not null && !Directory.Exists(overrideFolder))
            throw new DirectoryNotFoundException(
                $"Knowledge folder '{overrideFolder}' does not exist; pass a folder laid out like seeds/knowledge/ or none to use the built-in files.");
        _overrideFolder = overrideFolder;
    }

    /// <summary>Relative paths ("gazetteer/places.tsv") of every file under <paramref name="folder"/>, sorted.</summary>
    public IReadOnlyList<string> List(string folder)
    {
        var prefix = folder.TrimEnd('/') + "/";
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in Assembly.GetManifestResourceNames())
        {
            var rel = name.Replace('\\', '/');
            if (rel.StartsWith(Prefix, StringComparison.Ordinal) && rel[Prefix.Length..].StartsWith(prefix, StringComparison.Ordinal))
                paths.Add(rel[Prefix.Length..]);
        }
        var dir = _overrideFolder is null ? null : Path.Combine(_overrideFolder, folder);
        if (dir is not null && Directory.Exists(dir))
            foreach (var file in Directory.EnumerateFiles(dir, "*.*", SearchOption.AllDirectories))
                if (file.EndsWith(".tsv", StringComparison.Ordinal) || file.EndsWith(".jsonl", StringComparison.Ordinal))
                    paths.Add(Path.GetRelativePath(_overrideFolder!, file).Replace('\\', '/'));
        return paths.ToArray();
    }

    /// <summary>The file's text, or null when neither the override folder nor the assembly has it.</summary>
    public string? Read(string relativePath)
    {
        if (_overrideFolder is not null)
        {
            var path = Path.Combine(_overrideFolder, relativePath);
            if (File.Exists(path)) return File.ReadAllText(path);
        }
        var resource = Assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.Replace('\\', '/') == Prefix + relativePath);
        if (resource is null) return null;
        using var stream = Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public string Describe(string relativePath) => $"seeds/knowledge/{relativePath}";
}
