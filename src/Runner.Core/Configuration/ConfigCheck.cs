using Runner.Core.Diagnostics;

namespace Runner.Core.Configuration;

/// <summary>What <see cref="LayeredConfig.Check"/> does, layer by layer.</summary>
internal static class ConfigCheck
{
    public static IReadOnlyList<Diagnostic> Run(IReadOnlyList<ConfigLayer> layers)
    {
        var found = new List<Diagnostic>();
        foreach (var layer in layers.Where(l => l.Kind != OriginKind.Default))
        {
            var local = new List<Diagnostic>();
            if (layer.Document is { } document)
            {
                local.AddRange(document.Errors);
                Sections(document, local);
            }

            foreach (var value in layer.Values)
            {
                Value(value, local);
            }

            if (local.Count > 0) // a valid layer sorts nothing: OrderBy with int keys is JIT-compiled at every start
            {
                found.AddRange(local.OrderBy(d => d.Line).ThenBy(d => d.Column));
            }
        }

        return found;
    }

    private static void Value(ConfigValue value, List<Diagnostic> found)
    {
        var section = SectionNames.Find(value.Key.Section);
        if (section == SectionNames.Environment)
        {
            if (value.Value.Trim().Length == 0)
            {
                found.Add(value.Origin.Report(ConfigMessages.EmptyCommand(value.Name)));
            }
        }
        else if (section is not null && !string.Equals(value.Name, OptionCatalog.Include, StringComparison.OrdinalIgnoreCase))
        {
            var spec = OptionCatalog.Find(section, value.Name);
            var known = OptionCatalog.In(section).SelectMany(o => o.Aliases.Prepend(o.Name));
            if (spec?.Problem(value.Value) is { } problem)
            {
                found.Add(value.Origin.Report(ConfigMessages.BadValue(spec, value, problem)));
            }
            else if (spec is null && Spelling.Suggest(value.Name, known) is { } suggestion)
            {
                found.Add(value.Origin.Report(ConfigMessages.UnknownOption(section, value.Name, suggestion)) with { Severity = DiagnosticSeverity.Warning });
            }
        }
    }

    private static void Sections(IniDocument document, List<Diagnostic> found)
    {
        foreach (var name in document.Sections)
        {
            var (line, column) = document.HeaderPosition(name);
            if (SectionNames.Find(name) is null)
            {
                if (Spelling.Suggest(name, SectionNames.All) is { } suggestion)
                {
                    found.Add(new Diagnostic(document.Source, line, column, ConfigMessages.UnknownSection(name, suggestion)) { Severity = DiagnosticSeverity.Warning });
                }

                continue;
            }

            foreach (var spec in OptionCatalog.In(name))
            {
                var alias = spec.Aliases.FirstOrDefault(a => document.Get(name, a) is not null);
                if (alias is not null && document.Get(name, spec.Name) is not null)
                {
                    var ignored = document.Get(name, alias)!;
                    found.Add(new Diagnostic(document.Source, ignored.Line, 1, ConfigMessages.NameAndAlias(spec, alias)) { Severity = DiagnosticSeverity.Warning });
                }
            }
        }
    }
}
