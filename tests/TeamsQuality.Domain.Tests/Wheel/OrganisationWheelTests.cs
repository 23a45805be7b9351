using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.Tests.Wheel;

public sealed class OrganisationWheelTests
{
    [Theory]
    [InlineData(Role.Verksamhetsutvecklare, true)]
    [InlineData(Role.BitradandeSocialchef, false)]
    [InlineData(Role.Socialchef, false)]
    [InlineData(Role.Enhetschef, false)]
    [InlineData(Role.Medarbetare, false)]
    public void Only_a_quality_developer_chooses_next_years_template(Role role, bool may) =>
        Assert.Equal(may, OrganisationWheel.CanChooseTemplate(new Person("p", "Namn", role, null)));

    [Fact]
    public void An_organisation_without_a_wheel_follows_Vetlanda_from_the_wheel_year_of_the_day()
    {
        // In November 2026 the Tryggve wheel year is 2027.
        var wheel = OrganisationWheel.Default(new DateOnly(2026, 11, 23));

        Assert.Equal(2027, wheel.YearOf(new DateOnly(2026, 11, 23)));
        Assert.Equal(WheelTemplates.Vetlanda.Id, wheel.For(2027).TemplateId);
        Assert.Equal(2027, Assert.Single(wheel.Versions).FromYear);
    }
}
