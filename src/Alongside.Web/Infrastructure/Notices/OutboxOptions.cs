namespace Alongside.Web.Infrastructure.Notices;

public sealed class OutboxOptions
{
    public double PollSeconds { get; set; } = 5;
    public int BatchSize { get; set; } = 20;
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First retry delay; each later one doubles, up to MaxRetryDelaySeconds.</summary>
    public double FirstRetryDelaySeconds { get; set; } = 30;
    public double MaxRetryDelaySeconds { get; set; } = 3600;

    /// <summary>How long a claimed message is kept from other instances while it is sent.</summary>
    public double ClaimSeconds { get; set; } = 120;

    public bool Enabled { get; set; } = true;

    public TimeSpan RetryDelay(int attempts)
    {
        var seconds = FirstRetryDelaySeconds * Math.Pow(2, Math.Max(0, attempts - 1));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxRetryDelaySeconds));
    }
}
