#!/usr/bin/env bash
# Turn benchmark: our /api/messages (deliveryMode expectReplies) against the peer bot on Microsoft's botbuilder
# SDK for Node (shared/bench/peer-botbuilder), both driven by shared/bench/drive-survey.js with the same
# concurrency and duration, one after the other in one run, on this machine. Prints turns/s, p50/p99 and the ratio.
#
#   bench/turns/run.sh [--handler echo|default] [--provider sqlite|postgres] [--connection-string CS]
#                      [--concurrency 32] [--seconds 15] [--warmup 3] [--lang zh|en] [--rounds 3] [--shared DIR]
#
# The two targets are driven alternately for --rounds rounds (ours, peer, ours, peer, …) and the medians are
# reported, so a burst of load from elsewhere on the machine does not land on one side only.
#
# --handler echo measures the protocol path alone (Channels:TurnHandler=echo: greeting/echo turn);
# --handler default runs whatever ITurnHandler the service registers (the survey engine once it is merged).
# SQLite goes to a fresh file in a temp folder; for PostgreSQL pass --provider postgres --connection-string "...".
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)

handler=echo provider=sqlite connection="" concurrency=32 seconds=15 warmup=3 lang=zh rounds=3
shared="${AFTERSALES_SHARED:-$root/../shared}"
[ -d "$shared/bench" ] || shared=/work/shared
while [ $# -gt 0 ]; do
  case "$1" in
    --handler) handler=$2; shift 2 ;;
    --provider) provider=$2; shift 2 ;;
    --connection-string) connection=$2; shift 2 ;;
    --concurrency) concurrency=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --lang) lang=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --shared) shared=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
driver="$shared/bench/drive-survey.js"
[ -f "$driver" ] || { echo "drive-survey.js not found under $shared/bench (pass --shared DIR)" >&2; exit 2; }

work=$(mktemp -d /tmp/aftersales-bench.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_for() { for _ in $(seq 1 120); do curl -fs -o /dev/null "$1" && return 0; sleep 0.5; done; echo "$1 did not come up" >&2; exit 1; }

echo "==> publishing the service (Release)"
dotnet publish "$root/src/Bot" -c Release -o "$work/bot" --nologo -v quiet -clp:ErrorsOnly >/dev/null

if [ "$provider" = sqlite ] && [ -z "$connection" ]; then connection="Data Source=$work/bench.db"; fi
ours_port=$(free_port)
echo "==> starting the service on 127.0.0.1:$ours_port (provider $provider, handler $handler)"
(cd "$work/bot" && exec dotnet AfterSalesBot.Bot.dll --urls "http://127.0.0.1:$ours_port" \
  --Storage:Provider="$provider" --Storage:ConnectionString="$connection" \
  --Channels:TurnHandler="$handler" --Logging:LogLevel:Default=Warning >"$work/bot.log" 2>&1) &
pids+=($!)
wait_for "http://127.0.0.1:$ours_port/healthz"

echo "==> installing and starting the peer (botbuilder for Node)"
cp -r "$shared/bench/peer-botbuilder" "$work/peer"
chmod -R u+w "$work/peer"
(cd "$work/peer" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
peer_port=$(free_port)
(cd "$work/peer" && exec node bot.js "$peer_port" >"$work/peer.log" 2>&1) &
pids+=($!)
for _ in $(seq 1 60); do (echo >"/dev/tcp/127.0.0.1/$peer_port") 2>/dev/null && break; sleep 0.5; done

run() { node "$driver" "$1" --concurrency "$concurrency" --seconds "$seconds" --warmup "$warmup" --lang "$lang" | tee -a "$work/driver.log" | tail -1; }
: >"$work/ours.txt"; : >"$work/peer.txt"
for round in $(seq 1 "$rounds"); do
  echo "==> round $round/$rounds: ours, then the peer (concurrency $concurrency, ${seconds}s + ${warmup}s warm-up, lang $lang)"
  run "http://127.0.0.1:$ours_port/api/messages" | tee -a "$work/ours.txt"
  run "http://127.0.0.1:$peer_port/api/messages" | tee -a "$work/peer.txt"
done

python3 - "$work/ours.txt" "$work/peer.txt" "ours ($provider, $handler)" <<'PY'
import statistics, sys
def load(path):
    rows = [dict(kv.split("=") for kv in line.split()) for line in open(path) if "turns_per_s=" in line]
    return {k: statistics.median(float(r[k]) for r in rows) for k in ("turns_per_s", "p50_ms", "p99_ms", "errors")}, len(rows)
ours, n = load(sys.argv[1]); peer, _ = load(sys.argv[2])
print(f"\nmedians of {n} alternating rounds")
print(f"{'target':<26} {'turns/s':>10} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
for name, r in ((sys.argv[3], ours), ("peer (botbuilder 4.23)", peer)):
    print(f"{name:<26} {r['turns_per_s']:>10.0f} {r['p50_ms']:>8.2f} {r['p99_ms']:>8.2f} {r['errors']:>7.0f}")
print(f"ratio ours/peer turns/s: {ours['turns_per_s'] / peer['turns_per_s']:.2f}x")
PY
