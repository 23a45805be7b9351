// TeamsQuality: the Azure resources the Teams bot runs on, in one resource group.
//
//   user-assigned managed identity  the bot's identity (Azure Bot msaAppType UserAssignedMSI) and the app's identity
//                                   towards Table storage; no secrets anywhere
//   storage account                 Table storage for the app's data, Entra ID only (shared keys disabled)
//   App Service plan + Web App      Linux, .NET 10, hosts /api/messages
//   Azure Bot + Teams channel       routes Teams traffic to the web app; the bot is the managed identity
//                                   (UserAssignedMSI, one tenant) or an app registration the customer's IT made from
//                                   infra/app-registration.json (SingleTenant, or MultiTenant for several organisations)
//   Log Analytics + App Insights    logs and telemetry
//   PostgreSQL flexible server      with hangfireStorage=PostgreSql: Hangfire's job storage shared by the instances,
//                                   Entra authentication only, the managed identity its Entra administrator
//
// Deploy: az deployment group create -g <rg> -f infra/main.bicep -p infra/main.bicepparam (see infra/README.md).

targetScope = 'resourceGroup'

@description('Azure region for all regional resources. The Azure Bot itself is always global.')
param location string = resourceGroup().location

@description('Short prefix for resource names, lower case letters, digits and hyphens, e.g. "tq-prod". Globally unique names (web app, bot, storage) get a suffix derived from the resource group.')
@minLength(2)
@maxLength(16)
param namePrefix string = 'teamsquality'

@description('Tags put on every resource.')
param tags { *: string } = {
  application: 'TeamsQuality'
}

@description('App Service plan SKU. Basic or higher is needed for Always On.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
])
param appServicePlanSku string = 'B1'

@description('Number of web app instances. More than 1 needs hangfireStorage PostgreSql (with InMemory every instance would run its own jobs) and a downloadSigningKey.')
@minValue(1)
@maxValue(10)
param appServicePlanInstances int = 1

@description('Storage account redundancy.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_LRS'

@description('Azure Bot pricing tier. Teams is a standard channel, so F0 is enough for it.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Display name of the Azure Bot resource.')
param botDisplayName string = 'TeamsQuality'

@description('How the bot is registered (the Azure Bot\'s msaAppType). UserAssignedMSI: the managed identity below is the bot, for the one tenant this is deployed in; no secret. SingleTenant: an app registration in this tenant (botAppId, botAppSecret). MultiTenant: an app registration that several organisations\' Teams may use (botAppId, botAppSecret); each organisation is then enabled in enabledTenantIds.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
  'MultiTenant'
])
param botRegistration string = 'UserAssignedMSI'

@description('The app registration\'s application (client) id, for SingleTenant and MultiTenant (made from infra/app-registration.json); ignored for UserAssignedMSI.')
param botAppId string = ''

@description('A client secret of that app registration (stored as the app setting Bot__AppSecret), for SingleTenant and MultiTenant; ignored for UserAssignedMSI.')
@secure()
param botAppSecret string = ''

@description('The app registration of the tab\'s single sign-on and the app role (infra/app-registration.json), when the bot is a managed identity (UserAssignedMSI), which cannot expose an API: app setting Tab__AppId. Empty: the bot\'s app id.')
param tabAppId string = ''

@description('The Entra tenants the app serves (Tenants__<id>__Enabled=true). The tenant of a UserAssignedMSI or SingleTenant registration is served without being listed; with MultiTenant list every organisation, your own too. A tenant not listed is told that TeamsQuality is not enabled and nothing of it is stored.')
param enabledTenantIds string[] = []

@description('The first administrators per tenant, before the customer\'s IT has assigned the app role Kvalitetsadministrator: { \'<tenantId>\': [ \'<Entra object id>\', … ] } (Tenants__<id>__Administrators__<n>).')
param tenantAdministrators { *: string[] } = {}

@description('Further per-tenant settings as app settings, e.g. { \'Tenants__<id>__WorkdayStarts\': \'07:00\', \'Tenants__<id>__WheelTemplate\': \'nordmaling-huset\' } (see the README\'s Tenants table).')
param tenantSettings { *: string } = {}

@description('Public base URL of the app, without a trailing slash, when a custom domain is used (e.g. https://teamsquality.kommun.se). Empty: https://<the web app\'s default host name>.')
param publicBaseUrl string = ''

@description('Hangfire job storage: InMemory (one instance, jobs are lost on restart) or PostgreSql (shared by several instances: an Azure Database for PostgreSQL flexible server is deployed, unless hangfirePostgreSqlConnectionString names an existing one).')
@allowed([
  'InMemory'
  'PostgreSql'
])
param hangfireStorage string = 'InMemory'

@description('Npgsql connection string of an existing PostgreSQL for Hangfire when hangfireStorage is PostgreSql (no server is deployed then); ignored otherwise. Stored as the app setting ConnectionStrings__Hangfire. Empty: the deployed flexible server, signed in to with the managed identity (no password).')
@secure()
param hangfirePostgreSqlConnectionString string = ''

@description('SKU of the PostgreSQL flexible server (hangfireStorage PostgreSql): the job storage is small and quiet, Burstable B1ms suffices.')
param postgresSkuName string = 'Standard_B1ms'

@description('Tier of that SKU.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@description('PostgreSQL major version of the flexible server.')
@allowed([
  '16'
  '17'
])
param postgresVersion string = '16'

@description('The key (base64, at least 32 bytes) that signs the short-lived download links of the quality report and the IVO package (app setting Downloads__SigningKey). Needed when appServicePlanInstances > 1: every instance must accept the links another made; empty gives each process a random key.')
@secure()
param downloadSigningKey string = ''

@description('Microsoft Graph address with its version (a national cloud has its own).')
param graphBaseUrl string = 'https://graph.microsoft.com/v1.0'

@description('The app\'s id in the tenant\'s Teams app catalog, shown in the Teams admin center after the package is uploaded (Manage apps → the app → App ID). Needed to install the app for someone who never opened it; empty: they are reached only once they open it. App setting Graph__TeamsAppCatalogId.')
param teamsAppCatalogId string = ''

@description('Whether a 1:1 notice that asks the person to act also puts a neutral line in their Teams activity feed (Microsoft Graph, TeamsActivity.Send). App setting Outbox__ActivityFeed.')
param activityFeed bool = false

@description('Days that Log Analytics keeps logs. Logs can hold personal data: keep this as short as the administration\'s rules allow.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

// Built-in role "Storage Table Data Contributor".
var storageTableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

var suffix = take(uniqueString(resourceGroup().id, namePrefix), 6)
var identityName = 'id-${namePrefix}'
var logAnalyticsName = 'log-${namePrefix}'
var appInsightsName = 'appi-${namePrefix}'
var planName = 'asp-${namePrefix}'
var webAppName = 'app-${namePrefix}-${suffix}'
var botName = 'bot-${namePrefix}-${suffix}'
var postgresName = 'psql-${namePrefix}-${suffix}'
var postgresDatabaseName = 'teamsquality'
var storageName = take('st${toLower(replace(namePrefix, '-', ''))}${uniqueString(resourceGroup().id, namePrefix)}', 24)

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: identityName
  location: location
  tags: tags
}

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2025-07-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
    IngestionMode: 'LogAnalytics'
    RetentionInDays: logRetentionInDays
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: storageName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: storageSku
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
  }
}

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageTableDataContributorRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      storageTableDataContributorRoleId
    )
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    description: 'TeamsQuality web app reads and writes its tables'
  }
}

// Hangfire's job storage shared by the instances: Entra sign-in only (no password exists), the app's managed identity
// is its Entra administrator (Hangfire creates its schema on first start). Reached over the public endpoint from Azure
// services only (the storage account is public with Entra ID too); the app signs in with a token, TLS required.
var deployPostgres = hangfireStorage == 'PostgreSql' && empty(hangfirePostgreSqlConnectionString)

// A module: the Entra administrator is named by the identity's object id, known only once the identity exists.
module postgres 'postgres.bicep' = if (deployPostgres) {
  name: 'postgres'
  params: {
    name: postgresName
    location: location
    tags: tags
    skuName: postgresSkuName
    skuTier: postgresSkuTier
    version: postgresVersion
    databaseName: postgresDatabaseName
    administratorObjectId: identity.properties.principalId
    administratorName: identity.name
  }
}

// No password: the app gets an Entra token for the managed identity (AZURE_CLIENT_ID) as it connects.
var deployedPostgresConnectionString = deployPostgres
  ? 'Host=${postgres!.outputs.hostName};Database=${postgresDatabaseName};Username=${identity.name};Ssl Mode=Require'
  : ''

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServicePlanSku
    capacity: appServicePlanInstances
  }
  properties: {
    reserved: true // Linux
  }
}

resource webApp 'Microsoft.Web/sites@2025-03-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
      use32BitWorkerProcess: false
      // Liveness, not readiness (/healthz): App Service replaces an instance that fails this, and a new instance
      // does not bring table storage back; /healthz reports storage for monitoring and alerts.
      healthCheckPath: '/healthz/live'
    }
  }
}

// No basic-auth (user name and password) publishing: deploy with Entra ID (az webapp deploy).
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: webApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: webApp
  name: 'scm'
  properties: {
    allow: false
  }
}

var trimmedBaseUrl = endsWith(publicBaseUrl, '/')
  ? take(publicBaseUrl, max(length(publicBaseUrl) - 1, 0))
  : publicBaseUrl
var baseUrl = empty(trimmedBaseUrl) ? 'https://${webApp.properties.defaultHostName}' : trimmedBaseUrl

var usesIdentity = botRegistration == 'UserAssignedMSI'
var appId = usesIdentity ? identity.properties.clientId : botAppId
// A multi-tenant bot has no home tenant for the Bot Service or its outbound tokens (they come from botframework.com).
var botTenantId = botRegistration == 'MultiTenant' ? '' : tenant().tenantId

// The tenants served and their first administrators, as the app reads them (Tenants:<id>:…).
var enabledTenantAppSettings = toObject(enabledTenantIds, id => 'Tenants__${id}__Enabled', id => 'true')
var administratorAppSettings = toObject(
  flatten(map(items(tenantAdministrators), t => map(range(0, length(t.value)), i => {
    name: 'Tenants__${t.key}__Administrators__${i}'
    value: t.value[i]
  }))),
  s => s.name,
  s => s.value
)

var commonAppSettings = union({
  Bot__AppId: appId
  Bot__TenantId: botTenantId
  Tab__AppId: tabAppId
  Bot__ManagedIdentityClientId: usesIdentity ? identity.properties.clientId : ''
  AZURE_CLIENT_ID: identity.properties.clientId
  Storage__AccountUrl: storage.properties.primaryEndpoints.table
  App__PublicBaseUrl: baseUrl
  Playground__Enabled: 'false'
  Demo__Seed: 'false'
  Hangfire__Storage: hangfireStorage
  Graph__BaseUrl: graphBaseUrl
  Graph__TeamsAppCatalogId: teamsAppCatalogId
  Outbox__ActivityFeed: string(activityFeed)
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
}, deployPostgres ? { ConnectionStrings__Hangfire: deployedPostgresConnectionString } : {}, enabledTenantAppSettings, administratorAppSettings, tenantSettings)

var secretAppSettings = union(
  usesIdentity ? {} : { Bot__AppSecret: botAppSecret },
  hangfireStorage == 'PostgreSql' && !deployPostgres ? { ConnectionStrings__Hangfire: hangfirePostgreSqlConnectionString } : {},
  empty(downloadSigningKey) ? {} : { Downloads__SigningKey: downloadSigningKey }
)

// Set apart from the site so that the settings can use the site's own host name.
resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: webApp
  name: 'appsettings'
  properties: union(commonAppSettings, secretAppSettings)
}

resource webAppDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: logAnalytics.id
    logs: [
      {
        categoryGroup: 'allLogs' // HTTP, console, application and platform logs
        enabled: true
      }
    ]
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: '${baseUrl}/api/messages'
    msaAppType: botRegistration
    msaAppId: appId
    msaAppTenantId: empty(botTenantId) ? null : botTenantId
    msaAppMSIResourceId: usesIdentity ? identity.id : null
    developerAppInsightsApplicationId: appInsights.properties.AppId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
      acceptedTerms: true
    }
  }
}

@description('Default host name of the web app (BOT_DOMAIN for manifest/build.sh unless a custom domain is used).')
output webAppHostName string = webApp.properties.defaultHostName

@description('Name of the web app, for az webapp deploy.')
output webAppName string = webApp.name

@description('Public base URL the bot and its links use.')
output publicBaseUrl string = baseUrl

@description('The bot\'s Microsoft app id: the managed identity\'s client id, or the app registration\'s (BOT_APP_ID for manifest/build.sh).')
output botAppId string = appId

@description('The tenant the bot is registered in (empty for a multi-tenant bot).')
output tenantId string = botTenantId

@description('How the bot is registered (the Azure Bot\'s msaAppType).')
output botRegistration string = botRegistration

@description('Name of the Azure Bot resource.')
output botName string = bot.name

@description('The Microsoft Graph application permissions the app needs, for admin consent (infra/grant-graph-permissions.sh grants them to the identity).')
output graphPermissions string[] = [
  'User.Read.All'
  'TeamsAppInstallation.ReadWriteSelfForUser.All'
  'TeamsActivity.Send'
]

@description('Host name of the deployed PostgreSQL flexible server (Hangfire\'s job storage); empty when none is deployed.')
output postgresHostName string = deployPostgres ? postgres!.outputs.hostName : ''

@description('Table endpoint of the storage account (Storage__AccountUrl).')
output storageTableEndpoint string = storage.properties.primaryEndpoints.table
