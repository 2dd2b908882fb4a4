using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Web.Features.Registrations;

/// <summary>
/// The editors' registration pages of one consultation (<c>/editor/consultations/{slug}/…</c>) or one event
/// (<c>/editor/events/{id}/…</c>): each controller beneath serves both addresses, and finds the item by whichever came.
/// </summary>
[Authorize(Policy = Policies.Editorial)]
[Route("editor/consultations/{slug}")]
[Route("editor/events/{id:int}")]
public abstract class RegistrationDeskBase(Registrables registrables) : Controller
{
    // Which of the two addresses this request came by: a consultation by its slug, or an event by its id.
    protected string Kind => RouteData.Values.ContainsKey("id") ? Registrables.EventsSegment : Registrables.ConsultationsSegment;

    private string Key => RouteData.Values.TryGetValue("id", out var id) ? Convert.ToString(id, System.Globalization.CultureInfo.InvariantCulture) ?? "" : RouteData.Values["slug"] as string ?? "";

    protected Task<Registrable?> ItemAsync(CancellationToken cancellationToken) => registrables.ByEditorKeyAsync(Kind, Key, cancellationToken);

    /// <summary>Something without seats has registration pages that say so, and where seats are switched on; anything
    /// else is not found.</summary>
    protected async Task<IActionResult> WithoutSeatsAsync(CancellationToken cancellationToken)
    {
        var (exists, editPath) = await registrables.WithoutSeatsAsync(Kind, Key, cancellationToken);
        return exists ? View("NoRegistration", new NoRegistrationPage(Kind == Registrables.EventsSegment ? "event" : "consultation", editPath!)) : NotFound();
    }
}

public sealed record NoRegistrationPage(string Noun, string EditPath);
