using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Alongside.Tests.Kernel.Forms;

public sealed class UploadRulesTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    private const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string WordMacroMain = "application/vnd.ms-word.document.macroEnabled.main+xml";

    [Fact]
    public void A_word_document_is_accepted_and_named_docx_whatever_it_was_called()
    {
        var (name, type, error) = UploadRules.Check("letter.pdf", Docx());
        Assert.Null(error);
        Assert.Equal(UploadRules.Docx, type);
        Assert.Equal("letter.docx", name);
    }

    [Fact]
    public void A_picture_sent_as_a_web_page_is_kept_as_a_picture()
    {
        var (name, type, error) = UploadRules.Check("results.html", Png);
        Assert.Null(error);
        Assert.Equal("image/png", type);
        Assert.Equal("results.png", name);
    }

    [Theory]
    [InlineData("plan.docx", true, true)]    // a .docm renamed
    [InlineData("plan.docm", true, false)]   // macros without the macro content type
    [InlineData("plan.pdf", false, true)]    // the macro content type without the project part
    public void Macro_enabled_word_files_are_refused_whatever_they_are_called(string fileName, bool withProject, bool macroType)
    {
        var parts = new List<(string, byte[])>();
        if (withProject) parts.Add(("word/vbaProject.bin", [1, 2, 3, 4]));
        var (name, type, error) = UploadRules.Check(fileName, Docx(macroType ? WordMacroMain : WordMain, parts.ToArray()));
        Assert.Null(name);
        Assert.Null(type);
        Assert.Equal($"{fileName} contains macros, which can run programs on the reader's computer, so we cannot accept it. Save it as an ordinary Word document (.docx) or as a PDF.", error);
    }

    [Fact]
    public void A_macro_enabled_spreadsheet_sent_as_docx_is_refused_as_having_macros()
    {
        var xlsm = Zip(("[Content_Types].xml", ContentTypes("/xl/workbook.xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")),
            ("xl/workbook.xml", "<workbook/>"u8.ToArray()), ("xl/vbaProject.bin", [1, 2, 3]));
        Assert.Contains("contains macros", UploadRules.Check("sheet.docx", xlsm).Error);
    }

    [Fact]
    public void A_zip_bomb_is_refused_from_its_declared_sizes()
    {
        var bomb = DocxStreaming(WordMain, ("word/media/filler.bin", new ZeroStream(200L * 1024 * 1024)));
        Assert.True(bomb.Length < UploadRules.MaxBytes, "the bomb is small enough to upload");
        var (name, _, error) = UploadRules.Check("bomb.docx", bomb);
        Assert.Null(name);
        Assert.Equal("bomb.docx unpacks to more than 50 MB or has too many parts, so we cannot accept it. Send a smaller file, or save it as a PDF.", error);
    }

    [Fact]
    public void A_zip_with_thousands_of_parts_is_refused()
    {
        var parts = Enumerable.Range(0, UploadRules.MaxZipEntries).Select(i => ($"word/p{i}.xml", (Stream)new MemoryStream([1]))).ToArray();
        Assert.Contains("has too many parts", UploadRules.Check("many.docx", DocxStreaming(WordMain, parts)).Error);
    }

    [Fact]
    public void A_zip_bomb_that_declares_small_sizes_is_refused()
    {
        var bomb = DocxStreaming(WordMain, ("word/media/filler.bin", new ZeroStream(60L * 1024 * 1024)));
        Assert.Contains("unpacks to more than 50 MB", UploadRules.Check("liar.docx", bomb).Error);

        DeclareSize(bomb, "word/media/filler.bin", 1000);
        var (name, _, error) = UploadRules.Check("liar.docx", bomb);
        Assert.Null(name);
        Assert.Equal("liar.docx looks damaged, so we cannot accept it. Save it again, or save it as a PDF.", error);
    }

    [Theory]
    [InlineData(60_000)]   // holds more than it says: the inflated part fails its checksum
    [InlineData(140_000)]  // holds less than it says
    public void A_part_whose_declared_size_is_wrong_is_refused(uint declared)
    {
        var docx = DocxStreaming(WordMain, ("word/media/filler.bin", new ZeroStream(100_000)));
        Assert.Null(UploadRules.Check("fine.docx", docx).Error);
        DeclareSize(docx, "word/media/filler.bin", declared);
        Assert.Contains("looks damaged", UploadRules.Check("fine.docx", docx).Error);
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document_and_a_broken_one_are_refused()
    {
        var plain = Zip(("notes.txt", "hello"u8.ToArray()));
        Assert.Contains("must be a PDF, a Word document (.docx), or a PNG or JPEG picture", UploadRules.Check("notes.docx", plain).Error);
        var broken = "PK\u0003\u0004 not really a zip"u8.ToArray();
        Assert.Contains("looks damaged", UploadRules.Check("broken.docx", broken).Error);
    }

    [Theory]
    [InlineData("../../etc/passwd", "application/pdf", "passwd.pdf")]
    [InlineData("C:\\Users\\pat\\My report.v2.html", "application/pdf", "My report-v2.pdf")]
    [InlineData("photo.JPEG", "image/jpeg", "photo.jpg")]
    [InlineData("Zoë's plan (final).docx", UploadRules.Docx, "Zoë-s plan -final.docx")]
    [InlineData("a\u202Egnp.exe", "image/png", "a-gnp.png")]
    [InlineData(".htaccess", "application/pdf", "document.pdf")]
    [InlineData("", "image/png", "document.png")]
    [InlineData("<script>.pdf", "application/pdf", "script.pdf")]
    public void The_stored_name_is_the_cleaned_base_name_with_the_detected_types_extension(string sent, string type, string expected) =>
        Assert.Equal(expected, UploadRules.StoredName(sent, type));

    [Fact]
    public void Downloads_take_name_and_type_from_the_stored_type_not_the_stored_name()
    {
        Assert.Equal(("results.png", "image/png"), UploadRules.Download("results.html", "image/png"));
        Assert.Equal(("page.bin", "application/octet-stream"), UploadRules.Download("page.html", "text/html"));
    }

    private static byte[] ContentTypes(string mainPart, string mainType) => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        $"<Override PartName=\"{mainPart}\" ContentType=\"{mainType}\"/></Types>");

    private static byte[] Docx(string mainType = WordMain, params (string Path, byte[] Content)[] extra) =>
        DocxStreaming(mainType, extra.Select(p => (p.Path, (Stream)new MemoryStream(p.Content))).ToArray());

    private static byte[] DocxStreaming(string mainType, params (string Path, Stream Content)[] extra) =>
        ZipStreaming([("[Content_Types].xml", new MemoryStream(ContentTypes("/word/document.xml", mainType))),
            ("word/document.xml", new MemoryStream("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>"u8.ToArray())),
            .. extra]);

    private static byte[] Zip(params (string Path, byte[] Content)[] parts) =>
        ZipStreaming(parts.Select(p => (p.Path, (Stream)new MemoryStream(p.Content))).ToArray());

    private static byte[] ZipStreaming(params (string Path, Stream Content)[] parts)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in parts)
            {
                using var entry = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
                content.CopyTo(entry);
            }
        }
        return output.ToArray();
    }

    /// <summary>Rewrites an entry's uncompressed size in its local header and in the central directory, as a forged zip would.</summary>
    private static void DeclareSize(byte[] zip, string path, uint size)
    {
        var name = Encoding.UTF8.GetBytes(path);
        var patched = 0;
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            if (signature == 0x04034b50 && zip.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 22), size);
                patched++;
            }
            else if (signature == 0x02014b50 && zip.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 24), size);
                patched++;
            }
        }
        Assert.Equal(2, patched);
    }

    /// <summary>Zeros without holding them in memory: the filler for a zip bomb.</summary>
    private sealed class ZeroStream(long size) : Stream
    {
        private readonly long _size = size;
        private long _left = size;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => _size;
        public override long Position { get => _size - _left; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, _left);
            Array.Clear(buffer, offset, n);
            _left -= n;
            return n;
        }
    }
}
