namespace Runner.Core.Configuration;

/// <summary>What one physical line of an ini file is.</summary>
internal enum IniLineKind
{
    Blank,
    Comment,
    Section,
    Option,
    Continuation,
    Invalid,
}
