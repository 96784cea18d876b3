namespace Alongside.Web.Infrastructure.Notices;

/// <summary>
/// What the people a notice is addressed to have chosen. The choices belong to accounts
/// (Features/Account keeps them); accounts themselves send notices, so <see cref="Notices"/> asks
/// through this rather than reading the users table, which would tie the two together in a circle.
/// </summary>
public interface INoticePreferences
{
    /// <summary>
    /// Of these addresses, those that belong to an open account, each with whether its owner has
    /// turned <paramref name="category"/> off. An address with no account is left out. One query.
    /// </summary>
    Task<IReadOnlyDictionary<string, bool>> LookUpAsync(IReadOnlyCollection<string> addresses, NoticeCategory category);
}
