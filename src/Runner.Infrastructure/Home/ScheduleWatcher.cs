using Runner.Core.Diagnostics;
using Runner.Core.Schedules;
using Runner.Engine.Ports;

namespace Runner.Infrastructure.Home;

/// <summary>
/// The schedule source of a home's schedule.tsv (SPEC §3): a FileSystemWatcher on its folder
/// plus a check every second (length and last write time, then the content, line by line,
/// against the last read). Each new content is read: a valid schedule goes to the apply callback
/// of <see cref="Start"/>, an invalid, empty or missing file to its reject callback with every
/// error (the last valid schedule stays in force). The first <see cref="Check"/> always reads
/// the file; later reads parse only the rows whose text changed (<see cref="ScheduleRereader"/>).
/// </summary>
public sealed class ScheduleWatcher(string path, Func<IReadOnlyCollection<string>> environments, TimeProvider time) : IScheduleSource
{
    /// <summary>How often the file is checked when no file-system event comes.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly ScheduleRereader _reader = new();
    private FileSystemWatcher? _watcher;
    private ITimer? _timer;
    private (long Length, DateTime Written)? _stamp;
    private bool _checked;
    private Action<Schedule> _apply = static _ => { };
    private Action<IReadOnlyList<Diagnostic>> _reject = static _ => { };

    public string ShownAs => System.IO.Path.GetFileName(path);

    /// <summary>Starts watching (after a first <see cref="Check"/>).</summary>
    public void Start(Action<Schedule> apply, Action<IReadOnlyList<Diagnostic>> reject)
    {
        Deliver(apply, reject);
        Check();
        var folder = System.IO.Path.GetDirectoryName(path)!;
        _watcher = new FileSystemWatcher(folder, System.IO.Path.GetFileName(path))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName | NotifyFilters.CreationTime,
        };
        _watcher.Changed += (_, _) => Check();
        _watcher.Created += (_, _) => Check();
        _watcher.Renamed += (_, _) => Check();
        _watcher.Deleted += (_, _) => Check();
        _watcher.EnableRaisingEvents = true;
        _timer = time.CreateTimer(static s => ((ScheduleWatcher)s!).Check(), this, Period, Period);
    }

    /// <summary>Where versions go, without watching: each <see cref="Check"/> then delivers (tests drive the checks).</summary>
    internal void Deliver(Action<Schedule> apply, Action<IReadOnlyList<Diagnostic>> reject) => (_apply, _reject) = (apply, reject);

    /// <summary>Reads the file when it changed since the last check, and applies or rejects it.</summary>
    public void Check()
    {
        lock (_gate)
        {
            try
            {
                CheckLocked();
            }
            catch (IOException)
            {
                // Being replaced right now: the next check reads it.
                _stamp = null;
            }
            catch (UnauthorizedAccessException)
            {
                _stamp = null;
            }
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _timer?.Dispose();
    }

    private void CheckLocked()
    {
        var file = new FileInfo(path);
        (long, DateTime)? stamp = file.Exists ? (file.Length, file.LastWriteTimeUtc) : null;
        if (_checked && stamp == _stamp)
        {
            return;
        }

        var text = file.Exists ? File.ReadAllText(path) : string.Empty;
        var first = !_checked;
        (_checked, _stamp) = (true, stamp);
        var read = _reader.Read(text, System.IO.Path.GetFileName(path), environments());
        if (!first && _reader.LastReadChangedNothing)
        {
            return;
        }

        if (read.IsValid && file.Exists)
        {
            _apply(read.Schedule);
        }
        else
        {
            _reject(read.Errors.Where(e => e.IsError).ToList() is { Count: > 0 } errors ? errors : read.Errors);
        }
    }
}
