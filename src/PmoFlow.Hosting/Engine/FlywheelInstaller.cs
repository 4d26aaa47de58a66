using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmoFlow.Workflows.Definitions;

namespace PmoFlow.Hosting.Engine;

/// <summary>Imports the default flywheel (bundled, or the configured file) when the store has no published version of it.</summary>
internal sealed partial class FlywheelInstaller(IWorkflowDefinitionStore store, IWorkflowDefinitionService definitions, IOptions<PmoEngineOptions> options, ILogger<FlywheelInstaller> logger)
{
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var id = options.Value.FlywheelDefinitionId;
        if (store.Find(id, VersionOptions.Published) is not null) return;

        string json;
        string source;
        if (options.Value.FlywheelFile is { Length: > 0 } file)
        {
            json = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
            source = file;
        }
        else
        {
            await using var stream = typeof(FlywheelInstaller).Assembly.GetManifestResourceStream("PmoFlow.Hosting.value-flywheel.json")
                ?? throw new InvalidOperationException("The bundled value-flywheel.json is missing from PmoFlow.Hosting.");
            using var reader = new StreamReader(stream);
            json = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            source = "value-flywheel.json (bundled)";
        }

        var result = definitions.Save(json, SaveOptions.Import, source);
        if (!result.Succeeded)
            throw new InvalidOperationException($"The flywheel definition {source} does not validate:\n{result.Validation}");
        if (result.Definition!.DefinitionId != id)
            throw new InvalidOperationException($"{source} defines '{result.Definition.DefinitionId}', but {PmoEngineOptions.SectionName}:FlywheelDefinitionId is '{id}'.");
        LogInstalled(id, result.Definition.Version, source);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Installed flywheel definition {DefinitionId} v{Version} from {Source}.")]
    private partial void LogInstalled(string definitionId, int version, string source);
}
