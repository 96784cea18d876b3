namespace Alongside.Web.Features.Groups;

/// <summary>
/// How far one person has read one topic: when they last opened it. The topic list counts the
/// visible posts by others written after this as new; no row means they have never opened it.
/// </summary>
public class GroupTopicRead
{
    public Guid TopicId { get; set; }
    public Guid UserId { get; set; }
    public Guid GroupId { get; set; }
    public DateTimeOffset ReadAt { get; set; }
}
