"""The course's hand-calculation table: one row per node in forward order, value, local gradient, gradient.

The student fills the cells in any order; ``check_table`` marks each filled cell right or wrong
and gives, for the first wrong one (reading the table row by row, left to right), the reason:
a value computed wrongly, a local derivative (and what it is for that operation at these values),
or a gradient (a wrong factor, or a use left out of the sum). A node used by several operations
(or twice by one, as x in x·x) has one local gradient per use, typed in order and separated by
commas or semicolons. Constants have no row: they get no gradient. ``as_csv`` and ``as_markdown``
write the filled table for homework.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from ..engine.explain import format_number, formula
from ..engine.ops import local_derivatives
from ..translation import translate
from .answers import AnswerError, Typed, local_rule, typed_number

COLUMNS = ("value", "local", "grad")
MAX_ROWS = 200  # a table to fill by hand: past this many nodes, no one would (and no table is made)
_SEPARATORS = re.compile(r"[;,，；]")


@dataclass(frozen=True)
class Use:
    """One edge out of a node: ``parent`` uses it as input ``index``; ∂parent/∂node there is ``local``."""

    parent: str
    index: int
    local: float
    rule: str  # the local derivative as a formula: "y", "2·c^(2-1)"
    parent_formula: str  # "o = c ** 2"


@dataclass(frozen=True)
class Row:
    """A node's row: its name, its formula, and the true numbers of its three columns."""

    name: str
    formula: str  # "a = 2 · x", or "" for an input
    value: float
    uses: tuple[Use, ...]  # () for the output: its gradient is 1 by definition
    grad: float
    is_input: bool

    @property
    def locals(self) -> tuple[float, ...]:
        return tuple(use.local for use in self.uses)


def table_rows(graph) -> list[Row]:
    """The rows of ``graph`` (not changed: computed on a copy), in forward order."""
    from ..engine import Graph

    copy = Graph.from_spec(graph.to_spec())
    if copy.output is None:
        return []  # nothing computed yet: no table
    copy.forward()
    copy.backward()
    nodes = [node for node in copy.nodes if node._op != "const"]
    uses: dict[int, list[Use]] = {id(node): [] for node in nodes}
    for parent in copy.nodes:
        if not parent._prev:
            continue
        inputs = [p.label for p in parent._prev]
        derivatives = local_derivatives(parent._op, parent.data, [p.data for p in parent._prev])
        written = f"{parent.label} = {formula(parent._op, inputs, '·')}"
        for index, child in enumerate(parent._prev):
            if id(child) in uses:
                rule = local_rule(parent._op, index, parent.label, inputs)
                uses[id(child)].append(Use(parent.label, index, derivatives[index], rule, written))
    rows = []
    for node in nodes:
        inputs = [p.label for p in node._prev]
        written = formula(node._op, inputs, "·") if node._prev else ""
        rows.append(Row(node.label, written, node.data, tuple(uses[id(node)]), node.grad, not node._prev))
    return rows


@dataclass(frozen=True)
class Mark:
    """The verdict on one cell: ``right``; if not, ``why`` (one line)."""

    row: int
    column: str
    right: bool
    why: str = ""


def given_cells(rows: list[Row], given: str) -> dict[tuple[int, str], str]:
    """The cells filled in before the student starts: the inputs' values (``given="values"``: every value)."""
    return {
        (i, "value"): format_number(row.value)
        for i, row in enumerate(rows)
        if row.is_input or given == "values"
    }


def _numbers(text: str) -> list[Typed]:
    parts = [part.strip() for part in _SEPARATORS.split(text)]
    if not all(parts):
        raise AnswerError(translate("graph.table", "type one number per use, separated by commas"))
    try:
        return [typed_number(part.replace("−", "-")) for part in parts]
    except ValueError:
        raise AnswerError(
            translate("graph.table", "“{text}” is not a number").format(text=text.strip()[:40])
        ) from None


def check_cell(rows: list[Row], index: int, column: str, text: str) -> Mark:
    """One filled cell against the table's true numbers."""
    row = rows[index]
    try:
        numbers = _numbers(text)
    except AnswerError as error:
        return Mark(index, column, False, str(error))
    if column == "value":
        if len(numbers) == 1 and numbers[0].matches(row.value):
            return Mark(index, column, True)
        why = translate("graph.table", "{name}: its value is {formula}, from its inputs' values")
        return Mark(index, column, False, why.format(name=row.name, formula=row.formula or row.name))
    if column == "local":
        return _check_locals(index, row, numbers)
    return _check_grad(rows, index, row, numbers)


def _check_locals(index: int, row: Row, numbers: list[Typed]) -> Mark:
    if not row.uses:
        why = translate("graph.table", "{name} is the output: it has no local gradient (its gradient is 1)")
        return Mark(index, "local", False, why.format(name=row.name))
    if len(numbers) != len(row.uses):
        if len(row.uses) == 1:
            why = translate("graph.table", "{name} is used once: type one local gradient")
        else:
            why = translate(
                "graph.table", "{name} is used {count} times: type one local gradient for each use, in order"
            )
        return Mark(index, "local", False, why.format(name=row.name, count=len(row.uses)))
    for use, typed in zip(row.uses, numbers, strict=True):
        if not typed.matches(use.local):
            why = translate(
                "graph.table",
                "{name}: the local derivative of {parent_formula} is ∂{parent}/∂{name} = {rule}, "
                "here {local}",
            )
            return Mark(
                index,
                "local",
                False,
                why.format(
                    name=row.name,
                    parent_formula=use.parent_formula,
                    parent=use.parent,
                    rule=use.rule,
                    local=format_number(use.local),
                ),
            )
    return Mark(index, "local", True)


def _check_grad(rows: list[Row], index: int, row: Row, numbers: list[Typed]) -> Mark:
    if len(numbers) == 1 and numbers[0].matches(row.grad):
        return Mark(index, "grad", True)
    if not row.uses:
        why = translate("graph.table", "{name} is the output: its gradient ∂{name}/∂{name} is 1")
        return Mark(index, "grad", False, why.format(name=row.name))
    grads = {r.name: r.grad for r in rows}
    parts = [use.local * grads[use.parent] for use in row.uses]
    typed = numbers[0]
    if len(row.uses) == 1 and len(numbers) == 1:
        (use,) = row.uses
        if grads[use.parent] != row.grad and typed.matches(grads[use.parent]):
            why = translate(
                "graph.table",
                "{name}: multiply {parent}.g by the local derivative ∂{parent}/∂{name} (the chain rule)",
            )
            return Mark(index, "grad", False, why.format(name=row.name, parent=use.parent))
        if use.local != row.grad and typed.matches(use.local):
            why = translate(
                "graph.table",
                "{name}: multiply the local derivative by the upstream gradient {parent}.g (the chain rule)",
            )
            return Mark(index, "grad", False, why.format(name=row.name, parent=use.parent))
    if len(row.uses) > 1 and len(numbers) == 1 and any(typed.matches(part) for part in parts):
        why = translate(
            "graph.table",
            "{name} is used {count} times: a variable used twice adds up, so its gradient is the sum of "
            "every use's local gradient × that use's gradient",
        )
        return Mark(index, "grad", False, why.format(name=row.name, count=len(row.uses)))
    terms = " + ".join(f"∂{use.parent}/∂{row.name} · {use.parent}.g" for use in row.uses)
    why = translate("graph.table", "{name}: its gradient is {terms} (the chain rule, over each use)")
    return Mark(index, "grad", False, why.format(name=row.name, terms=terms))


@dataclass(frozen=True)
class TableCheck:
    """Every filled cell's mark, the first wrong one, and how many cells are still empty."""

    marks: dict[tuple[int, str], Mark]
    first_wrong: Mark | None
    empty: int

    def summary(self) -> str:
        if self.first_wrong is not None:
            row = self.first_wrong.row + 1
            return translate("graph.table", "Row {row}: {why}").format(row=row, why=self.first_wrong.why)
        if self.empty:
            message = translate("graph.table", "Every filled cell is right; {count} still to fill.")
            return message.format(count=self.empty)
        return translate("graph.table", "Every cell is right: the table is complete.")


def cells_to_fill(rows: list[Row]) -> list[tuple[int, str]]:
    """Every cell of the table that holds a number (the output has no local gradient)."""
    return [(i, column) for i, row in enumerate(rows) for column in COLUMNS if column != "local" or row.uses]


def check_table(rows: list[Row], entries: dict[tuple[int, str], str]) -> TableCheck:
    """Mark every filled cell of ``entries`` ((row, column) → text); the first wrong in reading order."""
    marks, first, empty = {}, None, 0
    for cell in cells_to_fill(rows):
        text = entries.get(cell, "").strip()
        if not text:
            empty += 1
            continue
        mark = check_cell(rows, *cell, text)
        marks[cell] = mark
        if first is None and not mark.right:
            first = mark
    return TableCheck(marks, first, empty)


def _header() -> list[str]:
    return [
        translate("graph.table", "node"),
        translate("graph.table", "formula"),
        translate("graph.table", "value"),
        translate("graph.table", "local gradient"),
        translate("graph.table", "gradient"),
    ]


def _filled(rows: list[Row], entries: dict) -> list[list[str]]:
    return [
        [row.name, row.formula, *(entries.get((i, column), "").strip() for column in COLUMNS)]
        for i, row in enumerate(rows)
    ]


def _as_text(cell: str) -> str:
    """A cell a spreadsheet would run as a formula (``=…``, ``@…``; not a number: -1.5) kept as text."""
    if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
        try:
            float(cell)
        except ValueError:
            return "'" + cell
    return cell


def as_csv(rows: list[Row], entries: dict) -> str:
    """The table as the student filled it, one CSV row per node."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_header())
    writer.writerows([[_as_text(cell) for cell in line] for line in _filled(rows, entries)])
    return out.getvalue()


def as_markdown(rows: list[Row], entries: dict) -> str:
    """The table as the student filled it, as a Markdown table (for homework)."""

    def cell(text: str) -> str:
        return text.replace("|", "\\|") or " "

    lines = ["| " + " | ".join(_header()) + " |", "|" + "---|" * 5]
    lines += ["| " + " | ".join(cell(text) for text in line) + " |" for line in _filled(rows, entries)]
    return "\n".join(lines) + "\n"


class HandTable:
    """The table's state: its rows, what is given, what the student typed, the last check's marks."""

    def __init__(self, graph, given: str = "inputs"):
        self.rows = table_rows(graph)
        self._cells = set(cells_to_fill(self.rows))
        self.given = given_cells(self.rows, given)
        self.entries: dict[tuple[int, str], str] = dict(self.given)
        self.checked: TableCheck | None = None

    def is_given(self, row: int, column: str) -> bool:
        return (row, column) in self.given

    def to_fill(self, row: int, column: str) -> bool:
        """Whether the cell holds a number to find (not given; the output has no local gradient)."""
        return (row, column) in self._cells and not self.is_given(row, column)

    def set_entry(self, row: int, column: str, text: str) -> bool:
        """The student's text for a cell (given cells stay as they are); the last check is forgotten."""
        if not self.to_fill(row, column):
            return False
        text = text.strip()[:200]
        if self.entries.get((row, column), "") == text:
            return False
        self.entries[(row, column)] = text
        self.checked = None
        return True

    def clear(self) -> None:
        self.entries = dict(self.given)
        self.checked = None

    def check(self) -> TableCheck:
        self.checked = check_table(self.rows, self.entries)
        return self.checked

    def csv(self) -> str:
        return as_csv(self.rows, self.entries)

    def markdown(self) -> str:
        return as_markdown(self.rows, self.entries)
