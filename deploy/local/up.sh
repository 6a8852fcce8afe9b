#!/usr/bin/env bash
# Runs the whole stack locally on a Debian 12 machine, as root, without a
# container engine: PostgreSQL, RabbitMQ and maildev, then Intake, the two
# workers and the review console built in Release. Safe to run again:
# whatever already runs is kept.
# Stop everything it started with deploy/local/down.sh.
set -euo pipefail

# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO"

install_packages
install_maildev
start_postgres
start_rabbitmq
start_maildev

migrate_queue_arguments

log "building Verification.sln (Release)"
dotnet build Verification.sln -c Release -nologo

# One file holds the settings of all the services; see local.env.
set -a
# shellcheck source=deploy/local/local.env
source "$LOCAL_DIR/local.env"
set +a
# The review console's local agent (read by the console only); the password
# lives in $RUN_DIR, never in a tracked file.
review_password=$(review_agent_password)
export Review__SeedAgents__0__Email="$REVIEW_AGENT_EMAIL"
export Review__SeedAgents__0__Password="$review_password"
export Review__SeedAgents__0__DisplayName="Local agent"

for entry in "${APP_SERVICES[@]}"; do
  read -r name project port <<<"$entry"
  bin_dir="$REPO/src/$project/bin/Release/net10.0"
  [[ -f $bin_dir/$project.dll ]] || die "$bin_dir/$project.dll is missing after the build"
  if pid_alive "$name"; then
    log "$name: already running; run deploy/local/down.sh first to pick up a new build"
  fi
  # Started from its bin folder: the content root (appsettings*.json) is the
  # working directory.
  start_background "$name" "$bin_dir" \
    env ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet "$bin_dir/$project.dll"
done

for entry in "${APP_SERVICES[@]}"; do
  read -r name project port <<<"$entry"
  wait_http "http://127.0.0.1:$port/health/ready" 120 "$RUN_DIR/$name.log" "$name"
  log "$name: ready on http://127.0.0.1:$port"
done

cat <<INFO

The local stack is up.
  Intake API           http://127.0.0.1:5080  (send header X-Api-Key: local-dev-key)
  OpenAPI document     http://127.0.0.1:5080/openapi/v1.json
  Verification worker  http://127.0.0.1:5081/health/ready
  Notification worker  http://127.0.0.1:5082/health/ready
  Review console       http://127.0.0.1:5090  (sign in: $REVIEW_AGENT_EMAIL / $review_password)
  maildev (e-mails)    http://127.0.0.1:1080  (SMTP 127.0.0.1:1025)
  RabbitMQ             amqp://127.0.0.1:5672  (guest/guest, vhost /)
  PostgreSQL           postgresql://verification:verification@127.0.0.1:5432/verification
  API key              local-dev-key
  Logs                 $RUN_DIR/*.log
Stop it with: bash deploy/local/down.sh
INFO
