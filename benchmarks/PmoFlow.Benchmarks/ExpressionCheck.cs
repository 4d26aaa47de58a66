namespace PmoFlow.Benchmarks;

/// <summary>Checks in a benchmark's setup that the code measured computes the right thing.</summary>
internal static class ExpressionCheck
{
    public static void Expect(object expected, object? actual, string what)
    {
        if (!Equals(expected, actual))
        {
            throw new InvalidOperationException($"{what} returned {actual ?? "null"}; expected {expected}.");
        }
    }
}
