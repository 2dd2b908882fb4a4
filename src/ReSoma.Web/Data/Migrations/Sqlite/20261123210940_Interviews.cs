using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReSoma.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Interviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "InterviewId",
                table: "SearchDocuments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Interviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimedMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    NewsHeadline = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NewsUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ExpertName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    ExpertRole = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    ExpertOrganisation = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    ExpertPhotoStoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ExpertPhotoContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ExpertPhotoAlt = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Standfirst = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PublishAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PreviewToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    QuestionnaireClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Interviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InterviewBriefs",
                columns: table => new
                {
                    BriefsId = table.Column<int>(type: "INTEGER", nullable: false),
                    InterviewId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterviewBriefs", x => new { x.BriefsId, x.InterviewId });
                    table.ForeignKey(
                        name: "FK_InterviewBriefs_Briefs_BriefsId",
                        column: x => x.BriefsId,
                        principalTable: "Briefs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InterviewBriefs_Interviews_InterviewId",
                        column: x => x.InterviewId,
                        principalTable: "Interviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InterviewQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InterviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterviewQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InterviewQuestions_Interviews_InterviewId",
                        column: x => x.InterviewId,
                        principalTable: "Interviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InterviewRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InterviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    EditorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    EditorName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", maxLength: 120000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterviewRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InterviewRevisions_AspNetUsers_EditorId",
                        column: x => x.EditorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_InterviewRevisions_Interviews_InterviewId",
                        column: x => x.InterviewId,
                        principalTable: "Interviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InterviewTopics",
                columns: table => new
                {
                    InterviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    TopicsId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterviewTopics", x => new { x.InterviewId, x.TopicsId });
                    table.ForeignKey(
                        name: "FK_InterviewTopics_Interviews_InterviewId",
                        column: x => x.InterviewId,
                        principalTable: "Interviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InterviewTopics_Topics_TopicsId",
                        column: x => x.TopicsId,
                        principalTable: "Topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuestionnaireResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InterviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    BrowserKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionnaireResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuestionnaireResponses_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QuestionnaireResponses_Interviews_InterviewId",
                        column: x => x.InterviewId,
                        principalTable: "Interviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InterviewOptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterviewOptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InterviewOptions_InterviewQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "InterviewQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuestionnaireAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResponseId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    OptionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionnaireAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuestionnaireAnswers_InterviewOptions_OptionId",
                        column: x => x.OptionId,
                        principalTable: "InterviewOptions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_QuestionnaireAnswers_InterviewQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "InterviewQuestions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_QuestionnaireAnswers_QuestionnaireResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "QuestionnaireResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_InterviewId",
                table: "SearchDocuments",
                column: "InterviewId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InterviewBriefs_InterviewId",
                table: "InterviewBriefs",
                column: "InterviewId");

            migrationBuilder.CreateIndex(
                name: "IX_InterviewOptions_QuestionId_Position",
                table: "InterviewOptions",
                columns: new[] { "QuestionId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_InterviewQuestions_InterviewId_Position",
                table: "InterviewQuestions",
                columns: new[] { "InterviewId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_InterviewRevisions_EditorId",
                table: "InterviewRevisions",
                column: "EditorId");

            migrationBuilder.CreateIndex(
                name: "IX_InterviewRevisions_InterviewId_Number",
                table: "InterviewRevisions",
                columns: new[] { "InterviewId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_ClaimedMonth",
                table: "Interviews",
                column: "ClaimedMonth",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_Slug",
                table: "Interviews",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_Status_PublishAt",
                table: "Interviews",
                columns: new[] { "Status", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_Year_Month",
                table: "Interviews",
                columns: new[] { "Year", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_InterviewTopics_TopicsId",
                table: "InterviewTopics",
                column: "TopicsId");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireAnswers_OptionId",
                table: "QuestionnaireAnswers",
                column: "OptionId");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireAnswers_QuestionId_OptionId",
                table: "QuestionnaireAnswers",
                columns: new[] { "QuestionId", "OptionId" });

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireAnswers_ResponseId",
                table: "QuestionnaireAnswers",
                column: "ResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireResponses_InterviewId_BrowserKey",
                table: "QuestionnaireResponses",
                columns: new[] { "InterviewId", "BrowserKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireResponses_InterviewId_UserId",
                table: "QuestionnaireResponses",
                columns: new[] { "InterviewId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireResponses_UserId",
                table: "QuestionnaireResponses",
                column: "UserId");

            migrationBuilder.AddForeignKey(
                name: "FK_SearchDocuments_Interviews_InterviewId",
                table: "SearchDocuments",
                column: "InterviewId",
                principalTable: "Interviews",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_SearchDocuments_Interviews_InterviewId",
                table: "SearchDocuments");

            migrationBuilder.DropTable(
                name: "InterviewBriefs");

            migrationBuilder.DropTable(
                name: "InterviewRevisions");

            migrationBuilder.DropTable(
                name: "InterviewTopics");

            migrationBuilder.DropTable(
                name: "QuestionnaireAnswers");

            migrationBuilder.DropTable(
                name: "InterviewOptions");

            migrationBuilder.DropTable(
                name: "QuestionnaireResponses");

            migrationBuilder.DropTable(
                name: "InterviewQuestions");

            migrationBuilder.DropTable(
                name: "Interviews");

            migrationBuilder.DropIndex(
                name: "IX_SearchDocuments_InterviewId",
                table: "SearchDocuments");

            migrationBuilder.DropColumn(
                name: "InterviewId",
                table: "SearchDocuments");
        }
    }
}
