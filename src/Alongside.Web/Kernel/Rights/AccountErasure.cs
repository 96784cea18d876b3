namespace Alongside.Web.Kernel.Rights;

/// <summary>
/// A person closing their account: who, when, the families they care for, and those they are
/// the last carer of (nobody will be able to open those from the family's side afterwards).
/// </summary>
public sealed record ClosingAccount(Guid UserId, string Email, DateTimeOffset At, IReadOnlyList<Guid> FamilyIds, IReadOnlyList<Guid> LastCarerOf);

/// <summary>
/// One part of closing an account: a feature erases or anonymises its own rows for the person.
/// Called inside <see cref="AccountClosure"/>'s transaction, so every part happens or none does;
/// use set-based statements (ExecuteUpdate, ExecuteDelete), never a query per row. What a part
/// must keep (others' copies, safeguarding, the provider's clinical record) it leaves alone.
/// </summary>
public interface IAccountErasure
{
    Task EraseAsync(ClosingAccount account, CancellationToken cancellationToken);
}
