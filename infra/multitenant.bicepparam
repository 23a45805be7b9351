// Several organisations on one deployment: a multi-tenant app registration (made by the operator's IT from
// infra/app-registration.json, see infra/README.md) and each organisation's tenant enabled by the operator.
//   export BOT_APP_SECRET='<client secret of the app registration>'
//   az deployment group create -g rg-teamsquality-shared -f infra/main.bicep -p infra/multitenant.bicepparam
using 'main.bicep'

param namePrefix = 'tq-shared'
param location = 'swedencentral'
param storageSku = 'Standard_ZRS'

param botRegistration = 'MultiTenant'
param botAppId = '00000000-0000-0000-0000-000000000000' // the app registration's application (client) id
param botAppSecret = readEnvironmentVariable('BOT_APP_SECRET', '')

// Every organisation served, the operator's own too; anyone else is told TeamsQuality is not enabled for them.
param enabledTenantIds = [
  '11111111-1111-1111-1111-111111111111' // Sjöbacka kommun
  '22222222-2222-2222-2222-222222222222' // Grannby kommun
]

// The first administrator of each, until its IT has assigned the app role Kvalitetsadministrator.
param tenantAdministrators = {
  '11111111-1111-1111-1111-111111111111': ['aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa']
  '22222222-2222-2222-2222-222222222222': ['bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb']
}

// Grannby's home care starts at seven and uses Nordmaling's wheel; its reports are reminded of every twelve hours.
param tenantSettings = {
  'Tenants__22222222-2222-2222-2222-222222222222__WorkdayStarts': '07:00'
  'Tenants__22222222-2222-2222-2222-222222222222__WheelTemplate': 'nordmaling-huset'
  'Tenants__22222222-2222-2222-2222-222222222222__AssessmentReminderInterval': '12:00:00'
}
