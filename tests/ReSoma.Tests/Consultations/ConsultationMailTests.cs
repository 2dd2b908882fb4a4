using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Infrastructure.Registrations;
using ReSoma.Web.Features.Consultations;

namespace ReSoma.Tests.Consultations;

/// <summary>The consultation mails as a real SMTP server receives them.</summary>
public sealed class ConsultationMailTests(SmtpPortalFactory factory) : PortalTest<SmtpPortalFactory>(factory)
{
    [Fact]
    public async Task Seat_waitlist_promotion_and_reminder_mails_reach_the_mail_server()
    {
        Factory.Smtp.Clear();
        await Factory.AddConsultationAsync(new NewConsultation("Mailed meeting") { Seats = 1, StartsIn = TimeSpan.FromHours(12), DeadlineIn = TimeSpan.FromHours(6), Place = "Lisbon" });
        var emails = await Factory.AddStakeholdersAsync(2, prefix: "mailed");
        var first = NewClient();
        await first.LoginAsync(emails[0], PortalFactory.Password);
        var second = NewClient();
        await second.LoginAsync(emails[1], PortalFactory.Password);

        await first.SubmitAsync("/consultations/mailed-meeting", new Dictionary<string, string>(), "/consultations/mailed-meeting/register");
        await second.SubmitAsync("/consultations/mailed-meeting", new Dictionary<string, string>(), "/consultations/mailed-meeting/register");
        await first.SubmitAsync("/consultations/mailed-meeting", new Dictionary<string, string>(), "/consultations/mailed-meeting/cancel");
        var sent = await Factory.Services.GetRequiredService<RegistrationReminders>().SendDueAsync();
        Assert.Equal(1, sent);

        var messages = await Factory.Smtp.WaitForMessagesAsync(5);
        // Mails sent within one second have no reliable order, so each person's mail is compared as a set.
        List<string> Subjects(string to) => messages.Where(m => m.To.Mailboxes.Single().Address == to).Select(m => m.Subject ?? "").Order().ToList();
        Assert.Equal(5, messages.Count);
        Assert.Equal(["Registration cancelled: Mailed meeting", "Your seat: Mailed meeting"], Subjects(emails[0]));
        Assert.Equal(["A seat is yours: Mailed meeting", "On the waitlist: Mailed meeting", "Tomorrow: Mailed meeting"], Subjects(emails[1]));
        var promotion = messages.Single(m => m.Subject?.StartsWith("A seat is yours", StringComparison.Ordinal) == true);
        Assert.Contains("Where: Lisbon", promotion.TextBody, StringComparison.Ordinal);
        Assert.Contains("http://localhost/consultations/mailed-meeting", promotion.TextBody, StringComparison.Ordinal);
        Assert.Contains("<a href=\"http://localhost/consultations/mailed-meeting\">", promotion.HtmlBody, StringComparison.Ordinal);
    }
}
