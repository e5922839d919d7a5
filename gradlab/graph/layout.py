"""Layered left-to-right layout: inputs on the left, the output on the right, no edge behind a box.

Every node sits just left of its first user (the output furthest right). An edge that skips
layers gets a waypoint (a "dummy node", as in Sugiyama's method) in every layer it crosses, with a
slot of its own, so no box stands in its way. Within a layer, boxes and waypoints are ordered by
the average height of their neighbours (a few barycentre sweeps), which keeps edges short and
crossings few. ``edge_routes`` gives each edge its points, ``stack_labels`` keeps edge labels apart.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field


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


@dataclass
class Drawing:
    """The boxes (by node id) and, for every edge that skips layers, its waypoints.

    ``waypoints[(id(parent), index)]`` lists (x_left, x_right, y): the edge crosses each skipped
    layer straight along y, between x_left and x_right, where that layer keeps a slot free for it.
    """

    boxes: dict[int, Box]
    waypoints: dict[tuple[int, int], list[tuple[float, float, float]]] = field(default_factory=dict)


def layers(nodes: Sequence) -> dict[int, int]:
    """Each node's layer (by id): as far right as it can go, one layer left of its first user.

    First every operation goes one layer right of its furthest input (leaves at 0); then, from the
    output back, every node that is used moves right to just before its first user, so that an
    input sits next to where it is used (a long sum's terms beside their additions, not all in
    the first column with edges across the whole drawing). Unused nodes keep their place.
    """
    known = {id(n) for n in nodes}
    layer: dict[int, int] = {}
    users: dict[int, list] = {id(n): [] for n in nodes}
    for node in nodes:
        inputs = [p for p in node._prev if id(p) in known]
        for p in inputs:
            users[id(p)].append(node)
        layer[id(node)] = 1 + max((layer[id(p)] for p in inputs), default=-1) if node._prev else 0
    for node in reversed(nodes):  # users come after their inputs, so they are placed first
        if users[id(node)]:
            layer[id(node)] = min(layer[id(u)] for u in users[id(node)]) - 1
    return layer


class _Waypoint:
    """A slot in a layer that an edge passes through."""

    __slots__ = ()


def plan(
    nodes: Sequence,
    width: float = 140,
    height: float = 86,
    gap_x: float = 80,
    gap_y: float = 30,
    sweeps: int = 4,
) -> Drawing:
    """Boxes for every node and waypoints for every long edge, nodes given inputs-first."""
    layer = layers(nodes)
    known = set(layer)
    ahead: dict[int, list] = {}  # a slot's neighbours one layer left / right (for the ordering)
    behind: dict[int, list] = {}
    columns: dict[int, list] = {}
    slot_layer: dict[int, int] = {}

    def put(item, k: int) -> None:
        columns.setdefault(k, []).append(item)
        slot_layer[id(item)] = k
        ahead.setdefault(id(item), [])
        behind.setdefault(id(item), [])

    for node in nodes:
        put(node, layer[id(node)])
    laned = _laned_edges(nodes, layer, known)
    chains: dict[tuple[int, int], list] = {}
    for node in nodes:
        for index, child in enumerate(node._prev):
            if id(child) not in known:
                continue
            previous = child
            chain = []
            if (id(node), index) not in laned:
                for k in range(layer[id(child)] + 1, layer[id(node)]):
                    waypoint = _Waypoint()
                    put(waypoint, k)
                    chain.append(waypoint)
                    behind[id(waypoint)].append(previous)
                    ahead[id(previous)].append(waypoint)
                    previous = waypoint
            behind[id(node)].append(previous)
            ahead[id(previous)].append(node)
            if chain:
                chains[(id(node), index)] = chain

    row = {id(item): float(i) for column in columns.values() for i, item in enumerate(column)}

    def reorder(column: list, neighbours: dict[int, list]) -> None:
        def key(item):
            around = [row[id(m)] for m in neighbours[id(item)]]
            return sum(around) / len(around) if around else row[id(item)]

        column.sort(key=key)
        for i, item in enumerate(column):
            row[id(item)] = float(i)

    order = sorted(columns)
    for _ in range(sweeps):
        for k in order[1:]:
            reorder(columns[k], behind)
        for k in reversed(order[:-1]):
            reorder(columns[k], ahead)

    lanes = _lanes(nodes, layer, laned)
    top = (max(lanes.values(), default=-1) + 1) * LANE_SPACING + (gap_y if lanes else 0)
    tallest = max((len(c) for c in columns.values()), default=0)
    where: dict[int, Box] = {}
    for k, column in columns.items():
        offset = (tallest - len(column)) / 2  # centre each column against the tallest
        for i, item in enumerate(column):
            where[id(item)] = Box(k * (width + gap_x), top + (i + offset) * (height + gap_y), width, height)
    boxes = {id(n): where[id(n)] for n in nodes}
    waypoints = {
        key: [(where[id(w)].x, where[id(w)].x + width, where[id(w)].y + height / 2) for w in chain]
        for key, chain in chains.items()
    }
    step = width + gap_x
    for (parent_id, index), (child_id, lane) in laned.items():
        first, last = layer[child_id] + 1, layer[parent_id] - 1  # the layers it passes over, above them
        waypoints[(parent_id, index)] = [(first * step, last * step + width, (lane + 0.5) * LANE_SPACING)]
    return Drawing(boxes, waypoints)


# A waypoint per layer an edge skips is quadratic for a value used all along a chain (x + x + … + x:
# 2,000 nodes made 2 million waypoints and took minutes). Past this many, the longest edges go
# along lanes above the drawing instead: up in the gap after their input, across above every box,
# down in the gap before their operation; still behind no box.
WAYPOINTS = 4000
LANE_SPACING = 14.0


def _laned_edges(nodes: Sequence, layer: dict[int, int], known: set[int]) -> dict[tuple[int, int], tuple]:
    """The edges that go along a lane, by (id(parent), index): the longest, until the rest fit."""
    spans = [
        (layer[id(node)] - layer[id(child)] - 1, id(node), index, id(child))
        for node in nodes
        for index, child in enumerate(node._prev)
        if id(child) in known
    ]
    total = sum(span for span, *_ in spans if span > 0)
    budget = max(WAYPOINTS, 2 * len(nodes))
    laned: dict[tuple[int, int], tuple] = {}
    for span, parent_id, index, child_id in sorted(spans, key=lambda s: -s[0]):
        if total <= budget or span <= 1:
            break
        laned[(parent_id, index)] = (child_id, -1)  # its lane is chosen by _lanes
        total -= span
    return laned


def _lanes(nodes: Sequence, layer: dict[int, int], laned: dict) -> dict[int, int]:
    """A lane for each input whose edges go along one (its edges share it), as few lanes as fit.

    An input's lane runs over the layers from its own to its furthest such user; two inputs share a
    lane where those stretches do not meet (the greedy colouring of intervals, by where they start).
    """
    stretch: dict[int, list[int]] = {}
    for (parent_id, _index), (child_id, _) in laned.items():
        low, high = stretch.setdefault(child_id, [layer[child_id], layer[parent_id]])
        stretch[child_id] = [min(low, layer[child_id]), max(high, layer[parent_id])]
    ends: list[int] = []  # where each lane is free from
    lane_of: dict[int, int] = {}
    for child_id, (low, high) in sorted(stretch.items(), key=lambda item: item[1][0]):
        lane = next((i for i, end in enumerate(ends) if end < low), len(ends))
        if lane == len(ends):
            ends.append(high)
        else:
            ends[lane] = high
        lane_of[child_id] = lane
    for key, (child_id, _) in list(laned.items()):
        laned[key] = (child_id, lane_of[child_id])
    return lane_of


def layout(
    nodes: Sequence,
    width: float = 140,
    height: float = 86,
    gap_x: float = 80,
    gap_y: float = 30,
    sweeps: int = 4,
) -> dict[int, Box]:
    """A Box for every node (keyed by id), nodes given inputs-first."""
    return plan(nodes, width, height, gap_x, gap_y, sweeps).boxes


Rect = tuple[float, float, float, float]  # x, y, width, height


def edge_routes(nodes: Sequence, drawing: Drawing) -> Iterator[tuple[int, int, list[tuple[float, float]]]]:
    """Each edge's (id of its parent, input's index, the points it passes), as its child's uses.

    Where each edge meets its boxes: an operation's inputs arrive, and a node's uses leave, in the
    order of where they come from and go to, top to bottom, so that they never cross there.
    """
    boxes = drawing.boxes
    arrival: dict[tuple[int, int], tuple[float, float]] = {}
    leaving: dict[int, list] = {}
    for parent in nodes:
        target = boxes[id(parent)]
        count = len(parent._prev)

        def coming_from(index: int, parent=parent) -> float:
            hops = drawing.waypoints.get((id(parent), index), ())
            source = boxes[id(parent._prev[index])]
            return hops[-1][2] if hops else source.y + source.height / 2

        for rank, index in enumerate(sorted(range(count), key=coming_from)):
            arrival[(id(parent), index)] = (target.x, target.y + target.height * (rank + 1) / (count + 1))
        for index, child in enumerate(parent._prev):
            hops = drawing.waypoints.get((id(parent), index), ())
            going_to = hops[0][2] if hops else arrival[(id(parent), index)][1]
            leaving.setdefault(id(child), []).append((going_to, id(parent), index))
    for child_id, uses in leaving.items():
        source = boxes[child_id]
        uses.sort()
        for rank, (_, parent_id, index) in enumerate(uses):
            spread = (rank + 1) / (len(uses) + 1)
            points = [(source.x + source.width, source.y + source.height * (0.25 + 0.5 * spread))]
            for left, right, y in drawing.waypoints.get((parent_id, index), ()):
                points += [(left, y), (right, y)]
            points.append(arrival[(parent_id, index)])
            yield parent_id, index, points


def stack_labels(rects: Sequence[Rect], cell: float = 48.0) -> list[Rect]:
    """The label rectangles moved down, as little as needed, so that no two overlap.

    Labels are placed in order of their height on the page; one that would overlap a label
    already placed goes just below it. A grid of cells finds the labels nearby.
    """
    grid: dict[tuple[int, int], list[int]] = {}
    placed: list[Rect] = [(0.0, 0.0, 0.0, 0.0)] * len(rects)

    def cells(r: Rect):
        x0, x1 = int(r[0] // cell), int((r[0] + r[2]) // cell)
        y0, y1 = int(r[1] // cell), int((r[1] + r[3]) // cell)
        return [(i, j) for i in range(x0, x1 + 1) for j in range(y0, y1 + 1)]

    def hit(r: Rect) -> Rect | None:
        for c in cells(r):
            for k in grid.get(c, ()):
                o = placed[k]
                if r[0] < o[0] + o[2] and o[0] < r[0] + r[2] and r[1] < o[1] + o[3] and o[1] < r[1] + r[3]:
                    return o
        return None

    for k in sorted(range(len(rects)), key=lambda k: (rects[k][1], rects[k][0])):
        r = rects[k]
        if r[2] <= 0 or r[3] <= 0:
            placed[k] = r
            continue
        other = hit(r)
        while other is not None:
            r = (r[0], other[1] + other[3] + 1.0, r[2], r[3])
            other = hit(r)
        placed[k] = r
        for c in cells(r):
            grid.setdefault(c, []).append(k)
    return placed
