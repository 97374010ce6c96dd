namespace Runner.Tests.Support;

/// <summary>Expected outputs kept as files (tests/Runner.Tests/Expected), compared byte for byte; {HOME} stands for the home folder.</summary>
internal static class Expected
{
    public static string Read(string name, string home = "") =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Expected", name)).Replace("{HOME}", home, StringComparison.Ordinal);
}
