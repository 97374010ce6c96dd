using Runner.Core.Jobs;

namespace Runner.Core.Tests.Jobs;

public sealed class ScriptTemplatesTests
{
    [Theory]
    // By environment name
    [InlineData("python", "python3 -u", false, "script.py", false)]
    [InlineData("dotnet", "dotnet run", false, "script.cs", false)]
    [InlineData("bash", "bash", false, "script.sh", true)]
    [InlineData("sh", "sh", false, "script.sh", true)]
    [InlineData("node", "node", false, "script.js", false)]
    [InlineData("java", "java", false, "Script.java", false)]
    [InlineData("perl", "perl", false, "script.pl", false)]
    [InlineData("pwsh", "pwsh -NoProfile -File", false, "script.ps1", false)]
    [InlineData("powershell", "powershell -NoProfile -File", true, "script.ps1", false)]
    [InlineData("cmd", "cmd /c", true, "script.cmd", false)]
    // By the program a user-defined environment runs
    [InlineData("venv", "/opt/venv/bin/python3 -u", false, "script.py", false)]
    [InlineData("venv", "C:\\runner\\venv\\scripts\\python.exe", true, "script.py", false)]
    [InlineData("lts", "/usr/local/bin/nodejs", false, "script.js", false)]
    [InlineData("jdk21", "\"C:\\Program Files\\Java\\bin\\java.exe\"", true, "Script.java", false)]
    // Unknown, or no environment: run directly
    [InlineData("", "", false, "script.sh", true)]
    [InlineData("", "", true, "script.cmd", false)]
    [InlineData("cobol", "cobcrun", false, "script.sh", true)]
    public void The_template_follows_the_environment(string environment, string command, bool windows, string fileName, bool executable)
    {
        var template = ScriptTemplates.For(environment, command, windows);

        Assert.Equal((fileName, executable), (template.FileName, template.Executable));
        Assert.Contains("RUNNER_TRIGGER", template.Text, StringComparison.Ordinal);
        Assert.EndsWith("\n", template.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Shell_templates_start_with_a_shebang() =>
        Assert.StartsWith("#!/", ScriptTemplates.For("bash", "bash", windows: false).Text, StringComparison.Ordinal);
}
