#!/usr/bin/env bash
# Load benchmark: bench/load/run.sh [RATE] [SECONDS]   (defaults: 10 documents/s for 600 s)
#
# Starts its own copy of Intake and both workers (Release builds, a database and a RabbitMQ virtual
# host of its own, loopback only), uploads a realistic mix of documents at RATE per second for SECONDS
# (open loop: the pace never waits for the system), lets the backlog drain (LOAD_DRAIN_SECONDS, default
# 600), and prints throughput, upload-to-decision p50/p95/p99 (database timestamps) and the services'
# resident memory. The result is also written to tests/.results/load/result.json.
set -euo pipefail

# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../../deploy/local/lib.sh"
cd "$REPO"
need_root "the load benchmark"
rate=${1:-10}
seconds=${2:-600}
[[ $seconds =~ ^[0-9]+$ ]] && ((seconds <= 3600)) || die "SECONDS must be a whole number up to 3600"

start_postgres
start_rabbitmq
install_maildev
start_maildev
[[ -s tests/fixtures/files/clean.pdf ]] || bash tests/fixtures/generate.sh
for project in Intake Verification.Worker Notification.Worker; do
  dotnet build "src/$project" -c Release -nologo -v quiet
done

timeout --kill-after=30 $((seconds + ${LOAD_DRAIN_SECONDS:-600} + 300)) python3 bench/load/load.py "$rate" "$seconds"
