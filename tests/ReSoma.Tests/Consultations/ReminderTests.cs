using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Consultations;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Tests.Consultations;

/// <summary>The day-before reminder, with a clock the test moves.</summary>
public sealed class ReminderTests(ReminderTests.ClockPortalFactory factory) : PortalTest<ReminderTests.ClockPortalFactory>(factory)
{
    public sealed class ClockPortalFactory : PortalFactory
    {
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
        }
    }

    [Fact]
    public async Task Confirmed_participants_are_reminded_once_a_day_before_even_with_two_senders()
    {
        // The clock is shared by the class's tests and only goes forward: each starts a day after the last one's end.
        var start = Factory.Clock.GetUtcNow().AddDays(1);
        Factory.Clock.SetUtcNow(start);
        var c = await Factory.AddConsultationAsync(new NewConsultation("Reminded meeting") { Seats = 2, StartsIn = TimeSpan.FromDays(3) }, start);
        var emails = await Factory.AddStakeholdersAsync(3);
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var seats = scope.ServiceProvider.GetRequiredService<SeatAllocator>();
            foreach (var email in emails)
            {
                await seats.RegisterAsync(c.SeatPoolId!.Value, Factory.WithDb(db => db.Users.Single(u => u.Email == email).Id));
            }
        }

        var reminders = Factory.Services.GetRequiredService<RegistrationReminders>();
        Assert.Equal(0, await reminders.SendDueAsync());

        Factory.Clock.SetUtcNow(c.StartsAt - TimeSpan.FromHours(23));
        // Two senders at once (and the hosted service, woken by the clock): each reminder is claimed by one of them.
        var sent = await Task.WhenAll(reminders.SendDueAsync(), reminders.SendDueAsync());
        Assert.InRange(sent.Sum(), 0, 2);
        Assert.Equal(0, await reminders.SendDueAsync());

        Assert.Equal("Tomorrow: Reminded meeting", Assert.Single(Mailbox.To(emails[0])).Subject);
        Assert.Equal("Tomorrow: Reminded meeting", Assert.Single(Mailbox.To(emails[1])).Subject);
        Assert.Empty(Mailbox.To(emails[2]));
        var reminded = Factory.WithDb(db => db.RegistrationReminders.Select(m => m.SeatRegistrationId).ToList());
        Assert.Equal(2, reminded.Count);
        Assert.Equal(SeatStatus.Waitlisted, Factory.WithDb(db => db.SeatRegistrations.Single(r => r.SeatPoolId == c.SeatPoolId && !reminded.Contains(r.Id)).Status));
    }

    [Fact]
    public async Task An_event_reminds_a_week_and_a_day_before_and_tells_those_still_waiting_when_registration_closes()
    {
        var start = Factory.Clock.GetUtcNow().AddDays(1);
        Factory.Clock.SetUtcNow(start);
        var e = await Factory.AddEventAsync(new NewEvent("Reminded workshop") { Seats = 1, StartsIn = TimeSpan.FromDays(10), DeadlineIn = TimeSpan.FromDays(8) }, start);
        var emails = await Factory.AddStakeholdersAsync(2, prefix: "timely");
        await Factory.RegisterForAsync(e, emails[0], emails[1]);
        var reminders = Factory.Services.GetRequiredService<RegistrationReminders>();

        // Every six hours for twelve days: each mail goes out once, at its moment.
        var subjects = new List<(DateTimeOffset At, string To, string Subject)>();
        for (var at = start; at <= start.AddDays(12); at = at.AddHours(6))
        {
            Factory.Clock.SetUtcNow(at);
            await Task.WhenAll(reminders.SendDueAsync(), reminders.SendDueAsync());
        }

        var seated = Mailbox.To(emails[0]).Select(m => m.Subject).ToList();
        Assert.Equal(["Next week: Reminded workshop", "Tomorrow: Reminded workshop"], seated);
        Assert.Equal(["No seat came free: Reminded workshop"], Mailbox.To(emails[1]).Select(m => m.Subject).ToList());
        Assert.Equal([24, 168], Factory.WithDb(db => db.RegistrationReminders.Select(r => r.LeadHours).OrderBy(h => h).ToList()));
    }
}
