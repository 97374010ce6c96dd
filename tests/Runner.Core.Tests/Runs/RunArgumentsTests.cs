using System.Globalization;
using Runner.Core.Runs;
using static Runner.Core.Tests.Runs.RunFixtures;

namespace Runner.Core.Tests.Runs;

/// <summary>Placeholders, expanded inside each word after splitting. Context: job 7 "backup", trigger 2019-01-01T08:00:00+01:00, run 42.</summary>
public sealed class RunArgumentsTests
{
    private const string Known = "known: {trigger}, {trigger:FORMAT}, {id}, {name}, {run}; write {{ and }} for literal braces";

    [Theory]
    // No placeholders: the words as split
    [InlineData("", "")]
    [InlineData("--full -v", "[--full] [-v]")]
    // {trigger}: ISO 8601 with the offset
    [InlineData("{trigger}", "[2019-01-01T08:00:00+01:00]")]
    [InlineData("--at {trigger}", "[--at] [2019-01-01T08:00:00+01:00]")]
    [InlineData("--at={trigger}", "[--at=2019-01-01T08:00:00+01:00]")]
    [InlineData("{Trigger} {TRIGGER}", "[2019-01-01T08:00:00+01:00] [2019-01-01T08:00:00+01:00]")]
    // {trigger:FORMAT}: a .NET date format on the trigger's wall-clock time, invariant culture
    [InlineData("{trigger:yyyyMMdd}", "[20190101]")]
    [InlineData("out_{trigger:yyyyMMdd}.csv", "[out_20190101.csv]")]
    [InlineData("{trigger:HH:mm:ss}", "[08:00:00]")]
    [InlineData("{trigger:yyyy/MM/dd}", "[2019/01/01]")]
    [InlineData("{trigger:zzz}", "[+01:00]")]
    [InlineData("'{trigger:MMMM dddd}'", "[January Tuesday]")]
    [InlineData("\"{trigger:yyyy-MM-dd HH:mm}\"", "[2019-01-01 08:00]")]
    [InlineData("\"{trigger:dd.MM.yyyy 'at' HH:mm}\"", "[01.01.2019 at 08:00]")]
    [InlineData("{trigger:yyyy-MM-dd'T'HH}", "[2019-01-01T08]")]
    [InlineData("{trigger:d}", "[01/01/2019]")]
    [InlineData("{trigger:o}", "[2019-01-01T08:00:00.0000000+01:00]")]
    // {id}, {name}, {run}
    [InlineData("{id}", "[7]")]
    [InlineData("{name}", "[backup]")]
    [InlineData("{run}", "[42]")]
    [InlineData("--job={name} {id}-{run}", "[--job=backup] [7-42]")]
    [InlineData("{ID} {Name} {RUN}", "[7] [backup] [42]")]
    // {{ and }} are literal braces
    [InlineData("{{}}", "[{}]")]
    [InlineData("{{trigger}}", "[{trigger}]")]
    [InlineData("'{{' '}}'", "[{] [}]")]
    [InlineData("{{{id}}}", "[{7}]")]
    [InlineData("'{{\"a\": 1}}'", "[{\"a\": 1}]")]
    // Quotes and backslashes only decide the words; braces are read in every part of a word
    [InlineData("'{id}'", "[7]")]
    [InlineData("\"{id}\"", "[7]")]
    [InlineData(@"\{id\}", "[7]")]
    [InlineData("{i'd'}", "[7]")]
    [InlineData("'{'id'}'", "[7]")]
    // Shell syntax stays inert around placeholders
    [InlineData("; rm {name}", "[;] [rm] [backup]")]
    [InlineData("$HOME/{name}", "[$HOME/backup]")]
    public void Placeholders_expand_inside_each_word(string parameters, string expected)
    {
        var result = RunArguments.Build(parameters, Context);

        Assert.Empty(result.Problems);
        Assert.Equal(expected, Render(result.Words));
    }

    [Theory]
    // The trigger's own offset and wall-clock time are used
    [InlineData("2019-07-01T08:00:00-04:00", "{trigger}", "[2019-07-01T08:00:00-04:00]")]
    [InlineData("2019-07-01T08:00:00-04:00", "'{trigger:HH zzz}'", "[08 -04:00]")]
    [InlineData("2019-07-01T23:30:00+05:30", "{trigger:yyyyMMdd}", "[20190701]")]
    [InlineData("2019-07-01T00:00:00Z", "{trigger}", "[2019-07-01T00:00:00+00:00]")]
    [InlineData("2019-07-01T08:00:00.750+00:00", "{trigger} {trigger:fff}", "[2019-07-01T08:00:00+00:00] [750]")]
    public void The_trigger_is_formatted_in_its_own_offset(string trigger, string parameters, string expected)
    {
        var context = Context with { Trigger = DateTimeOffset.Parse(trigger, CultureInfo.InvariantCulture) };

        Assert.Equal(expected, Render(RunArguments.Build(parameters, context).Words));
    }

    [Theory]
    // A value never splits or joins words, whatever it holds
    [InlineData("my job", "{name}", "[my job]")]
    [InlineData("it's \"quoted\"", "--name {name}", "[--name] [it's \"quoted\"]")]
    [InlineData("", "{name}", "[]")]
    [InlineData("", "a {name} b", "[a] [] [b]")]
    [InlineData("{id}", "{name}", "[{id}]")]
    [InlineData("; rm -rf /", "{name}", "[; rm -rf /]")]
    public void A_value_is_never_split_or_read_again(string name, string parameters, string expected)
    {
        var result = RunArguments.Build(parameters, Context with { JobName = name });

        Assert.Equal(expected, Render(result.Words));
    }

    [Theory]
    // Unknown names, with a suggestion when one is close
    [InlineData("{foo}", 1, "unknown placeholder {foo}; " + Known)]
    [InlineData("a {trigge}", 3, "unknown placeholder {trigge} (did you mean {trigger}?); known:")]
    [InlineData("{tigger:yyyy}", 1, "unknown placeholder {tigger:yyyy} (did you mean {trigger}?)")]
    [InlineData("{nam}", 1, "unknown placeholder {nam} (did you mean {name}?)")]
    [InlineData("{runid}", 1, "unknown placeholder {runid}; known:")]
    [InlineData("{}", 1, "unknown placeholder {}; known:")]
    [InlineData("{:yyyy}", 1, "unknown placeholder {:yyyy}; known:")]
    [InlineData("\"{ id}\"", 2, "unknown placeholder { id}")]
    [InlineData("{HOME}", 1, "unknown placeholder {HOME}")]
    // Unbalanced braces
    [InlineData("{trigger", 1, "'{' opens a placeholder that is not closed in its word; close it with }, write {{ for a literal {, or quote a placeholder that holds a space: \"{trigger:yyyy-MM-dd HH:mm}\"")]
    [InlineData("a{", 2, "'{' opens a placeholder that is not closed")]
    [InlineData("{{{", 3, "'{' opens a placeholder that is not closed")]
    [InlineData("x}", 2, "'}' closes no placeholder; write }} for a literal }")]
    [InlineData("}}}", 3, "'}' closes no placeholder")]
    [InlineData("'{'", 2, "'{' opens a placeholder that is not closed")]
    // Formats: only {trigger} takes one, and it must be a valid .NET date format
    [InlineData("{id:D3}", 1, "{id} takes no format, only {trigger:FORMAT} does; write {id}")]
    [InlineData("{run:x}", 1, "{run} takes no format")]
    [InlineData("{name:}", 1, "{name} takes no format")]
    [InlineData("{trigger:}", 1, "{trigger:} has an empty format; write a .NET date format such as {trigger:yyyyMMdd}, or {trigger} for ISO 8601")]
    [InlineData("{trigger:%}", 1, "'%' is not a valid .NET date format; write e.g. {trigger:yyyyMMdd} or {trigger:yyyy-MM-dd'T'HH-mm}")]
    [InlineData("\"{trigger:yyyy'}\"", 2, "'yyyy'' is not a valid .NET date format")]
    [InlineData("{trigger:J}", 1, "'J' is not a valid .NET date format")]
    [InlineData("{trigger:ffffffffff}", 1, "'ffffffffff' is not a valid .NET date format")]
    // Columns count in the cell as written, quotes included
    [InlineData("\"a b\" {x}", 7, "unknown placeholder {x}")]
    [InlineData("'ab'{x}", 5, "unknown placeholder {x}")]
    [InlineData(@"\ \ {x}", 5, "unknown placeholder {x}")]
    public void Placeholder_errors_name_the_column_and_the_known_placeholders(string parameters, int column, string message)
    {
        var result = RunArguments.Build(parameters, Context);

        var error = Assert.Single(result.Problems);
        Assert.Equal(column, error.Column);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Words);
        Assert.Equal(result.Problems, RunArguments.Validate(parameters));
    }

    [Theory]
    // Valid cells: nothing to say
    [InlineData("", "")]
    [InlineData("--full {trigger} {trigger:yyyyMMdd} {id} {name} {run} {{x}}", "")]
    // Every problem, errors and warnings, in column order
    [InlineData("{foo} 'x", "1:error,7:error")]
    [InlineData("{a} {b} {c}", "1:error,5:error,9:error")]
    [InlineData("{ id }", "1:error,6:error")]
    [InlineData(@"C:\data {id}", "3:warning")]
    [InlineData(@"C:\data {x} \", "3:warning,9:error,13:error")]
    [InlineData("'{x}", "1:error,2:error")]
    [InlineData("{trigger:yyyy-MM-dd HH:mm}", "1:error,26:error")]
    public void Validate_checks_without_a_run(string parameters, string expected)
    {
        var problems = RunArguments.Validate(parameters);

        Assert.Equal(expected, string.Join(',', problems.Select(p => $"{p.Column}:{p.Severity.ToString().ToLowerInvariant()}")));
    }

    [Fact]
    public void Warnings_do_not_stop_a_run() =>
        Assert.Equal(@"[C:data] [7]", Render(RunArguments.Build(@"C:\data {id}", Context).Words));
}
