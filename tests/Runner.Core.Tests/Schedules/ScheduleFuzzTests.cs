using Runner.Core.Schedules;

namespace Runner.Core.Tests.Schedules;

/// <summary>
/// Thousands of damaged files from a fixed seed: reading never throws, the table always
/// gives the text back, every error points inside the file, and a single damaged row is
/// blamed exactly, without stopping the other rows from loading.
/// </summary>
public sealed class ScheduleFuzzTests
{
    private const int Files = 10_000;

    [Fact]
    public void Damaged_files_are_read_without_exceptions_and_errors_point_inside_them()
    {
        var random = new Random(20_260_101);
        var blamed = 0;
        for (var n = 0; n < Files; n++)
        {
            var file = new MutatedSchedule(random);
            if (n < 100 && !ScheduleReader.Read(file.Text(), environments: ["python"]).IsValid)
            {
                Assert.Fail($"file {n} is not valid before its mutations");
            }

            var mutations = random.Next(1, 4);
            for (var i = 0; i < mutations; i++)
            {
                file.Mutate();
            }

            if (mutations > 1)
            {
                file.ForgetDamage();
            }

            var text = file.Text();
            var context = $"file {n}, mutations: {string.Join("; ", file.Applied)}";
            var result = Read(text, context);

            if (text != result.Table.ToText())
            {
                Assert.Fail($"the table did not give the text back; {context}");
            }

            CheckPositions(text, result, context);
            if (file.DamagedLine is int line)
            {
                CheckBlame(file, line, result, context);
                blamed++;
            }
        }

        Assert.True(blamed > Files / 10, $"only {blamed} files had a single damaged row");
    }

    private static ScheduleReadResult Read(string text, string context)
    {
        try
        {
            return ScheduleReader.Read(text, environments: ["python"]);
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"Read threw on {context}", e);
        }
    }

    private static void CheckPositions(string text, ScheduleReadResult result, string context)
    {
        var lengths = LineLengths(text);
        var previous = (Line: 0, Column: 0);
        foreach (var error in result.Errors)
        {
            var length = error.Line >= 1 && error.Line <= lengths.Count ? lengths[error.Line - 1] : 0;
            if (error.Line < 1 || error.Line > Math.Max(1, lengths.Count) || error.Column < 1 || error.Column > length + 1)
            {
                Assert.Fail($"{error} is outside the file ({lengths.Count} lines); {context}");
            }

            if ((error.Line, error.Column).CompareTo(previous) < 0)
            {
                Assert.Fail($"{error} is out of order; {context}");
            }

            previous = (error.Line, error.Column);
        }

        if (result.Schedule.Jobs.Any(job => job.Line < 1 || job.Line > lengths.Count))
        {
            Assert.Fail($"a job's line is outside the file; {context}");
        }
    }

    private static void CheckBlame(MutatedSchedule file, int line, ScheduleReadResult result, string context)
    {
        var errors = result.Errors;
        var where = $"errors [{string.Join(" | ", errors)}], expected on line {line}; {context}";
        if (errors.Count == 0 || errors.Any(e => e.Line != line))
        {
            Assert.Fail(where);
        }

        if (file.DamagedColumn is int column && (errors.Count != 1 || errors[0].Column != column))
        {
            Assert.Fail($"expected one error at column {column}: {where}");
        }

        if (file.DamagedCell is var (first, last) && errors.Any(e => e.Column < first || e.Column > last + 1))
        {
            Assert.Fail($"expected errors within columns {first}-{last + 1}: {where}");
        }

        if (result.Schedule.Count != file.RowCount - 1)
        {
            Assert.Fail($"{result.Schedule.Count} jobs of {file.RowCount} loaded: {where}");
        }
    }

    /// <summary>Line lengths without terminators, computed independently of the codec.</summary>
    private static List<int> LineLengths(string text)
    {
        var body = text.StartsWith('\uFEFF') ? text[1..] : text;
        var parts = body.Split('\n');
        var lengths = new List<int>();
        for (var i = 0; i < parts.Length; i++)
        {
            var isLast = i == parts.Length - 1;
            if (isLast && parts[i].Length == 0)
            {
                break;
            }

            lengths.Add(!isLast && parts[i].EndsWith('\r') ? parts[i].Length - 1 : parts[i].Length);
        }

        return lengths;
    }
}
