"""The hostile corpus: sessions, checkpoints, CSV files and expressions a classmate might send.

Run ``python -m tests.hostile.generate FOLDER`` (from the repository root) to write it; nothing of
it is kept in git. Each case has an id, a kind (session, checkpoint, csv, expression, option), an
expectation and, for a file, the file's name in FOLDER; ``FOLDER/manifest.json`` lists them all
for the harness (``tests/hostile/harness.py``), which loads each one under a memory and time limit.

Expectations: "refused" (one clean line, matching ``says`` when given), "ok" (loads, and what it
loads matches ``check``), "clean" (either, as long as it is clean and within the limits: where the
issue leaves the choice to the fixer).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

MARKER = "HOSTILE_MARKER"  # the file a payload tries to create; the harness checks it never appears


@dataclass
class Case:
    """One hostile (or control) input and what gradlab must do with it."""

    id: str
    kind: str  # session, checkpoint, csv, expression, option
    expect: str  # refused, ok, clean
    note: str = ""  # what it is, for the report
    file: str | None = None  # the file's name in the corpus folder
    says: str = ""  # a regular expression a refusal must match (case-insensitive)
    not_says: str = ""  # one it must not match (the wrong messages)
    check: dict | Callable[[], dict] = field(default_factory=dict)  # for "ok": what is loaded (or its maker)
    text: str = ""  # an expression's text
    values: str = ""  # the values typed beside a graph's expression
    use: str = ""  # expressions: "graph" or "descent"
    argv: list = field(default_factory=list)  # options: the command line after "gradlab"
    needs_user: bool = False  # meaningless as root (everything is readable): skipped there
    process: bool = False  # also run as a real ``gradlab`` process (exit status 2, one line)
    tab: str = ""  # "classify": the Neural Network tab's CSV file or checkpoint (else Regression's)
    write: Callable[[Path], None] | None = field(default=None, repr=False)

    def record(self, check: bool = True) -> dict:
        """The case as plain data, for the manifest (``check=False``: without making its check)."""
        made = self.check() if callable(self.check) and check else self.check
        data = asdict(replace(self, check={}, write=None))
        del data["write"]
        return {**data, "check": made if isinstance(made, dict) else {}}


def routes_for(case: Case) -> tuple[str, ...]:
    """The ways each kind is loaded: its API, the command line where there is one, the window."""
    if case.kind == "option":
        return ("cli",)
    if case.kind == "checkpoint" or (case.kind == "csv" and case.tab == "classify"):
        return ("api", "cli", "window")
    if case.kind == "expression":
        return ("api", "cli", "window") if case.use == "descent" else ("api", "window")
    return ("api", "window")


def all_cases() -> list[Case]:
    from . import checkpoints, classify, csvs, expressions, sessions

    cases = [*sessions.cases(), *checkpoints.cases(), *csvs.cases(), *expressions.cases(), *classify.cases()]
    ids = [c.id for c in cases]
    duplicates = {i for i in ids if ids.count(i) > 1}
    assert not duplicates, f"duplicate case ids: {sorted(duplicates)}"
    return cases


def generate(folder: str | os.PathLike, ids: set[str] | None = None) -> list[dict]:
    """Write every case's file (or only those of ``ids``) into ``folder``, and the manifest; its records."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    records = []
    for case in all_cases():
        if ids is not None and case.id not in ids:
            continue
        if case.write is not None:
            case.write(folder / case.file)
        records.append(case.record())
    (folder / "manifest.json").write_text(json.dumps(records, indent=1), encoding="utf-8")
    return records


# --- writers shared by the kinds ------------------------------------------------------------------


def raw(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def text(data: str) -> Callable[[Path], None]:
    return lambda path: path.write_text(data, encoding="utf-8", newline="")


def symlink(target: str) -> Callable[[Path], None]:
    return lambda path: os.symlink(target, path)


def fifo(path: Path) -> None:
    os.mkfifo(path)


def folder(path: Path) -> None:
    path.mkdir()


def nothing(path: Path) -> None:
    """A file that does not exist."""


def sparse(size: int, head: bytes = b"") -> Callable[[Path], None]:
    """A file of ``size`` bytes that takes no room on disk (zeros after ``head``)."""

    def write(path: Path) -> None:
        with open(path, "wb") as handle:
            handle.write(head)
            handle.truncate(size)

    return write


def unreadable(write: Callable[[Path], None]) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        write(path)
        os.chmod(path, 0)

    return make


def socket_file(path: Path) -> None:
    import socket

    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.bind(str(path))
    finally:
        sock.close()


def device_cases(kind: str, suffix: str) -> list[Case]:
    """What is not a regular file, or not there, or not readable: the same for every kind of file."""
    is_not = "regular file|device|pipe|not a file"
    made = [
        ("dev-zero", symlink("/dev/zero"), "a symlink to /dev/zero", is_not),
        ("dev-urandom", symlink("/dev/urandom"), "a symlink to /dev/urandom", is_not),
        ("dev-null", symlink("/dev/null"), "a symlink to /dev/null", is_not),
        ("fifo", fifo, "a FIFO with no writer", is_not),
        ("socket", socket_file, "a Unix socket", is_not),
        ("folder", folder, "a folder named like the file", "folder"),
        ("missing", nothing, "no such file", "does not exist|no such|not found"),
        ("dangling-link", symlink("/no/such/target"), "a symlink to nothing", "does not exist|no such"),
        ("in-missing-folder", None, "a path in a folder that does not exist", "does not exist|no such"),
    ]
    cases = []
    for name, write, note, says in made:
        file = f"{kind}-{name}{suffix}" if name != "in-missing-folder" else f"no-such-folder/x{suffix}"
        cases.append(Case(f"{kind}-{name}", kind, "refused", note, file, says=says, write=write))
    cases.append(
        Case(
            f"{kind}-unreadable",
            kind,
            "refused",
            "chmod 000 (as root every file is readable: skipped there)",
            f"{kind}-unreadable{suffix}",
            says="permission",
            not_says="damaged|not a",
            needs_user=True,
            write=unreadable(raw(b"{}")),
        )
    )
    cases.append(
        Case(
            f"{kind}-newline-name",
            kind,
            "refused",
            "a file name with a newline and garbage inside",
            f"bad\nname{suffix}",
            write=raw(b"\x00\xff garbage \x00"),
        )
    )
    return cases


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.hostile.generate FOLDER", file=sys.stderr)
        return 2
    records = generate(argv[0])
    kinds: dict[str, int] = {}
    for record in records:
        kinds[record["kind"]] = kinds.get(record["kind"], 0) + 1
    print(f"{len(records)} cases in {argv[0]}: " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
