using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ReSoma.Tests.Infrastructure;

/// <summary>One SQL command as the portal sent it: its text and its parameters' values.</summary>
public sealed record SqlCommandRecord(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);

/// <summary>
/// Records every SQL command (reader, non-query, scalar) the portal executes, filed under the request that made it.
/// A request is told apart by the <see cref="Header"/> the test sends, read through the request's own HttpContext: this
/// holds whether contexts are per request or pooled, and whatever the portal's background work runs meanwhile.
/// </summary>
public sealed class SqlCommandLog : DbCommandInterceptor
{
    public const string Header = "X-Test-Sql-Log";

    // HttpContextAccessor keeps the current request in a static AsyncLocal: any instance sees the portal's.
    private readonly HttpContextAccessor _http = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<SqlCommandRecord>> _byRequest = new();

    /// <summary>Sends a GET with <paramref name="client"/> (its cookies, so signed in or not) and returns the response
    /// with the commands that request made. The body is read to its end first, so streamed answers are complete.</summary>
    public async Task<(HttpResponseMessage Response, IReadOnlyList<SqlCommandRecord> Commands)> GetAsync(HttpClient client, string url)
    {
        var key = Guid.NewGuid().ToString("N");
        var commands = _byRequest.GetOrAdd(key, _ => new());
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(Header, key);
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        _byRequest.TryRemove(key, out _);
        return (response, commands.ToList());
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
        Record(command, result);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) => Record(command, result);

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) => Record(command, result);

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    private T Record<T>(DbCommand command, T result)
    {
        if (_http.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } key && _byRequest.TryGetValue(key, out var commands))
        {
            commands.Enqueue(new SqlCommandRecord(command.CommandText,
                command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList()));
        }

        return result;
    }
}
