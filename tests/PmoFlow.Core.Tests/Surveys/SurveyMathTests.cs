using PmoFlow.Core.Surveys;

namespace PmoFlow.Core.Tests.Surveys;

public sealed class SurveyMathTests
{
    private static SurveyResponse[] Answers(int?[] csat, int?[] nps) =>
        csat.Select((c, i) => new SurveyResponse($"c{i}", "svc-1", "users", c, null, DateTimeOffset.UnixEpoch, null))
            .Concat(nps.Select((n, i) => new SurveyResponse($"n{i}", "svc-1", "users", null, n, DateTimeOffset.UnixEpoch, null)))
            .ToArray();

    [Fact]
    public void Csat_IsTheMeanOfAnsweredScores() => Assert.Equal(4m, SurveyMath.Csat(Answers([5, 4, 3, null], [])));

    [Fact]
    public void Csat_RoundsToTwoDecimals() => Assert.Equal(3.67m, SurveyMath.Csat(Answers([4, 3, 4], [])));

    [Fact]
    public void Csat_NoAnswers_Null() => Assert.Null(SurveyMath.Csat(Answers([null], [9])));

    [Fact]
    public void Nps_IsPercentPromotersMinusPercentDetractors() =>
        // promoters 10, 9, 9 (3); passives 8, 7 (2); detractors 6, 0 (2): (3 − 2) / 7 = 14.3
        Assert.Equal(14.3m, SurveyMath.Nps(Answers([], [10, 9, 9, 8, 7, 6, 0])));

    [Theory]
    [InlineData(new[] { 9, 9 }, 100)]
    [InlineData(new[] { 6, 6 }, -100)]
    [InlineData(new[] { 7, 8 }, 0)]
    public void Nps_Boundaries(int[] scores, int expected) =>
        Assert.Equal(expected, SurveyMath.Nps(Answers([], scores.Select(s => (int?)s).ToArray())));

    [Fact]
    public void Nps_NoAnswers_Null() => Assert.Null(SurveyMath.Nps(Answers([4], [])));
}
