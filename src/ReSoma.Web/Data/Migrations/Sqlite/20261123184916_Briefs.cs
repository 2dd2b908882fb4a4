using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReSoma.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TopicId = table.Column<int>(type: "INTEGER", nullable: false),
                    Series = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    Keywords = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    WithdrawnReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PdfStoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PdfOriginalName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PdfSize = table.Column<long>(type: "INTEGER", nullable: true),
                    PdfUploadedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BriefId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    Authors = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Keywords = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BriefId = table.Column<int>(type: "INTEGER", nullable: true)
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
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_Kind_IsPublic",
                table: "SearchDocuments",
                columns: new[] { "Kind", "IsPublic" });

            // Full-text index: FTS5 with the Porter stemmer over SearchDocuments, kept in step by triggers.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE SearchDocumentsFts USING fts5(
                    Title, Summary, Body, Authors, Keywords,
                    content='SearchDocuments', content_rowid='Id',
                    tokenize='porter unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchDocuments_AfterInsert AFTER INSERT ON SearchDocuments BEGIN
                    INSERT INTO SearchDocumentsFts(rowid, Title, Summary, Body, Authors, Keywords)
                    VALUES (new.Id, new.Title, new.Summary, new.Body, new.Authors, new.Keywords);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchDocuments_AfterDelete AFTER DELETE ON SearchDocuments BEGIN
                    INSERT INTO SearchDocumentsFts(SearchDocumentsFts, rowid, Title, Summary, Body, Authors, Keywords)
                    VALUES ('delete', old.Id, old.Title, old.Summary, old.Body, old.Authors, old.Keywords);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SearchDocuments_AfterUpdate AFTER UPDATE ON SearchDocuments BEGIN
                    INSERT INTO SearchDocumentsFts(SearchDocumentsFts, rowid, Title, Summary, Body, Authors, Keywords)
                    VALUES ('delete', old.Id, old.Title, old.Summary, old.Body, old.Authors, old.Keywords);
                    INSERT INTO SearchDocumentsFts(rowid, Title, Summary, Body, Authors, Keywords)
                    VALUES (new.Id, new.Title, new.Summary, new.Body, new.Authors, new.Keywords);
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SearchDocuments_AfterUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SearchDocuments_AfterDelete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SearchDocuments_AfterInsert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchDocumentsFts;");
            migrationBuilder.DropTable(
                name: "BriefAuthors");

            migrationBuilder.DropTable(
                name: "SearchDocuments");

            migrationBuilder.DropTable(
                name: "Briefs");
        }
    }
}
