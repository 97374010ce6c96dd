using System.Net;

namespace Runner.Web.Security;

/// <summary>
/// The Host header a request may carry (against DNS rebinding): the configured <c>[WEB] host</c>,
/// <c>localhost</c> and the loopback addresses; when the server listens on every address
/// (<c>0.0.0.0</c>, <c>::</c>), also the machine's name and any IP address literal.
/// </summary>
public sealed class HostCheck
{
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly bool _anyAddress;

    public HostCheck(string configuredHost)
    {
        var host = configuredHost.Trim().Trim('[', ']');
        _anyAddress = host is "0.0.0.0" or "::" or "*" or "+";
        _names.UnionWith(["localhost", "127.0.0.1", "::1", host]);
        if (_anyAddress)
        {
            _names.Add(Dns.GetHostName());
        }
    }

    /// <summary>True when a request with this Host header (without its port) is served.</summary>
    public bool Allows(string hostHeaderName)
    {
        var name = hostHeaderName.Trim('[', ']');
        return name.Length > 0 && (_names.Contains(name) || (_anyAddress && IPAddress.TryParse(name, out _)));
    }
}
