using PmoFlow.Abstractions.Activities;

namespace PmoFlow.Workflows.Activities.Registry;

/// <summary>Every activity type the runtime can run: built-ins, plugins' and workflows usable as activities.</summary>
public interface IActivityRegistry
{
    /// <summary>The behaviour for a type name; an activity that faults with a clear message when the type is unknown.</summary>
    IActivity Resolve(string typeName);

    /// <summary>Whether the type name is known.</summary>
    bool IsKnown(string typeName);

    /// <summary>The descriptors of every known type, for the designer palette.</summary>
    IReadOnlyList<ActivityDescriptor> ListDescriptors();

    /// <summary>
    /// Increments whenever an <see cref="IActivitySource"/> changes (a plugin loaded, reloaded or unloaded), so
    /// whatever bound activity types ahead of time binds them again.
    /// </summary>
    long Revision { get; }
}
