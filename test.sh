#!/usr/bin/env bash
# The whole test suite, from a clean clone on a fresh machine.
# Installs what is missing (Debian packages: chromium, fonts-noto-cjk, postgresql; npm packages with `npm ci`),
# starts a private PostgreSQL cluster in a temp folder unless AFTERSALES_TEST_PG is set, builds, runs every
# test project, and prints one closing line "N passed, N failed, N skipped".
# Extra arguments go to `dotnet test` (e.g. ./test.sh --filter "FullyQualifiedName~Storage").
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

log() { printf '\n==> %s\n' "$*"; }

# --- Debian packages -------------------------------------------------------
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v node >/dev/null 2>&1 || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  log "installing Debian packages: ${need[*]}"
  sudo_cmd=(); [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# --- npm packages (front-end bundles and test clients) ---------------------
while IFS= read -r lock; do
  dir=$(dirname "$lock")
  if [ ! -d "$dir/node_modules" ] || [ "$lock" -nt "$dir/node_modules/.package-lock.json" ]; then
    log "npm ci in ${dir#$root/}"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done < <(find "$root/src" "$root/tests" -name package-lock.json -not -path '*/node_modules/*' 2>/dev/null | sort)

# --- PostgreSQL --------------------------------------------------------------
if [ -z "${AFTERSALES_TEST_PG:-}" ]; then
  pg_dir=$(mktemp -d /tmp/aftersales-pg.XXXXXX)
  chmod 755 "$pg_dir"
  cleanup() { "$root/scripts/postgres-cluster.sh" stop "$pg_dir/cluster" || true; rm -rf "$pg_dir"; }
  trap cleanup EXIT
  log "starting a private PostgreSQL cluster in $pg_dir"
  if AFTERSALES_TEST_PG=$(PG_FAST=1 "$root/scripts/postgres-cluster.sh" start "$pg_dir/cluster"); then
    export AFTERSALES_TEST_PG
  else
    echo "PostgreSQL could not be started: the PostgreSQL tests will fail (see the message above)." >&2
  fi
fi

# --- build and test ----------------------------------------------------------
log "building"
dotnet build AfterSalesBot.sln -c Debug --nologo -v quiet -clp:ErrorsOnly

results=$(mktemp -d /tmp/aftersales-results.XXXXXX)
log "testing"
status=0
dotnet test AfterSalesBot.sln -c Debug --no-build --nologo --results-directory "$results" --logger "trx" "$@" || status=$?

python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    c = ET.parse(f).getroot().find("t:ResultSummary/t:Counters", ns)
    if c is None:
        continue
    passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0))
    skipped += int(c.get("notExecuted", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
rm -rf "$results"
exit $status
