namespace Runner.Infrastructure.Processes;

/// <summary>Every text the launcher puts in a <see cref="Runner.Engine.Ports.ProcessStartException"/>.</summary>
internal static class LaunchMessages
{
    public static string NotFound(string program, string systemText) =>
        $"cannot start '{program}': {systemText}; check FILE / the environment's command (a name without a folder is looked up on PATH)";

    public static string NotExecutable(string program, string systemText) =>
        $"cannot start '{program}': {systemText}; make it executable (chmod +x) or name its interpreter in the environment's command";

    public static string BadFormat(string program, string systemText) =>
        $"cannot start '{program}': {systemText}; give a script a #! line or name its interpreter in the environment's command";

    public static string Failed(string program, string systemText) =>
        $"cannot start '{program}': {systemText}";

    public static string NoWorkingDirectory(string program, string folder) =>
        $"cannot start '{program}': the working directory '{folder}' does not exist; check the job's folder";

    public static string NulInArgument(string program, int index) =>
        $"cannot start '{program}': argument {index} contains a NUL character, which no program can receive";

    public static string BadVariable(string program, string name) =>
        $"cannot start '{program}': '{name}' is not a valid environment variable name (empty, or holding '=' or NUL)";

    public static string NulInVariable(string program, string name) =>
        $"cannot start '{program}': the value of environment variable {name} contains a NUL character";

    public static string NulInPath(string program) =>
        $"cannot start '{program}': the program or the working directory contains a NUL character";
}
