#!/usr/bin/env bash
# Admin consent for TeamsQuality's Microsoft Graph application permissions: assigns each app role of Microsoft Graph
# to the service principal that calls Graph (the deployment's managed identity: the `botAppId` output is its client id).
# Run by an Entra administrator (Privileged Role Administrator or Global Administrator) in the tenant:
#   infra/grant-graph-permissions.sh <client id of the identity or app>
# A permission already granted is left as it is. The permissions and why each is needed are in README.md
# ("Microsoft Graph permissions"); they are also the `graphPermissions` output of main.bicep.
set -euo pipefail

PERMISSIONS=(
  User.Read.All                                   # a person's job title, department, mail and manager (setup hints)
  TeamsAppInstallation.ReadWriteSelfForUser.All   # install TeamsQuality (only itself) for someone who never opened it
  TeamsActivity.Send                              # the activity feed beside a notice (Outbox__ActivityFeed)
)
GRAPH_APP_ID=00000003-0000-0000-c000-000000000000

client_id="${1:?usage: $0 <client id of the managed identity or app registration>}"
principal=$(az ad sp show --id "$client_id" --query id -o tsv)
graph=$(az ad sp show --id "$GRAPH_APP_ID" --query id -o tsv)
granted=$(az rest --method GET --uri "https://graph.microsoft.com/v1.0/servicePrincipals/$principal/appRoleAssignments" \
  --query "value[?resourceId=='$graph'].appRoleId" -o tsv)

for permission in "${PERMISSIONS[@]}"; do
  role=$(az ad sp show --id "$GRAPH_APP_ID" --query "appRoles[?value=='$permission'].id | [0]" -o tsv)
  if grep -qx "$role" <<<"$granted"; then
    echo "$permission: already granted"
    continue
  fi
  az rest --method POST --uri "https://graph.microsoft.com/v1.0/servicePrincipals/$principal/appRoleAssignments" \
    --headers 'Content-Type=application/json' \
    --body "{\"principalId\":\"$principal\",\"resourceId\":\"$graph\",\"appRoleId\":\"$role\"}" >/dev/null
  echo "$permission: granted"
done
