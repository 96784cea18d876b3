using Alongside.Web.Infrastructure.TagHelpers;

namespace Alongside.Web.Features.Referrals;

/// <summary>
/// What a funding form offers (the organisations that can commission, the local authorities a
/// child can live in) and the checks on what comes back: a value that is not one of the choices
/// is a message, never saved.
/// </summary>
public sealed record FundingChoices(IReadOnlyList<Option> Commissioners, IReadOnlyList<Option> LocalAuthorities)
{
    /// <summary>Local authorities (or regional adoption agencies) and NHS services, by name.</summary>
    public static async Task<FundingChoices> LoadAsync(AlongsideDbContext db, LocalAuthorities authorities)
    {
        var commissioners = await db.Organisations
            .Where(o => o.Kind == OrganisationKind.LocalAuthority || o.Kind == OrganisationKind.NhsService)
            .OrderBy(o => o.Name).Take(1000)
            .Select(o => new { o.Id, o.Name }).ToListAsync();
        return new FundingChoices(
            commissioners.Select(o => new Option(o.Id.ToString(), o.Name)).ToList(),
            authorities.UpperTier.Select(a => new Option(a.Code, a.Name)).ToList());
    }

    public string? CommissionerName(Guid? id) =>
        id is null ? null : Commissioners.FirstOrDefault(o => o.Value == id.Value.ToString())?.Label;

    /// <summary>The commissioner organisation chosen, null when none was; a forged id is an error.</summary>
    public Guid? Commissioner(string? id, string key, List<(string Key, string Message)> errors)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        if (Guid.TryParse(id.Trim(), out var guid) && Commissioners.Any(o => o.Value == guid.ToString())) return guid;
        errors.Add((key, "Select the commissioner from the list"));
        return null;
    }

    /// <summary>The ONS code of the child's local authority, as the list spells it; null when none was chosen.</summary>
    public string? LocalAuthority(string? code, string key, List<(string Key, string Message)> errors)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var found = LocalAuthorities.FirstOrDefault(o => string.Equals(o.Value, code.Trim(), StringComparison.OrdinalIgnoreCase));
        if (found is not null) return found.Value;
        errors.Add((key, "Select the child's local authority from the list"));
        return null;
    }

    /// <summary>The day the assessment of need was made, for ASGSF: a real day, not in the future, not before 1900.</summary>
    public static DateOnly? AssessedOn(string? d, string? m, string? y, string key, DateOnly today, List<(string Key, string Message)> errors)
    {
        if (string.IsNullOrWhiteSpace(d) && string.IsNullOrWhiteSpace(m) && string.IsNullOrWhiteSpace(y)) return null;
        const string name = "The date of the assessment of need";
        var question = new DateQuestion(name, $"Enter {name.ToLowerInvariant()}",
            new DateOnly(1900, 1, 1), $"{name} must be in 1900 or later", today, $"{name} must be today or in the past");
        var (date, error) = DateParts.Read(d, m, y, question);
        if (error is null) return date;
        errors.Add((key, error));
        return null;
    }
}
