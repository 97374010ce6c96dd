using System.Globalization;
using System.Text;

namespace Runner.Bench;

/// <summary>Generates runner homes: a config.ini with the options a benchmark needs and a schedule.tsv of N jobs.</summary>
internal static class HomeBuilder
{
    public const string Header = "ID\tNAME\tDESCRIPTION\tENVIRONMENT\tFILE\tMONTH_DAY\tWEEK_DAY\tHOUR\tMINUTE\tSECOND\tPARAMETERS\tSTATUS";

    /// <summary>A fresh home folder with config.ini (UTC schedule) and the given schedule rows.</summary>
    public static string Create(string path, bool console, IEnumerable<string> rows, bool jobFolders = false)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        Directory.CreateDirectory(Path.Combine(path, "jobs"));
        Directory.CreateDirectory(Path.Combine(path, "logs"));
        File.WriteAllText(Path.Combine(path, "config.ini"), string.Create(CultureInfo.InvariantCulture, $"""
            [SCHEDULER]
            name = bench
            timezone = UTC
            stop_grace = 10
            schedule = schedule.tsv

            [LOG]
            console = {(console ? "True" : "False")}
            showdelay = False
            keep_days = 30
            keep_runs = 100

            [JOB]
            overlap = skip
            misfire = skip
            misfire_grace = 60

            """));
        var text = new StringBuilder(Header).Append('\n');
        var ids = new List<string>();
        foreach (var row in rows)
        {
            text.Append(row).Append('\n');
            ids.Add(row[..row.IndexOf('\t', StringComparison.Ordinal)]);
        }

        File.WriteAllText(Path.Combine(path, "schedule.tsv"), text.ToString());
        if (jobFolders)
        {
            foreach (var id in ids)
            {
                Directory.CreateDirectory(Path.Combine(path, "jobs", id));
            }
        }

        return path;
    }

    public static string Row(int id, string file, string hour, string minute, string second, string parameters = "") =>
        string.Create(CultureInfo.InvariantCulture, $"{id}\tjob{id}\tbenchmark job {id}\t\t{file}\t*\t*\t{hour}\t{minute}\t{second}\t{parameters}\tY");

    /// <summary>N jobs that fire once a day, spread over the minutes and seconds of <paramref name="hour"/>: none due while measuring.</summary>
    public static IEnumerable<string> DailyRows(int count, int hour) =>
        Enumerable.Range(0, count).Select(id => Row(id, "/bin/true", Text(hour), Text(id % 60), Text(id / 60 % 60)));

    /// <summary>N jobs that fire once a minute, job i at second i % 60 of every minute (HOUR and MINUTE <c>*</c>): N / 60 fires a second, evenly spread.</summary>
    public static IEnumerable<string> MinutelyRows(int count) =>
        Enumerable.Range(0, count).Select(id => Row(id, "/bin/true", "*", "*", Text(id % 60)));

    /// <summary>
    /// N hourly jobs (HOUR <c>*</c>) whose fires are spread evenly over <paramref name="spread"/> (at most an hour)
    /// from <paramref name="first"/>, in UTC: job i at the minute and second of first + i × spread / N, whole seconds.
    /// </summary>
    public static IEnumerable<string> SpreadHourlyRows(int count, DateTimeOffset first, TimeSpan spread)
    {
        var seconds = (long)spread.TotalSeconds;
        return Enumerable.Range(0, count).Select(id =>
        {
            var at = first.ToUniversalTime().AddSeconds(id * seconds / count);
            return Row(id, "/bin/true", "*", Text(at.Minute), Text(at.Second));
        });
    }

    /// <summary>
    /// Rewrites schedule.tsv atomically (temp file, rename) with job <paramref name="id"/>'s HOUR
    /// moved to the hour after <paramref name="hour"/>, or to the one after that when it is there already.
    /// </summary>
    /// <summary>
    /// Writes schedule.tsv with job <paramref name="id"/>'s HOUR changed beside it and returns the
    /// action that saves it in place (an atomic rename), so a measurement can start at the save.
    /// </summary>
    public static Action PrepareHourEdit(string home, int id, int hour)
    {
        var path = Path.Combine(home, "schedule.tsv");
        var lines = File.ReadAllLines(path);
        var cells = lines[id + 1].Split('\t');
        var next = Text((hour + 1) % 24);
        cells[7] = cells[7] == next ? Text((hour + 2) % 24) : next;
        lines[id + 1] = string.Join('\t', cells);
        var temp = path + ".edit";
        File.WriteAllText(temp, string.Join('\n', lines) + "\n");
        return () => File.Move(temp, path, overwrite: true);
    }

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
