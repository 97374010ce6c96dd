using System.Globalization;

namespace Runner.Core.Configuration;

/// <summary>Every error text of the ini codec and the configuration, in one place.</summary>
internal static class ConfigMessages
{
    public const string NotALine = "expected [SECTION], key = value or a comment (a line starting with # or ;)";

    public const string ValueLineIsComment =
        "a value line after the first cannot start with # or ;: it would be read back as a comment";

    public const string NotFlag = "is not a yes/no value; write True or False (also yes/no, on/off, 1/0)";

    public const string NotSize = "is not a size; write e.g. 10485760, 512k, 10MB or 1GB";

    public const string NotSeconds = "is not a number of seconds; write e.g. 30, 30s, 5m or 2h";

    public const string NotAddress = "is not an e-mail address; write one address such as runner@example.com";

    public const string NotTimeZone =
        "is not a time zone id; write an IANA id such as Europe/Berlin, a Windows id such as "
        + "W. Europe Standard Time, or nothing for the machine's zone";

    public static string BadHeader(string line) =>
        $"malformed section header '{line}'; write [NAME] alone on its line";

    public static string MissingName(char separator) =>
        $"option name missing before '{separator}'; write name {separator} value";

    public static string OptionBeforeSection(string name) =>
        $"option '{name}' comes before any [SECTION] header; add a header such as [JOB] above it";

    public static string DuplicateSection(string name, int firstLine) =>
        $"section [{name}] already started at line {firstLine}; its options are read as part of it: keep one [{name}] header";

    public static string DuplicateOption(string section, string name, int firstLine) =>
        $"option '{name}' is already set in [{section}] at line {firstLine}; the first value is used: remove one of them";

    public static string BadSectionName(string name) =>
        $"'{name}' cannot be a section name: it must be non-empty without [, ] or line breaks";

    public static string BadOptionName(string name) =>
        $"'{name}' cannot be an option name: it must be non-empty, without =, : or line breaks, not starting with [, # or ;";

    public static string BadValue(OptionSpec spec, ConfigValue value, string problem) =>
        $"[{spec.Section}] {value.Name} = '{(spec.IsSecret ? Secret.Shown : value.Value.Trim())}' {problem}";

    public static string NotNumber(long minimum, long maximum) =>
        maximum >= int.MaxValue
            ? $"is not a whole number of {Invariant(minimum)} or more; write e.g. {Invariant(minimum + 1)}"
            : $"is not a whole number from {Invariant(minimum)} to {Invariant(maximum)}";

    public static string NotChoice(IReadOnlyList<string> choices) =>
        $"is not a valid choice; write {string.Join(", ", choices.Take(choices.Count - 1))} or {choices[^1]}";

    public static string NotAddressList(string bad) =>
        $"holds '{bad}', which is not an e-mail address; write addresses such as ops@example.com, separated by commas";

    public static string NotUrl(IReadOnlyList<string> schemes) =>
        $"is not a {string.Join(" or ", schemes)} URL; write e.g. {schemes[^1]}://example.com/path, or nothing";

    public static string EmptyPath(string example) =>
        $"is empty; write a path such as {example}";

    public static string EmptyCommand(string name) =>
        $"[ENVIRONMENT] {name} has no command; write the program that runs such jobs, e.g. {name} = python3 -u";

    public static string UnknownOption(string section, string name, string suggestion) =>
        $"unknown option '{name}' in [{section}]; did you mean '{suggestion}'?";

    public static string UnknownSection(string name, string suggestion) =>
        $"unknown section [{name}]; did you mean [{suggestion}]?";

    public static string NameAndAlias(OptionSpec spec, string alias) =>
        $"[{spec.Section}] sets both '{spec.Name}' and its old name '{alias}'; '{spec.Name}' is used: remove '{alias}'";

    public const string LoginWithoutUser =
        "[EMAIL] need_login = True but user is empty; set [EMAIL] user (and password, or RUNNER_EMAIL_PASSWORD)";

    public const string WebWithoutSecret =
        "[WEB] enabled = True but neither password nor token is set; set [WEB] password or token: the web GUI always asks for one";

    public static string NotInCatalog(string section, string option) =>
        $"[{section}] {option} is not in the option catalog";

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
