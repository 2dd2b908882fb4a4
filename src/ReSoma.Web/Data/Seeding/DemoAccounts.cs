using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding;

/// <summary>One demo login per role, created in Development so a newcomer can try every part of the portal.</summary>
public static class DemoAccounts
{
    public sealed record Account(string Email, string Role, string DisplayName);

    public static IReadOnlyList<Account> All { get; } =
    [
        new("admin@resoma.local", Roles.Admin, "Demo Admin"),
        new("editor@resoma.local", Roles.Editor, "Demo Editor"),
        new("researcher@resoma.local", Roles.Researcher, "Demo Researcher"),
        new("policymaker@resoma.local", Roles.Policymaker, "Demo Policymaker"),
        new("practitioner@resoma.local", Roles.Practitioner, "Demo Practitioner"),
    ];
}
