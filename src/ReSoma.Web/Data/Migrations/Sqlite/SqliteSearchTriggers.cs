using Microsoft.EntityFrameworkCore.Migrations;

namespace ReSoma.Web.Data.Migrations.Sqlite;

/// <summary>
/// SQLite cannot add a foreign key to an existing table, so EF rebuilds the table (copy, drop, rename) at the end of the
/// migration, and the triggers that feed the FTS5 index go with the dropped table. After each migration that rebuilds
/// SearchDocuments, a migration of its own calls <see cref="Restore"/>: the triggers come back and the index is rebuilt.
/// </summary>
public static class SqliteSearchTriggers
{
    public static void Restore(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TRIGGER IF NOT EXISTS SearchDocuments_AfterInsert AFTER INSERT ON SearchDocuments BEGIN
                INSERT INTO SearchDocumentsFts(rowid, Title, Summary, Body, Authors, Keywords)
                VALUES (new.Id, new.Title, new.Summary, new.Body, new.Authors, new.Keywords);
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER IF NOT EXISTS SearchDocuments_AfterDelete AFTER DELETE ON SearchDocuments BEGIN
                INSERT INTO SearchDocumentsFts(SearchDocumentsFts, rowid, Title, Summary, Body, Authors, Keywords)
                VALUES ('delete', old.Id, old.Title, old.Summary, old.Body, old.Authors, old.Keywords);
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER IF NOT EXISTS SearchDocuments_AfterUpdate AFTER UPDATE ON SearchDocuments BEGIN
                INSERT INTO SearchDocumentsFts(SearchDocumentsFts, rowid, Title, Summary, Body, Authors, Keywords)
                VALUES ('delete', old.Id, old.Title, old.Summary, old.Body, old.Authors, old.Keywords);
                INSERT INTO SearchDocumentsFts(rowid, Title, Summary, Body, Authors, Keywords)
                VALUES (new.Id, new.Title, new.Summary, new.Body, new.Authors, new.Keywords);
            END;
            """);
        migrationBuilder.Sql("INSERT INTO SearchDocumentsFts(SearchDocumentsFts) VALUES ('rebuild');");
    }
}
