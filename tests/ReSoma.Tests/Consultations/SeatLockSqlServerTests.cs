using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Tests.Consultations;

/// <summary>
/// Two instances decide seats one after another because each allocation begins by updating the pool's row: SQL Server
/// keeps an exclusive lock on an updated row until commit, so no lock hint is needed — as long as the statement stays
/// an UPDATE of that row. No SQL Server runs here: the statement is captured on its way to the server and not sent.
/// </summary>
public sealed class SeatLockSqlServerTests
{
    [Fact]
    public async Task A_registration_locks_the_pool_by_updating_its_row_and_numbering_the_arrival()
    {
        var sql = await LockStatementAsync(takeTicket: true);
        Has(sql, "UPDATE [s]");
        Has(sql, "SET [s].[Arrivals] = [s].[Arrivals] + CAST(1 AS bigint)");
        Has(sql, "FROM [SeatPools] AS [s]");
        Has(sql, "WHERE [s].[Id] = @");
    }

    [Fact]
    public async Task A_cancellation_or_a_new_capacity_locks_the_pool_with_an_update_that_changes_nothing()
    {
        var sql = await LockStatementAsync(takeTicket: false);
        Has(sql, "UPDATE [s]");
        Has(sql, "SET [s].[Capacity] = [s].[Capacity]");
        Has(sql, "WHERE [s].[Id] = @");
    }

    private static void Has(string sql, string fragment) => Assert.True(sql.Contains(fragment, StringComparison.Ordinal), $"No '{fragment}' in:\n{sql}");

    private static async Task<string> LockStatementAsync(bool takeTicket)
    {
        var capture = new NoServer();
        await using var db = new SqlServerReSomaDbContext(new DbContextOptionsBuilder<SqlServerReSomaDbContext>()
            .UseSqlServer("Server=nowhere;Database=ReSoma;").AddInterceptors(capture).Options);
        Assert.Equal(1, await SeatAllocator.LockPoolAsync(db, 7, takeTicket, CancellationToken.None));
        return Assert.Single(capture.Commands);
    }

    // Opens nothing and sends nothing: keeps each command's text and answers "1 row".
    private sealed class NoServer : IDbConnectionInterceptor, IDbCommandInterceptor
    {
        public List<string> Commands { get; } = [];

        public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult.Suppress());

        public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Commands.Add(command.CommandText);
            return ValueTask.FromResult(InterceptionResult<int>.SuppressWithResult(1));
        }
    }
}
