using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReSoma.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CyclesAndConsultations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CyclePhaseChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CyclePhaseChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CyclePhaseChanges_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CyclePhaseChanges_Cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "Cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SeatPools",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Arrivals = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeatPools", x => x.Id);
                    table.CheckConstraint("CK_SeatPools_Capacity", "Capacity >= 0");
                });

            migrationBuilder.CreateTable(
                name: "TopicProposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ProposedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    ProposedByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AdoptedTopicId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TopicProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TopicProposals_AspNetUsers_ProposedByUserId",
                        column: x => x.ProposedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_TopicProposals_Topics_AdoptedTopicId",
                        column: x => x.AdoptedTopicId,
                        principalTable: "Topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Consultations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TopicId = table.Column<int>(type: "INTEGER", nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OnlineLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RegistrationDeadline = table.Column<long>(type: "INTEGER", nullable: false),
                    AllowedRoles = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsCancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ShowContributions = table.Column<bool>(type: "INTEGER", nullable: false),
                    SeatPoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consultations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consultations_SeatPools_SeatPoolId",
                        column: x => x.SeatPoolId,
                        principalTable: "SeatPools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consultations_Topics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "Topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SeatRegistrations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SeatPoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReminderSentAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeatRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SeatRegistrations_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SeatRegistrations_SeatPools_SeatPoolId",
                        column: x => x.SeatPoolId,
                        principalTable: "SeatPools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BriefConsultations",
                columns: table => new
                {
                    BriefId = table.Column<int>(type: "INTEGER", nullable: false),
                    ConsultationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BriefConsultations", x => new { x.BriefId, x.ConsultationId });
                    table.ForeignKey(
                        name: "FK_BriefConsultations_Briefs_BriefId",
                        column: x => x.BriefId,
                        principalTable: "Briefs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BriefConsultations_Consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "Consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Contributions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConsultationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    AttachmentStoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AttachmentOriginalName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AttachmentSize = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ModerationNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ModeratedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModeratedByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contributions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contributions_AspNetUsers_AuthorUserId",
                        column: x => x.AuthorUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Contributions_Consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "Consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BriefConsultations_ConsultationId",
                table: "BriefConsultations",
                column: "ConsultationId");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_SeatPoolId",
                table: "Consultations",
                column: "SeatPoolId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_Slug",
                table: "Consultations",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_StartsAt",
                table: "Consultations",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_TopicId",
                table: "Consultations",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_Contributions_AuthorUserId",
                table: "Contributions",
                column: "AuthorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Contributions_ConsultationId_AuthorUserId",
                table: "Contributions",
                columns: new[] { "ConsultationId", "AuthorUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CyclePhaseChanges_CycleId_Phase",
                table: "CyclePhaseChanges",
                columns: new[] { "CycleId", "Phase" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CyclePhaseChanges_RecordedByUserId",
                table: "CyclePhaseChanges",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_SeatRegistrations_SeatPoolId_Sequence",
                table: "SeatRegistrations",
                columns: new[] { "SeatPoolId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SeatRegistrations_SeatPoolId_Status_Sequence",
                table: "SeatRegistrations",
                columns: new[] { "SeatPoolId", "Status", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_SeatRegistrations_SeatPoolId_UserId",
                table: "SeatRegistrations",
                columns: new[] { "SeatPoolId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SeatRegistrations_UserId",
                table: "SeatRegistrations",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_TopicProposals_AdoptedTopicId",
                table: "TopicProposals",
                column: "AdoptedTopicId");

            migrationBuilder.CreateIndex(
                name: "IX_TopicProposals_ProposedByUserId",
                table: "TopicProposals",
                column: "ProposedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_TopicProposals_Year_Area",
                table: "TopicProposals",
                columns: new[] { "Year", "Area" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BriefConsultations");

            migrationBuilder.DropTable(
                name: "Contributions");

            migrationBuilder.DropTable(
                name: "CyclePhaseChanges");

            migrationBuilder.DropTable(
                name: "SeatRegistrations");

            migrationBuilder.DropTable(
                name: "TopicProposals");

            migrationBuilder.DropTable(
                name: "Consultations");

            migrationBuilder.DropTable(
                name: "SeatPools");
        }
    }
}
