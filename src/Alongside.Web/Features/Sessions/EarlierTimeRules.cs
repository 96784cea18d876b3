namespace Alongside.Web.Features.Sessions;

/// <summary>Who hears first of a freed slot: the earliest to join among those it would help.</summary>
public static class EarlierTimeRules
{
    public sealed record Candidate(Guid Id, DateTimeOffset Beat, DateTimeOffset CreatedAt);

    /// <summary>
    /// The waiting requests a slot at <paramref name="slot"/> would help (their time to beat is
    /// later), first joined first; ties by id, so every instance picks the same one.
    /// </summary>
    public static IEnumerable<Candidate> InOrder(IEnumerable<Candidate> waiting, DateTimeOffset slot) =>
        waiting.Where(c => c.Beat > slot).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id);

    public static Candidate? First(IEnumerable<Candidate> waiting, DateTimeOffset slot) => InOrder(waiting, slot).FirstOrDefault();
}
