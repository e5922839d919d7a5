"""Load the hostile corpus through the API, the command line and the window, and judge each answer.

One child process per (route, kind) batch runs every case of the batch (``child.py``), each
under the time limit, all under the memory limit; a child that dies or hangs is replaced and the
batch goes on after the case it was on. A few cases also run as a real ``gradlab`` process (route
"process"). ``problems(case, route, record)`` is every rule a record breaks; the test and the
report below use it alike.

Reproduce one case: ``python -m tests.hostile.harness --case session-fifo --route window``;
everything: ``python -m tests.hostile.harness`` (prints the failures and the slowest and largest).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import resource
import selectors
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .child import MEMORY_LIMIT, TIME_LIMIT, WALL_LIMIT
from .generate import MARKER, all_cases, generate, routes_for

ROOT = Path(__file__).resolve().parents[2]
GRACE = 10.0  # seconds past the time limit before a silent child is killed
PROCESS_STARTUP = 10.0  # what a real gradlab process may take to start (Python, torch) beyond the limits
STARTUP = 90.0  # seconds a child may take before its first case (torch, the window)
# Python's words for what went wrong: never in a message meant for the student
PYTHON_WORDS = re.compile(
    r"Traceback|\b\w*(Error|Exception)\b(?!\s+\d)|Errno|\bline \d+, in\b|object has no attribute|"
    r"unsupported operand|codec can't|invalid literal for|could not convert|NoneType"
)
ENVIRONMENT = {
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "MALLOC_ARENA_MAX": "2",
    "PYTHONDONTWRITEBYTECODE": "1",
}
ROUTE_ORDER = ("window", "api", "cli")


def batches(cases: list[dict]) -> list[tuple[str, str, list[str]]]:
    """(route, name, ids): one child a route, two for the window (the slowest to start and to run).

    The Neural Network tab's files go with the expressions: that window child has the less to do.
    """
    found: dict[tuple[str, str], list[str]] = {}
    for case in cases:
        for route in routes_for_record(case):
            lighter = case["kind"] == "expression" or case.get("tab") == "classify"
            name = ("expressions" if lighter else "files") if route == "window" else "all"
            found.setdefault((route, name), []).append(case["id"])
    return sorted(
        ((r, n, ids) for (r, n), ids in found.items()), key=lambda b: (ROUTE_ORDER.index(b[0]), b[1])
    )


def routes_for_record(case: dict) -> tuple[str, ...]:
    from .generate import Case

    fields = {k: v for k, v in case.items() if k in Case.__dataclass_fields__}
    return routes_for(Case(**fields))


def _environment() -> dict:
    return {**os.environ, **ENVIRONMENT, "PYTHONPATH": str(ROOT)}


def run_batch(
    route: str, kind: str, ids: list[str], corpus: Path, written: threading.Event
) -> dict[str, dict]:
    """Every case of one batch, in as many children as it takes (one more after each death or hang).

    The first child starts at once and warms up (torch, the window) while the corpus is written;
    it is sent its cases once ``written`` is set.
    """
    results: dict[str, dict] = {}
    left, began, children = list(ids), time.monotonic(), 0
    while left:
        children += 1
        read, write = os.pipe()
        command = [sys.executable, "-m", "tests.hostile.child", route, kind, str(corpus), str(write)]
        log = tempfile.TemporaryFile()
        child = subprocess.Popen(
            command,
            cwd=corpus,
            env=_environment(),
            stdin=subprocess.PIPE,
            stdout=log,
            stderr=log,
            pass_fds=[write],
        )
        os.close(write)
        written.wait()
        child.stdin.write(json.dumps(left).encode())
        child.stdin.close()
        current, reason = _follow(read, child, results)
        os.close(read)
        if child.poll() is None:
            child.kill()
        child.wait()
        if current is not None:  # it died or hung on this case
            log.seek(0)
            tail = log.read()[-3000:].decode(errors="replace")
            status = (
                f"killed after {reason}" if reason else f"the process died (exit status {child.returncode})"
            )
            results[current] = {
                "id": current,
                "result": "died",
                "message": status,
                "stderr": tail,
                "seconds": None,
            }
        log.close()
        done = set(results)
        if not done.intersection(left) and current is None:  # it never started: say so for all
            for case_id in left:
                results[case_id] = {
                    "id": case_id,
                    "result": "died",
                    "message": f"no child (exit {child.returncode})",
                }
        left = [i for i in left if i not in results]
    if os.environ.get("HOSTILE_VERBOSE"):
        print(
            f"{route} {kind}: {len(ids)} cases, {children} child(ren), {time.monotonic() - began:.1f} s",
            file=sys.stderr,
        )
    return results


def _follow(read: int, child, results: dict) -> tuple[str | None, str]:
    """Read the child's reports; the case it was on when it stopped answering (or died), and why."""
    selector = selectors.DefaultSelector()
    selector.register(read, selectors.EVENT_READ)
    buffer, current = b"", None
    deadline = time.monotonic() + STARTUP
    while True:
        wait = deadline - time.monotonic()
        if wait <= 0:
            return current, f"no answer for {WALL_LIMIT + GRACE:g} s" if current else "a start past 90 s"
        if not selector.select(wait):
            continue
        chunk = os.read(read, 1 << 16)
        if not chunk:
            return current, ""
        buffer += chunk
        *lines, buffer = buffer.split(b"\n")
        for line in lines:
            record = json.loads(line)
            if record["event"] == "start":
                current = record["id"]
                deadline = time.monotonic() + WALL_LIMIT + GRACE
            else:
                results[record["id"]] = record
                current = None


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _wait(child: subprocess.Popen, seconds: float):
    """The child's exit status and its resource usage (its own CPU time), or None if it ran too long."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            child.returncode = os.waitstatus_to_exitcode(status)
            return child.returncode, usage
        time.sleep(0.02)
    child.kill()
    child.wait()
    return None, None


def run_process(case: dict, corpus: Path, written: threading.Event) -> dict:
    """One case as a real ``gradlab`` command: its exit status and what it printed on stderr."""
    from .child import cli_argv

    written.wait()
    path = corpus / case["file"] if case["file"] else corpus
    command = [sys.executable, "-m", "gradlab", *cli_argv(case, path, corpus)]
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        child = subprocess.Popen(
            command, cwd=corpus, env=_environment(), stdout=out, stderr=err, preexec_fn=_limits
        )
        code, usage = _wait(child, WALL_LIMIT + PROCESS_STARTUP)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace").rstrip("\n")
    seconds = time.perf_counter() - start
    if code is None:
        return {
            "id": case["id"],
            "result": "timeout",
            "message": "no exit within the limit",
            "seconds": seconds,
        }
    result = {0: "ok", 2: "refused"}.get(code, "crash")
    message = stderr if result != "crash" else f"exit status {code}: {stderr[-2000:]}"
    cpu = usage.ru_utime + usage.ru_stime
    record = {"id": case["id"], "result": result, "message": message, "seconds": seconds, "cpu_seconds": cpu}
    record["summary"] = {"exit": code}
    for line in stdout.splitlines():
        if line.startswith("predict="):
            record["summary"]["predict"] = float(line.split("=", 1)[1])
    return record


def generate_and_run(
    corpus: Path, ids: set[str] | None = None, routes: set[str] | None = None, workers: int = 2
) -> tuple[list[dict], dict]:
    """Write the corpus (or only ``ids``) and load it: (its records, {(route, case id): answer}).

    The first children start before the corpus is written: their warming up (about 4 s for the
    window) overlaps the writing.
    """
    briefs = [case.record(check=False) for case in all_cases() if ids is None or case.id in ids]
    corpus.mkdir(parents=True, exist_ok=True)
    written = threading.Event()
    with ThreadPoolExecutor(max_workers=1) as runner:
        answers = runner.submit(run_all, corpus, briefs, routes, workers, written)
        try:
            needed = None if ids is None else ids | {"checkpoint-valid-regression1train"}
            records = generate(corpus, needed)
        finally:
            written.set()
        return records, answers.result()


def run_all(corpus: Path, cases: list[dict], routes=None, workers: int = 2, written=None) -> dict:
    """{(route, case id): record} for ``cases`` (their files written in ``corpus``, or being written)."""
    if written is None:  # the corpus is written already
        written = threading.Event()
        written.set()
    chosen = [c for c in cases if not skipped(c)]
    results: dict[tuple[str, str], dict] = {}
    work = [(r, k, i) for r, k, i in batches(chosen) if routes is None or r in routes]
    processes = [c for c in chosen if c["process"]] if routes is None or "process" in routes else []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(run_batch, r, k, i, corpus, written): r for r, k, i in work}
        process_futures = [pool.submit(run_process, c, corpus, written) for c in processes]
        for future, route in futures.items():
            for case_id, record in future.result().items():
                results[(route, case_id)] = record
        for future in process_futures:
            record = future.result()
            results[("process", record["id"])] = record
    return results


# --- the rules -------------------------------------------------------------------------------------


def _same(found, expected) -> bool:
    if isinstance(expected, float) and isinstance(found, int | float):
        if math.isnan(expected):
            return math.isnan(found)
        return math.isclose(found, expected, rel_tol=1e-5, abs_tol=1e-9)
    return found == expected


def problems(case: dict, route: str, record: dict | None, corpus: Path | None = None) -> list[str]:
    """Every rule ``record`` (the answer to ``case`` by ``route``) breaks; [] when it is right."""
    if record is None:
        return ["no answer recorded"]
    found, message, result = [], record.get("message") or "", record["result"]
    if result in ("crash", "died", "timeout"):
        return [f"{result}: {message[:1500]}", *([record["stderr"][-1500:]] if record.get("stderr") else [])]
    startup = PROCESS_STARTUP if route == "process" else 0
    cpu, seconds = record.get("cpu_seconds"), record.get("seconds")
    if cpu is not None and cpu > TIME_LIMIT + startup:
        found.append(f"used {cpu:.1f} s of CPU (limit {TIME_LIMIT + startup:g} s)")
    if seconds is not None and seconds > WALL_LIMIT + startup:
        found.append(f"took {seconds:.1f} s (limit {WALL_LIMIT + startup:g} s)")
    if "Traceback" in (record.get("stderr") or ""):
        found.append("a traceback on stderr: " + record["stderr"][-1500:])
    expect = case["expect"]
    if result == "ok" and expect == "refused":
        found.append("accepted, but it must be refused")
    if result == "refused" and expect == "ok":
        found.append(f"refused, but it must load: {message!r}")
    if result == "refused":
        if not message.strip():
            found.append("refused without a message")
        if "\n" in message or "\r" in message:
            found.append(f"the message is {message.count(chr(10)) + 1} lines: {message[:600]!r}")
        python = PYTHON_WORDS.search(message)
        if python:
            found.append(f"the message has Python's words ({python.group(0)!r}): {message[:300]!r}")
        if case["says"] and not re.search(case["says"], message, re.IGNORECASE):
            found.append(f"the message does not say /{case['says']}/: {message[:300]!r}")
        if case["not_says"] and re.search(case["not_says"], message, re.IGNORECASE):
            found.append(f"the message says /{case['not_says']}/ (untrue): {message[:300]!r}")
    summary = record.get("summary") or {}
    if result == "ok":
        for problem in summary.get("code") or []:
            found.append(f"generated code: {problem}")
        if expect == "ok":
            for key, expected in case["check"].items():
                if key == "x" or key not in summary:
                    continue
                if not _same(summary[key], expected):
                    found.append(f"{key} is {summary[key]!r}, not {expected!r}")
    if corpus is not None and (corpus / MARKER).exists():
        found.append(f"a payload ran: {MARKER} was written")
    return found


def skipped(case: dict) -> str | None:
    """Why ``case`` cannot be judged here (a permission as root), or None."""
    if case["needs_user"] and os.geteuid() == 0:
        return "as root every file is readable: permission denied cannot happen"
    return None


def report(cases: list[dict], results: dict, corpus: Path | None = None) -> str:
    """The failures grouped by kind and route, then the slowest and largest loads."""
    by_id = {c["id"]: c for c in cases}
    lines, failing = [], 0
    for (route, case_id), record in sorted(
        results.items(), key=lambda item: (by_id[item[0][1]]["kind"], item[0])
    ):
        if skipped(by_id[case_id]):
            continue
        found = problems(by_id[case_id], route, record, corpus)
        if found:
            failing += 1
            lines.append(f"FAIL {by_id[case_id]['kind']:10} {route:7} {case_id}: {found[0][:300]}")
    timed = [(r.get("cpu_seconds") or 0, r.get("seconds") or 0, k) for k, r in results.items()]
    grown = [(r.get("rise_mb") or 0, r.get("peak_mb") or 0, k) for k, r in results.items()]
    lines.append(f"{failing} of {len(results)} loads fail ({len(cases)} cases)")
    lines += [
        f"slowest: {cpu:.2f} s of CPU ({wall:.2f} s)  {route} {case_id}"
        for cpu, wall, (route, case_id) in sorted(timed, reverse=True)[:5]
    ]
    lines += [
        f"largest: +{rise:.0f} MB (peak {peak:.0f} MB)  {route} {case_id}"
        for rise, peak, (route, case_id) in sorted(grown, reverse=True)[:5]
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.hostile.harness", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--case", action="append", help="only this case id (repeatable)")
    parser.add_argument("--route", action="append", help="only this route: api, cli, window, process")
    parser.add_argument("--keep", metavar="DIR", help="write the corpus here (default: a temporary folder)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temporary:
        corpus = Path(args.keep or temporary) / "corpus"
        ids = set(args.case) if args.case else None
        cases, results = generate_and_run(corpus, ids, set(args.route) if args.route else None)
        if ids is not None:
            for (route, _), record in sorted(results.items()):
                print(route, json.dumps(record, indent=1)[:3000])
        print(report(cases, results, corpus))
    return 0


if __name__ == "__main__":
    sys.exit(main())
