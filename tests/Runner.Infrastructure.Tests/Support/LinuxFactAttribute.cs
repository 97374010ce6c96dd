namespace Runner.Infrastructure.Tests.Support;

/// <summary>A fact that needs Linux: real processes, /bin/sh and /proc. Skipped elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux (/bin/sh, /proc)";
        }
    }
}
