"""The chaos run behind tests/chaos/run.sh: uploads while the verification worker is killed and the
broker and the database restart, then proves that every document ended in exactly one terminal state
with exactly one decision e-mail. Prints the counts as a table; exits 1 if anything was lost or doubled."""
import os
import sys
import threading
import time

import stack as s

# Every document type, each with one of the sample files (tests/fixtures/files): clean files that go to
# review, and broken ones that are rejected, so both paths are exercised under fire.
UPLOADS = [
    ("enrollment_certificate", "clean.pdf"),
    ("identity_document", "clean.jpg"),
    ("student_visa", "encrypted.pdf"),
    ("resources_attestation", "clean.png"),
    ("birth_certificate", "corrupt.pdf"),
    ("residence_permit", "not-a-pdf.pdf"),
    ("bank_details", "owner-only.pdf"),
]
DECISION_KINDS = ("document_accepted", "document_rejected", "document_under_review")
TERMINAL = ("accepted", "rejected", "manual_review")
# When, as a share of the upload phase, each fault strikes.
EVENTS = [(0.12, "kill -9 verification worker"), (0.25, "restart RabbitMQ"), (0.40, "kill -9 verification worker"),
          (0.55, "restart PostgreSQL"), (0.75, "kill -9 verification worker")]


def main() -> int:
    per_type = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    rate = float(os.environ.get("CHAOS_UPLOAD_RATE", "8"))
    total = per_type * len(UPLOADS)
    upload_phase = max(60.0, total / rate)
    settle = 300 + total * 0.3
    samples = os.path.join(s.REPO, "tests", "fixtures", "files")
    contents = {name: open(os.path.join(samples, name), "rb").read() for _, name in UPLOADS}
    stack = s.Stack("chaos", os.path.join(s.REPO, "tests", ".results", "chaos"))
    print(f"chaos: {per_type} documents of each of {len(UPLOADS)} types ({total}), uploads over {upload_phase:.0f} s, "
          f"settling for at most {settle:.0f} s; logs in {stack.log_dir}", flush=True)
    stack.start()
    try:
        started = time.monotonic()
        faults = threading.Thread(target=inject_faults, args=(stack, started, upload_phase), daemon=True)
        faults.start()
        uploaded = upload_all(stack, per_type, contents, started, upload_phase)
        faults.join()
        settled = s.wait_until(lambda: settled_count(stack) >= len(uploaded), settle, 2)
        return report(stack, uploaded, settled, time.monotonic() - started)
    finally:
        stack.close()


def upload_all(stack, per_type, contents, started, upload_phase) -> dict[str, str]:
    """Uploads at an even pace across the upload phase, retrying through outages as a portal would."""
    uploaded: dict[str, str] = {}
    run = os.urandom(3).hex()
    interval = upload_phase / (per_type * len(UPLOADS))
    for i in range(per_type):
        dossier = f"CHAOS-{run}-{i:05d}"
        s.retrying(lambda: stack.declare(dossier, f"{dossier.lower()}@chaos.example"))
        for doc_type, sample in UPLOADS:
            due = started + len(uploaded) * interval
            time.sleep(max(0.0, due - time.monotonic()))
            document_id = s.retrying(lambda: stack.upload(dossier, doc_type, sample, contents[sample]), 300)
            uploaded[document_id] = doc_type
    return uploaded


def inject_faults(stack, started, upload_phase) -> None:
    for share, event in EVENTS:
        time.sleep(max(0.0, started + share * upload_phase - time.monotonic()))
        print(f"chaos: t={time.monotonic() - started:5.1f} s  {event}", flush=True)
        if event.startswith("kill"):
            stack["verification-worker"].kill9()
        elif "RabbitMQ" in event:
            s.restart_rabbitmq()
        else:
            s.restart_postgres()


def settled_count(stack) -> int:
    """Documents in a terminal state whose decision e-mail was sent."""
    kinds = ",".join(f"'{k}'" for k in DECISION_KINDS)
    terminal = ",".join(f"'{t}'" for t in TERMINAL)
    rows = s.psql(f"""select count(*) from documents d where d.status in ({terminal}) and exists (
                      select 1 from notifications n where n.document_id = d.document_id and n.kind in ({kinds}) and n.status = 'sent')""",
                  stack.database)
    return int(rows[0][0])


def report(stack, uploaded: dict[str, str], settled: bool, elapsed: float) -> int:
    statuses = dict(s.psql("select document_id, status from documents", stack.database))
    decisions = {r[0]: int(r[1]) for r in s.psql("select document_id, count(*) from decisions group by 1", stack.database)}
    mails: dict[str, int] = {}
    for key, count in s.maildev_keys().items():
        document_id, _, kind = key.partition(":")
        if document_id in uploaded and kind in DECISION_KINDS:
            mails[document_id] = mails.get(document_id, 0) + count
    terminal = [d for d in uploaded if statuses.get(d) in TERMINAL]
    lost = [d for d in uploaded if statuses.get(d) not in TERMINAL]
    duplicated_decisions = [d for d in uploaded if decisions.get(d, 0) > 1]
    missing_mails = [d for d in uploaded if mails.get(d, 0) == 0]
    duplicated_mails = [d for d in uploaded if mails.get(d, 0) > 1]
    by_status = {t: sum(1 for d in uploaded if statuses.get(d) == t) for t in TERMINAL}
    rows = [
        ("documents uploaded", len(uploaded)),
        ("terminal (accepted / rejected / manual_review)", f"{len(terminal)} ({by_status['accepted']} / {by_status['rejected']} / {by_status['manual_review']})"),
        ("lost (not terminal)", len(lost)),
        ("duplicated (more than one decision)", len(duplicated_decisions)),
        ("decision e-mails received (maildev)", sum(mails.values())),
        ("lost e-mails (document without one)", len(missing_mails)),
        ("duplicated e-mails (document with more than one)", len(duplicated_mails)),
        ("verification worker killed / restarted", f"3 / {stack.restarts('verification-worker')}"),
        ("RabbitMQ restarts / PostgreSQL restarts", "1 / 1"),
        ("intake / notification worker restarts", f"{stack.restarts('intake')} / {stack.restarts('notification-worker')}"),
        ("elapsed", f"{elapsed:.0f} s"),
    ]
    width = max(len(name) for name, _ in rows)
    print(f"\n{'check'.ljust(width)}  value\n{'-' * width}  -----")
    for name, value in rows:
        print(f"{name.ljust(width)}  {value}")
    lost_total = len(lost) + len(missing_mails)
    duplicated_total = len(duplicated_decisions) + len(duplicated_mails)
    print(f"\nlost = {lost_total}, duplicated = {duplicated_total}")
    for label, ids in (("lost", lost), ("no e-mail", missing_mails), ("doubled", duplicated_decisions + duplicated_mails)):
        for document_id in ids[:10]:
            print(f"  {label}: {document_id} ({uploaded[document_id]}, status {statuses.get(document_id)})")
    if not settled:
        print("chaos: not every document settled within the time allowed")
    return 0 if lost_total == 0 and duplicated_total == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
