using Microsoft.Extensions.Time.Testing;
using Runner.Core.Jobs;
using Runner.Core.Scheduling;
using Runner.Engine.Jobs;

namespace Runner.Engine.Tests.Support.Home;

/// <summary>A home in memory with a <see cref="JobService"/> over it: schedule.tsv, job folders, the id ledger, config.ini and a fake clock.</summary>
public sealed class JobHome
{
    public const string Header = "ID\tNAME\tDESCRIPTION\tENVIRONMENT\tFILE\tMONTH_DAY\tWEEK_DAY\tHOUR\tMINUTE\tSECOND\tPARAMETERS\tSTATUS\n";

    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public JobHome(string? schedule = Header, TimeZoneInfo? zone = null)
    {
        Schedule = new MemoryScheduleFile(Lock, schedule);
        Settings = new IniSettings(zone: zone);
        Service = new JobService(Lock, Schedule, Folders, Ids, Settings, Time);
    }

    public MemoryHomeLock Lock { get; } = new();

    public MemoryScheduleFile Schedule { get; }

    public MemoryJobFolders Folders { get; } = new();

    public MemoryIdLedger Ids { get; } = new();

    public IniSettings Settings { get; }

    public FakeTimeProvider Time { get; } = new(Now);

    public JobService Service { get; }

    /// <summary>A draft of a job firing daily at 02:30:00.</summary>
    public static JobDraft Draft(string name = "", string environment = "bash", string file = "", bool active = true) =>
        new(name, "a job", environment, file, Timing.Parse("*", "*", "2", "30", "0"), "--full", active);

    /// <summary>Creates a job from <paramref name="draft"/> (default: <see cref="Draft"/>); returns its id.</summary>
    public int Create(JobDraft? draft = null)
    {
        var created = Service.Create(draft ?? Draft());
        Assert.True(created.Succeeded, string.Join("\n", created.Problem?.Messages ?? []));
        return created.Value!.Job.Id;
    }
}
