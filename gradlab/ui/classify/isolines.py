"""Iso-lines of a grid (the decision boundary, the margins) by marching squares, joined into lines.

The cells are found in a few numpy operations; their segments are then chained end to end into
polylines (each crossing point lies on an edge that two cells share), so that a dashed pen draws
dashes along the whole line instead of starting its pattern again in every cell.
"""

from __future__ import annotations

import numpy as np


def iso_lines(
    values: np.ndarray, xs: np.ndarray, ys: np.ndarray, level: float
) -> tuple[np.ndarray, np.ndarray]:
    """The x and y of the lines where ``values`` (rows over ``ys``, columns over ``xs``) equals ``level``.

    The lines are separated by nan, for ``connect="finite"``; values that are not finite count as
    below the level. Empty arrays where the level is not crossed.
    """
    values = np.asarray(values, dtype=float)
    rows, columns = values.shape
    if rows < 2 or columns < 2:
        return np.empty(0), np.empty(0)
    above = np.nan_to_num(values, nan=-np.inf) > level
    across = above[:, :-1] != above[:, 1:]  # edges (r, c)-(r, c+1), rows × (columns - 1)
    up = above[:-1, :] != above[1:, :]  # edges (r, c)-(r+1, c), (rows - 1) × columns
    if not (across.any() or up.any()):
        return np.empty(0), np.empty(0)
    order = _chained(_segments(values, above, across, up, level))
    gap = order < 0
    x, y = _crossings(
        values, np.asarray(xs, dtype=float), np.asarray(ys, dtype=float), level, np.where(gap, 0, order)
    )
    x[gap], y[gap] = np.nan, np.nan
    return x, y


def _crossings(values, xs, ys, level, edges: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where the level crosses each of ``edges`` (ids: across edges first, then up edges)."""
    rows, columns = values.shape
    n_across = rows * (columns - 1)
    is_up = edges >= n_across
    r = np.where(is_up, (edges - n_across) // columns, edges // (columns - 1))
    c = np.where(is_up, (edges - n_across) % columns, edges % (columns - 1))
    r2, c2 = r + is_up, c + ~is_up  # the edge's other end
    a, b = values[r, c], values[r2, c2]
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.clip(np.nan_to_num((level - a) / (b - a), nan=0.5, posinf=0.5, neginf=0.5), 0, 1)
    x = xs[c] + t * (xs[c2] - xs[c])
    y = ys[r] + t * (ys[r2] - ys[r])
    return x, y


def _segments(values, above, across, up, level) -> np.ndarray:
    """(k, 2) pairs of edge ids, one pair per segment (two for a saddle cell)."""
    rows, columns = values.shape
    crossed = np.stack([across[:-1, :], across[1:, :], up[:, :-1], up[:, 1:]], -1)  # bottom, top, left, right
    count = crossed.sum(-1)
    r, c = np.nonzero(count)  # only the cells a line passes through
    crossed, count = crossed[r, c], count[r, c]
    n_across = rows * (columns - 1)
    ids = np.stack(
        [
            r * (columns - 1) + c,
            (r + 1) * (columns - 1) + c,
            n_across + r * columns + c,
            n_across + r * columns + c + 1,
        ],
        -1,
    )
    two = count == 2
    order = np.argsort(~crossed[two], axis=-1, kind="stable")[:, :2]
    found = [np.take_along_axis(ids[two], order, axis=1)]
    four = count == 4
    if four.any():  # a saddle: the centre's side decides which corners the lines cut off
        r, c, (bottom, top, left, right) = r[four], c[four], ids[four].T
        centre = (values[r, c] + values[r + 1, c] + values[r, c + 1] + values[r + 1, c + 1]) / 4
        with_corner = ((np.nan_to_num(centre, nan=-np.inf) > level) == above[r, c])[:, None]
        found.append(np.where(with_corner, np.stack([bottom, right], -1), np.stack([bottom, left], -1)))
        found.append(np.where(with_corner, np.stack([top, left], -1), np.stack([top, right], -1)))
    return np.concatenate(found)


def _chained(segments: np.ndarray) -> np.ndarray:
    """The segments joined at their shared edges into lines: edge ids in order, -1 between two lines."""
    neighbours: dict[int, list[int]] = {}
    for a, b in segments.tolist():
        neighbours.setdefault(a, []).append(b)
        neighbours.setdefault(b, []).append(a)
    # open lines start at an end (an edge of the grid's border); what is left are closed loops
    starts = [edge for edge, near in neighbours.items() if len(near) == 1] + list(neighbours)
    seen: set[int] = set()
    lines: list[int] = []
    for start in starts:
        if start in seen:
            continue
        previous, edge = -1, start
        line = []
        while edge not in seen:
            seen.add(edge)
            line.append(edge)
            ahead = [n for n in neighbours[edge] if n != previous and n not in seen]
            if not ahead:
                if len(line) > 2 and start in neighbours[edge]:
                    line.append(start)  # a closed loop ends where it began
                break
            previous, edge = edge, ahead[0]
        lines.extend(line)
        lines.append(-1)
    return np.array(lines, dtype=int)
