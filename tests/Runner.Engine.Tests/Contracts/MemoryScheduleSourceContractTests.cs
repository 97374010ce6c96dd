using Runner.Engine.Ports;
using Runner.Testing.Contracts;
using Runner.Testing.Schedules;

namespace Runner.Engine.Tests.Contracts;

/// <summary>The in-memory schedule source passes the schedule source contract (the schedule.tsv watcher passes it in Runner.Infrastructure.Tests).</summary>
public sealed class MemoryScheduleSourceContractTests : ScheduleSourceContract
{
    protected override IScheduleSource Create(string? text) => new MemoryScheduleSource(text);

    protected override void Change(IScheduleSource source, string? text) => ((MemoryScheduleSource)source).Publish(text);
}
