"""A throwaway copy of the pipeline on loopback, for the chaos test and the load benchmark.

Runs Intake and both workers from their Release builds as child processes, on a database and a
RabbitMQ virtual host of their own (created here, dropped at the end), so that a run never touches
the local stack of deploy/local/up.sh nor another run. A supervisor thread restarts any service
that dies, as systemd or Kubernetes would, and counts it. Standard library only.
"""
import json
import os
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
import uuid

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PG = "Host=127.0.0.1;Port=5432;Username=verification;Password=verification"
SERVICES = {"intake": "Intake", "verification-worker": "Verification.Worker", "notification-worker": "Notification.Worker"}
API_KEY = "chaos-and-load-key"
MAILDEV = "http://127.0.0.1:1080"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(*args: str, timeout: int = 120) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=timeout).stdout


def psql(sql: str, database: str = "postgres") -> list[list[str]]:
    """Runs SQL as the application role; returns the rows, tab-separated fields."""
    out = subprocess.run(["psql", "-X", "-q", "-At", "-F", "\t", "-h", "127.0.0.1", "-U", "verification", "-d", database, "-c", sql],
                         check=True, capture_output=True, text=True, timeout=120, env={**os.environ, "PGPASSWORD": "verification"}).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def wait_until(predicate, seconds: float, interval: float = 0.5) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if predicate():
                return True
        except Exception:  # noqa: BLE001 - a service restarting answers with errors for a while
            pass
        time.sleep(interval)
    return False


class Service:
    def __init__(self, name: str, project: str, environment: dict, log_dir: str):
        self.name, self.project = name, project
        self.port = free_port()
        self.environment = {**environment, "ASPNETCORE_URLS": f"http://127.0.0.1:{self.port}"}
        self.log_path = os.path.join(log_dir, f"{name}.log")
        self.process: subprocess.Popen | None = None
        self.starts = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        bin_dir = os.path.join(REPO, "src", self.project, "bin", "Release", "net10.0")
        log = open(self.log_path, "a", encoding="utf-8")
        log.write(f"\n===== start {self.starts + 1} at {time.strftime('%H:%M:%S')}\n")
        log.flush()
        self.process = subprocess.Popen(["dotnet", os.path.join(bin_dir, f"{self.project}.dll")], cwd=bin_dir,
                                        env={**os.environ, **self.environment}, stdout=log, stderr=subprocess.STDOUT)
        self.starts += 1

    def ready(self) -> bool:
        with urllib.request.urlopen(f"{self.url}/health/ready", timeout=5) as response:
            return response.status == 200

    def kill9(self) -> None:
        if self.process and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def resident_kb(self) -> int:
        try:
            with open(f"/proc/{self.process.pid}/status", encoding="ascii") as f:
                return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
        except (OSError, StopIteration, AttributeError):
            return 0


class Stack:
    def __init__(self, label: str, log_dir: str, extra_environment: dict | None = None):
        suffix = uuid.uuid4().hex[:8]
        self.database = f"verification_{label}_{suffix}"
        self.vhost = f"verification-{label}-{suffix}"
        self.log_dir = log_dir
        os.makedirs(log_dir, exist_ok=True)
        environment = {
            "ASPNETCORE_ENVIRONMENT": "Production",
            "ConnectionStrings__Verification": f"{PG};Database={self.database}",
            "RabbitMq__Host": "127.0.0.1", "RabbitMq__VirtualHost": self.vhost,
            "Smtp__Host": "127.0.0.1", "Smtp__Port": "1025",
            "Intake__ApiKey": API_KEY,
            **(extra_environment or {}),
        }
        self.services = {name: Service(name, project, environment, log_dir) for name, project in SERVICES.items()}
        self._stop = threading.Event()
        self._supervisor = threading.Thread(target=self._supervise, daemon=True)

    def __getitem__(self, name: str) -> Service:
        return self.services[name]

    def start(self) -> None:
        psql(f"create database {self.database}")
        run("rabbitmqctl", "--quiet", "add_vhost", self.vhost)
        run("rabbitmqctl", "--quiet", "set_permissions", "-p", self.vhost, "guest", ".*", ".*", ".*")
        for service in self.services.values():
            service.start()
        for service in self.services.values():
            if not wait_until(service.ready, 120):
                raise RuntimeError(f"{service.name} not ready within 120 s; see {service.log_path}")
        self._supervisor.start()

    def _supervise(self) -> None:
        while not self._stop.wait(0.5):
            for service in self.services.values():
                if service.process.poll() is not None and not self._stop.is_set():
                    service.start()

    def restarts(self, name: str) -> int:
        return self.services[name].starts - 1

    def close(self) -> None:
        self._stop.set()
        for service in self.services.values():
            service.stop()
        try:
            psql(f"drop database if exists {self.database} with (force)")
            run("rabbitmqctl", "--quiet", "delete_vhost", self.vhost)
        except subprocess.SubprocessError as error:
            print(f"cleanup: {error}")

    # --- what the portal does ------------------------------------------------

    def request(self, method: str, path: str, body: bytes | None = None, content_type: str | None = None):
        headers = {"X-Api-Key": API_KEY}
        if content_type:
            headers["Content-Type"] = content_type
        req = urllib.request.Request(self["intake"].url + path, data=body, method=method, headers=headers)
        with urllib.request.urlopen(req, timeout=30) as response:
            return response.status, json.loads(response.read() or b"null")

    def declare(self, dossier_id: str, email: str) -> None:
        body = json.dumps({"lastName": "DUPONT", "firstNames": "Camille", "dateOfBirth": "2002-03-04", "nationality": "BRA",
                           "countryOfBirth": "BRA", "email": email, "language": "fr", "rightsStartDate": "2026-09-01"}).encode()
        self.request("PUT", f"/api/v1/dossiers/{dossier_id}", body, "application/json")

    def upload(self, dossier_id: str, doc_type: str, file_name: str, content: bytes) -> str:
        boundary = uuid.uuid4().hex
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n{doc_type}\r\n"
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\n"
                f"Content-Type: application/octet-stream\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
        status, answer = self.request("POST", f"/api/v1/dossiers/{dossier_id}/documents", body, f"multipart/form-data; boundary={boundary}")
        if status not in (200, 202):
            raise RuntimeError(f"upload answered {status}")
        return answer["documentId"]


def retrying(action, seconds: float = 120):
    """Calls action until it succeeds, as a portal would while Intake or its database restarts."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return action()
        except (urllib.error.URLError, ConnectionError, TimeoutError, RuntimeError, OSError):
            if time.monotonic() > deadline:
                raise
            time.sleep(1)


def restart_rabbitmq() -> None:
    run("service", "rabbitmq-server", "restart", timeout=180)
    run("rabbitmqctl", "--quiet", "await_startup", "--timeout", "120", timeout=150)


def restart_postgres() -> None:
    run("service", "postgresql", "restart", timeout=120)
    if not wait_until(lambda: subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1"]).returncode == 0, 60):
        raise RuntimeError("PostgreSQL did not come back within 60 s")


def maildev_keys() -> dict[str, int]:
    """How many e-mails maildev holds per X-Notification-Key."""
    with urllib.request.urlopen(f"{MAILDEV}/email", timeout=60) as response:
        mails = json.loads(response.read())
    counts: dict[str, int] = {}
    for mail in mails:
        key = (mail.get("headers") or {}).get("x-notification-key")
        if key:
            counts[key] = counts.get(key, 0) + 1
    return counts
