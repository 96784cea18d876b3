using System.Net;
using System.Text;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Infrastructure.Notices;

public sealed record RenderedNotice(string Subject, string Text, string Html);

/// <summary>Turns a notice into its two parts from one source: the greeting and sign-off are written here once.</summary>
public sealed class NoticeRenderer(IOptions<PublicAddressOptions> address)
{
    /// <summary>The page where an account holder chooses which emails they get.</summary>
    public const string ChoicesPath = "/account/emails";

    public const string ChoicesLead = "You can choose which emails you get from Alongside:";

    /// <param name="withChoiceLink">Ends with a link to <see cref="ChoicesPath"/>: for a notice the person may turn off, sent to an account holder.</param>
    public RenderedNotice Render(Notice notice, string recipientName, bool withChoiceLink = false)
    {
        var text = new StringBuilder().Append("Hello ").Append(recipientName).Append(",\n\n");
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(Encode(notice.Subject))
            .Append("</title></head><body style=\"font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #212b32\">")
            .Append("<p>Hello ").Append(Encode(recipientName)).Append(",</p>");
        foreach (var line in notice.Lines())
        {
            switch (line)
            {
                case NoticeText say:
                    text.Append(say.Text).Append("\n\n");
                    html.Append("<p>").Append(Encode(say.Text).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
                    break;
                case NoticeLink link:
                    var url = address.Value.Absolute(link.Path);
                    if (link.Lead is not null) text.Append(link.Lead).Append('\n');
                    text.Append(url).Append("\n\n");
                    html.Append("<p>");
                    if (link.Lead is not null) html.Append(Encode(link.Lead)).Append("<br>");
                    html.Append("<a href=\"").Append(Encode(url)).Append("\">").Append(Encode(url)).Append("</a></p>");
                    break;
            }
        }
        text.Append("Alongside\n");
        html.Append("<p>Alongside</p>");
        if (withChoiceLink)
        {
            var choices = address.Value.Absolute(ChoicesPath);
            text.Append('\n').Append(ChoicesLead).Append('\n').Append(choices).Append('\n');
            html.Append("<p style=\"font-size: 14px; color: #4c6272\">").Append(Encode(ChoicesLead)).Append("<br>")
                .Append("<a href=\"").Append(Encode(choices)).Append("\">").Append(Encode(choices)).Append("</a></p>");
        }
        html.Append("</body></html>");
        return new RenderedNotice(notice.Subject, text.ToString(), html.ToString());
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
