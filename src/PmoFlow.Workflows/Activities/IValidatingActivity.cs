using PmoFlow.Workflows.Model;

namespace PmoFlow.Workflows.Activities;

/// <summary>An activity that can check its own literal inputs when a definition is validated or published.</summary>
internal interface IValidatingActivity
{
    /// <summary>Problems with the node's inputs, in words a workflow author understands.</summary>
    IEnumerable<string> Validate(ActivityModel node);
}
