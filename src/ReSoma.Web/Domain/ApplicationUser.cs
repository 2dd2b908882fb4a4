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

    /// <summary>Shown where a deleted person's name was: what they wrote stays, their name does not.</summary>
    public const string FormerMember = "a former member";

    /// <summary>The lockout end an administrator sets: "until unlocked". A pause after failed sign-ins ends by
    /// itself or with a password reset; this one only when an administrator lifts it.</summary>
    public static readonly DateTimeOffset LockedByAdministrator = DateTimeOffset.MaxValue;

    /// <summary>Any lockout ending in the last year of the calendar: a database may keep fewer fractions of a second
    /// than <see cref="DateTimeOffset.MaxValue"/> has (SQLite reads it back a tick short), so equality would say no.</summary>
    public bool IsLockedByAdministrator => LockoutEnd is { } end && end.UtcDateTime.Year == DateTimeOffset.MaxValue.Year;
}
