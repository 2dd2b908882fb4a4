namespace ReSoma.Faults;

/// <summary>The kinds of write the load makes; each is checked in the database in its own way (<see cref="Checker"/>).</summary>
public enum WriteKind
{
    Account,
    EmailConfirmation,
    SeatRegistration,
    SeatCancellation,
    Contribution,
    BriefEdit,
    QuestionnaireAnswer,
}

/// <summary>One write as sent: its number in its key's history, the state it leaves the key in, and what became of it.</summary>
public sealed class Write(WriteKind kind, int number, string state)
{
    public WriteKind Kind { get; } = kind;
    public int Number { get; } = number;
    public string State { get; } = state;

    /// <summary>Null while unknown: sent, but the answer never came (the portal was killed).</summary>
    public bool? Acknowledged { get; set; }
}

/// <summary>
/// A thing in the database that writes change, one worker at a time: a person's seat at a consultation, a
/// contribution, a brief, an account. Its writes are numbered in the order they were sent. A check reads the database
/// and finds the key's position: the number of the last write it reflects. Every acknowledged write up to that
/// position is present; one after it was lost.
/// </summary>
public sealed class Key(string name, string initialState, Func<Microsoft.Data.Sqlite.SqliteConnection, string> read)
{
    private readonly List<Write> _writes = [];
    private int _sent;

    public string Name { get; } = name;

    /// <summary>Reads the key's state from the database (<see cref="Checker"/>).</summary>
    public Func<Microsoft.Data.Sqlite.SqliteConnection, string> Read { get; } = read;

    /// <summary>The state the database showed at the last check, and the position it stood for.</summary>
    public string CheckedState { get; private set; } = initialState;

    public int CheckedPosition { get; private set; }

    public Write Begin(WriteKind kind, Func<int, string> state)
    {
        lock (_writes)
        {
            var number = ++_sent;
            var write = new Write(kind, number, state(number));
            _writes.Add(write);
            return write;
        }
    }

    public IReadOnlyList<Write> Unchecked()
    {
        lock (_writes)
        {
            return _writes.ToList();
        }
    }

    /// <summary>The position a state read from the database stands for: the last write that leaves the key in that state,
    /// trying the write whose answer never came first (it may have committed), then the last acknowledged one. Null when
    /// no write explains the state.</summary>
    public int? PositionOf(string state)
    {
        var candidates = Unchecked().Where(w => w.Acknowledged != false).ToList();
        var lastAcknowledged = candidates.LastOrDefault(w => w.Acknowledged == true);
        var pending = candidates.Where(w => w.Acknowledged is null && w.Number > (lastAcknowledged?.Number ?? 0));
        if (pending.LastOrDefault(w => w.State == state) is { } committed)
        {
            return committed.Number;
        }

        if (lastAcknowledged is not null)
        {
            return lastAcknowledged.State == state ? lastAcknowledged.Number : null;
        }

        return state == CheckedState ? CheckedPosition : null;
    }

    public void Checked(string state, int position)
    {
        lock (_writes)
        {
            CheckedState = state;
            CheckedPosition = position;
            _writes.Clear();
        }
    }
}

/// <summary>Every key the load touched, and the counts of the tally.</summary>
public sealed class Ledger
{
    private readonly Dictionary<string, Key> _keys = [];

    public Dictionary<WriteKind, int> AcknowledgedByKind { get; } = Enum.GetValues<WriteKind>().ToDictionary(k => k, _ => 0);

    public Dictionary<WriteKind, int> FoundByKind { get; } = Enum.GetValues<WriteKind>().ToDictionary(k => k, _ => 0);

    public Dictionary<WriteKind, int> LostByKind { get; } = Enum.GetValues<WriteKind>().ToDictionary(k => k, _ => 0);

    public List<string> Problems { get; } = [];

    public int IntegrityFailures { get; set; }

    public int OverCapacityPools { get; set; }

    /// <summary>Keys whose state went back with no write since the last check: a write found then has gone since.</summary>
    public int Regressions { get; set; }

    public Key For(string name, string initialState, Func<Microsoft.Data.Sqlite.SqliteConnection, string> read)
    {
        lock (_keys)
        {
            return _keys.TryGetValue(name, out var key) ? key : _keys[name] = new Key(name, initialState, read);
        }
    }

    public IReadOnlyList<Key> Keys()
    {
        lock (_keys)
        {
            return _keys.Values.ToList();
        }
    }

    /// <summary>2xx or 3xx: acknowledged. 4xx: refused, so nothing was written. 5xx or no answer: unknown (null).</summary>
    public void Answered(Write write, bool? acknowledged)
    {
        write.Acknowledged = acknowledged;
        if (acknowledged == true)
        {
            lock (AcknowledgedByKind)
            {
                AcknowledgedByKind[write.Kind]++;
            }
        }
    }
}
