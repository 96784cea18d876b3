using System.Text;

namespace Alongside.Web.Kernel.Forms;

/// <summary>
/// What may be uploaded (referral documents, message attachments): PDF, Word (.docx), PNG or
/// JPEG, up to 5 MB, decided by the file's bytes, never by its name or the type the browser
/// claims. The stored and downloaded name takes its extension from the detected type, so a PNG
/// sent as "results.html" is kept and served as "results.png".
/// </summary>
public static class UploadRules
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxFiles = 3;

    /// <summary>A .docx is a zip: what it may unpack to in all, so a small file cannot fill a reader's disk or memory.</summary>
    public const long MaxUnpackedBytes = 50 * 1024 * 1024;

    /// <summary>A real document has tens of parts; thousands mean a trick.</summary>
    public const int MaxZipEntries = 1000;

    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Unknown = "application/octet-stream";

    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [Pdf] = ".pdf",
        [Png] = ".png",
        [Jpeg] = ".jpg",
        [Docx] = ".docx",
    };

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> ZipSignature => "PK\u0003\u0004"u8;

    /// <summary>
    /// Checks an upload. On success, Name is the name to store and serve (the sender's base name,
    /// cleaned, with the detected type's extension) and ContentType the detected type.
    /// </summary>
    public static (string? Name, string? ContentType, string? Error) Check(string fileName, ReadOnlySpan<byte> content)
    {
        var shown = string.IsNullOrWhiteSpace(fileName) ? "The file" : SafeName(fileName);
        if (content.Length == 0) return (null, null, $"{shown} is empty");
        if (content.Length > MaxBytes) return (null, null, $"{shown} must be smaller than 5 MB");
        var (type, error) = Detect(shown, content);
        if (error is not null) return (null, null, error);
        return type is null
            ? (null, null, $"{shown} must be a PDF, a Word document (.docx), or a PNG or JPEG picture")
            : (StoredName(fileName, type), type, null);
    }

    private static (string? Type, string? Error) Detect(string shown, ReadOnlySpan<byte> b)
    {
        if (b.StartsWith("%PDF-"u8)) return (Pdf, null);
        if (b.StartsWith(PngSignature)) return (Png, null);
        if (b.StartsWith(JpegSignature)) return (Jpeg, null);
        if (b.StartsWith(ZipSignature)) return OfficeZip.Check(shown, b.ToArray());
        return (null, null);
    }

    /// <summary>
    /// The name and type to send a stored file with. Both come from the stored (detected) type, never
    /// from the name it was sent under, so files kept before names were derived download safely too.
    /// </summary>
    public static (string Name, string ContentType) Download(string storedName, string storedType)
    {
        var type = Extensions.ContainsKey(storedType) ? storedType : Unknown;
        return (StoredName(storedName, type), type);
    }

    /// <summary>The sender's base name, cleaned, with the extension of the detected type.</summary>
    public static string StoredName(string senderName, string contentType)
    {
        var extension = Extensions.TryGetValue(contentType, out var known) ? known : ".bin";
        return BaseName(senderName) + extension;
    }

    /// <summary>
    /// Letters, digits, spaces, hyphens and underscores from the sender's name, without its extension;
    /// any other character (dots included, so no second extension survives) becomes a hyphen.
    /// </summary>
    private static string BaseName(string senderName)
    {
        var name = senderName ?? "";
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var dot = name.LastIndexOf('.');
        if (dot >= 0) name = name[..dot];
        var cleaned = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var keep = char.IsLetterOrDigit(c) || c is ' ' or '_' ? c : '-';
            if (keep == '-' && cleaned.Length > 0 && cleaned[^1] == '-') continue;
            if (keep == ' ' && cleaned.Length > 0 && cleaned[^1] == ' ') continue;
            cleaned.Append(keep);
        }
        var result = cleaned.ToString().Trim(' ', '-', '_');
        if (result.Length > 100) result = result[..100].TrimEnd(' ', '-', '_');
        return result.Length == 0 ? "document" : result;
    }

    /// <summary>A file name safe to show (in messages about the upload), as the sender named it.</summary>
    public static string SafeName(string fileName)
    {
        var name = new string(Path.GetFileName(fileName).Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/')).ToArray()).Trim();
        if (name.Length == 0) name = "document";
        return name.Length > 200 ? name[^200..] : name;
    }
}
