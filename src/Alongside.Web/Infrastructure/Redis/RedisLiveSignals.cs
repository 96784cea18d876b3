using Alongside.Web.Infrastructure.Security;
using StackExchange.Redis;

namespace Alongside.Web.Infrastructure.Redis;

/// <summary>
/// Live signals over Redis pub/sub: every instance, the sender included, hears each one and acts
/// on its own connections, in the order they were sent. Live delivery is a courtesy on top of the
/// page (a post is saved before it is signalled), so a signal lost while Redis is away is logged,
/// never an error for the person posting.
/// </summary>
public sealed class RedisLiveSignals(
    RedisConnection redis,
    IServiceScopeFactory scopes,
    IEnumerable<ILiveSignalHandler> handlers,
    ILogger<RedisLiveSignals> logger) : BackgroundService, ILiveSignals
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("live-signals");

    public async Task PublishAsync(string topic, string payload)
    {
        try
        {
            var connection = await redis.GetAsync().WaitAsync(TimeSpan.FromSeconds(2));
            await connection.GetSubscriber().PublishAsync(Channel, topic + "\n" + payload);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "A live {Topic} signal was not sent: Redis did not take it", topic);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Tried until Redis answers: a background service that throws would stop the whole app.
        while (true)
        {
            try
            {
                var connection = await redis.GetAsync().WaitAsync(stoppingToken);
                var queue = await connection.GetSubscriber().SubscribeAsync(Channel);
                stoppingToken.Register(() => queue.Unsubscribe());
                queue.OnMessage(HandleAsync);
                return;
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                logger.LogWarning(e, "Live signals are not heard from other instances yet: Redis did not answer; trying again");
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    private async Task HandleAsync(ChannelMessage message)
    {
        var text = (string?)message.Message ?? "";
        var split = text.IndexOf('\n', StringComparison.Ordinal);
        if (split < 0) return;
        try
        {
            await LiveSignalDispatch.HandleAsync(scopes, handlers, text[..split], text[(split + 1)..]);
        }
        catch (Exception e)
        {
            logger.LogError(e, "A live {Topic} signal failed here", text[..split]);
        }
    }
}
