using System.Globalization;

namespace ReSoma.Faults;

public static class Tally
{
    private static readonly Dictionary<WriteKind, string> Names = new()
    {
        [WriteKind.Account] = "account registrations",
        [WriteKind.EmailConfirmation] = "email confirmations",
        [WriteKind.SeatRegistration] = "seat registrations",
        [WriteKind.SeatCancellation] = "seat cancellations",
        [WriteKind.Contribution] = "written contributions",
        [WriteKind.BriefEdit] = "brief edits (editor)",
        [WriteKind.QuestionnaireAnswer] = "questionnaire answers",
    };

    /// <returns>Whether the run found no fault.</returns>
    public static bool Print(Ledger ledger, int cycles, IReadOnlyList<TimeSpan> restarts, IReadOnlyList<double> loads)
    {
        string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        var acknowledged = ledger.AcknowledgedByKind.Values.Sum();
        var found = ledger.FoundByKind.Values.Sum();
        var lost = ledger.LostByKind.Values.Sum() + ledger.Regressions;
        Console.WriteLine();
        Console.WriteLine("| write | acknowledged | found | lost |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (kind, name) in Names)
        {
            Console.WriteLine($"| {name} | {N(ledger.AcknowledgedByKind[kind])} | {N(ledger.FoundByKind[kind])} | {N(ledger.LostByKind[kind])} |");
        }

        Console.WriteLine($"| **all writes** | **{N(acknowledged)}** | **{N(found)}** | **{N(lost)}** |");
        Console.WriteLine();
        var sorted = restarts.Order().ToList();
        Console.WriteLine("| cycles | writes acknowledged | writes found | lost | integrity failures | over-capacity pools |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| {cycles} | {N(acknowledged)} | {N(found)} | {N(lost)} | {ledger.IntegrityFailures} | {ledger.OverCapacityPools} |");
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load before each kill {loads.Min():F1}–{loads.Max():F1} s ({loads.Sum():F0} s in all); restart to /health: median {sorted[sorted.Count / 2].TotalSeconds:F1} s, max {sorted[^1].TotalSeconds:F1} s"));
        foreach (var problem in ledger.Problems.Take(20))
        {
            Console.WriteLine("problem: " + problem);
        }

        var clean = lost == 0 && ledger.IntegrityFailures == 0 && ledger.OverCapacityPools == 0 && found == acknowledged;
        Console.WriteLine(clean ? "RESULT: no acknowledged write lost, the file intact and no pool over capacity after every kill." : "RESULT: FAULTS FOUND (see above).");
        return clean;
    }
}
