using System.Collections.ObjectModel;
using Runner.Core.Runs;
using Runner.Core.Scheduling;

namespace Runner.Core.Schedules;

/// <summary>
/// Checks the rows of one file against its header, reporting every problem of every row,
/// and turns each valid row into a <see cref="Job"/>. Remembers ids to catch duplicates.
/// </summary>
internal sealed class ScheduleRowReader
{
    private static readonly TimeFieldKind[] TimeFields = Enum.GetValues<TimeFieldKind>();

    private readonly ScheduleHeader _header;
    private readonly ScheduleErrors _errors;
    private readonly HashSet<string>? _environments;
    private readonly Dictionary<int, int> _lineById;
    private readonly TimeFieldCache _timeFields = new();
    private readonly ScheduleRow _row = new();
    private readonly int _id;
    private readonly int _name;
    private readonly int _description;
    private readonly int _parameters;
    private readonly int _status;
    private readonly int _file;
    private readonly int _environment;
    private readonly int[] _time;

    public ScheduleRowReader(ScheduleHeader header, IReadOnlyCollection<string>? environments, ScheduleErrors errors, int rows = 0)
    {
        _lineById = new Dictionary<int, int>(rows);
        _header = header;
        _errors = errors;
        _environments = environments is null ? null : new HashSet<string>(environments, StringComparer.OrdinalIgnoreCase);
        _id = header.IndexOf(ScheduleColumns.Id);
        _name = header.IndexOf(ScheduleColumns.Name);
        _description = header.IndexOf(ScheduleColumns.Description);
        _parameters = header.IndexOf(ScheduleColumns.Parameters);
        _status = header.IndexOf(ScheduleColumns.Status);
        _file = header.IndexOf(ScheduleColumns.File);
        _environment = header.IndexOf(ScheduleColumns.Environment);
        _time = new int[TimeFields.Length]; // a loop rather than LINQ over the enum, which is JIT-compiled at every start
        foreach (var kind in TimeFields)
        {
            _time[(int)kind] = header.IndexOf(kind.Column());
        }
    }

    /// <summary>Checks one row; returns its job, or null when anything is wrong with it.</summary>
    public Job? Read(ScheduleLine line, int lineNumber)
    {
        _row.Load(line.Text, lineNumber);
        var shaped = CheckShape();
        var id = ReadId();
        var isActive = ReadStatus();
        var timing = ReadTiming();
        var hasFile = CheckFile();
        var hasEnvironment = CheckEnvironment();
        var hasParameters = CheckParameters();
        if (!shaped || !_header.IsComplete || id is null || isActive is null || timing is null || !hasFile || !hasEnvironment || !hasParameters)
        {
            return null;
        }

        return new Job(
            id.Value,
            _row.Trimmed(_name),
            _row.Trimmed(_description),
            _row.Trimmed(_environment),
            _row.Trimmed(_file),
            timing,
            _row.Trimmed(_parameters),
            isActive.Value,
            lineNumber,
            Extra());
    }

    /// <summary>
    /// Takes the id of a job the previous read gave for the same, unchanged row into this read's duplicate check:
    /// false (and nothing recorded) when an earlier row of this read has the id.
    /// </summary>
    public bool TryTakeId(int id, int lineNumber) => _lineById.TryAdd(id, lineNumber);

    /// <summary>PARAMETERS must split into words and name only known placeholders; warnings (a likely Windows path) are kept as warnings.</summary>
    private bool CheckParameters()
    {
        if (!_row.Has(_parameters) || _row.Span(_parameters).IsWhiteSpace())
        {
            return true;
        }

        var cell = _row.Span(_parameters).ToString();
        var problems = RunArguments.Validate(cell.Trim());
        var first = _row.StartColumn(_parameters) + (cell.Length - cell.TrimStart().Length);
        foreach (var problem in problems)
        {
            _errors.Add(problem.At(_errors.Source, _row.Line, first));
        }

        return problems.All(p => !p.IsError);
    }

    private bool CheckShape()
    {
        var expected = _header.Names.Count;
        if (_row.Count < expected)
        {
            var missing = _header.Names.Skip(_row.Count).ToList();
            _errors.Add(_row.Line, _row.EndColumn, ScheduleMessages.ShortRow(_row.Count, expected, missing));
        }
        else if (_row.Count > expected)
        {
            _errors.Add(_row.Line, _row.StartColumn(expected), ScheduleMessages.LongRow(_row.Count, expected));
        }

        return _row.Count == expected;
    }

    private int? ReadId()
    {
        if (!_row.Has(_id))
        {
            return null;
        }

        var cell = _row.Span(_id);
        if (!JobId.TryParse(cell, out var id))
        {
            var trimmed = cell.Trim().ToString();
            var message = trimmed.Length == 0 ? ScheduleMessages.EmptyId()
                : JobId.IsDigits(trimmed) ? ScheduleMessages.IdTooLarge(trimmed)
                : ScheduleMessages.NotAnId(trimmed);
            _errors.Add(_row.Line, _row.StartColumn(_id), message);
            return null;
        }

        if (!_lineById.TryAdd(id, _row.Line))
        {
            _errors.Add(_row.Line, _row.StartColumn(_id), ScheduleMessages.DuplicateId(id, _lineById[id]));
            return null;
        }

        return id;
    }

    private bool? ReadStatus()
    {
        if (!_row.Has(_status))
        {
            return null;
        }

        var status = _row.Span(_status).Trim();
        var isActive = status.Equals("Y", StringComparison.OrdinalIgnoreCase);
        if (isActive || status.Equals("N", StringComparison.OrdinalIgnoreCase))
        {
            return isActive;
        }

        _errors.Add(_row.Line, _row.StartColumn(_status), ScheduleMessages.BadStatus(status.ToString()));
        return null;
    }

    private Timing? ReadTiming()
    {
        var fields = new TimeField?[TimeFields.Length];
        var complete = true;
        foreach (var kind in TimeFields)
        {
            var index = _time[(int)kind];
            if (!_row.Has(index))
            {
                complete = false;
                continue;
            }

            fields[(int)kind] = _timeFields.Parse(kind, _row.Span(index), out var fieldErrors);
            complete &= fields[(int)kind] is not null;
            foreach (var error in fieldErrors)
            {
                _errors.Add(_row.Line, _row.StartColumn(index) + error.Offset, error.Message);
            }
        }

        return complete ? new Timing(fields[0]!, fields[1]!, fields[2]!, fields[3]!, fields[4]!) : null;
    }

    private bool CheckFile()
    {
        if (_row.Has(_file) && _row.Span(_file).IsWhiteSpace())
        {
            _errors.Add(_row.Line, _row.StartColumn(_file), ScheduleMessages.EmptyFile());
            return false;
        }

        return true;
    }

    private bool CheckEnvironment()
    {
        if (_environments is null || !_row.Has(_environment))
        {
            return true;
        }

        var environment = _row.Span(_environment).Trim();
        if (environment.IsEmpty || _environments.GetAlternateLookup<ReadOnlySpan<char>>().Contains(environment))
        {
            return true;
        }

        _errors.Add(_row.Line, _row.StartColumn(_environment), ScheduleMessages.UnknownEnvironment(environment.ToString(), _environments));
        return false;
    }

    private IReadOnlyDictionary<string, string> Extra()
    {
        if (_header.Extra.Count == 0)
        {
            return ReadOnlyDictionary<string, string>.Empty;
        }

        var extra = new Dictionary<string, string>(_header.Extra.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, index) in _header.Extra)
        {
            extra[name] = _row.Span(index).ToString();
        }

        return extra;
    }
}
