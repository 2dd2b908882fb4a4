using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ReSoma.Faults;

namespace ReSoma.Load;

/// <summary>
/// Many signed-in people asking for seats at once: each signs in through the login form, reads their antiforgery token
/// from a consultation page, and wrk (registration.lua) replays them, each request one person at one random consultation
/// that takes registrations. A second request of the same person for the same seats is refused (a 200 page with the
/// reason), which is fine; 5xx are counted apart. Afterwards the SQLite file must show no pool over its capacity.
/// </summary>
public sealed class RegistrationLoad(Uri ceiling, Uri portal, LoadOptions options, string workFolder)
{
    public const string Name = "registration";

    public async Task<RegistrationResult> RunAsync(string databaseFile, IReadOnlyList<string> openConsultations, int people)
    {
        var clock = Stopwatch.StartNew();
        var sessions = new Session[people];
        var next = -1;
        // Four at a time: sign-in hashes the password (tens of ms of CPU each), and the machine has two cores.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < people; i = Interlocked.Increment(ref next))
            {
                sessions[i] = await Session.SignInAsync(portal, PeopleSeeder.Email(i + 1), "/consultations/" + openConsultations[i % openConsultations.Count]);
            }
        })));
        var signIn = clock.Elapsed;

        var peopleFile = Path.Combine(workFolder, "registration-people.tsv");
        var urlsFile = Path.Combine(workFolder, "registration-urls.txt");
        await File.WriteAllLinesAsync(peopleFile, sessions.Select(s => s.CookieHeader + "\t" + Uri.EscapeDataString(s.Token!)));
        await File.WriteAllLinesAsync(urlsFile, openConsultations.Select(slug => $"/consultations/{slug}/register"));

        var before = Counts(databaseFile);
        var top = Wrk.Measure(ceiling, options.Connections, options.Duration);
        var script = Path.Combine(AppContext.BaseDirectory, "registration.lua");
        var load = Wrk.Measure(portal, options.Connections, options.Duration, script: script, scriptArgs: [peopleFile, urlsFile]);
        var after = Counts(databaseFile);
        var added = after.Rows - before.Rows;
        var result = new RegistrationResult(people, openConsultations.Count, signIn.TotalSeconds, new PairResult(top, load), added, after.Confirmed - before.Confirmed, after.Waitlisted - before.Waitlisted, after.Overbooked)
        {
            RegistrationsPerSecond = added / options.Duration.TotalSeconds,
        };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {Name,-24} {result.PostsPerSecond,8:F0} POSTs/s {result.Pair.Ratio,6:P1} of the ceiling, {added} new registrations ({result.Confirmed} confirmed, {result.Waitlisted} waitlisted), p99 {load.P99Ms:F1} ms, 3xx {result.Status3xx}, 4xx {result.Status4xx}, 5xx {result.Status5xx}, errors {load.Errors}; overbooked pools: {after.Overbooked}; sign-in of {people} people {signIn.TotalSeconds:F0} s"));
        return result;
    }

    /// <summary>Seat rows on a connection of the benchmark's own (WAL: the portal goes on writing meanwhile).</summary>
    private static (long Rows, long Confirmed, long Waitlisted, int Overbooked) Counts(string databaseFile)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        long Count(string where)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM SeatRegistrations" + where;
            return (long)command.ExecuteScalar()!;
        }

        return (Count(""), Count(" WHERE Status = 'Confirmed'"), Count(" WHERE Status = 'Waitlisted'"), Checker.OverCapacityPools(connection));
    }
}
