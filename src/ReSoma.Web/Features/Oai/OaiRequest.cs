namespace ReSoma.Web.Features.Oai;

/// <summary>A request whose verb and arguments are legal; what it asks for may still not exist.</summary>
public sealed record OaiRequest(string Verb, IReadOnlyDictionary<string, string> Arguments, OaiDate? From = null, OaiDate? Until = null)
{
    public string? Identifier => Arguments.GetValueOrDefault(OaiVerbs.Identifier);

    public string? MetadataPrefix => Arguments.GetValueOrDefault(OaiVerbs.MetadataPrefix);

    public string? Set => Arguments.GetValueOrDefault(OaiVerbs.Set);

    public string? ResumptionToken => Arguments.GetValueOrDefault(OaiVerbs.ResumptionToken);
}
