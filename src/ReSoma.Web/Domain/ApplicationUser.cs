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
}
