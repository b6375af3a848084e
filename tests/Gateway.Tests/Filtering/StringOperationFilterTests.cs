using Gateway.Cobrowse;
using Gateway.Common.Errors;
using Gateway.Filtering;

namespace Gateway.Tests.Filtering;

public sealed class StringOperationFilterTests
{
    private static readonly string?[] Values = ["sharer", "Sharer", "viewer", "sharer-2", "", null];

    private static List<string?> Matching(StringOperationFilterInput input)
    {
        var matches = StringOperationFilter.Compile(input, "where.type");
        return Values.Where(matches).ToList();
    }

    [Fact]
    public void Compile_EmptyInput_MatchesEverything()
        => Assert.Equal(Values, Matching(new StringOperationFilterInput()));

    [Fact]
    public void Compile_Eq_MatchesOrdinallyAndCaseSensitively()
        => Assert.Equal(["sharer"], Matching(new() { Eq = new("sharer") }));

    [Fact]
    public void Compile_EqNull_MatchesOnlyMissingValues()
        => Assert.Equal([null], Matching(new() { Eq = new(null) }));

    [Fact]
    public void Compile_Neq_MatchesEverythingElseIncludingMissing()
        => Assert.Equal(["Sharer", "viewer", "sharer-2", "", null], Matching(new() { Neq = new("sharer") }));

    [Fact]
    public void Compile_NeqNull_MatchesOnlyPresentValues()
        => Assert.Equal(["sharer", "Sharer", "viewer", "sharer-2", ""], Matching(new() { Neq = new(null) }));

    [Fact]
    public void Compile_Contains_NeverMatchesMissingValues()
        => Assert.Equal(["sharer", "Sharer", "sharer-2"], Matching(new() { Contains = new("har") }));

    [Fact]
    public void Compile_Contains_IsCaseSensitive()
        => Assert.Equal(["Sharer"], Matching(new() { Contains = new("Sha") }));

    [Fact]
    public void Compile_ContainsEmptyString_MatchesEveryPresentValue()
        => Assert.Equal(["sharer", "Sharer", "viewer", "sharer-2", ""], Matching(new() { Contains = new("") }));

    [Fact]
    public void Compile_Ncontains_AlwaysMatchesMissingValues()
        => Assert.Equal(["Sharer", "viewer", "", null], Matching(new() { Ncontains = new("sharer") }));

    [Fact]
    public void Compile_In_MatchesListedValues()
        => Assert.Equal(["sharer", "viewer"], Matching(new() { In = new(["viewer", "sharer", "nobody"]) }));

    [Fact]
    public void Compile_InWithNullItem_MatchesMissingValues()
        => Assert.Equal(["viewer", null], Matching(new() { In = new(["viewer", null]) }));

    [Fact]
    public void Compile_InEmptyList_MatchesNothing()
        => Assert.Empty(Matching(new() { In = new([]) }));

    [Fact]
    public void Compile_Nin_MatchesUnlistedValuesIncludingMissing()
        => Assert.Equal(["Sharer", "sharer-2", "", null], Matching(new() { Nin = new(["sharer", "viewer"]) }));

    [Fact]
    public void Compile_NinWithNullItem_ExcludesMissingValues()
        => Assert.Equal(["sharer", "Sharer", "sharer-2", ""], Matching(new() { Nin = new(["viewer", null]) }));

    [Fact]
    public void Compile_StartsWith_IsCaseSensitiveAndSkipsMissing()
        => Assert.Equal(["sharer", "sharer-2"], Matching(new() { StartsWith = new("sha") }));

    [Fact]
    public void Compile_NstartsWith_KeepsMissingValues()
        => Assert.Equal(["Sharer", "viewer", "", null], Matching(new() { NstartsWith = new("sha") }));

    [Fact]
    public void Compile_EndsWith_SkipsMissingValues()
        => Assert.Equal(["sharer", "Sharer", "viewer"], Matching(new() { EndsWith = new("er") }));

    [Fact]
    public void Compile_NendsWith_KeepsMissingValues()
        => Assert.Equal(["sharer-2", "", null], Matching(new() { NendsWith = new("er") }));

    [Fact]
    public void Compile_SeveralOperations_AllMustHold()
        => Assert.Equal(["sharer-2"], Matching(new() { StartsWith = new("sha"), Neq = new("sharer") }));

    [Fact]
    public void Compile_And_AllNestedMustHold()
        => Assert.Equal(["sharer-2"], Matching(new() { And = [new() { Contains = new("har") }, new() { EndsWith = new("2") }] }));

    [Fact]
    public void Compile_Or_AnyNestedMayHold()
        => Assert.Equal(["Sharer", "viewer", null], Matching(new() { Or = [new() { Eq = new("viewer") }, new() { Eq = new("Sharer") }, new() { Eq = new(null) }] }));

    [Fact]
    public void Compile_OrNestedInAnd_CombinesBoth()
    {
        var input = new StringOperationFilterInput
        {
            And =
            [
                new() { Or = [new() { StartsWith = new("s") }, new() { StartsWith = new("v") }] },
                new() { Nin = new(["sharer"]) },
            ],
        };

        Assert.Equal(["viewer", "sharer-2"], Matching(input));
    }

    [Fact]
    public void Compile_EmptyAndOr_AddNoCondition()
        => Assert.Equal(Values, Matching(new() { And = [], Or = [] }));

    [Theory]
    [InlineData("contains")]
    [InlineData("ncontains")]
    [InlineData("startsWith")]
    [InlineData("nstartsWith")]
    [InlineData("endsWith")]
    [InlineData("nendsWith")]
    [InlineData("in")]
    [InlineData("nin")]
    public void Compile_NullForOperationThatNeedsAValue_IsBadUserInput(string operation)
    {
        var input = operation switch
        {
            "contains" => new StringOperationFilterInput { Contains = new(null) },
            "ncontains" => new StringOperationFilterInput { Ncontains = new(null) },
            "startsWith" => new StringOperationFilterInput { StartsWith = new(null) },
            "nstartsWith" => new StringOperationFilterInput { NstartsWith = new(null) },
            "endsWith" => new StringOperationFilterInput { EndsWith = new(null) },
            "nendsWith" => new StringOperationFilterInput { NendsWith = new(null) },
            "in" => new StringOperationFilterInput { In = new(null) },
            _ => new StringOperationFilterInput { Nin = new(null) },
        };

        var error = Assert.Throws<BadUserInputError>(() => StringOperationFilter.Compile(input, "where.type"));

        Assert.Equal(GatewayErrorCodes.BadUserInput, error.Code);
        Assert.Contains($"'where.type.{operation}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_NullInsideNestedOr_NamesTheNestedPath()
    {
        var input = new StringOperationFilterInput { Or = [new() { Eq = new("x") }, new() { Contains = new(null) }] };

        var error = Assert.Throws<BadUserInputError>(() => StringOperationFilter.Compile(input, "where.type"));

        Assert.Contains("'where.type.or[1].contains'", error.Message, StringComparison.Ordinal);
    }
}
