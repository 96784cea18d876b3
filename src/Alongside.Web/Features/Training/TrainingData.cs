using System.Text.Json;

namespace Alongside.Web.Features.Training;

/// <summary>"trainingInterest" in the download: what the person sent, and where it is now; never staff notes. One query.</summary>
internal sealed class TrainingData(AlongsideDbContext db) : IPersonalDataSection
{
    public int Order => 85;

    public async Task WriteAsync(DataSubject subject, Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        var sent = await db.TrainingInterests.Where(i => i.UserId == subject.UserId).OrderBy(i => i.CreatedAt)
            .Select(i => new { i, Organisation = db.Organisations.Where(o => o.Id == i.OrganisationId).Select(o => o.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        json.WriteStartArray("trainingInterest");
        foreach (var (i, organisation) in sent.Select(s => (s.i, s.Organisation)))
        {
            json.WriteStartObject();
            json.Text("sentTo", organisation);
            json.Instant("sentAt", i.CreatedAt);
            json.Text("for", i.Route == InterestRoute.Service ? "A service's staff or volunteers" : "Myself");
            json.Text("name", i.Name);
            json.Text("email", i.Email);
            json.Text("phone", i.Phone);
            json.Text("service", i.ServiceName);
            json.Text("roleThere", i.ServiceRole);
            if (i.HowMany is { } many) json.WriteNumber("howMany", many);
            json.Text("area", i.Area);
            json.Text("message", i.Message);
            json.Text("step", InterestSteps.Display(i.Status));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}

/// <summary>
/// Closing an account unlinks the interests the person sent: the receiving organisation keeps what
/// it was sent, as it would an email, and the account no longer reaches it.
/// </summary>
internal sealed class TrainingErasure(AlongsideDbContext db) : IAccountErasure
{
    public Task EraseAsync(ClosingAccount account, CancellationToken cancellationToken) =>
        db.TrainingInterests.Where(i => i.UserId == account.UserId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UserId, (Guid?)null), cancellationToken);
}
