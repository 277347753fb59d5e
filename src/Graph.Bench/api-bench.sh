#!/usr/bin/env bash
# The GraphQL API benchmark (docs/benchmarks.md, "GraphQL API"): GraphQL against plain JSON endpoints making the
# same store calls, with wrk, in one session, on loopback only.
#
#   dotnet run -c Release --project src/Graph.Bench -- make-db DATA_DIR/graph.db [--entities N --relations M]   # once
#   src/Graph.Bench/api-bench.sh DATA_DIR
#
# Settings (environment): PORT (5099), THREADS (2), CONNECTIONS (32), DURATION (15s), WARMUP (5s),
# KINDS ("entity timeline network": the query kinds to run).
# Needs wrk (Debian: apt-get install wrk). Starts the API in Release over DATA_DIR/graph.db with
# Graph:Bench:PlainEndpoints=true, waits for /healthz, warms every endpoint up, then runs each query kind through
# GraphQL and the plain endpoint back to back; prints one RESULT line per run (with the server's CPU time per
# request) and a Markdown table.
set -euo pipefail

DATA_DIR=${1:?usage: api-bench.sh DATA_DIR  (a folder holding graph.db and graph.db.actors.txt/centers.txt from make-db)}
DATA_DIR=$(cd "$DATA_DIR" && pwd)
PORT=${PORT:-5099}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
KINDS=${KINDS:-entity timeline network}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
URL="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "wrk is not installed; install it (Debian: apt-get install wrk) and rerun." >&2; exit 2; }
for f in graph.db graph.db.actors.txt graph.db.centers.txt; do
  [[ -f "$DATA_DIR/$f" ]] || { echo "$DATA_DIR/$f is missing; build it with: dotnet run -c Release --project src/Graph.Bench -- make-db $DATA_DIR/graph.db" >&2; exit 2; }
done
if curl -s -o /dev/null "$URL/healthz"; then echo "Something already listens on $URL; set PORT to a free port." >&2; exit 2; fi

dotnet build -c Release "$ROOT/src/Graph.Api" -v quiet -nologo >/dev/null
LOG=$(mktemp /tmp/api-bench-server.XXXXXX.log)
# Request logs at Information would put a console write in every request of both sides; Warning keeps them out
# of what is measured (the request-logging middleware itself still runs).
( cd "$ROOT/src/Graph.Api" && exec env ASPNETCORE_ENVIRONMENT=Production Graph__DataDir="$DATA_DIR" Graph__Bench__PlainEndpoints=true \
    Logging__LogLevel__Default=Warning dotnet bin/Release/net10.0/Graph.Api.dll --urls "$URL" ) >"$LOG" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  curl -sf -o /dev/null "$URL/healthz" && break
  kill -0 "$SERVER" 2>/dev/null || { echo "The API exited; its log:" >&2; cat "$LOG" >&2; exit 1; }
  sleep 1
done
curl -sf -o /dev/null "$URL/healthz" || { echo "The API did not become healthy in 120 s; its log: $LOG" >&2; exit 1; }

field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; } # field LINE NAME: a value of a RESULT line
ids_for() { case "$1" in timeline) echo "$DATA_DIR/graph.db.actors.txt" ;; *) echo "$DATA_DIR/graph.db.centers.txt" ;; esac; }

# The server's own CPU time (user + system, all threads) from /proc, so that each run also reports CPU per request:
# on a machine shared with other work, requests/s moves with their load, CPU per request much less.
server_cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER/stat"; }
TICKS=$(getconf CLK_TCK)

run() { # kind api duration
  local before after line
  before=$(server_cpu_ticks)
  line=$(BENCH_KIND=$1 BENCH_API=$2 BENCH_IDS=$(ids_for "$1") \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency -s "$HERE/api-bench.lua" "$URL" | grep '^RESULT')
  after=$(server_cpu_ticks)
  echo "$line cpu_us=$(awk -v a="$before" -v b="$after" -v t="$TICKS" -v n="$(field "$line" requests)" \
    'BEGIN { printf "%.0f", (b - a) / t * 1e6 / (n > 0 ? n : 1) }')"
}

echo "# warm-up ($WARMUP per endpoint, not reported)"
for kind in $KINDS; do for api in graphql plain; do run "$kind" "$api" "$WARMUP" >/dev/null; done; done

echo "# runs: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, $(date -u '+%Y-%m-%d %H:%M UTC')"
RESULTS=()
for kind in $KINDS; do
  for api in graphql plain; do
    line=$(run "$kind" "$api" "$DURATION"); echo "$line"; RESULTS+=("$line")
  done
done

echo
echo "| Query | GraphQL req/s | plain req/s | ratio | GraphQL p50 / p99 (ms) | plain p50 / p99 (ms) | server CPU µs/request GraphQL / plain (ratio) | failed requests |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for ((i = 0; i < ${#RESULTS[@]}; i += 2)); do
  g=${RESULTS[$i]}; p=${RESULTS[$((i + 1))]}
  ratio=$(awk -v a="$(field "$g" rps)" -v b="$(field "$p" rps)" 'BEGIN { printf "%.2f", a / b }')
  cpu_ratio=$(awk -v a="$(field "$g" cpu_us)" -v b="$(field "$p" cpu_us)" 'BEGIN { printf "%.2f", b / a }')
  echo "| $(field "$g" kind) | $(field "$g" rps) | $(field "$p" rps) | $ratio | $(field "$g" p50_ms) / $(field "$g" p99_ms) | $(field "$p" p50_ms) / $(field "$p" p99_ms) | $(field "$g" cpu_us) / $(field "$p" cpu_us) ($cpu_ratio) | $(( $(field "$g" bad) + $(field "$p" bad) + $(field "$g" socket_errors) + $(field "$p" socket_errors) )) |"
done
