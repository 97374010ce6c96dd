namespace Runner.Cli;

/// <summary>
/// A home being opened on a thread of its own while the command line is parsed. Opening only
/// reads files, so a home opened for nothing (another folder, a command without a home) costs
/// nothing but that thread's time; a failure is left for the command's own open to report.
/// </summary>
internal sealed class HomeAhead
{
    private readonly string _root;
    private readonly Thread _thread;
    private HomeServices? _services;

    public HomeAhead(string root, Func<HomeServices> open)
    {
        _root = root;
        _thread = new Thread(() =>
        {
            try
            {
                _services = open();
            }
#pragma warning disable CA1031 // Any failure: the command opens the home again and reports it there, as it did before.
            catch (Exception)
#pragma warning restore CA1031
            {
                _services = null;
            }
        })
        {
            IsBackground = true,
            Name = "home ahead",
        };
        _thread.Start();
    }

    /// <summary>The home opened ahead when it is <paramref name="root"/> and opened without error; else null.</summary>
    public HomeServices? Take(string root)
    {
        if (!string.Equals(root, _root, StringComparison.Ordinal))
        {
            return null;
        }

        _thread.Join();
        return _services;
    }
}
