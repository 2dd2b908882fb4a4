using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Data.Backups;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Faults;

/// <summary>The admin's backup page: a backup made while the portal writes, listed, downloaded; nobody else gets in.</summary>
public sealed class BackupPageTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task The_button_makes_a_consistent_backup_while_another_task_writes_rows()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var page = await Client.GetAsync("/admin/backup");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.One("#no-backups"));

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var written = 0;
        var writer = Task.Run(async () =>
        {
            // Bounded in count and time; a new context per row, as separate requests would write them.
            for (var i = 0; i < 5_000 && !stop.IsCancellationRequested; i++)
            {
                await Factory.WithDbAsync(async db =>
                {
                    db.Organisations.Add(new Organisation { Name = $"Writer {i}", NormalizedName = $"WRITER {i}" });
                    await db.SaveChangesAsync();
                });
                Interlocked.Increment(ref written);
            }
        });
        await WaitUntil(() => Volatile.Read(ref written) >= 20);

        var made = await Client.SubmitAsync(page, new Dictionary<string, string>(), "/admin/backup");
        var writtenAtBackup = Volatile.Read(ref written);
        // A writer that failed says why, rather than leaving only a timeout.
        await WaitUntil(() => Volatile.Read(ref written) >= writtenAtBackup + 20 || writer.IsFaulted);
        Assert.False(writer.IsFaulted, writer.Exception?.ToString());
        await stop.CancelAsync();
        await writer;

        Assert.Equal(HttpStatusCode.Redirect, made.Status);
        var listed = await Client.GetAsync(made.Location!);
        var backup = Assert.Single(Factory.Services.GetBackups().List());
        Assert.Matches(@"^resoma-\d{8}T\d{6}Z\.db$", backup.Name);
        Assert.Equal(Path.Combine(Factory.DataPath, "backups", backup.Name), backup.FullPath);
        Assert.Contains($"Backup {backup.Name} made", listed.One(".alert-success")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(backup.Name, listed.One("#backups tbody tr td a")!.TextContent);

        Assert.Null(await SqliteRestore.CheckAsync(backup.FullPath));
        using var copy = SqliteFile.Open(backup.FullPath);
        var rowsInCopy = SqliteFile.Scalar<long>(copy, "SELECT count(*) FROM Organisations WHERE Name LIKE 'Writer %'");
        Assert.InRange(rowsInCopy, 20, Volatile.Read(ref written));
        // Rows written after the copy are in the live database, not in the copy.
        Assert.True(Factory.WithDb(db => db.Organisations.Count(o => o.Name.StartsWith("Writer "))) > rowsInCopy);
    }

    [Fact]
    public async Task An_admin_downloads_a_backup_as_a_SQLite_file()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var made = await Client.SubmitAsync("/admin/backup", new Dictionary<string, string>(), "/admin/backup");
        var link = (await Client.GetAsync(made.Location!)).One("#backups tbody a")!.GetAttribute("href")!;

        var response = await Client.Http.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.sqlite3", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Path.GetFileName(link), response.Content.Headers.ContentDisposition!.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("SQLite format 3\0"u8.ToArray(), bytes[..16]);
    }

    [Theory]
    [InlineData("..%2Fresoma.db")]
    [InlineData("..%2F..%2Fresoma.db")]
    [InlineData("%2E%2E%2Fsnapshot.db")]
    [InlineData("resoma.db")]
    [InlineData("resoma-20260101T000000Z.db%2F..%2F..%2Fresoma.db")]
    [InlineData("resoma-20260101T000000Z.db")] // the right form, but no such backup
    public async Task A_download_of_any_other_name_is_404(string name)
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        await Client.SubmitAsync("/admin/backup", new Dictionary<string, string>(), "/admin/backup");
        var response = await Client.Http.GetAsync("/admin/backup/files/" + name);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Nobody_but_an_admin_sees_makes_or_downloads_backups()
    {
        var backup = await Factory.Services.GetBackups().MakeAsync();
        var download = "/admin/backup/files/" + backup.Name;

        var anonymous = await Client.GetAsync("/admin/backup");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.Status);
        Assert.Contains("/account/login", anonymous.Location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.GetAsync(download)).Status);

        foreach (var role in new[] { Roles.Researcher, Roles.Editor })
        {
            var client = NewClient();
            await client.LoginAsRoleAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/backup")).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostWithTokenAsync("/admin/backup")).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(download)).Status);
        }

        Assert.Single(Factory.Services.GetBackups().List());
    }

    [Fact]
    public async Task The_admin_menu_links_to_the_backups()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var page = await Client.GetAsync("/admin/users");
        Assert.Equal("Backups", page.One(".dropdown-menu a[href='/admin/backup']")!.TextContent);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "The writer did not get that far within 30 s.");
    }
}
