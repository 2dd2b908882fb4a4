using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReSoma.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BriefId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ContributionId = table.Column<int>(type: "INTEGER", nullable: true),
                    EarlierBriefId = table.Column<int>(type: "INTEGER", nullable: true),
                    InterviewId = table.Column<int>(type: "INTEGER", nullable: true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AuthorToldAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                unique: true);

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
