using System.Net;
using CsvHelper;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using static ReSoma.Tests.Consultations.Editor.ConsultationTestData;

namespace ReSoma.Tests.Consultations.Editor;

public sealed class ConsultationDeskTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const string Ana = "ana@example.org";
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"Click\")";

    /// <summary>Two seats taken (researcher, Ana), two waiting (policymaker, practitioner), one cancelled (Zoë).</summary>
    private async Task<Consultation> FullConsultationAsync()
    {
        var consultation = await Factory.AddConsultationAsync(Meeting(seats: 2));
        await Factory.AddPersonAsync("Ana Ribeiro", Ana, Roles.Practitioner, "Lisbon Migration Observatory");
        await Factory.AddPersonAsync("Zoë Lindqvist", "zoe@example.org", Roles.Policymaker);
        await Factory.RegisterAsync(consultation, Researcher, Ana, Policymaker, "zoe@example.org", Practitioner);
        await Factory.CancelRegistrationAsync(consultation, "zoe@example.org");
        return consultation;
    }

    [Fact]
    public async Task The_page_lists_seats_and_the_waitlist_in_arrival_order()
    {
        var consultation = await FullConsultationAsync();
        await Client.LoginAsRoleAsync(Roles.Editor);
        var page = await Client.GetAsync(consultation.DeskUrl());
        Assert.Equal(HttpStatusCode.OK, page.Status);

        var seats = Rows(page, "#participants-table");
        Assert.Equal(["Demo Researcher", "Ana Ribeiro"], seats.Select(r => r[0]));
        Assert.Equal([Researcher, Ana], seats.Select(r => r[1]));
        Assert.Equal(["", "Lisbon Migration Observatory"], seats.Select(r => r[2]));
        Assert.Equal([Roles.Researcher, Roles.Practitioner], seats.Select(r => r[3]));
        Assert.All(seats, r => Assert.Matches(@"^\d{1,2} \w{3} \d{4} \d{2}:\d{2}$", r[4]));

        var waiting = Rows(page, "#waitlist-table");
        Assert.Equal([["1", "Demo Policymaker"], ["2", "Demo Practitioner"]], waiting.Select(r => r.Take(2).ToArray()));
        Assert.Equal("1", page.One("#cancelled-count")!.TextContent);
    }

    [Fact]
    public async Task The_csv_export_holds_seats_then_the_waitlist_with_formulas_defused()
    {
        var consultation = await FullConsultationAsync();
        await Factory.WithDbAsync(async db =>
        {
            var ana = db.Users.Single(u => u.Email == Ana);
            ana.DisplayName = Formula;
            db.Organisations.Single().Name = "@SUM(1+1)";
            await db.SaveChangesAsync();
        });
        await Client.LoginAsRoleAsync(Roles.Editor);

        var response = await Client.Http.GetAsync($"{consultation.DeskUrl()}/participants.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal($"{consultation.Slug}-participants.csv", response.Content.Headers.ContentDisposition!.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));

        using var csv = CsvReader.Create(bytes);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(new[] { "Status", "Waitlist position", "Name", "Email", "Organisation", "Role" }.ToDictionary(h => h, csv.GetString));
        }

        Assert.Equal(["Seat", "Seat", "Waitlist", "Waitlist"], rows.Select(r => r["Status"]));
        Assert.Equal(["", "", "1", "2"], rows.Select(r => r["Waitlist position"]));
        Assert.Equal([Researcher, Ana, Policymaker, Practitioner], rows.Select(r => r["Email"]));
        Assert.Equal([Roles.Researcher, Roles.Practitioner, Roles.Policymaker, Roles.Practitioner], rows.Select(r => r["Role"]));
        // A spreadsheet shows these as text instead of running them.
        Assert.Equal("'" + Formula, rows[1]["Name"]);
        Assert.Equal("'@SUM(1+1)", rows[1]["Organisation"]);
        Assert.DoesNotContain(rows.SelectMany(r => r.Values), v => v.Length > 0 && "=+-@".Contains(v[0], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Email_all_reaches_every_participant_with_a_seat_and_nobody_else()
    {
        var consultation = await FullConsultationAsync();
        await Client.LoginAsRoleAsync(Roles.Editor);
        var form = new Dictionary<string, string> { ["Subject"] = "Room change", ["Message"] = "We meet in room 2.\n\nSee you there." };
        var sent = await Client.SubmitAsync(consultation.DeskUrl(), form, $"{consultation.DeskUrl()}/email");
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);

        var messages = Mailbox.Messages;
        Assert.Equal([Ana, Researcher], messages.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.All(messages, m => Assert.Equal("Room change", m.Subject));
        Assert.Contains("We meet in room 2.", messages[0].TextBody, StringComparison.Ordinal);
        Assert.Contains($"/consultations/{consultation.Slug}", messages[0].TextBody, StringComparison.Ordinal);

        var page = await Client.GetAsync(sent.Location!);
        Assert.Equal("Message sent to 2 participants.", page.One("[role=status]")!.TextContent);
    }

    [Fact]
    public async Task An_empty_message_is_refused_and_nothing_is_sent()
    {
        var consultation = await FullConsultationAsync();
        await Client.LoginAsRoleAsync(Roles.Editor);
        var page = await Client.SubmitAsync(consultation.DeskUrl(), new Dictionary<string, string> { ["Subject"] = "", ["Message"] = "Kept text" }, $"{consultation.DeskUrl()}/email");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("Give the message a subject.", page.Errors);
        Assert.Equal("Kept text", page.One("#Message")!.TextContent.Trim());
        Assert.Empty(Mailbox.Messages);
    }

    private static List<string[]> Rows(Page page, string table) =>
        page.Document.QuerySelectorAll($"{table} tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
}
