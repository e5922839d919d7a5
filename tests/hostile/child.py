"""One batch of hostile cases, loaded in this process under a memory limit, each under a time limit.

``python -m tests.hostile.child ROUTE BATCH CORPUS FD`` reads case ids (a JSON list) on stdin and
writes one JSON line per case to file descriptor FD: "start" before it, then its result, seconds
and memory. The memory limit is the process's (RLIMIT_AS, set before anything is imported); the
time limit is an alarm that raises ``CaseTimeout`` (a BaseException: gradlab's ``except
Exception`` cannot swallow it). After a timeout that left a thread stuck (a read on the CSV
worker), this process stops: the harness starts another for the cases left.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import resource
import signal
import sys
import threading
import time
import traceback
from pathlib import Path

MEMORY_LIMIT = int(os.environ.get("HOSTILE_MEMORY_LIMIT", 1536 * 1024 * 1024))
# A case may use 5 s of CPU (all its threads): a limit a busy machine does not move; a hang (a read
# that never returns uses none) is caught by the wall clock, at three times that.
TIME_LIMIT = float(os.environ.get("HOSTILE_TIME_LIMIT", 5))
WALL_LIMIT = 3 * TIME_LIMIT


class CaseTimeout(BaseException):
    """The case ran past its time limit."""


def _alarm(signum, frame):
    raise CaseTimeout(signum)


def _limit_timers(on: bool) -> None:
    """Both clocks, or neither; past a limit, again every 50 ms (Qt swallows what is raised in its calls)."""
    signal.setitimer(signal.ITIMER_PROF, TIME_LIMIT if on else 0, 0.05 if on else 0)
    signal.setitimer(signal.ITIMER_REAL, WALL_LIMIT if on else 0, 0.05 if on else 0)


def _hook_into(stream):
    """An excepthook writing into ``stream``: PySide calls it for an exception out of a slot."""
    return lambda *info: stream.write("".join(traceback.format_exception(*info)))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def refusal(error: BaseException) -> bool:
    """Whether ``error`` is one of gradlab's refusals (its own classes, or a ValueError it raised)."""
    return isinstance(error, ValueError) or type(error).__module__.startswith("gradlab")


def crash(error: BaseException) -> tuple[str, str, dict]:
    lines = traceback.format_exception(type(error), error, error.__traceback__)
    return "crash", f"{type(error).__name__}: {error}"[:2000], {"traceback": "".join(lines)[-4000:]}


def program_problems(graph) -> list[str]:
    """What, in the programs the Code panel shows for ``graph``, is not what the generators write."""
    import ast

    from gradlab.graph import codegen

    problems = []
    allowed_imports = {"torch", "math", "gradlab", "gradlab.net"}
    forbidden_calls = {
        "exec",
        "eval",
        "__import__",
        "open",
        "compile",
        "getattr",
        "setattr",
        "globals",
        "vars",
    }
    for name in ("net_program", "torch_program"):
        try:
            tree = ast.parse(getattr(codegen, name)(graph))
        except SyntaxError as error:
            problems.append(f"{name} does not parse: {error}")
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module]
                problems += [f"{name} imports {m}" for m in modules if m not in allowed_imports]
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in forbidden_calls
            ):
                problems.append(f"{name} calls {node.func.id}")
            elif isinstance(node, ast.Attribute) and (
                node.attr.startswith("__") or node.attr in {"system", "popen"}
            ):
                problems.append(f"{name} uses .{node.attr}")
            elif isinstance(node, ast.Name) and node.id.startswith("__"):
                problems.append(f"{name} names {node.id}")
    return problems


# --- the API ---------------------------------------------------------------------------------------


def walk(graph) -> None:
    """The Graph tab's step-by-step walk, forward and back (the issue's norm of 4,800 took 5.2 s)."""
    stepper = graph.steps()
    stepper.run_forward()
    stepper.run_backward()


def descent_map(race) -> None:
    """The map the Descent tab draws (within its budget, where the objective has one)."""
    objective = race.objective
    if hasattr(objective, "map"):
        objective.map(race.region)
    else:
        objective.grid(race.region, 200)


def api_session(case: dict, path: Path) -> dict:
    from gradlab.descent import Race, check_session
    from gradlab.graph.document import GraphDocument
    from gradlab.graph.exercise import exercise_from_part
    from gradlab.regression.settings import RegressionSettings
    from gradlab.session import load_session

    parts = load_session(path)
    graph, _ = GraphDocument.check_session(parts["graph"])
    exercise_from_part(parts["graph"].get("exercise", {}))  # a teacher's exercise, checked as the tab does
    walk(graph)
    race = Race(check_session(parts["descent"]))
    descent_map(race)
    if parts["regression"]:
        RegressionSettings.from_session(parts["regression"])
    summary = {
        "graph_nodes": len(graph.all_nodes),
        "descent_dims": race.objective.dims,
        "code": program_problems(graph),
    }
    if parts.get("classify"):
        from gradlab.classify.settings import ClassifySettings

        summary["classify_points"] = len(ClassifySettings.from_session(parts["classify"]).points)
    return summary


def classify_prediction(model) -> dict:
    """The class and score at (0.5, -1), or the one line saying why there are none."""
    from gradlab.classify.checkpoint import predict_point

    try:
        label, score = predict_point(model, 0.5, -1.0)
    except ValueError as error:
        return {"label": str(error)}
    return {"label": label, "score": score}


def api_checkpoint(case: dict, path: Path) -> dict:
    if case.get("tab") == "classify":
        from gradlab.classify.checkpoint import load_checkpoint as load_classify

        loaded = load_classify(path)
        return {"model": loaded.setup.model, "history": len(loaded.history), **classify_prediction(loaded)}
    from gradlab.regression.checkpoint import load_checkpoint, predict

    loaded = load_checkpoint(path)
    x = case["check"].get("x", 1.5)
    try:  # an output float32 cannot hold (nan weights) is a one-line refusal
        value = predict(loaded.model, loaded.setup, x=x)
    except ValueError as error:
        value = str(error)
    return {
        "source": loaded.source,
        "model": loaded.setup.model,
        "history": len(loaded.history),
        "predict": value,
    }


def csv_summary(x, y) -> dict:
    return {
        "rows": len(x),
        "x0": float(x[0]),
        "y0": float(y[0]),
        "x_last": float(x[-1]),
        "y_last": float(y[-1]),
    }


def points_summary(points) -> dict:
    return {
        "points": len(points),
        "plus": sum(label == 1 for label in points.labels),
        "classes": list(points.classes),
        "x0": points.xy[0][0],
        "y0": points.xy[0][1],
        "x_last": points.xy[-1][0],
    }


def api_csv(case: dict, path: Path) -> dict:
    if case.get("tab") == "classify":
        from gradlab.classify.csv_points import read_points_csv

        return points_summary(read_points_csv(path))
    from gradlab.regression.data import load_csv

    return csv_summary(*load_csv(path))


def api_expression(case: dict, path: Path) -> dict:
    if case["use"] == "descent":
        from gradlab.descent import Race

        race = Race()
        race.use_expression(case["text"])
        descent_map(race)
        race.advance(100)
        return {"dims": race.objective.dims}
    from gradlab.engine import parse, parse_values

    graph = parse(case["text"], **parse_values(case["values"]))
    value = graph.forward()
    graph.backward()
    walk(graph)
    return {"value": value, "nodes": len(graph.all_nodes), "code": program_problems(graph)}


def run_api(case: dict, path: Path) -> tuple[str, str, dict]:
    try:
        summary = globals()[f"api_{case['kind']}"](case, path)
    except CaseTimeout:
        raise
    except BaseException as error:  # noqa: BLE001 - every way out is recorded
        if refusal(error):
            return "refused", str(error), {"type": type(error).__name__}
        return crash(error)
    return "ok", "", summary


# --- the command line, in this process --------------------------------------------------------------


def cli_argv(case: dict, path: Path, corpus: Path) -> list[str]:
    if case.get("tab") == "classify":
        if case["kind"] == "csv":
            return ["classify", "--data", str(path), "--steps", "1"]
        return ["predict", str(path), "--point", "0.5,-1"]
    if case["kind"] == "checkpoint":
        return ["predict", str(path), "--x", str(case["check"].get("x", 1.5))]
    if case["kind"] == "expression":
        return ["descend", case["text"], "--steps", "5"]
    return [arg.replace("{corpus}", str(corpus)) for arg in case["argv"]]


def run_cli(case: dict, path: Path, corpus: Path) -> tuple[str, str, dict]:
    from gradlab.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(cli_argv(case, path, corpus))
        except CaseTimeout:
            raise
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
            if isinstance(stop.code, str):
                print(stop.code, file=sys.stderr)
        except BaseException:  # noqa: BLE001 - what Python would print, and exit status 1
            traceback.print_exc()
            code = 1
    stderr, stdout = err.getvalue(), out.getvalue()
    summary = {"exit": code, "stdout": stdout[-500:]}
    if code == 0:
        for line in stdout.splitlines():
            if line.startswith("predict="):
                summary["predict"] = float(line.split("=", 1)[1])
            elif line.startswith("class="):  # gradlab predict --point: class=NAME score=S
                name, _, score = line.partition(" score=")
                summary["score"] = float(score)
        return "ok", stderr.rstrip("\n"), summary
    if code == 2:
        return "refused", stderr.rstrip("\n"), summary
    return "crash", f"exit status {code}: {stderr[-2000:]}", summary


# --- the batch -------------------------------------------------------------------------------------


def warm_up(route: str) -> None:
    """Import what the cases use before the first case's clock starts (torch alone takes a second)."""
    import torch  # noqa: F401

    import gradlab.classify.checkpoint
    import gradlab.classify.csv_points
    import gradlab.classify.settings  # noqa: F401
    import gradlab.descent
    import gradlab.engine
    import gradlab.graph.codegen
    import gradlab.graph.document
    import gradlab.regression.checkpoint
    import gradlab.regression.data
    import gradlab.regression.settings
    import gradlab.session  # noqa: F401

    if route == "cli":
        import gradlab.classify.training
        import gradlab.cli
        import gradlab.cli_classify
        import gradlab.regression.training  # noqa: F401

        gradlab.descent.Race().objective.grid((-1, 1, -1, 1), 10)


def main(argv: list[str]) -> int:
    route, corpus, fd = argv[0], Path(argv[2]), int(argv[3])  # argv[1] names the batch, for ps
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    warm_up(route)  # while the harness may still be writing the corpus
    window = None
    if route == "window":
        from .window_route import Window

        window = Window(corpus.parent / f"settings-{os.getpid()}")
    ids = json.loads(sys.stdin.read())  # sent once the corpus is written
    cases = {c["id"]: c for c in json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))}
    report = os.fdopen(fd, "w", buffering=1, encoding="utf-8")
    signal.signal(signal.SIGALRM, _alarm)
    signal.signal(signal.SIGPROF, _alarm)
    threads = threading.active_count()
    for case_id in ids:
        case = cases[case_id]
        path = corpus / case["file"] if case["file"] else corpus
        report.write(json.dumps({"event": "start", "id": case_id}) + "\n")
        captured = io.StringIO()
        sys.excepthook = _hook_into(captured)
        before, start, cpu = peak_mb(), time.perf_counter(), time.process_time()
        timed_out = False
        try:
            _limit_timers(True)
            with contextlib.redirect_stderr(captured):
                if route == "api":
                    result, message, summary = run_api(case, path)
                elif route == "cli":
                    result, message, summary = run_cli(case, path, corpus)
                else:
                    result, message, summary = window.run(case, path)
            _limit_timers(False)
        except CaseTimeout as stop:
            _limit_timers(False)
            if stop.args and stop.args[0] == signal.SIGPROF:
                message = f"more than {TIME_LIMIT:g} s of CPU"
            else:
                message = f"no answer within {WALL_LIMIT:g} s"
            result, summary, timed_out = "timeout", {}, True
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        record = {
            "event": "done",
            "id": case_id,
            "result": result,
            "message": message,
            "summary": summary,
            "seconds": round(seconds, 4),
            "cpu_seconds": round(cpu, 4),
            "peak_mb": round(peak_mb(), 1),
            "rise_mb": round(peak_mb() - before, 1),
            "stderr": captured.getvalue()[-4000:],
        }
        report.write(json.dumps(record, default=repr) + "\n")
        reading = window is not None and window.loading()
        if timed_out and (threading.active_count() > threads or reading):
            report.flush()
            os._exit(3)  # a stuck read still holds a thread: the harness goes on in a new process
    report.flush()
    os._exit(0)  # no teardown: the window's and torch's exit work is no case's


if __name__ == "__main__":  # run as tests.hostile.child, so that window_route shares its CaseTimeout
    from tests.hostile.child import main as run

    sys.exit(run(sys.argv[1:]))
