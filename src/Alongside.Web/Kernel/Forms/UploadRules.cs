using System.IO.Compression;

namespace Alongside.Web.Kernel.Forms;

/// <summary>
/// What may be uploaded with a referral: PDF, Word (.docx), PNG or JPEG, up to 5 MB, decided by
/// the file's bytes, never by its name or the type the browser claims.
/// </summary>
public static class UploadRules
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxFiles = 3;
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    public static (string? ContentType, string? Error) Check(string fileName, ReadOnlySpan<byte> content)
    {
        var name = string.IsNullOrWhiteSpace(fileName) ? "The file" : Path.GetFileName(fileName);
        if (content.Length == 0) return (null, $"{name} is empty");
        if (content.Length > MaxBytes) return (null, $"{name} must be smaller than 5 MB");
        var type = Sniff(content);
        return type is null
            ? (null, $"{name} must be a PDF, a Word document (.docx), or a PNG or JPEG picture")
            : (type, null);
    }

    public static string? Sniff(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith("%PDF-"u8)) return "application/pdf";
        if (b.StartsWith(PngSignature)) return "image/png";
        if (b.StartsWith(JpegSignature)) return "image/jpeg";
        if (b.StartsWith("PK\u0003\u0004"u8) && IsWordDocument(b.ToArray())) return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        return null;
    }

    /// <summary>A .docx is a zip holding word/document.xml; any other zip is refused.</summary>
    private static bool IsWordDocument(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null && zip.GetEntry("[Content_Types].xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>A file name safe to show and to send back in a download header.</summary>
    public static string SafeName(string fileName)
    {
        var name = new string(Path.GetFileName(fileName).Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/')).ToArray()).Trim();
        if (name.Length == 0) name = "document";
        return name.Length > 200 ? name[^200..] : name;
    }
}
