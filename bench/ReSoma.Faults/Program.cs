using System.Diagnostics;
using System.Globalization;
using ReSoma.Faults;

FaultOptions options;
try
{
    options = FaultOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(FaultOptions.Usage);
    return 2;
}

var invariant = CultureInfo.InvariantCulture;
var work = Path.Combine(Path.GetTempPath(), $"resoma-faults-{Guid.NewGuid():N}");
var data = Directory.CreateDirectory(Path.Combine(work, "data")).FullName;
var portalFolder = options.PortalFolder ?? Path.Combine(work, "portal");
var wall = Stopwatch.StartNew();
Console.WriteLine($"ReSOMA fault harness, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: {options.Cycles} cycles of {options.MinLoadSeconds.ToString(invariant)}–{options.MaxLoadSeconds.ToString(invariant)} s write load, SIGKILL, restart, check; seed {options.Seed}; {Environment.ProcessorCount} cores");
if (options.PortalFolder is null)
{
    Console.Write("publishing the portal (Release)... ");
    await PortalProcess.PublishAsync(PortalProcess.RepositoryRoot(), portalFolder);
    Console.WriteLine(string.Create(invariant, $"{wall.Elapsed.TotalSeconds:F0} s"));
}

var ledger = new Ledger();
var restarts = new List<TimeSpan>();
var loads = new List<double>();
var random = new Random(options.Seed);
var clean = false;
using (var portal = new PortalProcess(portalFolder, data, Path.Combine(work, "portal.log"), options.Environment))
{
    try
    {
        var firstStart = await portal.StartAsync();
        Console.WriteLine(string.Create(invariant, $"first start (migrations, demo content): {firstStart.TotalSeconds:F1} s on {portal.Address}"));
        var load = new Load(await PrepareAsync(portal), ledger, portal.Address, options.Seed);
        foreach (var email in new[] { "researcher@resoma.local", "policymaker@resoma.local", "practitioner@resoma.local" })
        {
            var browser = new Browser(portal.Address);
            await Load.SignInAsync(browser, email, PortalProcess.DemoPassword, CancellationToken.None);
            load.Stakeholders.Add((email, browser));
        }

        await Load.SignInAsync(load.Editor, "editor@resoma.local", PortalProcess.DemoPassword, CancellationToken.None);
        for (var cycle = 1; cycle <= options.Cycles; cycle++)
        {
            var seconds = options.MinLoadSeconds + (random.NextDouble() * (options.MaxLoadSeconds - options.MinLoadSeconds));
            loads.Add(seconds);
            var acknowledgedBefore = ledger.AcknowledgedByKind.Values.Sum();
            using var stop = new CancellationTokenSource();
            var workers = load.Workers(stop.Token).ToList();
            // A restarted portal is cold (its first requests compile code): the random moment of the kill is counted
            // from the first acknowledged writes, so that it falls in a steady load (bounded: at most 30 s of warm-up).
            for (var warm = Stopwatch.StartNew(); warm.Elapsed < TimeSpan.FromSeconds(30) && ledger.AcknowledgedByKind.Values.Sum() - acknowledgedBefore < 3; )
            {
                await Task.Delay(50);
            }

            await Task.Delay(TimeSpan.FromSeconds(seconds));
            portal.Kill(); // first the kill, so requests in flight meet a dead process, not a cancelled client
            await stop.CancelAsync();
            await Task.WhenAny(Task.WhenAll(workers), Task.Delay(TimeSpan.FromSeconds(30)));
            restarts.Add(await portal.StartAsync());
            var result = Checker.Check(portal.DatabaseFile, ledger);
            Console.WriteLine(string.Create(invariant,
                $"cycle {cycle,2}: {seconds:F1} s load, {ledger.AcknowledgedByKind.Values.Sum() - acknowledgedBefore,3} writes acknowledged, killed, restarted in {restarts[^1].TotalSeconds:F1} s; integrity {result.Integrity}, {result.Found} found, {result.Lost} lost, {result.OverCapacityPools} pools over capacity"));
        }

        foreach (var error in load.Errors.Distinct().Take(10))
        {
            Console.WriteLine("worker error: " + error);
        }

        clean = Tally.Print(ledger, options.Cycles, restarts, loads) && load.Errors.Count == 0;
    }
    catch (Exception e) when (e is InvalidOperationException or TimeoutException)
    {
        Console.Error.WriteLine("The run stopped: " + e.Message);
    }
}

Console.WriteLine(string.Create(invariant, $"total {wall.Elapsed.TotalSeconds:F0} s"));
if (options.Keep)
{
    Console.WriteLine("work folder kept: " + work);
}
else
{
    Directory.Delete(work, recursive: true);
}

return clean ? 0 : 1;

static async Task<Site> PrepareAsync(PortalProcess portal)
{
    using var stakeholder = new Browser(portal.Address);
    using var editor = new Browser(portal.Address);
    using var reader = new Browser(portal.Address);
    await Load.SignInAsync(stakeholder, "researcher@resoma.local", PortalProcess.DemoPassword, CancellationToken.None);
    await Load.SignInAsync(editor, "editor@resoma.local", PortalProcess.DemoPassword, CancellationToken.None);
    var site = await Site.DiscoverAsync(stakeholder, editor, reader, CancellationToken.None);
    Console.WriteLine($"load: {site.SeatSlugs.Count} consultations with seats, {site.ContributionSlugs.Count} taking contributions, brief {site.BriefId} for the editor, {site.Questionnaires.Count} open questionnaires");
    return site;
}
