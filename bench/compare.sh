#!/bin/bash
# Measures the council home, the million-idea question page and the static file on the bench data (made by
# bench/run.py) with the packaged Cyd started with some Java options, after the same warm-up each time, so two
# settings can be compared in one sitting:
#   bench/compare.sh "label" [-Dsome.setting=value ...]
# Run it for each setting in turn, and once more for the first, to see how much is order and noise.
label=$1; shift
root=$(cd "$(dirname "$0")/.." && pwd)
port=8190
pkill -f quarkus-run.jar; sleep 8
cd "$root/bench/work" || exit 1
CYD_EMBEDDED_DB_DIR="$root/bench/work/db" QUARKUS_HTTP_PORT=$port java "$@" -jar "$root/target/quarkus-app/quarkus-run.jar" \
  > "$root/bench/work/compare.log" 2>&1 &
for i in $(seq 1 120); do curl -sf -o /dev/null http://127.0.0.1:$port/q/health/ready && break; sleep 0.5; done
big=$(mariadb --socket="$(find "$root/bench/work/db" -name mariadbd.sock | head -1)" -uroot -N -B cyd \
  -e "SELECT p.id FROM prompt p WHERE p.title_en = 'Bench 1000000 ideas'")
wrk -t1 -c32 -d40s http://127.0.0.1:$port/en/enghraifft > /dev/null
wrk -t1 -c32 -d20s http://127.0.0.1:$port/en/example-borough/prompts/$big > /dev/null
rate() { wrk -t1 -c32 -d10s "$1" | awk '/Requests\/sec/ {print $2}'; }
home=$(rate http://127.0.0.1:$port/en/enghraifft)
question=$(rate http://127.0.0.1:$port/en/example-borough/prompts/$big)
static=$(rate http://127.0.0.1:$port/static/cyd.css)
pkill -f quarkus-run.jar
echo "| $label | $home | $question | $static |"
