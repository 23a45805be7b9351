using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Domain.Tests;

/// <summary>The one free-text rule every feature uses: required, at most 4000 characters, no personnummer.</summary>
public sealed class FreeTextTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Empty_text_is_refused_where_it_is_required_and_allowed_where_it_is_not(string? text)
    {
        Assert.Equal([new Refusal(RefusalReason.Required, Field.Contribution)], FreeText.Check(text, Field.Contribution));
        Assert.Empty(FreeText.Check(text, Field.ImmediateMeasures, required: false));
    }

    [Fact]
    public void Text_over_4000_characters_is_refused_but_4000_with_spaces_around_is_kept()
    {
        Assert.Equal([new Refusal(RefusalReason.TooLong, Field.Summary)], FreeText.Check(new string('a', 4001), Field.Summary));
        Assert.Equal(new string('a', 4000), FreeText.Clean("  " + new string('a', 4000) + "  ", Field.Summary));
    }

    [Fact]
    public void A_personnummer_is_refused_and_the_refusal_names_the_field()
    {
        var refused = Assert.Throws<RuleException>(() => FreeText.Clean("Brukaren 19121212-1212 föll", Field.WhatHappened));
        Assert.Equal([new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.WhatHappened)], refused.Refusals);
    }
}
