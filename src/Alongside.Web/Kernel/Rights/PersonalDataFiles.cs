using System.IO.Compression;

namespace Alongside.Web.Kernel.Rights;

/// <summary>Adds files to the download beside data.json, one at a time, straight into the zip.</summary>
public sealed class PersonalDataFiles(ZipArchive zip, DateTimeOffset at)
{
    /// <summary>
    /// The path of a file in the zip: a folder per record id keeps two files of the same name
    /// apart, and the name is the one the app downloads it as (already cleaned of path parts).
    /// </summary>
    public static string PathFor(string folder, Guid id, string fileName)
    {
        var name = string.Concat(fileName.Select(c => c is '/' or '\\' || char.IsControl(c) ? '_' : c)).Trim();
        return $"{folder}/{id:N}/{(name.Length == 0 || name is "." or ".." ? "file" : name)}";
    }

    public async Task AddAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        // Attachments are PDFs, images and .docx files, already compressed, so the lightest
        // deflate: "stored" entries written as a stream trip up some unzip tools.
        var entry = zip.CreateEntry(path, CompressionLevel.Fastest);
        entry.LastWriteTime = at;
        await using var stream = await entry.OpenAsync(cancellationToken);
        await stream.WriteAsync(content, cancellationToken);
    }
}
