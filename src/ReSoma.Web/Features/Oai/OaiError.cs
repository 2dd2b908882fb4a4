namespace ReSoma.Web.Features.Oai;

/// <summary>One <c>&lt;error code="..."&gt;</c> of the protocol. The codes are the spec's, case and all.</summary>
public sealed record OaiError(string Code, string Message)
{
    public static OaiError BadVerb(string message) => new("badVerb", message);

    public static OaiError BadArgument(string message) => new("badArgument", message);

    public static OaiError BadResumptionToken() =>
        new("badResumptionToken", "The resumption token is not one this repository issued, or no longer fits the request.");

    public static OaiError CannotDisseminateFormat() =>
        new("cannotDisseminateFormat", $"The metadata formats of this repository are {string.Join(" and ", OaiFormat.All.Select(f => f.Prefix))}.");

    public static OaiError IdDoesNotExist() => new("idDoesNotExist", "No item of this repository has that identifier.");

    public static OaiError NoRecordsMatch() => new("noRecordsMatch", "No records match the arguments of the request.");

    /// <summary>The request element of a badVerb or badArgument answer carries no attributes (spec 3.2).</summary>
    public bool HidesRequestArguments => Code is "badVerb" or "badArgument";
}
