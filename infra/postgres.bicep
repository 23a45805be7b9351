// Hangfire's job storage for several app instances (main.bicep deploys it with hangfireStorage=PostgreSql): an Azure
// Database for PostgreSQL flexible server with Entra authentication only (no password exists), the app's managed
// identity its Entra administrator (Hangfire creates its schema on the first start), reached over the public endpoint
// from Azure services only, TLS required. The app signs in with a token for the identity.

@description('Server name (globally unique).')
param name string

param location string

param tags { *: string }

param skuName string = 'Standard_B1ms'

@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param skuTier string = 'Burstable'

@allowed([
  '16'
  '17'
])
param version string = '16'

@description('The database the app uses (Hangfire in schema hangfire, anything else of ours in schema teamsquality).')
param databaseName string = 'teamsquality'

@description('Object (principal) id of the managed identity that administers the server and signs in as the app.')
param administratorObjectId string

@description('Its name: the user name the app signs in with.')
param administratorName string

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: skuTier
  }
  properties: {
    version: version
    authConfig: {
      activeDirectoryAuth: 'Enabled'
      passwordAuth: 'Disabled'
      tenantId: tenant().tenantId
    }
    storage: {
      storageSizeGB: 32
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

resource administrator 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2024-08-01' = {
  parent: server
  name: administratorObjectId
  properties: {
    principalType: 'ServicePrincipal'
    principalName: administratorName
    tenantId: tenant().tenantId
  }
}

// 0.0.0.0: connections from Azure services (the web app's outbound addresses), nothing from the internet.
resource azureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: server
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
  dependsOn: [
    administrator // the server takes one change at a time
  ]
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: server
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
  dependsOn: [
    azureServices
  ]
}

@description('The server\'s host name.')
output hostName string = server.properties.fullyQualifiedDomainName

@description('The database\'s name.')
output databaseName string = database.name
