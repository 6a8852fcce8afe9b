#!/usr/bin/env bash
# Chaos test: tests/chaos/run.sh [N]   (N documents of every type; default 3)
#
# Runs its own copy of Intake and both workers (Release builds, a database and a RabbitMQ virtual
# host of its own, loopback only), uploads N documents of every document type and meanwhile:
#   - kills the verification worker with kill -9 three times (a supervisor loop restarts it),
#   - restarts RabbitMQ once and PostgreSQL once (both are running again before the end).
# Then checks that every document ended in exactly one terminal state with exactly one decision
# e-mail (maildev), prints the counts, and exits non-zero if anything was lost or duplicated.
# Bounded: the uploads take max(60 s, 7N/8 s), the settling at most 300 s + 0.3 s per document.
# Needs root (service restarts) and the infrastructure of deploy/local (started here if missing).
set -euo pipefail

# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../../deploy/local/lib.sh"
cd "$REPO"
need_root "the chaos test"
per_type=${1:-3}
[[ $per_type =~ ^[1-9][0-9]*$ ]] || die "usage: tests/chaos/run.sh [N]  (N >= 1 documents of every type)"

# shellcheck disable=SC2317 # called through the trap
cleanup() {
  local rc=$?
  # Whatever happened, the broker and the database are left running.
  port_open 127.0.0.1 5672 || service rabbitmq-server start || true
  port_open 127.0.0.1 5432 || service postgresql start || true
  stop_started_now || true
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start_postgres
start_rabbitmq
install_maildev
start_maildev
[[ -s tests/fixtures/files/clean.pdf ]] || bash tests/fixtures/generate.sh
for project in Intake Verification.Worker Notification.Worker; do
  if [[ ! -f src/$project/bin/Release/net10.0/$project.dll ]]; then
    dotnet build "src/$project" -c Release -nologo
  fi
done

# The whole run stays bounded even if something hangs: uploads + settling + start-up margin.
limit=$((per_type * 7 / 8 + per_type * 7 * 3 / 10 + 900))
timeout --kill-after=30 "$limit" python3 tests/chaos/chaos.py "$per_type"
