using Gateway.Cobrowse;
using Gateway.Common.Errors;
using Gateway.Filtering;

namespace Gateway.Tests.Filtering;

public sealed class DateTimeOperationFilterTests
{
    private static readonly DateTimeOffset T1 = new(2024, 5, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset T2 = new(2024, 5, 1, 11, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset T3 = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset?[] Values = [T1, T2, T3, null];

    private static List<DateTimeOffset?> Matching(DateTimeOperationFilterInput input)
    {
        var matches = DateTimeOperationFilter.Compile(input, "where.startTime");
        return Values.Where(matches).ToList();
    }

    [Fact]
    public void Compile_EmptyInput_MatchesEverything()
        => Assert.Equal(Values, Matching(new DateTimeOperationFilterInput()));

    [Fact]
    public void Compile_Eq_ComparesInstantsWhateverTheOffset()
        => Assert.Equal([T2], Matching(new() { Eq = new(T2.ToOffset(TimeSpan.FromHours(2))) }));

    [Fact]
    public void Compile_EqNull_MatchesOnlyMissingValues()
        => Assert.Equal([null], Matching(new() { Eq = new(null) }));

    [Fact]
    public void Compile_Neq_KeepsMissingValues()
        => Assert.Equal([T1, T3, null], Matching(new() { Neq = new(T2) }));

    [Fact]
    public void Compile_NeqNull_MatchesOnlyPresentValues()
        => Assert.Equal([T1, T2, T3], Matching(new() { Neq = new(null) }));

    [Fact]
    public void Compile_In_MatchesListedInstants()
        => Assert.Equal([T1, T3], Matching(new() { In = new([T3, T1]) }));

    [Fact]
    public void Compile_InWithNullItem_MatchesMissingValues()
        => Assert.Equal([T1, null], Matching(new() { In = new([T1, null]) }));

    [Fact]
    public void Compile_Nin_KeepsMissingValues()
        => Assert.Equal([T2, null], Matching(new() { Nin = new([T1, T3]) }));

    [Fact]
    public void Compile_Gt_IsStrictAndSkipsMissing()
        => Assert.Equal([T3], Matching(new() { Gt = new(T2) }));

    [Fact]
    public void Compile_Ngt_KeepsMissingValues()
        => Assert.Equal([T1, T2, null], Matching(new() { Ngt = new(T2) }));

    [Fact]
    public void Compile_Gte_IncludesTheBound()
        => Assert.Equal([T2, T3], Matching(new() { Gte = new(T2) }));

    [Fact]
    public void Compile_Ngte_KeepsMissingValues()
        => Assert.Equal([T1, null], Matching(new() { Ngte = new(T2) }));

    [Fact]
    public void Compile_Lt_IsStrictAndSkipsMissing()
        => Assert.Equal([T1], Matching(new() { Lt = new(T2) }));

    [Fact]
    public void Compile_Nlt_KeepsMissingValues()
        => Assert.Equal([T2, T3, null], Matching(new() { Nlt = new(T2) }));

    [Fact]
    public void Compile_Lte_IncludesTheBound()
        => Assert.Equal([T1, T2], Matching(new() { Lte = new(T2) }));

    [Fact]
    public void Compile_Nlte_KeepsMissingValues()
        => Assert.Equal([T3, null], Matching(new() { Nlte = new(T2) }));

    [Fact]
    public void Compile_GteAndLte_FormARange()
        => Assert.Equal([T1, T2], Matching(new() { Gte = new(T1), Lte = new(T2) }));

    [Theory]
    [InlineData("gt")]
    [InlineData("ngt")]
    [InlineData("gte")]
    [InlineData("ngte")]
    [InlineData("lt")]
    [InlineData("nlt")]
    [InlineData("lte")]
    [InlineData("nlte")]
    [InlineData("in")]
    [InlineData("nin")]
    public void Compile_NullForOperationThatNeedsAValue_IsBadUserInput(string operation)
    {
        var input = operation switch
        {
            "gt" => new DateTimeOperationFilterInput { Gt = new(null) },
            "ngt" => new DateTimeOperationFilterInput { Ngt = new(null) },
            "gte" => new DateTimeOperationFilterInput { Gte = new(null) },
            "ngte" => new DateTimeOperationFilterInput { Ngte = new(null) },
            "lt" => new DateTimeOperationFilterInput { Lt = new(null) },
            "nlt" => new DateTimeOperationFilterInput { Nlt = new(null) },
            "lte" => new DateTimeOperationFilterInput { Lte = new(null) },
            "nlte" => new DateTimeOperationFilterInput { Nlte = new(null) },
            "in" => new DateTimeOperationFilterInput { In = new(null) },
            _ => new DateTimeOperationFilterInput { Nin = new(null) },
        };

        var error = Assert.Throws<BadUserInputError>(() => DateTimeOperationFilter.Compile(input, "where.startTime"));

        Assert.Equal(GatewayErrorCodes.BadUserInput, error.Code);
        Assert.Contains($"'where.startTime.{operation}'", error.Message, StringComparison.Ordinal);
    }
}
