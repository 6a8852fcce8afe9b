#!/usr/bin/env bash
# Stops what deploy/local/up.sh started, and only that: the .NET
# services and maildev through their pid files, PostgreSQL and RabbitMQ only
# if they are recorded as started by these scripts (a server that was already
# running before up.sh is left alone). Safe to run again.
set -euo pipefail

# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# Applications first (newest first), so they do not log errors about the
# broker or database going away under them.
for ((i = ${#APP_SERVICES[@]} - 1; i >= 0; i--)); do
  read -r name _ <<<"${APP_SERVICES[i]}"
  stop_pidfile "$name"
done

stop_recorded
# maildev's pid file exists only if these scripts started it.
stop_pidfile maildev

log "local stack stopped"
