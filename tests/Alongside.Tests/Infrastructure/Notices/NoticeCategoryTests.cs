using Alongside.Web.Features.Groups;
using Alongside.Web.Features.PeerSupport;
using Alongside.Web.Features.Sessions;
using Alongside.Web.Kernel.Courses;
using Microsoft.Extensions.Options;

namespace Alongside.Tests.Infrastructure.Notices;

/// <summary>Which emails a person may turn off, and the line that tells them how.</summary>
public sealed class NoticeCategoryTests
{
    private static readonly NoticeRenderer Renderer =
        new(Options.Create(new PublicAddressOptions { PublicBaseUrl = "https://alongside.example" }));

    public static TheoryData<Notice> AlwaysSent => new()
    {
        new RiskAlertNotice("a message", "/staff/risk"),
        new SafeguardingConcernNotice(),
        new PostHeldNotice("Dads", Guid.Empty, Risk: true),
        new ConfirmEmailNotice(Guid.Empty, "code"),
        new PasswordResetNotice("a@example.org", "code"),
        new AlreadyRegisteredNotice(),
        new StaffInvitationNotice("Org", Role.Clinician, DateTimeOffset.UnixEpoch, "token"),
        new GuestInvitationNotice("Sam", DateTimeOffset.UnixEpoch, "token"),
        new AccountClosedNotice(),
        new SessionsCancelledNotice(1, DateTimeOffset.UnixEpoch),
        new SessionsMovedNotice(1, DateTimeOffset.UnixEpoch),
        new EarlierTimeOfferedNotice("Ann", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, SessionKind.Coaching, Guid.Empty, null),
        new PlaceOfferedNotice("Calm parenting", DateTimeOffset.UnixEpoch),
    };

    [Theory]
    [MemberData(nameof(AlwaysSent))]
    public void Safety_sign_in_invitations_data_rights_and_what_costs_a_journey_or_a_place_are_essential(Notice notice) =>
        Assert.Equal(NoticeCategory.Essential, notice.Category);

    [Fact]
    public void Everyday_notices_can_be_turned_off()
    {
        Assert.Equal(NoticeCategory.Sessions, new SessionReminderNotice(SessionKind.Coaching, "Ann", DateTimeOffset.UnixEpoch).Category);
        Assert.Equal(NoticeCategory.Sessions, new FamilyBookedSessionNotice(DateTimeOffset.UnixEpoch).Category);
        Assert.Equal(NoticeCategory.Sessions, new SessionsMovedNotice(1, DateTimeOffset.UnixEpoch, ByService: false).Category); // the family's own move, confirmed
        Assert.Equal(NoticeCategory.Community, new PostHeldNotice("Dads", Guid.Empty, Risk: false).Category);
        Assert.Equal(NoticeCategory.Community, new WelcomeNotice("Dads", Guid.Empty).Category);
        Assert.DoesNotContain(NoticeCategory.Essential, NoticeCategories.Optional);
        Assert.All(NoticeCategories.Optional, c => Assert.NotEqual("", NoticeCategories.Hint(c)));
    }

    [Fact]
    public void The_choices_line_is_in_both_parts_only_when_asked_for()
    {
        var notice = new WelcomeNotice("Dads", Guid.Empty);
        var with = Renderer.Render(notice, "Sam", withChoiceLink: true);
        Assert.EndsWith("Alongside\n\nYou can choose which emails you get from Alongside:\nhttps://alongside.example/account/emails\n", with.Text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://alongside.example/account/emails\">", with.Html, StringComparison.Ordinal);
        var without = Renderer.Render(notice, "Sam");
        Assert.DoesNotContain("/account/emails", without.Text + without.Html, StringComparison.Ordinal);
    }
}
