"""Hostile checkpoints: zip bombs, foreign archives, wrong dtypes and shapes, rigged course models.

Each is refused in one true line (a CheckpointError; `gradlab predict` exits 2 with it), before
anything is inflated, before ``load_state_dict``, before anything of a course model is called.
Every file is crafted small here: a bomb's sizes are claimed in its directory or its limit is
patched lower, never gigabytes on disk.
"""

import io
import os
import re
import struct
import subprocess
import sys
import zipfile

import pytest
import torch

from gradlab.files import LIMITS
from gradlab.regression import Setup, archive
from gradlab.regression.checkpoint import CheckpointError, load_checkpoint, predict, save_checkpoint
from gradlab.regression.models import build_model

from .conftest import deny_reading


def refusal(path) -> str:
    with pytest.raises(CheckpointError) as caught:
        load_checkpoint(path)
    said = str(caught.value)
    assert len(said.splitlines()) == 1 and "Traceback" not in said
    return said


POLY3 = Setup(model="poly3", steps=1)


def saved(tmp_path, name="good.ckpt", setup=POLY3, history=(0.5, 0.25)):
    return save_checkpoint(tmp_path / name, build_model(setup), setup, list(history))


def folder_in(path) -> str:
    """The folder torch.save names the archive's entries under ("archive" for a file object)."""
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()[0].split("/")[0]


def rewritten(source, target, change=lambda name, data: data, method=zipfile.ZIP_STORED, extra=()):
    """A copy of the zip archive ``source`` with each entry's bytes changed by ``change``."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", method) as new:
        for info in old.infolist():
            new.writestr(info.filename, change(info.filename, old.read(info)))
        for name, data in extra:
            new.writestr(name, data)
    return target


def course_file(path, change=None):
    """The course's whole-model file, as regression1train.py saves it (changed by ``change`` first)."""
    model = torch.nn.Sequential(torch.nn.Linear(3, 1), torch.nn.Flatten(0, 1))
    if change is not None:
        change(model)
    torch.save(model, path)
    return path


def test_a_good_checkpoint_still_loads_and_keeps_its_history(tmp_path):
    loaded = load_checkpoint(saved(tmp_path, history=[0.5, float("inf"), float("nan")]))
    assert list(loaded.history[:2]) == [0.5, float("inf")] and loaded.history[2] != loaded.history[2]
    assert loaded.source == "gradlab" and loaded.setup.model == "poly3"


def test_a_deflated_bomb_is_refused_without_being_inflated(tmp_path, monkeypatch):
    bomb = tmp_path / "bomb.ckpt"
    good = saved(tmp_path)
    with zipfile.ZipFile(good) as old, zipfile.ZipFile(bomb, "w", zipfile.ZIP_STORED) as new:
        for info in old.infolist():
            if not info.filename.endswith("data/0"):
                new.writestr(info.filename, old.read(info))
        deflated = zipfile.ZipInfo(folder_in(good) + "/data/0")
        deflated.compress_type = zipfile.ZIP_DEFLATED
        with new.open(deflated, "w") as entry:
            for _ in range(4):
                entry.write(bytes(1024 * 1024))  # 4 MB of zeros, a few KB deflated
    assert bomb.stat().st_size < 64 * 1024
    monkeypatch.setitem(LIMITS, "checkpoint", 2 * 1024 * 1024)

    def no_inflating(*args, **kwargs):
        raise AssertionError("the bomb was inflated")

    monkeypatch.setattr(zipfile, "_get_decompressor", no_inflating)
    monkeypatch.setattr(torch, "load", no_inflating)
    said = refusal(bomb)
    assert said.startswith("bomb.ckpt was refused: it would unpack to 4") and "more than 2 MB" in said


def claimed_size(path, entry_suffix: str, size: int):
    """Patch the central directory so that the entry ending in ``entry_suffix`` claims ``size`` bytes."""
    raw = bytearray(path.read_bytes())
    at = raw.find(b"PK\x01\x02")
    while at >= 0:
        name_length = struct.unpack_from("<H", raw, at + 28)[0]
        if bytes(raw[at + 46 : at + 46 + name_length]).decode().endswith(entry_suffix):
            struct.pack_into("<I", raw, at + 24, size)
        at = raw.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(raw))
    return path


def test_a_directory_claiming_3_gib_is_refused_at_the_real_limit(tmp_path):
    bomb = claimed_size(saved(tmp_path, "bomb.ckpt"), "data/0", 3 * 1024**3)
    said = refusal(bomb)
    assert said == (
        "bomb.ckpt was refused: it would unpack to 3072 MB, more than 200 MB, the most gradlab reads "
        "for a checkpoint"
    )


def test_entries_torch_does_not_write_are_refused(tmp_path):
    good = saved(tmp_path)
    folder = folder_in(good)
    extra = rewritten(good, tmp_path / "extra.ckpt", extra=[(f"{folder}/evil.py", b"import os")])
    assert (
        refusal(extra) == f"extra.ckpt was refused: it holds '{folder}/evil.py', which PyTorch does not write"
    )
    deflated = rewritten(good, tmp_path / "deflated.ckpt", method=zipfile.ZIP_DEFLATED)
    assert "is compressed, which PyTorch never does" in refusal(deflated)
    two = rewritten(good, tmp_path / "two.ckpt", extra=[("other/data/5", b"1234")])
    assert "which PyTorch does not write" in refusal(two)
    (tmp_path / "many.ckpt").write_bytes(zipped({f"a/data/{i}": b"" for i in range(500)}))
    assert (
        refusal(tmp_path / "many.ckpt") == "many.ckpt was refused: it holds more parts than a checkpoint has"
    )
    (tmp_path / "pickle.ckpt").write_bytes(b"\x80\x02}q\x00.")
    assert refusal(tmp_path / "pickle.ckpt") == "pickle.ckpt is damaged or not a checkpoint"
    model = torch.nn.Sequential(torch.nn.Linear(3, 1), torch.nn.Flatten(0, 1))
    torch.save(model, tmp_path / "legacy.ckpt", _use_new_zipfile_serialization=False)
    assert refusal(tmp_path / "legacy.ckpt") == (
        "legacy.ckpt is in PyTorch's format from before version 1.6, which gradlab does not read"
    )


def zipped(entries: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def payload(setup=POLY3, **changes):
    state = {
        "format": "gradlab-checkpoint",
        "version": 2,
        "setup": {"recipe": setup.recipe, "model": setup.model, "steps": setup.steps},
        "state_dict": {k: v.detach() for k, v in build_model(setup).state_dict().items()},
        "history": torch.zeros(3, dtype=torch.float64),
    }
    state.update(changes)
    return state


@pytest.mark.parametrize(
    "dtype, says",
    [
        (torch.complex64, "complex64"),
        (torch.int64, "int64"),
        (torch.float16, "float16"),
        (torch.bool, "bool"),
    ],
)
def test_a_weight_that_is_not_float32_or_float64_is_refused(tmp_path, dtype, says):
    state = payload()
    state["state_dict"]["a"] = torch.ones((), dtype=dtype)
    torch.save(state, tmp_path / "odd.ckpt")
    assert (
        refusal(tmp_path / "odd.ckpt")
        == f"odd.ckpt was refused: its weight a holds {says}, not float32 or float64 numbers"
    )


def test_a_weight_of_the_wrong_shape_is_refused_before_load_state_dict(tmp_path, monkeypatch):
    state = payload(Setup(model="mlp", hidden=4, steps=1))
    state["setup"]["hidden"] = 4
    state["state_dict"]["0.weight"] = torch.zeros(4, 2)
    torch.save(state, tmp_path / "shape.ckpt")

    def never(*args, **kwargs):
        raise AssertionError("load_state_dict was called")

    monkeypatch.setattr(torch.nn.Module, "load_state_dict", never)
    said = refusal(tmp_path / "shape.ckpt")
    assert (
        said == "shape.ckpt is damaged: its weight 0.weight has the shape (4, 2), where the model has (4, 1)"
    )


def test_a_float64_weight_loads_but_one_too_large_for_float32_is_refused(tmp_path):
    state = payload()
    state["state_dict"] = {k: v.double() for k, v in state["state_dict"].items()}
    torch.save(state, tmp_path / "double.ckpt")
    assert load_checkpoint(tmp_path / "double.ckpt").model.a.dtype == torch.float32
    state["state_dict"]["b"] = torch.tensor(1e300, dtype=torch.float64)
    torch.save(state, tmp_path / "huge.ckpt")
    assert refusal(tmp_path / "huge.ckpt") == "huge.ckpt is damaged: its weight b is too large for float32"


@pytest.mark.parametrize(
    "version, says",
    [
        ("1", "v.ckpt is damaged: its format version '1' is not a whole number"),
        (1.0, "v.ckpt is damaged: its format version 1.0 is not a whole number"),
        (True, "v.ckpt is damaged: its format version True is not a whole number"),
        (None, "v.ckpt is damaged: its format version None is not a whole number"),
        (3, "v.ckpt was written by a newer gradlab (format 3)"),
        (10**400, "v.ckpt was written by a newer gradlab (format 10**400)"),
        (0, "v.ckpt is damaged: no gradlab writes format 0"),
    ],
)
def test_a_version_says_what_it_is(tmp_path, version, says):
    torch.save(payload(version=version), tmp_path / "v.ckpt")
    assert refusal(tmp_path / "v.ckpt") == says


@pytest.mark.parametrize(
    "history",
    [["a"], [10**400], torch.zeros(2, 2), torch.zeros(3, dtype=torch.int64), {"a": 1}],
    ids=["text", "huge-int", "2d", "int-tensor", "dict"],
)
def test_a_history_that_is_not_numbers_is_refused(tmp_path, history):
    torch.save(payload(history=history), tmp_path / "h.ckpt")
    assert refusal(tmp_path / "h.ckpt").startswith("h.ckpt is damaged: its loss history is not a list of")


def test_a_version_1_checkpoint_with_a_list_history_still_loads(tmp_path):
    torch.save(payload(version=1, history=[1.0, 2, 3.5]), tmp_path / "old.ckpt")
    assert list(load_checkpoint(tmp_path / "old.ckpt").history) == [1.0, 2.0, 3.5]


def test_a_long_list_history_is_refused_at_once(tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "PICKLE_LIMIT", 100_000)
    torch.save(payload(version=1, history=[0.5] * 20_000), tmp_path / "long.ckpt")
    assert refusal(tmp_path / "long.ckpt") == (
        "long.ckpt was refused: its pickled part (the settings, and in older checkpoints the loss history) "
        "is larger than 100,000 bytes, the most gradlab reads"
    )


def test_a_long_history_is_saved_as_a_tensor_and_comes_back(tmp_path, monkeypatch):
    losses = [i / 7 for i in range(200_000)]
    path = saved(tmp_path, "long.ckpt", history=losses)
    with zipfile.ZipFile(path) as archive:  # the pickled part stays small: the losses are a tensor
        assert archive.getinfo(folder_in(path) + "/data.pkl").file_size < 10_000
    assert list(load_checkpoint(path).history) == losses


def test_a_target_that_is_not_a_function_of_x_is_refused(tmp_path):
    state = payload()
    state["setup"]["target"] = "x + os"
    torch.save(state, tmp_path / "t.ckpt")
    assert refusal(tmp_path / "t.ckpt") == (
        "t.ckpt is damaged: its settings cannot be used: the target is a function of x only, not of os"
    )


def test_the_courses_model_file_loads_without_any_of_it_being_called(tmp_path, monkeypatch):
    def weights(model):
        with torch.no_grad():
            model[0].weight.copy_(torch.tensor([[1.0, 2.0, 3.0]]))
            model[0].bias.fill_(0.5)

    path = course_file(tmp_path / "model.ckpt", weights)

    def never(*args, **kwargs):
        raise AssertionError("something of the file's model was called")

    monkeypatch.setattr(torch.nn.Module, "__call__", never)
    monkeypatch.setattr(torch.nn.Module, "state_dict", never)
    loaded = load_checkpoint(path)
    monkeypatch.undo()
    assert loaded.source == "course" and predict(loaded.model, loaded.setup, row=[1, 1, 1]) == 6.5


def replace_weight(model):
    model[0].weight = torch.nn.Parameter(torch.zeros(2, 3))


def hook_module(model):
    model.register_forward_hook(torch.nn.Linear(3, 1))


def pre_hook_on_the_layer(model):
    model[0].register_forward_pre_hook(torch.nn.Flatten())


def no_bias(model):
    model[0].bias = None


def text_weight(model):
    model[0]._parameters["weight"] = "0.5"


def no_parameters(model):
    del model[0].__dict__["_parameters"]


def third_layer(model):
    model.append(torch.nn.Flatten())


def wider(model):
    model[0] = torch.nn.Linear(4, 1)


def complex_weight(model):
    model[0].weight = torch.nn.Parameter(torch.zeros(1, 3, dtype=torch.complex64))


def other_flatten(model):
    model[1] = torch.nn.Flatten(0, -1)


HOOKS = (
    "model.ckpt was refused: its model has hooks (something to run when it is called), and gradlab "
    "loads only weights"
)
NOT_THE_COURSE = "model.ckpt holds a model that is not the course's Linear(3, 1)"
RIGGED = [
    (
        replace_weight,
        "model.ckpt is damaged: its weight 0.weight has the shape (2, 3), where the model has (1, 3)",
    ),
    (hook_module, HOOKS),
    (pre_hook_on_the_layer, HOOKS),
    (no_parameters, "model.ckpt is damaged: its model lacks _parameters, which every PyTorch module has"),
    (no_bias, "model.ckpt is damaged: its weight 0.bias is missing"),
    (text_weight, "model.ckpt was refused: its weight 0.weight is not a tensor of numbers"),
    (third_layer, NOT_THE_COURSE),
    (wider, NOT_THE_COURSE),
    (other_flatten, NOT_THE_COURSE),
    (
        complex_weight,
        "model.ckpt was refused: its weight 0.weight holds complex64, not float32 or float64 numbers",
    ),
]


@pytest.mark.parametrize("change, says", RIGGED, ids=[change.__name__ for change, _ in RIGGED])
def test_a_rigged_course_model_is_refused_in_one_line(tmp_path, change, says):
    assert refusal(course_file(tmp_path / "model.ckpt", change)) == says


def test_gradlab_predict_refuses_a_rigged_course_model_with_exit_2(tmp_path):
    course_file(tmp_path / "model.ckpt", hook_module)
    result = subprocess.run(
        [sys.executable, "-m", "gradlab", "predict", str(tmp_path / "model.ckpt"), "--features", "1,2,3"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"gradlab predict: error: {HOOKS}\n"  # the file's contents: no --help


def test_an_unreadable_checkpoint_says_permission_denied(tmp_path, monkeypatch):
    path = saved(tmp_path)
    deny_reading(monkeypatch, path)
    assert refusal(path) == "could not read good.ckpt: permission denied"


def test_a_fifo_or_a_device_is_refused_at_once(tmp_path):
    os.mkfifo(tmp_path / "pipe.ckpt")
    assert refusal(tmp_path / "pipe.ckpt") == (
        "could not read pipe.ckpt: it is not a regular file (a device, a pipe or a socket)"
    )
    (tmp_path / "zero.ckpt").symlink_to("/dev/zero")
    assert refusal(tmp_path / "zero.ckpt").startswith("could not read zero.ckpt: it is not a regular file")


def test_a_file_name_with_a_newline_is_shown_on_one_line(tmp_path):
    path = tmp_path / "bad\nname.ckpt"
    path.write_bytes(b"junk")
    assert refusal(path) == "bad\\nname.ckpt is damaged or not a checkpoint"


@pytest.mark.parametrize("where", ["", "folder/"])
def test_saving_without_a_file_name_is_refused(tmp_path, where):
    with pytest.raises(CheckpointError, match="no file name was given|names a folder, not a file"):
        save_checkpoint(where, build_model(Setup()), Setup())


# --- in the tab -------------------------------------------------------------------------------


@pytest.fixture
def tab(regression_tab):
    return regression_tab


def test_the_tab_refuses_a_rigged_course_model_in_its_message(tab, tmp_path):
    assert not tab.load_from(course_file(tmp_path / "model.ckpt", hook_module))
    assert tab.run_bar.message.text() == f"✗ {HOOKS}" and tab.model is None


@pytest.mark.parametrize(
    "where, says",
    [
        ("/proc/m.ckpt", "✗ could not save m.ckpt: the folder /proc does not take new files"),
        ("", "✗ could not save: no file name was given"),
        ("{tmp}/gone/m.ckpt", "✗ could not save m.ckpt: the folder {tmp}/gone does not exist"),
    ],
)
def test_a_failed_save_after_a_load_says_so_in_the_tab(tab, tmp_path, where, says):
    assert tab.load_from(saved(tmp_path))
    assert tab.run_bar.message.text() == "Loaded good.ckpt: ready to predict."
    model = tab.model
    assert not tab.save_to(where.format(tmp=tmp_path))
    assert tab.run_bar.message.text() == says.format(tmp=tmp_path) and tab.model is model


def test_the_tab_shows_a_file_name_on_one_line_and_refuses_nan_to_predict(tab, qtbot, tmp_path):
    from PySide6.QtWidgets import QLabel, QLineEdit

    assert tab.load_from(saved(tmp_path, "two\nlines.ckpt"))
    assert tab.run_bar.message.text() == "Loaded two\\nlines.ckpt: ready to predict."
    assert tab.save_to(tmp_path / "again\n.ckpt") and tab.run_bar.message.text() == "Saved again\\n.ckpt."
    tab.findChild(QLineEdit, "regressionPredictXEdit").setText("nan")
    tab.files.predict()
    said = tab.findChild(QLabel, "regressionPredictLabel").text()
    assert said == "✗ type a number for x, or numbers separated by commas"


@pytest.mark.parametrize(
    ("given", "says"),
    [
        (
            ["--x", "1e13"],
            "the model's output for x = 1e\\+13 is -?inf: too large for float32",
        ),  # -inf or inf: the sign is the random weights'
        (["--x", "1e39"], "x = 1e\\+39 is too large for this model: its features do not fit in float32"),
    ],
)
def test_an_input_the_models_float32_cannot_hold_is_refused_not_predicted_as_inf(
    tmp_path, capsys, given, says
):
    """predict --x 1e13 printed predict=inf: the model's x³ is past float32."""
    from gradlab.cli import main

    path = saved(tmp_path)
    assert main(["predict", str(path), "--x", "2"]) == 0 and capsys.readouterr().out.startswith("predict=")
    with pytest.raises(SystemExit) as stopped:
        main(["predict", str(path), *given])
    assert stopped.value.code == 2
    assert re.fullmatch(
        f"gradlab predict: error: {says} \\(see gradlab predict --help\\)\n", capsys.readouterr().err
    )


def test_a_model_with_nan_weights_predicts_no_number_and_says_so():
    model = build_model(POLY3)
    with torch.no_grad():
        for weight in model.parameters():
            weight.fill_(float("nan"))
    with pytest.raises(ValueError, match=r"^the model's output for x = 1\.5 is not a number \(nan\)$"):
        predict(model, POLY3, x=1.5)
