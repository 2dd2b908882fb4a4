using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using Serilog.Core;
using Serilog.Events;

namespace ReSoma.Tests.Security;

/// <summary>Security events reach the log as structured entries with their event ids, and never carry a secret.</summary>
public sealed class SecurityLogTests(SecurityLogTests.LoggingFactory factory) : PortalTest<SecurityLogTests.LoggingFactory>(factory)
{
    public sealed class LoggingFactory : PortalFactory
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Serilog:MinimumLevel:Default"] = "Information",
            ["Serilog:MinimumLevel:Override:Microsoft"] = "Warning",
            ["RateLimits:AccountMail:PerAccount:PermitLimit"] = "1",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(new Sink(Events)));
        }

        private sealed class Sink(ConcurrentQueue<LogEvent> events) : ILogEventSink
        {
            public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
        }
    }

    private List<(int Id, string Text)> Security() => Factory.Events
        .Where(e => e.Properties.TryGetValue("EventId", out var id) && id is StructureValue s && s.Properties.Any(p => p.Name == "Id"))
        .Select(e => (Id: int.Parse(((StructureValue)e.Properties["EventId"]).Properties.Single(p => p.Name == "Id").Value.ToString(), System.Globalization.CultureInfo.InvariantCulture), Text: e.RenderMessage()))
        .Where(e => e.Id is >= 4100 and < 4200)
        .ToList();

    [Fact]
    public async Task Sign_ins_refusals_rate_limits_and_role_changes_are_logged_without_secrets()
    {
        Factory.Events.Clear();
        await Client.LoginAsync("researcher@resoma.local", "Wrong-Secret-Passw0rd");
        await Client.LoginAsync("researcher@resoma.local", PortalFactory.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.GetAsync("/admin/users")).Status);
        await NewClient().SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "policymaker@resoma.local" });
        await NewClient().SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "policymaker@resoma.local" });

        var admin = NewClient();
        await admin.LoginAsRoleAsync(Roles.Admin);
        var id = Factory.WithDb(db => db.Users.Single(u => u.Email == "practitioner@resoma.local").Id);
        await admin.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string> { ["Roles"] = Roles.Editor }, $"/admin/users/{id}/roles");

        var logged = Security();
        var seen = string.Join("\n", logged.Select(e => $"{e.Id}: {e.Text}"));
        Assert.True(logged.Any(e => e.Id == 4101 && e.Text.Contains("wrong password", StringComparison.Ordinal)), seen);
        Assert.True(logged.Any(e => e.Id == 4100), seen);
        Assert.True(logged.Any(e => e.Id == 4103 && e.Text.Contains("/admin/users", StringComparison.Ordinal)), seen);
        Assert.True(logged.Any(e => e.Id == 4104 && e.Text.Contains("account-mail", StringComparison.Ordinal)), seen);
        Assert.True(logged.Any(e => e.Id == 4105 && e.Text.Contains(id, StringComparison.Ordinal) && e.Text.Contains("Editor", StringComparison.Ordinal)), seen);

        var everything = string.Join("\n", Factory.Events.Select(e => e.RenderMessage()));
        Assert.DoesNotContain("Wrong-Secret-Passw0rd", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(PortalFactory.Password, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("researcher@resoma.local", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("code=", everything, StringComparison.Ordinal);
    }
}
