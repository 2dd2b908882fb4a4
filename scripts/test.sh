#!/usr/bin/env bash
# Runs every test of the portal: unit, integration and browser.
# Installs what a fresh machine lacks (Chromium, aiosmtpd and Redis via apt-get, axe-core via npm), or says how to get it.
# Extra arguments go to `dotnet test` (e.g. --filter "FullyQualifiedName~Account").
set -euo pipefail
cd "$(dirname "$0")/.."
results="${RESOMA_TEST_RESULTS:-TestResults}"

missing() { echo "test.sh: $1" >&2; exit 2; }

command -v dotnet >/dev/null || missing ".NET SDK 10 is missing: install it from https://dot.net (see global.json)."

if ! command -v chromium >/dev/null && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing Chromium for the browser tests (apt-get)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    missing "Chromium is missing for the browser tests: sudo apt-get install chromium"
  fi
fi

# A real SMTP server for the mail tests (Debian's aiosmtpd, run with the system Python).
if ! /usr/bin/python3 -c "import aiosmtpd" 2>/dev/null; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing python3-aiosmtpd for the mail tests (apt-get)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-aiosmtpd >/dev/null
  else
    missing "python3-aiosmtpd is missing for the mail tests: sudo apt-get install python3-aiosmtpd"
  fi
fi

# A real Redis for the scale-out tests (two portals sharing one), started by the tests themselves.
if ! command -v redis-server >/dev/null; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing redis-server for the scale-out tests (apt-get)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  else
    missing "redis-server is missing for the scale-out tests: sudo apt-get install redis-server"
  fi
fi

# Java runs the Nu HTML checker (npm's vnu-jar) on the HTML of the portal's mails.
if ! command -v java >/dev/null; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing Java for the Nu HTML checker (apt-get)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
  else
    missing "Java is missing for the Nu HTML checker: sudo apt-get install default-jre-headless"
  fi
fi

if [ ! -f node_modules/axe-core/axe.min.js ] || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ]; then
  command -v npm >/dev/null || missing "npm is missing (needed for axe-core and vnu-jar): sudo apt-get install npm"
  echo "Installing axe-core and the Nu HTML checker (npm ci)..."
  npm ci --no-audit --no-fund --silent
fi

rm -rf "$results"
dotnet test ReSoma.sln --logger trx --results-directory "$results" "$@"
