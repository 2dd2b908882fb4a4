namespace ReSoma.Web.Data.Seeding;

/// <summary>
/// What the seeder wants a newcomer to read once the portal listens: how to log in. Printed to the console
/// only (not to the structured log), because a generated password must not end up in log files.
/// </summary>
public sealed class FirstRunReport
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines => _lines;

    public void Add(string line) => _lines.Add(line);
}
