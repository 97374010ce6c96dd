using Spectre.Console;
using Spectre.Console.Rendering;

namespace Runner.Cli;

/// <summary>
/// The framework's console, created on first use: commands write through <see cref="Terminal.Terminal"/>,
/// and only help and parse errors need the framework's console, so most commands never pay for
/// detecting the terminal's capabilities.
/// </summary>
internal sealed class DeferredConsole : IAnsiConsole
{
    private static IAnsiConsole Console => AnsiConsole.Console;

    public Profile Profile => Console.Profile;

    public IAnsiConsoleCursor Cursor => Console.Cursor;

    public IAnsiConsoleInput Input => Console.Input;

    public IExclusivityMode ExclusivityMode => Console.ExclusivityMode;

    public RenderPipeline Pipeline => Console.Pipeline;

    public void Clear(bool home) => Console.Clear(home);

    public void Write(IRenderable renderable) => Console.Write(renderable);

    public void WriteAnsi(Action<AnsiWriter> action) => Console.WriteAnsi(action);
}
