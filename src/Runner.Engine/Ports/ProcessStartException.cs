namespace Runner.Engine.Ports;

/// <summary>A program could not be started; the message says which and why.</summary>
public sealed class ProcessStartException : Exception
{
    public ProcessStartException()
    {
    }

    public ProcessStartException(string message)
        : base(message)
    {
    }

    public ProcessStartException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
