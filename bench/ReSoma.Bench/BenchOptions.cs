using System.Globalization;

namespace ReSoma.Bench;

/// <summary>The command line: <c>--sizes 10000,100000 --iterations 30 --warmup 2 --budget 10 --explain --diagnose --keep</c>.</summary>
public sealed record BenchOptions(
    IReadOnlyList<int> Sizes, int Iterations, int Warmup, TimeSpan BudgetPerCase, int BatchSize, int Seed, bool Explain, bool Diagnose, bool Keep,
    int RegistrationPeople = 2_000, int RegistrationConcurrency = 32, int RegistrationSeats = 500, bool OnlyRegistrations = false, int UsageWriterUses = 0, int MailQueueMails = 0)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/ReSoma.Bench -- [options]
          --sizes 10000,100000   numbers of briefs; the same database grows from one size to the next
          --iterations 30        timed runs per case and size
          --warmup 2             untimed runs first
          --budget 10            seconds per case and size; a slower case stops early (at least 5 runs)
          --batch 5000           briefs per insert transaction
          --seed 20181           random seed of the generated library (fixed, so runs are comparable)
          --explain              print each case's SQL, its time and SQLite's plan at the largest size
          --diagnose             at the largest size, time the slow statements and candidate rewrites as raw SQL,
                                 then run ANALYZE and measure every case again (the app does not run ANALYZE)
          --keep                 keep the SQLite file and print its path
          --mail-queue 2000      only the mail queue: that many mails to a local SMTP server, against MailKit alone
          --registrations 2000,32,500   the seat run: people registering, how many at once, seats (0 skips it)
          --registrations-only   run only the seat run
          --usage-writer 100000  only the usage writer: the robots list, then that many uses queued and written
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions([10_000, 100_000], Iterations: 30, Warmup: 2, TimeSpan.FromSeconds(10), BatchSize: 5_000, Seed: 20181, Explain: false, Diagnose: false, Keep: false);
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--sizes" => options with { Sizes = Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Number).Order().ToList() },
                "--iterations" => options with { Iterations = Number(Value()) },
                "--warmup" => options with { Warmup = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--budget" => options with { BudgetPerCase = TimeSpan.FromSeconds(Number(Value())) },
                "--batch" => options with { BatchSize = Number(Value()) },
                "--seed" => options with { Seed = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--explain" => options with { Explain = true },
                "--diagnose" => options with { Diagnose = true },
                "--keep" => options with { Keep = true },
                "--registrations" => Registrations(options, Value()),
                "--registrations-only" => options with { OnlyRegistrations = true },
                "--usage-writer" => options with { UsageWriterUses = Number(Value()) },
                "--mail-queue" => options with { MailQueueMails = Number(Value()) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return options.Sizes.Count > 0 ? options : throw new ArgumentException("--sizes needs at least one size.");
    }

    private static BenchOptions Registrations(BenchOptions options, string value)
    {
        if (value == "0")
        {
            return options with { RegistrationPeople = 0 };
        }

        var parts = value.Split(',').Select(Number).ToArray();
        return parts.Length == 3
            ? options with { RegistrationPeople = parts[0], RegistrationConcurrency = parts[1], RegistrationSeats = parts[2] }
            : throw new ArgumentException("--registrations takes people,concurrency,seats (e.g. 2000,32,500) or 0.");
    }

    private static int Number(string text) =>
        int.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"'{text}' is not a positive number.");
}
