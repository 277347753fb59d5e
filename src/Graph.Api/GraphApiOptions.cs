namespace Graph.Api;

/// <summary>The "Graph" configuration section; environment variables such as Graph__ApiKey bind here too.</summary>
public sealed class GraphApiOptions
{
    public const string Section = "Graph";

    /// <summary>Which store adapter serves the graph; "sqlite" (embedded) is the one this host ships.</summary>
    public string Store { get; set; } = "sqlite";

    /// <summary>Where the embedded store lives; relative paths are taken from the content root.</summary>
    public string DataDir { get; set; } = "data";

    /// <summary>Texts ingested on first start; null means the repository's seeds/texts, found above the content root.</summary>
    public string? SeedDir { get; set; }

    /// <summary>The key mutations must present in X-Api-Key; with none, mutations are refused.</summary>
    public string? ApiKey { get; set; }

    public CorsOptions Cors { get; set; } = new();

    public LimitOptions Limits { get; set; } = new();

    public sealed class CorsOptions
    {
        public string[] Origins { get; set; } = [];
    }

    public sealed class LimitOptions
    {
        public int MaxPageSize { get; set; } = 100;
        public int MaxNetworkNodes { get; set; } = 500;
        public int MaxDepth { get; set; } = 15;
        public int MaxComplexity { get; set; } = 20000;
        public long MaxBodyBytes { get; set; } = 1024 * 1024;
        public double RequestTimeoutSeconds { get; set; } = 30;
        /// <summary>Events in one timeline download (read a page at a time); more sets X-Graph-Truncated.</summary>
        public int MaxExportEvents { get; set; } = 5000;
    }
}
