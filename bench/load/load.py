"""The load benchmark behind bench/load/run.sh: an open-loop generator on loopback.

Uploads a realistic mix of documents at a fixed rate for a fixed time to its own copy of the pipeline
(tests/chaos/stack.py), then lets the backlog drain (bounded) and reports throughput, upload-to-decision
percentiles (from the database's own timestamps) and the services' resident memory over time.
"""
import glob
import json
import os
import random
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tests", "chaos"))
import stack as s  # noqa: E402

TYPES = ["enrollment_certificate", "identity_document", "student_visa", "resources_attestation",
         "birth_certificate", "residence_permit", "bank_details"]


# Which generated fixture goes with which document type (tests/fixtures/quality and birth name their
# content): a student uploads an ID card as an identity document, not a bank statement.
CONTENT = {
    "enrollment_certificate": ["p1_enrolment_certificate", "p7_transcript"],
    "identity_document": ["c1_id_card"],
    "student_visa": ["p5_visa_validation"],
    "resources_attestation": ["p2_resources_attestation"],
    "birth_certificate": ["p3_birth_extract", "birth/out/"],
    "residence_permit": ["c2_residence_card", "p5_visa_validation"],
    "bank_details": ["p4_bank_details"],
}
# Files every type sees now and then (about one upload in ten): refused before any content check.
BAD = ["encrypted.pdf", "not-a-pdf.pdf", "corrupt.pdf", "empty.pdf", "large.jpg"]


def corpus() -> dict[str, list[tuple[str, bytes]]]:
    """What students upload, per type: phone photos and scans (good, blurred, cut, small), PDFs, some bad files."""
    fixtures = os.path.join(s.REPO, "tests", "fixtures")
    generated = sorted(glob.glob(os.path.join(fixtures, "quality", "out", "*.jpg")) + glob.glob(os.path.join(fixtures, "birth", "out", "*")))
    files = os.path.join(fixtures, "files")
    fallback = {"identity_document": "clean.jpg", "birth_certificate": "clean.pdf"}
    pools: dict[str, list[tuple[str, bytes]]] = {}
    for doc_type, needles in CONTENT.items():
        paths = [p for p in generated if any(n in p for n in needles)]
        paths = random.Random(doc_type).sample(paths, min(12, len(paths))) or [os.path.join(files, fallback.get(doc_type, "clean.png"))]
        paths += [os.path.join(files, bad) for bad in random.Random(doc_type).sample(BAD, 1)]
        pools[doc_type] = [(os.path.basename(p), open(p, "rb").read()) for p in paths if os.path.isfile(p)]
    return pools


def main() -> int:
    rate = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    duration = float(sys.argv[2]) if len(sys.argv) > 2 else 600.0
    drain = float(os.environ.get("LOAD_DRAIN_SECONDS", "600"))
    files = corpus()
    stack = s.Stack("load", os.path.join(s.REPO, "tests", ".results", "load"))
    count = sum(len(pool) for pool in files.values())
    size = sum(len(c) for pool in files.values() for _, c in pool) / count / 1024
    print(f"load: {rate:g} documents/s for {duration:.0f} s from {count} files ({size:.0f} KB on average), "
          f"every type in turn; drain at most {drain:.0f} s", flush=True)
    stack.start()
    memory: list[tuple[float, dict[str, int]]] = []
    stop_sampling = threading.Event()
    started = time.monotonic()

    def sample() -> None:
        while not stop_sampling.wait(5):
            memory.append((time.monotonic() - started, {n: svc.resident_kb() for n, svc in stack.services.items()}))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        uploaded, failures, upload_ms = generate(stack, files, rate, duration)
        generation_end = time.monotonic() - started
        backlog = pending(stack)
        s.wait_until(lambda: pending(stack) == 0, drain, 2)
        stop_sampling.set()
        result = summarize(stack, uploaded, failures, upload_ms, rate, duration, generation_end, backlog, memory)
        print(json.dumps(result, indent=2))
        out = os.path.join(stack.log_dir, "result.json")
        with open(out, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=2)
        print(f"load: result written to {out}")
        return 0
    finally:
        stop_sampling.set()
        stack.close()


def generate(stack, files, rate, duration):
    """Open loop: upload i is due at i / rate whatever happened to the ones before it."""
    total = int(rate * duration)
    dossiers = {}
    uploaded: list[str] = []
    upload_ms: list[float] = []
    failures = [0]
    lock = threading.Lock()
    run = os.urandom(3).hex()
    started = time.monotonic()
    picker = random.Random(7)
    plan = []
    for i in range(total):
        pool = files[TYPES[i % len(TYPES)]]
        plan.append((i, TYPES[i % len(TYPES)], pool[picker.randrange(len(pool))]))

    def one(i, doc_type, file):
        dossier = f"LOAD-{run}-{i // len(TYPES):06d}"
        try:
            if i % len(TYPES) == 0:
                stack.declare(dossier, f"{dossier.lower()}@load.example")
                dossiers[dossier] = True
            else:
                s.wait_until(lambda: dossier in dossiers, 30, 0.05)
            t0 = time.monotonic()
            document_id = stack.upload(dossier, doc_type, file[0], file[1])
            with lock:
                uploaded.append(document_id)
                upload_ms.append((time.monotonic() - t0) * 1000)
        except Exception:  # noqa: BLE001 - counted, the generator goes on
            with lock:
                failures[0] += 1

    with ThreadPoolExecutor(max_workers=16) as pool:
        for i, doc_type, file in plan:
            time.sleep(max(0.0, started + i / rate - time.monotonic()))
            pool.submit(one, i, doc_type, file)
    return uploaded, failures[0], upload_ms


def pending(stack) -> int:
    return int(s.psql("select count(*) from documents where status = 'processing'", stack.database)[0][0])


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] if ordered else None


def summarize(stack, uploaded, failures, upload_ms, rate, duration, generation_end, backlog, memory):
    rows = s.psql("""select extract(epoch from decided_at - uploaded_at), extract(epoch from decided_at),
                            extract(epoch from uploaded_at), status
                     from documents where decided_at is not null""", stack.database)
    latencies = [float(r[0]) for r in rows]
    first_upload = min(float(r[2]) for r in rows) if rows else 0
    in_window = [r for r in rows if float(r[1]) <= first_upload + duration]
    by_status: dict[str, int] = {}
    for r in rows:
        by_status[r[3]] = by_status.get(r[3], 0) + 1
    last_decision = max(float(r[1]) for r in rows) if rows else first_upload
    worker = [(t, m["verification-worker"]) for t, m in memory if m.get("verification-worker")]
    half = [kb for t, kb in worker if t >= generation_end / 2 and t <= generation_end]
    return {
        "offered_rate_per_s": rate, "duration_s": duration,
        "uploaded": len(uploaded), "upload_failures": failures,
        "upload_http_ms_p50": percentile(upload_ms, 50), "upload_http_ms_p95": percentile(upload_ms, 95),
        "decided": len(rows), "decisions": by_status,
        "throughput_during_generation_per_s": round(len(in_window) / duration, 2),
        "throughput_overall_per_s": round(len(rows) / max(1.0, last_decision - first_upload), 2),
        "backlog_at_end_of_generation": backlog,
        "still_processing_after_drain": pending(stack),
        "upload_to_decision_s": {name: round(percentile(latencies, int(name[1:])), 3) for name in ("p50", "p95", "p99")} if latencies else {},
        "upload_to_decision_s_mean": round(statistics.mean(latencies), 3) if latencies else None,
        "worker_rss_mb": {"first": worker[0][1] // 1024 if worker else None, "max": max(kb for _, kb in worker) // 1024 if worker else None,
                          "second_half_min": min(half) // 1024 if half else None, "second_half_max": max(half) // 1024 if half else None,
                          "last": worker[-1][1] // 1024 if worker else None},
        "rss_mb_max": {n: max((m.get(n, 0) for _, m in memory), default=0) // 1024 for n in stack.services},
        "restarts": {n: stack.restarts(n) for n in stack.services},
        "memory_samples": [(round(t), {n: kb // 1024 for n, kb in m.items()}) for t, m in memory[::6]],
    }


if __name__ == "__main__":
    sys.exit(main())
