#!/usr/bin/env bash
# Installs, idempotently, the tools the local run and the tests need into the git-ignored tools/ folder:
#   tools/node      Azurite (table storage emulator), adaptivecards (card validation), @microsoft/app-manifest, jsdom,
#                   axe-core (accessibility checks in the browser tests)
#   tools/webchat   the official Bot Framework Web Chat browser bundle (served by the playground, no CDN)
#   tools/teams-js  the official Teams JavaScript library's browser bundle (the tab page's; copied into the host's
#                   build and publish output, served at /tab/teams-js.js, no CDN)
# Set INSTALL_CHROMIUM=1 to also install Debian's Chromium for the browser tests, INSTALL_POSTGRES=1 for Debian's
# PostgreSQL (the two-server and send-limit tests start their own server from it).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/tools"
mkdir -p "$tools/node" "$tools/webchat" "$tools/teams-js"

log() { printf '[install-tools] %s\n' "$*" >&2; }

# Node tools, reinstalled only when eng/node-tools/package.json changes.
if ! cmp -s "$root/eng/node-tools/package.json" "$tools/node/package.json" || [ ! -x "$tools/node/node_modules/.bin/azurite-table" ] || [ ! -s "$tools/node/node_modules/axe-core/axe.min.js" ]; then
  log "installing node tools (azurite, adaptivecards, app-manifest, jsdom, axe-core)…"
  cp "$root/eng/node-tools/package.json" "$tools/node/package.json"
  (cd "$tools/node" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi

# Web Chat: only the prebuilt bundle is needed, so fetch the package tarball rather than a 486 MB install.
webchat_version="4.18.1"
if [ ! -s "$tools/webchat/webchat.js" ] || [ "$(cat "$tools/webchat/VERSION" 2>/dev/null)" != "$webchat_version" ]; then
  log "fetching botframework-webchat@$webchat_version bundle…"
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack "botframework-webchat@$webchat_version" --loglevel=error >/dev/null && tar -xzf botframework-webchat-*.tgz)
  cp "$tmp/package/dist/webchat.js" "$tools/webchat/webchat.js"
  echo "$webchat_version" > "$tools/webchat/VERSION"
  rm -rf "$tmp"
fi

# Teams JavaScript library: likewise only its prebuilt UMD bundle (sets window.microsoftTeams).
teamsjs_version="2.58.0"
if [ ! -s "$tools/teams-js/MicrosoftTeams.min.js" ] || [ "$(cat "$tools/teams-js/VERSION" 2>/dev/null)" != "$teamsjs_version" ]; then
  log "fetching @microsoft/teams-js@$teamsjs_version bundle…"
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack "@microsoft/teams-js@$teamsjs_version" --loglevel=error >/dev/null && tar -xzf microsoft-teams-js-*.tgz)
  cp "$tmp/package/dist/umd/MicrosoftTeams.min.js" "$tools/teams-js/MicrosoftTeams.min.js"
  echo "$teamsjs_version" > "$tools/teams-js/VERSION"
  rm -rf "$tmp"
fi

if [ "${INSTALL_CHROMIUM:-0}" = "1" ] && [ ! -x /usr/bin/chromium ]; then
  log "installing Debian Chromium…"
  if [ "$(id -u)" = "0" ]; then sudo_cmd=""; else sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
# PostgreSQL's server programs for the tests that run Hangfire's job storage and the shared send limits on it (each
# test run starts its own throwaway server; nothing is set up system-wide).
if [ "${INSTALL_POSTGRES:-0}" = "1" ] && ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  log "installing Debian PostgreSQL…"
  if [ "$(id -u)" = "0" ]; then sudo_cmd=""; else sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >/dev/null
fi
# Bicep CLI (for infra/): the NuGet copy is the only source here, so restore the tiny eng/bicep/bicep.proj
# (a <PackageDownload> of Azure.Bicep.CommandLine.linux-x64) and link its self-contained binary to tools/bicep.
bicep_version="0.49.2"
if [ ! -x "$tools/bicep" ] || ! "$tools/bicep" --version 2>/dev/null | grep -q "version $bicep_version "; then
  log "restoring Bicep CLI $bicep_version…"
  dotnet restore "$root/eng/bicep/bicep.proj" --verbosity quiet >/dev/null
  nuget_root="$(dotnet msbuild "$root/eng/bicep/bicep.proj" -getProperty:NuGetPackageRoot 2>/dev/null | tr -d '\r')"
  nuget_root="${nuget_root:-${NUGET_PACKAGES:-$HOME/.nuget/packages}}"
  bicep_bin="${nuget_root%/}/azure.bicep.commandline.linux-x64/$bicep_version/tools/bicep"
  if [ ! -f "$bicep_bin" ]; then
    log "error: Bicep binary not found at $bicep_bin after restore"
    exit 1
  fi
  chmod +x "$bicep_bin"
  ln -sfn "$bicep_bin" "$tools/bicep"
fi

log "tools ready in $tools"
