using System.Globalization;
using Runner.Core.Configuration;

namespace Runner.Core.Tests.Configuration;

/// <summary>Renders the catalog as the Markdown tables of docs/configuration.md.</summary>
internal static class OptionTable
{
    public static string Options() =>
        string.Join('\n', OptionCatalog.All.Select(Row).Prepend("|---|---|---|---|---|").Prepend("| Section | Option | Default | Value | Meaning |"));

    public static string Environments() =>
        string.Join(
            '\n',
            OptionCatalog.DefaultEnvironments(true)
                .Select(e => $"| `{e.Key}` | {Code(OptionCatalog.DefaultEnvironments(false).FirstOrDefault(u => u.Key == e.Key).Value)} | {Code(e.Value)} |")
                .Prepend("|---|---|---|")
                .Prepend("| Environment | Linux, macOS | Windows |"));

    private static string Row(OptionSpec o)
    {
        var name = $"`{o.Name}`" + string.Concat(o.Aliases.Select(a => $" (or `{a}`)"));
        return $"| {o.Section} | {name} | {Code(o.Default)} | {Kind(o)}{(o.IsSecret ? ", secret" : "")} | {o.Description} |";
    }

    private static string Kind(OptionSpec o) => o.Type switch
    {
        OptionType.Flag => "bool",
        OptionType.Number when o.Maximum < int.MaxValue => $"int {Invariant(o.Minimum)}-{Invariant(o.Maximum)}",
        OptionType.Number => $"int ≥ {Invariant(o.Minimum)}",
        OptionType.Size => "size",
        OptionType.Seconds => "seconds",
        OptionType.Choice => string.Join(" / ", o.Choices),
        OptionType.Text => "text",
        OptionType.Path => "path",
        OptionType.Address => "address",
        OptionType.AddressList => "addresses",
        OptionType.TimeZone => "time zone id",
        OptionType.Url => $"url ({string.Join(", ", o.Schemes)})",
        _ => o.Type.ToString(),
    };

    private static string Code(string? value) => value is null ? "(none)" : value.Length == 0 ? "(empty)" : $"`{value}`";

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
