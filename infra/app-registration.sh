#!/usr/bin/env bash
# Creates or updates TeamsQuality's Entra app registration from infra/app-registration.json (a Microsoft Graph
# application manifest) with the az CLI: the app role Kvalitetsadministrator, the access_as_user scope with Teams'
# clients pre-authorized (single sign-on in the tab), the identifier URI api://<domain>/<app id>, and the Microsoft
# Graph permissions the app asks for. Bicep cannot make an app registration without its Graph extension, which must
# be downloaded; this needs only az.
#
#   az login --tenant <your tenant>      # as an Application Administrator (or Cloud Application Administrator)
#   infra/app-registration.sh teamsquality.kommun.se                 # single tenant (botRegistration=SingleTenant)
#   infra/app-registration.sh teamsquality.example.se --multi-tenant # several organisations (botRegistration=MultiTenant)
#   infra/app-registration.sh teamsquality.kommun.se --secret        # and make a client secret (printed once)
#
# Then an administrator of each tenant that uses it grants admin consent (the script prints the link) and assigns
# the app role to the first quality developers (Enterprise applications → TeamsQuality → Users and groups).
set -euo pipefail

if [ $# -lt 1 ] || [[ "$1" == -* ]]; then
  echo "usage: $0 <app domain, e.g. teamsquality.kommun.se> [--multi-tenant] [--secret]" >&2
  exit 2
fi
domain="$1"
shift
audience=AzureADMyOrg
secret=false
for arg in "$@"; do
  case "$arg" in
    --multi-tenant) audience=AzureADMultipleOrgs ;;
    --secret) secret=true ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done

manifest="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/app-registration.json"
graph=https://graph.microsoft.com/v1.0
name="$(jq -r .displayName "$manifest")"

# First without what refers to the app itself (its id in the URI) or to its scope (the pre-authorized Teams
# clients): Graph refuses a pre-authorization of a scope that does not exist yet.
first="$(jq --arg audience "$audience" 'del(.identifierUris) | del(.api.preAuthorizedApplications) | .signInAudience = $audience' "$manifest")"
objectId="$(az ad app list --display-name "$name" --query '[0].id' -o tsv)"
if [ -z "$objectId" ]; then
  objectId="$(az rest --method POST --url "$graph/applications" --headers Content-Type=application/json --body "$first" --query id -o tsv)"
  echo "Created the app registration $name ($objectId)."
else
  az rest --method PATCH --url "$graph/applications/$objectId" --headers Content-Type=application/json --body "$first"
  echo "Updated the app registration $name ($objectId)."
fi
appId="$(az rest --method GET --url "$graph/applications/$objectId" --query appId -o tsv)"

uri="$(jq -r '.identifierUris[0]' "$manifest")"
uri="${uri//\$\{BOT_DOMAIN\}/$domain}"
uri="${uri//\$\{APP_ID\}/$appId}"
second="$(jq --arg uri "$uri" '{ identifierUris: [$uri], api: .api }' "$manifest")"
az rest --method PATCH --url "$graph/applications/$objectId" --headers Content-Type=application/json --body "$second"

# The enterprise application (service principal) in this tenant: where the app role is assigned and consent given.
az ad sp show --id "$appId" >/dev/null 2>&1 || az ad sp create --id "$appId" >/dev/null

echo
echo "Application (client) id: $appId   (botAppId for infra/, BOT_APP_ID for manifest/build.sh)"
echo "Identifier URI:          $uri"
if [ "$audience" = AzureADMultipleOrgs ]; then
  echo "Each organisation's administrator grants consent at:"
  echo "  https://login.microsoftonline.com/<their tenant id>/adminconsent?client_id=$appId"
else
  echo "Grant admin consent: az ad app permission admin-consent --id $appId"
fi
if [ "$secret" = true ]; then
  echo
  echo "Client secret (botAppSecret; shown once, keep it in a vault):"
  az ad app credential reset --id "$appId" --display-name teamsquality-bot --years 1 --append --query password -o tsv
fi
