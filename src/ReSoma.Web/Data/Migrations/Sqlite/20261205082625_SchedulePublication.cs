using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReSoma.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SchedulePublication : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Consultations_TopicId",
                table: "Consultations");

            migrationBuilder.AddColumn<long>(
                name: "PublishAt",
                table: "Events",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsPublished",
                table: "Consultations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Consultations were public before they had a draft state: the ones already there stay published. New rows
            // take the model's default, a draft.
            migrationBuilder.Sql("UPDATE Consultations SET IsPublished = 1;");

            migrationBuilder.AddColumn<long>(
                name: "PublishAt",
                table: "Consultations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Events_PublishAt",
                table: "Events",
                column: "PublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_PublishAt",
                table: "Consultations",
                column: "PublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_TopicId_IsPublished",
                table: "Consultations",
                columns: new[] { "TopicId", "IsPublished" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_PublishAt",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Consultations_PublishAt",
                table: "Consultations");

            migrationBuilder.DropIndex(
                name: "IX_Consultations_TopicId_IsPublished",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "IsPublished",
                table: "Consultations");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "Consultations");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_TopicId",
                table: "Consultations",
                column: "TopicId");
        }
    }
}
