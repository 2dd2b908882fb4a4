using System.Net;
using ReSoma.Tests.Infrastructure;

namespace ReSoma.Tests.Languages;

/// <summary>The account pages, their validation messages and Identity's password rules, in French.</summary>
public sealed class FrenchAccountTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task The_login_page_is_in_French()
    {
        var page = await Client.GetAsync("/account/login?culture=fr");
        Assert.NotEqual("Log in", page.One("h1")?.TextContent.Trim());
        Assert.Contains("Mot de passe oublié ?", page.Html, StringComparison.Ordinal);
        Assert.Contains("Rester connecté sur cet appareil", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Forgot your password?", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Keep me signed in on this device", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registration_and_its_errors_are_in_French()
    {
        var empty = await Client.GetAsync("/account/register?culture=fr");
        Assert.Contains("Rejoindre ReSOMA", empty.One("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("décideur politique", empty.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Create my account", empty.Html, StringComparison.Ordinal);

        var form = TestData.RegistrationForm("francais@example.org");
        form["DisplayName"] = "";
        form["ConfirmPassword"] = "Autre-Passw0rd";
        var page = await Client.SubmitAsync("/account/register", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("Les deux mots de passe ne correspondent pas.", page.Errors);
        Assert.DoesNotContain(page.Errors, e => e.Contains("The two passwords do not match.", StringComparison.Ordinal));

        var weak = await Client.SubmitAsync("/account/register", TestData.RegistrationForm("faible@example.org", "alllowercase"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.Status);
        Assert.Contains(weak.Errors, e => e.Contains("au moins une lettre majuscule", StringComparison.Ordinal));
        Assert.DoesNotContain(weak.Errors, e => e.Contains("uppercase", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_login_answers_in_French()
    {
        await Client.GetAsync("/account/login?culture=fr");
        var page = await Client.LoginAsync("nobody@example.org", "Wrong-Passw0rd");
        Assert.Contains(page.Errors, e => e.StartsWith("Nous n’avons pas pu vous connecter", StringComparison.Ordinal));
    }
}
