using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Alongside.IntegrationTests.Support;

/// <summary>
/// A real SMTP server on a loopback port that keeps what it receives, so tests read the
/// messages the app sent over the wire. It speaks the plain subset MailKit uses without
/// TLS or auth. <see cref="RejectNext"/> makes it refuse messages, to test retries.
/// </summary>
public sealed class SmtpListener : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _rejectNext;
    private readonly Task _loop;

    public SmtpListener()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _loop = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }

    public IReadOnlyCollection<MimeMessage> Received => _received.ToArray();

    /// <summary>Answer the next <paramref name="count"/> messages with a temporary failure.</summary>
    public void RejectNext(int count) => Interlocked.Exchange(ref _rejectNext, count);

    public async Task<MimeMessage> WaitForAsync(Func<MimeMessage, bool> match, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(15);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var found = _received.FirstOrDefault(match);
            if (found is not null) return found;
            var left = limit - waited.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException("No matching email arrived. Received: " +
                    string.Join("; ", _received.Select(m => $"{m.To} / {m.Subject}")));
            }
            await _arrived.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
        }
    }

    public Task<MimeMessage> WaitForAsync(string to, string subjectContains) =>
        WaitForAsync(m => m.To.Mailboxes.Any(x => string.Equals(x.Address, to, StringComparison.OrdinalIgnoreCase))
                          && (m.Subject ?? "").Contains(subjectContains, StringComparison.OrdinalIgnoreCase));

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (OperationCanceledException) { return; }
            catch (ObjectDisposedException) { return; }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.Latin1);
            await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 localhost Alongside test SMTP");
            while (await reader.ReadLineAsync() is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-localhost");
                        await writer.WriteLineAsync("250 8BITMIME");
                        break;
                    case "HELO" or "MAIL" or "RCPT" or "RSET" or "NOOP":
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                        {
                            data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                        }
                        if (Interlocked.Decrement(ref _rejectNext) >= 0)
                        {
                            await writer.WriteLineAsync("451 Try again later");
                            break;
                        }
                        Interlocked.Exchange(ref _rejectNext, 0);
                        using (var ms = new MemoryStream(Encoding.Latin1.GetBytes(data.ToString())))
                        {
                            _received.Enqueue(await MimeMessage.LoadAsync(ms));
                        }
                        _arrived.Release();
                        await writer.WriteLineAsync("250 Queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 Not implemented");
                        break;
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try { await _loop; } catch (OperationCanceledException) { }
        _stop.Dispose();
        _arrived.Dispose();
    }
}
