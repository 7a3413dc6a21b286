#!/usr/bin/env bash
# Installs, from Debian's packages, the machine tools Zaffa uses and npm cannot bring: Chromium (the playground's
# browser test) and the Postgres client (pg_dump / pg_restore for backups), matching or newer than the server's major.
# Only what is missing is installed; run as root (or with sudo).
set -euo pipefail

server_major=$(ls /etc/postgresql 2>/dev/null | sort -n | tail -1 || true)
client_major=$(pg_dump --version 2>/dev/null | sed -E 's/.* ([0-9]+)(\.[0-9]+)*.*/\1/' || true)
wanted=()
if ! command -v chromium >/dev/null 2>&1; then wanted+=(chromium); fi
if [ -z "$client_major" ] || { [ -n "$server_major" ] && [ "$client_major" -lt "$server_major" ]; }; then
  wanted+=("postgresql-client${server_major:+-$server_major}")
fi
[ ${#wanted[@]} -eq 0 ] && exit 0

echo "installing ${wanted[*]} (apt-get)"
sudo_=""
[ "$(id -u)" -ne 0 ] && sudo_="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo_ apt-get update -qq
if ! $sudo_ apt-get install -y -qq --no-install-recommends "${wanted[@]}" >/dev/null; then
  # No client of that exact major in this release's lists: the distribution's default client.
  $sudo_ apt-get install -y -qq --no-install-recommends "${wanted[@]/postgresql-client-*/postgresql-client}" >/dev/null
fi
