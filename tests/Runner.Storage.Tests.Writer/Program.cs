using System.Globalization;
using Runner.Core.Runs;
using Runner.Engine.Ports;
using Runner.Infrastructure.Storage;

// Usage: writer runs DB COUNT JOB_ID   begins and finishes COUNT runs of JOB_ID, prints each run id
//        writer claims DB COUNT JOB_ID tries to claim COUNT fires of JOB_ID, prints the index of each one won
// Prints "ready" first and starts when a line arrives on standard input, so two writers start together.
if (args is not [var mode, var path, var countText, var jobText])
{
    await Console.Error.WriteLineAsync("usage: writer runs|claims DB COUNT JOB_ID");
    return 2;
}

var count = int.Parse(countText, CultureInfo.InvariantCulture);
var jobId = int.Parse(jobText, CultureInfo.InvariantCulture);
var time = TimeProvider.System;
var firstFire = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

Console.WriteLine("ready");
_ = Console.ReadLine();

// Open after the cue: both processes meet a database that does not exist yet.
using var database = RunnerDatabase.Open(path);
var output = new List<string>();
if (mode == "runs")
{
    var store = new SqliteRunStore(database);
    for (var i = 0; i < count; i++)
    {
        var now = time.GetUtcNow();
        var run = store.Begin(new RunRecord(0, jobId, $"writer {jobId}", now, null, now, null, RunOutcome.Running, null, 1, "writer", Environment.ProcessId, null, null, RunKind.Manual));
        store.Finish(run with { Finished = time.GetUtcNow(), Outcome = RunOutcome.Done, ExitCode = 0 });
        output.Add(run.RunId.ToString(CultureInfo.InvariantCulture));
    }
}
else
{
    var ledger = new SqliteFireLedger(database, time, "writer");
    for (var i = 0; i < count; i++)
    {
        if (ledger.TryClaim(jobId, firstFire.AddMinutes(i)))
        {
            output.Add(i.ToString(CultureInfo.InvariantCulture));
        }
    }
}

Console.WriteLine(string.Join('\n', output));
return 0;
