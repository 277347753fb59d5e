namespace Graph.Cli;

/// <summary>Positional arguments, options with one value (--db FILE or --db=FILE) and flags, checked against what a verb accepts.</summary>
internal sealed record ParsedArgs(IReadOnlyList<string> Positionals, IReadOnlyDictionary<string, string> Options, IReadOnlySet<string> Flags)
{
    public static ParsedArgs Parse(string verb, string[] args, string[] options, string[] flags)
    {
        var positionals = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var set = new HashSet<string>(StringComparer.Ordinal);
        var onlyPositionals = false;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (onlyPositionals || !arg.StartsWith("--", StringComparison.Ordinal))
            {
                positionals.Add(arg);
                continue;
            }
            if (arg == "--") { onlyPositionals = true; continue; }
            var (name, inline) = arg.IndexOf('=') is var eq and > 0 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
            if (flags.Contains(name))
            {
                if (inline is not null) throw new UsageException($"{verb}: {name} takes no value.");
                set.Add(name);
            }
            else if (options.Contains(name))
            {
                var value = inline ?? (i + 1 < args.Length ? args[++i] : throw new UsageException($"{verb}: {name} needs a value."));
                if (value.Length == 0) throw new UsageException($"{verb}: {name} needs a value.");
                if (!values.TryAdd(name, value)) throw new UsageException($"{verb}: {name} is given twice.");
            }
            else
            {
                var known = options.Concat(flags).ToArray();
                throw new UsageException($"{verb}: unknown option '{name}'" + (known.Length > 0 ? $"; known: {string.Join(", ", known)}." : "; it takes none."));
            }
        }
        return new ParsedArgs(positionals, values, set);
    }

    public string Single(string verb, string what)
    {
        if (Positionals.Count == 1) return Positionals[0];
        throw new UsageException(Positionals.Count == 0 ? $"{verb} needs {what}." : $"{verb} takes one {what}, got {Positionals.Count}: {string.Join(" ", Positionals)}.");
    }

    public string? Option(string name) => Options.GetValueOrDefault(name);

    public bool Flag(string name) => Flags.Contains(name);
}
