"""The graph a student is editing, with undo and redo of every edit.

Every edit goes through the graph's plain-data form (``Graph.to_spec``): the document keeps the
specs of earlier versions, so undo and redo restore them exactly, and an edit that fails leaves
the graph as it was. The document also holds the walk's one setting (Keep gradients) and is the
Graph tab's part of a session, validated here once.
"""

from __future__ import annotations

import copy

from ..engine import Graph
from ..engine.graph import name_problem
from ..engine.ops import OPS
from ..translation import translate


class EditError(ValueError):
    """An edit that cannot be made, with a message for the student."""


class GraphDocument:
    """The current ``graph``, its undo and redo stacks, the edits a builder offers, Keep gradients."""

    def __init__(self, graph: Graph | None = None) -> None:
        self.graph = graph if graph is not None else Graph()
        self._undo: list[tuple[dict, str]] = []
        self._redo: list[tuple[dict, str]] = []
        #: A new backward pass adds to the leaves' gradients instead of starting at 0 (no zero_grad()).
        self.keep_gradients = False
        self.descent_start: dict[str, float] | None = None  # the values before the first descent step

    # --- gradient descent on the graph ---------------------------------------------------------

    def descend(self, rate: float, classic: bool = False) -> float:
        """One descent step (``Graph.descend``); the first remembers where descent started."""
        if self.descent_start is None:
            self.descent_start = self.graph.values()
        return self.graph.descend(rate, classic)

    def restart_descent(self) -> None:
        """Put the variables back where descent started."""
        if self.descent_start is not None:
            self.graph.set_values(**self.descent_start)
            self.graph.forward()
        self.descent_start = None

    # --- sessions ----------------------------------------------------------------------------

    def session_part(self) -> dict:
        """The tab's part of a session: the graph (names, values, operations) and Keep gradients."""
        return {"graph": self.graph.to_spec(), "keep_gradients": self.keep_gradients}

    @staticmethod
    def check_session(state) -> tuple[Graph, bool]:
        """A session's graph part as (graph, keep gradients); ValueError saying what is wrong."""
        if not isinstance(state, dict):
            raise ValueError(translate("graph.document", "The graph part is not a table of values."))
        try:
            graph = Graph.from_spec(renamed_later_functions(state.get("graph")))
        except ValueError as error:
            message = translate("graph.document", "The graph cannot be built: {error}")
            raise ValueError(message.format(error=error)) from None
        keep = state.get("keep_gradients", False)
        if not isinstance(keep, bool):
            raise ValueError(
                translate("graph.document", "The graph part's Keep gradients is not true or false.")
            )
        return graph, keep

    def open_session(self, graph: Graph, keep: bool) -> None:
        """Show a checked session part (it can be undone like any other change of graph)."""
        self.keep_gradients = keep
        self.replace(graph, translate("graph.document", "open session"))

    # --- history -----------------------------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_text(self) -> str:
        return self._undo[-1][1] if self._undo else ""

    def undo(self) -> bool:
        if not self._undo:
            return False
        spec, what = self._undo.pop()
        self._redo.append((self.graph.to_spec(), what))
        self._set(Graph.from_spec(spec))
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        spec, what = self._redo.pop()
        self._undo.append((self.graph.to_spec(), what))
        self._set(Graph.from_spec(spec))
        return True

    def _set(self, graph: Graph) -> None:
        self.graph = graph
        self.descent_start = None

    def _commit(self, graph: Graph, what: str) -> None:
        self._undo.append((self.graph.to_spec(), what))
        self._redo.clear()
        self._set(graph)

    def _copy(self) -> Graph:
        return Graph.from_spec(self.graph.to_spec())

    # --- edits -------------------------------------------------------------------------------

    def replace(self, graph: Graph, what: str | None = None) -> None:
        """Put a whole new graph in (from the expression box or a preset)."""
        self._commit(graph, what if what is not None else translate("graph.document", "new graph"))

    def add_variable(self, name: str, value: float) -> None:
        self._check_new_name(name)
        graph = self._copy()
        try:
            graph.variable(name, value)
        except (TypeError, ValueError, OverflowError) as error:  # the node limit, a value not a number
            raise EditError(str(error)) from None
        graph.output = graph.output or graph.inputs[name]
        self._commit(graph, translate("graph.document", "add variable {name}").format(name=name))

    def add_operation(self, op: str, operands: list[str], name: str = "") -> str:
        """Add ``op`` of the named nodes; it becomes the output. Returns its name."""
        if op not in OPS:
            raise EditError(translate("graph.document", "unknown operation {op}").format(op=op))
        if name:
            self._check_new_name(name)
        graph = self._copy()
        inputs = []
        for operand in operands:
            node = graph.find(operand)
            if node is None:
                raise EditError(_no_node(operand))
            inputs.append(node)
        try:
            node = graph.apply(op, *inputs, name=name or None)
        except ValueError as error:
            raise EditError(str(error)) from None
        self._commit(graph, translate("graph.document", "add {name} = {op}").format(name=node.label, op=op))
        return node.label

    def rename(self, old: str, new: str) -> None:
        if old == new:
            return
        self._check_new_name(new)
        spec = self.graph.to_spec()
        item = self._item(spec, old)
        item["name"] = new
        what = translate("graph.document", "rename {old} to {new}").format(old=old, new=new)
        self._commit(Graph.from_spec(spec), what)

    def set_value(self, name: str, value: float) -> None:
        spec = self.graph.to_spec()
        item = self._item(spec, name)
        if "value" not in item:
            message = translate(
                "graph.document", "{name} is computed, not a variable: its value comes from its inputs"
            )
            raise EditError(message.format(name=name))
        item["value"] = float(value)
        what = translate("graph.document", "set {name} = {value}").format(name=name, value=value)
        self._commit(Graph.from_spec(spec), what)

    def dependents(self, name: str) -> list[str]:
        """The operations that use ``name``, directly or through others (what deleting it removes)."""
        node = self.graph.find(name)
        if node is None:
            raise EditError(_no_node(name))
        doomed = {id(node)}
        found = []
        for n in self.graph.all_nodes:
            if any(id(p) in doomed for p in n._prev):
                doomed.add(id(n))
                found.append(n.label)
        return found

    def delete(self, name: str) -> list[str]:
        """Delete ``name`` and everything that depends on it; returns the names removed with it."""
        removed = self.dependents(name)
        spec = self.graph.to_spec()
        doomed = {self._index(spec, name)}
        for i, item in enumerate(spec["nodes"]):
            if "op" in item and any(j in doomed for j in item["inputs"]):
                doomed.add(i)
        # constants only used by deleted nodes go too
        users: dict[int, list[int]] = {}
        for k, item in enumerate(spec["nodes"]):
            for j in item.get("inputs", ()):
                users.setdefault(j, []).append(k)
        for i, item in enumerate(spec["nodes"]):
            if "constant" in item and i in users and all(k in doomed for k in users[i]):
                doomed.add(i)
        keep = [i for i in range(len(spec["nodes"])) if i not in doomed]
        new_index = {old: new for new, old in enumerate(keep)}
        nodes = []
        for i in keep:
            item = copy.deepcopy(spec["nodes"][i])
            if "op" in item:
                item["inputs"] = [new_index[j] for j in item["inputs"]]
            nodes.append(item)
        output = spec["output"]
        if output in doomed or output is None:
            operations = [k for k, it in enumerate(nodes) if "op" in it]
            output = operations[-1] if operations else (len(nodes) - 1 if nodes else None)
        else:
            output = new_index[output]
        what = translate("graph.document", "delete {name}").format(name=name)
        self._commit(Graph.from_spec({"nodes": nodes, "output": output}), what)
        return removed

    # --- helpers -----------------------------------------------------------------------------

    def _check_new_name(self, name: str) -> None:
        """The builder's names follow the rule every name read from a session follows (``name_problem``)."""
        problem = name_problem(name)
        if problem is not None:
            raise EditError(problem)
        if self.graph.find(name) is not None:
            raise EditError(translate("graph.document", "the name {name} is already used").format(name=name))

    @staticmethod
    def _index(spec: dict, name: str) -> int:
        for i, item in enumerate(spec["nodes"]):
            if item.get("name") == name:
                return i
        raise EditError(_no_node(name))

    def _item(self, spec: dict, name: str) -> dict:
        return spec["nodes"][self._index(spec, name)]


#: Functions the expression language gained after sessions were first saved. A node that an older
#: session names so (a name allowed then) is opened as ``max_`` (``max__`` if that is taken).
LATER_FUNCTIONS = ("max", "min")


def renamed_later_functions(spec):
    """``spec`` with its nodes named like a later function renamed, so that older sessions still open.

    Anything not shaped like a graph's spec is returned as it is, for ``Graph.from_spec`` to refuse.
    """
    if not isinstance(spec, dict) or not isinstance(spec.get("nodes"), list):
        return spec
    items = spec["nodes"]
    later = [isinstance(item, dict) and item.get("name") in LATER_FUNCTIONS for item in items]
    if not any(later):
        return spec
    used = {item["name"] for item in items if isinstance(item, dict) and isinstance(item.get("name"), str)}
    nodes = []
    for item, rename in zip(items, later):
        if rename:
            name = item["name"] + "_"
            while name in used:
                name += "_"
            used.add(name)
            item = {**item, "name": name}
        nodes.append(item)
    return {**spec, "nodes": nodes}


def _no_node(name: str) -> str:
    return translate("graph.document", "there is no node called {name}").format(name=name)
