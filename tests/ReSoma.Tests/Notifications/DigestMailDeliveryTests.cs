using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Tests.Notifications;

/// <summary>An immediate mail and a weekly digest as a real SMTP server receives them: text beside HTML, the one-click
/// unsubscribe headers, HTML the Nu checker finds no error in; and the one-click POST a mail provider makes stops them.</summary>
public sealed class DigestMailDeliveryTests(SmtpPortalFactory factory) : PortalTest<SmtpPortalFactory>(factory)
{
    private int _news;

    private async Task<string> FollowerAsync()
    {
        var email = (await Factory.AddStakeholdersAsync(1, prefix: "smtp")).Single();
        await Factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            db.Follows.Add(new Follow { UserId = user.Id, Kind = FollowKind.Cycle, Key = Follow.CurrentCycle, CreatedAt = DateTimeOffset.UtcNow });
            var settings = NotificationDefaults.For(user.Id);
            settings.Frequency = DigestFrequency.Immediately;
            db.NotificationSettings.Add(settings);
            await db.SaveChangesAsync();
        });
        return email;
    }

    // A cycle's phase is always public news, so no content needs to exist behind it.
    private Task AnnounceAsync(DateTimeOffset at) => Factory.WithDbAsync(db =>
    {
        _news++;
        return NewsDesk.AnnounceAsync(db, new Announcement(NewsKind.CyclePhaseChanged, $"cycle:2027:smtp-{_news}", $"Cycle 2027 & phase {_news}", "A line <with> markup-like text.", "/cycles/2027",
            [FollowTargets.CurrentCycle(2027)]), at);
    });

    private async Task<IReadOnlyList<MimeMessage>> SendAndReceiveAsync(int expected)
    {
        await Factory.Services.GetRequiredService<DigestSender>().RunOnceAsync(); // the portal's own loop may send it first: count totals only
        Factory.DeliverQueuedMail();
        return await Factory.Smtp.WaitForMessagesAsync(expected);
    }

    [Fact]
    public async Task An_immediate_mail_and_a_weekly_digest_arrive_as_valid_alternatives_and_one_click_stops_further_mail()
    {
        Factory.Smtp.Clear();
        var email = await FollowerAsync();
        await AnnounceAsync(DateTimeOffset.UtcNow);
        var immediate = Assert.Single(await SendAndReceiveAsync(1));

        // Weekly, due today at 00:00 UTC; news from ten days ago is in the current week's digest whatever today is.
        await Factory.WithDbAsync(async db =>
        {
            var settings = await db.NotificationSettings.SingleAsync();
            (settings.Frequency, settings.TimeZoneId, settings.Hour, settings.WeeklyOn) = (DigestFrequency.Weekly, "Etc/UTC", 0, DateTimeOffset.UtcNow.DayOfWeek);
            await db.SaveChangesAsync();
        });
        await AnnounceAsync(DateTimeOffset.UtcNow.AddDays(-10));
        var received = await SendAndReceiveAsync(2);
        Assert.Equal(2, received.Count);
        var weekly = Assert.Single(received, m => (m.Subject ?? "").StartsWith("Your ReSOMA week", StringComparison.Ordinal));

        foreach (var mail in new[] { immediate, weekly })
        {
            Assert.Equal(email, Assert.Single(mail.To.Mailboxes).Address);
            var alternative = Assert.IsType<MultipartAlternative>(mail.Body);
            Assert.Contains(alternative, p => p.ContentType.IsMimeType("text", "plain"));
            Assert.Contains(alternative, p => p.ContentType.IsMimeType("text", "html"));
            Assert.Matches("^<https?://[^>]+/account/notifications/unsubscribe/[^>]+>$", mail.Headers["List-Unsubscribe"]);
            Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
            var errors = NuHtmlChecker.Errors(mail.HtmlBody ?? "");
            Assert.True(errors.Count == 0, $"{mail.Subject}: the Nu HTML checker found errors:\n{string.Join('\n', errors)}");
        }

        // As a mail provider does it (RFC 8058): a bare POST to the header's address, no cookies, no antiforgery token.
        var unsubscribe = new Uri((weekly.Headers["List-Unsubscribe"] ?? "").Trim('<', '>'));
        var oneClick = await NewClient().PostAsync(unsubscribe.PathAndQuery, [new("List-Unsubscribe", "One-Click")]);
        Assert.Equal(HttpStatusCode.OK, oneClick.Status);
        Assert.Equal(DigestFrequency.Never, Factory.WithDb(db => db.NotificationSettings.Single().Frequency));

        await AnnounceAsync(DateTimeOffset.UtcNow.AddDays(-9));
        Assert.Equal(0, await Factory.Services.GetRequiredService<DigestSender>().RunOnceAsync());
        Factory.DeliverQueuedMail();
        await Task.Delay(300);
        Assert.Equal(2, Factory.Smtp.Messages.Count);
    }
}

/// <summary>The Nu HTML checker (npm's vnu-jar, run with Java), for mail bodies. Missing Java or jar fails the test: scripts/test.sh installs both.</summary>
public static class NuHtmlChecker
{
    public static IReadOnlyList<string> Errors(string html)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ReSoma.sln")))
        {
            root = root.Parent;
        }

        var jar = Path.Combine(root?.FullName ?? throw new InvalidOperationException("ReSoma.sln not found above " + AppContext.BaseDirectory), "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"The Nu HTML checker is missing at {jar}: run `npm ci` in the repository root (scripts/test.sh does).");
        Process process;
        try
        {
            process = Process.Start(new ProcessStartInfo("java", ["-jar", jar, "--format", "json", "--stdout", "-"])
            {
                RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            })!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("Java is missing for the Nu HTML checker: apt-get install default-jre-headless", e);
        }

        using (process)
        {
            process.StandardInput.Write(html);
            process.StandardInput.Close();
            var stderr = process.StandardError.ReadToEndAsync();
            var json = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(60_000), "The Nu HTML checker did not finish within a minute.");
            Assert.True(json.Length > 0, "The Nu HTML checker wrote nothing: " + stderr.Result);
            using var report = JsonDocument.Parse(json);
            return [.. report.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() == "error")
                .Select(m => $"line {(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")];
        }
    }
}
