using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Bot.Demo;

/// <summary>
/// A fictional municipality's social services administration for local use and tests: Sjöbacka kommun, with three
/// units (each with its Teams channel), a deputy director, a quality developer, unit managers and staff; the manager
/// group (the unit managers with the deputy director) has its channel "Chefsgruppen" in the same team.
/// </summary>
public static class DemoOrganisation
{
    /// <summary>The demo tenant (a made-up Entra tenant id).</summary>
    public static TenantId Tenant { get; } = new("5e0a7c2b-51b0-4c1e-9d5c-5a0bacc0de01");

    public const string Name = "Sjöbacka kommun, socialförvaltningen";

    public const string DemoTeamId = "19:sjobacka-socialforvaltningen@thread.tacv2";

    /// <summary>The channel of the manager group (chefsgruppen) in Sjöbacka's team, where its stops are held.</summary>
    public const string ManagerGroupChannelId = "19:chefsgruppen@thread.tacv2";

    public static class People
    {
        public const string EvaSundberg = "0b3f1a52-7d0e-4d0a-9a51-000000000001";
        public const string JohanEk = "0b3f1a52-7d0e-4d0a-9a51-000000000002";
        public const string AnnaBerg = "0b3f1a52-7d0e-4d0a-9a51-000000000011";
        public const string ErikLund = "0b3f1a52-7d0e-4d0a-9a51-000000000012";
        public const string FatimaHassan = "0b3f1a52-7d0e-4d0a-9a51-000000000013";
        public const string KarinHolm = "0b3f1a52-7d0e-4d0a-9a51-000000000021";
        public const string OskarNilsson = "0b3f1a52-7d0e-4d0a-9a51-000000000022";
        public const string LinaSvensson = "0b3f1a52-7d0e-4d0a-9a51-000000000023";
        public const string MatsJansson = "0b3f1a52-7d0e-4d0a-9a51-000000000031";
        public const string SaraAhmadi = "0b3f1a52-7d0e-4d0a-9a51-000000000032";
    }

    public static class Units
    {
        public const string HemtjanstNorra = "hemtjanst-norra";
        public const string BarnOchUnga = "barn-och-unga";
        public const string Ekbacken = "lss-ekbacken";
    }

    public static Organisation Create() => new(
        Tenant,
        Name,
        [
            new Unit(Units.HemtjanstNorra, "Hemtjänst Norra", People.AnnaBerg,
                new UnitChannel(DemoTeamId, "19:hemtjanst-norra@thread.tacv2", "Hemtjänst Norra")),
            new Unit(Units.BarnOchUnga, "Barn och unga (IFO)", People.KarinHolm,
                new UnitChannel(DemoTeamId, "19:barn-och-unga@thread.tacv2", "Barn och unga")),
            new Unit(Units.Ekbacken, "LSS-boendet Ekbacken", People.MatsJansson,
                new UnitChannel(DemoTeamId, "19:lss-ekbacken@thread.tacv2", "LSS Ekbacken")),
        ],
        [
            new Person(People.EvaSundberg, "Eva Sundberg", Role.BitradandeSocialchef, null),
            new Person(People.JohanEk, "Johan Ek", Role.Verksamhetsutvecklare, null),
            new Person(People.AnnaBerg, "Anna Berg", Role.Enhetschef, Units.HemtjanstNorra),
            new Person(People.ErikLund, "Erik Lund", Role.Medarbetare, Units.HemtjanstNorra),
            new Person(People.FatimaHassan, "Fatima Hassan", Role.Medarbetare, Units.HemtjanstNorra),
            new Person(People.KarinHolm, "Karin Holm", Role.Enhetschef, Units.BarnOchUnga),
            new Person(People.OskarNilsson, "Oskar Nilsson", Role.Medarbetare, Units.BarnOchUnga),
            new Person(People.LinaSvensson, "Lina Svensson", Role.Medarbetare, Units.BarnOchUnga),
            new Person(People.MatsJansson, "Mats Jansson", Role.Enhetschef, Units.Ekbacken),
            new Person(People.SaraAhmadi, "Sara Ahmadi", Role.Medarbetare, Units.Ekbacken),
        ],
        new UnitChannel(DemoTeamId, ManagerGroupChannelId, "Chefsgruppen"));
}
