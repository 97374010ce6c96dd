using Runner.Bench;

// bench/run.sh drives this: `measure` runs the benchmarks and writes one markdown fragment per
// section, `naive HOME` is the reference scheduler of the original design, `report` assembles
// docs/benchmarks.md (or the smoke run's temp file).
return args switch
{
    ["measure", .. var rest] => await Measure.RunAsync(BenchOptions.Parse(rest)).ConfigureAwait(false),
    ["naive", var home] => await NaiveScheduler.RunAsync(home).ConfigureAwait(false),
    ["report", .. var rest] => Report.Write(BenchOptions.Parse(rest)),
    ["empty"] => 0, // the command-line benchmark's floor: a .NET program that does nothing
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Runner.Bench measure|report OPTIONS, or Runner.Bench naive HOME; run bench/run.sh instead");
    return 2;
}
