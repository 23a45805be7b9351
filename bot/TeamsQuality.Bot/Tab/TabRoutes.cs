using TeamsQuality.Bot.Organisations;

namespace TeamsQuality.Bot.Tab;

/// <summary>Every feature's tab endpoints, each mapped by its feature's <c>…TabEndpoints.Map</c> into the signed-in group.</summary>
internal static class TabRoutes
{
    public static void Map(RouteGroupBuilder tab)
    {
        OrganisationTabEndpoints.Map(tab);
    }
}
