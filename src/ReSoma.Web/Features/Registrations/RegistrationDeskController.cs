using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Registrations;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Registrations;

/// <summary>
/// The editors' registration pages of a consultation (<c>/editor/consultations/{slug}/…</c>) or an event
/// (<c>/editor/events/{id}/…</c>), one controller for both: the participants list and its CSV, check-in, and the
/// registration settings (questions and reminders). The consultation's own desk shows the same list.
/// </summary>
[Authorize(Policy = Policies.Editorial)]
[Route("editor/consultations/{slug}")]
[Route("editor/events/{id:int}")]
public sealed class RegistrationDeskController(
    Registrables registrables,
    Participants participants,
    Attendance attendance,
    ParticipantMailing mailing) : Controller
{
    [HttpGet("participants")]
    public async Task<IActionResult> Participants(CancellationToken cancellationToken)
    {
        if (await ItemAsync(cancellationToken) is { } item)
        {
            return View(await PageAsync(item, new ParticipantMailInput(), cancellationToken));
        }

        // Something without seats has a participants page that says so, and where seats are switched on.
        var (exists, editPath) = await registrables.WithoutSeatsAsync(Kind, Key, cancellationToken);
        return exists ? View("NoRegistration", new NoRegistrationPage(Kind == Registrables.EventsSegment ? "event" : "consultation", editPath!)) : NotFound();
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

    // Which of the two addresses this request came by: a consultation by its slug, or an event by its id.
    private string Kind => RouteData.Values.ContainsKey("id") ? Registrables.EventsSegment : Registrables.ConsultationsSegment;

    private string Key => RouteData.Values.TryGetValue("id", out var id) ? Convert.ToString(id, System.Globalization.CultureInfo.InvariantCulture) ?? "" : RouteData.Values["slug"] as string ?? "";

    private Task<Registrable?> ItemAsync(CancellationToken cancellationToken) => registrables.ByEditorKeyAsync(Kind, Key, cancellationToken);

    private async Task<ParticipantsPage> PageAsync(Registrable item, ParticipantMailInput mail, CancellationToken cancellationToken)
    {
        var list = await participants.ListAsync(item, cancellationToken);
        return new ParticipantsPage(list, new ParticipantMailForm(item, list.Confirmed.Count, mail));
    }
}

public sealed record ParticipantsPage(ParticipantList List, ParticipantMailForm Mail);

public sealed record NoRegistrationPage(string Noun, string EditPath);
