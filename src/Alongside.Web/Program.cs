using Alongside.Web.Cli;
using Alongside.Web.Features.About;
using Alongside.Web.Features.Account;
using Alongside.Web.Features.Family;
using Alongside.Web.Features.Groups;
using Alongside.Web.Features.Groups.Discussion;
using Alongside.Web.Features.Messages;
using Alongside.Web.Features.Outcomes;
using Alongside.Web.Features.Outcomes.Fhir;
using Alongside.Web.Features.Referrals;
using Alongside.Web.Features.Reports;
using Alongside.Web.Features.Sessions;
using Alongside.Web.Features.Staff;
using Alongside.Web.Infrastructure;
using Alongside.Web.Infrastructure.Redis;
using Alongside.Web.Infrastructure.Security;
using Alongside.Web.Kernel;

var builder = WebApplication.CreateBuilder(args);
builder.AddAlongsideData();
builder.AddAlongsideIdentity();
builder.AddAlongsideNotices();
builder.AddAlongsideWeb();
builder.AddAlongsideRedis();
builder.Services.AddKernel().AddAccount().AddReferrals().AddSessions().AddMessages().AddGroups().AddStaff().AddReports().AddAbout();

var app = builder.Build();
if (AdminCommands.IsCommand(args))
{
    return await AdminCommands.RunAsync(app, args);
}
await app.PrepareDatabaseAsync();
app.UseAlongsidePipeline();
app.MapAlongside();
var api = app.MapApi();
app.MapSessions();
app.MapGroups(api);
AccountApi.MapAccountApi(api);
FamilyApi.MapFamilyApi(api);
FhirApi.MapFhirApi(api);
app.MapOutcomeFloors();
app.MapReportFloors();
app.MapDiscussionFloors();
SqlFloors.Map(app);
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
