namespace Runner.Tests.Support;

/// <summary>The repository's root folder, found from the test binary upwards.</summary>
internal static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Runner.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Runner.slnx not found above {AppContext.BaseDirectory}");
    }
}
