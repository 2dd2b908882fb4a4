using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReSoma.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OneRegistrationMechanism : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Consultations_SeatPoolId",
                table: "Consultations");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "WaitlistClosedMailAt",
                table: "SeatRegistrations",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccessNeeds",
                table: "SeatRegistrations",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccessNote",
                table: "SeatRegistrations",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AttendedAt",
                table: "SeatRegistrations",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CertificateMailedAt",
                table: "SeatRegistrations",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "SeatRegistrations",
                type: "nvarchar(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReminderHours",
                table: "SeatPools",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "168,24");

            migrationBuilder.AlterColumn<int>(
                name: "SeatPoolId",
                table: "Consultations",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.CreateTable(
                name: "RegistrationQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SeatPoolId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Prompt = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Choices = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    IsRequired = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegistrationQuestions_SeatPools_SeatPoolId",
                        column: x => x.SeatPoolId,
                        principalTable: "SeatPools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegistrationReminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SeatRegistrationId = table.Column<int>(type: "int", nullable: false),
                    LeadHours = table.Column<int>(type: "int", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegistrationReminders_SeatRegistrations_SeatRegistrationId",
                        column: x => x.SeatRegistrationId,
                        principalTable: "SeatRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegistrationAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SeatRegistrationId = table.Column<int>(type: "int", nullable: false),
                    RegistrationQuestionId = table.Column<int>(type: "int", nullable: false),
                    Value = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegistrationAnswers_RegistrationQuestions_RegistrationQuestionId",
                        column: x => x.RegistrationQuestionId,
                        principalTable: "RegistrationQuestions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_RegistrationAnswers_SeatRegistrations_SeatRegistrationId",
                        column: x => x.SeatRegistrationId,
                        principalTable: "SeatRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SeatRegistrations_Code",
                table: "SeatRegistrations",
                column: "Code",
                unique: true,
                filter: "[Code] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_SeatPoolId",
                table: "Consultations",
                column: "SeatPoolId",
                unique: true,
                filter: "[SeatPoolId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationAnswers_RegistrationQuestionId",
                table: "RegistrationAnswers",
                column: "RegistrationQuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationAnswers_SeatRegistrationId_RegistrationQuestionId",
                table: "RegistrationAnswers",
                columns: new[] { "SeatRegistrationId", "RegistrationQuestionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationQuestions_SeatPoolId_Position",
                table: "RegistrationQuestions",
                columns: new[] { "SeatPoolId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationReminders_SeatRegistrationId_LeadHours",
                table: "RegistrationReminders",
                columns: new[] { "SeatRegistrationId", "LeadHours" },
                unique: true);

            // The day-before reminders already sent stay sent: they become the 24-hour rows of the new claim table.
            migrationBuilder.Sql("INSERT INTO RegistrationReminders (SeatRegistrationId, LeadHours, SentAt) SELECT Id, 24, ReminderSentAt FROM SeatRegistrations WHERE ReminderSentAt IS NOT NULL;");

            migrationBuilder.DropColumn(
                name: "ReminderSentAt",
                table: "SeatRegistrations");

            // A survey or a call for written contributions has no seats: its pool goes, unless someone holds a place.
            migrationBuilder.Sql("UPDATE Consultations SET SeatPoolId = NULL WHERE Format IN ('OnlineSurvey', 'WrittenContributionCall') AND NOT EXISTS (SELECT 1 FROM SeatRegistrations r WHERE r.SeatPoolId = Consultations.SeatPoolId AND r.Status <> 'Cancelled');");
            migrationBuilder.Sql("DELETE FROM SeatPools WHERE NOT EXISTS (SELECT 1 FROM Consultations c WHERE c.SeatPoolId = SeatPools.Id) AND NOT EXISTS (SELECT 1 FROM Events e WHERE e.SeatPoolId = SeatPools.Id);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RegistrationAnswers");

            migrationBuilder.DropTable(
                name: "RegistrationReminders");

            migrationBuilder.DropTable(
                name: "RegistrationQuestions");

            migrationBuilder.DropIndex(
                name: "IX_SeatRegistrations_Code",
                table: "SeatRegistrations");

            migrationBuilder.DropIndex(
                name: "IX_Consultations_SeatPoolId",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "AccessNeeds",
                table: "SeatRegistrations");

            migrationBuilder.DropColumn(
                name: "AccessNote",
                table: "SeatRegistrations");

            migrationBuilder.DropColumn(
                name: "AttendedAt",
                table: "SeatRegistrations");

            migrationBuilder.DropColumn(
                name: "CertificateMailedAt",
                table: "SeatRegistrations");

            migrationBuilder.DropColumn(
                name: "Code",
                table: "SeatRegistrations");

            migrationBuilder.DropColumn(
                name: "ReminderHours",
                table: "SeatPools");

            migrationBuilder.DropColumn(
                name: "WaitlistClosedMailAt",
                table: "SeatRegistrations");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReminderSentAt",
                table: "SeatRegistrations",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "SeatPoolId",
                table: "Consultations",
                type: "int",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_SeatPoolId",
                table: "Consultations",
                column: "SeatPoolId",
                unique: true);
        }
    }
}
