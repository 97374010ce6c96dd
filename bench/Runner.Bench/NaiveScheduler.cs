using System.Globalization;
using Runner.Core.Scheduling;

namespace Runner.Bench;

/// <summary>
/// The reference of the original design (the seed's "moments"): once a second it reads
/// schedule.tsv, parses every row's time fields and tests every active row against the current
/// second; a changed file is thus picked up at the next tick. It prints <c>schedule loaded</c>
/// after its first pass and <c>schedule reloaded</c> after a pass that saw a changed file, like
/// the scheduler's console log. The benchmark schedules are in UTC. It starts nothing: the scale
/// benchmark measures it while nothing is due.
/// </summary>
internal static class NaiveScheduler
{
    public static async Task<int> RunAsync(string home)
    {
        var path = Path.Combine(home, "schedule.tsv");
        var time = TimeProvider.System;
        string? previous = null;
        while (true)
        {
            var text = await File.ReadAllTextAsync(path).ConfigureAwait(false);
            var now = time.GetUtcNow().UtcDateTime;
            var (rows, due) = Evaluate(text, now);
            if (previous is null)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"schedule loaded: {rows} rows, {due} due"));
            }
            else if (!string.Equals(previous, text, StringComparison.Ordinal))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"schedule reloaded: {rows} rows, {due} due"));
            }

            previous = text;
            var next = time.GetUtcNow();
            await Task.Delay(TimeSpan.FromTicks(TimeSpan.TicksPerSecond - (next.Ticks % TimeSpan.TicksPerSecond)), time).ConfigureAwait(false);
        }
    }

    /// <summary>Parses every row and tests it against <paramref name="now"/>: (rows, rows due).</summary>
    private static (int Rows, int Due) Evaluate(string text, DateTime now)
    {
        var lines = text.Split('\n');
        var header = lines[0].TrimEnd('\r').Split('\t');
        int Column(string name) => Array.FindIndex(header, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        int monthDay = Column("MONTH_DAY"), weekDay = Column("WEEK_DAY"), hour = Column("HOUR"), minute = Column("MINUTE"), second = Column("SECOND"), status = Column("STATUS");
        var rows = 0;
        var due = 0;
        foreach (var line in lines.Skip(1))
        {
            var cells = line.TrimEnd('\r').Split('\t');
            if (cells.Length < header.Length)
            {
                continue;
            }

            rows++;
            var timing = Timing.Parse(cells[monthDay], cells[weekDay], cells[hour], cells[minute], cells[second], out _);
            if (timing is not null && cells[status].Trim().Equals("Y", StringComparison.OrdinalIgnoreCase) && timing.Matches(now))
            {
                due++;
            }
        }

        return (rows, due);
    }
}
