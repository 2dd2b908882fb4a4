using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Consultations;

namespace ReSoma.Tests.Consultations;

/// <summary>Attachments never outlive a failed save or their author, and one person's files together have a ceiling.</summary>
public sealed class ContributionUploadTests(ContributionUploadTests.SmallQuotaFactory factory) : PortalTest<ContributionUploadTests.SmallQuotaFactory>(factory)
{
    public sealed class SmallQuotaFactory : PortalFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Contributions:AttachmentQuotaBytes"] = "3000" };
    }

    private string Folder => Path.Combine(Factory.DataPath, ContributionCommands.AttachmentFolder);

    private int FilesStored => Directory.Exists(Folder) ? Directory.GetFiles(Folder).Length : 0;

    private static byte[] Pdf(int size) => [.. "%PDF-1.4\n"u8, .. Enumerable.Repeat((byte)' ', size - 9)];

    [Fact]
    public async Task An_edit_that_loses_to_another_window_leaves_no_file_behind()
    {
        var call = await Factory.AddConsultationAsync(new NewConsultation("Upload call") { Format = ConsultationFormat.WrittenContributionCall });
        await Client.LoginAsRoleAsync(Roles.Researcher);
        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(call.Slug, version: 0, Pdf(1000))).Status);
        var version = Factory.WithDb(db => db.Contributions.Single().Version);
        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(call.Slug, version, Pdf(1000))).Status);
        Assert.Equal(1, FilesStored);

        for (var i = 0; i < 5; i++)
        {
            var stale = await SendAsync(call.Slug, version, Pdf(1000));
            Assert.Contains(stale.Errors, e => e.Contains("another window", StringComparison.Ordinal));
        }

        Assert.Equal(1, FilesStored);
    }

    [Fact]
    public async Task Attachments_of_one_person_together_stay_under_the_quota()
    {
        var first = await Factory.AddConsultationAsync(new NewConsultation("First call") { Format = ConsultationFormat.WrittenContributionCall });
        var second = await Factory.AddConsultationAsync(new NewConsultation("Second call") { Format = ConsultationFormat.WrittenContributionCall });
        await Client.LoginAsRoleAsync(Roles.Practitioner);
        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(first.Slug, 0, Pdf(2000))).Status);

        var refused = await SendAsync(second.Slug, 0, Pdf(2000));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains(refused.Errors, e => e.Contains("Your attachments to all consultations together", StringComparison.Ordinal));
        Assert.Equal(1, FilesStored);

        // Replacing the first attachment does not count the one it replaces.
        var version = Factory.WithDb(db => db.Contributions.Single().Version);
        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(first.Slug, version, Pdf(2900))).Status);
        Assert.Equal(1, FilesStored);
    }

    [Fact]
    public async Task Deleting_the_account_deletes_its_attachment_files()
    {
        var call = await Factory.AddConsultationAsync(new NewConsultation("Leaving call") { Format = ConsultationFormat.WrittenContributionCall });
        await Client.LoginAsRoleAsync(Roles.Policymaker);
        await SendAsync(call.Slug, 0, Pdf(1000));
        Assert.Equal(1, FilesStored);

        var deleted = await Client.SubmitAsync("/account/personal-data", new Dictionary<string, string> { ["Password"] = PortalFactory.Password });
        Assert.Equal("Account deleted", deleted.One("h1")!.TextContent);
        Assert.Equal(0, FilesStored);
    }

    private async Task<Page> SendAsync(string slug, int version, byte[] pdf)
    {
        var token = await Client.TokenAsync($"/consultations/{slug}");
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Evidence from Turin"), "Title" },
            { new StringContent("Our city ran a pilot with forty families."), "Body" },
            { new StringContent(version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Version" },
        };
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new("application/pdf");
        body.Add(file, "attachment", "evidence.pdf");
        var response = await Client.Http.PostAsync($"/consultations/{slug}/contribution", body);
        var html = await response.Content.ReadAsStringAsync();
        return new Page(response, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html), html);
    }
}
