using System.Globalization;
using System.Text;
using CsvHelper.Configuration;

namespace Alongside.Web.Kernel.Forms;

/// <summary>The text of an uploaded CSV file, and the encoding it was read as when that was not UTF-8 (for telling the person).</summary>
public sealed record SpreadsheetText(string Text, string? ReadAs);

/// <summary>
/// Reads CSV files as spreadsheets really save them. Excel on Windows saves "CSV" in
/// Windows-1252, "CSV UTF-8" with a byte order mark, "Unicode text" as UTF-16 with tabs, and in
/// many European locales separates with semicolons. The encoding is decided strictly: a byte
/// order mark says what it is; otherwise the file must be valid UTF-8 to be read as UTF-8, and
/// only a file that is not is read as Windows-1252. Bytes that no spreadsheet writes into text
/// (NUL and other control characters) mean it is not a CSV file at all, and it is refused.
/// </summary>
public static class SpreadsheetCsv
{
    public const string Windows1252Name = "Windows-1252 (Excel's default)";
    public const string Utf16Name = "UTF-16 (Excel's Unicode text)";

    public const string NotText = "This is not a CSV file: it looks like a workbook, a document or a picture. "
        + "In your spreadsheet choose Save As, pick \u201cCSV UTF-8 (Comma delimited)\u201d and upload that file.";

    public const string BrokenUnicode = "This file says it is Unicode text but parts of it are not. "
        + "Save it again from your spreadsheet as \u201cCSV UTF-8 (Comma delimited)\u201d and upload that file.";

    private static readonly Encoding Utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    // The code pages ship with .NET but are not switched on; asking the provider directly gives
    // a throwing decoder without registering the whole provider for the process.
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("Windows-1252 is not available");

    private static readonly string[] Separators = [",", ";", "\t"];

    /// <summary>The file's text, or null with <paramref name="refusal"/> saying why it cannot be read.</summary>
    public static SpreadsheetText? Decode(ReadOnlySpan<byte> bytes, out string? refusal)
    {
        var (marked, length, readAs) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Utf8, 3, null),
            [0xFF, 0xFE, ..] => (Utf16Le, 2, Utf16Name),
            [0xFE, 0xFF, ..] => (Utf16Be, 2, Utf16Name),
            _ => ((Encoding?)null, 0, (string?)null),
        };
        string? text;
        if (marked is not null) text = Strict(marked, bytes[length..]);
        else if (bytes.Contains((byte)0)) text = null;
        else if ((text = Strict(Utf8, bytes)) is null) (text, readAs) = (Strict(Windows1252, bytes), Windows1252Name);

        if (text is null || text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n')))
        {
            refusal = marked is not null && text is null ? BrokenUnicode : NotText;
            return null;
        }
        refusal = null;
        return new SpreadsheetText(text, readAs);
    }

    private static string? Strict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// The separator of the header row (the first row with any text): whichever of comma,
    /// semicolon and tab it holds most often outside quotes; comma when it holds none.
    /// </summary>
    public static string Separator(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            if (!line.Any(char.IsLetterOrDigit)) continue;
            var counts = new int[Separators.Length];
            var quoted = false;
            foreach (var c in line)
            {
                if (c == '"') quoted = !quoted;
                else if (!quoted && Array.IndexOf(Separators, c.ToString()) is var i and >= 0) counts[i]++;
            }
            var most = counts.Max();
            return most == 0 ? "," : Separators[Array.IndexOf(counts, most)];
        }
        return ",";
    }

    /// <summary>
    /// CsvHelper set up for spreadsheet files: the separator found by <see cref="Separator"/>,
    /// headers matched ignoring case and spaces, fields trimmed, and rows with nothing in them
    /// (blank, or only separators as spreadsheets write after the last row) skipped.
    /// </summary>
    public static CsvConfiguration Configuration() => new(CultureInfo.InvariantCulture)
    {
        DetectDelimiter = true,
        DetectDelimiterValues = Separators,
        GetDelimiter = args => Separator(args.Text),
        PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
        MissingFieldFound = null,
        BadDataFound = null,
        WhiteSpaceChars = [' '],
        TrimOptions = TrimOptions.Trim,
        ShouldSkipRecord = args => args.Row.Parser.Record is { } fields && fields.All(string.IsNullOrWhiteSpace),
    };
}
