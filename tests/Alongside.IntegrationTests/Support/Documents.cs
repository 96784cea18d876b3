using System.IO.Compression;
using System.Text;

namespace Alongside.IntegrationTests.Support;

/// <summary>Files to upload, built in memory: a picture, Word documents with and without macros, a zip bomb.</summary>
public static class Documents
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    public static byte[] Docx() => Word("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");

    /// <summary>A macro-enabled Word document (.docm), as saved by Word: a VBA project and the macro content type.</summary>
    public static byte[] Docm() => Word("application/vnd.ms-word.document.macroEnabled.main+xml", ("word/vbaProject.bin", 4));

    /// <summary>A small .docx that unpacks to 200 MB.</summary>
    public static byte[] ZipBomb() => Word("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", ("word/media/filler.bin", 200 * 1024 * 1024));

    /// <summary>The file name a download is sent with.</summary>
    public static string? DownloadName(HttpResponseMessage response)
    {
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.NotNull(disposition);
        Assert.Equal("attachment", disposition.DispositionType);
        return disposition.FileNameStar ?? disposition.FileName?.Trim('"');
    }

    public static bool NoStore(HttpResponseMessage response) => response.Headers.CacheControl is { NoStore: true };

    private static byte[] Word(string mainType, params (string Path, int ZeroBytes)[] extra)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", Encoding.UTF8.GetBytes(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                $"<Override PartName=\"/word/document.xml\" ContentType=\"{mainType}\"/></Types>"));
            Add(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>"u8.ToArray());
            var zeros = new byte[1024 * 1024];
            foreach (var (path, size) in extra)
            {
                using var entry = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
                for (var left = size; left > 0; left -= zeros.Length) entry.Write(zeros, 0, Math.Min(left, zeros.Length));
            }
        }
        return output.ToArray();
    }

    private static void Add(ZipArchive zip, string path, byte[] content)
    {
        using var entry = zip.CreateEntry(path).Open();
        entry.Write(content);
    }
}
