#!/usr/bin/env bash
# Builds the Teams app package manifest/build/teamsquality.zip from the template in manifest/.
#
#   BOT_APP_ID=<bot app id (GUID)> BOT_DOMAIN=<host name of the web app> [TAB_APP_ID=<GUID>] manifest/build.sh
#
# BOT_APP_ID  the bot's Microsoft app id: with the Bicep in infra/ this is the user-assigned managed
#             identity's client id (deployment output botAppId).
# BOT_DOMAIN  the web app's host name without scheme, e.g. app-teamsquality-prod.azurewebsites.net
#             (deployment output webAppHostName). A leading https:// and a trailing / are removed.
# TAB_APP_ID  the app registration the tab's single sign-on tokens are for (webApplicationInfo.id; its
#             Application ID URI is api://BOT_DOMAIN/TAB_APP_ID, the host's Tab:AppId). Defaults to BOT_APP_ID;
#             set it when the bot runs as a managed identity, which cannot expose an API for SSO.
#
# The script substitutes ${{BOT_APP_ID}}, ${{TAB_APP_ID}} and ${{BOT_DOMAIN}}, validates the result offline with
# eng/validate-manifest.mjs (needs eng/install-tools.sh to have run), and zips manifest.json, the
# localization files and the icons flat into the package, as Teams requires.
# SKIP_MANIFEST_VALIDATION=1 skips the validation (not recommended).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/build"
package="$out/teamsquality.zip"

fail() { printf 'manifest/build.sh: error: %s\n' "$*" >&2; exit 1; }
log() { printf '[manifest] %s\n' "$*" >&2; }

missing=()
[ -n "${BOT_APP_ID:-}" ] || missing+=("BOT_APP_ID (the bot's app id, a GUID: the managed identity's client id, deployment output botAppId)")
[ -n "${BOT_DOMAIN:-}" ] || missing+=("BOT_DOMAIN (the web app's host name, deployment output webAppHostName)")
if [ "${#missing[@]}" -gt 0 ]; then
  for m in "${missing[@]}"; do printf 'manifest/build.sh: error: environment variable %s is not set\n' "$m" >&2; done
  printf 'usage: BOT_APP_ID=<guid> BOT_DOMAIN=<host name> %s\n' "$0" >&2
  exit 1
fi

bot_app_id="$(printf '%s' "$BOT_APP_ID" | tr 'A-F' 'a-f')"
[[ "$bot_app_id" =~ ^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$ ]] \
  || fail "BOT_APP_ID '$BOT_APP_ID' is not a GUID"
tab_app_id="$(printf '%s' "${TAB_APP_ID:-$bot_app_id}" | tr 'A-F' 'a-f')"
[[ "$tab_app_id" =~ ^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$ ]] \
  || fail "TAB_APP_ID '$TAB_APP_ID' is not a GUID"
bot_domain="${BOT_DOMAIN#https://}"
bot_domain="${bot_domain%/}"
[[ "$bot_domain" =~ ^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]+)?$ ]] \
  || fail "BOT_DOMAIN '$BOT_DOMAIN' is not a host name (expected e.g. app-teamsquality-prod.azurewebsites.net)"

# Files that go into the package: manifest.json plus every file it references (icons, localization).
file_list="$(python3 - "$here/manifest.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1], encoding="utf-8-sig"))
files = ["manifest.json", m["icons"]["color"], m["icons"]["outline"]]
loc = m.get("localizationInfo") or {}
if loc.get("defaultLanguageFile"):
    files.append(loc["defaultLanguageFile"])
files += [lang["file"] for lang in loc.get("additionalLanguages", [])]
print("\n".join(dict.fromkeys(files)))
PY
)" || fail "cannot read the file list from manifest/manifest.json"
mapfile -t files <<<"$file_list"

staging="$out/package"
rm -rf "$staging" "$package"
mkdir -p "$staging"
for f in "${files[@]}"; do
  [ -f "$here/$f" ] || fail "manifest references $f, which does not exist in manifest/ (icons: python3 manifest/make-icons.py)"
  case "$f" in
    */*) fail "$f is in a subfolder; a Teams package must be flat" ;;
  esac
  if [[ "$f" == *.json ]]; then
    sed -e "s/\${{BOT_APP_ID}}/$bot_app_id/g" -e "s/\${{TAB_APP_ID}}/$tab_app_id/g" -e "s/\${{BOT_DOMAIN}}/$bot_domain/g" "$here/$f" > "$staging/$f"
    if grep -q '\${{' "$staging/$f"; then
      fail "$f still has placeholders after substitution: $(grep -o '\${{[^}]*}}' "$staging/$f" | sort -u | tr '\n' ' ')"
    fi
  else
    cp "$here/$f" "$staging/$f"
  fi
done

if [ "${SKIP_MANIFEST_VALIDATION:-0}" = "1" ]; then
  log "warning: validation skipped (SKIP_MANIFEST_VALIDATION=1)"
else
  command -v node >/dev/null || fail "node is required to validate the manifest (or set SKIP_MANIFEST_VALIDATION=1)"
  if ! result="$(node "$root/eng/validate-manifest.mjs" "$staging/manifest.json" --strict)"; then
    printf '%s\n' "$result" >&2
    fail "the manifest is not valid (see the errors above)"
  fi
fi

(
  cd "$staging"
  if command -v zip >/dev/null; then
    zip -q -X "$package" "${files[@]}"
  else
    python3 - "$package" "${files[@]}" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for name in sys.argv[2:]:
        z.write(name, arcname=name)
PY
  fi
)
log "built ${package#"$root"/} (${files[*]}) for bot $bot_app_id, tab app $tab_app_id at $bot_domain"
