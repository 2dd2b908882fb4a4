using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReSoma.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TopicLineageAndPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

            migrationBuilder.AddColumn<int>(
                name: "FirstEntryId",
                table: "Topics",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DecidedInYear",
                table: "TopicProposals",
                type: "INTEGER",
                nullable: true);

            // Data, before the old column goes (decision 0022): a carried-over topic was a copy with the same title
            // and area in a later cycle; it becomes a later entry of the earliest one, and only that one is found by
            // search. A proposal made for a year whose cycle was opened after it was decided by that opening; every
            // other proposal waits for the next cycle.
            migrationBuilder.Sql("""
                UPDATE Topics SET FirstEntryId = (
                    SELECT o.Id FROM Topics o JOIN Cycles oc ON oc.Id = o.CycleId
                    WHERE o.Title = Topics.Title AND o.Area = Topics.Area
                      AND oc.Year < (SELECT c.Year FROM Cycles c WHERE c.Id = Topics.CycleId)
                    ORDER BY oc.Year LIMIT 1);
                """);
            migrationBuilder.Sql("""
                UPDATE SearchDocuments SET IsPublic = 0 WHERE TopicId IN (SELECT Id FROM Topics WHERE FirstEntryId IS NOT NULL);
                """);
            migrationBuilder.Sql("""
                UPDATE TopicProposals SET DecidedInYear = Year
                WHERE AdoptedTopicId IS NOT NULL
                   OR EXISTS (SELECT 1 FROM Cycles c WHERE c.Year = TopicProposals.Year AND c.OpenedAt > TopicProposals.CreatedAt);
                """);

            migrationBuilder.DropIndex(
                name: "IX_TopicProposals_Year_Area",
                table: "TopicProposals");

            migrationBuilder.DropColumn(
                name: "Year",
                table: "TopicProposals");

            migrationBuilder.CreateTable(
                name: "PlannedPhases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlannedPhases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlannedPhases_Cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "Cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Topics_FirstEntryId",
                table: "Topics",
                column: "FirstEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_TopicProposals_DecidedInYear_Area",
                table: "TopicProposals",
                columns: new[] { "DecidedInYear", "Area" });

            migrationBuilder.CreateIndex(
                name: "IX_PlannedPhases_CycleId_Phase",
                table: "PlannedPhases",
                columns: new[] { "CycleId", "Phase" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Topics_Topics_FirstEntryId",
                table: "Topics",
                column: "FirstEntryId",
                principalTable: "Topics",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Topics_Topics_FirstEntryId",
                table: "Topics");

            migrationBuilder.DropTable(
                name: "PlannedPhases");

            migrationBuilder.DropIndex(
                name: "IX_Topics_FirstEntryId",
                table: "Topics");

            migrationBuilder.DropIndex(
                name: "IX_TopicProposals_DecidedInYear_Area",
                table: "TopicProposals");

            migrationBuilder.DropColumn(
                name: "FirstEntryId",
                table: "Topics");

            migrationBuilder.DropColumn(
                name: "DecidedInYear",
                table: "TopicProposals");

            migrationBuilder.AddColumn<int>(
                name: "Year",
                table: "TopicProposals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_TopicProposals_Year_Area",
                table: "TopicProposals",
                columns: new[] { "Year", "Area" });
        }
    }
}
