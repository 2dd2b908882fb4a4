using System.Xml.Linq;
using Microsoft.Extensions.Options;
using static ReSoma.Web.Features.Oai.OaiVerbs;

namespace ReSoma.Web.Features.Oai;

/// <summary>Answers one OAI-PMH request: checks it, runs its verb, and writes the XML, errors included.</summary>
public sealed class OaiProtocol(OaiRecords records, ResumptionTokens tokens, IOptions<OaiOptions> options, TimeProvider clock)
{
    public async Task<string> RespondAsync(OaiArguments arguments, string siteRoot, string host, CancellationToken cancellationToken)
    {
        var configured = options.Value.RepositoryIdentifier;
        var site = new OaiSite(siteRoot, string.IsNullOrWhiteSpace(configured) ? host : configured.Trim());
        var (request, errors) = OaiRequestParser.Parse(arguments);
        if (request is null)
        {
            return OaiXml.Errors(clock.GetUtcNow(), site, null, errors);
        }

        var answer = request.Verb switch
        {
            Identify => await IdentifyAsync(site, cancellationToken),
            ListMetadataFormats => await MetadataFormatsAsync(request, site, cancellationToken),
            ListSets => request.ResumptionToken is null ? Answer.Of(OaiDescriptions.ListSets()) : Answer.Of(OaiError.BadResumptionToken()),
            GetRecord => await GetRecordAsync(request, site, cancellationToken),
            _ => await ListAsync(request, site, cancellationToken),
        };
        var now = clock.GetUtcNow();
        return answer.Errors.Count > 0 ? OaiXml.Errors(now, site, request, answer.Errors) : OaiXml.Response(now, site, request, answer.Body);
    }

    private async Task<Answer> IdentifyAsync(OaiSite site, CancellationToken cancellationToken)
    {
        var earliest = await records.EarliestDatestampAsync(cancellationToken) ?? OaiDescriptions.FallbackEarliestDatestamp;
        return Answer.Of(OaiDescriptions.Identify(site, options.Value.AdminEmail, earliest));
    }

    private async Task<Answer> MetadataFormatsAsync(OaiRequest request, OaiSite site, CancellationToken cancellationToken)
    {
        if (request.Identifier is { } identifier
            && (site.SlugOf(identifier) is not { } slug || !await records.ExistsAsync(slug, cancellationToken)))
        {
            return Answer.Of(OaiError.IdDoesNotExist());
        }

        return Answer.Of(OaiDescriptions.ListMetadataFormats());
    }

    private async Task<Answer> GetRecordAsync(OaiRequest request, OaiSite site, CancellationToken cancellationToken)
    {
        var record = site.SlugOf(request.Identifier!) is { } slug ? await records.FindAsync(slug, cancellationToken) : null;
        if (record is null)
        {
            return Answer.Of(OaiError.IdDoesNotExist());
        }

        return OaiFormat.Find(request.MetadataPrefix) is { } format
            ? Answer.Of(new XElement(OaiXml.Pmh + GetRecord, OaiXml.Record(record, site, format)))
            : Answer.Of(OaiError.CannotDisseminateFormat());
    }

    // ListIdentifiers and ListRecords: the same list, as headers or as whole records.
    private async Task<Answer> ListAsync(OaiRequest request, OaiSite site, CancellationToken cancellationToken)
    {
        HarvestQuery query;
        HarvestPosition? after = null;
        if (request.ResumptionToken is { } token)
        {
            if (tokens.Read(token) is not { } state || state.Query?.Verb != request.Verb || state.After is null)
            {
                return Answer.Of(OaiError.BadResumptionToken());
            }

            (query, after) = (state.Query, state.After);
        }
        else if (OaiFormat.Find(request.MetadataPrefix) is null)
        {
            return Answer.Of(OaiError.CannotDisseminateFormat());
        }
        else
        {
            query = new HarvestQuery(request.Verb, request.From?.Start, request.Until?.End, request.Set, request.MetadataPrefix!);
        }

        if (OaiFormat.Find(query.MetadataPrefix) is not { } format)
        {
            return Answer.Of(OaiError.BadResumptionToken());
        }

        var page = await records.ListAsync(query, after, cancellationToken);
        if (page.Items.Count == 0)
        {
            return Answer.Of(OaiError.NoRecordsMatch());
        }

        var cursor = after?.Cursor ?? 0;
        var list = new XElement(OaiXml.Pmh + request.Verb,
            page.Items.Select(r => request.Verb == ListRecords ? OaiXml.Record(r, site, format) : OaiXml.Header(r, site)));
        if (page.HasMore)
        {
            var last = page.Items[^1];
            var next = new ResumptionState(query, new HarvestPosition(last.UpdatedAt, last.Id, cursor + page.Items.Count));
            list.Add(OaiXml.ResumptionToken(tokens.Issue(next), page.CompleteListSize, cursor));
        }
        else if (after is not null)
        {
            // The last page of a list given in several: an empty token says it is complete (spec 3.5).
            list.Add(OaiXml.ResumptionToken("", page.CompleteListSize, cursor));
        }

        return Answer.Of(list);
    }

    private sealed record Answer(IReadOnlyList<XElement> Body, IReadOnlyList<OaiError> Errors)
    {
        public static Answer Of(XElement body) => new([body], []);

        public static Answer Of(OaiError error) => new([], [error]);
    }
}
