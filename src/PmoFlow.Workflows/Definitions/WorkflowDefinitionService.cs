using System.Text.Json.Nodes;
using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Validation;

namespace PmoFlow.Workflows.Definitions;

internal sealed class WorkflowDefinitionService(IWorkflowDefinitionStore store, IWorkflowValidator validator, TimeProvider clock) : IWorkflowDefinitionService
{
    private readonly Lock _lock = new();

    public SaveResult Save(string json, SaveOptions options, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        WorkflowDefinition definition;
        try
        {
            definition = WorkflowDefinitionReader.Parse(json, source);
        }
        catch (WorkflowFormatException)
        {
            return new SaveResult(false, null, validator.Validate(json, source));
        }
        return Save(definition, options, json);
    }

    public SaveResult Save(WorkflowDefinition definition, SaveOptions options) => Save(definition, options, null);

    public SaveResult Publish(string definitionId, bool failOnValidationErrors = true)
    {
        var latest = store.Find(definitionId, VersionOptions.Latest)
            ?? throw new KeyNotFoundException($"No workflow definition '{definitionId}'.");
        return Save(latest, new SaveOptions { Publish = true, KeepVersion = true, FailOnValidationErrors = failOnValidationErrors }, null);
    }

    private SaveResult Save(WorkflowDefinition definition, SaveOptions options, string? json)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(options);
        lock (_lock)
        {
            var versioned = AssignVersion((JsonObject)definition.Json.DeepClone(), options);
            var candidate = WorkflowDefinition.FromJson(versioned, definition.Source);
            var validation = validator.Validate(candidate, json);
            if (validation.HasErrors && options.FailOnValidationErrors)
                return new SaveResult(false, null, validation);
            store.Put(candidate);
            return new SaveResult(true, store.FindByVersionId(candidate.Id), validation);
        }
    }

    private JsonObject AssignVersion(JsonObject json, SaveOptions options)
    {
        var definitionId = json.GetString("definitionId");
        if (string.IsNullOrEmpty(definitionId)) json["definitionId"] = definitionId = NewId();
        var versions = store.ListVersions(definitionId);
        var latest = versions.LastOrDefault();
        var versionId = json.GetString("id");
        var version = json.GetInt("version") ?? 0;

        if (options.KeepVersion)
        {
            var sameId = versions.FirstOrDefault(v => v.Id == versionId);
            if (sameId is not null) version = sameId.Version;
            else if (version <= 0 || versions.Any(v => v.Version == version))
            {
                version = (latest?.Version ?? 0) + 1;
                versionId = null;
            }
        }
        else if (latest is not null && !latest.IsPublished)
        {
            (versionId, version) = (latest.Id, latest.Version);
        }
        else
        {
            (versionId, version) = (null, (latest?.Version ?? 0) + 1);
        }

        json["id"] = string.IsNullOrEmpty(versionId) ? NewId() : versionId;
        json["version"] = version;
        json["isPublished"] = options.Publish;
        json["isLatest"] = true;
        if (json.GetString("createdAt") is null) json["createdAt"] = clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        return json;
    }

    private static string NewId() => Guid.NewGuid().ToString("N")[..16];
}
