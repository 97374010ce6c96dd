using Runner.Core.Diagnostics;
using Runner.Core.Schedules;

namespace Runner.Engine.Jobs;

/// <summary>The schedule's jobs with their next fire, and the schedule's errors (rows with errors are not listed).</summary>
public sealed record JobListing(IReadOnlyList<ListedJob> Jobs, IReadOnlyList<Diagnostic> Errors, TimeZoneInfo Zone);

/// <summary>One listed job; <see cref="Next"/> is null for an inactive job.</summary>
public sealed record ListedJob(Job Job, DateTimeOffset? Next);
