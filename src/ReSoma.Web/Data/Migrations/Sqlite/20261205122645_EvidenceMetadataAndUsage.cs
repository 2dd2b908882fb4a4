using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReSoma.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EvidenceMetadataAndUsage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Doi",
                table: "Briefs",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Licence",
                table: "Briefs",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "CcBy40");

            migrationBuilder.AddColumn<string>(
                name: "Orcid",
                table: "BriefAuthors",
                type: "TEXT",
                maxLength: 19,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BriefVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BriefId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangeNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    EditorName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    Keywords = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Authors = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Licence = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Doi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BriefVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BriefVersions_Briefs_BriefId",
                        column: x => x.BriefId,
                        principalTable: "Briefs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UsageHits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Metric = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Hour = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Visitor = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsageHits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UsageSalts",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Salt = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsageSalts", x => x.Day);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BriefVersions_BriefId_Number",
                table: "BriefVersions",
                columns: new[] { "BriefId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UsageHits_Hour",
                table: "UsageHits",
                column: "Hour");

            migrationBuilder.CreateIndex(
                name: "IX_UsageHits_ItemKind_ItemId_Metric_Hour_Visitor",
                table: "UsageHits",
                columns: new[] { "ItemKind", "ItemId", "Metric", "Hour", "Visitor" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BriefVersions");

            migrationBuilder.DropTable(
                name: "UsageHits");

            migrationBuilder.DropTable(
                name: "UsageSalts");

            migrationBuilder.DropColumn(
                name: "Doi",
                table: "Briefs");

            migrationBuilder.DropColumn(
                name: "Licence",
                table: "Briefs");

            migrationBuilder.DropColumn(
                name: "Orcid",
                table: "BriefAuthors");
        }
    }
}
