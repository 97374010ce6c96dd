using Runner.Core.Configuration;
using Runner.Core.Diagnostics;

namespace Runner.Engine.Ports;

/// <summary>
/// A job's configuration as loaded: the main configuration with the job's own files laid
/// over it (the main one itself when the job has none), the problems of the job's own files,
/// and the stamp of those files (<see cref="ISettingsSource.JobVersion"/>) when they were read.
/// </summary>
public sealed record JobConfig(LayeredConfig Config, IReadOnlyList<Diagnostic> Problems, string Version);
