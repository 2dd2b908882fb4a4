using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using ReSoma.Bench;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

var invariant = CultureInfo.InvariantCulture;
var wall = Stopwatch.StartNew();
if (options.OnlyRegistrations)
{
    await RegistrationRun.RunAsync(options.RegistrationPeople, options.RegistrationConcurrency, options.RegistrationSeats);
    return 0;
}

using var database = await BenchDatabase.CreateAsync(options.Keep);
var sqliteVersion = await database.SqliteVersionAsync();
Console.WriteLine(string.Create(invariant,
    $"ReSOMA briefs benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: .NET {Environment.Version}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, SQLite {sqliteVersion}"));
Console.WriteLine(string.Create(invariant,
    $"sizes {string.Join(", ", options.Sizes)}; {options.Warmup} warm-up + up to {options.Iterations} timed runs per case (budget {options.BudgetPerCase.TotalSeconds:F0} s); seed {options.Seed}; {Report.LoadAverage()}"));
if (options.Keep)
{
    Console.WriteLine("database: " + database.Path);
}

if (options.MailQueueMails > 0)
{
    await MailQueueRun.RunAsync(database, options.MailQueueMails);
    return 0;
}

var seeder = new LibrarySeeder(database, options.Seed, options.BatchSize);
await seeder.SeedCatalogueAsync();
if (options.UsageWriterUses > 0)
{
    await UsageWriterRun.RunAsync(database, seeder, options.UsageWriterUses);
    return 0;
}

var runner = new CaseRunner(database, options);
var seeds = new List<SeedResult>();
var results = new List<CaseResult>();
foreach (var size in options.Sizes)
{
    var before = seeder.Count;
    Console.Write(string.Create(invariant, $"seeding {before:N0} → {size:N0} briefs "));
    var took = await seeder.GrowToAsync(size, _ => Console.Write('.'));
    await seeder.VerifyAsync();
    await database.AnalyzeAsync(); // as the portal does at every start
    var fileBytes = await database.CheckpointedSizeAsync();
    seeds.Add(new SeedResult(size, took, size - before, fileBytes));
    Console.WriteLine(string.Create(invariant, $" {took.TotalSeconds:F1} s"));
    foreach (var benchCase in BenchCase.All)
    {
        var result = await runner.MeasureAsync(size, benchCase);
        results.Add(result);
        Console.WriteLine(string.Create(invariant,
            $"  {benchCase.Name,-22} median {result.MedianMs,8:F1} ms  p95 {result.P95Ms,8:F1} ms  ({result.Runs} runs, {result.Total:N0} results)"));
    }
}

Report.Print(seeds, results);

if (options.Explain)
{
    await Explain.RunAsync(database, runner, seeder.Count);
}

if (options.Diagnose)
{
    await new Diagnosis(database).RunAsync(runner, seeder.Count, results);
}

if (options.RegistrationPeople > 0)
{
    await RegistrationRun.RunAsync(options.RegistrationPeople, options.RegistrationConcurrency, options.RegistrationSeats);
}

Console.WriteLine();
Console.WriteLine(string.Create(invariant, $"total {wall.Elapsed.TotalSeconds:F0} s; {Report.LoadAverage()}"));
return 0;
