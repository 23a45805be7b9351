using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Domain.Tests;

/// <summary>
/// Who administers a tenant's organisation: the app role the customer's IT assigns (its value in the token's roles),
/// or, for the first setup, the operator's bootstrap list of object ids.
/// </summary>
public sealed class AdministrationTests
{
    private const string Johan = "0b3f1a52-7d0e-4d0a-9a51-000000000002";

    [Fact]
    public void The_app_role_in_the_token_makes_an_administrator()
    {
        Assert.True(Administration.May(Johan, ["Kvalitetsadministrator"], []));
        Assert.True(Administration.May(Johan, ["SomeOtherRole", Administration.AppRole], []));
    }

    [Fact]
    public void The_role_is_matched_by_its_value_exactly_not_by_its_display_name_or_another_case()
    {
        // The display name (with ö) is what people see in Entra; the token carries the value.
        Assert.False(Administration.May(Johan, ["Kvalitetsadministratör"], []));
        Assert.False(Administration.May(Johan, ["kvalitetsadministrator"], []));
        Assert.False(Administration.May(Johan, ["Kvalitetsadministrator "], []));
        Assert.False(Administration.May(Johan, ["Verksamhetsutvecklare", "Admin"], []));
    }

    [Fact]
    public void The_bootstrap_list_names_administrators_by_object_id_in_any_case_and_with_stray_spaces()
    {
        Assert.True(Administration.May(Johan, [], [Johan]));
        Assert.True(Administration.May(Johan, [], [" " + Johan.ToUpperInvariant() + " "]));
        Assert.True(Administration.May(Johan, [], ["someone-else", Johan]));
    }

    [Fact]
    public void Nobody_else_administers_not_even_someone_with_a_near_miss_of_an_id()
    {
        Assert.False(Administration.May(Johan, [], []));
        Assert.False(Administration.May(Johan, [], ["0b3f1a52-7d0e-4d0a-9a51-000000000001"]));
        Assert.False(Administration.May(Johan, [], [Johan[..^1]]));
        Assert.False(Administration.May(Johan, [], [string.Empty, "  "]));
    }
}
