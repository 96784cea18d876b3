using System.Globalization;
using System.Text;
using CsvHelper;

namespace Alongside.Tests.Kernel.Forms;

public sealed class SpreadsheetCsvTests
{
    private const string Words = "Café, £2 – it’s “free”";

    // Windows-1252 as Excel writes it: é E9, £ A3, – 96, ’ 92, “ 93, ” 94 (bytes that are never valid UTF-8 on their own).
    private static readonly byte[] Windows1252Words = [.. "Caf"u8, 0xE9, .. ", "u8, 0xA3, .. "2 "u8, 0x96, .. " it"u8, 0x92, .. "s "u8, 0x93, .. "free"u8, 0x94];

    [Fact]
    public void UTF8_with_or_without_a_byte_order_mark_is_read_as_UTF8_and_the_mark_is_dropped()
    {
        foreach (var bytes in new[] { Encoding.UTF8.GetBytes(Words), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Words)] })
        {
            var text = SpreadsheetCsv.Decode(bytes, out var refusal);
            Assert.Equal((Words, null, null), (text?.Text, text?.ReadAs, refusal));
        }
    }

    [Fact]
    public void UTF16_with_a_byte_order_mark_is_read_either_way_round() =>
        Assert.All(new[] { Encoding.Unicode, Encoding.BigEndianUnicode }, encoding =>
        {
            var text = SpreadsheetCsv.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes("name\tdescription\r\n" + Words)], out _);
            Assert.Equal(("name\tdescription\r\n" + Words, SpreadsheetCsv.Utf16Name), (text?.Text, text?.ReadAs));
        });

    [Fact]
    public void Bytes_that_are_not_UTF8_are_read_as_Windows_1252_and_say_so()
    {
        var text = SpreadsheetCsv.Decode(Windows1252Words, out var refusal);
        Assert.Equal((Words, SpreadsheetCsv.Windows1252Name, null), (text?.Text, text?.ReadAs, refusal));
    }

    [Fact]
    public void Plain_ASCII_is_UTF8_and_needs_no_note() => Assert.Null(SpreadsheetCsv.Decode("name,description\r\n"u8, out _)?.ReadAs);

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00 })] // an .xlsx (a zip)
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })] // a PNG
    [InlineData(new byte[] { 0x6E, 0x00, 0x61, 0x00, 0x6D, 0x00, 0x65, 0x00 })] // UTF-16 without its mark
    [InlineData(new byte[] { 0x6E, 0x61, 0x6D, 0x65, 0x07, 0x2C, 0x61 })] // a control character
    [InlineData(new byte[] { 0x6E, 0x61, 0x6D, 0x65, 0x81, 0x2C, 0x61 })] // a byte Windows-1252 leaves undefined, in a file that is not UTF-8
    public void A_file_that_is_neither_UTF8_nor_Windows_1252_text_is_refused(byte[] bytes)
    {
        Assert.Null(SpreadsheetCsv.Decode(bytes, out var refusal));
        Assert.Equal(SpreadsheetCsv.NotText, refusal);
    }

    [Fact]
    public void A_file_whose_byte_order_mark_does_not_match_its_bytes_is_refused()
    {
        Assert.Null(SpreadsheetCsv.Decode([0xEF, 0xBB, 0xBF, .. Windows1252Words], out var refusal));
        Assert.Equal(SpreadsheetCsv.BrokenUnicode, refusal);
        Assert.Null(SpreadsheetCsv.Decode([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00], out refusal)); // a lone surrogate
        Assert.Equal(SpreadsheetCsv.BrokenUnicode, refusal);
    }

    [Theory]
    [InlineData("name,description,audiences\r\nA;B,x,y", ",")]
    [InlineData("name;description;audiences\r\n\"A, B\";x;y", ";")]
    [InlineData("name\tdescription\taudiences\r\nA;B\tx,y\tz", "\t")]
    [InlineData("\"name;x\",description,audiences", ",")] // separators inside quotes do not count
    [InlineData(";;;\r\n\r\nname;description", ";")] // rows with no text before the header are passed over
    [InlineData("name", ",")]
    [InlineData("", ",")]
    public void The_separator_is_the_one_the_header_row_uses_most(string text, string separator) =>
        Assert.Equal(separator, SpreadsheetCsv.Separator(text));

    [Theory]
    [InlineData(",")]
    [InlineData(";")]
    [InlineData("\t")]
    public void CsvHelper_reads_each_separator_trims_fields_and_skips_rows_with_nothing_in_them(string separator)
    {
        var s = separator;
        var file = $" name {s}description\r\n Café {s} \"Tea{s} cake\" \r\n{s}\r\n\r\n  {s}  \r\nLast{s}one\r\n{s}\r\n{s}\r\n";
        using var csv = new CsvReader(new StringReader(file), SpreadsheetCsv.Configuration());
        csv.Read();
        csv.ReadHeader();
        var rows = new List<(int Row, string? Name, string? Description)>();
        while (csv.Read()) rows.Add((csv.Parser.Row, csv.GetField("name"), csv.GetField("description")));
        Assert.Equal([(2, "Café", $"Tea{s} cake"), (6, "Last", "one")], rows);
    }
}
