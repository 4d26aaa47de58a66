using PmoFlow.Core.Access;
using PmoFlow.Hosting;
using PmoFlow.Server;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = ServerArguments.Normalize(args), ContentRootPath = AppContext.BaseDirectory });
builder.AddPmoFlow();
builder.Services.AddPmoFlowApi();
builder.Services.AddDesigner(builder.Configuration);
var app = builder.Build();
app.UsePmoFlowApi();
app.MapPmoFlowApi();
var elsa = app.MapElsaApi();
elsa.Reads.RequirePmoRead();
elsa.Writes.RequirePmoRole(PmoRole.Architect);
app.MapDesigner().RequirePmoRead();
app.MapDashboard().RequirePmoRead();
app.Run();

/// <summary>The server's entry point, public so that WebApplicationFactory&lt;Program&gt; in the tests can start it.</summary>
public partial class Program;
