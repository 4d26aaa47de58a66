using Microsoft.Extensions.Options;
using PmoFlow.Scripting.CSharp;

namespace PmoFlow.Scripting.Tests.CSharp;

public sealed class CSharpExpressionOptionsTests
{
    [Fact]
    public void Defaults_AreValid()
    {
        var options = new CSharpExpressionOptions();

        Assert.Equal("PmoFlow:CSharp", CSharpExpressionOptions.SectionName);
        Assert.Equal(10_000, options.MaxCachedExpressions);
        Assert.True(new CSharpExpressionOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(CSharpExpressionOptions.MaxCachedExpressionsLimit + 1)]
    public void Validate_OutOfRange_Fails(int max)
    {
        var result = new CSharpExpressionOptionsValidator().Validate(null, new CSharpExpressionOptions { MaxCachedExpressions = max });

        Assert.True(result.Failed);
        Assert.Contains("MaxCachedExpressions", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluator_InvalidOptions_Throws()
        => Assert.Throws<OptionsValidationException>(() => CSharpEvaluatorFactory.Create(maxCachedExpressions: 0));
}
