"""Layered left-to-right layout: inputs on the left, the output on the right, no boxes overlapping.

Each operation sits one layer right of its furthest input; a constant sits just left of its first
user. Within a layer, boxes are ordered by the average height of their neighbours (a few
barycentre sweeps, as in Sugiyama's method), which keeps edges short and crossings few.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Box:
    """Where a node's box goes: its top-left corner and its size."""

    x: float
    y: float
    width: float
    height: float

    def overlaps(self, other: Box) -> bool:
        return (
            self.x < other.x + other.width
            and other.x < self.x + self.width
            and self.y < other.y + other.height
            and other.y < self.y + self.height
        )


def layers(nodes: Sequence) -> dict[int, int]:
    """The layer of every node (keyed by id): 0 for variables, 1 + the furthest input for operations."""
    layer: dict[int, int] = {}
    users: dict[int, list] = {id(n): [] for n in nodes}
    for node in nodes:
        inputs = [p for p in node._prev if id(p) in users]
        for p in inputs:
            users[id(p)].append(node)
        layer[id(node)] = 1 + max((layer[id(p)] for p in inputs), default=-1) if node._prev else 0
    for node in nodes:
        if node._op == "const" and users[id(node)]:
            layer[id(node)] = max(0, min(layer[id(u)] for u in users[id(node)]) - 1)
    return layer


def layout(
    nodes: Sequence,
    width: float = 140,
    height: float = 86,
    gap_x: float = 80,
    gap_y: float = 30,
    sweeps: int = 4,
) -> dict[int, Box]:
    """A Box for every node (keyed by id), nodes given inputs-first."""
    layer = layers(nodes)
    columns: dict[int, list] = {}
    for node in nodes:
        columns.setdefault(layer[id(node)], []).append(node)
    row = {id(n): float(i) for column in columns.values() for i, n in enumerate(column)}
    users: dict[int, list] = {id(n): [] for n in nodes}
    for node in nodes:
        for p in node._prev:
            if id(p) in users:
                users[id(p)].append(node)

    def reorder(column: list, neighbours) -> None:
        def key(node):
            around = [row[id(m)] for m in neighbours(node) if id(m) in row]
            return sum(around) / len(around) if around else row[id(node)]

        column.sort(key=key)
        for i, node in enumerate(column):
            row[id(node)] = float(i)

    order = sorted(columns)
    for _ in range(sweeps):
        for k in order[1:]:
            reorder(columns[k], lambda n: n._prev)
        for k in reversed(order[:-1]):
            reorder(columns[k], lambda n: users[id(n)])

    tallest = max((len(c) for c in columns.values()), default=0)
    boxes = {}
    for k, column in columns.items():
        offset = (tallest - len(column)) / 2  # centre each column against the tallest
        for i, node in enumerate(column):
            boxes[id(node)] = Box(k * (width + gap_x), (i + offset) * (height + gap_y), width, height)
    return boxes
