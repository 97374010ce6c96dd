namespace Runner.Bench;

/// <summary>The options bench/run.sh passes: where things are and how long to measure.</summary>
internal sealed record BenchOptions(
    bool Smoke, string Results, string Tools, string Runner, string RunnerJit, string RunnerAot, string Work, string? Out, string Command, string? Only, string Bdn, string Notes, string? Sizes, string? Seconds)
{
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var smoke = false;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--smoke")
            {
                smoke = true;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Count)
            {
                values[args[i][2..]] = args[++i];
            }
            else
            {
                throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }

        string Get(string name) => values.GetValueOrDefault(name) ?? string.Empty;
        return new BenchOptions(smoke, Get("results"), Get("tools"), Get("runner"), Get("runner-jit"), Get("runner-aot"), Get("work"), values.GetValueOrDefault("out"), Get("command"), values.GetValueOrDefault("only"), Get("bdn"), Get("notes"), values.GetValueOrDefault("sizes"), values.GetValueOrDefault("seconds"));
    }

    /// <summary>The published runner executable.</summary>
    public string RunnerExe => Path.Combine(Runner, "runner");

    /// <summary>The sizes to measure (<c>--sizes 10,100</c> overrides the defaults, for trying one out).</summary>
    public int[] SizesOr(int[] defaults) =>
        Sizes is null ? defaults : [.. Sizes.Split(',').Select(t => int.Parse(t, System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>The measuring time in seconds (<c>--seconds N</c> overrides the default).</summary>
    public int SecondsOr(int defaults) => Seconds is null ? defaults : int.Parse(Seconds, System.Globalization.CultureInfo.InvariantCulture);

    public bool Wants(string section) => Only is null || Only.Split(',').Contains(section, StringComparer.Ordinal);
}
