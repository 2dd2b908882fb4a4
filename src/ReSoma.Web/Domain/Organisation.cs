namespace ReSoma.Web.Domain;

/// <summary>A consortium partner or a stakeholder's organisation.</summary>
public class Organisation : IDemoContent
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>Upper-cased name, unique, so "ecre" and "ECRE" are one organisation.</summary>
    public required string NormalizedName { get; set; }

    public string? Country { get; set; }
    public string? Website { get; set; }
    public string? Description { get; set; }

    /// <summary>Partners of the ReSOMA consortium are listed on the about page.</summary>
    public bool IsPartner { get; set; }

    /// <summary>The partner's part in the consortium, e.g. "Coordinator".</summary>
    public string? PartnerRole { get; set; }

    public bool IsDemo { get; set; }

    public static string Normalize(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
