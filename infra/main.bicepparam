// Example parameters for infra/main.bicep. Copy per environment (e.g. main.prod.bicepparam) and adjust.
//   az deployment group create -g rg-teamsquality-prod -f infra/main.bicep -p infra/main.bicepparam
using 'main.bicep'

param namePrefix = 'tq-prod'
param location = 'swedencentral'
param tags = {
  application: 'TeamsQuality'
  owner: 'socialforvaltningen'
  environment: 'prod'
}
param appServicePlanSku = 'B1'
param appServicePlanInstances = 1
param storageSku = 'Standard_ZRS'
param botSku = 'F0'
param botDisplayName = 'TeamsQuality'
// Empty: https://<web app default host name>. Set when a custom domain is bound, e.g. 'https://teamsquality.kommun.se'.
param publicBaseUrl = ''
param logRetentionInDays = 30

// Microsoft Graph. The catalog id is known once the Teams app package is uploaded (Teams admin center → Manage apps →
// TeamsQuality → App ID); deploy again with it to let the bot reach people who never opened the app.
param graphBaseUrl = 'https://graph.microsoft.com/v1.0'
param teamsAppCatalogId = ''
param activityFeed = false

// InMemory: one instance, scheduled jobs are re-created at start. For several instances use PostgreSql (with
// appServicePlanInstances = 2 and a downloadSigningKey): a PostgreSQL flexible server is deployed that the app signs in
// to with its managed identity. To use an existing PostgreSQL instead, pass its connection string through the
// environment so it never lands in the repository (without a password the managed identity signs in):
//   export HANGFIRE_PG_CONNECTION='Host=...;Database=teamsquality;Username=...;SSL Mode=Require'
param hangfireStorage = 'InMemory'
param hangfirePostgreSqlConnectionString = readEnvironmentVariable('HANGFIRE_PG_CONNECTION', '')

// The bot is the managed identity (one tenant: this one, served without listing it). For several organisations see
// multitenant.bicepparam.
param botRegistration = 'UserAssignedMSI'
// Who sets up the organisation before IT has assigned the app role Kvalitetsadministrator (Entra object ids):
//   param tenantAdministrators = { '<this tenant id>': [ '<object id of the quality developer>' ] }
param tenantAdministrators = {}
// Per-tenant settings (README, "Tenants"), e.g. { 'Tenants__<tenant id>__WorkdayStarts': '07:00' }.
param tenantSettings = {}
