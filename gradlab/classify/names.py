"""What every weight of a network is called, one rule for the table, the tooltips and the Graph tab.

Counted from 1, as a student counts: ``w2_3_1`` is layer 2's weight into its neuron 3 from its
input 1 (x1 for the first layer), ``b2_3`` that neuron's bias. The guide's linear classifier
a·x + b·y + c (one neuron on two inputs) keeps its own names a, b, c. The names are identifiers,
so the Graph tab's variables carry them unchanged. Plain Python: no Qt, no torch.
"""

from __future__ import annotations

from ..translation import translate


def is_guide_line(sizes) -> bool:
    """Whether the network of widths ``sizes`` ([2, 1]) is the guide's a·x + b·y + c."""
    return list(sizes) == [2, 1]


def weight_name(sizes, layer: int, row: int, col: int) -> str:
    """The name of layer ``layer``'s weight (0-based indexes) into neuron ``row`` from input ``col``.

    ``col == sizes[layer]`` (the layer's number of inputs) is the neuron's bias.
    """
    if is_guide_line(sizes):
        return "abc"[col]
    if col == sizes[layer]:
        return f"b{layer + 1}_{row + 1}"
    return f"w{layer + 1}_{row + 1}_{col + 1}"


def weight_meaning(sizes, layer: int, row: int, col: int) -> str:
    """The name and what it is, for a tooltip: "w1_3_2: layer 1, into neuron 3 from x2"."""
    name = weight_name(sizes, layer, row, col)
    if col == sizes[layer]:
        text = translate("classify.names", "{name}: layer {layer}, the bias of neuron {neuron}")
        return text.format(name=name, layer=layer + 1, neuron=row + 1)
    source = f"x{col + 1}" if layer == 0 else str(col + 1)
    text = translate("classify.names", "{name}: layer {layer}, into neuron {neuron} from {source}")
    return text.format(name=name, layer=layer + 1, neuron=row + 1, source=source)


def sizes_of(layers) -> list[int]:
    """The widths, inputs first ([2, 16, 16, 1]), of ``layers`` as ``models.layers`` gives them."""
    inputs = len(layers[0][0][0]) if layers and layers[0][0] else 2
    return [inputs, *(len(rows) for rows, _ in layers)]


def parameter_names(layers) -> list[str]:
    """Every weight's name, each neuron's weights then its bias, layer by layer (``models.layers``' order)."""
    sizes = sizes_of(layers)
    names = []
    for k, (rows, _bias) in enumerate(layers):
        for i, row in enumerate(rows):
            names += [weight_name(sizes, k, i, j) for j in range(len(row) + 1)]
    return names
