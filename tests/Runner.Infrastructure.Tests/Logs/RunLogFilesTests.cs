using System.Text;
using Runner.Infrastructure.Home;
using Runner.Infrastructure.Logs;

namespace Runner.Infrastructure.Tests.Logs;

/// <summary>Run log files: naming, appending, and deleted logs kept empty for reuse by later runs.</summary>
public sealed class RunLogFilesTests : IDisposable
{
    private static readonly DateTime Start = new(2026, 12, 3, 4, 5, 6, DateTimeKind.Unspecified);

    private readonly RunnerHome _home = new(Path.Combine(Path.GetTempPath(), $"runner-runlogs-{Guid.NewGuid():N}"));

    public void Dispose()
    {
        if (Directory.Exists(_home.Root))
        {
            Directory.Delete(_home.Root, recursive: true);
        }
    }

    [Fact]
    public void A_log_is_named_after_its_run_and_start_and_counts_the_bytes_of_every_line_appended()
    {
        var logs = new RunLogFiles(_home);

        using (var log = logs.Create(7, 42, Start))
        {
            log.Append(["header one", "header twö", "started"]);
            log.Append("a line ✓");

            Assert.Equal(Path.Combine(_home.JobPath(7), "logs", "42-20261203-040506.log"), log.Path);
            Assert.Equal(new FileInfo(log.Path).Length, log.Length);
        }

        Assert.Equal("header one\nheader twö\nstarted\na line ✓\n", File.ReadAllText(Path.Combine(_home.JobPath(7), "logs", "42-20261203-040506.log"), Encoding.UTF8));
    }

    [Fact]
    public void A_deleted_log_leaves_its_place_and_becomes_the_next_run_s_log_empty()
    {
        var logs = new RunLogFiles(_home);
        var old = Written(logs, 1, 1, "the first run's output");

        logs.Delete(old);
        Assert.False(File.Exists(old));
        var spare = Assert.Single(Directory.GetFiles(_home.SpareLogsPath));
        Assert.Equal(0, new FileInfo(spare).Length);

        using var log = logs.Create(2, 2, Start);
        Assert.Empty(Directory.GetFiles(_home.SpareLogsPath));
        Assert.Equal(0, log.Length);
        log.Append("the second run's output");
        Assert.Equal("the second run's output\n", File.ReadAllText(log.Path));
    }

    [Fact]
    public void Logs_deleted_past_the_capacity_are_deleted_for_good()
    {
        var logs = new RunLogFiles(_home, spareCapacity: 3);
        var paths = Enumerable.Range(1, 5).Select(run => Written(logs, 1, run, "output")).ToList();

        foreach (var path in paths)
        {
            logs.Delete(path);
        }

        Assert.All(paths, path => Assert.False(File.Exists(path)));
        Assert.Equal(3, Directory.GetFiles(_home.SpareLogsPath).Length);
        Assert.Empty(Directory.GetFiles(Path.Combine(_home.JobPath(1), "logs")));
    }

    [Fact]
    public void Spares_kept_by_an_earlier_process_are_used_and_one_taken_by_another_is_skipped()
    {
        var first = new RunLogFiles(_home);
        first.Delete(Written(first, 1, 1, "old"));

        // A second process finds the spare and takes it; the first still thinks it has it.
        var second = new RunLogFiles(_home);
        using (var taken = second.Create(1, 2, Start))
        {
            Assert.Empty(Directory.GetFiles(_home.SpareLogsPath));
        }

        using var fresh = first.Create(1, 3, Start);
        fresh.Append("new file");
        Assert.Equal("new file\n", File.ReadAllText(fresh.Path));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(_home.JobPath(1), "logs")).Length);
    }

    [Fact]
    public void A_log_whose_path_exists_already_is_appended_to_and_the_spare_stays()
    {
        var logs = new RunLogFiles(_home);
        var existing = Written(logs, 1, 2, "a run of an earlier database");
        logs.Delete(Written(logs, 1, 1, "pruned"));

        using (var log = logs.Create(1, 2, Start))
        {
            log.Append("this run");
        }

        Assert.Equal("a run of an earlier database\nthis run\n", File.ReadAllText(existing));
        Assert.Single(Directory.GetFiles(_home.SpareLogsPath));
    }

    [Fact]
    public void Deleting_a_log_that_is_already_gone_changes_nothing()
    {
        var logs = new RunLogFiles(_home);

        logs.Delete(Path.Combine(_home.JobPath(1), "logs", "9-20261203-040506.log"));

        Assert.False(Directory.Exists(_home.SpareLogsPath) && Directory.GetFiles(_home.SpareLogsPath).Length > 0);
    }

    private static string Written(RunLogFiles logs, int jobId, long runId, string line)
    {
        using var log = logs.Create(jobId, runId, Start);
        log.Append(line);
        return log.Path;
    }
}
