namespace PmoFlow.Abstractions.Activities;

/// <summary>
/// The behaviour of one activity type (Elsa's <c>type</c>, such as <c>Elsa.WriteLine</c>). One instance serves
/// every node of that type in every workflow, so implementations keep no per-run state of their own: what must
/// survive a suspension goes into <see cref="IActivityExecutionContext.Properties"/>.
/// </summary>
public interface IActivity
{
    /// <summary>How the activity appears in the designer palette, with its inputs, outputs and ports.</summary>
    ActivityDescriptor Descriptor { get; }

    /// <summary>
    /// Runs the activity. It either completes (<see cref="IActivityExecutionContext.Complete"/>), or suspends by
    /// creating a bookmark and returning without completing.
    /// </summary>
    ValueTask ExecuteAsync(IActivityExecutionContext context);

    /// <summary>Continues an activity that suspended on <paramref name="bookmark"/>. By default it completes.</summary>
    ValueTask ResumeAsync(IActivityExecutionContext context, BookmarkInfo bookmark)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
