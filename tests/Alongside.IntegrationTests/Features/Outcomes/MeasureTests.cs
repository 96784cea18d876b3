using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Outcomes;

public abstract class MeasureTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private Task<List<MeasureDue>> DueAsync(Guid familyId) =>
        app.WithDbAsync(db => db.MeasuresDue.Where(d => d.FamilyId == familyId).OrderBy(d => d.InstrumentId).ToListAsync());

    private static Dictionary<string, string> Ratings(params int[] values) =>
        values.Select((v, n) => (n + 1, v)).ToDictionary(x => $"item-{x.Item1}", x => x.v.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task Agreeing_a_plan_asks_for_the_goals_and_the_parent_rates_them_once_and_sees_them_over_time()
    {
        var ready = await app.ReadyToBookAsync();
        var all = await DueAsync(ready.FamilyId);
        var due = Assert.Single(all, d => d.InstrumentId == "goals");
        Assert.Equal("At the start of your support", due.Reason);
        await app.Mail.WaitForAsync(ready.Parent.Email, "You have a short questionnaire to fill in");
        // PHQ-9 joins the goals when another test here has imported its wording.
        Assert.Contains($"Questionnaires to fill in ({all.Count})", await ready.Family.GetPageAsync("/family"));

        var form = await ready.Family.GetPageAsync($"/family/measures/{due.Id}");
        Assert.Contains("Goal 1: Bedtimes without shouting", form);
        Assert.Contains("Goal 2: Robin can tell us when school is hard", form);

        var saved = await ready.Family.PostFormAsync($"/family/measures/{due.Id}", Ratings(2, 5));
        Assert.Equal("/family/measures", Browser.Location(saved));
        var response = await app.WithDbAsync(db => db.MeasureResponses.Include(r => r.Answers).SingleAsync(r => r.DueId == due.Id));
        Assert.Equal(("goals", 1, ready.Parent.Id, 3.5m, false), (response.InstrumentId, response.InstrumentVersion, response.AnsweredByUserId, response.Total, response.Late));
        Assert.Equal([(1, 2, "Bedtimes without shouting"), (2, 5, "Robin can tell us when school is hard")],
            response.Answers.OrderBy(a => a.Item).Select(a => (a.Item, a.Value!.Value, a.Text!)).ToList());
        Assert.Contains(all.Count == 1 ? "Questionnaires and your progress" : $"Questionnaires to fill in ({all.Count - 1})", await ready.Family.GetPageAsync("/family"));

        // Answered once: the form has gone, and a second post saves nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await ready.Family.GetAsync($"/family/measures/{due.Id}")).StatusCode);
        var again = await ready.Family.PostFormAsync($"/family/measures/{due.Id}", Ratings(9, 9), tokenFrom: "/family/measures");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.MeasureResponses.CountAsync(r => r.FamilyId == ready.FamilyId)));

        var progress = Html.Parse(await ready.Family.GetPageAsync("/family/progress"));
        Assert.Contains(progress.TableRows(), r => r[1] == "2 out of 10");
        Assert.Contains(progress.TableRows(), r => r[1] == "5 out of 10");
    }

    [Theory]
    [InlineData(new[] { "item-1", "4" }, "Choose an answer")]
    [InlineData(new[] { "item-1", "11", "item-2", "3" }, "Choose one of the answers, from 0 to 10")]
    [InlineData(new[] { "item-1", "-1", "item-2", "3" }, "Choose one of the answers, from 0 to 10")]
    [InlineData(new[] { "item-1", "abc", "item-2", "3" }, "Choose one of the answers, from 0 to 10")]
    public async Task Missing_or_out_of_range_answers_get_a_message_and_save_nothing(string[] fields, string message)
    {
        var ready = await app.ReadyToBookAsync();
        var due = Assert.Single(await DueAsync(ready.FamilyId), d => d.InstrumentId == "goals");
        var form = fields.Chunk(2).ToDictionary(f => f[0], f => f[1]);
        var refused = await ready.Family.PostFormAsync($"/family/measures/{due.Id}", form);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("There is a problem", page);
        Assert.Contains(message, page);
        Assert.Equal(0, await app.WithDbAsync(db => db.MeasureResponses.CountAsync(r => r.FamilyId == ready.FamilyId)));
    }

    [Fact]
    public async Task Two_answers_sent_at_once_for_one_due_point_keep_one()
    {
        var ready = await app.ReadyToBookAsync();
        var due = Assert.Single(await DueAsync(ready.FamilyId), d => d.InstrumentId == "goals");
        var page = await ready.Family.GetPageAsync($"/family/measures/{due.Id}");
        var form = Ratings(3, 4);
        form["__RequestVerificationToken"] = Browser.Token(page);
        var both = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ready.Family.PostAsync($"/family/measures/{due.Id}", new FormUrlEncodedContent(form))));
        Assert.All(both, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.NotFound, r.StatusCode.ToString()));
        Assert.Equal(1, await app.WithDbAsync(db => db.MeasureResponses.CountAsync(r => r.DueId == due.Id)));
    }

    [Fact]
    public async Task Another_family_and_staff_cannot_open_or_answer_a_familys_measure()
    {
        var ready = await app.ReadyToBookAsync();
        var due = Assert.Single(await DueAsync(ready.FamilyId), d => d.InstrumentId == "goals");
        var (other, _) = await app.CreateParentAsync();
        var otherBrowser = app.NewBrowser();
        await otherBrowser.SignInAsync(other);
        Assert.Equal(HttpStatusCode.NotFound, (await otherBrowser.GetAsync($"/family/measures/{due.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherBrowser.PostFormAsync($"/family/measures/{due.Id}", Ratings(1, 1), tokenFrom: "/family/measures")).StatusCode);
        Assert.DoesNotContain("Bedtimes without shouting", await otherBrowser.GetPageAsync("/family/progress"));
        Assert.Equal(HttpStatusCode.Redirect, (await ready.Staff.GetAsync($"/family/measures/{due.Id}")).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.MeasureResponses.CountAsync(r => r.FamilyId == ready.FamilyId)));
    }

    [Fact]
    public async Task An_attended_session_asks_for_feedback_and_the_goals_again()
    {
        var ready = await app.ReadyToBookAsync();
        var sessionId = await app.AttendedSessionAsync(ready);
        var after = (await DueAsync(ready.FamilyId)).Where(d => d.SessionId == sessionId).Select(d => d.InstrumentId).ToList();
        Assert.Equal(["goals", "session-feedback"], after);

        var feedback = (await DueAsync(ready.FamilyId)).Single(d => d.InstrumentId == "session-feedback");
        var form = Ratings(4, 3, 3, 4);
        form["item-5"] = "The ideas for bedtime helped.";
        Assert.Equal(HttpStatusCode.Redirect, (await ready.Family.PostFormAsync($"/family/measures/{feedback.Id}", form)).StatusCode);
        var texts = await app.WithDbAsync(db => db.MeasureAnswers.Where(a => db.MeasureResponses.Any(r => r.Id == a.ResponseId && r.DueId == feedback.Id) && a.Text != null).Select(a => a.Text).ToListAsync());
        Assert.Equal(["The ideas for bedtime helped."], texts);
    }

    [Fact]
    public async Task A_phq9_item_9_answer_above_0_shows_urgent_help_and_alerts_the_care_team()
    {
        var ready = await app.ReadyToBookAsync();
        await app.WithDbAsync(async db =>
        {
            if (!await db.InstrumentWordings.AnyAsync(w => w.InstrumentId == "phq-9"))
            {
                var wording = """{ "id": "phq-9", "version": 1, "prompt": "Placeholder prompt", "options": ["P0", "P1", "P2", "P3"], "items": ["Placeholder 1", "Placeholder 2", "Placeholder 3", "Placeholder 4", "Placeholder 5", "Placeholder 6", "Placeholder 7", "Placeholder 8", "Placeholder 9"] }""";
                db.InstrumentWordings.Add(new InstrumentWording { InstrumentId = "phq-9", Version = 1, Text = wording, ImportedFrom = "test.json", ImportedAt = app.Now });
            }
            db.MeasuresDue.Add(new MeasureDue { FamilyId = ready.FamilyId, InstrumentId = "phq-9", Point = "test", Reason = "Now", DueAt = app.Now, CreatedAt = app.Now });
            return await db.SaveChangesAsync();
        });
        var due = Assert.Single(await DueAsync(ready.FamilyId), d => d.InstrumentId == "phq-9");
        Assert.Contains("Placeholder 9", await ready.Family.GetPageAsync($"/family/measures/{due.Id}"));

        var saved = await ready.Family.PostFormAsync($"/family/measures/{due.Id}", Ratings(1, 1, 1, 1, 1, 1, 1, 1, 1));
        Assert.Equal("/family/progress", Browser.Location(saved));
        var progress = await ready.Family.GetPageAsync("/family/progress");
        Assert.Contains("call 999", progress);
        Assert.Contains("Mild", progress);
        Assert.True(await app.WithDbAsync(db => db.RiskAlerts.AnyAsync(a => a.FamilyId == ready.FamilyId)));
        await app.Mail.WaitForAsync(ready.Clinician.Email, "a family may need urgent help");
    }
}

public sealed class MeasureTestsOnSqlite(SqliteApp app) : MeasureTests<SqliteApp>(app);

public sealed class MeasureTestsOnPostgres(PostgresApp app) : MeasureTests<PostgresApp>(app);
