# shellcheck shell=bash
# Functions shared by deploy/local/up.sh, deploy/local/down.sh and tests/run.sh.
# Source this file; it does nothing by itself.
#
# The local stack runs straight on a Debian 12 machine (no container engine):
# PostgreSQL and RabbitMQ from Debian's packages, maildev (an SMTP sink with a
# web UI) from npm, and the .NET services (APP_SERVICES) as background processes.
#
# Bookkeeping lives in $RUN_DIR (gitignored):
#   NAME.pid  line 1: the pid; line 2: the process start time, so a pid that
#             the kernel reused after a reboot is never mistaken for ours
#   NAME.log  stdout and stderr of a background process
#   started   one name per line (postgres, rabbitmq, maildev) of the
#             infrastructure services these scripts started themselves, so
#             that stopping them never touches a service that was already
#             running before.

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL_DIR="$REPO/deploy/local"
RUN_DIR="$LOCAL_DIR/.run"
TOOLS_DIR="$LOCAL_DIR/.tools"
STARTED_FILE="$RUN_DIR/started"
PACKAGES_FILE="$REPO/deploy/packages.txt"

# maildev is pinned so every machine gets the same SMTP sink; 2.x runs on Node >= 18.
MAILDEV_VERSION="2.2.1"
MAILDEV_BIN="$TOOLS_DIR/node_modules/.bin/maildev"

# The .NET services of the local stack: name, project folder under src/, HTTP port.
# shellcheck disable=SC2034 # read by up.sh and down.sh
APP_SERVICES=(
  "intake Intake 5080"
  "verification-worker Verification.Worker 5081"
  "notification-worker Notification.Worker 5082"
  "review Review 5090"
)

# The review console's local agent. Its password is generated at the first run
# and kept in $RUN_DIR (gitignored, never removed by down.sh), so it is stable
# across restarts; the console sets it at start-up from Review:SeedAgents.
# shellcheck disable=SC2034 # read by up.sh
REVIEW_AGENT_EMAIL="agent@cpam.local"
REVIEW_PASSWORD_FILE="$RUN_DIR/review-agent.password"

# Prints the local agent's password, generating it on first use.
review_agent_password() {
  if [[ ! -s $REVIEW_PASSWORD_FILE ]]; then
    mkdir -p "$RUN_DIR"
    (umask 077 && head -c 18 /dev/urandom | base64 | tr '+/' '-_' >"$REVIEW_PASSWORD_FILE")
  fi
  cat "$REVIEW_PASSWORD_FILE"
}

# Infrastructure services this process started (in order), for stop_started_now.
STARTED_NOW=()
# Debian packages install_packages installed in this process: a server whose
# package we just installed may have been started by its postinst script, and
# then it is ours to stop even though it was already listening when we looked.
INSTALLED_NOW=()

log() { printf '==> %s\n' "$*" >&2; }
die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

need_root() {
  [[ $(id -u) -eq 0 ]] || die "$1 needs root (apt-get, service and runuser are used)"
}

# True when something accepts TCP connections on HOST PORT. Uses bash's
# /dev/tcp so no extra package (iproute2, netcat) is needed.
port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null
}

# wait_until SECONDS COMMAND...: run COMMAND every second until it succeeds;
# fails once SECONDS have passed.
wait_until() {
  local deadline=$((SECONDS + $1))
  shift
  until "$@" >/dev/null 2>&1; do
    ((SECONDS < deadline)) || return 1
    sleep 1
  done
}

# --- Debian packages and tools ----------------------------------------------

# The package names in deploy/packages.txt, without comments and blank lines.
package_list() {
  sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$PACKAGES_FILE"
}

package_installed() {
  [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]]
}

# Installs whatever deploy/packages.txt lists and the machine lacks; does
# nothing (not even apt-get update) when everything is there.
install_packages() {
  # The .NET SDK does not come from Debian's archive: it is a prerequisite.
  command -v dotnet >/dev/null 2>&1 ||
    die "dotnet not found: the .NET 10 SDK is a prerequisite (https://dot.net); install it and retry"
  dotnet --list-sdks 2>/dev/null | grep -q '^10\.' ||
    die "no .NET 10 SDK found (dotnet --list-sdks): the .NET 10 SDK is a prerequisite"

  # A machine that already has node and npm (e.g. a NodeSource build, whose
  # nodejs package bundles npm) keeps them: Debian's npm would conflict with it.
  local have_node=false
  if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    have_node=true
  fi

  local pkg missing=()
  while read -r pkg; do
    if $have_node && [[ $pkg == nodejs || $pkg == npm ]]; then
      continue
    fi
    package_installed "$pkg" || missing+=("$pkg")
  done < <(package_list)

  if ((${#missing[@]} == 0)); then
    log "Debian packages: all present"
    return 0
  fi
  need_root "installing ${missing[*]}"
  log "Debian packages: installing ${missing[*]}"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  INSTALLED_NOW+=("${missing[@]}")
}

installed_now() {
  local pkg
  for pkg in "${INSTALLED_NOW[@]}"; do
    [[ $pkg == "$1" ]] && return 0
  done
  return 1
}

# maildev goes into deploy/local/.tools (gitignored) rather than a global
# npm prefix, so the machine's own Node installation is left untouched.
install_maildev() {
  local manifest="$TOOLS_DIR/node_modules/maildev/package.json" installed=""
  if [[ -x $MAILDEV_BIN && -f $manifest ]]; then
    installed=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$manifest" | head -n 1)
  fi
  if [[ $installed == "$MAILDEV_VERSION" ]]; then
    log "maildev $MAILDEV_VERSION: present"
    return 0
  fi
  command -v npm >/dev/null 2>&1 || die "npm not found: install nodejs and npm (deploy/packages.txt)"
  log "maildev $MAILDEV_VERSION: installing into $TOOLS_DIR"
  mkdir -p "$TOOLS_DIR"
  npm install --no-audit --no-fund --prefix "$TOOLS_DIR" "maildev@$MAILDEV_VERSION"
  [[ -x $MAILDEV_BIN ]] || die "npm install finished but $MAILDEV_BIN is missing"
}

# --- records of what we started ------------------------------------------------

record_started() {
  mkdir -p "$RUN_DIR"
  touch "$STARTED_FILE"
  grep -qxF "$1" "$STARTED_FILE" || echo "$1" >>"$STARTED_FILE"
  STARTED_NOW+=("$1")
}

forget_started() {
  [[ -f $STARTED_FILE ]] || return 0
  local rest
  rest=$(grep -vxF "$1" "$STARTED_FILE" || true)
  if [[ -n $rest ]]; then
    printf '%s\n' "$rest" >"$STARTED_FILE"
  else
    rm -f "$STARTED_FILE"
  fi
}

# --- background processes with pid files -------------------------------------

# Prints the start time (clock ticks since boot) of a live, non-zombie process.
proc_start_time() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  # Fields after the command name "(...)": state is field 3, starttime field 22.
  # shellcheck disable=SC2086
  set -- ${stat##*) }
  [[ $1 != Z ]] || return 1
  echo "${20}"
}

# pid_alive NAME: true when $RUN_DIR/NAME.pid names a process that still runs
# and is the very process we started (same start time).
pid_alive() {
  local pidfile="$RUN_DIR/$1.pid" pid="" started="" now
  [[ -f $pidfile ]] || return 1
  { read -r pid && read -r started; } <"$pidfile" || true
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  now=$(proc_start_time "$pid") || return 1
  [[ -z $started || $now == "$started" ]]
}

# start_background NAME WORKDIR COMMAND...: starts COMMAND with nohup in
# WORKDIR, output to $RUN_DIR/NAME.log, pid to $RUN_DIR/NAME.pid; does nothing
# when that pid file points at a live process.
start_background() {
  local name=$1 workdir=$2
  shift 2
  local pidfile="$RUN_DIR/$name.pid" logfile="$RUN_DIR/$name.log" pid
  mkdir -p "$RUN_DIR"
  if pid_alive "$name"; then
    log "$name: already running (pid $(head -n 1 "$pidfile"))"
    return 0
  fi
  log "$name: starting (log: $logfile)"
  (cd "$workdir" && exec nohup "$@" >"$logfile" 2>&1 </dev/null) &
  pid=$!
  printf '%s\n%s\n' "$pid" "$(proc_start_time "$pid" || true)" >"$pidfile"
}

# stop_pidfile NAME: TERM the process in $RUN_DIR/NAME.pid, KILL it if it is
# still there after 10 s, and remove the pid file.
stop_pidfile() {
  local name=$1 pidfile="$RUN_DIR/$1.pid" pid i
  [[ -f $pidfile ]] || return 0
  if pid_alive "$name"; then
    pid=$(head -n 1 "$pidfile")
    log "$name: stopping (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 10; i++)); do
      proc_start_time "$pid" >/dev/null || break
      sleep 1
    done
    if proc_start_time "$pid" >/dev/null; then
      log "$name: still running after 10 s, killing"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$pidfile"
}

# wait_http URL SECONDS [LOGFILE] [NAME]: polls URL until it answers 200.
# On timeout, or as soon as the background process NAME has died, fails with
# the last lines of LOGFILE.
wait_http() {
  local url=$1 seconds=$2 logfile=${3:-} name=${4:-} code reason=""
  local deadline=$((SECONDS + seconds))
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)
    [[ $code == 200 ]] && return 0
    if [[ -n $name ]] && ! pid_alive "$name"; then
      reason="the $name process exited"
    elif ((SECONDS >= deadline)); then
      reason="no 200 within ${seconds} s (last status: ${code:-none})"
    fi
    if [[ -n $reason ]]; then
      printf 'error: %s is not ready: %s\n' "$url" "$reason" >&2
      if [[ -n $logfile && -f $logfile ]]; then
        printf -- '--- last 40 lines of %s ---\n' "$logfile" >&2
        tail -n 40 "$logfile" >&2
      fi
      return 1
    fi
    sleep 1
  done
}

# --- infrastructure services ---------------------------------------------------

# Runs the SQL on stdin as the postgres superuser (peer authentication).
psql_as_postgres() {
  # cd / so psql, running as postgres, is not in a directory it cannot read.
  (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1)
}

start_postgres() {
  if port_open 127.0.0.1 5432; then
    log "PostgreSQL: already listening on 5432"
    installed_now postgresql && record_started postgres
  else
    need_root "starting PostgreSQL"
    # Debian creates the 'main' cluster when the package is installed; an
    # image built without it gets one here.
    if [[ -z $(pg_lsclusters -h 2>/dev/null) ]]; then
      local version
      version=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n 1)
      log "PostgreSQL: creating cluster $version/main"
      pg_createcluster "$version" main
    fi
    log "PostgreSQL: starting"
    service postgresql start
    record_started postgres
  fi
  wait_until 60 pg_isready -q -h 127.0.0.1 -p 5432 ||
    die "PostgreSQL is not ready on 127.0.0.1:5432 after 60 s (see /var/log/postgresql/)"

  # The application role; CREATEDB because the tests create throwaway databases.
  psql_as_postgres <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'verification') THEN
    CREATE ROLE verification LOGIN CREATEDB PASSWORD 'verification';
  ELSE
    ALTER ROLE verification LOGIN CREATEDB PASSWORD 'verification';
  END IF;
END
$$;
SELECT 'CREATE DATABASE verification OWNER verification'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'verification')\gexec
SQL
  log "PostgreSQL: ready (role and database 'verification')"
}

start_rabbitmq() {
  if port_open 127.0.0.1 5672; then
    log "RabbitMQ: already listening on 5672"
    installed_now rabbitmq-server && record_started rabbitmq
  else
    need_root "starting RabbitMQ"
    log "RabbitMQ: starting"
    service rabbitmq-server start
    record_started rabbitmq
  fi
  # await_startup returns once the node has booted; the AMQP listener opens
  # right after, hence the short port wait.
  timeout 95 rabbitmqctl --quiet await_startup --timeout 90 >/dev/null ||
    die "RabbitMQ did not finish starting within 90 s (see /var/log/rabbitmq/)"
  wait_until 15 port_open 127.0.0.1 5672 ||
    die "RabbitMQ runs but nothing listens on 127.0.0.1:5672 (see /var/log/rabbitmq/)"

  # Tests get their own vhost so they never see the local stack's messages,
  # which use the default vhost '/'.
  if ! rabbitmqctl --silent list_vhosts name | grep -qx 'verification-tests'; then
    rabbitmqctl --quiet add_vhost verification-tests
  fi
  rabbitmqctl --quiet set_permissions -p verification-tests guest '.*' '.*' '.*'
  log "RabbitMQ: ready (vhosts '/' and 'verification-tests')"
}

start_maildev() {
  if port_open 127.0.0.1 1080; then
    log "maildev: already listening on 1080"
  else
    [[ -x $MAILDEV_BIN ]] || die "maildev is not installed: call install_maildev first"
    start_background maildev "$RUN_DIR" "$MAILDEV_BIN" --smtp 1025 --web 1080 --ip 127.0.0.1
    record_started maildev
  fi
  local deadline=$((SECONDS + 30))
  until curl -fsS -o /dev/null --max-time 5 http://127.0.0.1:1080/email 2>/dev/null; do
    if ((SECONDS >= deadline)); then
      printf 'error: maildev does not answer on http://127.0.0.1:1080/email after 30 s\n' >&2
      [[ -f $RUN_DIR/maildev.log ]] && tail -n 40 "$RUN_DIR/maildev.log" >&2
      exit 1
    fi
    sleep 1
  done
  log "maildev: ready (SMTP 127.0.0.1:1025, web http://127.0.0.1:1080)"
}

# Queues in the default vhost declared before every queue had a delivery limit
# and a dead-letter queue (src/ServiceDefaults/Messaging/DeadLetterTopology.cs):
# the broker cannot change a queue's arguments, and the services would fail to
# declare them, so such queues are deleted for the services to declare anew.
# Only while no service of the stack runs; any message still in them is
# reported, since it is lost with the queue.
migrate_queue_arguments() {
  local entry name running=false queue arguments messages
  for entry in "${APP_SERVICES[@]}"; do
    read -r name _ <<<"$entry"
    pid_alive "$name" && running=true
  done
  $running && return 0
  while IFS=$'\t' read -r queue arguments messages; do
    [[ -n $queue && $arguments == *x-queue-type* && $arguments != *x-delivery-limit* ]] || continue
    [[ $queue == *-dead-letter || $queue == *_error || $queue == *_skipped ]] && continue
    log "RabbitMQ: deleting queue '$queue' (declared without a delivery limit; $messages messages in it)"
    rabbitmqctl --quiet delete_queue -p / "$queue" >/dev/null
  done < <(rabbitmqctl --quiet --no-table-headers list_queues -p / name arguments messages 2>/dev/null || true)
}

# stop_infra NAME: stops one infrastructure service (postgres, rabbitmq,
# maildev) and forgets that we started it.
stop_infra() {
  case $1 in
  postgres)
    log "PostgreSQL: stopping"
    service postgresql stop || true
    ;;
  rabbitmq)
    log "RabbitMQ: stopping"
    service rabbitmq-server stop || true
    ;;
  maildev) stop_pidfile maildev ;;
  *) log "unknown service '$1' in $STARTED_FILE, ignored" ;;
  esac
  forget_started "$1"
}

# Stops, newest first, every infrastructure service recorded in $STARTED_FILE.
stop_recorded() {
  [[ -f $STARTED_FILE ]] || return 0
  local names name
  mapfile -t names < <(tac "$STARTED_FILE")
  for name in "${names[@]}"; do
    [[ -n $name ]] && stop_infra "$name"
  done
}

# Stops, newest first, what this very process started (tests/run.sh at exit).
stop_started_now() {
  local i
  for ((i = ${#STARTED_NOW[@]} - 1; i >= 0; i--)); do
    stop_infra "${STARTED_NOW[i]}"
  done
  STARTED_NOW=()
}
