using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Alongside.Web.Infrastructure;

/// <summary>
/// Static files as a phone on a slow connection wants them. The front-end build (build-frontend.mjs)
/// writes a Brotli (.br) and a gzip (.gz) copy beside each style sheet and script in /lib, so they
/// are compressed once at build and never per request; the copy the browser accepts is sent with
/// its Content-Encoding. An address carrying the file's fingerprint (<c>?v=</c>, from
/// <c>asp-append-version</c>) never changes, so it is cached for a year; anything else is checked
/// with the server each time (a 304 when unchanged).
/// </summary>
public static class StaticAssets
{
    public const string Fingerprinted = "public, max-age=31536000, immutable";
    public const string Revalidate = "no-cache";

    private static readonly (string Name, string Suffix)[] Encodings = [("br", ".br"), ("gzip", ".gz")];

    public static IApplicationBuilder UseAlongsideStaticFiles(this IApplicationBuilder app, IFileProvider webRoot)
    {
        app.Use((http, next) =>
        {
            if (Compressible(http.Request) && Accepted(http.Request) is { } accepted)
            {
                var path = http.Request.Path.Value!;
                var encoded = Encodings.Where(e => accepted.Contains(e.Name)).FirstOrDefault(e => webRoot.GetFileInfo(path + e.Suffix).Exists);
                if (encoded.Suffix is not null) http.Request.Path = path + encoded.Suffix;
            }
            return next(http);
        });
        return app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = new PrecompressedContentTypes(),
            OnPrepareResponse = ctx =>
            {
                var headers = ctx.Context.Response.Headers;
                if (Encodings.FirstOrDefault(e => ctx.File.Name.EndsWith(e.Suffix, StringComparison.Ordinal)) is { Name: { } encoding })
                {
                    headers.ContentEncoding = encoding;
                }
                if (ctx.Context.Request.Path.StartsWithSegments("/lib") && IsCompressible(ctx.File.Name)) headers.Vary = HeaderNames.AcceptEncoding;
                headers.CacheControl = ctx.Context.Request.Query.ContainsKey("v") ? Fingerprinted : Revalidate;
            },
        });
    }

    private static bool Compressible(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && request.Path.StartsWithSegments("/lib") && IsCompressible(request.Path.Value!);

    private static bool IsCompressible(string name) =>
        Path.GetExtension(name.EndsWith(".br", StringComparison.Ordinal) || name.EndsWith(".gz", StringComparison.Ordinal) ? name[..^3] : name)
            is ".css" or ".js" or ".mjs";

    /// <summary>The encodings the browser accepts (quality above zero), or none.</summary>
    private static HashSet<string>? Accepted(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding
            .Where(e => e.Quality is null or > 0)
            .Select(e => e.Value.ToString().ToLowerInvariant())
            .ToHashSet();
        return accepted.Count == 0 ? null : accepted;
    }

    /// <summary>A compressed copy has the type of what it holds: alongside.css.br is text/css.</summary>
    private sealed class PrecompressedContentTypes : IContentTypeProvider
    {
        private readonly FileExtensionContentTypeProvider types = new();

        public bool TryGetContentType(string subpath, out string contentType) =>
            types.TryGetContentType(Encodings.Any(e => subpath.EndsWith(e.Suffix, StringComparison.Ordinal)) ? subpath[..^3] : subpath, out contentType!);
    }
}
