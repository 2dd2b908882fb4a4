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
        var start = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
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
}
