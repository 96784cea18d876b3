namespace Alongside.Web.Kernel.Rights;

/// <summary>
/// A write-only stream over the response for System.IO.Compression, which still finishes each zip
/// entry with a few small synchronous writes (the last compressed block, the sizes) even on its
/// asynchronous path, while the server allows only asynchronous writes. Synchronous writes wait
/// here, in memory, and go out with the next asynchronous write or flush; everything else goes
/// straight through.
/// </summary>
internal sealed class AsyncResponseStream(Stream response) : Stream
{
    private readonly MemoryStream _waiting = new();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => _waiting.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _waiting.Write(buffer);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await SendWaitingAsync(cancellationToken);
        await response.WriteAsync(buffer, cancellationToken);
    }

    /// <summary>Nothing can be sent synchronously; what waits goes with the next asynchronous call.</summary>
    public override void Flush() { }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await SendWaitingAsync(cancellationToken);
        await response.FlushAsync(cancellationToken);
    }

    private async Task SendWaitingAsync(CancellationToken cancellationToken)
    {
        if (_waiting.Length == 0) return;
        await response.WriteAsync(_waiting.GetBuffer().AsMemory(0, (int)_waiting.Length), cancellationToken);
        _waiting.SetLength(0);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _waiting.Dispose();
        base.Dispose(disposing);
    }
}
