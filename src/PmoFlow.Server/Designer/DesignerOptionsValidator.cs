using Microsoft.Extensions.Options;
using PmoFlow.Server.Designer.Assets;

namespace PmoFlow.Server.Designer;

/// <summary>A configured Studio folder must hold the Studio: a wrong path should stop the start, not show a blank editor later.</summary>
internal sealed class DesignerOptionsValidator : IValidateOptions<DesignerOptions>
{
    public ValidateOptionsResult Validate(string? name, DesignerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.StudioPath) && !StudioFolder.Holds(options.StudioPath))
            failures.Add($"{DesignerOptions.SectionName}:StudioPath '{options.StudioPath}' does not hold Elsa Studio (no {StudioFolder.Marker}).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
