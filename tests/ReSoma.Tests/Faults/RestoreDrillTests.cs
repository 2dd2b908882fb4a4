using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Data.Backups;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.CommandLine;

namespace ReSoma.Tests.Faults;

/// <summary>
/// The drill an operator follows (README, "Backup and restore"), with the portal's own command-line verbs: back up,
/// let the data change, restore into a fresh data folder, start a portal on it, and find every table as it was.
/// </summary>
public sealed class RestoreDrillTests(DemoPortalFactory factory) : PortalTest<DemoPortalFactory>(factory)
{
    [Fact]
    public async Task A_backup_restored_into_a_fresh_portal_has_every_table_as_it_was_at_backup_time()
    {
        var backup = Path.Combine(Factory.DataPath, "elsewhere", "drill.db");
        var before = SqliteFile.RowCounts(Factory.DatabaseFile);
        Assert.Equal(0, await PortalCommands.RunAsync(["backup", backup, $"--Storage:DataPath={Factory.DataPath}"]));
        Assert.Equal(before, SqliteFile.RowCounts(Factory.DatabaseFile)); // nothing wrote meanwhile: these are the counts at backup time

        // The data changes after the backup: a new consultation, a new organisation, a deleted news item.
        await Factory.AddConsultationAsync(new NewConsultation("After the backup"));
        await Factory.WithDbAsync(async db =>
        {
            db.Organisations.Add(new Organisation { Name = "After the backup", NormalizedName = "AFTER THE BACKUP" });
            db.NewsPosts.Remove(db.NewsPosts.OrderBy(n => n.Id).First());
            await db.SaveChangesAsync();
        });
        Assert.NotEqual(before, SqliteFile.RowCounts(Factory.DatabaseFile));

        using var fresh = new PortalFactory();
        Assert.Equal(0, await PortalCommands.RunAsync(["restore", backup, $"--Storage:DataPath={fresh.DataPath}"]));
        _ = fresh.Services; // starts a portal on the restored file: migrations and seeding find nothing to do
        Assert.Equal(before, SqliteFile.RowCounts(fresh.DatabaseFile));
        Assert.False(fresh.WithDb(db => db.Organisations.Any(o => o.Name == "After the backup")));
        Assert.True(fresh.WithDb(db => db.Briefs.Any()));
        Assert.Null(await SqliteRestore.CheckAsync(fresh.DatabaseFile));
    }

    [Fact]
    public async Task Restore_refuses_a_file_that_is_not_a_sound_database_of_the_portal_and_changes_nothing()
    {
        using var fresh = new PortalFactory();
        Directory.CreateDirectory(fresh.DataPath);
        var garbage = Path.Combine(fresh.DataPath, "garbage.db");
        await File.WriteAllTextAsync(garbage, "This is not a database, just text long enough to look like a file header or two.");
        Assert.Equal(1, await PortalCommands.RunAsync(["restore", garbage, $"--Storage:DataPath={fresh.DataPath}"]));

        var otherDatabase = Path.Combine(fresh.DataPath, "other.db");
        using (var other = SqliteFile.Open(otherDatabase))
        {
            SqliteFile.Scalar<long>(other, "CREATE TABLE Notes (Id INTEGER PRIMARY KEY); SELECT count(*) FROM Notes;");
        }

        Assert.Equal(1, await PortalCommands.RunAsync(["restore", otherDatabase, $"--Storage:DataPath={fresh.DataPath}"]));
        Assert.Equal(1, await PortalCommands.RunAsync(["restore", Path.Combine(fresh.DataPath, "missing.db"), $"--Storage:DataPath={fresh.DataPath}"]));
        Assert.Equal(2, await PortalCommands.RunAsync(["restore", $"--Storage:DataPath={fresh.DataPath}"]));
        Assert.False(File.Exists(fresh.DatabaseFile));
    }

    [Fact]
    public async Task Restore_refuses_while_a_portal_runs_on_the_data_folder_and_keeps_the_replaced_database_as_a_backup()
    {
        var backup = Path.Combine(Factory.DataPath, "elsewhere", "drill.db");
        Assert.Equal(0, await PortalCommands.RunAsync(["backup", backup, $"--Storage:DataPath={Factory.DataPath}"]));
        using var fresh = new PortalFactory();
        Assert.Equal(0, await PortalCommands.RunAsync(["restore", backup, $"--Storage:DataPath={fresh.DataPath}"]));

        // A portal marks its data folder for as long as it runs (the operating system drops the mark if it dies).
        using (RunningPortal.Mark(fresh.DataPath))
        {
            Assert.True(RunningPortal.IsRunning(fresh.DataPath));
            Assert.Equal(1, await PortalCommands.RunAsync(["restore", backup, $"--Storage:DataPath={fresh.DataPath}"]));
        }

        Assert.False(RunningPortal.IsRunning(fresh.DataPath));
        Assert.Equal(0, await PortalCommands.RunAsync(["restore", backup, $"--Storage:DataPath={fresh.DataPath}"]));
        var kept = Assert.Single(Directory.GetFiles(Path.Combine(fresh.DataPath, "backups"), "resoma-*.db"));
        Assert.Equal(SqliteFile.RowCounts(backup), SqliteFile.RowCounts(kept));
    }
}
