namespace Runner.Core.Schedules;

/// <summary>
/// Reads schedule.tsv text into a lossless table, the valid jobs and every error, each with
/// its 1-based line and column (UTF-16 index + 1; a tab counts as one; the byte order mark
/// does not count). Never throws and never stops at the first error. The rules are in
/// docs/schedule-file.md.
/// </summary>
public static class ScheduleReader
{
    /// <summary>Reads <paramref name="text"/>; <paramref name="environments"/>, when given, are the names ENVIRONMENT may hold.</summary>
    public static ScheduleReadResult Read(
        string text, string source = "schedule.tsv", IReadOnlyCollection<string>? environments = null)
    {
        var table = ScheduleTable.Parse(text);
        var errors = new ScheduleErrors(source);
        if (table.Lines.All(line => line.IsBlank))
        {
            errors.Add(1, 1, ScheduleMessages.Empty());
            return new ScheduleReadResult(table, Schedule.Empty, errors.InOrder());
        }

        if (table.HeaderIndex < 0)
        {
            errors.Add(1, 1, ScheduleMessages.NoHeader());
        }

        var jobs = new List<Job>(table.Lines.Count);
        ScheduleRowReader? rows = null;
        for (var i = 0; i < table.Lines.Count; i++)
        {
            var line = table.Lines[i];
            var invalid = PlainText.FindInvalid(line.Text, out var message);
            if (invalid >= 0)
            {
                var isDataRow = line.IsRow && i > table.HeaderIndex;
                errors.Add(i + 1, invalid + 1, isDataRow ? ScheduleMessages.RowSkipped(message!) : message!);
            }

            if (i == table.HeaderIndex)
            {
                rows = new ScheduleRowReader(ScheduleHeader.Read(line, i + 1, errors), environments, errors, table.Lines.Count - i - 1);
            }
            else if (rows is not null && invalid < 0 && line.IsRow && rows.Read(line, i + 1) is { } job)
            {
                jobs.Add(job);
            }
        }

        return new ScheduleReadResult(table, new Schedule(jobs), errors.InOrder());
    }
}
