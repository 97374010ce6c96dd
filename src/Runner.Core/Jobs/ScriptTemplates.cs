namespace Runner.Core.Jobs;

/// <summary>
/// The script a new built-in job starts with, per environment. The environment is recognised
/// by its name (python, dotnet, bash, sh, node, java, perl, pwsh, cmd, powershell) or else
/// by the program its command runs (<c>venv = /opt/venv/bin/python</c> is a Python one).
/// An empty environment runs the script directly: a shell script on Unix, a .cmd on Windows.
/// </summary>
public static class ScriptTemplates
{
    private const string Note =
        "Runner runs this in the job's folder with RUNNER_TRIGGER, RUNNER_JOB_ID, RUNNER_JOB_NAME, RUNNER_RUN_ID, RUNNER_LOG and RUNNER_HOME set.";

    private const string Levels =
        "Output lines are logged: stdout as INFO, stderr as ERROR; start a line with WARNING: or DEBUG: to choose. A non-zero exit status fails the run.";

    /// <summary>The template for <paramref name="environment"/> whose command is <paramref name="command"/> (may be empty).</summary>
    public static ScriptTemplate For(string environment, string command, bool windows)
    {
        var kind = Recognise(environment) ?? Recognise(ProgramName(command)) ?? (windows ? "cmd" : "sh");
        return kind switch
        {
            "python" => new("script.py", Lines("#", "import os", "", "print(f\"Hello from {os.environ['RUNNER_JOB_NAME']} for {os.environ['RUNNER_TRIGGER']}\")"), false),
            "dotnet" => new("script.cs", Lines("//", "var name = Environment.GetEnvironmentVariable(\"RUNNER_JOB_NAME\");", "var trigger = Environment.GetEnvironmentVariable(\"RUNNER_TRIGGER\");", "Console.WriteLine($\"Hello from {name} for {trigger}\");"), false),
            "node" => new("script.js", Lines("//", "console.log(`Hello from ${process.env.RUNNER_JOB_NAME} for ${process.env.RUNNER_TRIGGER}`);"), false),
            "java" => new("Script.java", Lines("//", "public class Script {", "    public static void main(String[] args) {", "        System.out.println(\"Hello from \" + System.getenv(\"RUNNER_JOB_NAME\") + \" for \" + System.getenv(\"RUNNER_TRIGGER\"));", "    }", "}"), false),
            "perl" => new("script.pl", Lines("#", "use strict;", "use warnings;", "", "print \"Hello from $ENV{RUNNER_JOB_NAME} for $ENV{RUNNER_TRIGGER}\\n\";"), false),
            "pwsh" or "powershell" => new("script.ps1", Lines("#", "Write-Output \"Hello from $env:RUNNER_JOB_NAME for $env:RUNNER_TRIGGER\""), false),
            "cmd" => new("script.cmd", "@echo off\r\n" + Lines("rem", "echo Hello from %RUNNER_JOB_NAME% for %RUNNER_TRIGGER%").Replace("\n", "\r\n", StringComparison.Ordinal), false),
            "bash" => new("script.sh", "#!/usr/bin/env bash\n" + Lines("#", "set -euo pipefail", "", "echo \"Hello from $RUNNER_JOB_NAME for $RUNNER_TRIGGER\""), true),
            _ => new("script.sh", "#!/bin/sh\n" + Lines("#", "set -eu", "", "echo \"Hello from $RUNNER_JOB_NAME for $RUNNER_TRIGGER\""), true),
        };
    }

    private static string Lines(string comment, params string[] code) =>
        $"{comment} {Note}\n{comment} {Levels}\n\n" + string.Join('\n', code) + "\n";

    private static string? Recognise(string name)
    {
        var lower = name.ToLowerInvariant();
        string[] known = ["python", "dotnet", "node", "java", "perl", "pwsh", "powershell", "cmd", "bash", "sh"];
        return known.FirstOrDefault(k => lower == k || (k.Length > 3 && lower.StartsWith(k, StringComparison.Ordinal)));
    }

    /// <summary>The program of a command without folder and extension: <c>/opt/venv/bin/python3 -u</c> gives python3.</summary>
    private static string ProgramName(string command)
    {
        var trimmed = command.Trim();
        var first = trimmed.StartsWith('"') && trimmed.IndexOf('"', 1) is var close and > 0
            ? trimmed[1..close]
            : trimmed.Split(' ', 2)[0];
        var name = first[(first.LastIndexOfAny(['/', '\\']) + 1)..];
        return name.EndsWith(".exe", StringComparison.OrdinalIgnoreCase) ? name[..^4] : name;
    }
}
