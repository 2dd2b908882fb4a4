using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Calendar;

namespace ReSoma.Web.Features.Shared;

/// <summary>Why a publication change was refused. <see cref="Field"/> names the form field at fault (the schedule's
/// time), or is empty when the item's state is the reason (it was published meanwhile, say).</summary>
public sealed record PublicationRefusal(string Field, string Message)
{
    public bool IsAboutTheInput => Field.Length > 0;
}

/// <summary>What an editor asks of a consultation's or an event's publication (<see cref="Scheduling"/> has the rules).</summary>
public abstract record PublicationChange
{
    public sealed record PublishNow : PublicationChange;

    /// <param name="Local">The wall-clock time the editor typed, in the item's own time zone.</param>
    public sealed record Schedule(DateTime Local) : PublicationChange;

    public sealed record ToDraft : PublicationChange;

    /// <summary>Applies the change to <paramref name="item"/>; null when done.</summary>
    public PublicationRefusal? ApplyTo(ISchedulable item, string timeZoneId, DateTimeOffset now, string noun)
    {
        if (this is Schedule schedule)
        {
            if (ZonedTime.ToUtc(schedule.Local, timeZoneId) is not { } at)
            {
                return new(ScheduleInput.Field, $"That time falls in the hour that {timeZoneId} skips when the clocks go forward: choose another time.");
            }

            // A published item is refused for its state, a draft for the time the editor typed.
            var field = item.IsPublished ? "" : ScheduleInput.Field;
            return item.Schedule(at, now, noun) is { } why ? new(field, why) : null;
        }

        var refusal = this is PublishNow ? item.PublishNow(noun) : item.ReturnToDraft(noun);
        return refusal is null ? null : new("", refusal);
    }
}
