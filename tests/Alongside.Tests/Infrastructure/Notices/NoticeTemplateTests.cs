using System.Reflection;
using System.Text.RegularExpressions;
using Alongside.Tests.Architecture;
using Microsoft.Extensions.Options;

namespace Alongside.Tests.Infrastructure.Notices;

/// <summary>
/// Every email template, held to the same rules at once: a notice says that something happened
/// and where to look, never what a family said or a clinician wrote. The rule is kept here, in
/// one place: a template may only be filled with names, times, counts and links.
/// </summary>
public sealed partial class NoticeTemplateTests
{
    /// <summary>The words a template may carry, and why each is safe to send by email.</summary>
    private static readonly Dictionary<string, string> AllowedText = new()
    {
        ["Organisation"] = "the name of a service",
        ["Group"] = "the name of a peer support group, public on /groups",
        ["Course"] = "the title of a course, public on /courses",
        ["Inviter"] = "the name of the carer who invites a guest or a carer",
        ["Family"] = "the family's own name for itself, sent to a person they invite",
        ["Clinician"] = "the clinician's name, for a session reminder",
        ["Supporter"] = "the peer supporter's name, sent to the parent they will support",
        ["Where"] = "which part of the app (\"a message\", \"their home log\"), never what was written there",
        ["Path"] = "a path of this app, made absolute from configuration",
        ["Token"] = "a secret link token",
        ["Code"] = "an account confirmation or reset code",
        ["Reference"] = "a request's reference number, made of letters and digits by the app, never words from anyone",
        ["Email"] = "the recipient's own address",
        ["ModeratorNote"] = "the moderators' own words to a group member about the code of conduct",
    };

    private static readonly List<Type> Templates = typeof(Notice).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(Notice)) && !t.IsAbstract).OrderBy(t => t.FullName).ToList();

    private static readonly NoticeRenderer Renderer =
        new(Options.Create(new PublicAddressOptions { PublicBaseUrl = "https://alongside.example" }));

    [Fact]
    public void Every_email_the_app_sends_has_a_template()
    {
        Assert.True(Templates.Count >= 25, $"Only {Templates.Count} templates found");
        // Mail is queued only by the notices service, so no page can write an email of its own.
        var direct = AppArchitecture.Dependencies
            .Where(d => d.Target == "Alongside.Web.Infrastructure.Notices.Outbox" && !d.Source.StartsWith("Alongside.Web.Infrastructure.Notices.", StringComparison.Ordinal))
            .Select(d => d.Source).Distinct().ToList();
        Assert.True(direct.Count == 0, "Queue mail through Notices, not the outbox: " + string.Join(", ", direct));
    }

    [Fact]
    public void Templates_carry_only_names_times_counts_and_links()
    {
        var problems = new List<string>();
        foreach (var template in Templates)
        {
            foreach (var p in template.GetConstructors().Single().GetParameters())
            {
                var type = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
                if (type == typeof(string) && !AllowedText.ContainsKey(p.Name!))
                    problems.Add($"{template.Name}.{p.Name}: text that is not a name, a link or a code");
                else if (type != typeof(string) && !type.IsEnum && type != typeof(int) && type != typeof(bool) && type != typeof(Guid) && type != typeof(DateTimeOffset) && type != typeof(DateOnly))
                    problems.Add($"{template.Name}.{p.Name}: {type.Name}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_template_renders_text_and_html_from_one_source_with_links_from_configuration()
    {
        foreach (var template in Templates)
        {
            var notice = Sample(template);
            var rendered = Renderer.Render(notice, "Pat <Jones>");
            Assert.False(string.IsNullOrWhiteSpace(rendered.Subject), template.Name);
            Assert.True(rendered.Subject.Length <= 300 && !rendered.Subject.Contains('\n', StringComparison.Ordinal), template.Name);
            Assert.StartsWith("Hello Pat <Jones>,\n\n", rendered.Text, StringComparison.Ordinal);
            Assert.EndsWith("\n\nAlongside\n", rendered.Text, StringComparison.Ordinal);
            Assert.Contains("<p>Hello Pat &lt;Jones&gt;,</p>", rendered.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>", rendered.Html, StringComparison.Ordinal);
            foreach (Match link in Url().Matches(rendered.Text))
            {
                Assert.StartsWith("https://alongside.example/", link.Value, StringComparison.Ordinal);
                Assert.Contains($"href=\"{System.Net.WebUtility.HtmlEncode(link.Value)}\"", rendered.Html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void A_name_with_markup_is_shown_as_text_in_the_html_part()
    {
        var rendered = Renderer.Render(new Alongside.Web.Features.Groups.WelcomeNotice("<b>Dads</b>", Guid.Empty), "Sam");
        Assert.Contains("&lt;b&gt;Dads&lt;/b&gt;", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("Welcome to <b>Dads</b>", rendered.Subject, StringComparison.Ordinal);
    }

    private static Notice Sample(Type template)
    {
        var ctor = template.GetConstructors().Single();
        var args = ctor.GetParameters().Select(p => (Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType) switch
        {
            var t when t == typeof(string) => p.Name == "Path" ? "/family" : "<b>Sample</b>",
            var t when t == typeof(int) => 2,
            var t when t == typeof(bool) => (object)true,
            var t when t == typeof(Guid) => Guid.CreateVersion7(),
            var t when t == typeof(DateTimeOffset) => new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero),
            var t when t == typeof(DateOnly) => new DateOnly(2026, 6, 1),
            var t when t.IsEnum => Enum.GetValues(t).GetValue(0),
            var t => throw new InvalidOperationException($"No sample for {t.Name}"),
        }).ToArray();
        return (Notice)ctor.Invoke(args);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Url();
}
