using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using ReSoma.Bench;
using ReSoma.Faults;
using ReSoma.Load;

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

if (options.PrintFile is not null)
{
    var printed = ReSoma.Load.Report.FromJson(await File.ReadAllTextAsync(options.PrintFile));
    Console.WriteLine(ReSoma.Load.Report.Tables(printed));
    if (options.CompareFile is not null)
    {
        Console.WriteLine(ReSoma.Load.Report.Compare(ReSoma.Load.Report.FromJson(await File.ReadAllTextAsync(options.CompareFile)), printed));
    }

    return 0;
}

if (!Wrk.EnsureInstalled())
{
    return 2;
}

var invariant = CultureInfo.InvariantCulture;
var started = DateTime.UtcNow;
var wall = Stopwatch.StartNew();
var root = PortalProcess.RepositoryRoot();
var commit = Git(root, "rev-parse", "--short", "HEAD");
var loadAtStart = ReSoma.Bench.Report.LoadAverage();
var work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"resoma-load-{Guid.NewGuid():N}")).FullName;
Console.WriteLine(string.Create(invariant,
    $"ReSOMA end-to-end benchmark, {started:yyyy-MM-dd HH:mm} UTC, commit {commit}: .NET {Environment.Version}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores; {loadAtStart}"));
Console.WriteLine(string.Create(invariant,
    $"{(options.ScaleOut ? "scale-out run (demo content)" : "sizes " + string.Join(", ", options.Sizes))}; wrk -t2 -c{options.Connections} -d{options.DurationSeconds}s, {options.Pairs} ceiling/page pairs per page after a {PageRunner.WarmUp.TotalSeconds:F0} s warm-up"));

var portalFolder = options.PortalFolder ?? Path.Combine(work, "portal");
var ceilingFolder = Path.Combine(work, "ceiling");
if (options.PortalFolder is null)
{
    Console.Write("publishing the portal (Release)... ");
    await PortalProcess.PublishAsync(root, portalFolder);
    Console.WriteLine(string.Create(invariant, $"{wall.Elapsed.TotalSeconds:F0} s"));
}

await PortalProcess.PublishAsync(root, ceilingFolder, "bench/ReSoma.Ceiling");
var now = DateTimeOffset.UtcNow;
var sizes = new List<SizeResult>();
var exitCode = 0;
IReadOnlyList<PageResult>? scaleOut = null;
using (var ceiling = new PortalProcess(ceilingFolder, Directory.CreateDirectory(Path.Combine(work, "ceiling-data")).FullName, Path.Combine(work, "ceiling.log"),
    new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" }, "ReSoma.Ceiling.dll", ""))
using (var database = await BenchDatabase.CreateAsync(keep: false))
{
    try
    {
        await ceiling.StartAsync();
        Console.WriteLine($"ceiling: {ceiling.Address} (pid {ceiling.ProcessId})");
        if (options.ScaleOut)
        {
            scaleOut = await ScaleOutRun.RunAsync(portalFolder, work, ceiling.Address, options);
        }
        else
        {
            var library = new LibrarySeeder(database, options.Seed, 5_000);
            var people = new PeopleSeeder(database);
            var content = new ContentSeeder(database, people, options.Seed, now);
            await library.SeedCatalogueAsync();
            foreach (var size in options.Sizes)
            {
                sizes.Add(await RunSizeAsync(size, library, people, content, database, ceiling.Address));
            }
        }
    }
    catch (Exception e) when (e is InvalidOperationException or TimeoutException or HttpRequestException)
    {
        Console.Error.WriteLine("The run stopped: " + e.Message);
        exitCode = 1;
    }
}

var run = new RunResult(started,
    new MachineInfo(Environment.ProcessorCount, RuntimeInformation.OSDescription, Environment.Version.ToString(), commit, loadAtStart, ReSoma.Bench.Report.LoadAverage()),
    options, options.PortalFolder ?? "published from " + commit, sizes, wall.Elapsed.TotalSeconds, scaleOut);
Console.WriteLine();
Console.WriteLine(ReSoma.Load.Report.Tables(run));
var results = Directory.CreateDirectory(Path.Combine(root, "bench", "results")).FullName;
var json = Path.Combine(results, $"{started:yyyyMMdd-HHmmss}.json");
await File.WriteAllTextAsync(json, ReSoma.Load.Report.ToJson(run));
Console.WriteLine(string.Create(invariant, $"total {wall.Elapsed.TotalSeconds:F0} s; {run.Machine.LoadAverageEnd}; results: {json}"));
if (options.CompareFile is not null)
{
    Console.WriteLine();
    Console.WriteLine(ReSoma.Load.Report.Compare(ReSoma.Load.Report.FromJson(await File.ReadAllTextAsync(options.CompareFile)), run));
}

if (options.Keep)
{
    Console.WriteLine("work folder kept: " + work);
}
else
{
    Directory.Delete(work, recursive: true);
}

return exitCode;

async Task<SizeResult> RunSizeAsync(int size, LibrarySeeder library, PeopleSeeder people, ContentSeeder content, BenchDatabase database, Uri ceilingAddress)
{
    var seeding = Stopwatch.StartNew();
    Console.Write(string.Create(invariant, $"seeding {library.Count:N0} → {size:N0} briefs "));
    await library.GrowToAsync(size, _ => Console.Write('.'));
    await library.VerifyAsync();
    await people.GrowToAsync(Proportions.For(Proportions.Users, size));
    await content.GrowToAsync(size);
    var bytes = await database.CheckpointedSizeAsync();
    var seeded = seeding.Elapsed;
    Console.WriteLine(string.Create(invariant, $" {seeded.TotalSeconds:F1} s, {bytes / 1e6:F1} MB; {ReSoma.Bench.Report.LoadAverage()}"));

    // Each size runs on its own copy: the portal adds demo content and registrations, the next size grows the original.
    var data = Directory.CreateDirectory(Path.Combine(work, $"data-{size}")).FullName;
    File.Copy(database.Path, Path.Combine(data, "resoma.db"));
    var pages = (await PageCase.PickAsync(database, now)).Where(p => options.Runs(p.Name)).ToList();
    var open = await PageCase.OpenConsultationsAsync(database, now);
    var settings = new Dictionary<string, string>(FaultOptions.DefaultEnvironment)
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Seed__DemoPassword"] = "Rs-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)) + "-7a",
    };
    // Five minutes to start: migrations find nothing to do, but demo seeding and ANALYZE read the whole file.
    using var portal = new PortalProcess(portalFolder, data, Path.Combine(work, $"portal-{size}.log"), settings) { StartTimeout = TimeSpan.FromMinutes(5) };
    var start = await portal.StartAsync();
    Console.WriteLine(string.Create(invariant, $"portal on {portal.Address} (pid {portal.ProcessId}) started in {start.TotalSeconds:F1} s"));
    var runner = new PageRunner(ceilingAddress, portal.Address, options, portal.ProcessId);
    var results = new List<PageResult>();
    foreach (var page in pages)
    {
        results.Add(await runner.RunAsync(page));
    }

    RegistrationResult? registration = null;
    if (options.Runs(RegistrationLoad.Name))
    {
        var count = Math.Min(options.People, people.Count);
        registration = await new RegistrationLoad(ceilingAddress, portal.Address, options, work).RunAsync(portal.DatabaseFile, open, count);
    }

    var memory = MemoryResult.Of(portal.ProcessId);
    Console.WriteLine(string.Create(invariant, $"  memory after the load: resident {memory?.ResidentKb / 1024 ?? 0} MB, peak {memory?.PeakKb / 1024 ?? 0} MB; {ReSoma.Bench.Report.LoadAverage()}"));
    portal.Kill();
    return new SizeResult(size, seeded.TotalSeconds, bytes, start.TotalSeconds, results, registration, memory);
}

static string Git(string folder, params string[] args)
{
    try
    {
        using var git = Process.Start(new ProcessStartInfo("git", ["-C", folder, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = git.StandardOutput.ReadToEnd().Trim();
        return git.WaitForExit(10_000) && git.ExitCode == 0 ? output : "unknown";
    }
    catch (System.ComponentModel.Win32Exception)
    {
        return "unknown";
    }
}
