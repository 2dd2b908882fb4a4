using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Registrations;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Registrations;

/// <summary>The participants of a consultation or an event: the list and its CSV, the mail to everyone seated,
/// check-in, and certificates. The consultation's own desk shows the same list.</summary>
public sealed class RegistrationDeskController(
    Registrables registrables,
    Participants participants,
    Attendance attendance,
    ParticipantMailing mailing,
    CertificateMailing certificateMailing,
    TimeProvider clock,
    IStringLocalizer<RegistrationDeskController> localizer) : RegistrationDeskBase(registrables)
{
    [HttpGet("participants")]
    public async Task<IActionResult> Participants(CancellationToken cancellationToken)
    {
        if (await ItemAsync(cancellationToken) is { } item)
        {
            return View(await PageAsync(item, new ParticipantMailInput(), cancellationToken));
        }

        return await WithoutSeatsAsync(cancellationToken);
    }

    [HttpGet("participants.csv")]
    public async Task<IActionResult> ExportParticipants(CancellationToken cancellationToken)
    {
        if (await ItemAsync(cancellationToken) is not { } item)
        {
            return NotFound();
        }

        var export = await ParticipantsCsv.WriteAsync(await participants.ListAsync(item, cancellationToken), cancellationToken);
        return File(export.Content, ParticipantsCsv.ContentType, export.FileName);
    }

    // A consultation's mail form is on its desk (ConsultationDeskController, at the same place); this one serves events.
    [HttpPost("/editor/events/{id:int}/email")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Email(ParticipantMailInput input, CancellationToken cancellationToken)
    {
        if (Kind != Registrables.EventsSegment || await ItemAsync(cancellationToken) is not { } item)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            var view = View(nameof(Participants), await PageAsync(item, input, cancellationToken));
            view.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return view;
        }

        var outcome = await mailing.SendAsync(item, input, cancellationToken);
        return Redirect($"{item.EditorPath}/participants?done=mailed&sent={outcome.Sent}" + (outcome.Failed > 0 ? $"&failed={outcome.Failed}" : ""));
    }

    [HttpPost("certificates")]
    public async Task<IActionResult> SendCertificates(CancellationToken cancellationToken)
    {
        if (await ItemAsync(cancellationToken) is not { } item)
        {
            return NotFound();
        }

        if (await certificateMailing.SendAllAsync(item, cancellationToken) is not { } outcome)
        {
            var isEvent = item.Kind == RegistrableKind.Event;
            ModelState.AddModelError("", item.IsCancelled
                ? (isEvent ? localizer["This event was cancelled, so it gives no certificates."] : localizer["This consultation was cancelled, so it gives no certificates."])
                : (isEvent ? localizer["Certificates can be sent once the event is over."] : localizer["Certificates can be sent once the consultation is over."]));
            var view = View(nameof(Participants), await PageAsync(item, new ParticipantMailInput(), cancellationToken));
            view.StatusCode = StatusCodes.Status409Conflict;
            return view;
        }

        return Redirect($"{Url.Content("~" + item.EditorPath)}/participants?done=certificates&sent={outcome.Sent}&earlier={outcome.Earlier}"
            + (outcome.Failed > 0 ? $"&failed={outcome.Failed}" : "") + "#certificates");
    }

    [HttpGet("check-in")]
    public async Task<IActionResult> CheckIn(CancellationToken cancellationToken) =>
        await ItemAsync(cancellationToken) is { } item ? View(await participants.ListAsync(item, cancellationToken)) : NotFound();

    [HttpPost("check-in")]
    [HandlesInvalidInput]
    public async Task<IActionResult> CheckIn(string? code, CancellationToken cancellationToken)
    {
        if (await ItemAsync(cancellationToken) is not { } item)
        {
            return NotFound();
        }

        var result = await attendance.CheckInAsync(item, code, cancellationToken);
        // The page says who was checked in from the list itself: nothing typed travels back in the address.
        if (result is Attendance.CheckedIn done)
        {
            return Redirect($"{item.EditorPath}/check-in?checked={done.RegistrationId}" + (done.Already ? "&again=1" : ""));
        }

        ModelState.AddModelError("code", result.Message);
        var view = View(await participants.ListAsync(item, cancellationToken));
        view.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return view;
    }

    [HttpPost("check-in/{registrationId:int}")]
    public async Task<IActionResult> Mark(int registrationId, bool present, CancellationToken cancellationToken)
    {
        if (await ItemAsync(cancellationToken) is not { } item || !await attendance.MarkAsync(item, registrationId, present, cancellationToken))
        {
            return NotFound();
        }

        return Redirect($"{item.EditorPath}/check-in#participant-{registrationId}");
    }

    private async Task<ParticipantsPage> PageAsync(Registrable item, ParticipantMailInput mail, CancellationToken cancellationToken)
    {
        var list = await participants.ListAsync(item, cancellationToken);
        var (attendees, mailed) = await certificateMailing.CountAsync(item, cancellationToken);
        return new ParticipantsPage(list, new ParticipantMailForm(item, list.Confirmed.Count, mail), new CertificateSummary(item.GivesCertificates(clock.GetUtcNow()), attendees, mailed));
    }
}

public sealed record ParticipantsPage(ParticipantList List, ParticipantMailForm Mail, CertificateSummary Certificates);

/// <summary>Whether certificates exist yet, how many people attended and how many have been sent theirs.</summary>
public sealed record CertificateSummary(bool Available, int Attendees, int Mailed);

