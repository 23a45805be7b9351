// Two app instances on a shared Hangfire job storage (an Azure Database for PostgreSQL flexible server, signed in to
// with the managed identity), for one tenant as main.bicepparam. The download links' key comes from the environment
// so that every instance accepts the links another made, and it never lands in the repository:
//   export DOWNLOAD_SIGNING_KEY="$(openssl rand -base64 32)"
//   az deployment group create -g rg-teamsquality-prod -f infra/main.bicep -p infra/two-instances.bicepparam
using 'main.bicep'

param namePrefix = 'tq-prod'
param location = 'swedencentral'
param appServicePlanSku = 'P0v3'
param appServicePlanInstances = 2
param storageSku = 'Standard_ZRS'
param hangfireStorage = 'PostgreSql'
param postgresSkuName = 'Standard_B1ms'
param postgresSkuTier = 'Burstable'
param downloadSigningKey = readEnvironmentVariable('DOWNLOAD_SIGNING_KEY', '')
param botRegistration = 'UserAssignedMSI'
