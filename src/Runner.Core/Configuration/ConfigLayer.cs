namespace Runner.Core.Configuration;

/// <summary>
/// One level of the configuration: the command line, the environment, one ini file, or the
/// defaults. Holds its values under the names they were written with (aliases included).
/// </summary>
public sealed class ConfigLayer
{
    private const string VariablePrefix = "RUNNER_";

    private readonly Dictionary<OptionKey, ConfigValue> _values = [];
    private readonly List<ConfigValue> _order = [];

    private ConfigLayer(OriginKind kind, string name, IniDocument? document)
    {
        Kind = kind;
        Name = name;
        Document = document;
    }

    public OriginKind Kind { get; }

    /// <summary><c>command line</c>, <c>environment</c>, the file's source, or <c>default</c>.</summary>
    public string Name { get; }

    /// <summary>Every value of this layer, in the order it was given.</summary>
    public IReadOnlyList<ConfigValue> Values => _order;

    internal IniDocument? Document { get; }

    /// <summary>The options given on the command line.</summary>
    public static ConfigLayer FromCommandLine(IReadOnlyDictionary<OptionKey, string> options)
    {
        var layer = new ConfigLayer(OriginKind.CommandLine, "command line", null);
        foreach (var (key, value) in options)
        {
            layer.Add(key.Section, key.Option, value, new ValueOrigin(OriginKind.CommandLine, "--" + key.Option.Trim().Replace('_', '-')));
        }

        return layer;
    }

    /// <summary>
    /// The <c>RUNNER_&lt;SECTION&gt;_&lt;OPTION&gt;</c> variables of known options (and of
    /// [ENVIRONMENT] entries), names in any case; empty variables count as unset. When two
    /// names differ only by case, the one first in ordinal order (upper case) wins.
    /// </summary>
    public static ConfigLayer FromVariables(IReadOnlyDictionary<string, string> variables)
    {
        var layer = new ConfigLayer(OriginKind.EnvironmentVariable, "environment", null);
        // A sorted array of names rather than OrderBy over KeyValuePairs, which is JIT-compiled at every start.
        var names = new string[variables.Count];
        var count = 0;
        foreach (var name in variables.Keys)
        {
            names[count++] = name;
        }

        Array.Sort(names, StringComparer.Ordinal);
        foreach (var name in names)
        {
            var value = variables[name];
            if (value.Length > 0 && name.StartsWith(VariablePrefix, StringComparison.OrdinalIgnoreCase)
                && Match(name[VariablePrefix.Length..]) is { } key)
            {
                layer.Add(key.Section, key.Option, value, new ValueOrigin(OriginKind.EnvironmentVariable, name));
            }
        }

        return layer;
    }

    /// <summary>Every option of every section of one ini file.</summary>
    public static ConfigLayer FromFile(IniDocument document)
    {
        var layer = new ConfigLayer(OriginKind.File, document.Source, document);
        foreach (var section in document.Sections)
        {
            foreach (var option in document.Options(section))
            {
                var value = document.Get(section, option)!;
                layer.Add(section, option, value.Value, new ValueOrigin(OriginKind.File, document.Source, value.Line, value.Column));
            }
        }

        return layer;
    }

    /// <summary>The catalog defaults and the built-in environments.</summary>
    public static ConfigLayer Defaults(bool windows)
    {
        var layer = new ConfigLayer(OriginKind.Default, "default", null);
        foreach (var option in OptionCatalog.All)
        {
            layer.Add(option.Section, option.Name, option.Default, ValueOrigin.Default);
        }

        foreach (var (name, command) in OptionCatalog.DefaultEnvironments(windows))
        {
            layer.Add(SectionNames.Environment, name, command, ValueOrigin.Default);
        }

        return layer;
    }

    /// <summary>The value written under exactly this section and name (any case), or null.</summary>
    public ConfigValue? Find(string section, string name) => _values.TryGetValue(new OptionKey(section, name.Trim()), out var value) ? value : null;

    private static OptionKey? Match(string rest)
    {
        foreach (var section in SectionNames.All)
        {
            if (rest.Length > section.Length + 1 && rest.StartsWith(section + "_", StringComparison.OrdinalIgnoreCase))
            {
                var option = rest[(section.Length + 1)..].ToLowerInvariant();
                if (section == SectionNames.Environment || OptionCatalog.Find(section, option) is not null)
                {
                    return new OptionKey(section, option);
                }
            }
        }

        return null;
    }

    private void Add(string section, string name, string value, ValueOrigin origin)
    {
        var spec = OptionCatalog.Find(section, name);
        var canonical = spec?.Key ?? new OptionKey(SectionNames.Find(section) ?? section.Trim(), name.Trim());
        var entry = new ConfigValue(canonical, name.Trim(), value, origin);
        if (_values.TryAdd(new OptionKey(section, name.Trim()), entry))
        {
            _order.Add(entry);
        }
    }
}
