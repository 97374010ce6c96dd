using Runner.Core.Runs;

namespace Runner.Engine.Ports;

/// <summary>Which runs to read: of one job or all, of one outcome or all, the last N (newest first).</summary>
public sealed record HistoryQuery(int? JobId = null, RunOutcome? Outcome = null, int Last = 20);
