using System.Globalization;

namespace ReSoma.Faults;

/// <summary>The command line: <c>--cycles 50 --min-load 0.5 --max-load 3 --seed 11 --portal DIR --keep --env KEY=VALUE</c>.</summary>
public sealed record FaultOptions(int Cycles, double MinLoadSeconds, double MaxLoadSeconds, int Seed, string? PortalFolder, bool Keep, IReadOnlyDictionary<string, string> Environment)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/ReSoma.Faults -- [options]
          --cycles 50          load, SIGKILL, restart and check this many times
          --min-load 0.5       shortest load before a kill, in seconds
          --max-load 3         longest load before a kill, in seconds
          --seed 11            random seed of the kill moments and choices
          --portal DIR         run an already published portal (ReSoma.Web.dll in DIR) instead of publishing one
          --keep               keep the work folder (data folder, portal log) and print its path
          --env KEY=VALUE      one more setting for the portal (repeatable), e.g. --env RateLimits__Registration__PerAddress__PermitLimit=100000
        """;

    /// <summary>Settings every run passes to the portal. Rate limits are set far above the load, so a refusal is never
    /// mistaken for a lost write; add new limits here (or with --env) as they appear.</summary>
    public static IReadOnlyDictionary<string, string> DefaultEnvironment { get; } = new Dictionary<string, string>
    {
        ["RateLimits__QuestionnaireAnswers__PermitLimit"] = "1000000",
        ["RateLimits__QuestionnaireAnswers__WindowSeconds"] = "1",
        ["RateLimits__SignInFailures__PermitLimit"] = "1000000",
        ["RateLimits__SignIn__PerAddress__PermitLimit"] = "1000000",
        ["RateLimits__SignIn__PerAccount__PermitLimit"] = "1000000",
        ["RateLimits__Registration__PerAddress__PermitLimit"] = "1000000",
        ["RateLimits__Registration__PerAccount__PermitLimit"] = "1000000",
        ["RateLimits__AccountMail__PerAddress__PermitLimit"] = "1000000",
        ["RateLimits__AccountMail__PerAccount__PermitLimit"] = "1000000",
        ["RateLimits__SeatRegistration__PerAddress__PermitLimit"] = "1000000",
        ["RateLimits__SeatRegistration__PerAccount__PermitLimit"] = "1000000",
        ["RateLimits__Contributions__PerAddress__PermitLimit"] = "1000000",
        ["RateLimits__Contributions__PerAccount__PermitLimit"] = "1000000",
    };

    public static FaultOptions Parse(IReadOnlyList<string> args)
    {
        var environment = new Dictionary<string, string>(DefaultEnvironment);
        var options = new FaultOptions(50, 0.5, 3, 11, null, false, environment);
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--cycles" => options with { Cycles = (int)Number(Value()) },
                "--min-load" => options with { MinLoadSeconds = Number(Value()) },
                "--max-load" => options with { MaxLoadSeconds = Number(Value()) },
                "--seed" => options with { Seed = (int)Number(Value()) },
                "--portal" => options with { PortalFolder = Path.GetFullPath(Value()) },
                "--keep" => options with { Keep = true },
                "--env" => Setting(options, environment, Value()),
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return options.MinLoadSeconds <= options.MaxLoadSeconds ? options : throw new ArgumentException("--min-load is more than --max-load.");
    }

    private static FaultOptions Setting(FaultOptions options, Dictionary<string, string> environment, string pair)
    {
        var at = pair.IndexOf('=', StringComparison.Ordinal);
        if (at <= 0)
        {
            throw new ArgumentException($"--env takes KEY=VALUE, not '{pair}'.");
        }

        environment[pair[..at]] = pair[(at + 1)..];
        return options;
    }

    private static double Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"'{text}' is not a positive number.");
}
