
namespace Alongside.Web.Features.Sessions.Calendar;

public static class CalendarFeedTokens
{
    public static string Url(HttpContext http, string token) => Links.Absolute(http, $"/calendar/{token}.ics");

    public static (string Token, string Hash) New() => SecretTokens.New();
}
