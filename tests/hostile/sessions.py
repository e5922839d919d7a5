"""Hostile sessions: code in names, devices and FIFOs, deep or huge JSON, huge numbers, huge graphs."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from .generate import MARKER, Case, device_cases, sparse, symlink, text

SUFFIX = ".gradlab"
GRAPH = {
    "graph": {
        "nodes": [
            {"name": "x", "value": 1.0},
            {"name": "y", "value": 3.0},
            {"name": "x2", "op": "mul", "inputs": [0, 0]},
            {"name": "y2", "op": "mul", "inputs": [1, 1]},
            {"name": "o", "op": "add", "inputs": [2, 3]},
        ],
        "output": 4,
    },
    "keep_gradients": False,
}
DESCENT = {
    "function": "net2",
    "expression": "x*x + y*y",
    "start": "1, 3",
    "optimizers": {
        kind: {"on": on, "rate": rate}
        for kind, on, rate in [
            ("sgd", True, "0.02"),
            ("momentum", True, "0.002"),
            ("nesterov", False, "0.002"),
            ("adagrad", False, "0.5"),
            ("rmsprop", True, "0.01"),
            ("adam", True, "0.05"),
        ]
    },
    "momentum": "0.9",
    "tolerance": "1e-8",
    "max_steps": 5000,
    "speed": 18,
}
REGRESSION = {
    "recipe": "regression1train",
    "seed": 0,
    "target": "0 + 1*x + 2*x**2 + 3*x**3",
    "noise": "0",
    "points": 2000,
    "model": "linear3",
    "hidden": 16,
    "activation": "tanh",
    "reduction": "mean",
    "optimizer": "rmsprop",
    "lr": "0.001",
    "momentum": "0.9",
    "steps": 10000,
    "print_every": 100,
}


def session(graph=None, descent=None, regression=None, **top) -> dict:
    data = {"format": "gradlab-session", "version": 1}
    data["graph"] = copy.deepcopy(GRAPH) if graph is None else graph
    data["descent"] = copy.deepcopy(DESCENT) if descent is None else descent
    data["regression"] = copy.deepcopy(REGRESSION) if regression is None else regression
    data.update(top)
    return data


def dumped(data: dict, prefix: bytes = b"") -> bytes:
    return prefix + json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()


def with_nodes(nodes: list, output: int | None) -> dict:
    return session(graph={"graph": {"nodes": nodes, "output": output}, "keep_gradients": False})


def named(name, op_name=None) -> dict:
    """The default graph with its variable x (or, given ``op_name``, its output) renamed."""
    nodes = copy.deepcopy(GRAPH["graph"]["nodes"])
    if op_name is None:
        nodes[0]["name"] = name
    else:
        nodes[4]["name"] = op_name
    return with_nodes(nodes, 4)


def chain(count: int) -> dict:
    """A graph of ``count`` nodes: x, then x + x, then each node plus x (a long chain of adds)."""
    nodes = [{"name": "x", "value": 1.0}]
    nodes += [{"name": f"n{i}", "op": "add", "inputs": [i - 1, 0]} for i in range(1, count)]
    return with_nodes(nodes, count - 1)


def norm_of(count: int) -> dict:
    """One norm node of ``count`` variables."""
    nodes = [{"name": f"v{i}", "value": 1.0} for i in range(count)]
    nodes.append({"name": "o", "op": "norm", "inputs": list(range(count))})
    return with_nodes(nodes, count)


def deep_json(depth: int) -> bytes:
    """A session whose graph part holds a list nested ``depth`` deep (written as text: no recursion)."""
    head = dumped(session())[:-1]
    return head + b',"extra":' + b"[" * depth + b"]" * depth + b"}"


def replace_part(part: str, key: str, value) -> dict:
    data = session()
    data[part][key] = value
    return data


def regression_target(target: str) -> dict:
    return replace_part("regression", "target", target)


def descent_expression(expression: str) -> dict:
    data = session()
    data["descent"].update(function="", expression=expression)
    return data


def written(content):
    """A writer of ``content``: bytes, a session's dict, or a function making either (when written)."""

    def write(path: Path) -> None:
        made = content() if callable(content) else content
        path.write_bytes(made if isinstance(made, bytes) else dumped(made))

    return write


def cases() -> list[Case]:
    made: list[Case] = []

    def add(name, expect, note, content, says="", not_says="", check=None, write=None, file=None):
        write = write or (sparse(11 * 1024 * 1024, b"{") if content is None else written(content))
        file = file or f"session-{name}{SUFFIX}"
        made.append(
            Case(f"session-{name}", "session", expect, note, file, says, not_says, check or {}, write=write)
        )

    big = 10**400
    payload = f"ax = a * x\nimport os; os.system('touch {MARKER}')\nax"
    not_code = "name|identifier|keyword|not valid|cannot"
    limit = "5,000|5000|at most|too many|limit|the most"
    five = {"graph_nodes": 5}
    x = {"name": "x", "value": 1.0}

    def one_op(op: str, inputs=(0,)) -> dict:
        return with_nodes([x, {"name": "o", "op": op, "inputs": list(inputs)}], 1)

    # controls: what gradlab itself writes, and what it must read the same way
    add("valid", "ok", "the window's own default session", session(), check=five)
    add(
        "valid-empty-parts", "ok", "the descent and regression parts empty", session(None, {}, {}), check=five
    )
    add(
        "valid-bom",
        "ok",
        "a UTF-8 BOM before the JSON",
        lambda: dumped(session(), b"\xef\xbb\xbf"),
        check=five,
    )
    add(
        "valid-2000-nodes",
        "ok",
        "a 2,000-node chain, opened in time",
        lambda: chain(2000),
        check={"graph_nodes": 2000},
    )
    infinity = with_nodes(
        [{"name": "x", "value": float("inf")}, {"name": "o", "op": "exp", "inputs": [0]}], 1
    )
    add(
        "valid-infinity",
        "ok",
        "a graph gone to infinity (Infinity, as Python's json writes)",
        infinity,
        check={"graph_nodes": 2},
    )
    add(
        "indented",
        "ok",
        "indented, CRLF line endings",
        None,
        check=five,
        write=text(json.dumps(session(), indent=2).replace("\n", "\r\n")),
    )
    add(
        "link-to-valid",
        "ok",
        "a symlink to a valid session",
        None,
        check=five,
        write=symlink(f"session-valid{SUFFIX}"),
    )
    add("unicode-name", "clean", "a variable named α (an identifier)", named("α"))
    # code in names, and names that are not names
    add(
        "code-in-op-name",
        "refused",
        "the issue's node name with a newline and os.system",
        named("x", payload),
        not_code,
    )
    add(
        "code-in-variable-name",
        "refused",
        "a variable named __import__('os').system(...)",
        named(f"__import__('os').system('touch {MARKER}')"),
        not_code,
    )
    add("code-semicolon-name", "refused", "a name x; import os", named("x; import os"), not_code)
    add("keyword-name", "refused", "a variable named class", named("class"), not_code)
    add("dunder-name", "refused", "a variable named __builtins__", named("__builtins__"), not_code)
    add("empty-name", "refused", "a variable with an empty name", named(""), not_code)
    add("number-name", "refused", "a name that is the number 5", named(5), not_code)
    add("nul-name", "refused", "a name with a NUL inside", named("x\x00y"), not_code)
    add("nfkc-name", "refused", "a fullwidth name Python reads as another", named("ｘｘ"), not_code)
    add(
        "long-name",
        "refused",
        "a 5 MB node name (under the file limit)",
        lambda: named("a" * 5_000_000),
        "long|at most|characters",
    )
    add(
        "huge-name",
        "refused",
        "a 15 MB node name (over the file limit)",
        lambda: named("a" * 15_000_000),
        "10 MB|larger|large",
    )
    add("unknown-op", "refused", "an operation called __import__", one_op("__import__"))
    add("exec-op", "refused", "an operation called exec", one_op("exec"))
    add("wrong-arity", "refused", "add of three inputs", one_op("add", (0, 0, 0)))
    add(
        "duplicate-names",
        "refused",
        "two variables named x",
        with_nodes([{"name": "x", "value": 1.0}, {"name": "x", "value": 2.0}], 1),
    )
    add(
        "later-input",
        "refused",
        "an input that refers to a later node",
        with_nodes([{"name": "o", "op": "exp", "inputs": [1]}, x], 0),
    )
    add(
        "bool-output",
        "refused",
        "the output index true",
        with_nodes(copy.deepcopy(GRAPH["graph"]["nodes"]), True),
    )
    # numbers too large for a float, or for a C long
    overflow = "OverflowError|too large to convert|long long"
    add(
        "big-int-value",
        "refused",
        "a 400-digit integer as a node's value",
        with_nodes([{"name": "x", "value": big}], 0),
        not_says=overflow,
    )
    add(
        "big-int-output",
        "refused",
        "a 400-digit integer as the output index",
        with_nodes(copy.deepcopy(GRAPH["graph"]["nodes"]), big),
        not_says=overflow,
    )
    add(
        "big-int-input",
        "refused",
        "a 400-digit integer as an input index",
        one_op("exp", (big,)),
        not_says=overflow,
    )
    add(
        "big-int-max-steps",
        "refused",
        "a 400-digit max_steps",
        replace_part("descent", "max_steps", big),
        not_says=overflow,
    )
    add(
        "big-int-seed",
        "refused",
        "a 400-digit seed",
        replace_part("regression", "seed", big),
        not_says=overflow,
    )
    add(
        "seed-2-70",
        "refused",
        "a seed of 2**70",
        replace_part("regression", "seed", 2**70),
        not_says=overflow,
    )
    add("nan-lr", "clean", "a learning rate of nan (kept as typed)", replace_part("regression", "lr", "nan"))
    add(
        "inf-rate",
        "clean",
        "a descent rate of inf (kept as typed)",
        replace_part("descent", "optimizers", {"sgd": {"on": True, "rate": "inf"}}),
    )
    # work without a ceiling
    add("nodes-20000", "refused", "a 20,000-node graph", lambda: chain(20_000), limit)
    add("nodes-100000", "refused", "a 100,000-node graph", lambda: chain(100_000), limit)
    add("norm-200000", "refused", "a norm of 200,000 inputs", lambda: norm_of(200_000), limit)
    add(
        "descent-flat-sum",
        "ok",
        "a descent function, a flat sum of 1,000 terms",
        descent_expression(" + ".join(["x"] * 1000)),
        not_says="deep",
        check={"descent_dims": 1},
    )
    add(
        "deep-json-5000",
        "refused",
        "JSON nested 5,000 deep",
        lambda: deep_json(5_000),
        "deep|nested",
        "Recursion",
    )
    add(
        "deep-json-100000",
        "refused",
        "JSON nested 100,000 deep",
        lambda: deep_json(100_000),
        "deep|nested",
        "Recursion",
    )
    add(
        "many-elements",
        "clean",
        "3,000,000 list elements in an unknown key",
        lambda: dumped(session())[:-1] + b',"extra":[' + b"0," * 2_999_999 + b"0]}",
    )
    # what every tab checks of its part
    add(
        "target-syntax",
        "refused",
        "a regression target that does not parse",
        regression_target("x +"),
        "target",
    )
    add("target-of-y", "refused", "a regression target of y", regression_target("y * 2"), "target")
    add(
        "target-code",
        "refused",
        "a regression target __import__('os')",
        regression_target("__import__('os').system('true')"),
        "target",
    )
    add(
        "target-nan",
        "clean",
        "a target undefined on part of [-π, π] (log x): refused on open or at Start",
        regression_target("log(x)"),
        "target|defined|nan",
    )
    add(
        "descent-code",
        "refused",
        "a descent function that is code",
        descent_expression(f"__import__('os').system('touch {MARKER}')"),
    )
    add("graph-part-list", "refused", "the graph part is a list", session(graph=[1, 2]))
    add(
        "descent-types",
        "refused",
        "the descent part's speed is text",
        replace_part("descent", "speed", "fast"),
    )
    add("regression-recipe", "refused", "an unknown recipe", replace_part("regression", "recipe", "evil"))
    # versions, and what is not a session at all
    add("version-string", "refused", 'version "1"', session(version="1"), "1", "newer")
    add("version-float", "clean", "version 1.0", session(version=1.0), "1", "missing|no format")
    add("version-99", "refused", "version 99", session(version=99), "newer|99")
    add("version-big", "refused", "a 400-digit version", session(version=big), not_says=overflow)
    add(
        "version-missing",
        "refused",
        "no version",
        {k: v for k, v in session().items() if k != "version"},
        "version",
    )
    add("version-true", "refused", "version true", session(version=True), "version", "newer")
    add("not-json", "refused", "random bytes", bytes(range(256)) * 4, "JSON|not a")
    add("empty", "refused", "an empty file", b"")
    add("truncated", "refused", "cut in half", lambda: dumped(session())[:200])
    add("utf16", "refused", "UTF-16 text", lambda: json.dumps(session()).encode("utf-16"))
    add("top-list", "refused", "a JSON list", b"[1, 2, 3]")
    add("wrong-format", "refused", "another program's JSON", session(format="other"))
    add("nul-bytes", "refused", "NUL bytes in the JSON text", lambda: dumped(session())[:100] + b"\x00" * 50)
    add("zip-as-session", "refused", "a zip file named .gradlab", b"PK\x03\x04" + bytes(200))
    add("over-limit-sparse", "refused", "an 11 MB file", None, "10 MB|larger|large")
    # exercise parts (the Graph tab's part's "exercise"): checked before anything is shown
    add(
        "exercise-valid",
        "ok",
        "an exercise: Predict mode, Check hidden",
        replace_part("graph", "exercise", {"mode": "predict", "hidden": ["check"], "note": "Predict."}),
        check=five,
    )
    add(
        "exercise-note-with-code",
        "ok",
        "an exercise whose note is HTML and Python: shown as plain text, never run",
        replace_part("graph", "exercise", {"mode": "table", "note": f"<img src=x>{payload}"}),
        check=five,
    )
    add(
        "exercise-unknown-mode",
        "refused",
        "an exercise whose mode is none gradlab has",
        replace_part("graph", "exercise", {"mode": "reveal"}),
        says="mode must be predict or table",
    )
    add(
        "exercise-hides-the-lesson",
        "refused",
        "an exercise that hides a panel no exercise may hide",
        replace_part("graph", "exercise", {"hidden": ["lesson", "menus"]}),
        says="may hide only these panels",
    )
    add(
        "exercise-huge-note",
        "refused",
        "an exercise note of 100,000 characters",
        replace_part("graph", "exercise", {"note": "x" * 100_000}),
        says="longer than 2,000 characters",
    )
    add(
        "exercise-a-list",
        "refused",
        "an exercise part that is a list",
        replace_part("graph", "exercise", ["predict"]),
        says="not a set of settings",
    )
    add(
        "exercise-unknown-setting",
        "refused",
        "an exercise with a setting no gradlab writes",
        replace_part("graph", "exercise", {"mode": "predict", "answers": [1, 2]}),
        says="does not know: answers",
    )
    return made + device_cases("session", SUFFIX)
