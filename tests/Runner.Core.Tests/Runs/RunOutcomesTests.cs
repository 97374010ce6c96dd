using Runner.Core.Runs;

namespace Runner.Core.Tests.Runs;

public sealed class RunOutcomesTests
{
    [Theory]
    [InlineData(0, RunOutcome.Done)]
    [InlineData(1, RunOutcome.Failed)]
    [InlineData(2, RunOutcome.Failed)]
    [InlineData(-1, RunOutcome.Failed)]
    [InlineData(137, RunOutcome.Failed)]
    [InlineData(255, RunOutcome.Failed)]
    [InlineData(int.MinValue, RunOutcome.Failed)]
    public void FromExit_is_done_for_zero_only(int exitCode, RunOutcome expected) =>
        Assert.Equal(expected, RunOutcomes.FromExit(exitCode));

    [Theory]
    [InlineData(RunOutcome.Running, "RUNNING", false, 0)]
    [InlineData(RunOutcome.Done, "DONE", false, 1)]
    [InlineData(RunOutcome.Failed, "FAILED", true, 2)]
    [InlineData(RunOutcome.Timeout, "TIMEOUT", true, 3)]
    [InlineData(RunOutcome.Killed, "KILLED", true, 4)]
    [InlineData(RunOutcome.Lost, "LOST", true, 5)]
    [InlineData(RunOutcome.Skipped, "SKIPPED", false, 6)]
    public void Each_outcome_has_a_name_a_failure_flag_and_a_stable_number(RunOutcome outcome, string name, bool isFailure, int number)
    {
        Assert.Equal(name, outcome.DisplayName());
        Assert.Equal(isFailure, outcome.IsFailure());
        Assert.Equal(number, (int)outcome);
    }

    [Fact]
    public void All_lists_every_outcome_once() =>
        Assert.Equal(Enum.GetValues<RunOutcome>().Order(), RunOutcomes.All.Order());

    [Theory]
    [InlineData("DONE", RunOutcome.Done)]
    [InlineData("done", RunOutcome.Done)]
    [InlineData(" Failed ", RunOutcome.Failed)]
    [InlineData("timeout", RunOutcome.Timeout)]
    [InlineData("KiLLeD", RunOutcome.Killed)]
    [InlineData("lost", RunOutcome.Lost)]
    [InlineData("skipped", RunOutcome.Skipped)]
    [InlineData("running", RunOutcome.Running)]
    public void Parse_takes_the_name_in_any_case(string text, RunOutcome expected)
    {
        Assert.Equal(expected, RunOutcomes.Parse(text, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("", "'' is not a run status; write DONE, FAILED, TIMEOUT, KILLED, LOST, SKIPPED or RUNNING (any case)")]
    [InlineData("ok", "'ok' is not a run status; write DONE, FAILED, TIMEOUT, KILLED, LOST, SKIPPED or RUNNING (any case)")]
    [InlineData("faild", "'faild' is not a run status (did you mean FAILED?); write DONE")]
    [InlineData("timed out", "'timed out' is not a run status (did you mean TIMEOUT?);")]
    [InlineData("1", "'1' is not a run status;")]
    [InlineData("Done,Failed", "'Done,Failed' is not a run status;")]
    public void Parse_rejects_anything_else_listing_the_names(string text, string message)
    {
        Assert.Null(RunOutcomes.Parse(text, out var error));
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }
}
