using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Newsletter;

/// <summary>
/// Who gets the newsletter: people who ticked it in their settings (a consent of its own, apart from the notification
/// mails), with a confirmed address, whose account an administrator has not locked. Like the digests, an unconfirmed
/// address gets nothing: it may belong to someone else.
/// </summary>
public static class NewsletterAudience
{
    public static IQueryable<ApplicationUser> Subscribers(ReSomaDbContext db) =>
        db.Users.Where(u => u.EmailConfirmed && u.Email != null && u.LockoutEnd != ApplicationUser.LockedByAdministrator
            && db.NotificationSettings.Any(s => s.UserId == u.Id && s.Newsletter));
}
