using Runner.Core.Schedules;

namespace Runner.Engine.Jobs;

/// <summary>A created job: its row, folder, script (null when FILE names an existing program), next fires, and whether it fires more than once a minute.</summary>
public sealed record JobCreated(Job Job, string Folder, string? Script, IReadOnlyList<DateTimeOffset> NextFires, bool FiresMoreThanOncePerMinute);
