#if PLAYGROUND
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Playground;
using static TeamsQuality.Bot.Demo.DemoOrganisation;

namespace TeamsQuality.Bot.Demo;

/// <summary>
/// Sjöbacka as Teams and Entra know it, for the playground's roster and Graph stand-ins: the people of the demo
/// organisation with their e-mail, job title, department and manager, the director (in Entra, not yet in the
/// organisation) and a new member of staff; and the team where the units' channels are.
/// </summary>
public static class DemoDirectory
{
    public const string IngridDahl = "0b3f1a52-7d0e-4d0a-9a51-000000000003";
    public const string NilsStrom = "0b3f1a52-7d0e-4d0a-9a51-000000000014";
    public const string GeneralChannelId = DemoTeamId;

    public static StandInDirectory Create()
    {
        const string Department = "Socialförvaltningen";
        DirectoryPerson[] people =
        [
            new(IngridDahl, "Ingrid Dahl", "ingrid.dahl@sjobacka.se", "Socialchef", Department, null),
            new(People.EvaSundberg, "Eva Sundberg", "eva.sundberg@sjobacka.se", "Biträdande socialchef", Department, IngridDahl),
            new(People.JohanEk, "Johan Ek", "johan.ek@sjobacka.se", "Verksamhetsutvecklare", Department, People.EvaSundberg),
            new(People.AnnaBerg, "Anna Berg", "anna.berg@sjobacka.se", "Enhetschef", "Hemtjänst Norra", People.EvaSundberg),
            new(People.ErikLund, "Erik Lund", "erik.lund@sjobacka.se", "Undersköterska", "Hemtjänst Norra", People.AnnaBerg),
            new(People.FatimaHassan, "Fatima Hassan", "fatima.hassan@sjobacka.se", "Undersköterska", "Hemtjänst Norra", People.AnnaBerg),
            new(NilsStrom, "Nils Ström", "nils.strom@sjobacka.se", "Vårdbiträde", "Hemtjänst Norra", People.AnnaBerg),
            new(People.KarinHolm, "Karin Holm", "karin.holm@sjobacka.se", "Enhetschef", "Barn och unga", People.EvaSundberg),
            new(People.OskarNilsson, "Oskar Nilsson", "oskar.nilsson@sjobacka.se", "Socialsekreterare", "Barn och unga", People.KarinHolm),
            new(People.LinaSvensson, "Lina Svensson", "lina.svensson@sjobacka.se", "Socialsekreterare", "Barn och unga", People.KarinHolm),
            new(People.MatsJansson, "Mats Jansson", "mats.jansson@sjobacka.se", "Enhetschef", "LSS-boendet Ekbacken", People.EvaSundberg),
            new(People.SaraAhmadi, "Sara Ahmadi", "sara.ahmadi@sjobacka.se", "Boendestödjare", "LSS-boendet Ekbacken", People.MatsJansson),
        ];

        var team = new DirectoryTeam(
            DemoTeamId,
            Name,
            [
                new DirectoryChannel(GeneralChannelId, "General"),
                new DirectoryChannel("19:hemtjanst-norra@thread.tacv2", "Hemtjänst Norra"),
                new DirectoryChannel("19:barn-och-unga@thread.tacv2", "Barn och unga"),
                new DirectoryChannel("19:lss-ekbacken@thread.tacv2", "LSS Ekbacken"),
                new DirectoryChannel(ManagerGroupChannelId, "Chefsgruppen"),
            ],
            people.Select(p => p.Id).ToList(),
            [People.JohanEk, People.EvaSundberg]);

        // Sjöbacka's IT assigned the app role Kvalitetsadministratör to its quality developer.
        return new StandInDirectory(Tenant, people, [team])
        {
            AppRoles = new Dictionary<string, IReadOnlyList<string>> { [People.JohanEk] = [Administration.AppRole] },
        };
    }
}
#endif
