using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReSoma.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContentLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "NewsPosts",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "en"); // ContentLanguage.Default: everything written so far is in English

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Interviews",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "en"); // ContentLanguage.Default: everything written so far is in English
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Language",
                table: "NewsPosts");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "Interviews");
        }
    }
}
