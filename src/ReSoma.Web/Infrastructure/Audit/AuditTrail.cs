using System.Security.Claims;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Audit;

/// <summary>
/// Writes the audit log. <see cref="Record"/> adds an entry to the caller's unit of work, so it is saved (or not) with
/// the change it describes; the acting person is whoever the current request is signed in as.
/// </summary>
public sealed class AuditTrail(ReSomaDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public void Record(AuditAction action, string subjectKind, string subjectTitle, string? subjectPath = null, string? subjectUserId = null, string details = "") =>
        db.AuditEntries.Add(Entry(http, clock, action, subjectKind, subjectTitle, subjectPath, subjectUserId, details));

    /// <summary>For changes already saved by someone else (Identity's user manager saves on its own).</summary>
    public async Task SaveAsync(AuditAction action, string subjectKind, string subjectTitle, string? subjectPath = null, string? subjectUserId = null, string details = "")
    {
        Record(action, subjectKind, subjectTitle, subjectPath, subjectUserId, details);
        await db.SaveChangesAsync();
    }

    public static AuditEntry Entry(IHttpContextAccessor http, TimeProvider clock, AuditAction action, string subjectKind, string subjectTitle, string? subjectPath, string? subjectUserId, string details) => new()
    {
        At = clock.GetUtcNow(),
        ActorUserId = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier),
        Action = action,
        SubjectKind = subjectKind,
        SubjectTitle = Clip(subjectTitle, FieldLengths.Title),
        SubjectPath = subjectPath,
        SubjectUserId = subjectUserId,
        Details = Clip(details, FieldLengths.ShortText),
    };

    private static string Clip(string text, int length) => text.Length > length ? text[..length] : text;
}
