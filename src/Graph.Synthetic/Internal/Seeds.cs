namespace Graph.Synthetic.Internal;

/// <summary>
/// Independent random streams from one seed. Not HashCode.Combine: .NET randomizes it per process,
/// which made "the same seed" give another graph in every run.
/// </summary>
internal static class Seeds
{
    public const int Nodes = 1, Plan = 2, Text = 3;

    public static int Derive(int seed, int stream, int index = 0)
    {
        // SplitMix64's finalizer: small changes in any input spread over every bit of the result.
        var z = unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL + (ulong)(uint)stream * 0xBF58476D1CE4E5B9UL + (ulong)(uint)index * 0x94D049BB133111EBUL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)(z ^ (z >> 31));
    }
}
