using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Abstractions.Expressions;
using PmoFlow.Hosting;

namespace PmoFlow.Benchmarks;

/// <summary>The container the server and the CLI build, without configuration or background services.</summary>
internal static class BenchmarkServices
{
    public static ServiceProvider Create() =>
        new ServiceCollection().AddLogging().AddPmoFlowRuntime(new ConfigurationBuilder().Build()).BuildServiceProvider();

    public static IExpressionEvaluator Evaluator(IServiceProvider services, string expressionType) =>
        services.GetRequiredService<IEnumerable<IExpressionEvaluator>>().Single(e => e.ExpressionType == expressionType);
}
