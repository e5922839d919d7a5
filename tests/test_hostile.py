"""The hostile corpus (tests/hostile/): every file and text loaded through the API, the command line and
the window, each in a child process under a memory limit and a 5 s time limit; one test per load.

The corpus is written once (about 10 s), then loaded in a few children at a time (tests/hostile/
harness.py); each test only reads its answer. A refusal must be one line in gradlab's own words, a
control must load what it holds, nothing may crash, hang or run. One failure reproduces alone with
``python -m tests.hostile.harness --case ID --route ROUTE``.
"""

from __future__ import annotations

import pytest

from tests.hostile import harness
from tests.hostile.generate import MARKER, all_cases, routes_for

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("hostile")]

CASES = all_cases()
LOADS = [(route, case) for case in CASES for route in routes_for(case)]
LOADS += [("process", case) for case in CASES if case.process]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return tmp_path_factory.mktemp("hostile") / "corpus"


@pytest.fixture(scope="module")
def answers(corpus):
    cases, results = harness.generate_and_run(corpus)
    (corpus.parent / "report.txt").write_text(harness.report(cases, results, corpus), encoding="utf-8")
    return {"cases": {c["id"]: c for c in cases}, "results": results}


def test_the_corpus_holds_every_kind_the_issue_names():
    kinds = {kind: sum(c.kind == kind for c in CASES) for kind in ("session", "checkpoint", "csv")}
    kinds["expression"] = sum(c.kind == "expression" for c in CASES)
    assert kinds["session"] >= 50 and kinds["checkpoint"] >= 50 and kinds["csv"] >= 30
    assert kinds["expression"] >= 100
    for kind in ("session", "checkpoint", "csv"):
        ids = {c.id for c in CASES if c.kind == kind}
        assert {f"{kind}-dev-zero", f"{kind}-dev-urandom", f"{kind}-fifo"} <= ids


def test_the_zip_bomb_is_what_it_claims():
    """The bomb's deflate stream really inflates to its size (checked small: the same blocks)."""
    import zlib

    from tests.hostile.craft import MIB, crc32_zeros, deflated_zeros

    inflated = zlib.decompressobj(-15).decompress(deflated_zeros(5))
    assert inflated == bytes(5 * MIB) and crc32_zeros(5 * MIB + 3) == zlib.crc32(bytes(5 * MIB + 3))
    assert len(deflated_zeros(3 * 1024)) < 3.2 * MIB  # 3 GiB of zeros in about 3 MiB


@pytest.mark.parametrize(("route", "case"), LOADS, ids=[f"{route}-{case.id}" for route, case in LOADS])
def test_each_hostile_load(answers, corpus, route, case):
    record_case = answers["cases"][case.id]
    why = harness.skipped(record_case)
    if why:
        pytest.skip(why)
    record = answers["results"].get((route, case.id))
    found = harness.problems(record_case, route, record, corpus)
    assert not found, (
        f"{case.id} ({case.note}) by {route}: "
        + "; ".join(found)
        + f"\n  reproduce: python -m tests.hostile.harness --case {case.id} --route {route}"
    )


def test_no_payload_ran(answers, corpus):
    """The payloads write MARKER in their working folder, the corpus's (or, run elsewhere, the repository)."""
    assert not (corpus / MARKER).exists()
    assert not (harness.ROOT / MARKER).exists()
