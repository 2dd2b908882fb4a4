using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;

namespace ReSoma.Tests.Faults;

public sealed class SqliteFaultsTests
{
    [Theory]
    [InlineData(5, 5)] // SQLITE_BUSY
    [InlineData(5, 261)] // SQLITE_BUSY_RECOVERY
    [InlineData(6, 6)] // SQLITE_LOCKED
    [InlineData(10, 266)] // SQLITE_IOERR_READ
    [InlineData(13, 13)] // SQLITE_FULL
    [InlineData(14, 14)] // SQLITE_CANTOPEN
    public void A_busy_or_unreachable_file_is_unavailable_even_inside_an_EF_save_failure(int code, int extended)
    {
        var sqlite = new SqliteException("test", code, extended);
        Assert.True(SqliteFaults.IsUnavailable(sqlite));
        Assert.True(SqliteFaults.IsUnavailable(new DbUpdateException("save failed", sqlite)));
    }

    [Theory]
    [InlineData(19, 2067)] // SQLITE_CONSTRAINT_UNIQUE: the request's own conflict
    [InlineData(11, 11)] // SQLITE_CORRUPT: waiting does not mend it
    [InlineData(26, 26)] // SQLITE_NOTADB
    [InlineData(1, 1)] // SQLITE_ERROR: a bad statement
    public void Other_failures_stay_errors(int code, int extended)
    {
        Assert.False(SqliteFaults.IsUnavailable(new SqliteException("test", code, extended)));
        Assert.False(SqliteFaults.IsUnavailable(new InvalidOperationException("not a database failure")));
        Assert.False(SqliteFaults.IsUnavailable(null));
    }
}
