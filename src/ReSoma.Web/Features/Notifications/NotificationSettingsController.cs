using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Notifications;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Notifications;

/// <summary>
/// How a person hears of news: how often, when, in which zone, and the newsletter. Opened signed in, or from a mail's
/// signed link without signing in (the token names the person; nobody can make one for someone else). The one-click
/// unsubscribe (RFC 8058) is a POST that mail providers send without cookies, so it carries no antiforgery token: the
/// signed token in its address is what authorises it, and all it can do is stop mail.
/// </summary>
[Route("account/notifications")]
public sealed class NotificationSettingsController(ReSomaDbContext db, SubscriptionTokens tokens, IStringLocalizer<NotificationSettingsController> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? token, CancellationToken cancellationToken)
    {
        if (PersonOf(token) is not { } userId)
        {
            return token is null ? Challenge() : NotFound();
        }

        // Signed in, the settings are made on first sight: the private feed's secret is shown. From a mail's link,
        // looking stores nothing.
        var settings = token is null
            ? await NotificationDefaults.GetOrCreateAsync(db, userId, cancellationToken)
            : await db.NotificationSettings.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == userId, cancellationToken) ?? NotificationDefaults.For(userId);
        return View("Settings", await PageAsync(settings, InputOf(settings, token), cancellationToken));
    }

    [HttpPost("")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Save(NotificationSettingsInput input, CancellationToken cancellationToken)
    {
        if (PersonOf(input.Token) is not { } userId)
        {
            return input.Token is null ? Challenge() : NotFound();
        }

        if (ModelState.IsValid && !DigestPeriods.IsKnownZone(input.TimeZoneId))
        {
            ModelState.AddModelError(nameof(input.TimeZoneId), localizer["Choose your time zone from the list."]);
        }

        var settings = await NotificationDefaults.GetOrCreateAsync(db, userId, cancellationToken);
        if (ModelState.IsValid)
        {
            db.Entry(settings).Property(s => s.Version).OriginalValue = input.Version;
            settings.Frequency = input.Frequency!.Value;
            settings.TimeZoneId = input.TimeZoneId;
            settings.Hour = input.Hour;
            settings.WeeklyOn = input.WeeklyOn;
            settings.Newsletter = input.Newsletter;
            settings.Version++;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return Redirect(Url.Content("~/account/notifications?done=saved" + (input.Token is null ? "" : "&token=" + Uri.EscapeDataString(input.Token))));
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("", localizer["Your settings were changed in another window meanwhile. They are shown as they are now: change them again if needed."]);
                db.ChangeTracker.Clear();
                settings = await db.NotificationSettings.AsNoTracking().FirstAsync(s => s.UserId == userId, cancellationToken);
                input = InputOf(settings, input.Token);
            }
        }

        var view = View("Settings", await PageAsync(settings, input, cancellationToken));
        view.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return view;
    }

    [HttpGet("unsubscribe/{token}")]
    public IActionResult Unsubscribe(string token) =>
        tokens.Read(token) is { } found ? View("Unsubscribe", new UnsubscribePage(token, found.Kind, Done: false)) : NotFound();

    [HttpPost("unsubscribe/{token}")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> UnsubscribeConfirmed(string token, CancellationToken cancellationToken)
    {
        if (tokens.Read(token) is not { } found || !await db.Users.AnyAsync(u => u.Id == found.UserId, cancellationToken))
        {
            return NotFound();
        }

        var settings = await NotificationDefaults.GetOrCreateAsync(db, found.UserId, cancellationToken);
        if (found.Kind == SubscriptionKind.Newsletter)
        {
            settings.Newsletter = false;
        }
        else
        {
            settings.Frequency = DigestFrequency.Never;
        }

        settings.Version++;
        await db.SaveChangesAsync(cancellationToken);
        return View("Unsubscribe", new UnsubscribePage(tokens.For(found.UserId, SubscriptionKind.Notifications), found.Kind, Done: true));
    }

    private string? PersonOf(string? token) =>
        token is null ? User.FindFirstValue(ClaimTypes.NameIdentifier) : tokens.Read(token)?.UserId;

    private static NotificationSettingsInput InputOf(NotificationSettings s, string? token) => new()
    {
        Frequency = s.Frequency, TimeZoneId = s.TimeZoneId, Hour = s.Hour, WeeklyOn = s.WeeklyOn, Newsletter = s.Newsletter, Token = token, Version = s.Version,
    };

    /// <summary>The settings, what the person follows, and everything else they could follow (the Follow buttons
    /// beside each read the person's state themselves, once per page).</summary>
    private async Task<NotificationSettingsPage> PageAsync(NotificationSettings settings, NotificationSettingsInput input, CancellationToken cancellationToken)
    {
        var userId = settings.UserId;
        var follows = await db.Follows.AsNoTracking().Where(f => f.UserId == userId)
            .Select(f => new { f.Kind, f.Key }).ToListAsync(cancellationToken);
        var followedTopics = follows.Where(f => f.Kind == FollowKind.Topic)
            .Select(f => int.TryParse(f.Key, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0).ToList();
        var all = Followables.Fixed.Concat(await Followables.TopicsAsync(db, followedTopics, cancellationToken)).ToList();
        var following = all.Where(f => follows.Any(x => x.Kind == f.Target.Kind && x.Key == f.Target.Key)).ToList();
        // The private feed's secret only to whoever is signed in: a forwarded mail's link must not hand it on.
        return new NotificationSettingsPage(input, following, all, input.Token is null ? settings.FeedToken : null);
    }
}

/// <param name="Following">What the person follows, by name.</param>
/// <param name="Followable">Everything that can be followed: the areas, series, cycle and events, the current
/// cycle's topics and any other topic the person follows.</param>
/// <param name="FeedToken">The private feed's secret, shown only when signed in.</param>
public sealed record NotificationSettingsPage(NotificationSettingsInput Input, IReadOnlyList<Followable> Following, IReadOnlyList<Followable> Followable, string? FeedToken);

public sealed record UnsubscribePage(string Token, SubscriptionKind Kind, bool Done);
