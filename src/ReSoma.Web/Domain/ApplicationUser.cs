using Microsoft.AspNetCore.Identity;

namespace ReSoma.Web.Domain;

/// <summary>A person with an account: a stakeholder (researcher, policymaker, practitioner), an editor or an admin.</summary>
public class ApplicationUser : IdentityUser, IDemoContent
{
    public string DisplayName { get; set; } = "";
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    /// <summary>ISO 3166 two-letter code.</summary>
    public string? Country { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }
    public bool IsDemo { get; set; }

    /// <summary>The lockout end an administrator sets: "until unlocked". A pause after failed sign-ins ends by
    /// itself or with a password reset; this one only when an administrator lifts it.</summary>
    /// <summary>Shown where a deleted person's name was: what they wrote stays, their name does not.</summary>
    public const string FormerMember = "a former member";

    public static readonly DateTimeOffset LockedByAdministrator = DateTimeOffset.MaxValue;

    public bool IsLockedByAdministrator => LockoutEnd == LockedByAdministrator;
}
