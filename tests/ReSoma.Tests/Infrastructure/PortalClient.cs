using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ReSoma.Web.Data.Seeding;

namespace ReSoma.Tests.Infrastructure;

/// <summary>A page as a visitor gets it: the status, the headers and the parsed HTML.</summary>
public sealed record Page(HttpResponseMessage Response, IHtmlDocument Document, string Html)
{
    public HttpStatusCode Status => Response.StatusCode;

    public string? Location => Response.Headers.Location?.OriginalString;

    public string Text => Document.Body?.TextContent ?? "";

    /// <summary>The messages of the validation summary, as a person reads them.</summary>
    public IReadOnlyList<string> Errors => Document.QuerySelectorAll(".validation-summary-errors li, .alert-danger li").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();

    public IElement? One(string selector) => Document.QuerySelector(selector);
}

/// <summary>Drives the portal like a browser: keeps cookies, fills in forms with their antiforgery token.</summary>
public sealed class PortalClient(HttpClient http)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public async Task<Page> GetAsync(string url)
    {
        var response = await http.GetAsync(url);
        return await ToPageAsync(response);
    }

    /// <summary>Opens <paramref name="pageUrl"/>, fills the form posting to <paramref name="action"/> (or the page's
    /// only POST form) with <paramref name="values"/> on top of its current values, and submits it.</summary>
    public async Task<Page> SubmitAsync(string pageUrl, IReadOnlyDictionary<string, string> values, string? action = null)
    {
        var page = await GetAsync(pageUrl);
        Assert.True(page.Status == HttpStatusCode.OK, $"GET {pageUrl} answered {(int)page.Status}");
        return await SubmitAsync(page, values, action);
    }

    public async Task<Page> SubmitAsync(Page page, IReadOnlyDictionary<string, string> values, string? action = null)
    {
        var forms = page.Document.Forms.Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)).ToList();
        var form = action is null
            ? forms.Single(f => !IsOnEveryPage(f.GetAttribute("action")!))
            : forms.Single(f => f.GetAttribute("action") == action);
        var fields = FieldsOf(form);
        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        return await PostAsync(form.GetAttribute("action")!, fields);
    }

    /// <summary>The header's log-out form and the Follow buttons are not the form a test means when it names none.</summary>
    private static bool IsOnEveryPage(string action) =>
        action.EndsWith("/account/logout", StringComparison.Ordinal) || action.Contains("/account/follows", StringComparison.Ordinal);

    /// <summary>Posts fields as they are (no token is added): for tampering tests.</summary>
    public async Task<Page> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var response = await http.PostAsync(url, new FormUrlEncodedContent(fields));
        return await ToPageAsync(response);
    }

    /// <summary>The antiforgery token from any page's forms, for posting to endpoints without opening their form.</summary>
    public async Task<string> TokenAsync(string pageUrl = "/account/login")
    {
        var page = await GetAsync(pageUrl);
        return page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    public async Task<Page> PostWithTokenAsync(string url, IReadOnlyDictionary<string, string>? values = null)
    {
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", await TokenAsync()) };
        fields.AddRange(values ?? new Dictionary<string, string>());
        return await PostAsync(url, fields);
    }

    /// <summary>Uploads a file through the form posting to <paramref name="action"/> on <paramref name="pageUrl"/>.</summary>
    public async Task<Page> UploadAsync(string pageUrl, string action, string fieldName, byte[] content, string fileName, string contentType = "application/pdf")
    {
        var page = await GetAsync(pageUrl);
        var form = page.Document.Forms.Single(f => f.GetAttribute("action") == action);
        using var body = new MultipartFormDataContent();
        foreach (var (name, value) in FieldsOf(form))
        {
            body.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        body.Add(file, fieldName, fileName);
        return await ToPageAsync(await http.PostAsync(action, body));
    }

    public async Task<Page> LoginAsync(string email, string password)
    {
        var page = await SubmitAsync("/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password }, "/account/login");
        return page;
    }

    /// <summary>Logs in as the demo account of a role (see <see cref="DemoAccounts"/>).</summary>
    public async Task LoginAsRoleAsync(string role)
    {
        var email = DemoAccounts.All.Single(a => a.Role == role).Email;
        var page = await LoginAsync(email, PortalFactory.Password);
        Assert.True(page.Status == HttpStatusCode.Redirect, $"Login as {role} failed: {string.Join(" ", page.Errors)}");
    }

    /// <summary>What the form would send as it stands: its named fields, checked boxes only, no buttons.</summary>
    public static List<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    if ((input.Type is "checkbox" or "radio") && !input.IsChecked)
                    {
                        break;
                    }

                    if (input.Type is "submit" or "button")
                    {
                        break;
                    }

                    fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name, select.Value ?? ""));
                    break;
            }
        }

        return fields;
    }

    private static async Task<Page> ToPageAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new Page(response, Parser.ParseDocument(html), html);
    }
}
