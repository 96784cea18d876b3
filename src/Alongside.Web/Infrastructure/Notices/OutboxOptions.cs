using System.ComponentModel.DataAnnotations;

namespace Alongside.Web.Infrastructure.Notices;

public sealed class OutboxOptions
{
    [Range(0.05, 3600, ErrorMessage = "Outbox:PollSeconds must be between {1} and {2}")]
    public double PollSeconds { get; set; } = 5;
    [Range(1, 1000, ErrorMessage = "Outbox:BatchSize must be between {1} and {2}")]
    public int BatchSize { get; set; } = 20;
    [Range(1, 100, ErrorMessage = "Outbox:MaxAttempts must be between {1} and {2}")]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First retry delay; each later one doubles, up to MaxRetryDelaySeconds.</summary>
    [Range(0.01, 86400, ErrorMessage = "Outbox:FirstRetryDelaySeconds must be between {1} and {2}")]
    public double FirstRetryDelaySeconds { get; set; } = 30;
    [Range(1, 604800, ErrorMessage = "Outbox:MaxRetryDelaySeconds must be between {1} and {2}")]
    public double MaxRetryDelaySeconds { get; set; } = 3600;

    /// <summary>How long a claimed message is kept from other instances while it is sent.</summary>
    [Range(1, 3600, ErrorMessage = "Outbox:ClaimSeconds must be between {1} and {2}")]
    public double ClaimSeconds { get; set; } = 120;

    public bool Enabled { get; set; } = true;

    public TimeSpan RetryDelay(int attempts)
    {
        var seconds = FirstRetryDelaySeconds * Math.Pow(2, Math.Max(0, attempts - 1));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxRetryDelaySeconds));
    }
}
