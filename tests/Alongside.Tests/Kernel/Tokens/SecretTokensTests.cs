namespace Alongside.Tests.Kernel.Tokens;

public sealed class SecretTokensTests
{
    [Fact]
    public void A_token_is_random_url_safe_and_only_its_hash_is_kept()
    {
        var (first, firstHash) = SecretTokens.New();
        var (second, _) = SecretTokens.New();
        Assert.NotEqual(first, second);
        Assert.Equal(43, first.Length); // 32 random bytes, base64url without padding
        Assert.Matches("^[A-Za-z0-9_-]+$", first);
        Assert.Matches("^[0-9a-f]{64}$", firstHash);
        Assert.Equal(firstHash, SecretTokens.Hash(first));
        Assert.DoesNotContain(first, firstHash, StringComparison.Ordinal);
    }
}
