using PmoFlow.Workflows.Validation;

namespace PmoFlow.Workflows.Tests.Validation;

public class JsonPositionMapTests
{
    private const string Json = """
        {
          "root": {
            "activities": [
              { "id": "a" },
              [ 1, { "x": true } ]
            ]
          }
        }
        """;

    [Theory]
    [InlineData("$", 1, 1)]
    [InlineData("$.root", 2, 3)]
    [InlineData("$.root.activities", 3, 5)]
    [InlineData("$.root.activities[0]", 4, 7)]
    [InlineData("$.root.activities[0].id", 4, 9)]
    [InlineData("$.root.activities[1][0]", 5, 9)]
    [InlineData("$.root.activities[1][1].x", 5, 14)]
    public void TryGet_KnownPath_ReturnsOneBasedPosition(string path, long line, long column)
    {
        var map = new JsonPositionMap(Json);

        Assert.True(map.TryGet(path, out var l, out var c));
        Assert.Equal((line, column), (l, c));
    }

    [Fact]
    public void TryGet_PathNotInText_FallsBackToNearestAncestor()
    {
        var map = new JsonPositionMap(Json);

        Assert.True(map.TryGet("$.root.activities[0].text.expression.value", out var line, out var column));
        Assert.Equal((4L, 7L), (line, column));
    }

    [Fact]
    public void TryGet_WithByteOrderMarkAndWideCharacters_CountsCharactersNotBytes()
    {
        var map = new JsonPositionMap("\uFEFF{ \"naïve\": \"é€\", \"next\": 1 }");

        Assert.True(map.TryGet("$.next", out var line, out var column));
        Assert.Equal((1L, 18L), (line, column)); // 22 if bytes were counted
    }

    [Fact]
    public void TryGet_WindowsLineEndings_CountsLines()
    {
        var map = new JsonPositionMap("{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n}");

        Assert.True(map.TryGet("$.b", out var line, out var column));
        Assert.Equal((3L, 3L), (line, column));
    }

    [Fact]
    public void ErrorPath_MalformedText_NamesTheObjectBeingRead()
    {
        var map = new JsonPositionMap("{ \"root\": { \"activities\": [ { \"id\": } ] } }");

        Assert.Equal("$.root.activities[0]", map.ErrorPath);
        Assert.True(map.TryGet("$.root.activities[0]", out _, out var column));
        Assert.Equal(29, column);
    }

    [Fact]
    public void ErrorPath_WellFormedText_IsNull() => Assert.Null(new JsonPositionMap(Json).ErrorPath);
}
