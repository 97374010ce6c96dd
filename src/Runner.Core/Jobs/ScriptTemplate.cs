namespace Runner.Core.Jobs;

/// <summary>A built-in job's starting script: its file name in the job's folder, its text, and whether it must be executable.</summary>
public sealed record ScriptTemplate(string FileName, string Text, bool Executable);
