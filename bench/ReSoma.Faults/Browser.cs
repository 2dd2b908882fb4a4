using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ReSoma.Faults;

/// <summary>A page as a visitor gets it.</summary>
public sealed record Page(HttpStatusCode Status, IHtmlDocument Document, HttpResponseMessage Response)
{
    public bool Acknowledged => (int)Status is >= 200 and < 400;

    public string? Location => Response.Headers.Location?.OriginalString;
}

/// <summary>
/// One visitor: its own cookies (sign-in, the <c>resoma.af</c> antiforgery cookie, the reader cookie), forms filled in
/// from the page with their antiforgery token and posted as the browser would, urlencoded or multipart.
/// </summary>
public sealed class Browser : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient _http;

    public Browser(Uri address)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = Cookies, UseCookies = true })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public CookieContainer Cookies { get; }

    public async Task<Page> GetAsync(string path, CancellationToken cancellationToken)
    {
        var response = await _http.GetAsync(path, cancellationToken);
        return await ToPageAsync(response, cancellationToken);
    }

    /// <summary>Fills the POST form whose action is <paramref name="action"/> with <paramref name="values"/> on top of
    /// what the page put in it, and sends it.</summary>
    public async Task<Page> SubmitAsync(Page page, string action, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var form = page.Document.Forms.FirstOrDefault(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase) && f.GetAttribute("action") == action)
            ?? throw new InvalidOperationException($"No form posts to {action} on the page that answered {(int)page.Status} \"{page.Document.QuerySelector("h1")?.TextContent.Trim()}\" at {page.Response.RequestMessage?.RequestUri?.AbsolutePath} (Location: {page.Location ?? "none"}).");
        var fields = Fields(form).Where(f => !values.ContainsKey(f.Key)).Concat(values).ToList();
        HttpContent body = form.Enctype == "multipart/form-data" ? Multipart(fields) : new FormUrlEncodedContent(fields);
        using (body)
        {
            var response = await _http.PostAsync(action, body, cancellationToken);
            return await ToPageAsync(response, cancellationToken);
        }
    }

    public string? Cookie(string name) => Cookies.GetCookies(_http.BaseAddress!)[name]?.Value;

    public void Dispose() => _http.Dispose();

    private static MultipartFormDataContent Multipart(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        return content;
    }

    private static List<KeyValuePair<string, string>> Fields(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button" or "file"):
                    if (input.Type is not ("checkbox" or "radio") || input.IsChecked)
                    {
                        fields.Add(new(input.Name, input.Value));
                    }

                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    foreach (var option in select.Options.Where(o => o.IsSelected))
                    {
                        fields.Add(new(select.Name, option.Value));
                    }

                    break;
            }
        }

        return fields;
    }

    private static async Task<Page> ToPageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        return new Page(response.StatusCode, await Parser.ParseDocumentAsync(html, cancellationToken), response);
    }
}
