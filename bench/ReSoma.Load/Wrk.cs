using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ReSoma.Load;

/// <summary>What one wrk run reports. Latencies in ms; <see cref="Non2xx"/> is wrk's "Non-2xx or 3xx responses" (so
/// 4xx and 5xx), <see cref="Errors"/> its socket errors (connect, read, write, timeout) added up.</summary>
public sealed record WrkResult(double RequestsPerSecond, long Requests, double P50Ms, double P99Ms, long Non2xx, long Errors, IReadOnlyDictionary<string, long> Script);

/// <summary>Runs <c>wrk --latency</c> (bounded by its duration and a timeout) and reads its report.</summary>
public static partial class Wrk
{
    /// <summary>Installs Debian's wrk when it is missing and this runs as root; false (and the command) otherwise.</summary>
    public static bool EnsureInstalled()
    {
        if (Installed())
        {
            return true;
        }

        if (Environment.UserName == "root")
        {
            Console.WriteLine("wrk is missing: apt-get install -y wrk");
            Run("apt-get", ["install", "-y", "wrk"], TimeSpan.FromMinutes(5));
            return Installed();
        }

        Console.Error.WriteLine("wrk is missing; install it with: sudo apt-get install -y wrk");
        return false;
    }

    private static bool Installed() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Any(folder => File.Exists(Path.Combine(folder, "wrk")));

    public static WrkResult Measure(Uri url, int connections, TimeSpan duration, IReadOnlyList<string>? headers = null, string? script = null, IReadOnlyList<string>? scriptArgs = null)
    {
        var args = new List<string> { "--latency", "-t2", $"-c{connections}", string.Create(CultureInfo.InvariantCulture, $"-d{Math.Max(1, (int)duration.TotalSeconds)}s"), "--timeout", "10s" };
        foreach (var header in headers ?? [])
        {
            args.Add("-H");
            args.Add(header);
        }

        if (script is not null)
        {
            args.Add("-s");
            args.Add(script);
        }

        args.Add(url.AbsoluteUri); // escaped as given (ToString would unescape %22)
        if (scriptArgs is { Count: > 0 })
        {
            args.Add("--");
            args.AddRange(scriptArgs);
        }

        var output = Run("wrk", args, duration + TimeSpan.FromSeconds(30)) ?? throw new InvalidOperationException("wrk failed on " + url);
        return Parse(output);
    }

    public static WrkResult Parse(string output)
    {
        double Number(Regex pattern) => pattern.Match(output) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var errors = SocketErrors().Match(output) is { Success: true } e
            ? Enumerable.Range(1, 4).Sum(i => long.Parse(e.Groups[i].Value, CultureInfo.InvariantCulture))
            : 0;
        var script = ScriptLine().Matches(output).ToDictionary(m => m.Groups[1].Value, m => long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        return new WrkResult(
            Number(RequestsPerSecond()),
            (long)Number(Requests()),
            Percentile(output, "50"),
            Percentile(output, "99"),
            (long)Number(Non2xx()),
            errors,
            script);
    }

    /// <summary>A line of the latency distribution, e.g. <c>99%   12.34ms</c>, in milliseconds.</summary>
    private static double Percentile(string output, string percent)
    {
        var m = Regex.Match(output, @"^\s*" + percent + @"%\s+([\d.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        if (!m.Success)
        {
            return double.NaN;
        }

        var value = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch { "us" => value / 1000, "ms" => value, "s" => value * 1000, _ => value * 60_000 };
    }

    private static string? Run(string file, IReadOnlyList<string> args, TimeSpan timeout)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill();
                return null;
            }

            return process.ExitCode == 0 || file == "wrk" && output.Result.Contains("Requests/sec", StringComparison.Ordinal) ? output.Result + errors.Result : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // not installed
        }
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();

    /// <summary>Counters a Lua script's done() prints as <c>script NAME: N</c>.</summary>
    [GeneratedRegex(@"^script (\w+): (\d+)$", RegexOptions.Multiline)]
    private static partial Regex ScriptLine();
}
