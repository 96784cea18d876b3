using System.Net;
using System.Text.RegularExpressions;

namespace Alongside.IntegrationTests.Support;

/// <summary>Form posting as a browser does it: read the page, send its antiforgery token back.</summary>
public static class Browser
{
    public static async Task<string> GetPageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {expected}, got {response.StatusCode}. {Location(response)}");
        return body;
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IDictionary<string, string> fields, string? tokenFrom = null)
    {
        var page = await client.GetStringAsync(tokenFrom ?? url);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = Token(page) };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    public static string Token(string html) => Html.Parse(html).Token();

    public static string Location(HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? ""
        : location.IsAbsoluteUri ? location.PathAndQuery
        : location.ToString();

    public static async Task SignInAsync(this HttpClient client, Person person)
    {
        var response = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Input.Email"] = person.Email,
            ["Input.Password"] = person.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        if (Location(response).StartsWith("/account/sign-in-code", StringComparison.Ordinal))
        {
            response = await client.PostFormAsync("/account/sign-in-code", new Dictionary<string, string> { ["Input.Code"] = person.CurrentCode() });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    /// <summary>The first link in a plain-text email body (not HTML: a pattern is the right tool here).</summary>
    public static string FirstLink(string? text, string pathStart)
    {
        var match = Regex.Match(text ?? "", "https?://[^\\s]+" + Regex.Escape(pathStart) + "[^\\s]*");
        Assert.True(match.Success, $"No link to {pathStart} in: {text}");
        return new Uri(match.Value).PathAndQuery;
    }
}

public static class MultipartForms
{
    /// <summary>Posts a form with files, as a browser does for enctype="multipart/form-data".</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string url,
        IDictionary<string, string> fields, IEnumerable<(string Field, string FileName, byte[] Bytes)> files)
    {
        var page = await client.GetStringAsync(url);
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(Browser.Token(page)), "__RequestVerificationToken");
        foreach (var (key, value) in fields) content.Add(new StringContent(value), key);
        foreach (var (field, fileName, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf"); // what a browser might claim
            content.Add(file, field, fileName);
        }
        return await client.PostAsync(url, content);
    }
}
