using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ReSoma.Web.Data.Backups;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Admin.Backup;

/// <summary>Online backups of the SQLite database: make one, list them, download one. Restoring is done with the
/// portal stopped, from the command line (README, "Backup and restore").</summary>
[Route("admin/backup")]
[Authorize(Policy = Policies.Admin)]
public sealed class BackupController(SqliteBackups backups) : Controller
{
    public const string ContentType = "application/vnd.sqlite3";

    [HttpGet("")]
    public IActionResult Index(string? made) =>
        View(new BackupPage(backups.IsAvailable, backups.IsAvailable ? backups.List() : [], backups.Find(made)));

    [HttpPost("")]
    public async Task<IActionResult> Make(CancellationToken cancellationToken)
    {
        if (!backups.IsAvailable)
        {
            return NotFound();
        }

        var made = await backups.MakeAsync(cancellationToken: cancellationToken);
        return RedirectToAction(nameof(Index), new { made = made.Name });
    }

    /// <summary>Only a name of the backups' own form, found in the backups folder, is served: never a path.</summary>
    [HttpGet("files/{name}")]
    public IActionResult Download(string name) =>
        backups.Find(name) is { } file ? PhysicalFile(file.FullPath, ContentType, file.Name) : NotFound();
}

public sealed record BackupPage(bool Available, IReadOnlyList<BackupFile> Backups, BackupFile? Made);
