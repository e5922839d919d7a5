"""What reading a CSV file of data takes in every tab: the file read safely, its cells, its bad rows.

A tab's reader says which rows it takes (``regression/data.py``: x, y; ``classify/csv_points.py``:
x1, x2, label); this module reads the file (``files.read_bounded``, at most so many lines), decodes
it as it is parsed, and words every refusal in one line, with the bad rows' line numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from .files import read_or_refuse, shown
from .translation import translate

# A thread that reads CSV rows lets go of the GIL only now and then: measured here, a GUI thread
# waiting for it got it back only after 0.25-0.35 s at a time while a million rows were read.
# Sleeping for no time every so many rows hands the GIL over (worst wait 8 ms, for no measurable cost).
YIELD_EVERY = 2000
BAD_ROWS_SHOWN = 5  # in the message
BAD_ROWS_READ = 1000  # reading stops here: a file of bad rows is refused at once, not after minutes


def read_rows(path: str | Path, most_lines: int, parse: Callable, refusal: type[Exception], not_csv: str):
    """``parse(csv.reader, name)`` over the CSV file ``path``; every refusal is ``refusal`` in one line.

    A file of more than ``most_lines`` lines is refused before a row is parsed; ``not_csv`` (with
    ``{name}``) says what the file should have been, for a file the csv module cannot read.
    """
    name = shown(path)
    raw = read_or_refuse(path, "csv", refusal)
    # blank lines are skipped, but reading them takes time too: their number has a ceiling as well
    if max(raw.count(b"\n"), raw.count(b"\r")) > most_lines:
        message = translate("csv", "could not read {name}: it has more than {count} lines")
        raise refusal(message.format(name=name, count=f"{most_lines:,}"))
    # decoded as it is parsed: the text is never held whole (a StringIO of it would take 4 bytes a character)
    text = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8-sig", newline="")
    try:
        return parse(csv.reader(text), name)
    except UnicodeDecodeError:  # Python's words ("'utf-8' codec can't decode…") are not the student's
        # a binary file (a checkpoint given for the data, say): what it should have been, and why it is not
        message = translate("csv", "{not_csv} (it is not UTF-8 text)")
        raise refusal(message.format(not_csv=not_csv.format(name=name))) from None
    except csv.Error:
        raise refusal(not_csv.format(name=name)) from None


def wrong_columns(message: str, row: list[str]) -> str:
    """A row's wrong-column-count ``message``, and the likely cause if its cells hold semicolons or tabs."""
    if any(";" in cell or "\t" in cell for cell in row):
        return translate("csv", "{problem} (separate the columns with commas)").format(problem=message)
    return message


def cell_text(text: str) -> str:
    """A cell for a message: its text, quoted, at most 30 characters."""
    text = text.strip()
    return repr(text if len(text) <= 30 else text[:29] + "…")


def cell_number(cell: str) -> float:
    """A cell's number, or ValueError in our words (not Python's "could not convert string to float")."""
    try:
        return float(cell)
    except ValueError:
        message = translate("csv", "{text} is not a number")
        raise ValueError(message.format(text=cell_text(cell))) from None


def is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def bad_row(number: int, error: Exception) -> str:
    """A bad row for the message: its line number and what is wrong with it."""
    return translate("csv", "line {number}: {error}").format(number=number, error=error)


def bad_rows_message(bad: list[str]) -> str:
    """The refusal of a file with bad rows: how many, the first few (reading stopped at BAD_ROWS_READ)."""
    shown_rows = "; ".join(bad[:BAD_ROWS_SHOWN])
    if len(bad) >= BAD_ROWS_READ:
        more = translate("csv", "{rows}; and more")
        message = translate("csv", "{count} bad rows or more, nothing loaded: {rows}")
        return message.format(count=f"{len(bad):,}", rows=more.format(rows=shown_rows))
    if len(bad) > BAD_ROWS_SHOWN:
        more = translate("csv", "{rows}; and {count} more")
        shown_rows = more.format(rows=shown_rows, count=len(bad) - BAD_ROWS_SHOWN)
    message = translate("csv", "{count} bad row(s), nothing loaded: {rows}")
    return message.format(count=len(bad), rows=shown_rows)
