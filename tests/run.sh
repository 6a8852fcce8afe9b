#!/usr/bin/env bash
# The test command, for developers and CI alike: installs what is missing,
# starts PostgreSQL, RabbitMQ and maildev if they are not running, generates
# the sample files, runs every test project of Verification.sln, and ends
# with one line "N passed, N failed". Exits non-zero when a test failed or
# when no test ran at all.
#
# Infrastructure this script started itself is stopped again at the end, so a
# CI run leaves the machine as it found it; a service that was already running
# (e.g. under deploy/local/up.sh) is left running.
set -euo pipefail

# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/lib.sh"
cd "$REPO"

# shellcheck disable=SC2317 # called through the trap
cleanup() {
  local rc=$?
  stop_started_now || true
  exit "$rc"
}
trap cleanup EXIT
# Without these, bash would die on Ctrl-C or TERM without running the EXIT trap.
trap 'exit 130' INT
trap 'exit 143' TERM

install_packages
install_maildev
start_postgres
start_rabbitmq
start_maildev

bash tests/fixtures/generate.sh
python3 tests/fixtures/hostile/generate.py
bash tests/fixtures/quality/generate.sh
python3 tests/fixtures/birth/generate.py
python3 tests/fixtures/mrz/generate.py

# Where the tests find the real services (see the shared test fixtures).
export TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=verification;Password=verification"
export TEST_RABBITMQ_VHOST="verification-tests"
export TEST_SMTP_PORT="1025"
export TEST_MAILDEV_URL="http://127.0.0.1:1080"

results="$REPO/tests/.results"
rm -rf "$results"
mkdir -p "$results"

# The trx logger keeps its default file names: a fixed LogFileName would be
# overwritten by each test project in turn ("Overwriting results file"),
# while default names are made unique, so every project's counters survive.
status=0
dotnet test Verification.sln -c Release -nologo \
  --logger "trx" \
  --logger "console;verbosity=normal" \
  --results-directory "$results" || status=$?

# The chaos test, small and bounded (a few documents of every type while the
# verification worker is killed and RabbitMQ and PostgreSQL restart; about
# 2 minutes). It counts as one test in the totals below.
chaos_status=0
bash tests/chaos/run.sh "${CHAOS_DOCUMENTS_PER_TYPE:-3}" || chaos_status=$?

# Stop our own services now rather than in the EXIT trap, so that the counts
# below are the last line printed.
stop_started_now

# Sum the <Counters .../> of every trx file. Errors, timeouts and aborts
# count as failures.
counts=$(find "$results" -name '*.trx' -type f -exec cat {} + | awk '
  function attr(line, name,   m) {
    if (match(line, " " name "=\"[0-9]+\"")) {
      m = substr(line, RSTART, RLENGTH)
      gsub(/[^0-9]/, "", m)
      return m + 0
    }
    return 0
  }
  /<Counters / {
    files++
    total += attr($0, "total")
    executed += attr($0, "executed")
    passed += attr($0, "passed")
    failed += attr($0, "failed") + attr($0, "error") + attr($0, "timeout") + attr($0, "aborted")
  }
  END { printf "%d %d %d %d %d\n", files, total, executed, passed, failed }
')
read -r files total executed passed failed <<<"$counts"
if ((chaos_status == 0)); then
  passed=$((passed + 1))
else
  echo "chaos test failed (exit $chaos_status)" >&2
  failed=$((failed + 1))
  status=1
fi
total=$((total + 1))
executed=$((executed + 1))

if ((files == 0)); then
  echo "no test results found in $results" >&2
  ((status != 0)) || status=1
elif ((executed == 0)); then
  echo "no test was executed ($total found)" >&2
  ((status != 0)) || status=1
elif ((failed > 0 && status == 0)); then
  status=1
fi
if ((total > executed)); then
  echo "$((total - executed)) not executed (skipped)"
fi
echo "$passed passed, $failed failed"
exit "$status"
