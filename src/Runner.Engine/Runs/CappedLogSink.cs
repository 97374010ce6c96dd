using System.Text;
using Runner.Core.Runs;
using Runner.Engine.Ports;

namespace Runner.Engine.Runs;

/// <summary>
/// The output sink of one run: classifies each line (stdout INFO, stderr ERROR, level
/// prefixes honoured), writes it to the run's log as a record, echoes it when asked, and
/// stops writing at the size cap with one marker line while the job keeps running.
/// </summary>
internal sealed class CappedLogSink(IRunLog log, long cap, TimeProvider time, TimeZoneInfo zone, IOutputSink? echo) : IOutputSink
{
    private readonly Lock _gate = new();
    private bool _capped;

    /// <summary>Lines dropped past the cap.</summary>
    public long Dropped { get; private set; }

    public void Line(string text, bool fromStdErr)
    {
        echo?.Line(text, fromStdErr);
        var entry = RunLogLine.Classify(text, fromStdErr);
        var record = RunLogLine.Format(LocalNow(), entry.Level, entry.Message);
        lock (_gate)
        {
            if (_capped)
            {
                Dropped++;
            }
            else if (cap > 0 && log.Length + Encoding.UTF8.GetByteCount(record) + 1 > cap)
            {
                _capped = true;
                Dropped++;
                log.Append(RunLogLine.Format(LocalNow(), RunLogLevel.Warning, $"LOG CUT: this run's log reached its cap of {cap} bytes ([LOG] run_max_size); later output is not kept."));
            }
            else
            {
                log.Append(record);
            }
        }
    }

    /// <summary>Writes lines regardless of the cap, in one write (the header and start record, the closing records).</summary>
    public void Write(IReadOnlyList<string> lines)
    {
        lock (_gate)
        {
            log.Append(lines);
        }
    }

    private DateTime LocalNow() => TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime;
}
