using Runner.Core.Diagnostics;

namespace Runner.Core.Configuration;

/// <summary>
/// The layered configuration, highest precedence first: command-line options, environment
/// variables <c>RUNNER_&lt;SECTION&gt;_&lt;OPTION&gt;</c>, the job's config.ini and its
/// includes, the main config.ini and its includes, the catalog defaults. Every value knows
/// its origin. Unknown options are kept (users may keep notes); <see cref="Check"/> reports
/// bad values and likely typos.
/// </summary>
public sealed class LayeredConfig
{
    private LayeredConfig(IReadOnlyList<ConfigLayer> layers, int ownLayers = 0)
    {
        Layers = layers;
        OwnLayerCount = ownLayers;
    }

    /// <summary>The layers, highest precedence first; the defaults are last.</summary>
    public IReadOnlyList<ConfigLayer> Layers { get; }

    /// <summary>How many layers (after the command line and the environment) come from a job's config.ini and its includes (<see cref="WithJob"/>).</summary>
    public int OwnLayerCount { get; }

    /// <summary>True when a job's own files set some value (a file of comments only sets none): its settings then differ from the main ones.</summary>
    public bool HasOwnValues
    {
        get
        {
            for (var i = 2; i < 2 + OwnLayerCount; i++)
            {
                if (Layers[i].Values.Count > 0)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Builds the stack from what the caller gathered.</summary>
    public static LayeredConfig Create(ConfigSources sources)
    {
        var own = sources.Job?.Flatten().Count() ?? 0;
        var files = new[] { sources.Job, sources.Main }.OfType<ConfigFile>().SelectMany(f => f.Flatten());
        List<ConfigLayer> layers =
        [
            ConfigLayer.FromCommandLine(sources.CommandLine),
            ConfigLayer.FromVariables(sources.Variables),
            .. files.Select(ConfigLayer.FromFile),
            ConfigLayer.Defaults(sources.Windows),
        ];
        return new LayeredConfig(layers, own);
    }

    /// <summary>
    /// This scheduler-wide configuration with a job's config.ini (and its includes) laid over
    /// its files and under the command line and the environment. The main layers are shared,
    /// not copied: a thousand jobs over one main config.ini hold one parse of it. Without a
    /// job file, this configuration itself.
    /// </summary>
    public LayeredConfig WithJob(ConfigFile? job)
    {
        if (job is null)
        {
            return this;
        }

        if (OwnLayerCount > 0)
        {
            throw new InvalidOperationException("a job's configuration is laid over the scheduler-wide one, not over another job's");
        }

        var own = job.Flatten().Select(ConfigLayer.FromFile).ToList();
        List<ConfigLayer> layers = [Layers[0], Layers[1], .. own, .. Layers.Skip(2)];
        return new LayeredConfig(layers, own.Count);
    }

    /// <summary>The problems of the job's own layers only (<see cref="Check"/> for the files <see cref="WithJob"/> added).</summary>
    public IReadOnlyList<Diagnostic> CheckOwn() => OwnLayerCount == 0 ? [] : ConfigCheck.Run([.. Layers.Skip(2).Take(OwnLayerCount)]);

    /// <summary>
    /// The paths the document's <c>include</c> options name, in file order: the option may
    /// stand in any section, its value is a comma-separated list (continuation lines allowed).
    /// Relative paths are relative to the including file's folder; the caller resolves and reads them.
    /// </summary>
    public static IReadOnlyList<IncludeReference> IncludePaths(IniDocument document) =>
    [
        .. document.Sections
            .Select(s => document.Get(s, OptionCatalog.Include))
            .OfType<IniValue>()
            .SelectMany(v => v.Value.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => new IncludeReference(p, new ValueOrigin(OriginKind.File, document.Source, v.Line, v.Column)))),
    ];

    /// <summary>
    /// The value of an option, looked up layer by layer under its name and then its aliases;
    /// a catalog option always resolves (to its default at worst), an unknown one only when some layer sets it.
    /// </summary>
    public ConfigValue? Get(string section, string option)
    {
        var names = OptionCatalog.Find(section, option) is { } spec ? [spec.Name, .. spec.Aliases] : new[] { option };
        return Layers.SelectMany(l => names.Select(n => l.Find(section, n))).OfType<ConfigValue>().FirstOrDefault();
    }

    /// <summary>Every catalog option resolved, in catalog order, then every environment: what <c>config show</c> lists.</summary>
    public IReadOnlyList<ConfigValue> Effective() =>
        [.. OptionCatalog.All.Select(o => Get(o.Section, o.Name)!), .. Environments()];

    /// <summary>The [ENVIRONMENT] entries of all layers merged (highest wins), built-in ones first, then the others as they first appear, lowest layer first.</summary>
    public IReadOnlyList<ConfigValue> Environments()
    {
        var names = Layers.Reverse()
            .SelectMany(l => l.Values)
            .Where(v => string.Equals(v.Key.Section, SectionNames.Environment, StringComparison.OrdinalIgnoreCase))
            .Select(v => v.Key.Option.ToLowerInvariant())
            .Distinct();
        return [.. names.Select(n => Get(SectionNames.Environment, n)!)];
    }

    /// <summary>
    /// Every problem of the configuration: syntax errors of the files, bad values of known
    /// options in every layer (overridden ones included), unknown options and sections that
    /// look like typos, and an option set under both its name and an alias in one section.
    /// </summary>
    public IReadOnlyList<Diagnostic> Check() => ConfigCheck.Run(Layers);
}
