using Microsoft.Extensions.Logging;

namespace Fixture.Good;

/// <summary>A plugin service with host-shared dependencies.</summary>
internal sealed class Greeter(TimeProvider time, ILogger<Greeter> logger)
{
    public string Greet(string name)
    {
        logger.LogDebug("Greeting {Name} at {Now}", name, time.GetUtcNow());
        return $"Hello {name} from v{GoodPlugin.Version}";
    }
}
