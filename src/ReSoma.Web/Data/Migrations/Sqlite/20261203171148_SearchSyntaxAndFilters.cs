using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReSoma.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchSyntaxAndFilters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Area",
                table: "SearchDocuments",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_IsPublic_PublishedAt",
                table: "SearchDocuments",
                columns: new[] { "IsPublic", "PublishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SearchDocuments_IsPublic_PublishedAt",
                table: "SearchDocuments");

            migrationBuilder.DropColumn(
                name: "Area",
                table: "SearchDocuments");
        }
    }
}
