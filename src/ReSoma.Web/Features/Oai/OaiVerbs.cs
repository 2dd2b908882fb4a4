namespace ReSoma.Web.Features.Oai;

/// <summary>The six verbs and the arguments each accepts (spec section 4).</summary>
public static class OaiVerbs
{
    public const string Identify = "Identify";
    public const string ListMetadataFormats = "ListMetadataFormats";
    public const string ListSets = "ListSets";
    public const string ListIdentifiers = "ListIdentifiers";
    public const string ListRecords = "ListRecords";
    public const string GetRecord = "GetRecord";

    public const string Verb = "verb";
    public const string Identifier = "identifier";
    public const string MetadataPrefix = "metadataPrefix";
    public const string From = "from";
    public const string Until = "until";
    public const string Set = "set";
    public const string ResumptionToken = "resumptionToken";

    /// <summary>What a verb accepts; a resumption token, where allowed, must come alone.</summary>
    public sealed record Arguments(string[] Required, string[] Optional, bool Resumable);

    public static IReadOnlyDictionary<string, Arguments> All { get; } = new Dictionary<string, Arguments>(StringComparer.Ordinal)
    {
        [Identify] = new([], [], Resumable: false),
        [ListMetadataFormats] = new([], [Identifier], Resumable: false),
        [ListSets] = new([], [], Resumable: true),
        [ListIdentifiers] = new([MetadataPrefix], [From, Until, Set], Resumable: true),
        [ListRecords] = new([MetadataPrefix], [From, Until, Set], Resumable: true),
        [GetRecord] = new([Identifier, MetadataPrefix], [], Resumable: false),
    };
}
