using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ReSoma.Web.Data;

/// <summary>
/// Which SQLite failures mean "the database cannot be reached just now" rather than "this request is wrong": another
/// connection holds a lock longer than the busy timeout, or the file cannot be opened, read or written. Such a request
/// is answered 503 and the next one may well succeed, so nothing is restarted.
/// </summary>
public static class SqliteFaults
{
    // Primary result codes (the low byte of an extended code such as SQLITE_IOERR_READ = 266):
    // BUSY 5 and LOCKED 6 (a lock held past the busy timeout), IOERR 10 (the file or its disk failed a read or write),
    // FULL 13 (no room for the write), CANTOPEN 14 (the file or its folder is missing or not accessible), PROTOCOL 15
    // (a lock race SQLite gave up on). CORRUPT, NOTADB or CONSTRAINT stay errors: waiting does not mend them.
    private static readonly int[] Transient = [5, 6, 10, 13, 14, 15];

    /// <summary>Whether <paramref name="exception"/>, or one it wraps (EF wraps save failures), is such a failure.</summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException sqlite && Transient.Contains(sqlite.SqliteErrorCode & 0xFF))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// EF logs a failed command, query or save as an error before anyone knows whether it is expected: a busy file, or
    /// a unique index race that the code catches. They are logged as warnings; a failure nobody handles is still
    /// logged as an error by the error page, with its request.
    /// </summary>
    public static readonly (EventId, LogLevel)[] QuietFailures =
    [
        (RelationalEventId.CommandError, LogLevel.Warning),
        (RelationalEventId.ConnectionError, LogLevel.Warning),
        (RelationalEventId.TransactionError, LogLevel.Warning),
        (CoreEventId.QueryIterationFailed, LogLevel.Warning),
        (CoreEventId.SaveChangesFailed, LogLevel.Warning),
    ];
}
