using static ReSoma.Web.Features.Oai.OaiVerbs;
using ReSoma.Web.Infrastructure.Metadata;

namespace ReSoma.Web.Features.Oai;

/// <summary>
/// Checks a request's verb and arguments against the protocol: badVerb and badArgument come from here, before any
/// data is read. What the arguments point at (a record, a format, a token) is checked when the verb runs.
/// </summary>
public static class OaiRequestParser
{
    public static (OaiRequest? Request, IReadOnlyList<OaiError> Errors) Parse(OaiArguments arguments)
    {
        if (arguments.Problem is { } problem)
        {
            return (null, [OaiError.BadArgument(problem)]);
        }

        var given = arguments.Pairs.GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Value).ToList(), StringComparer.Ordinal);
        if (!given.TryGetValue(Verb, out var verbs))
        {
            return (null, [OaiError.BadVerb("The verb argument is missing.")]);
        }

        if (verbs.Count > 1)
        {
            return (null, [OaiError.BadVerb("The verb argument is repeated.")]);
        }

        var verb = verbs[0];
        if (!All.TryGetValue(verb, out var accepted))
        {
            return (null, [OaiError.BadVerb($"\"{XmlText.Quote(verb)}\" is not an OAI-PMH verb.")]);
        }

        var errors = new List<OaiError>();
        var values = Single(verb, accepted, given, errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        if (values.ContainsKey(ResumptionToken))
        {
            return values.Count == 1
                ? (new OaiRequest(verb, values), [])
                : (null, [OaiError.BadArgument("A resumptionToken must be the only argument besides the verb.")]);
        }

        errors.AddRange(accepted.Required.Where(r => !values.ContainsKey(r)).Select(r => OaiError.BadArgument($"{verb} needs the argument {r}.")));
        var from = Date(values, From, errors);
        var until = Date(values, Until, errors);
        if (from is not null && until is not null)
        {
            if (from.IsDay != until.IsDay)
            {
                errors.Add(OaiError.BadArgument("from and until must have the same granularity."));
            }
            else if (from.Start > until.Start)
            {
                errors.Add(OaiError.BadArgument("from is later than until."));
            }
        }

        return errors.Count > 0 ? (null, errors) : (new OaiRequest(verb, values, from, until), []);
    }

    // Every argument but the verb: known to this verb, given once, with a value XML can echo.
    private static Dictionary<string, string> Single(string verb, Arguments accepted, Dictionary<string, List<string>> given, List<OaiError> errors)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, list) in given.Where(g => g.Key != Verb))
        {
            if (!accepted.Required.Contains(name) && !accepted.Optional.Contains(name) && !(accepted.Resumable && name == ResumptionToken))
            {
                errors.Add(OaiError.BadArgument($"{verb} does not take the argument \"{XmlText.Quote(name)}\"."));
            }
            else if (list.Count > 1)
            {
                errors.Add(OaiError.BadArgument($"The argument {name} is repeated."));
            }
            else if (list[0].Length == 0 || !XmlText.IsLegal(list[0]))
            {
                errors.Add(OaiError.BadArgument($"The argument {name} has no legal value."));
            }
            else
            {
                values[name] = list[0];
            }
        }

        return values;
    }

    private static OaiDate? Date(Dictionary<string, string> values, string name, List<OaiError> errors)
    {
        if (!values.TryGetValue(name, out var value))
        {
            return null;
        }

        var date = OaiDate.Parse(value);
        if (date is null)
        {
            errors.Add(OaiError.BadArgument($"{name} must be a date (YYYY-MM-DD) or a UTC time (YYYY-MM-DDThh:mm:ssZ)."));
        }

        return date;
    }
}
