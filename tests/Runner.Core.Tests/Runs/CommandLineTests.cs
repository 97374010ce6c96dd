using Runner.Core.Runs;
using static Runner.Core.Tests.Runs.RunFixtures;

namespace Runner.Core.Tests.Runs;

public sealed class CommandLineTests
{
    [Theory]
    // The environment's command split into words, then FILE, then PARAMETERS
    [InlineData("python3 -u", "/srv/runner/jobs/0/script.py", "", "[python3] [-u] [/srv/runner/jobs/0/script.py]")]
    [InlineData("python3 -u", "script.py", "--full {trigger}", "[python3] [-u] [script.py] [--full] [2019-01-01T08:00:00+01:00]")]
    [InlineData("dotnet run", "job.cs", "{id}", "[dotnet] [run] [job.cs] [7]")]
    [InlineData("pwsh -NoProfile -File", "job.ps1", "-Day {trigger:yyyyMMdd}", "[pwsh] [-NoProfile] [-File] [job.ps1] [-Day] [20190101]")]
    [InlineData("powershell -NoProfile -ExecutionPolicy Bypass -File", "job.ps1", "", "[powershell] [-NoProfile] [-ExecutionPolicy] [Bypass] [-File] [job.ps1]")]
    [InlineData("cmd /c", "job.bat", "", "[cmd] [/c] [job.bat]")]
    [InlineData("'/opt/my venv/bin/python' -u", "job.py", "", "[/opt/my venv/bin/python] [-u] [job.py]")]
    [InlineData("'C:\\Program Files\\Python\\python.exe' -u", "job.py", "", "[C:\\Program Files\\Python\\python.exe] [-u] [job.py]")]
    // No environment: FILE is the program
    [InlineData("", "/opt/backup/run.sh", "", "[/opt/backup/run.sh]")]
    [InlineData("   ", "/opt/backup/run.sh", "--full", "[/opt/backup/run.sh] [--full]")]
    [InlineData("", "run.sh", "'' a", "[run.sh] [] [a]")]
    // FILE is one word as given: never split, unquoted or expanded
    [InlineData("python3", "my script.py", "'a b'", "[python3] [my script.py] [a b]")]
    [InlineData("python3", "C:\\runner\\jobs\\0\\job.py", "", "[python3] [C:\\runner\\jobs\\0\\job.py]")]
    [InlineData("python3", "'{id}'.py", "", "[python3] ['{id}'.py]")]
    // Placeholders are read in PARAMETERS only
    [InlineData("python3 {id}", "x.py", "{id}", "[python3] [{id}] [x.py] [7]")]
    // Shell syntax is passed as words, never run
    [InlineData("sh", "run.sh", "; touch /tmp/x", "[sh] [run.sh] [;] [touch] [/tmp/x]")]
    [InlineData("", "run.sh", "$(id) `id` | tee x", "[run.sh] [$(id)] [`id`] [|] [tee] [x]")]
    public void Builds_the_argument_vector(string environment, string file, string parameters, string expected)
    {
        var command = CommandLine.Build(environment, file, parameters, Context, out var errors);

        Assert.Empty(errors);
        Assert.NotNull(command);
        Assert.Equal(expected, Render(command.Words));
        Assert.Equal(command.Words[0], command.Program);
        Assert.Equal(command.Words.Skip(1), command.Arguments);
    }

    [Theory]
    // Every part's errors, each saying which part and where
    [InlineData("python3 'x", "f.py", "", "the environment's command 'python3 'x', column 9: the ' opened here is never closed")]
    [InlineData("python3 \\", "f.py", "", "the environment's command 'python3 \\', column 9: the backslash at the end escapes nothing")]
    [InlineData("'' -u", "f.py", "", "the environment's command ''' -u' starts with an empty word; name the program first, e.g. python3 -u")]
    [InlineData("python3", "", "", "FILE is empty; name the program or script to run")]
    [InlineData("python3", "  ", "", "FILE is empty")]
    [InlineData("python3", "f.py", "--at {foo}", "PARAMETERS, column 6: unknown placeholder {foo}")]
    [InlineData("python3", "f.py", "'a", "PARAMETERS, column 1: the ' opened here is never closed")]
    [InlineData("python3 'x", "", "{foo}", "the environment's command 'python3 'x', column 9: the ' opened here is never closed|FILE is empty; name the program or script to run|PARAMETERS, column 1: unknown placeholder {foo}")]
    public void Errors_are_collected_from_every_part(string environment, string file, string parameters, string expected)
    {
        var command = CommandLine.Build(environment, file, parameters, Context, out var errors);

        Assert.Null(command);
        var wanted = expected.Split('|');
        Assert.Equal(wanted.Length, errors.Count);
        Assert.All(wanted.Zip(errors), pair => Assert.StartsWith(pair.First, pair.Second, StringComparison.Ordinal));
    }

    [Fact]
    public void Warnings_do_not_stop_a_run()
    {
        var command = CommandLine.Build(@"C:\Python\python.exe", "job.py", @"C:\in.csv", Context, out var errors);

        Assert.Empty(errors);
        Assert.Equal("[C:Pythonpython.exe] [job.py] [C:in.csv]", Render(command!.Words));
    }

    [Theory]
    // Safe words as they are
    [InlineData("python3|-u|job.py", "python3 -u job.py")]
    [InlineData("run.sh|--at=2019-01-01T08:00:00+01:00|a,b|x@y|50%|_x", "run.sh --at=2019-01-01T08:00:00+01:00 a,b x@y 50% _x")]
    [InlineData("run.sh|é|日本", "run.sh é 日本")]
    // Anything else in single quotes
    [InlineData("run.sh|a b", "run.sh 'a b'")]
    [InlineData("run.sh|", "run.sh ''")]
    [InlineData("run.sh|it's", @"run.sh 'it'\''s'")]
    [InlineData("run.sh|'", @"run.sh ''\'''")]
    [InlineData("run.sh|say \"hi\"", "run.sh 'say \"hi\"'")]
    [InlineData(@"C:\runner\jobs\0\job.ps1", @"'C:\runner\jobs\0\job.ps1'")]
    [InlineData("run.sh|;|$HOME|*.txt|a&b|`id`|#|~|{x}|a\tb", "run.sh ';' '$HOME' '*.txt' 'a&b' '`id`' '#' '~' '{x}' 'a\tb'")]
    public void Display_quotes_what_a_shell_would_read_otherwise(string words, string expected)
    {
        var list = words.Split('|');
        var command = new CommandLine(list[0], list[1..]);

        Assert.Equal(expected, command.Display);
        Assert.Equal(expected, command.ToString());
        Assert.Equal(list, ParameterSplitter.Split(command.Display).Words);
    }

    [Fact]
    public void Display_splits_back_into_the_same_words_for_any_word()
    {
        var random = new Random(20190101);
        const string Alphabet = "ab \t'\"\\$`;|&{}*?#~=é日-_./:,@%+\n";
        for (var i = 0; i < 2000; i++)
        {
            var words = Enumerable.Range(0, random.Next(1, 5))
                .Select(_ => new string([.. Enumerable.Range(0, random.Next(0, 8)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]))
                .ToList();
            var command = new CommandLine(words[0], words[1..]);

            var split = ParameterSplitter.Split(command.Display);

            Assert.True(split.IsValid, command.Display);
            Assert.Equal(words, split.Words);
        }
    }
}
