using System.Diagnostics;
using System.Globalization;

namespace ReSoma.Load;

/// <summary>
/// Waits until a process stops using the CPU: after a page slower than the run, the portal still works through the
/// requests wrk left in flight, and a ceiling measured then would share the cores with that backlog (the first
/// run measured ceilings of 1,400–3,500 instead of 20,000–40,000 requests/s after slow searches).
/// </summary>
public static class Idle
{
    private static readonly TimeSpan Sample = TimeSpan.FromMilliseconds(250);

    /// <summary>Until the process used under 5 % of a core over a quarter of a second, for at most <paramref name="limit"/>.</summary>
    public static TimeSpan WaitFor(int? processId, TimeSpan limit)
    {
        var waited = Stopwatch.StartNew();
        if (processId is not { } pid)
        {
            return TimeSpan.Zero;
        }

        var before = CpuTicks(pid);
        while (before is not null && waited.Elapsed < limit)
        {
            Thread.Sleep(Sample);
            var after = CpuTicks(pid);
            if (after is null || (after - before) * 10 /* ms per tick at USER_HZ 100 */ < Sample.TotalMilliseconds * 0.05)
            {
                break;
            }

            before = after;
        }

        return waited.Elapsed;
    }

    // utime + stime, fields 14 and 15 of /proc/PID/stat (after the command name in parentheses).
    private static long? CpuTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
