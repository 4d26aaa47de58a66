using Microsoft.Extensions.Options;
using PmoFlow.Scripting.CSharp;

namespace PmoFlow.Scripting.Tests.CSharp;

internal static class CSharpEvaluatorFactory
{
    public static CSharpEvaluator Create(int maxCachedExpressions = 10_000)
        => new(Options.Create(new CSharpExpressionOptions { MaxCachedExpressions = maxCachedExpressions }));
}
