namespace ReSoma.Tests.Security.BadInput;

/// <summary>A request the walk sent and what was wrong with its answer.</summary>
public sealed record WalkFailure(string Kind, string Request, string Input, string Problem)
{
    public const string ServerError = "5xx";
    public const string Unencoded = "unencoded";

    public override string ToString() => $"{Request} [{Input}]: {Problem}";
}

/// <summary>What the walk saw, collected from the lanes that send requests side by side.</summary>
public sealed class WalkResults
{
    private readonly Lock _lock = new();
    private readonly List<WalkFailure> _failures = [];
    private readonly SortedDictionary<int, int> _statuses = [];
    private int _requests;

    public int Requests => _requests;

    public IReadOnlyList<WalkFailure> Failures
    {
        get
        {
            lock (_lock)
            {
                return _failures.ToList();
            }
        }
    }

    /// <summary>How many answers had each status: a walk that only ever got 400s or 404s reached nothing.</summary>
    public string StatusCounts
    {
        get
        {
            lock (_lock)
            {
                return string.Join(", ", _statuses.Select(s => $"{s.Key} x{s.Value}"));
            }
        }
    }

    public void Sent() => Interlocked.Increment(ref _requests);

    public void Answered(int status)
    {
        lock (_lock)
        {
            _statuses[status] = _statuses.GetValueOrDefault(status) + 1;
        }
    }

    public void Fail(WalkFailure failure)
    {
        lock (_lock)
        {
            _failures.Add(failure);
        }
    }
}
