using System.Text.RegularExpressions;
using Runner.Core.Scheduling;

namespace Runner.Web;

/// <summary>A job's five time fields in words, for people: "every 5 seconds", "at 08:30:00 on week days mon-fri".</summary>
public static partial class TimingWords
{
    public static string Describe(Timing timing)
    {
        var second = timing.Second.Text.Trim();
        var minute = timing.Minute.Text.Trim();
        var hour = timing.Hour.Text.Trim();
        var parts = new List<string>();
        if (Number().IsMatch(second) && Number().IsMatch(minute) && Number().IsMatch(hour))
        {
            parts.Add($"at {int.Parse(hour, System.Globalization.CultureInfo.InvariantCulture):00}:{int.Parse(minute, System.Globalization.CultureInfo.InvariantCulture):00}:{int.Parse(second, System.Globalization.CultureInfo.InvariantCulture):00}");
        }
        else if (IsEvery(second) && IsEvery(minute) && IsEvery(hour))
        {
            parts.Add("every second");
        }
        else
        {
            parts.AddRange(new[] { Field(second, "second"), Field(minute, "minute"), Field(hour, "hour") }.Where(p => p.Length > 0));
        }

        var monthDay = timing.MonthDay.Text.Trim();
        var weekDay = timing.WeekDay.Text.Trim();
        if (!IsEvery(monthDay))
        {
            parts.Add(Field(monthDay, "month day"));
        }

        if (!IsEvery(weekDay))
        {
            parts.Add(Field(weekDay, "week day"));
        }

        if (IsEvery(monthDay) && IsEvery(weekDay) && !IsEvery(hour))
        {
            parts.Add("every day");
        }

        return string.Join(", ", parts);
    }

    private static bool IsEvery(string text) => text is "" or "*";

    private static string Field(string text, string unit)
    {
        if (IsEvery(text))
        {
            return string.Empty;
        }

        var step = Step().Match(text);
        if (step.Success)
        {
            return $"every {step.Groups[1].Value} {unit}s";
        }

        return Number().IsMatch(text) ? $"{unit} {text}" : $"{unit}s {text}";
    }

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^\*?/(\d+)$")]
    private static partial Regex Step();
}
