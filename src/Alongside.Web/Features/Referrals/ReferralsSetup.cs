namespace Alongside.Web.Features.Referrals;

public static class ReferralsSetup
{
    public static IServiceCollection AddReferrals(this IServiceCollection services) => services
        .AddScoped<SelfReferralDrafts>()
        .AddScoped<ReferralRisk>()
        .AddScoped<SelfReferralSubmission>()
        .AddScoped<ProfessionalReferralSubmission>();
}
