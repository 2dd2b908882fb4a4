namespace ReSoma.Bench;

public static class Stats
{
    public static double Median(IReadOnlyList<double> samples)
    {
        var sorted = samples.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Nearest rank: the smallest sample that at least <paramref name="percent"/> % of samples do not exceed.</summary>
    public static double Percentile(IReadOnlyList<double> samples, double percent)
    {
        var sorted = samples.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
