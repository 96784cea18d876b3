using System.ComponentModel.DataAnnotations;

namespace Alongside.Web.Kernel.Rights;

/// <summary>How long Alongside keeps what it may delete ("Retention" in configuration).</summary>
public sealed class RetentionOptions
{
    /// <summary>Days a closed account's tombstone row is kept before it is deleted, when no kept record still names it.</summary>
    [Range(1, 3650, ErrorMessage = "Retention:ClosedAccountDataDays must be between {1} and {2}")]
    public int ClosedAccountDataDays { get; set; } = 30;

    /// <summary>Days an ended sign-in session (device, times) is kept, for "where you are signed in" and investigations.</summary>
    [Range(1, 3650, ErrorMessage = "Retention:EndedSessionsDays must be between {1} and {2}")]
    public int EndedSessionsDays { get; set; } = 30;

    /// <summary>Days an unsent request for help is kept after it was last changed.</summary>
    [Range(1, 3650, ErrorMessage = "Retention:SelfReferralDraftDays must be between {1} and {2}")]
    public int SelfReferralDraftDays { get; set; } = 30;

    /// <summary>Days an email that was sent, or given up on, is kept in the outbox.</summary>
    [Range(1, 3650, ErrorMessage = "Retention:SentEmailDays must be between {1} and {2}")]
    public int SentEmailDays { get; set; } = 90;

    /// <summary>
    /// Years the providers keep their clinical records, shown to people on the account pages.
    /// Alongside does not delete the providers' records itself: each provider applies its own.
    /// </summary>
    [Range(1, 100, ErrorMessage = "Retention:ClinicalRecordYears must be between {1} and {2}")]
    public int ClinicalRecordYears { get; set; } = 8;
}

/// <summary>The instants before which each kind of row has expired, worked out once per run.</summary>
public sealed record RetentionCutoffs(DateTimeOffset ClosedAccounts, DateTimeOffset EndedSessions, DateTimeOffset SelfReferralDrafts, DateTimeOffset SentEmail)
{
    public static RetentionCutoffs At(DateTimeOffset now, RetentionOptions options) => new(
        now.AddDays(-options.ClosedAccountDataDays),
        now.AddDays(-options.EndedSessionsDays),
        now.AddDays(-options.SelfReferralDraftDays),
        now.AddDays(-options.SentEmailDays));
}
