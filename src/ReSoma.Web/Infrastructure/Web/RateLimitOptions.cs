namespace ReSoma.Web.Infrastructure.Web;

/// <summary>The portal's rate limits, from <c>RateLimits:{Policy}</c> settings (see the README's settings table).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Questionnaire answers, per client address only (anonymous readers have no account).</summary>
    public WindowLimit QuestionnaireAnswers { get; set; } = new(10, 600);

    public AccountLimits SignIn { get; set; } = new(new(30, 60), new(10, 300));

    public AccountLimits Registration { get; set; } = new(new(10, 3600), new(3, 3600));

    /// <summary>Forgot-password and confirmation mails: each one lands in somebody's inbox.</summary>
    public AccountLimits AccountMail { get; set; } = new(new(10, 3600), new(3, 3600));

    public AccountLimits SeatRegistration { get; set; } = new(new(60, 600), new(20, 600));

    public AccountLimits Contributions { get; set; } = new(new(60, 600), new(20, 600));

    /// <summary>Failed sign-ins from one address, kept below the lockout threshold so that one stranger cannot
    /// lock somebody else's account (see <see cref="Security.IdentitySetup.MaxFailedAccessAttempts"/>).</summary>
    public WindowLimit SignInFailures { get; set; } = new(5, 900);

    public AccountLimits For(string policy) => policy switch
    {
        RateLimitPolicies.SignIn => SignIn,
        RateLimitPolicies.Registration => Registration,
        RateLimitPolicies.AccountMail => AccountMail,
        RateLimitPolicies.SeatRegistration => SeatRegistration,
        RateLimitPolicies.Contributions => Contributions,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "No such rate limit policy."),
    };
}

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="WindowSeconds"/>.</summary>
public sealed class WindowLimit
{
    public WindowLimit()
    {
    }

    public WindowLimit(int permitLimit, int windowSeconds)
    {
        PermitLimit = permitLimit;
        WindowSeconds = windowSeconds;
    }

    public int PermitLimit { get; set; } = 10;
    public int WindowSeconds { get; set; } = 600;
}

/// <summary>One limit per client address and another per target account: many addresses aiming at one account
/// are held back as well as one address trying many accounts.</summary>
public sealed class AccountLimits
{
    public AccountLimits()
    {
    }

    public AccountLimits(WindowLimit perAddress, WindowLimit perAccount)
    {
        PerAddress = perAddress;
        PerAccount = perAccount;
    }

    public WindowLimit PerAddress { get; set; } = new();
    public WindowLimit PerAccount { get; set; } = new();
}

/// <summary>The names of the portal's rate limit policies, for <c>[EnableRateLimiting]</c> and <c>[LimitPerAccount]</c>.</summary>
public static class RateLimitPolicies
{
    public const string QuestionnaireAnswers = "questionnaire-answers";
    public const string SignIn = "sign-in";
    public const string Registration = "registration";
    public const string AccountMail = "account-mail";
    public const string SeatRegistration = "seat-registration";
    public const string Contributions = "contributions";

    public static IReadOnlyList<string> PerAccount { get; } = [SignIn, Registration, AccountMail, SeatRegistration, Contributions];
}
