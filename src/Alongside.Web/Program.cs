using Alongside.Web.Infrastructure;
using Alongside.Web.Infrastructure.Commands;
using Alongside.Web.Infrastructure.Email;
using Alongside.Web.Infrastructure.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddAlongsideData();
builder.AddAlongsideIdentity();
builder.AddAlongsideEmail();
builder.AddAlongsideWeb();

var app = builder.Build();
if (AdminCommands.IsCommand(args))
{
    return await AdminCommands.RunAsync(app, args);
}
await app.PrepareDatabaseAsync();
app.UseAlongsidePipeline();
app.MapAlongside();
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
