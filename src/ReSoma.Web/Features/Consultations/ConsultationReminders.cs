using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Consultations;

/// <summary>
/// Mails every confirmed participant a day before their consultation starts. Each reminder is claimed with a
/// conditional update (ReminderSentAt still empty), so with several instances running it goes out exactly once.
/// </summary>
public sealed class ConsultationReminders(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<ConsultationReminders> logger) : BackgroundService
{
    public static readonly TimeSpan Lead = TimeSpan.FromHours(24);

    /// <summary>How often each instance looks for reminders to send (default 300 s).</summary>
    public const string IntervalSetting = "Consultations:RemindEverySeconds";

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
                logger.Log(SqliteFaults.IsUnavailable(e) ? LogLevel.Warning : LogLevel.Error, e, "Sending consultation reminders failed; trying again at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <returns>How many reminders this call sent.</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        var mails = scope.ServiceProvider.GetRequiredService<ConsultationMails>();
        var now = clock.GetUtcNow();
        var horizon = now + Lead;
        var due = await db.SeatRegistrations.AsNoTracking()
            .Where(r => r.Status == SeatStatus.Confirmed && r.ReminderSentAt == null)
            .Join(db.Consultations.Where(c => !c.IsCancelled && c.StartsAt > now && c.StartsAt <= horizon), r => r.SeatPoolId, c => c.SeatPoolId, (r, c) => new { r.Id, r.UserId, ConsultationId = c.Id })
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var reminder in due)
        {
            var claimed = await db.SeatRegistrations.Where(r => r.Id == reminder.Id && r.ReminderSentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReminderSentAt, (DateTimeOffset?)now), cancellationToken);
            if (claimed == 1)
            {
                await mails.SendAsync(ConsultationMails.Kind.Reminder, reminder.ConsultationId, reminder.UserId, cancellationToken: cancellationToken);
                sent++;
            }
        }

        return sent;
    }
}
