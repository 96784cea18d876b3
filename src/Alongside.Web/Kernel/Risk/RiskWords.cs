using System.Text;

namespace Alongside.Web.Kernel.Risk;

/// <summary>
/// Finds risk phrases in what someone wrote, as whole words, ignoring case, punctuation and
/// spacing ("Self  harm!" matches "self-harm"). Errs towards showing help: a false alarm costs
/// a panel, a miss costs far more.
/// </summary>
public static class RiskWords
{
    public static bool Signal(string? text, IEnumerable<string> phrases)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var haystack = $" {Normalise(text)} ";
        return phrases.Select(Normalise).Where(p => p.Length > 0).Any(p => haystack.Contains($" {p} ", StringComparison.Ordinal));
    }

    /// <summary>Lower case, letters and digits only, single spaces; hyphens and apostrophes join nothing.</summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (c is '\'' or '\u2019') continue; // "can't" and "can’t" read the same
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }
        return sb.ToString().TrimEnd();
    }
}
