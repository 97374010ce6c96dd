using System.Globalization;

namespace Runner.Bench;

/// <summary>Medians and percentiles (nearest rank) of repeated measurements.</summary>
internal static class Stats
{
    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The nearest-rank percentile <paramref name="p"/> (0-100).</summary>
    public static double Percentile(IReadOnlyCollection<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>A number for the report: <paramref name="digits"/> decimals, thousands separated.</summary>
    public static string F(double value, int digits = 0) =>
        double.IsNaN(value) ? "n/a" : value.ToString("N" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Verdict(bool met) => met ? "**met**" : "**missed**";
}
