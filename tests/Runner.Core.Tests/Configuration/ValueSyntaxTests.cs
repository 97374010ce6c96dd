using Runner.Core.Configuration;

namespace Runner.Core.Tests.Configuration;

public sealed class ValueSyntaxTests
{
    [Theory]
    // Flags: the configparser words, any case, trimmed
    [InlineData("True", true)]
    [InlineData("true", true)]
    [InlineData(" YES ", true)]
    [InlineData("on", true)]
    [InlineData("1", true)]
    [InlineData("False", false)]
    [InlineData("no", false)]
    [InlineData("OFF", false)]
    [InlineData("0", false)]
    public void Flags_accepted(string text, bool expected)
    {
        Assert.True(ValueSyntax.TryFlag(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("y")]
    [InlineData("n")]
    [InlineData("2")]
    [InlineData("truee")]
    [InlineData("enabled")]
    public void Flags_rejected(string text) => Assert.False(ValueSyntax.TryFlag(text, out _));

    [Theory]
    // Numbers
    [InlineData("0", 0)]
    [InlineData(" 42 ", 42)]
    [InlineData("-3", -3)]
    [InlineData("+7", 7)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void Numbers_accepted(string text, long expected)
    {
        Assert.True(ValueSyntax.TryNumber(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("1,000")]
    [InlineData("1e3")]
    [InlineData("9223372036854775808")]
    public void Numbers_rejected(string text) => Assert.False(ValueSyntax.TryNumber(text, out _));

    [Theory]
    // Sizes: bytes, or a 1024-based unit in any case, with or without a space
    [InlineData("10485760", 10485760)]
    [InlineData("0", 0)]
    [InlineData("100b", 100)]
    [InlineData("512k", 524288)]
    [InlineData("512 KB", 524288)]
    [InlineData("512KiB", 524288)]
    [InlineData("10MB", 10485760)]
    [InlineData("10m", 10485760)]
    [InlineData("10 mib", 10485760)]
    [InlineData("1GB", 1073741824)]
    [InlineData("2g", 2147483648)]
    [InlineData("1TB", 1099511627776)]
    [InlineData(" 3 tib ", 3298534883328)]
    public void Sizes_accepted(string text, long expected)
    {
        Assert.True(ValueSyntax.TrySize(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("MB")]
    [InlineData("-1")]
    [InlineData("1.5GB")]
    [InlineData("10 megabytes")]
    [InlineData("10PB")]
    [InlineData("10M B")]
    [InlineData("99999999999999999999")]
    [InlineData("9999999999TB")]
    public void Sizes_rejected(string text) => Assert.False(ValueSyntax.TrySize(text, out _));

    [Theory]
    // Seconds: bare, with a unit, or a sum of units each used once
    [InlineData("0", 0)]
    [InlineData("30", 30)]
    [InlineData(" 30s ", 30)]
    [InlineData("30S", 30)]
    [InlineData("5m", 300)]
    [InlineData("5 m", 300)]
    [InlineData("2h", 7200)]
    [InlineData("1d", 86400)]
    [InlineData("1h30m", 5400)]
    [InlineData("1h 30m 15s", 5415)]
    [InlineData("1d2h3m4s", 93784)]
    [InlineData("30m1h", 5400)]
    [InlineData("100000000000", 100000000000)]
    public void Seconds_accepted(string text, long expected)
    {
        Assert.True(ValueSyntax.TrySeconds(text, out var value));
        Assert.Equal(TimeSpan.FromSeconds(expected), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("s")]
    [InlineData("-5")]
    [InlineData("1.5h")]
    [InlineData("5 min")]
    [InlineData("1h30")]
    [InlineData("5m5m")]
    [InlineData("10w")]
    [InlineData("100000000001")]
    [InlineData("9999999999999d")]
    public void Seconds_rejected(string text) => Assert.False(ValueSyntax.TrySeconds(text, out _));

    [Theory]
    // Lists: commas, semicolons or line breaks, empty items dropped
    [InlineData("", new string[0])]
    [InlineData("a@x.org", new[] { "a@x.org" })]
    [InlineData("a@x.org, b@x.org", new[] { "a@x.org", "b@x.org" })]
    [InlineData("a@x.org;b@x.org;", new[] { "a@x.org", "b@x.org" })]
    [InlineData("a@x.org,\nb@x.org ; c@x.org", new[] { "a@x.org", "b@x.org", "c@x.org" })]
    [InlineData(" , ; ", new string[0])]
    public void Items_split(string text, string[] expected) => Assert.Equal(expected, ValueSyntax.Items(text));

    [Theory]
    [InlineData("ops@example.com", true)]
    [InlineData(" Ops Team <ops@example.com> ", true)]
    [InlineData("ops", false)]
    [InlineData("ops@", false)]
    [InlineData("@example.com", false)]
    [InlineData("", false)]
    public void Addresses(string text, bool valid) => Assert.Equal(valid, ValueSyntax.IsAddress(text));

    [Theory]
    [InlineData("https://hooks.example.com/x", true)]
    [InlineData("HTTP://example.com", true)]
    [InlineData("ftp://example.com", false)]
    [InlineData("/var/hook", false)]
    [InlineData("example.com", false)]
    [InlineData("", false)]
    public void Urls(string text, bool valid) => Assert.Equal(valid, ValueSyntax.TryUrl(text, ["http", "https"], out _));

    [Theory]
    [InlineData("Europe/Berlin", true)]
    [InlineData("America/Argentina/Buenos_Aires", true)]
    [InlineData("Etc/GMT+5", true)]
    [InlineData("W. Europe Standard Time", true)]
    [InlineData("UTC", true)]
    [InlineData("", false)]
    [InlineData("Europe/Berlin;rm", false)]
    [InlineData("Zone\t1", false)]
    public void Time_zone_ids(string text, bool valid) => Assert.Equal(valid, ValueSyntax.IsTimeZoneId(text));
}
