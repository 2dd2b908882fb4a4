using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Consultations;

/// <summary>Seats are never overbooked: 200 people press "register" at the same moment for 20 seats, at a consultation
/// and at an event, through the one registration mechanism.</summary>
public sealed class ConcurrencyTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Theory]
    [InlineData("consultations")]
    [InlineData("events")]
    public async Task Two_hundred_simultaneous_registrations_for_twenty_seats(string kind)
    {
        var pool = kind == "events"
            ? (await Factory.AddEventAsync(new NewEvent("Crowded meeting") { Seats = 20 })).SeatPoolId!.Value
            : (await Factory.AddConsultationAsync(new NewConsultation("Crowded meeting") { Seats = 20 })).SeatPoolId!.Value;
        var path = $"/{kind}/crowded-meeting";
        var emails = await Factory.AddStakeholdersAsync(200, prefix: "crowd");
        var visitors = new List<(PortalClient Client, string Token)>();
        foreach (var email in emails)
        {
            var client = NewClient();
            Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(email, PortalFactory.Password)).Status);
            visitors.Add((client, await client.TokenAsync(path)));
        }

        using var start = new ManualResetEventSlim(false);
        var requests = visitors.Select(v => Task.Run(async () =>
        {
            start.Wait();
            return await v.Client.Http.PostAsync(path + "/register",
                new FormUrlEncodedContent([new("__RequestVerificationToken", v.Token)]));
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(requests);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var rows = Factory.WithDb(db => db.SeatRegistrations.Where(r => r.SeatPoolId == pool).OrderBy(r => r.Sequence).ToList());
        Assert.Equal(200, rows.Count);
        Assert.Equal(20, rows.Count(r => r.Status == SeatStatus.Confirmed));
        Assert.Equal(180, rows.Count(r => r.Status == SeatStatus.Waitlisted));
        // Arrival order as the database numbered it: 1..200 without gaps, the first twenty seated, the rest waiting in order.
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), rows.Select(r => r.Sequence));
        Assert.All(rows.Take(20), r => Assert.Equal(SeatStatus.Confirmed, r.Status));
        Assert.All(rows.Skip(20), r => Assert.Equal(SeatStatus.Waitlisted, r.Status));

        // The waitlist is served in that order: the first cancellation seats arrival number 21.
        var seated = rows[0];
        var firstWaiting = rows[20];
        var leaver = visitors[emails.IndexOf(Factory.WithDb(db => db.Users.Single(u => u.Id == seated.UserId).Email!))].Client;
        await leaver.SubmitAsync(path, new Dictionary<string, string>(), path + "/cancel");
        Assert.Equal(SeatStatus.Confirmed, Factory.WithDb(db => db.SeatRegistrations.Single(r => r.Id == firstWaiting.Id).Status));
        Assert.Equal(20, Factory.WithDb(db => db.SeatRegistrations.Count(r => r.SeatPoolId == pool && r.Status == SeatStatus.Confirmed)));
    }
}
