using Runner.Core.Diagnostics;
using Runner.Core.Runs;
using static Runner.Core.Tests.Runs.RunFixtures;

namespace Runner.Core.Tests.Runs;

public sealed class ParameterSplitterTests
{
    [Theory]
    // Blanks separate words; leading, trailing and repeated blanks make no words
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("\t \t", "")]
    [InlineData("a", "[a]")]
    [InlineData("a b", "[a] [b]")]
    [InlineData("  a   b  ", "[a] [b]")]
    [InlineData("a\tb", "[a] [b]")]
    [InlineData("a\nb\r\nc", "[a] [b] [c]")]
    [InlineData("--from 2019-01-01 --to 2019-01-31", "[--from] [2019-01-01] [--to] [2019-01-31]")]
    [InlineData("a\u00A0b", "[a\u00A0b]")]
    // Single quotes keep everything literally
    [InlineData("'a b'", "[a b]")]
    [InlineData("'a  b'  c", "[a  b] [c]")]
    [InlineData("'a\"b'", "[a\"b]")]
    [InlineData(@"'a\b'", @"[a\b]")]
    [InlineData(@"'a\'", @"[a\]")]
    [InlineData("'$HOME'", "[$HOME]")]
    [InlineData("'a\tb'", "[a\tb]")]
    [InlineData("''", "[]")]
    [InlineData("'' ''", "[] []")]
    [InlineData("a '' b", "[a] [] [b]")]
    // Double quotes keep everything but \" \\ \$ \`
    [InlineData("\"a b\"", "[a b]")]
    [InlineData(@"""a\""b""", "[a\"b]")]
    [InlineData(@"""a\\b""", @"[a\b]")]
    [InlineData(@"""\$HOME""", "[$HOME]")]
    [InlineData(@"""\`x\`""", "[`x`]")]
    [InlineData(@"""a\nb""", @"[a\nb]")]
    [InlineData(@"""C:\data\in.csv""", @"[C:\data\in.csv]")]
    [InlineData(@"""\\server\share""", @"[\server\share]")]
    [InlineData("\"it's\"", "[it's]")]
    [InlineData("\"$HOME\"", "[$HOME]")]
    [InlineData("\"\"", "[]")]
    [InlineData("\"a\\\nb\"", "[ab]")]
    // A backslash outside quotes keeps the next character
    [InlineData(@"a\ b", "[a b]")]
    [InlineData(@"\'", "[']")]
    [InlineData(@"\""", "[\"]")]
    [InlineData(@"\\", @"[\]")]
    [InlineData(@"\$HOME", "[$HOME]")]
    [InlineData(@"it\'s", "[it's]")]
    [InlineData(@"\ ", "[ ]")]
    [InlineData("a\\\nb", "[ab]")]
    // Adjacent parts join into one word
    [InlineData("a\"b c\"d", "[ab cd]")]
    [InlineData("'a'\"b\"c", "[abc]")]
    [InlineData("--name='John Smith'", "[--name=John Smith]")]
    [InlineData("\"\"''x", "[x]")]
    [InlineData(@"'it'\''s'", "[it's]")]
    [InlineData("'a'' b'", "[a b]")]
    // Nothing else is special: no operators, variables, globs, substitutions or comments
    [InlineData("; touch /tmp/x", "[;] [touch] [/tmp/x]")]
    [InlineData("a;b", "[a;b]")]
    [InlineData("a && b || c | d &", "[a] [&&] [b] [||] [c] [|] [d] [&]")]
    [InlineData("> out.txt 2>&1 < in", "[>] [out.txt] [2>&1] [<] [in]")]
    [InlineData("$HOME ~ *.txt ?.log [ab]", "[$HOME] [~] [*.txt] [?.log] [[ab]]")]
    [InlineData("$(rm -rf /)", "[$(rm] [-rf] [/)]")]
    [InlineData("`id`", "[`id`]")]
    [InlineData("# not a comment", "[#] [not] [a] [comment]")]
    [InlineData("a=b", "[a=b]")]
    // Braces are left for the placeholders
    [InlineData("{trigger} {{", "[{trigger}] [{{]")]
    // Any text
    [InlineData("é ü 日本 😀", "[é] [ü] [日本] [😀]")]
    public void Splits_like_a_posix_shell(string text, string expected)
    {
        var result = ParameterSplitter.Split(text);

        Assert.Empty(result.Problems);
        Assert.True(result.IsValid);
        Assert.Equal(expected, Render(result.Words));
    }

    [Theory]
    // Unclosed quotes: at the opening quote
    [InlineData("'abc", 1, "the ' opened here is never closed; add the closing ' at the end, or write \\' for a literal '")]
    [InlineData("a 'b c", 3, "the ' opened here is never closed")]
    [InlineData("'it's'", 6, "the ' opened here is never closed")]
    [InlineData("'a' \"b", 5, "the \" opened here is never closed; add the closing \" at the end, or write \\\" for a literal \"")]
    [InlineData("\"it's", 1, "the \" opened here is never closed")]
    [InlineData(@"a ""b\""", 3, "the \" opened here is never closed")]
    [InlineData("\"", 1, "the \" opened here is never closed")]
    // A backslash with nothing to escape
    [InlineData(@"abc\", 4, @"the backslash at the end escapes nothing; remove it, or write \\ (or '\') for a literal backslash")]
    [InlineData(@"\", 1, "the backslash at the end escapes nothing")]
    [InlineData(@"a \", 3, "the backslash at the end escapes nothing")]
    // Characters no program can receive
    [InlineData("a\0b", 2, "control character U+0000 cannot be passed to a program; remove it")]
    [InlineData("'\0'", 2, "control character U+0000")]
    public void Errors_name_the_column_and_the_fix(string text, int column, string message)
    {
        var result = ParameterSplitter.Split(text);

        var error = Assert.Single(result.Problems);
        Assert.True(error.IsError);
        Assert.Equal(column, error.Column);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.False(result.IsValid);
        Assert.Empty(result.Words);
    }

    [Theory]
    // A backslash before a letter or digit is dropped: likely a Windows path, one warning a word
    [InlineData(@"C:\data\in.csv", "3", @"[C:datain.csv]")]
    [InlineData(@"\\server\share", "9", @"[\servershare]")]
    [InlineData(@"C:\x C:\y", "3,8", "[C:x] [C:y]")]
    [InlineData(@"a\1", "2", "[a1]")]
    [InlineData(@"\é", "1", "[é]")]
    // Not warned: in quotes, or before a character that needs the escape
    [InlineData(@"""C:\data""", "", @"[C:\data]")]
    [InlineData(@"'C:\data'", "", @"[C:\data]")]
    [InlineData(@"C:/data/in.csv", "", "[C:/data/in.csv]")]
    [InlineData(@"a\ b\$c\\d", "", @"[a b$c\d]")]
    [InlineData(@"\-x \.", "", "[-x] [.]")]
    public void A_backslash_that_looks_like_part_of_a_windows_path_warns(string text, string columns, string expected)
    {
        var result = ParameterSplitter.Split(text);

        Assert.True(result.IsValid);
        Assert.Equal(expected, Render(result.Words));
        Assert.All(result.Problems, p => Assert.Equal(DiagnosticSeverity.Warning, p.Severity));
        Assert.All(result.Problems, p => Assert.StartsWith("the backslash before '", p.Message, StringComparison.Ordinal));
        Assert.Equal(columns, string.Join(',', result.Problems.Select(p => p.Column)));
    }

    [Fact]
    public void Every_error_is_reported_in_column_order()
    {
        var result = ParameterSplitter.Split("a\0b '\0");

        Assert.Equal([2, 5, 6], result.Problems.Select(p => p.Column));
    }

    [Fact]
    public void A_problem_becomes_a_diagnostic_at_its_place_in_the_file()
    {
        var problem = ParameterSplitter.Split("--at 'x").Problems.Single();

        var diagnostic = problem.At("schedule.tsv", 4, 30);

        Assert.Equal("schedule.tsv:4:35: the ' opened here is never closed; add the closing ' at the end, or write \\' for a literal '", diagnostic.ToString());
        Assert.Equal("column 6: the ' opened here is never closed; add the closing ' at the end, or write \\' for a literal '", problem.ToString());
    }
}
