namespace Runner.Infrastructure.Tests.Support;

/// <summary>A theory that needs Linux: real processes, /bin/sh and /proc. Skipped elsewhere.</summary>
public sealed class LinuxTheoryAttribute : TheoryAttribute
{
    public LinuxTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux (/bin/sh, /proc)";
        }
    }
}
