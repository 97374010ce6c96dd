using System.Text;
using Runner.Web.Security;

namespace Runner.Cli.Commands;

/// <summary>
/// <c>runner hash password</c>: reads a secret (at a terminal without echo, else the first line of
/// standard input) and prints its PBKDF2 hash, to paste as <c>[WEB] password</c> or <c>token</c>.
/// </summary>
internal sealed class HashPasswordCommand(Terminal.Terminal terminal) : CliCommand<GlobalSettings>
{
    public override int Execute(GlobalSettings settings)
    {
        var secret = terminal.Interactive ? ReadHidden() : Console.In.ReadLine();
        if (string.IsNullOrEmpty(secret))
        {
            terminal.Error("no password given: type it at the prompt, or pipe it in, e.g. `printf '%s\\n' \"$PASSWORD\" | runner hash password`");
            return (int)ExitCode.Usage;
        }

        terminal.Line(PasswordHash.Create(secret));
        return (int)ExitCode.Success;
    }

    private string ReadHidden()
    {
        terminal.Err.Write("Password: ");
        var text = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                text.Length = Math.Max(0, text.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }

        terminal.Err.WriteLine();
        return text.ToString();
    }
}
