namespace Runner.Engine.Tests.Support;

/// <summary>
/// What a <see cref="FakeProcess"/> does: writes <see cref="Output"/> when it starts (stdout, or
/// stderr when marked), then exits with <see cref="ExitCode"/>, is ended by <see cref="Signal"/>,
/// or <see cref="Hangs"/> until it is ended (exiting on SIGTERM when <see cref="ExitsOnTerm"/>,
/// else only on SIGKILL); or it cannot start at all (<see cref="StartError"/>).
/// </summary>
public sealed record ProcessScript(
    int ExitCode = 0, int? Signal = null, bool Hangs = false, bool ExitsOnTerm = false, string? StartError = null, IReadOnlyList<(string Text, bool StdErr)>? Output = null)
{
    public const int SigTerm = 15;

    public const int SigKill = 9;

    /// <summary>Writes <paramref name="stdout"/> and exits with <paramref name="code"/>.</summary>
    public static ProcessScript Exits(int code, params string[] stdout) => new(code, Output: [.. stdout.Select(l => (l, false))]);

    /// <summary>Ended by a signal it did not get from Runner: exit code 128 + the signal.</summary>
    public static ProcessScript EndedBy(int signal) => new(128 + signal, signal);

    /// <summary>Runs until it is ended; obeys SIGTERM when <paramref name="exitsOnTerm"/>, else waits for SIGKILL.</summary>
    public static ProcessScript Hang(bool exitsOnTerm = false) => new(Hangs: true, ExitsOnTerm: exitsOnTerm);

    /// <summary>The launcher throws <c>ProcessStartException</c> with <paramref name="message"/>.</summary>
    public static ProcessScript CannotStart(string message) => new(StartError: message);
}
