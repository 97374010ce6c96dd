namespace Runner.Bench;

/// <summary>Runs the benchmark sections one after the other, each writing its markdown fragment to the results folder.</summary>
internal static class Measure
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        Directory.CreateDirectory(options.Results);
        Directory.CreateDirectory(options.Work);
        if (options.Wants("launch"))
        {
            (await new LaunchBenchmark(options).RunAsync().ConfigureAwait(false)).Save(options.Results, "1-launch.md");
        }

        if (options.Wants("punctuality"))
        {
            new PunctualityBenchmark(options).Run().Save(options.Results, "2-punctuality.md");
        }

        if (options.Wants("scale"))
        {
            new ScaleBenchmark(options).Run().Save(options.Results, "3-scale.md");
        }

        if (options.Wants("check"))
        {
            new CheckBenchmark(options).Run().Save(options.Results, "4-check.md");
        }

        if (options.Wants("steady"))
        {
            new SteadyBenchmark(options).Run().Save(options.Results, "4-steady.md");
        }

        if (options.Wants("cli"))
        {
            new CliBenchmark(options).Run().Save(options.Results, "5-cli.md");
        }

        return 0;
    }
}
