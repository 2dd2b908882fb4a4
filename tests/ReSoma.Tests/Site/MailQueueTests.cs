using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Infrastructure.Mail;

namespace ReSoma.Tests.Site;

/// <summary>Mail leaves through the queue in the database: once, whichever instance sends it.</summary>
public sealed class MailQueueTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Forty_queued_mails_go_out_exactly_once_with_two_instances_sending_at_the_same_time()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var queue = scope.ServiceProvider.GetRequiredService<MailQueue>();
            for (var i = 0; i < 40; i++)
            {
                Assert.True(await queue.QueueAsync($"person{i}@example.org", $"Person {i}", $"Message {i}", "Text", "<p>Html</p>"));
            }
        }

        // A second instance on the same database and data folder (so the same pickup folder), with its own worker.
        await using var other = Factory.WithWebHostBuilder(_ => { });
        var first = Factory.Services.GetRequiredService<MailDelivery>();
        var second = other.Services.GetRequiredService<MailDelivery>();
        await Task.WhenAll(first.DeliverDueAsync(), second.DeliverDueAsync(), first.DeliverDueAsync(), second.DeliverDueAsync());

        var subjects = Mailbox.Messages.Select(m => m.Subject).ToList();
        Assert.Equal(40, subjects.Count);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"Message {i}").Order(), subjects.Order());
        Assert.Equal(40, Factory.WithDb(db => db.QueuedMails.Count(m => m.SentAt != null)));
    }
}

/// <summary>A mail server that does not answer: each attempt waits longer, and the eighth failure gives the message up.</summary>
public sealed class MailRetryTests(MailRetryTests.DownMailFactory factory) : PortalTest<MailRetryTests.DownMailFactory>(factory)
{
    public sealed class DownMailFactory : PortalFactory
    {
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));

        // Port 1 on loopback refuses every connection.
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = "1",
            ["Mail:Smtp:Security"] = "None",
            ["Mail:QueuePollSeconds"] = "3600", // the worker wakes only when mail is queued
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
        }
    }

    [Fact]
    public async Task A_failing_message_is_tried_again_later_each_time_and_given_up_after_the_last_attempt()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<MailQueue>().QueueAsync("late@example.org", "Late", "Delayed", "Text", "<p>Html</p>"));
        }

        var delivery = Factory.Services.GetRequiredService<MailDelivery>();
        // Read once no attempt is under way (the portal's worker may be making the first one, woken by the queueing).
        QueuedMail Mail()
        {
            for (var i = 0; ; i++)
            {
                var mail = Factory.WithDb(db => db.QueuedMails.AsNoTracking().Single(m => m.ToAddress == "late@example.org"));
                if (mail.ClaimedUntil is null || i == 250)
                {
                    return mail;
                }

                Thread.Sleep(20);
            }
        }

        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= QueuedMail.MaxAttempts; attempt++)
        {
            // The portal's own worker may have made this attempt already (it is woken when mail is queued): either way, one attempt.
            await delivery.DeliverDueAsync();
            var mail = Mail();
            Assert.Equal(attempt, mail.Attempts);
            Assert.Null(mail.SentAt);
            Assert.Contains("refused", mail.LastError ?? "", StringComparison.OrdinalIgnoreCase);
            Assert.Equal(0, await delivery.DeliverDueAsync()); // not due again yet
            Assert.Equal(attempt, Mail().Attempts);
            if (attempt < QueuedMail.MaxAttempts)
            {
                Assert.Null(mail.GivenUpAt);
                waits.Add(mail.NextAttemptAt - Factory.Clock.GetUtcNow());
                Factory.Clock.SetUtcNow(mail.NextAttemptAt);
            }
            else
            {
                Assert.Equal(Factory.Clock.GetUtcNow(), mail.GivenUpAt);
            }
        }

        Assert.Equal([1, 5, 15, 60, 180, 360, 720], waits.Select(w => (int)w.TotalMinutes));
        Factory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await delivery.DeliverDueAsync());
        Assert.Equal(QueuedMail.MaxAttempts, Mail().Attempts);
    }
}
