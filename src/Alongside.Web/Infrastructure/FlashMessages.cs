using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Infrastructure;

/// <summary>
/// Says what an action did on the page it redirects to (post, redirect, get), shown by the
/// partial Features/Shared/_Flash.cshtml.
/// </summary>
public static class FlashMessages
{
    public const string Key = "Done";

    public static void Flash(this PageModel page, string message) => page.TempData[Key] = message;
}
