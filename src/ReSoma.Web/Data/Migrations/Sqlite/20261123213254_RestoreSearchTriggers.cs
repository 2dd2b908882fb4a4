using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReSoma.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// The previous migration added foreign keys to SearchDocuments, which SQLite does by rebuilding the table at the
    /// end of the migration, dropping the full-text triggers with it. This migration runs after that rebuild.
    /// </summary>
    public partial class RestoreSearchTriggers : Migration
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
