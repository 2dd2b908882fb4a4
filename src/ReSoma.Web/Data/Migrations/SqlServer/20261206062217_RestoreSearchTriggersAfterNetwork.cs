using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReSoma.Web.Data.Migrations.SqlServer
{
    /// <summary>
    /// Nothing to do on SQL Server: its full-text index follows the table without triggers. The migration exists so
    /// both chains keep the same steps (the SQLite one restores its full-text triggers here).
    /// </summary>
    public partial class RestoreSearchTriggersAfterNetwork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Intentionally empty (see the summary).
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Intentionally empty (see the summary).
        }
    }
}
