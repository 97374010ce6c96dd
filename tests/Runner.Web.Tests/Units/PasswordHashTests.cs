using Runner.Web.Security;

namespace Runner.Web.Tests.Units;

/// <summary>The hash strings of [WEB] password and token.</summary>
public sealed class PasswordHashTests
{
    [Fact]
    public void A_hash_verifies_its_secret_only_and_is_salted()
    {
        var first = PasswordHash.Create("s3cret", 1000);
        var second = PasswordHash.Create("s3cret", 1000);

        Assert.StartsWith("pbkdf2-sha256$1000$", first, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
        Assert.True(PasswordHash.Verify("s3cret", first));
        Assert.True(PasswordHash.Verify("s3cret", second));
        Assert.False(PasswordHash.Verify("s3cret ", first));
        Assert.False(PasswordHash.Verify("", first));
        Assert.Null(PasswordHash.Problem(first));
    }

    [Theory]
    [InlineData("plain", "plain", true)]
    [InlineData("plain", "plaiN", false)]
    [InlineData("", "", false)]
    public void A_plain_text_value_is_compared_as_is(string secret, string stored, bool accepted) =>
        Assert.Equal(accepted, PasswordHash.Verify(secret, stored));

    [Theory]
    [InlineData("pbkdf2-sha256$")]
    [InlineData("pbkdf2-sha256$0$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$x$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$1000$not base64!$AAAA")]
    [InlineData("pbkdf2-sha256$1000$AAAA")]
    public void A_broken_hash_string_is_a_problem_that_names_the_fix(string stored)
    {
        Assert.Contains("runner hash password", PasswordHash.Problem(stored), StringComparison.Ordinal);
        Assert.False(PasswordHash.Verify("anything", stored));
    }
}
