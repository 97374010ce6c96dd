using Runner.Core.Diagnostics;
using Runner.Core.Schedules;
using Runner.Engine.Ports;

namespace Runner.Testing.Schedules;

/// <summary>
/// An in-memory schedule source with the watcher's contract (<c>ScheduleSourceContract</c>): the
/// text it holds is read as schedule.tsv is; <see cref="Publish"/> makes a new version and
/// delivers it at once, unless it equals the last one read.
/// </summary>
public sealed class MemoryScheduleSource(string? text) : IScheduleSource
{
    private Action<Schedule> _apply = static _ => { };
    private Action<IReadOnlyList<Diagnostic>> _reject = static _ => { };
    private string? _text = text;
    private string? _last;
    private bool _read;

    public string ShownAs => "schedule.tsv";

    public void Start(Action<Schedule> apply, Action<IReadOnlyList<Diagnostic>> reject)
    {
        (_apply, _reject) = (apply, reject);
        Deliver();
    }

    /// <summary>Replaces the text (null: no schedule) and delivers it when it changed.</summary>
    public void Publish(string? text)
    {
        _text = text;
        Deliver();
    }

    public void Dispose()
    {
    }

    private void Deliver()
    {
        if (_read && string.Equals(_text, _last, StringComparison.Ordinal))
        {
            return;
        }

        (_read, _last) = (true, _text);
        var read = ScheduleReader.Read(_text ?? string.Empty, ShownAs);
        if (_text is not null && read.IsValid)
        {
            _apply(read.Schedule);
        }
        else
        {
            _reject(read.Errors.Where(e => e.IsError).ToList() is { Count: > 0 } errors ? errors : read.Errors);
        }
    }
}
