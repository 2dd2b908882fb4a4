namespace ReSoma.Web.Domain;

/// <summary>The Identity roles. Views and controllers use these constants, never typed strings.</summary>
public static class Roles
{
    public const string Researcher = "Researcher";
    public const string Policymaker = "Policymaker";
    public const string Practitioner = "Practitioner";
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    /// <summary>The roles a person may choose when registering themselves.</summary>
    public static IReadOnlyList<string> Stakeholders { get; } = [Researcher, Policymaker, Practitioner];

    public static IReadOnlyList<string> All { get; } = [Researcher, Policymaker, Practitioner, Editor, Admin];

    public static bool IsStakeholderRole(string? role) => role is not null && Stakeholders.Contains(role);
}
