using System.IO.Compression;
using System.Text;

namespace Alongside.Web.Kernel.Forms;

/// <summary>
/// Checks a zip sent as a document: only a Word document (.docx) is accepted, and only when it
/// has no macros and unpacks to a sensible size. Nothing is written to disk. Sizes come from the
/// zip's central directory; then every part is inflated into a small buffer, counted and its
/// checksum compared, because the sizes a zip declares can lie (.NET stops inflating at the
/// declared size, so a part that holds more fails its checksum instead).
/// </summary>
internal static class OfficeZip
{
    private const string ContentTypesPart = "[Content_Types].xml";

    public static (string? Type, string? Error) Check(string shown, byte[] bytes)
    {
        var tooBig = $"{shown} unpacks to more than {UploadRules.MaxUnpackedBytes / (1024 * 1024)} MB or has too many parts, so we cannot accept it. Send a smaller file, or save it as a PDF.";
        var macros = $"{shown} contains macros, which can run programs on the reader's computer, so we cannot accept it. Save it as an ordinary Word document (.docx) or as a PDF.";
        var damaged = $"{shown} looks damaged, so we cannot accept it. Save it again, or save it as a PDF.";
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > UploadRules.MaxZipEntries) return (null, tooBig);
            var declared = 0L;
            foreach (var entry in zip.Entries)
            {
                if (entry.Length < 0) return (null, tooBig);
                declared += entry.Length;
                if (declared > UploadRules.MaxUnpackedBytes) return (null, tooBig);
                // Compression never makes data much bigger: more compressed bytes than this hide more content than declared.
                if (entry.CompressedLength > entry.Length + (entry.Length / 100) + 128) return (null, damaged);
            }
            // Macro-enabled files (.docm, .xlsm, .pptm, templates) carry a VBA project, whatever they are called.
            if (zip.Entries.Any(e => IsMacroPart(e.FullName))) return (null, macros);

            var contentTypes = "";
            var buffer = new byte[81920];
            var actual = 0L;
            foreach (var entry in zip.Entries)
            {
                using var part = entry.Open();
                using var kept = entry.FullName == ContentTypesPart ? new MemoryStream() : null;
                var entryBytes = 0L;
                var crc = Crc32.Start;
                int read;
                while ((read = part.Read(buffer)) > 0)
                {
                    entryBytes += read;
                    actual += read;
                    if (actual > UploadRules.MaxUnpackedBytes) return (null, tooBig);
                    if (entryBytes > entry.Length) return (null, damaged);
                    crc = Crc32.Append(crc, buffer.AsSpan(0, read));
                    kept?.Write(buffer, 0, read);
                }
                if (entryBytes != entry.Length || Crc32.Finish(crc) != entry.Crc32) return (null, damaged);
                if (kept is not null) contentTypes = Encoding.UTF8.GetString(kept.ToArray());
            }
            if (contentTypes.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || contentTypes.Contains("vbaProject", StringComparison.OrdinalIgnoreCase))
            {
                return (null, macros);
            }
            var isWord = zip.GetEntry(ContentTypesPart) is not null && zip.GetEntry("word/document.xml") is not null
                && contentTypes.Contains("wordprocessingml.document.main+xml", StringComparison.OrdinalIgnoreCase);
            return (isWord ? UploadRules.Docx : null, null);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            return (null, damaged);
        }
    }

    private static bool IsMacroPart(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase)
            || name.Equals("vbaData.xml", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>The zip checksum (CRC-32, polynomial 0xEDB88320), which System.IO.Compression does not expose.</summary>
internal static class Crc32
{
    public const uint Start = 0xFFFFFFFF;

    private static readonly uint[] Table = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    public static uint Append(uint crc, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc;
    }

    public static uint Finish(uint crc) => crc ^ 0xFFFFFFFF;
}
