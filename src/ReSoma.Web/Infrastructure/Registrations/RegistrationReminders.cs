using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Registrations;

/// <summary>
/// The mails that come with time, for consultations and events alike: each reminder an item's organisers chose (a week
/// and a day before, by default) to every confirmed participant, and one mail to people still waiting when registration
/// closes. Every instance runs this loop; each mail is claimed in the database first (a reminder by inserting its
/// unique row, the waitlist mail by a conditional update), so it goes out exactly once however many instances run.
/// </summary>
public sealed class RegistrationReminders(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<RegistrationReminders> logger) : BackgroundService
{
    /// <summary>How often each instance looks for reminders to send (default 300 s). The name is older than events'
    /// reminders and is kept so existing deployments keep their setting.</summary>
    public const string IntervalSetting = "Consultations:RemindEverySeconds";

    /// <summary>The longest lead an editor can choose; items further away are not looked at.</summary>
    public static readonly TimeSpan LongestLead = TimeSpan.FromDays(30);

    /// <summary>Waitlist mails are for registrations that closed recently, not for history found after an upgrade.</summary>
    public static readonly TimeSpan WaitlistMailWindow = TimeSpan.FromDays(7);

    private readonly TimeSpan _interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue(IntervalSetting, 300)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, clock);
        do
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A busy or unreachable database passes by itself (decision 0014): a warning, not an error.
                logger.Log(SqliteFaults.IsUnavailable(e) ? LogLevel.Warning : LogLevel.Error, e, "Sending registration reminders failed; trying again at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <returns>How many mails this call sent (reminders and waitlist mails).</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        var mails = scope.ServiceProvider.GetRequiredService<RegistrationMails>();
        var now = clock.GetUtcNow();
        var items = await scope.ServiceProvider.GetRequiredService<Registrables>().LiveBetweenAsync(now - WaitlistMailWindow, now + LongestLead, cancellationToken);
        var sent = 0;
        foreach (var item in items)
        {
            if (item.StartsAt > now)
            {
                sent += await RemindAsync(db, mails, item, now, cancellationToken);
            }

            if (item.ClosesAt <= now && item.ClosesAt > now - WaitlistMailWindow)
            {
                sent += await TellWaitingAsync(db, mails, item, now, cancellationToken);
            }
        }

        return sent;
    }

    private static async Task<int> RemindAsync(ReSomaDbContext db, RegistrationMails mails, Registrable item, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var chosen = SeatPool.ParseLeads(await db.SeatPools.Where(p => p.Id == item.SeatPoolId).Select(p => p.ReminderHours).SingleAsync(cancellationToken));
        var lastLead = chosen.LastOrDefault();
        var leads = chosen.Where(h => item.StartsAt - TimeSpan.FromHours(h) <= now).ToList();
        if (leads.Count == 0)
        {
            return 0;
        }

        var people = await db.SeatRegistrations.AsNoTracking()
            .Where(r => r.SeatPoolId == item.SeatPoolId && r.Status == SeatStatus.Confirmed)
            .Select(r => new { r.Id, r.ConfirmedAt, Done = db.RegistrationReminders.Where(m => m.SeatRegistrationId == r.Id).Select(m => m.LeadHours).ToList() })
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var person in people)
        {
            // The last reminder reaches everyone seated before the start; an earlier one only those who had their seat
            // when its moment came (a person seated two days before is not told "next week"). Of several due at once
            // (a worker that was down) only the nearest is sent, and the others are claimed with it.
            var due = leads.Where(h => !person.Done.Contains(h) && (h == lastLead || person.ConfirmedAt <= item.StartsAt - TimeSpan.FromHours(h))).ToList();
            if (due.Count == 0)
            {
                continue;
            }

            var nearest = due.Min();
            var claimedNearest = false;
            foreach (var lead in due)
            {
                var claimed = await ClaimAsync(db, person.Id, lead, now, cancellationToken);
                claimedNearest |= claimed && lead == nearest;
            }

            if (claimedNearest)
            {
                await mails.SendAsync(RegistrationMail.Reminder, item, person.Id, leadHours: nearest, cancellationToken: cancellationToken);
                sent++;
            }
        }

        return sent;
    }

    /// <summary>The claim: the unique (registration, lead) row; only the first insert succeeds.</summary>
    private static async Task<bool> ClaimAsync(ReSomaDbContext db, int registrationId, int lead, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = db.RegistrationReminders.Add(new RegistrationReminder { SeatRegistrationId = registrationId, LeadHours = lead, SentAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        finally
        {
            row.State = EntityState.Detached;
        }
    }

    private static async Task<int> TellWaitingAsync(ReSomaDbContext db, RegistrationMails mails, Registrable item, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var waiting = await db.SeatRegistrations.AsNoTracking()
            .Where(r => r.SeatPoolId == item.SeatPoolId && r.Status == SeatStatus.Waitlisted && r.WaitlistClosedMailAt == null)
            .OrderBy(r => r.Sequence).Select(r => new { r.Id, r.Sequence }).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var person in waiting)
        {
            var claimed = await db.SeatRegistrations
                .Where(r => r.Id == person.Id && r.Status == SeatStatus.Waitlisted && r.WaitlistClosedMailAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.WaitlistClosedMailAt, (DateTimeOffset?)now), cancellationToken);
            if (claimed == 1)
            {
                var position = await db.SeatRegistrations.CountAsync(
                    r => r.SeatPoolId == item.SeatPoolId && r.Status == SeatStatus.Waitlisted && r.Sequence <= person.Sequence, cancellationToken);
                await mails.SendAsync(RegistrationMail.WaitlistClosed, item, person.Id, position, cancellationToken: cancellationToken);
                sent++;
            }
        }

        return sent;
    }
}
