namespace Alongside.Tests.Infrastructure.Notices;

public sealed class OutboxOptionsTests
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(7, 1920)]
    [InlineData(8, 3600)]
    [InlineData(20, 3600)]
    public void Retry_delay_doubles_from_the_first_and_is_capped(int attempts, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), new OutboxOptions().RetryDelay(attempts));
}
