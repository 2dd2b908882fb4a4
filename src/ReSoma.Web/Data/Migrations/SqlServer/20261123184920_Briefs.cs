using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReSoma.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Briefs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Briefs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TopicId = table.Column<int>(type: "int", nullable: false),
                    Series = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", maxLength: 100000, nullable: false),
                    Keywords = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Language = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    WithdrawnReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    PdfStoredName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    PdfOriginalName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PdfSize = table.Column<long>(type: "bigint", nullable: true),
                    PdfUploadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    IsDemo = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Briefs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Briefs_Topics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "Topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BriefAuthors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BriefId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    OrganisationId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BriefAuthors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BriefAuthors_Briefs_BriefId",
                        column: x => x.BriefId,
                        principalTable: "Briefs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BriefAuthors_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "SearchDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Path = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", maxLength: 100000, nullable: false),
                    Authors = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Keywords = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    IsPublic = table.Column<bool>(type: "bit", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    BriefId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SearchDocuments_Briefs_BriefId",
                        column: x => x.BriefId,
                        principalTable: "Briefs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BriefAuthors_BriefId_Position",
                table: "BriefAuthors",
                columns: new[] { "BriefId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_BriefAuthors_OrganisationId",
                table: "BriefAuthors",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Briefs_Slug",
                table: "Briefs",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Briefs_Status_PublishedOn",
                table: "Briefs",
                columns: new[] { "Status", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Briefs_TopicId",
                table: "Briefs",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_BriefId",
                table: "SearchDocuments",
                column: "BriefId",
                unique: true,
                filter: "[BriefId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_Kind_IsPublic",
                table: "SearchDocuments",
                columns: new[] { "Kind", "IsPublic" });

            // Full-text index over SearchDocuments. Full-text DDL cannot run inside a transaction.
            // The server needs the Full-Text Search feature (see docker/sqlserver/Dockerfile).
            migrationBuilder.Sql(
                "IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = 'ReSomaCatalog') CREATE FULLTEXT CATALOG ReSomaCatalog AS DEFAULT;",
                suppressTransaction: true);
            migrationBuilder.Sql(
                "CREATE FULLTEXT INDEX ON SearchDocuments (Title LANGUAGE 1033, Summary LANGUAGE 1033, Body LANGUAGE 1033, Authors LANGUAGE 1033, Keywords LANGUAGE 1033) KEY INDEX PK_SearchDocuments ON ReSomaCatalog WITH CHANGE_TRACKING AUTO;",
                suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FULLTEXT INDEX ON SearchDocuments;", suppressTransaction: true);
            migrationBuilder.DropTable(
                name: "BriefAuthors");

            migrationBuilder.DropTable(
                name: "SearchDocuments");

            migrationBuilder.DropTable(
                name: "Briefs");
        }
    }
}
