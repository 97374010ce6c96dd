using Runner.Tests.Support;
using Runner.Web.Tests.Support;

namespace Runner.Web.Tests;

/// <summary>What <c>start scheduler</c> refuses about [WEB], before it serves anything.</summary>
[Collection(WebGroup.Name)]
public sealed class StartTests(WebFixture fixture)
{
    [Theory]
    [InlineData("", "neither password nor token is set")]
    [InlineData("password = pbkdf2-sha256$1$bad", "[WEB] password is not a valid")]
    [InlineData("host = example.com\npassword = x", "[WEB] host = 'example.com' is not an IP address")]
    public void The_scheduler_refuses_to_start_with_a_web_gui_it_cannot_serve_safely(string options, string error)
    {
        using var home = new TempHome();
        home.Write("config.ini", $"[WEB]\nenabled = True\nport = 1\n{options}\n");
        home.Write("schedule.tsv", "ID\tNAME\tDESCRIPTION\tENVIRONMENT\tFILE\tMONTH_DAY\tWEEK_DAY\tHOUR\tMINUTE\tSECOND\tPARAMETERS\tSTATUS\n");

        var result = fixture.Runner.Run(home.Path, null, "start", "scheduler");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains(error, result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Hash_password_prints_a_hash_the_web_gui_accepts()
    {
        using var home = new TempHome();
        var result = fixture.Runner.Run(home.Path, "s3cret\n", "hash", "password");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("pbkdf2-sha256$600000$", result.Output, StringComparison.Ordinal);
        Assert.True(Runner.Web.Security.PasswordHash.Verify("s3cret", result.Output.Trim()));
        Assert.False(Runner.Web.Security.PasswordHash.Verify("s3cret!", result.Output.Trim()));
    }
}
