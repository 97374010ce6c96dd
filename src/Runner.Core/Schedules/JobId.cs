using System.Globalization;

namespace Runner.Core.Schedules;

/// <summary>The ID cell's grammar: a non-negative integer, digits only, surrounding whitespace ignored.</summary>
internal static class JobId
{
    public static bool TryParse(ReadOnlySpan<char> cell, out int id)
    {
        var digits = cell.Trim();
        id = 0;
        return digits.Length > 0
            && !digits.ContainsAnyExceptInRange('0', '9')
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out id);
    }

    /// <summary>True when the trimmed cell is all digits (a well-formed id, perhaps too large).</summary>
    public static bool IsDigits(ReadOnlySpan<char> cell)
    {
        var digits = cell.Trim();
        return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9');
    }
}
