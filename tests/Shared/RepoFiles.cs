namespace Runner.Testing;

/// <summary>Files of the repository (docs the tests keep honest), found from the test binary upwards.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    private static string FindRoot()
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
