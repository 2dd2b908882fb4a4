using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReSoma.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// The Network migration added a foreign key to SearchDocuments (a profile's document), which SQLite does by
    /// rebuilding the table at the end of that migration, dropping the full-text triggers. This one restores them.
    /// </summary>
    public partial class RestoreSearchTriggersAfterNetwork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            SqliteSearchTriggers.Restore(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: the triggers belong to the Briefs migration.
        }
    }
}
