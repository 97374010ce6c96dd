namespace Runner.Core.Scheduling;

/// <summary>An error in one time field: where in the field's text (0-based) and what is wrong.</summary>
public sealed record FieldError(int Offset, string Message);
