using Alongside.Web.Infrastructure.TagHelpers;

namespace Alongside.Web.Kernel.Forms;

/// <summary>How a try went, on a scale of 1 to 5, in words a parent would use.</summary>
public static class StrategyRatings
{
    public static string Describe(int rating) => rating switch
    {
        1 => "badly",
        2 => "not well",
        3 => "so-so",
        4 => "well",
        5 => "very well",
        _ => "unrated",
    };

    public static readonly IReadOnlyList<Option> Options =
        Enumerable.Range(1, 5).Reverse().Select(r => new Option(r.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{r}: {Describe(r)}")).ToList();
}
