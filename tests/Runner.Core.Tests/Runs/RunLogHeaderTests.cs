using Runner.Core.Runs;

namespace Runner.Core.Tests.Runs;

public sealed class RunLogHeaderTests
{
    /// <summary>The facts of the example in docs/runs.md.</summary>
    internal static RunHeaderFacts Example { get; } = new(
        0,
        "test",
        "Test Job",
        new DateTimeOffset(2018, 12, 31, 23, 59, 59, TimeSpan.FromHours(1)),
        42,
        1,
        3,
        "python3 -u /srv/runner/jobs/0/script.py --day 20181231",
        "falcon",
        "kenobi",
        "Ubuntu 24.04.1 LTS",
        ".NET 10.0.0",
        ["/srv/runner/config.ini", "/srv/runner/jobs/0/config.ini"],
        []);

    internal const string ExampleBox = """
        ********************************************************************************
        *                                                                              *
        *           ID: 0                                                              *
        *         NAME: test                                                           *
        *         DESC: Test Job                                                       *
        *      TRIGGER: 2018-12-31T23:59:59+01:00                                      *
        *          RUN: 42                                                             *
        *      ATTEMPT: 1 of 3                                                         *
        *      COMMAND: python3 -u /srv/runner/jobs/0/script.py --day 20181231         *
        *     HOSTNAME: falcon                                                         *
        *         USER: kenobi                                                         *
        *       SYSTEM: Ubuntu 24.04.1 LTS                                             *
        *      RUNTIME: .NET 10.0.0                                                    *
        *      CONFIGS: /srv/runner/config.ini, /srv/runner/jobs/0/config.ini          *
        *      PERSONS: (none)                                                         *
        *                                                                              *
        ********************************************************************************
        """;

    private static readonly DateTime End = new(2018, 12, 31, 23, 59, 59);

    [Fact]
    public void The_box_is_the_seeds_byte_for_byte() =>
        Assert.Equal(ExampleBox.Split('\n'), RunLogHeader.Lines(Example));

    [Fact]
    public void Every_box_line_is_80_columns_when_the_values_fit() =>
        Assert.All(RunLogHeader.Lines(Example), line => Assert.Equal(80, line.Length));

    [Theory]
    // Empty values show (none)
    [InlineData("DESC", "", "*         DESC: (none)                                                         *")]
    [InlineData("DESC", "  ", "*         DESC: (none)                                                         *")]
    // Values that just fit, and values too long for the box, which push the border out instead of being cut
    [InlineData("DESC", "12345678901234567890123456789012345678901234567890123456789012", "*         DESC: 12345678901234567890123456789012345678901234567890123456789012 *")]
    [InlineData("DESC", "1234567890123456789012345678901234567890123456789012345678901234", "*         DESC: 1234567890123456789012345678901234567890123456789012345678901234 *")]
    [InlineData("COMMAND", "a", "*      COMMAND: a                                                              *")]
    // Control characters are escaped, so the box holds one fact a line
    [InlineData("DESC", "two\nlines", @"*         DESC: two\x0Alines                                                   *")]
    public void Values_are_shown_whole_on_one_line(string label, string value, string expected)
    {
        var facts = label == "DESC" ? Example with { Description = value } : Example with { Command = value };

        Assert.Contains(expected, RunLogHeader.Lines(facts));
    }

    [Fact]
    public void Lists_are_joined_with_commas()
    {
        var lines = RunLogHeader.Lines(Example with { Persons = ["ops@example.com", "dba@example.com"], ConfigFiles = [] });

        Assert.Contains("*      PERSONS: ops@example.com, dba@example.com                               *", lines);
        Assert.Contains("*      CONFIGS: (none)                                                         *", lines);
    }

    [Fact]
    public void The_first_record_says_the_job_started() =>
        Assert.Equal("2018-12-31 23:59:59|INFO|JOB STARTED.", RunLogHeader.Started(End).ToString());

    [Theory]
    // DONE finishes; FAILED says its exit code; the other failures say their outcome
    [InlineData(RunOutcome.Done, 0, 1234, "2018-12-31 23:59:59|INFO|JOB FINISHED.", "2018-12-31 23:59:59|INFO|TIME SPENT: 1.234 seconds.")]
    [InlineData(RunOutcome.Failed, 3, 1234, "2018-12-31 23:59:59|ERROR|JOB FAILED. EXIT CODE: 3.", "2018-12-31 23:59:59|INFO|TIME SPENT: 1.234 seconds.")]
    [InlineData(RunOutcome.Failed, -1, 0, "2018-12-31 23:59:59|ERROR|JOB FAILED. EXIT CODE: -1.", "2018-12-31 23:59:59|INFO|TIME SPENT: 0.000 seconds.")]
    [InlineData(RunOutcome.Failed, null, 5, "2018-12-31 23:59:59|ERROR|JOB FAILED.", "2018-12-31 23:59:59|INFO|TIME SPENT: 0.005 seconds.")]
    [InlineData(RunOutcome.Timeout, 143, 30000, "2018-12-31 23:59:59|ERROR|JOB FAILED. OUTCOME: TIMEOUT.", "2018-12-31 23:59:59|INFO|TIME SPENT: 30.000 seconds.")]
    [InlineData(RunOutcome.Killed, 137, 3723500, "2018-12-31 23:59:59|ERROR|JOB FAILED. OUTCOME: KILLED.", "2018-12-31 23:59:59|INFO|TIME SPENT: 3723.500 seconds.")]
    [InlineData(RunOutcome.Lost, null, 60000, "2018-12-31 23:59:59|ERROR|JOB FAILED. OUTCOME: LOST.", "2018-12-31 23:59:59|INFO|TIME SPENT: 60.000 seconds.")]
    public void The_closing_records_say_how_the_run_ended(RunOutcome outcome, int? exitCode, int milliseconds, string end, string spent)
    {
        var records = RunLogHeader.Closing(outcome, exitCode, TimeSpan.FromMilliseconds(milliseconds), End);

        Assert.Equal([end, spent], records.Select(r => r.ToString()));
    }

    [Theory]
    [InlineData(RunOutcome.Running)]
    [InlineData(RunOutcome.Skipped)]
    public void A_run_cannot_end_running_or_skipped(RunOutcome outcome) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RunLogHeader.Closing(outcome, null, TimeSpan.Zero, End));
}
