using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Calendar;

namespace ReSoma.Web.Infrastructure.Registrations;

/// <summary>
/// Registering for a consultation or an event, one mechanism for both: the domain's rules decide who may register and
/// until when, the allocator hands out seats and the waitlist, and everyone concerned is told by mail. A mail that
/// cannot be queued never undoes what it reports.
/// </summary>
public sealed class Registrar(ReSomaDbContext db, SeatAllocator seats, Registrables registrables, RegistrationMails mails, TimeProvider clock, IStringLocalizer<Registrar> localizer)
{
    /// <param name="Refusal">Why the registration was refused, for the page's summary.</param>
    /// <param name="FieldErrors">Answers that cannot be accepted, by form field.</param>
    public sealed record Outcome(string? Refusal, IReadOnlyDictionary<string, string> FieldErrors, RegisterResult? Result)
    {
        public bool Succeeded => Refusal is null && FieldErrors.Count == 0 && Result is not null;
    }

    public async Task<Outcome> RegisterAsync(Registrable item, string userId, IEnumerable<string> roles, RegistrationInput input, CancellationToken cancellationToken = default)
    {
        var refusal = Explain(item, item.RefusalFor(roles, clock.GetUtcNow()));
        if (refusal is not null)
        {
            return new Outcome(refusal, new Dictionary<string, string>(), null);
        }

        var questions = await db.RegistrationQuestions.AsNoTracking().Where(q => q.SeatPoolId == item.SeatPoolId).OrderBy(q => q.Position).ToListAsync(cancellationToken);
        var errors = new Dictionary<string, string>();
        var answers = new List<(int, string)>();
        foreach (var question in questions)
        {
            var (value, error) = question.Answer(input.Answers.GetValueOrDefault(question.Id) ?? []);
            if (error is not null)
            {
                errors[RegistrationInput.AnswerField(question.Id)] = error;
            }
            else if (value is not null)
            {
                answers.Add((question.Id, value));
            }
        }

        if (errors.Count > 0)
        {
            return new Outcome(null, errors, null);
        }

        var note = string.IsNullOrWhiteSpace(input.AccessNote) ? null : input.AccessNote.Trim();
        var result = await seats.RegisterAsync(item.SeatPoolId, userId, new RegistrationDetails(answers, AccessNeeds.Store(input.AccessNeeds), note), cancellationToken);
        if (result.Outcome == RegisterOutcome.AlreadyRegistered)
        {
            return new Outcome(result.Status == SeatStatus.Confirmed
                ? localizer["You are already registered: your seat is confirmed."]
                : localizer["You are already on the waitlist, in position {0}.", result.WaitlistPosition ?? 0], new Dictionary<string, string>(), result);
        }

        await mails.SendAsync(result.Outcome == RegisterOutcome.Confirmed ? RegistrationMail.Confirmed : RegistrationMail.Waitlisted,
            item, result.RegistrationId, result.WaitlistPosition, cancellationToken: cancellationToken);
        return new Outcome(null, new Dictionary<string, string>(), result);
    }

    /// <returns>Why not, or null when cancelled. The person is told, and whoever gets the freed seat too.</returns>
    public async Task<string?> CancelAsync(Registrable item, string userId, CancellationToken cancellationToken = default)
    {
        // After the item the list of who came is a record, not something to change.
        if (!item.AllowsCancelling(clock.GetUtcNow()))
        {
            return Of(item, localizer["The consultation is over, so registrations can no longer be cancelled."], localizer["The event is over, so registrations can no longer be cancelled."]);
        }

        var registrationId = await db.SeatRegistrations.Where(r => r.SeatPoolId == item.SeatPoolId && r.UserId == userId && r.Status != SeatStatus.Cancelled)
            .Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
        var result = await seats.CancelAsync(item.SeatPoolId, userId, cancellationToken);
        if (!result.WasRegistered || registrationId is null)
        {
            return localizer["You have no registration to cancel."];
        }

        await mails.SendAsync(RegistrationMail.CancelledByYou, item, registrationId.Value, cancellationToken: cancellationToken);
        await TellPromotedAsync(item, result.Promoted, cancellationToken);
        return null;
    }

    /// <summary>Changes the number of seats: more seats go to the waitlist in order (and those people are told); fewer
    /// than the seats already given is refused.</summary>
    public async Task<CapacityResult> SetCapacityAsync(Registrable item, int capacity, CancellationToken cancellationToken = default)
    {
        var changed = await seats.SetCapacityAsync(item.SeatPoolId, capacity, cancellationToken);
        await TellPromotedAsync(item, changed.Promoted, cancellationToken);
        return changed;
    }

    /// <summary>Tells everyone with a seat or on the waitlist that the item is cancelled. Registrations are kept, so a
    /// reinstated item has its people back.</summary>
    public async Task TellCancelledAsync(Registrable item, CancellationToken cancellationToken = default)
    {
        var people = await db.SeatRegistrations.AsNoTracking()
            .Where(r => r.SeatPoolId == item.SeatPoolId && r.Status != SeatStatus.Cancelled)
            .OrderBy(r => r.Sequence).Select(r => r.Id).ToListAsync(cancellationToken);
        foreach (var registrationId in people)
        {
            await mails.SendAsync(RegistrationMail.ItemCancelled, item, registrationId, cancellationToken: cancellationToken);
        }
    }

    /// <summary>Gives back every seat and place a person holds (their account is going): each freed seat goes to the
    /// waitlist, which a plain cascade delete would not do.</summary>
    public async Task ReleaseAllOfAsync(string userId, CancellationToken cancellationToken = default)
    {
        var pools = await db.SeatRegistrations.AsNoTracking().Where(r => r.UserId == userId && r.Status != SeatStatus.Cancelled)
            .Select(r => r.SeatPoolId).ToListAsync(cancellationToken);
        foreach (var item in await registrables.ByPoolsAsync(pools, cancellationToken))
        {
            var result = await seats.CancelAsync(item.SeatPoolId, userId, cancellationToken);
            await TellPromotedAsync(item, result.Promoted, cancellationToken);
        }
    }

    /// <summary>The words for a refusal, in the interface's language; null when there is none.</summary>
    public string? Explain(Registrable item, RegistrationRefusal refusal) => refusal switch
    {
        RegistrationRefusal.None => null,
        RegistrationRefusal.Cancelled => Of(item, localizer["This consultation has been cancelled, so registration is closed."], localizer["This event has been cancelled, so registration is closed."]),
        RegistrationRefusal.Closed => localizer["Registration closed on {0}.", ZonedTime.Format(item.ClosesAt, item.TimeZoneId)],
        RegistrationRefusal.RoleNotAllowed => Of(item, localizer["This consultation is open to {0} only.", RolesInWords(item.AllowedRoleList, localizer)], localizer["This event is open to {0} only.", RolesInWords(item.AllowedRoleList, localizer)]),
        RegistrationRefusal.NoSeats => Of(item, localizer["This consultation takes no registrations."], localizer["This event takes no registrations."]),
        _ => Of(item, localizer["This consultation is not open for registration."], localizer["This event is not open for registration."]),
    };

    public static string RolesInWords(IReadOnlyList<string> roles)
    {
        var words = roles.Select(r => r.ToLower(CultureInfo.InvariantCulture) + "s").ToList();
        return words.Count <= 1 ? string.Concat(words) : string.Join(", ", words[..^1]) + " and " + words[^1];
    }

    /// <summary>The roles as a list in words ("researchers, policymakers and practitioners") in the interface's language.</summary>
    public static string RolesInWords(IReadOnlyList<string> roles, IStringLocalizer localizer)
    {
        var words = roles.Select(r => localizer[r + "s"].Value.ToLower(CultureInfo.CurrentCulture)).ToList();
        return words.Count <= 1 ? string.Concat(words) : localizer["{0} and {1}", string.Join(", ", words[..^1]), words[^1]];
    }

    // Each sentence is written out for both kinds: other languages agree the words with the noun's gender.
    private static string Of(Registrable item, LocalizedString consultation, LocalizedString @event) =>
        item.Kind == RegistrableKind.Consultation ? consultation : @event;

    private async Task TellPromotedAsync(Registrable item, IReadOnlyList<Promotion> promoted, CancellationToken cancellationToken)
    {
        foreach (var promotion in promoted)
        {
            await mails.SendAsync(RegistrationMail.Promoted, item, promotion.RegistrationId, cancellationToken: cancellationToken);
        }
    }
}
