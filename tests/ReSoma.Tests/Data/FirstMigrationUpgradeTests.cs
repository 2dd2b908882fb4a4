using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Data;

/// <summary>
/// A portal installed at the first release and used since: a database made by the first SQLite migration alone, filled
/// through raw SQL in that migration's schema with Unicode of every script and every text column at its maximum
/// length, then migrated to the latest. Every row and every value must come through unchanged (SQLite rebuilds a
/// table to alter it, which is where data gets lost).
/// </summary>
public sealed class FirstMigrationUpgradeTests : IDisposable
{
    // Accents, Greek, CJK, emoji (surrogate pairs, a flag, a family joined with ZWJ), Arabic and Hebrew (right to left).
    private const string Sample = "Ação São Tomé, Ωμέγα ελληνικά, 移民与庇护 難民認定, 😀🇪🇺👨‍👩‍👧 مرحبا بالعالم שלום עולם. ";

    private readonly string _file = Path.Combine(Path.GetTempPath(), "resoma-tests", $"upgrade-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task A_database_of_the_first_migration_full_of_Unicode_at_maximum_lengths_migrates_to_the_latest_with_nothing_lost()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        string first;
        await using (var db = Context())
        {
            var migrations = db.Database.GetMigrations().ToList();
            Assert.True(migrations.Count > 1, "There is only one migration: nothing to upgrade from.");
            first = migrations[0];
            await db.GetService<IMigrator>().MigrateAsync(first);
            Assert.Equal([first], await db.Database.GetAppliedMigrationsAsync());
        }

        var firstTables = Tables().Where(t => !t.StartsWith("__EF", StringComparison.Ordinal)).ToList(); // EF's own bookkeeping
        Assert.Contains("Topics", firstTables);
        Fill();
        var columns = firstTables.ToDictionary(t => t, ColumnsOf);
        var before = firstTables.ToDictionary(t => t, t => Rows(t, columns[t]));
        Assert.All(before, table => Assert.True(table.Value.Count > 0, $"{table.Key} was not filled"));

        await using (var db = Context())
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        foreach (var (table, rows) in before)
        {
            Assert.Equal(rows, Rows(table, columns[table]));
        }

        // And the portal's model reads them back as they were written.
        await using (var db = Context())
        {
            var topic = await db.Topics.AsNoTracking().SingleAsync(t => t.Slug == Text("slug-", FieldLengths.Slug, ascii: true));
            Assert.Equal(Text("Summary ", FieldLengths.Markdown), topic.Summary);
            Assert.Equal(Text("Topic ", FieldLengths.Title), topic.Title);
            var user = await db.Users.AsNoTracking().Include(u => u.Organisation).SingleAsync(u => u.Id == "user-1");
            Assert.Equal(Text("Person ", FieldLengths.Name), user.DisplayName);
            Assert.Equal(Text("Organisation ", FieldLengths.Name), user.Organisation!.Name);
            Assert.Equal(Text("Description ", FieldLengths.ShortText), user.Organisation.Description);
            Assert.Equal(CyclePhase.Consultations, (await db.Cycles.AsNoTracking().SingleAsync()).Phase);
            Assert.Equal(["Researcher"], await db.UserRoles.Where(r => r.UserId == "user-1").Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync());
        }
    }

    /// <summary>Exactly <paramref name="length"/> UTF-16 units of the sample, never cutting a character in two.</summary>
    private static string Text(string prefix, int length, bool ascii = false)
    {
        var text = new StringBuilder(prefix, length);
        var elements = StringInfo.GetTextElementEnumerator(ascii ? "migration-asylum-integration-" : Sample);
        while (true)
        {
            if (!elements.MoveNext())
            {
                elements.Reset();
                continue;
            }

            var element = elements.GetTextElement();
            if (text.Length + element.Length > length)
            {
                break;
            }

            text.Append(element);
        }

        text.Append('x', length - text.Length);
        return text.ToString();
    }

    // Raw SQL in the first migration's schema, as the first release of the portal wrote it.
    private void Fill()
    {
        using var connection = SqliteFile.Open(_file);
        Execute(connection, "INSERT INTO Cycles (Id, Year, Phase, IsCurrent, OpenedAt, ClosedAt, IsDemo, Version) VALUES (1, 2018, 'Consultations', 1, $at, NULL, 0, 3)");
        Execute(connection, """
            INSERT INTO Organisations (Id, Name, NormalizedName, Country, Website, Description, IsPartner, PartnerRole, IsDemo)
            VALUES (1, $name, $normalized, 'PT', $website, $description, 1, $role, 0),
                   (2, 'Bare', 'BARE', NULL, NULL, NULL, 0, NULL, 1)
            """,
            ("$name", Text("Organisation ", FieldLengths.Name)), ("$normalized", Text("ORGANISATION ", FieldLengths.Name)),
            ("$website", Text("https://example.org/", FieldLengths.Url, ascii: true)), ("$description", Text("Description ", FieldLengths.ShortText)),
            ("$role", Text("Role ", FieldLengths.Name)));
        Execute(connection, "INSERT INTO SeedMarks (Name, AppliedAt) VALUES ($name, $at)", ("$name", Text("Mark ", FieldLengths.Name)));
        Execute(connection, """
            INSERT INTO Topics (Id, CycleId, Area, Origin, Title, Slug, Summary, IsDemo, Version)
            VALUES (1, 1, 'Migration', 'EuAgenda', $title, $slug, $summary, 0, 7)
            """,
            ("$title", Text("Topic ", FieldLengths.Title)), ("$slug", Text("slug-", FieldLengths.Slug, ascii: true)), ("$summary", Text("Summary ", FieldLengths.Markdown)));
        Execute(connection, "INSERT INTO AspNetRoles (Id, Name, NormalizedName, ConcurrencyStamp) VALUES ('role-1', 'Researcher', 'RESEARCHER', $stamp), ('role-2', $long, $long, NULL)",
            ("$stamp", Text("stamp ", 64)), ("$long", Text("Role ", FieldLengths.Email)));
        Execute(connection, "INSERT INTO AspNetRoleClaims (Id, RoleId, ClaimType, ClaimValue) VALUES (1, 'role-1', $type, $value)",
            ("$type", Text("claim ", 300)), ("$value", Text("value ", 5_000)));
        Execute(connection, """
            INSERT INTO AspNetUsers (Id, DisplayName, OrganisationId, Country, RegisteredAt, IsDemo, UserName, NormalizedUserName, Email, NormalizedEmail,
                EmailConfirmed, PasswordHash, SecurityStamp, ConcurrencyStamp, PhoneNumber, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnd, LockoutEnabled, AccessFailedCount)
            VALUES ('user-1', $display, 1, 'GR', $at, 0, $email, $upper, $email, $upper, 1, $hash, $stamp, $stamp, $phone, 0, 0, $at, 1, 2),
                   ('user-2', 'Bare', NULL, NULL, $at, 1, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, 0, 0, NULL, 0, 0)
            """,
            ("$display", Text("Person ", FieldLengths.Name)), ("$email", Text("ünïcödé.移民.😀@", FieldLengths.Email - 12) + "@example.org"),
            ("$upper", Text("ÜNÏCÖDÉ.移民.😀@", FieldLengths.Email - 12) + "@EXAMPLE.ORG"), ("$hash", Text("hash ", 500, ascii: true)),
            ("$stamp", Text("stamp ", 64)), ("$phone", "+351 912 345 678"));
        Execute(connection, "INSERT INTO AspNetUserRoles (UserId, RoleId) VALUES ('user-1', 'role-1'), ('user-2', 'role-2')");
        Execute(connection, "INSERT INTO AspNetUserClaims (Id, UserId, ClaimType, ClaimValue) VALUES (1, 'user-1', $type, $value)",
            ("$type", Text("claim ", 300)), ("$value", Text("value ", 5_000)));
        Execute(connection, "INSERT INTO AspNetUserLogins (LoginProvider, ProviderKey, ProviderDisplayName, UserId) VALUES ($provider, $key, $display, 'user-1')",
            ("$provider", Text("Provider ", 128)), ("$key", Text("key ", 128)), ("$display", Text("Shown as ", FieldLengths.Name)));
        Execute(connection, "INSERT INTO AspNetUserTokens (UserId, LoginProvider, Name, Value) VALUES ('user-1', $provider, $name, $value)",
            ("$provider", Text("Provider ", 128)), ("$name", Text("Token ", 128)), ("$value", Text("value ", 5_000)));
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        // The first migration stores DateTimeOffset as EF's sortable binary number.
        command.Parameters.AddWithValue("$at", new DateTimeOffsetToBinaryConverter().ConvertToProvider(new DateTimeOffset(2018, 3, 1, 9, 30, 0, TimeSpan.FromHours(1))));
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }

    private List<string> Tables()
    {
        using var connection = SqliteFile.Open(_file);
        return SqliteFile.Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", r => r.GetString(0));
    }

    private IReadOnlyList<string> ColumnsOf(string table)
    {
        using var connection = SqliteFile.Open(_file);
        return SqliteFile.Query(connection, $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid", r => r.GetString(0));
    }

    /// <summary>Every row with every value of <paramref name="columns"/>, in a stable order.</summary>
    private List<object?[]> Rows(string table, IReadOnlyList<string> columns)
    {
        using var connection = SqliteFile.Open(_file);
        var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
        return SqliteFile.Query(connection, $"SELECT {list} FROM \"{table}\" ORDER BY {list}", r =>
        {
            var values = new object?[r.FieldCount];
            for (var i = 0; i < r.FieldCount; i++)
            {
                values[i] = r.IsDBNull(i) ? null : r.GetValue(i);
            }

            return values;
        });
    }

    private SqliteReSomaDbContext Context() =>
        new(new DbContextOptionsBuilder<SqliteReSomaDbContext>().UseSqlite($"Data Source={_file};Pooling=False").AddInterceptors(new SqlitePragmas()).Options);

    public void Dispose()
    {
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
