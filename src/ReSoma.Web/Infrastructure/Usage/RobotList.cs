using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace ReSoma.Web.Infrastructure.Usage;

/// <summary>
/// Known robots and crawlers by their user agent, from the maintained list in robots-user-agents.txt (its header names
/// the source, licence and date). All patterns form one case-insensitive expression, compiled once.
/// </summary>
public sealed class RobotList
{
    private const string ResourceName = "ReSoma.Web.Infrastructure.Usage.robots-user-agents.txt";
    // Generous: a busy machine can hold a match up far longer than the match itself takes (well under 1 ms).
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    // Matching one agent against some 1,500 alternatives takes a fraction of a millisecond, and the same few hundred
    // browsers come back all day: their verdicts are kept (bounded; emptied when full).
    private const int MaxRemembered = 10_000;
    private readonly ConcurrentDictionary<string, bool> _verdicts = new(StringComparer.Ordinal);
    private readonly Regex _robots;

    public RobotList(IEnumerable<string> patterns)
    {
        Patterns = patterns.ToList();
        _robots = new Regex(string.Join('|', Patterns.Select(p => $"(?:{p})")),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);
    }

    public IReadOnlyList<string> Patterns { get; }

    /// <summary>The list shipped with the portal.</summary>
    public static RobotList Shipped()
    {
        using var stream = typeof(RobotList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The robots list {ResourceName} is not embedded");
        using var reader = new StreamReader(stream);
        return new RobotList(Parse(reader.ReadToEnd()));
    }

    public static IEnumerable<string> Parse(string text) => text.Split('\n')
        .Select(l => l.TrimEnd('\r'))
        .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'));

    /// <summary>Whether a user agent is a robot's. No user agent at all is no browser either: not counted.</summary>
    public bool IsRobot(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return true;
        }

        if (_verdicts.TryGetValue(userAgent, out var known))
        {
            return known;
        }

        if (_verdicts.Count >= MaxRemembered)
        {
            _verdicts.Clear();
        }

        try
        {
            return _verdicts[userAgent] = _robots.IsMatch(userAgent);
        }
        catch (RegexMatchTimeoutException)
        {
            return true; // not counted this time, and not remembered: a slow moment is no verdict
        }
    }
}
