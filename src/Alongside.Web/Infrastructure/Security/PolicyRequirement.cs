using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Infrastructure.Security;

/// <summary>The requirement behind each named policy; <see cref="AccessRules"/> decides.</summary>
public sealed class PolicyRequirement(string policy) : IAuthorizationRequirement
{
    public string Policy { get; } = policy;
}
