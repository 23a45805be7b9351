using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Cards.Organisations;

/// <summary>Who the user is to TeamsQuality: name, role, unit and channel, as the organisation has them.</summary>
public static class ProfileCard
{
    /// <param name="language">The user's language.</param>
    /// <param name="organisation">The user's organisation, if the tenant has one.</param>
    /// <param name="person">The user as the organisation knows them; null when they are not in it.</param>
    public static AdaptiveCard Build(UiLanguage language, Organisation? organisation, Person? person)
    {
        var t = Texts.For(language);
        var body = new List<CardElement>
        {
            new TextBlock(t.ProfileTitle) { Size = "large", Weight = "bolder", Style = "heading" },
        };

        if (organisation is null || person is null)
        {
            body.Add(new TextBlock(t.ProfileUnknown) { Color = "warning" });
        }
        else
        {
            var unit = person.UnitId is null ? null : organisation.FindUnit(person.UnitId);
            var facts = new List<Fact>
            {
                new(t.ProfileName, person.Name),
                new(t.ProfileRole, t.RoleName(person.Role)),
                new(t.ProfileUnit, unit?.Name ?? (person.Role.FollowsAllUnits() ? t.ProfileAllUnits : "–")),
            };
            if (unit?.Channel is { } channel)
            {
                facts.Add(new Fact(t.ProfileChannel, channel.ChannelName));
            }

            facts.Add(new Fact(t.ProfileOrganisation, organisation.Name));
            body.Add(new FactSet(facts));
        }

        return CardParts.BackToHelpCard(language, t, t.ProfileFallbackText, body);
    }
}
