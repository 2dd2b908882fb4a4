using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReSoma.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Briefs_TopicId",
                table: "Briefs");

            migrationBuilder.CreateIndex(
                name: "IX_Topics_Area",
                table: "Topics",
                column: "Area");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Name",
                table: "Organisations",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_NewsPosts_Date",
                table: "NewsPosts",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_Events_EndsAt",
                table: "Events",
                column: "EndsAt");

            migrationBuilder.CreateIndex(
                name: "IX_Briefs_TopicId_Status",
                table: "Briefs",
                columns: new[] { "TopicId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Topics_Area",
                table: "Topics");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_Name",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_NewsPosts_Date",
                table: "NewsPosts");

            migrationBuilder.DropIndex(
                name: "IX_Events_EndsAt",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Briefs_TopicId_Status",
                table: "Briefs");

            migrationBuilder.CreateIndex(
                name: "IX_Briefs_TopicId",
                table: "Briefs",
                column: "TopicId");
        }
    }
}
