using System.Globalization;

namespace ReSoma.Load;

/// <summary>The command line (see <see cref="Usage"/>).</summary>
public sealed record LoadOptions(
    IReadOnlyList<int> Sizes,
    int Pairs,
    int DurationSeconds,
    int Connections,
    IReadOnlyList<string>? Pages,
    string? PortalFolder,
    string? CompareFile,
    string? PrintFile,
    int People,
    int Seed,
    bool Keep,
    bool ScaleOut = false)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/ReSoma.Load -- [options]
          --sizes 10000,100000   numbers of briefs; one database grows from one size to the next, each size runs its own portal
          --pairs 3              ceiling-then-page wrk runs per page and size
          --duration 5           seconds of each wrk run
          --connections 32       wrk connections (wrk runs 2 threads)
          --pages a,b            only these pages (names as in the table; "registration" for the seat registration run)
          --people 200           signed-in people in the seat registration run
          --portal DIR           benchmark this publish output (ReSoma.Web.dll in DIR) instead of publishing src/ReSoma.Web
          --compare FILE.json    print a before/after table against an earlier run's JSON
          --print FILE.json      only print the tables of an earlier run's JSON (with --compare: against it), run nothing
          --seed 20181           seed of the generated data
          --keep                 keep the work folder (databases, logs) and print its path
          --scale-out            only the scale-out run: the cached briefs list through nginx to one portal, then to two
                                 (one SQLite file, one Redis; installs redis-server and nginx where missing)
        """;

    public TimeSpan Duration => TimeSpan.FromSeconds(DurationSeconds);

    public bool Runs(string page) => Pages is null || Pages.Contains(page);

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions([10_000, 100_000], 3, 5, 32, null, null, null, null, 200, 20181, false);
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--sizes" => options with { Sizes = [.. Value().Split(',').Select(Number).Order()] },
                "--pairs" => options with { Pairs = Number(Value()) },
                "--duration" => options with { DurationSeconds = Number(Value()) },
                "--connections" => options with { Connections = Number(Value()) },
                "--pages" => options with { Pages = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--people" => options with { People = Number(Value()) },
                "--portal" => options with { PortalFolder = Path.GetFullPath(Value()) },
                "--compare" => options with { CompareFile = Path.GetFullPath(Value()) },
                "--print" => options with { PrintFile = Path.GetFullPath(Value()) },
                "--seed" => options with { Seed = Number(Value()) },
                "--keep" => options with { Keep = true },
                "--scale-out" => options with { ScaleOut = true },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        var unknown = options.Pages?.Except(PageCase.Names.Append(RegistrationLoad.Name)).ToList() ?? [];
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"No page named {string.Join(", ", unknown)}; the pages are {string.Join(", ", PageCase.Names)} and {RegistrationLoad.Name}.");
        }

        // Bounded: every wrk run is one of these, and the portal may not need a second minute per size for the rest.
        return options.Pairs <= 20 && options.DurationSeconds <= 120 && options.Connections <= 1_000 && options.People <= 5_000
            ? options
            : throw new ArgumentException("At most 20 pairs, 120 s per run, 1,000 connections and 5,000 people.");
    }

    private static int Number(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"'{text}' is not a positive whole number.");
}
