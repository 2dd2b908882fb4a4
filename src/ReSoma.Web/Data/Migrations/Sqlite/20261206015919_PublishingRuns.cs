using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReSoma.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublishingRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PublishingRuns",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Instance = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    FailedKinds = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishingRuns", x => x.Name);
                });

            migrationBuilder.InsertData(
                table: "PublishingRuns",
                columns: new[] { "Name", "FailedKinds", "FinishedAt", "Instance" },
                values: new object[] { "publishing", "", null, "" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublishingRuns");
        }
    }
}
