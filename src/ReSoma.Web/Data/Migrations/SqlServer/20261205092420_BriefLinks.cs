using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReSoma.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BriefLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BriefLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BriefId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    ContributionId = table.Column<int>(type: "int", nullable: true),
                    EarlierBriefId = table.Column<int>(type: "int", nullable: true),
                    InterviewId = table.Column<int>(type: "int", nullable: true),
                    EventId = table.Column<int>(type: "int", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AuthorToldAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BriefLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BriefLinks_Briefs_BriefId",
                        column: x => x.BriefId,
                        principalTable: "Briefs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BriefLinks_Briefs_EarlierBriefId",
                        column: x => x.EarlierBriefId,
                        principalTable: "Briefs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BriefLinks_Contributions_ContributionId",
                        column: x => x.ContributionId,
                        principalTable: "Contributions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BriefLinks_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BriefLinks_Interviews_InterviewId",
                        column: x => x.InterviewId,
                        principalTable: "Interviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BriefLinks_BriefId_Kind_ContributionId_EarlierBriefId_InterviewId_EventId",
                table: "BriefLinks",
                columns: new[] { "BriefId", "Kind", "ContributionId", "EarlierBriefId", "InterviewId", "EventId" },
                unique: true,
                filter: "[ContributionId] IS NOT NULL AND [EarlierBriefId] IS NOT NULL AND [InterviewId] IS NOT NULL AND [EventId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_BriefLinks_ContributionId",
                table: "BriefLinks",
                column: "ContributionId");

            migrationBuilder.CreateIndex(
                name: "IX_BriefLinks_EarlierBriefId",
                table: "BriefLinks",
                column: "EarlierBriefId");

            migrationBuilder.CreateIndex(
                name: "IX_BriefLinks_EventId",
                table: "BriefLinks",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_BriefLinks_InterviewId",
                table: "BriefLinks",
                column: "InterviewId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BriefLinks");
        }
    }
}
