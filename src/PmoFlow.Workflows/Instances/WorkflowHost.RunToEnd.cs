using PmoFlow.Workflows.Activities.Workflows;
using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Runtime;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Workflows.Instances;

internal sealed partial class WorkflowHost
{
    /// <summary>Bounds the harness so a workflow that keeps creating bookmarks (a cron loop) cannot spin forever.</summary>
    private const int MaxResumes = 10_000;

    public async Task<WorkflowInstanceState> RunToEndAsync(WorkflowDefinition definition, StartWorkflowOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new StartWorkflowOptions();
        var root = await StartAsync(definition, options, cancellationToken).ConfigureAwait(false);
        var family = new HashSet<string>(StringComparer.Ordinal) { root.InstanceId };
        for (var resumes = 0; resumes < MaxResumes;)
        {
            var pending = await PendingAsync(family, cancellationToken).ConfigureAwait(false);
            if (pending.Count == 0) break;
            foreach (var (instanceId, bookmarkId) in pending)
            {
                await ResumeAsync(instanceId, bookmarkId, options.Input, options.Output, cancellationToken).ConfigureAwait(false);
                resumes++;
            }
        }
        return await instances.FindAsync(root.InstanceId, cancellationToken).ConfigureAwait(false) ?? root;
    }

    /// <summary>Bookmarks of the root and its descendants that the harness resumes itself (child completion resumes the others).</summary>
    private async Task<List<(string InstanceId, string BookmarkId)>> PendingAsync(HashSet<string> family, CancellationToken cancellationToken)
    {
        var all = await instances.ListAsync(cancellationToken).ConfigureAwait(false);
        bool grew;
        do
        {
            grew = false;
            foreach (var s in all)
                if (s.ParentInstanceId is not null && family.Contains(s.ParentInstanceId) && family.Add(s.InstanceId)) grew = true;
        }
        while (grew);

        return all.Where(s => family.Contains(s.InstanceId) && s.Status == WorkflowStatus.Suspended)
            .SelectMany(s => s.Bookmarks.Where(b => b.Name != ExecuteWorkflow.BookmarkName).Select(b => (s.InstanceId, b.Id)))
            .ToList();
    }
}
