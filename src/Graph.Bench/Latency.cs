using System.Diagnostics;

namespace Graph.Bench;

/// <summary>Latencies of one query kind: many timed calls after untimed warm-up calls, summarized as percentiles.</summary>
internal sealed record Latency(double P50, double P99, double Mean, int Count)
{
    public static async Task<Latency> MeasureAsync(int warmup, int iterations, Func<int, ValueTask> call)
    {
        for (var i = 0; i < warmup; i++) await call(i);
        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await call(warmup + i);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(samples);
        return new Latency(Percentile(samples, 0.50), Percentile(samples, 0.99), samples.Average(), iterations);
    }

    // Nearest rank: the value below which the given share of samples lie.
    private static double Percentile(double[] sorted, double share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)];
}
