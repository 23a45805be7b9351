using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Domain.Tests;

public sealed class OrganisationTests
{
    private static readonly TenantId Tenant = new("11111111-2222-3333-4444-555555555555");

    private static Organisation Sample() => new(
        Tenant,
        "Exempelby kommun",
        [
            new Unit("hemtjanst", "Hemtjänsten", "anna", new UnitChannel("team", "19:hemtjanst", "Hemtjänsten")),
            new Unit("ifo", "IFO Barn och unga", "karin", null),
        ],
        [
            new Person("anna", "Anna Berg", Role.Enhetschef, "hemtjanst"),
            new Person("erik", "Erik Lund", Role.Medarbetare, "hemtjanst"),
            new Person("karin", "Karin Holm", Role.Enhetschef, "ifo"),
            new Person("eva", "Eva Sundberg", Role.BitradandeSocialchef, null),
            new Person("johan", "Johan Ek", Role.Verksamhetsutvecklare, null),
        ]);

    [Fact]
    public void Staff_and_managers_see_their_own_unit_only()
    {
        var organisation = Sample();

        Assert.Equal(["Hemtjänsten"], organisation.UnitsVisibleTo(organisation.FindPerson("erik")!).Select(u => u.Name));
        Assert.Equal(["IFO Barn och unga"], organisation.UnitsVisibleTo(organisation.FindPerson("karin")!).Select(u => u.Name));
    }

    [Theory]
    [InlineData("eva")]
    [InlineData("johan")]
    public void The_deputy_director_and_quality_developers_see_every_unit(string personId)
    {
        var organisation = Sample();

        Assert.Equal(["Hemtjänsten", "IFO Barn och unga"], organisation.UnitsVisibleTo(organisation.FindPerson(personId)!).Select(u => u.Name));
    }

    [Fact]
    public void Only_the_units_own_manager_manages_it()
    {
        var organisation = Sample();
        var hemtjanst = organisation.FindUnit("hemtjanst")!;

        Assert.True(organisation.FindPerson("anna")!.Manages(hemtjanst));
        Assert.False(organisation.FindPerson("karin")!.Manages(hemtjanst));
        Assert.False(organisation.FindPerson("erik")!.Manages(hemtjanst));
        Assert.False(organisation.FindPerson("eva")!.Manages(hemtjanst));
    }

    [Fact]
    public void A_unit_is_found_by_its_Teams_channel()
    {
        Assert.Equal("hemtjanst", Sample().FindUnitByChannel("19:hemtjanst")?.Id);
        Assert.Null(Sample().FindUnitByChannel("19:okand"));
    }

    [Fact]
    public void Without_a_unit_named_the_one_in_context_is_chosen_if_allowed_else_the_only_one_else_the_person_chooses()
    {
        var organisation = Sample();
        var hemtjanst = organisation.FindUnit("hemtjanst")!;
        var ifo = organisation.FindUnit("ifo")!;

        Assert.Equal(ifo, Organisation.UnitInContext([hemtjanst, ifo], ifo));
        Assert.Equal(hemtjanst, Organisation.UnitInContext([hemtjanst], ifo));
        Assert.Equal(hemtjanst, Organisation.UnitInContext([hemtjanst], null));
        Assert.Null(Organisation.UnitInContext([hemtjanst, ifo], null));
        Assert.Null(Organisation.UnitInContext([], hemtjanst));
    }

    [Fact]
    public void A_person_of_a_unit_the_organisation_lacks_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new Organisation(Tenant, "X", [], [new Person("p", "Per", Role.Medarbetare, "finns-inte")]));

        Assert.Contains("finns-inte", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_manager_must_be_an_enhetschef()
    {
        Assert.Throws<ArgumentException>(() => new Organisation(
            Tenant, "X", [new Unit("u", "U", "erik", null)], [new Person("erik", "Erik", Role.Medarbetare, "u")]));
    }

    [Fact]
    public void People_are_found_by_Entra_object_id_whatever_its_case()
    {
        var organisation = new Organisation(Tenant, "X", [], [new Person("0B3F1A52-AAAA", "Eva", Role.BitradandeSocialchef, null)]);

        Assert.Equal("Eva", organisation.FindPerson("0b3f1a52-aaaa")?.Name);
    }

    [Fact]
    public void Tenant_ids_are_compared_without_regard_to_case_and_spaces()
    {
        Assert.Equal(new TenantId("ABCDEF00-1111"), new TenantId(" abcdef00-1111 "));
        Assert.Throws<ArgumentException>(() => new TenantId(" "));
    }
}
