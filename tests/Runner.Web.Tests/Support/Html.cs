using System.Text.RegularExpressions;

namespace Runner.Web.Tests.Support;

/// <summary>Reads values out of the pages the server renders.</summary>
internal static partial class Html
{
    /// <summary>The value of the hidden input named <paramref name="name"/>.</summary>
    public static string Field(string page, string name)
    {
        var match = HiddenInput().Matches(page).FirstOrDefault(m => m.Groups[1].Value == name);
        Assert.True(match is not null, $"no hidden input {name} in:\n{page}");
        return System.Net.WebUtility.HtmlDecode(match.Groups[2].Value);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenInput();
}
