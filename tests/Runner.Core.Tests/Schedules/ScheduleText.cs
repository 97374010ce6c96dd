using System.Globalization;
using System.Text.RegularExpressions;

namespace Runner.Core.Tests.Schedules;

/// <summary>
/// The notation of the test tables: <c>|</c> stands for a tab and <c>&lt;U+XXXX&gt;</c> for
/// that UTF-16 code unit, so control characters and lone surrogates stay readable in
/// attributes. Columns of <see cref="Row"/>: ID 1, NAME 3, DESCRIPTION 7, ENVIRONMENT 12,
/// FILE 19, MONTH_DAY 26, WEEK_DAY 28, HOUR 30, MINUTE 32, SECOND 34, PARAMETERS 36, STATUS 37.
/// </summary>
internal static partial class ScheduleText
{
    public const string Header = "ID|NAME|DESCRIPTION|ENVIRONMENT|FILE|MONTH_DAY|WEEK_DAY|HOUR|MINUTE|SECOND|PARAMETERS|STATUS";

    public const string Row = "1|job|desc|python|run.sh|*|*|8|0|0||Y";

    /// <summary>Decodes the notation.</summary>
    public static string Tsv(string notation) =>
        CodeUnit().Replace(notation.Replace('|', '\t'), m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    /// <summary>The standard header, LF, then <paramref name="rows"/> decoded.</summary>
    public static string WithHeader(string rows) => Tsv(Header + "\n" + rows);

    [GeneratedRegex("<U\\+([0-9A-F]{4})>")]
    private static partial Regex CodeUnit();
}
