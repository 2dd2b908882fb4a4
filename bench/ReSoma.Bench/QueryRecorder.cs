using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ReSoma.Bench;

public sealed record RecordedCommand(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters, TimeSpan Duration, int Rows);

/// <summary>
/// For <c>--explain</c>: every SQL command of one request, timed from execution to the last row read. SQLite does
/// much of a query's work (counts, sorts) before the first row, inside ExecuteReader, so both parts are added.
/// </summary>
public sealed class QueryRecorder : DbCommandInterceptor
{
    private readonly Dictionary<Guid, TimeSpan> _executing = [];

    public List<RecordedCommand> Commands { get; } = [];

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        _executing[eventData.CommandId] = eventData.Duration;
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        _executing[eventData.CommandId] = eventData.Duration;
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        var parameters = command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList();
        var executing = _executing.GetValueOrDefault(eventData.CommandId);
        Commands.Add(new RecordedCommand(command.CommandText, parameters, executing + eventData.Duration, eventData.ReadCount));
        return result;
    }
}
