namespace Runner.Core.Configuration;

/// <summary>The syntax an option's value must follow (docs/configuration.md, "Values").</summary>
public enum OptionType
{
    /// <summary>True/False, yes/no, on/off or 1/0, any case.</summary>
    Flag,

    /// <summary>A whole number within the option's minimum and maximum.</summary>
    Number,

    /// <summary>A byte count: 10485760, 512k, 10MB, 1GB (multiples of 1024).</summary>
    Size,

    /// <summary>A duration in seconds: 30, 30s, 5m, 2h, 1d or a sum such as 1h30m.</summary>
    Seconds,

    /// <summary>One of the option's allowed values, any case.</summary>
    Choice,

    /// <summary>Free text.</summary>
    Text,

    /// <summary>A file path, relative to the home or absolute; never empty.</summary>
    Path,

    /// <summary>One e-mail address, or empty.</summary>
    Address,

    /// <summary>E-mail addresses separated by commas or semicolons, or empty.</summary>
    AddressList,

    /// <summary>An IANA or Windows time zone id, or empty for the machine's zone.</summary>
    TimeZone,

    /// <summary>An absolute URL with one of the option's schemes, or empty.</summary>
    Url,
}
