"""The plane's iso-lines worked out on the worker (``isolines.remember_lines``) and handed back as drawn."""

from __future__ import annotations

import gc

import numpy as np

from gradlab.ui.classify import isolines
from gradlab.ui.classify.isolines import iso_lines, remember_lines


def _map():
    xs, ys = np.linspace(-2, 2, 30), np.linspace(-1, 1, 20)
    values = (np.sin(3 * xs)[None, :] + 2 * ys[:, None]).astype(np.float32)
    return values, xs, ys


def test_kept_lines_come_back_for_the_planes_float64_copy_and_equal_fresh_ones():
    values, xs, ys = _map()
    kept = remember_lines(values, xs, ys, (0.0, -1.0, 1.0))
    copy = np.asarray(values, dtype=float)  # what PlaneView.set_map hands iso_lines
    for level in (0.0, -1.0, 1.0):
        x, y = iso_lines(copy, xs, ys, level)
        assert x is kept[level][0] and y is kept[level][1]
        fresh = isolines._iso_lines(copy, xs, ys, level)
        assert len(x) > 0 and np.array_equal(x, fresh[0], equal_nan=True)
        assert np.array_equal(y, fresh[1], equal_nan=True)


def test_other_values_another_grid_or_level_are_computed_and_a_dead_map_is_forgotten():
    values, xs, ys = _map()
    kept = remember_lines(values, xs, ys, (0.0,))
    changed = np.asarray(values, dtype=float)
    changed[5, 5] += 0.25
    assert iso_lines(changed, xs, ys, 0.0)[0] is not kept[0.0][0]
    assert iso_lines(values, xs + 1, ys, 0.0)[0] is not kept[0.0][0]
    assert iso_lines(values, xs, ys, 0.5)[0] is not kept[0.0][0]
    assert iso_lines(values, xs, ys, 0.0)[0] is kept[0.0][0]
    del values
    gc.collect()
    assert not isolines._known


def test_a_hinge_pictures_lines_are_the_boundary_and_both_margins():
    from gradlab.classify.models import build_model
    from gradlab.classify.setup import Setup
    from gradlab.ui.classify.runs import pictures_of

    for loss, levels in (("hinge", {0.0, -1.0, 1.0}), ("logistic", {0.0})):
        setup = Setup(model="mlp", hidden=(3,), activation="tanh", loss=loss)
        pictures = pictures_of(setup, build_model(setup, 0), (), (-2, 2, -2, 2), size=25)
        assert set(pictures.lines) == levels
        shown = np.asarray(pictures.plane, dtype=float)
        for level in levels:
            assert iso_lines(shown, pictures.xs, pictures.ys, level)[0] is pictures.lines[level][0]
