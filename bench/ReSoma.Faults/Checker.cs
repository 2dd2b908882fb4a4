using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace ReSoma.Faults;

/// <summary>
/// After each restart, reads the SQLite file on a connection of its own: <c>PRAGMA integrity_check</c>, every seat pool
/// within its capacity, and every key's state, which must reflect every acknowledged write (<see cref="Key"/>).
/// </summary>
public static partial class Checker
{
    public sealed record Result(bool IntegrityOk, string Integrity, int OverCapacityPools, int Found, int Lost);

    public static Result Check(string databaseFile, Ledger ledger)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        var integrity = string.Join("; ", Strings(connection, "PRAGMA integrity_check;"));
        var overCapacity = OverCapacityPools(connection);
        var found = 0;
        var lost = 0;
        foreach (var key in ledger.Keys())
        {
            var state = key.Read(connection);
            var writes = key.Unchecked();
            var position = key.PositionOf(state);
            // When no write explains the state, the acknowledged writes from the last one that left this state on are lost.
            var effective = position ?? writes.Where(w => w.Acknowledged != false && w.State == state).Select(w => w.Number).DefaultIfEmpty(0).Max();
            foreach (var write in writes.Where(w => w.Acknowledged == true))
            {
                var present = write.Number <= effective;
                (present ? ledger.FoundByKind : ledger.LostByKind)[write.Kind]++;
                found += present ? 1 : 0;
                lost += present ? 0 : 1;
            }

            if (position is null)
            {
                ledger.Problems.Add($"{key.Name}: the database shows '{state}', which no acknowledged write left (last checked '{key.CheckedState}')");
                if (!writes.Any(w => w.Acknowledged == true))
                {
                    // It changed with no write since the last check: a write found then has been rolled back since.
                    ledger.Regressions++;
                    lost++;
                }
            }

            key.Checked(state, position ?? writes.Select(w => w.Number).DefaultIfEmpty(key.CheckedPosition).Max());
        }

        ledger.IntegrityFailures += integrity == "ok" ? 0 : 1;
        ledger.OverCapacityPools += overCapacity;
        return new Result(integrity == "ok", integrity, overCapacity, found, lost);
    }

    /// <summary>How the state of each kind of key is read: whether a row is there, or which numbered write a text shows.</summary>
    public static Func<SqliteConnection, string> Account(string email) =>
        c => Count(c, "SELECT count(*) FROM AspNetUsers WHERE NormalizedEmail = $a", email.ToUpperInvariant()) > 0 ? "present" : "absent";

    public static Func<SqliteConnection, string> EmailConfirmed(string email) =>
        c => Count(c, "SELECT count(*) FROM AspNetUsers WHERE NormalizedEmail = $a AND EmailConfirmed = 1", email.ToUpperInvariant()) > 0 ? "yes" : "no";

    public static Func<SqliteConnection, string> Seat(string email, string slug) =>
        c => Count(c, """
            SELECT count(*) FROM SeatRegistrations r
            JOIN AspNetUsers u ON u.Id = r.UserId JOIN Consultations c ON c.SeatPoolId = r.SeatPoolId
            WHERE u.NormalizedEmail = $a AND c.Slug = $b AND r.Status <> 'Cancelled'
            """, email.ToUpperInvariant(), slug) > 0 ? "in" : "out";

    public static Func<SqliteConnection, string> Contribution(string email, string slug) =>
        c => Number((string?)Scalar(c, """
            SELECT x.Title FROM Contributions x
            JOIN AspNetUsers u ON u.Id = x.AuthorUserId JOIN Consultations c ON c.Id = x.ConsultationId
            WHERE u.NormalizedEmail = $a AND c.Slug = $b
            """, email.ToUpperInvariant(), slug));

    public static Func<SqliteConnection, string> Brief(int id) =>
        c => Number((string?)Scalar(c, "SELECT Summary FROM Briefs WHERE Id = $a", id));

    public static Func<SqliteConnection, string> Answer(string browserKey) =>
        c => Count(c, "SELECT count(*) FROM QuestionnaireResponses WHERE BrowserKey = $a", browserKey) > 0 ? "present" : "absent";

    /// <summary>The number of the harness's write a text carries ("... #17 ..."), or 0 for a text it never wrote.</summary>
    private static string Number(string? text) => text is not null && WriteNumber().Match(text) is { Success: true } m ? m.Groups[1].Value : "0";

    /// <summary>Seat pools holding more confirmed seats than their capacity: must be 0 (the end-to-end benchmark checks it too).</summary>
    public static int OverCapacityPools(SqliteConnection connection) => Convert.ToInt32(Scalar(connection, """
        SELECT count(*) FROM SeatPools p
        WHERE (SELECT count(*) FROM SeatRegistrations r WHERE r.SeatPoolId = p.Id AND r.Status = 'Confirmed') > p.Capacity
        """), System.Globalization.CultureInfo.InvariantCulture);

    private static long Count(SqliteConnection connection, string sql, params object[] values) => (long)Scalar(connection, sql, values)!;

    private static object? Scalar(SqliteConnection connection, string sql, params object[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue("$" + (char)('a' + i), values[i]);
        }

        return command.ExecuteScalar();
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    [GeneratedRegex(@"harness #(\d+)")]
    private static partial Regex WriteNumber();
}
