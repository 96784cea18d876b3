using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Alongside.Web.Kernel.Rights;

/// <summary>
/// Writes "download my data" as a zip straight onto a stream (the response): README.txt, then
/// data.json built from every <see cref="IPersonalDataSection"/>, then the files data.json points
/// to. Nothing is held whole in memory; each section streams its rows.
/// </summary>
public sealed class PersonalDataExport(IEnumerable<IPersonalDataSection> sections)
{
    /// <summary>Readable text (names with accents, emoji) rather than \u escapes: this is a file, never HTML.</summary>
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string FileName(DateTimeOffset at) =>
        $"alongside-my-data-{UkTime.DateOf(at):yyyy-MM-dd}.zip";

    public async Task WriteZipAsync(DataSubject subject, Stream output, CancellationToken cancellationToken)
    {
        await using var stream = new AsyncResponseStream(output);
        await WriteEntriesAsync(subject, sections.OrderBy(s => s.Order).ToList(), stream, cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    private static async Task WriteEntriesAsync(DataSubject subject, IReadOnlyList<IPersonalDataSection> ordered, Stream output, CancellationToken cancellationToken)
    {
        await using var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8, cancellationToken);

        var readme = zip.CreateEntry("README.txt", CompressionLevel.Optimal);
        readme.LastWriteTime = subject.At;
        await using (var stream = await readme.OpenAsync(cancellationToken))
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(PersonalDataReadme.Text(subject.At)), cancellationToken);
        }

        var data = zip.CreateEntry("data.json", CompressionLevel.Optimal);
        data.LastWriteTime = subject.At;
        await using (var stream = await data.OpenAsync(cancellationToken))
        await using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("about", "Everything Alongside holds about you and your family that you can see in the app, and your own words. See README.txt for what is not here and why.");
            json.Instant("downloadedAt", subject.At);
            foreach (var section in ordered)
            {
                await section.WriteAsync(subject, json, cancellationToken);
                await json.FlushAsync(cancellationToken);
            }
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken);
        }

        var files = new PersonalDataFiles(zip, subject.At);
        foreach (var section in ordered)
        {
            await section.WriteFilesAsync(subject, files, cancellationToken);
        }
    }
}
