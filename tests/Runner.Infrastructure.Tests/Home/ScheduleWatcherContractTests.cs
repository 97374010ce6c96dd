using Microsoft.Extensions.Time.Testing;
using Runner.Engine.Ports;
using Runner.Infrastructure.Home;
using Runner.Testing.Contracts;

namespace Runner.Infrastructure.Tests.Home;

/// <summary>The watcher of a real schedule.tsv passes the schedule source contract; a change is a replace of the file, then a check.</summary>
public sealed class ScheduleWatcherContractTests : ScheduleSourceContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("runner-source-").FullName;

    private string ScheduleFile => Path.Combine(_folder, "schedule.tsv");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    protected override IScheduleSource Create(string? text)
    {
        Write(text);
        return new ScheduleWatcher(ScheduleFile, () => [], new FakeTimeProvider());
    }

    protected override void Change(IScheduleSource source, string? text)
    {
        Write(text);
        ((ScheduleWatcher)source).Check();
    }

    private void Write(string? text)
    {
        if (text is null)
        {
            File.Delete(ScheduleFile);
        }
        else
        {
            File.WriteAllText(ScheduleFile + ".new", text);
            File.Move(ScheduleFile + ".new", ScheduleFile, overwrite: true);
        }
    }
}
