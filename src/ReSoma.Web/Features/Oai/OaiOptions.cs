namespace ReSoma.Web.Features.Oai;

/// <summary>The <c>Oai</c> settings section.</summary>
public sealed class OaiOptions
{
    public const string Section = "Oai";

    public string AdminEmail { get; set; } = "info@resoma.local";

    /// <summary>
    /// The host name in every record identifier (<c>oai:{this}:brief/{slug}</c>). Empty means the host the harvester
    /// asked; set it in production so identifiers stay the same whichever address (www., a proxy) a harvester uses.
    /// </summary>
    public string? RepositoryIdentifier { get; set; }
}
