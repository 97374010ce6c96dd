using Runner.Web.Security;

namespace Runner.Web.Tests.Units;

/// <summary>Which Host headers the server answers (DNS rebinding).</summary>
public sealed class HostCheckTests
{
    [Theory]
    // configured host, Host header name, allowed
    [InlineData("127.0.0.1", "127.0.0.1", true)]
    [InlineData("127.0.0.1", "localhost", true)]
    [InlineData("127.0.0.1", "LOCALHOST", true)]
    [InlineData("127.0.0.1", "[::1]", true)]
    [InlineData("127.0.0.1", "10.0.0.5", false)]
    [InlineData("127.0.0.1", "evil.example", false)]
    [InlineData("127.0.0.1", "localhost.evil.example", false)]
    [InlineData("127.0.0.1", "", false)]
    [InlineData("10.0.0.5", "10.0.0.5", true)]
    [InlineData("10.0.0.5", "10.0.0.6", false)]
    [InlineData("0.0.0.0", "10.0.0.6", true)]
    [InlineData("0.0.0.0", "[fe80::1]", true)]
    [InlineData("0.0.0.0", "evil.example", false)]
    public void Allows_the_configured_host_and_loopback_names(string configured, string header, bool allowed) =>
        Assert.Equal(allowed, new HostCheck(configured).Allows(header));
}
