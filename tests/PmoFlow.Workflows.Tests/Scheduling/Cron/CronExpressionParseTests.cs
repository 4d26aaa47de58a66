using PmoFlow.Workflows.Scheduling.Cron;
using Xunit;

namespace PmoFlow.Workflows.Tests.Scheduling.Cron;

public sealed class CronExpressionParseTests
{
    private const string SecondsError =
        "The given cron expression has an invalid format. Seconds: Value must be a number between 0 and 59 (all inclusive).";

    [Fact]
    public void Parse_BadCronExpression_ThrowsElsasSecondsMessage()
    {
        var ex = Assert.Throws<CronFormatException>(() => CronExpression.Parse("BadCronExpression"));

        Assert.Equal(SecondsError, ex.Message);
        // The text Elsa's publisher reports (see the bad-cron-expression conformance case).
        Assert.Equal(
            "Error when parsing cron expression: The given cron expression has an invalid format. Seconds: Value must be a number between 0 and 59 (all inclusive).",
            $"Error when parsing cron expression: {ex.Message}");
    }

    [Fact]
    public void Parse_Failure_IsAFormatException()
    {
        Assert.IsAssignableFrom<FormatException>(Record.Exception(() => CronExpression.Parse("BadCronExpression")));
    }

    [Fact]
    public void TryParse_BadCronExpression_ReturnsFalseWithSameMessage()
    {
        var parsed = CronExpression.TryParse("BadCronExpression", out var result, out var error);

        Assert.False(parsed);
        Assert.Null(result);
        Assert.Equal(SecondsError, error);
    }

    [Fact]
    public void TryParse_ValidExpression_ReturnsExpression()
    {
        Assert.True(CronExpression.TryParse("0 0 * * * *", out var result, out var error));
        Assert.NotNull(result);
        Assert.Null(error);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(CronExpression.TryParse(null, out _, out var error));
        Assert.StartsWith("The given cron expression has an invalid format.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("60 * * * * *", "Seconds", 0, 59)]
    [InlineData("JAN * * * * *", "Seconds", 0, 59)]
    [InlineData("0 60 * * * *", "Minutes", 0, 59)]
    [InlineData("0 -1 * * * *", "Minutes", 0, 59)]
    [InlineData("0 0 24 * * *", "Hours", 0, 23)]
    [InlineData("0 0 0 0 * *", "Days of month", 1, 31)]
    [InlineData("0 0 0 32 * *", "Days of month", 1, 31)]
    [InlineData("0 0 0 * 0 *", "Months", 1, 12)]
    [InlineData("0 0 0 * 13 *", "Months", 1, 12)]
    [InlineData("0 0 0 * FOO *", "Months", 1, 12)]
    [InlineData("0 0 0 * * 8", "Days of week", 0, 7)]
    [InlineData("0 0 0 * * FUN", "Days of week", 0, 7)]
    [InlineData("0 0 0 * * MON-", "Days of week", 0, 7)]
    [InlineData("0 0 0 1,,2 * *", "Days of month", 1, 31)]
    [InlineData("0 0 0 5x * *", "Days of month", 1, 31)]
    [InlineData("0 0 0 * * 99999999999", "Days of week", 0, 7)]
    [InlineData("60 * * * *", "Minutes", 0, 59)]
    public void Parse_ValueOutOfRange_NamesFieldAndBounds(string expression, string field, int min, int max)
    {
        var ex = Assert.Throws<CronFormatException>(() => CronExpression.Parse(expression));

        Assert.Equal(
            $"The given cron expression has an invalid format. {field}: Value must be a number between {min} and {max} (all inclusive).",
            ex.Message);
    }

    [Theory]
    [InlineData("*/0 * * * * *", "Seconds: Step must be a number between 1 and 59 (all inclusive).")]
    [InlineData("0 0 */24 * * *", "Hours: Step must be a number between 1 and 23 (all inclusive).")]
    [InlineData("0 0 0 * * 1/x", "Days of week: Step must be a number between 1 and 7 (all inclusive).")]
    [InlineData("0 0 0 L-31 * *", "Days of month: 'L' may only be followed by '-n' with n between 0 and 30 (all inclusive).")]
    [InlineData("0 0 0 LW * *", "Days of month: 'L' may only be followed by '-n' with n between 0 and 30 (all inclusive).")]
    public void Parse_BadStepOrLast_ExplainsTheProblem(string expression, string detail)
    {
        var ex = Assert.Throws<CronFormatException>(() => CronExpression.Parse(expression));

        Assert.Equal($"The given cron expression has an invalid format. {detail}", ex.Message);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("* * *", 3)]
    [InlineData("0 0 0 * *  * 2025", 7)]
    public void Parse_WrongFieldCount_ReportsCount(string expression, int found)
    {
        var ex = Assert.Throws<CronFormatException>(() => CronExpression.Parse(expression));

        Assert.Equal(
            $"The given cron expression has an invalid format. Expected 5 or 6 fields (second minute hour day-of-month month day-of-week, seconds optional) but found {found}.",
            ex.Message);
    }

    [Fact]
    public void Parse_ShortExpressionWithBadField_ReportsTheFieldFirst()
    {
        var ex = Assert.Throws<CronFormatException>(() => CronExpression.Parse("0 99"));

        Assert.Contains("Minutes: Value must be a number between 0 and 59", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => CronExpression.Parse(null!));
    }

    [Theory]
    [InlineData("0 0 * * * *", "0 0 * * * *")]
    [InlineData("*/15 * * * *", "0 */15 * * * *")]
    [InlineData("30 9 * * 1-5", "0 30 9 * * 1-5")]
    [InlineData("? ? ? ? ? ?", "* * * * * *")]
    [InlineData("0 0 0 1 jan,Jul *", "0 0 0 1 1,7 *")]
    [InlineData("0 0 0 * Mar-mAY mon-FRI", "0 0 0 * 3-5 1-5")]
    [InlineData("0 0 0 * * 7", "0 0 0 * * 0")]
    [InlineData("0 0 0 * * SUN,SAT", "0 0 0 * * 0,6")]
    [InlineData("0 0 0 * * FRI-MON", "0 0 0 * * 0,1,5,6")]
    [InlineData("0 0 0 * * 0-7", "0 0 0 * * *")]
    [InlineData("0 0 22-2 * * *", "0 0 0-2,22,23 * * *")]
    [InlineData("0 0 22-2/2 * * *", "0 0 0,2,22 * * *")]
    [InlineData("0 10-40/15 * * * *", "0 10-40/15 * * * *")]
    [InlineData("0 5/20 * * * *", "0 5/20 * * * *")]
    [InlineData("0 0,20,40 * * * *", "0 */20 * * * *")]
    [InlineData("0 0 0 1-31 1-12 *", "0 0 0 * * *")]
    [InlineData("0 0 0 L * *", "0 0 0 L * *")]
    [InlineData("0 0 0 1,15,l-2 * *", "0 0 0 1,15,L-2 * *")]
    [InlineData("0\t0   12  *  *  *", "0 0 12 * * *")]
    [InlineData("@hourly", "0 0 * * * *")]
    [InlineData("@DAILY", "0 0 0 * * *")]
    [InlineData("@weekly", "0 0 0 * * 0")]
    public void ToString_GivesNormalizedSixFieldForm(string expression, string expected)
    {
        var normalized = CronExpression.Parse(expression).ToString();

        Assert.Equal(expected, normalized);
        Assert.Equal(normalized, CronExpression.Parse(normalized).ToString());
    }

    [Fact]
    public void Parse_UnknownMacro_Throws()
    {
        var ex = Assert.Throws<CronFormatException>(() => CronExpression.Parse("@fortnightly"));

        Assert.Equal("The given cron expression has an invalid format. Unknown macro '@fortnightly'.", ex.Message);
    }
}
