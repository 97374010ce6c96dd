namespace Runner.Core.Schedules;

/// <summary>Every error text of the schedule.tsv codec, in one place.</summary>
internal static class ScheduleMessages
{
    private static readonly string HeaderRow = string.Join("<TAB>", ScheduleColumns.Required);

    // The file as a whole

    public static string Empty() => $"schedule.tsv is empty; it needs the header row: {HeaderRow}";

    public static string NoHeader() =>
        $"schedule.tsv has only comments and blank lines; it needs the header row: {HeaderRow}";

    // Characters

    public static string ControlCharacter(char c) => c == '\r'
        ? "control character U+000D (a carriage return not followed by a line feed); schedule.tsv must be "
          + "plain text with lines ending in LF or CRLF: remove it"
        : $"control character {CodePoint(c)} is not allowed; schedule.tsv must be plain text with cells "
          + "separated by tabs: remove it";

    public static string InvalidUtf8() =>
        "invalid UTF-8 (read as U+FFFD); save schedule.tsv as UTF-8 text";

    public static string LoneSurrogate(char c) =>
        $"unpaired surrogate {CodePoint(c)} is not text; save schedule.tsv as UTF-8 text";

    public static string StrayByteOrderMark() =>
        "byte order mark U+FEFF inside the file; only the very start of schedule.tsv may hold one: remove it";

    public static string RowSkipped(string problem) => problem + " (the rest of this row is checked once this is fixed)";

    // Header

    public static string MissingColumn(string column) =>
        $"the header has no {column} column; add it as one more tab-separated cell (columns may come in any order)";

    public static string DuplicateColumn(string column, int firstColumn) =>
        $"column {column} appears twice in the header (first at column {firstColumn}); remove or rename one";

    public static string EmptyColumnName(int position) =>
        $"header cell {position} is empty; name the column or remove the extra tab";

    // Row shape

    public static string ShortRow(int cells, int headerCells, IReadOnlyList<string> missing)
    {
        const int Shown = 12;
        var names = string.Join(", ", missing.Take(Shown).Select(name => name.Length == 0 ? "(unnamed)" : name));
        var more = missing.Count > Shown ? $" and {missing.Count - Shown} more" : string.Empty;
        return $"row has {Cells(cells)} but the header has {headerCells}: missing {names}{more}; "
            + "separate every cell with one tab, empty cells included";
    }

    public static string LongRow(int cells, int headerCells) =>
        $"row has {Cells(cells)} but the header has {headerCells}; remove the extra cell "
        + "(or a stray tab), or name its column in the header";

    // Cells

    public static string NotAnId(string cell) =>
        $"ID '{cell}' is not a non-negative integer; use digits only, e.g. 7";

    public static string EmptyId() => "ID is empty; give the job a unique non-negative integer id, e.g. 7";

    public static string IdTooLarge(string cell) =>
        $"ID {cell} is too large; ids go up to {int.MaxValue}";

    public static string DuplicateId(int id, int firstLine) =>
        $"ID {id} is already used on line {firstLine}; ids must be unique: give this job a new id";

    public static string BadStatus(string cell) =>
        $"STATUS must be Y (active) or N (inactive), not '{cell}'";

    public static string EmptyFile() =>
        "FILE is empty; name the program or script to run (relative to the home folder, or absolute)";

    public static string UnknownEnvironment(string environment, IEnumerable<string> defined)
    {
        var names = string.Join(", ", defined.Order(StringComparer.OrdinalIgnoreCase));
        var known = names.Length == 0 ? "no environments are defined" : $"defined: {names}";
        return $"environment '{environment}' is not defined ({known}); add it under [ENVIRONMENT] in config.ini, "
            + "or leave ENVIRONMENT empty to run FILE directly";
    }

    // Programming errors of callers (exceptions, not diagnostics)

    public static string NoSuchColumn(string column) => $"schedule.tsv has no column '{column}'";

    public static string NoSuchRow(int id) => $"schedule.tsv has no row with ID {id}";

    public static string NoHeaderToAppendTo() =>
        "schedule.tsv has no header row to append to; start from ScheduleTable.NewFileText()";

    public static string CellBreaksLayout(string column) =>
        $"the value for column '{column}' holds a tab, CR or LF, which would break the table";

    public static string BadNewline() => "a newline must be \"\\n\" or \"\\r\\n\"";

    private static string Cells(int count) => count == 1 ? "1 cell" : $"{count} cells";

    private static string CodePoint(char c) => $"U+{(int)c:X4}";
}
