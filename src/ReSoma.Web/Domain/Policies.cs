namespace ReSoma.Web.Domain;

/// <summary>Named authorization policies, registered once in <c>AuthorizationSetup</c>.</summary>
public static class Policies
{
    /// <summary>User and cycle administration.</summary>
    public const string Admin = "Admin";

    /// <summary>The editorial back office: editors and admins.</summary>
    public const string Editorial = "Editorial";

    /// <summary>Researchers, policymakers and practitioners.</summary>
    public const string Stakeholder = "Stakeholder";
}
