using System.Text.Json.Nodes;
using TeamsQuality.Conformance.Tests.Infrastructure;
using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Conformance.Tests;

/// <summary>
/// infra/app-registration.json, the app registration the customer's IT applies (infra/app-registration.sh), has what
/// the app needs: the administrators' app role with the value the app reads, the scope Teams' single sign-on asks for
/// with Teams' own clients pre-authorized, the identifier URI the tab's token is checked against, and the Graph
/// permissions the app calls with. And main.bicep deploys the bot as any of the three registrations.
/// </summary>
public sealed class AppRegistrationConformanceTests
{
    /// <summary>Microsoft Graph's application id.</summary>
    private const string Graph = "00000003-0000-0000-c000-000000000000";

    /// <summary>The Teams clients that ask for the SSO token: desktop and mobile; web.</summary>
    private static readonly string[] TeamsClients = ["1fec8e78-bce4-4aaf-ab1b-5451cc387264", "5e3ce6c0-2b1f-4285-8d4b-75ee78787346"];

    /// <summary>Microsoft Graph's application permissions (app role ids) the app uses, and what for.</summary>
    private static readonly Dictionary<string, string> GraphApplicationPermissions = new()
    {
        ["df021288-bdef-4463-88db-98f22de89214"] = "User.Read.All",                                 // managers, titles, departments
        ["908de74d-f8b2-4d6b-a9ed-2a17b3b78179"] = "TeamsAppInstallation.ReadWriteSelfForUser.All", // install the app for a person
        ["a267235f-af13-44dc-8385-c1dc93023186"] = "TeamsActivity.Send",                            // the activity feed
    };

    private static readonly JsonObject Registration = (JsonObject)JsonNode.Parse(File.ReadAllText(Repo.PathOf("infra", "app-registration.json")))!;

    [Fact]
    public void The_administrators_app_role_has_the_value_the_app_reads_and_is_assigned_to_people()
    {
        var role = Assert.Single(Registration["appRoles"]!.AsArray(), r => r!["value"]!.GetValue<string>() == Administration.AppRole)!;

        Assert.Equal("Kvalitetsadministratör", role["displayName"]!.GetValue<string>());
        Assert.Equal(["User"], role["allowedMemberTypes"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.True(role["isEnabled"]!.GetValue<bool>());
        Assert.True(Guid.TryParse(role["id"]!.GetValue<string>(), out _));
    }

    [Fact]
    public void Teams_clients_are_pre_authorized_for_the_access_as_user_scope_under_api_domain_app_id()
    {
        var scope = Assert.Single(Registration["api"]!["oauth2PermissionScopes"]!.AsArray(), s => s!["value"]!.GetValue<string>() == "access_as_user")!;
        var scopeId = scope["id"]!.GetValue<string>();
        Assert.True(scope["isEnabled"]!.GetValue<bool>());

        var preAuthorized = Registration["api"]!["preAuthorizedApplications"]!.AsArray();
        foreach (var client in TeamsClients)
        {
            var entry = Assert.Single(preAuthorized, p => p!["appId"]!.GetValue<string>() == client)!;
            Assert.Contains(scopeId, entry["delegatedPermissionIds"]!.AsArray().Select(id => id!.GetValue<string>()));
        }

        Assert.Equal(["api://${BOT_DOMAIN}/${APP_ID}"], Registration["identifierUris"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal(2, Registration["api"]!["requestedAccessTokenVersion"]!.GetValue<int>());
    }

    [Fact]
    public void The_Graph_permissions_the_app_calls_with_are_asked_for_as_application_permissions_and_listed_in_the_README()
    {
        var graph = Assert.Single(Registration["requiredResourceAccess"]!.AsArray(), r => r!["resourceAppId"]!.GetValue<string>() == Graph)!;
        var roles = graph["resourceAccess"]!.AsArray().Where(a => a!["type"]!.GetValue<string>() == "Role").Select(a => a!["id"]!.GetValue<string>()).ToList();

        Assert.Equal(GraphApplicationPermissions.Keys.Order(), roles.Order());
        var readme = File.ReadAllText(Repo.PathOf("infra", "README.md"));
        Assert.All(GraphApplicationPermissions, p => Assert.Contains($"`{p.Value}`", readme, StringComparison.Ordinal));
    }

    [Fact]
    public void The_script_applies_this_description()
    {
        var script = File.ReadAllText(Repo.PathOf("infra", "app-registration.sh"));

        Assert.Contains("app-registration.json", script, StringComparison.Ordinal);
        // It puts the domain and the new app's id into the identifier URI's placeholders.
        Assert.Contains("BOT_DOMAIN\\}/$domain", script, StringComparison.Ordinal);
        Assert.Contains("APP_ID\\}/$appId", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bot_is_deployed_as_a_managed_identity_a_single_tenant_or_a_multi_tenant_registration()
    {
        Repo.RequireBicep();
        var run = await ExternalProcess.RunAsync(Repo.PathOf("tools", "bicep"), ["build", Repo.PathOf("infra", "main.bicep"), "--stdout"], timeout: TimeSpan.FromMinutes(3));
        Assert.True(run.ExitCode == 0, run.ToString());
        var template = (JsonObject)JsonNode.Parse(run.StdOut)!;

        var registration = template["parameters"]!["botRegistration"]!;
        Assert.Equal(["UserAssignedMSI", "SingleTenant", "MultiTenant"], registration["allowedValues"]!.AsArray().Select(v => v!.GetValue<string>()));
        var bot = template["resources"]!["bot"]!["properties"]!;
        Assert.Equal("[parameters('botRegistration')]", bot["msaAppType"]!.GetValue<string>());
        Assert.Contains("botTenantId", bot["msaAppTenantId"]!.GetValue<string>(), StringComparison.Ordinal);
        var settings = template["resources"]!["appSettings"]!["properties"]!.GetValue<string>();
        Assert.Contains("'Bot__TenantId', variables('botTenantId')", settings, StringComparison.Ordinal);
        Assert.Contains("variables('enabledTenantAppSettings')", settings, StringComparison.Ordinal);
        Assert.Contains("variables('administratorAppSettings')", settings, StringComparison.Ordinal);
        Assert.Contains("Tenants__{0}__Enabled", template["variables"]!["enabledTenantAppSettings"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Tenants__{0}__Administrators__{1}", template["variables"]!["administratorAppSettings"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
