using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PmoFlow.CrashHost;
using PmoFlow.Hosting;

// dotnet PmoFlow.CrashHost.dll DATABASE SERVICES
var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["PmoFlow:Storage:ConnectionString"] = $"Data Source={args[0]}",
    ["PmoFlow:Engine:PollInterval"] = "00:00:00.050",
    ["PmoFlow:Demo:Enabled"] = "false",
});
builder.AddPmoFlow();
builder.Services.AddSingleton(new DriverOptions(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)));
builder.Services.AddHostedService<Driver>();
await builder.Build().RunAsync();
