using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using MimeKit;

namespace Runner.Tests.Notifications.Support;

/// <summary>
/// A real SMTP server (smtp_server.py on Debian's python3-aiosmtpd, run with /usr/bin/python3)
/// on a free port, saving each message to a folder. <see cref="Stop"/> and <see cref="Start"/>
/// take it down and up on the same port (an outage); STARTTLS (or TLS from the first byte
/// with <c>implicitTls</c>) and AUTH when asked for.
/// </summary>
public sealed class SmtpTestServer : IDisposable
{
    private readonly string[] _extra;
    private Process? _process;

    public SmtpTestServer(bool tls = false, string? user = null, string? password = null, string? exclude = null, bool implicitTls = false)
    {
        Directory.CreateDirectory(Folder);
        Port = FreePort();
        var extra = new List<string>();
        if (tls)
        {
            (CertificatePath, var key) = SelfSigned(Folder);
            extra.AddRange(["--cert", CertificatePath, "--key", key]);
            if (implicitTls)
            {
                extra.Add("--implicit-tls");
            }
        }

        if (user is not null)
        {
            extra.AddRange(["--user", user, "--password", password ?? string.Empty]);
        }

        if (exclude is not null)
        {
            extra.AddRange(["--exclude", exclude]);
        }

        _extra = [.. extra];
        Start();
    }

    public int Port { get; }

    /// <summary>The self-signed certificate (CN and SAN localhost) when started with TLS.</summary>
    public string? CertificatePath { get; }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"runner-smtp-{Guid.NewGuid():N}");

    public static string Script => Path.Combine(AppContext.BaseDirectory, "smtp_server.py");

    /// <summary>The messages received so far, oldest first.</summary>
    public IReadOnlyList<ReceivedMail> Received =>
    [
        .. Directory.GetFiles(Folder, "*.eml").Order(StringComparer.Ordinal).Select(eml =>
        {
            using var meta = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(eml, ".json")));
            var root = meta.RootElement;
            return new ReceivedMail(
                [.. root.GetProperty("to").EnumerateArray().Select(t => t.GetString()!)],
                root.GetProperty("tls").GetBoolean(),
                root.GetProperty("login").GetBoolean(),
                MimeMessage.Load(eml),
                File.ReadAllText(eml));
        }),
    ];

    public void Start()
    {
        var start = new ProcessStartInfo("/usr/bin/python3", [Script, "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--dir", Folder, .. _extra])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var errors = new System.Text.StringBuilder();
        _process = Process.Start(start)!;
        _process.ErrorDataReceived += (_, e) => { lock (errors) { errors.AppendLine(e.Data); } };
        _process.BeginErrorReadLine();
        var ready = _process.StandardOutput.ReadLineAsync();
        if (!ready.Wait(TimeSpan.FromSeconds(20)) || ready.Result != "READY")
        {
            _process.Kill();
            lock (errors)
            {
                throw new InvalidOperationException($"the test SMTP server did not start: is python3-aiosmtpd installed (scripts/install-test-deps.sh)? {errors}");
            }
        }
    }

    /// <summary>Takes the server down: connections are refused until <see cref="Start"/>.</summary>
    public void Stop()
    {
        if (_process is { HasExited: false } process)
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill();
                process.WaitForExit();
            }
        }

        _process?.Dispose();
        _process = null;
    }

    public void Dispose()
    {
        Stop();
        Directory.Delete(Folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A self-signed certificate for localhost made with openssl.</summary>
    private static (string Certificate, string Key) SelfSigned(string folder)
    {
        var certificate = Path.Combine(folder, "cert.pem");
        var key = Path.Combine(folder, "key.pem");
        using var openssl = Process.Start(new ProcessStartInfo("openssl",
            ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate, "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        openssl.StandardError.ReadToEnd();
        openssl.WaitForExit();
        if (openssl.ExitCode != 0)
        {
            throw new InvalidOperationException("openssl could not make a test certificate");
        }

        return (certificate, key);
    }
}
