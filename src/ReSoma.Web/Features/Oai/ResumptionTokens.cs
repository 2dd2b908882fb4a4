using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace ReSoma.Web.Features.Oai;

/// <summary>What a list request asked for, with until already made exclusive. Tokens issued before there was a second
/// format carry no prefix, and were all oai_dc.</summary>
public sealed record HarvestQuery(string Verb, DateTimeOffset? From, DateTimeOffset? Until, string? Set, string MetadataPrefix = OaiDublinCore.Prefix);

/// <summary>The last record a page showed, and how many records the pages so far showed (the spec's cursor).</summary>
public sealed record HarvestPosition(DateTimeOffset UpdatedAt, int Id, int Cursor);

public sealed record ResumptionState(HarvestQuery Query, HarvestPosition After);

/// <summary>
/// Stateless resumption tokens: the request and the position, sealed with Data Protection. The server keeps nothing,
/// any instance can continue any harvest, and a token that was not issued here (or was altered) cannot be read.
/// </summary>
public sealed class ResumptionTokens(IDataProtectionProvider protection)
{
    private const int MaxLength = 2048;
    private readonly IDataProtector _protector = protection.CreateProtector("ReSoma.Oai.ResumptionToken.v1");

    public string Issue(ResumptionState state) => _protector.Protect(JsonSerializer.Serialize(state));

    public ResumptionState? Read(string token)
    {
        if (token.Length > MaxLength)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ResumptionState>(_protector.Unprotect(token));
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }
}
