"""Points from a CSV file of x1, x2, label rows, and back: any two labels, shown as the file names them.

A file is read through ``csv_rows.read_rows`` (a regular file of at most 50 MB). A header row is
optional: the first row is one when neither of its first two cells is a number; if it names the
columns x1, x2 and label (x, y and label too) in some other order, that order is used. Any bad
row refuses the whole file, with its line number; reading stops at the thousandth bad one.

Labels may be any two values, and which is +1 does not depend on the rows' order:
- two numbers: the larger is +1 (so 1/−1 and 1/0 read the obvious way; "1" and "1.0" are one label);
- true/false, yes/no: true and yes are +1 (whatever the letters' case);
- other texts: the first in alphabetical order is +1 ("cat" +1, "dog" −1).
``Points.classes`` keeps the file's own names for (+1, −1), for the legend.
"""

from __future__ import annotations

import csv
import io
import math
import time
from pathlib import Path

from ..csv_rows import (
    BAD_ROWS_READ,
    YIELD_EVERY,
    bad_row,
    bad_rows_message,
    cell_number,
    cell_text,
    is_number,
    read_rows,
    wrong_columns,
)
from ..files import write_atomic
from ..translation import translate
from .points import CLASS_NAME_LIMIT, MAX_COORDINATE, MAX_POINTS, Points, PointsError, coordinate_problem

COLUMN_NAMES = {"x1": 0, "x2": 1, "label": 2, "x": 0, "y": 1}
POSITIVE_WORDS = {"true": "false", "yes": "no"}  # the first of each pair is +1


def _label_key(text: str) -> tuple:
    """What makes two labels the same: their number (1 and 1.0), else their text."""
    try:
        value = float(text)
    except ValueError:
        return ("text", text)
    return ("number", value) if math.isfinite(value) else ("text", text)


def class_order(names: list[str]) -> tuple[str, str]:
    """Two labels' texts ordered (+1's, −1's), by the rules in the module's docstring."""
    first, second = names
    keys = _label_key(first), _label_key(second)
    if keys[0][0] == keys[1][0] == "number":
        return (first, second) if keys[0][1] > keys[1][1] else (second, first)
    for positive, negative in POSITIVE_WORDS.items():
        if {first.lower(), second.lower()} == {positive, negative}:
            return (first, second) if first.lower() == positive else (second, first)
    return (first, second) if first <= second else (second, first)


def read_points_csv(path: str | Path) -> Points:
    """The points of a CSV file of x1, x2, label rows; PointsError saying why, with line numbers, if not."""
    not_csv = translate("classify.csv", "could not read {name}: it is not a CSV file of x1, x2, label rows")
    return read_rows(path, 2 * MAX_POINTS + BAD_ROWS_READ, _points, PointsError, not_csv)


def _columns(header: list[str]) -> tuple[int, int, int]:
    """Where x1, x2 and the label are, as a header row names them (in that order if it does not)."""
    names = [cell.strip().lower() for cell in header]
    if len(names) == 3 and sorted(COLUMN_NAMES.get(n, -1) for n in names) == [0, 1, 2]:
        where = {COLUMN_NAMES[n]: i for i, n in enumerate(names)}
        return where[0], where[1], where[2]
    return 0, 1, 2


def _points(reader, name: str) -> Points:
    xy, keys, bad = [], [], []
    labels: dict[tuple, tuple[str, int]] = {}  # each label's key: its text as first seen, and that line
    key_of: dict[str, tuple] = {}  # each label text's key, worked out once
    columns, header_possible = (0, 1, 2), True
    for row in reader:
        number = reader.line_num
        if number % YIELD_EVERY == 0:
            time.sleep(0)  # let a waiting thread (the GUI's) have the GIL: see csv_rows.YIELD_EVERY
        if not row or all(not cell.strip() for cell in row):
            continue
        if header_possible:
            header_possible = False
            if not any(is_number(cell) for cell in row[:2]):
                columns = _columns(row)
                continue
        try:
            point, label = _row(row, columns)
        except ValueError as error:
            bad.append(bad_row(number, error))
            if len(bad) >= BAD_ROWS_READ:
                break
            continue
        key = key_of.get(label)
        if key is None:
            key = key_of[label] = _label_key(label)
        if key not in labels:
            if len(labels) == 2:
                raise PointsError(_third_class(number, [text for text, _ in labels.values()], label))
            labels[key] = (label, number)
        xy.append(point)
        keys.append(key)
        if len(xy) > MAX_POINTS:
            message = translate(
                "classify.csv", "line {number}: more than {limit} points, the most gradlab takes"
            )
            raise PointsError(message.format(number=f"{number:,}", limit=f"{MAX_POINTS:,}"))
    if bad:
        raise PointsError(bad_rows_message(bad))
    if not xy:
        message = translate("classify.csv", "{name} has no points: it needs rows of x1, x2, label")
        raise PointsError(message.format(name=name))
    if len(labels) == 1:
        [(text, _)] = labels.values()
        message = translate(
            "classify.csv", "all {count} points are class {label}: a classifier needs both classes"
        )
        raise PointsError(message.format(count=f"{len(xy):,}", label=cell_text(text)))
    positive, negative = class_order([text for text, _ in labels.values()])
    plus = _label_key(positive)
    return Points(
        tuple(xy), tuple(1 if key == plus else -1 for key in keys), (_name(positive), _name(negative))
    )


def _name(text: str) -> str:
    return text if len(text) <= CLASS_NAME_LIMIT else text[: CLASS_NAME_LIMIT - 1] + "…"


def _row(row: list[str], columns: tuple[int, int, int]) -> tuple[tuple[float, float], str]:
    """A row's point and label text; ValueError in our words if it has none."""
    if len(row) != 3:
        message = translate("classify.csv", "{count} columns, not 3 (x1, x2, label)")
        raise ValueError(wrong_columns(message.format(count=f"{len(row):,}"), row))
    x1, x2, label = (row[i] for i in columns)
    point = cell_number(x1), cell_number(x2)
    if not (-MAX_COORDINATE <= point[0] <= MAX_COORDINATE and -MAX_COORDINATE <= point[1] <= MAX_COORDINATE):
        raise ValueError(_coordinate_problem(point[0], x1) or _coordinate_problem(point[1], x2))  # nan too
    label = label.strip()
    if not label:
        raise ValueError(translate("classify.csv", "the label is empty"))
    return point, label


def _coordinate_problem(value: float, cell: str) -> str:
    """Why a cell's coordinate cannot be used, in the cell's own words where float() made it inf (1e400)."""
    if math.isinf(value) and "inf" not in cell.lower():
        message = translate(
            "classify.points", "{value} is too far out: coordinates are at most {limit} in size"
        )
        return message.format(value=cell_text(cell), limit=f"{MAX_COORDINATE:g}")
    return coordinate_problem(value)


def _third_class(number: int, two: list[str], third: str) -> str:
    message = translate(
        "classify.csv",
        "line {number}: a third class, {third}, after {first} and {second}: a classifier here tells two "
        "classes apart",
    )
    return message.format(
        number=f"{number:,}", third=cell_text(third), first=cell_text(two[0]), second=cell_text(two[1])
    )


def write_points_csv(path: str | Path, points: Points) -> Path:
    """Write ``points`` as x1, x2, label rows (atomically), labels as the classes' names if they read back.

    Names that would not read back as the same classes (two that are one number, say) are written
    as +1 and −1.
    """
    names = tuple(name.strip() for name in points.classes)
    if not all(names) or _label_key(names[0]) == _label_key(names[1]) or class_order(list(names)) != names:
        names = ("+1", "-1")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("x1", "x2", "label"))
    for (x, y), label in zip(points.xy, points.labels):
        writer.writerow((repr(float(x)), repr(float(y)), names[0] if label == 1 else names[1]))
    text = buffer.getvalue().encode("utf-8")
    return write_atomic(path, lambda file: file.write(text))
