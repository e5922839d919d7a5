"""gradlab.files: only regular files, only so much, never a hang; atomic writes; one-line reasons."""

from __future__ import annotations

import errno
import os
import time

import pytest

from gradlab.files import (
    FileRefusedError,
    read_bounded,
    remove_stale_temporaries,
    shown,
    why_not,
    write_atomic,
)


def sparse(path, size: int) -> None:
    """A file of ``size`` bytes that takes no room on disk."""
    with open(path, "wb") as file:
        file.truncate(size)


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda p: os.mkfifo(p), "it is not a regular file"),  # opening it blocking would wait forever
        (lambda p: os.symlink("/dev/zero", p), "it is not a regular file"),
        (lambda p: os.symlink("/dev/urandom", p), "it is not a regular file"),
        (lambda p: os.mkdir(p), "it is a folder"),
        (lambda p: None, "does not exist"),
        (lambda p: sparse(p, 10 * 1024 * 1024 + 1), "larger than 10 MB"),
    ],
)
def test_what_is_not_a_regular_file_of_bounded_size_is_refused_before_it_is_read(tmp_path, make, says):
    path = tmp_path / "x.gradlab"
    make(path)
    with pytest.raises(FileRefusedError) as refused:
        read_bounded(path, "session")
    assert says in str(refused.value) and "\n" not in str(refused.value)


def test_the_limit_is_exact_and_a_file_that_says_size_zero_is_read_to_its_end(tmp_path):
    path = tmp_path / "exact"
    path.write_bytes(b"a" * 1000)
    assert read_bounded(path, "session", limit=1000) == b"a" * 1000
    with pytest.raises(FileRefusedError, match="larger than 999 bytes"):
        read_bounded(path, "session", limit=999)
    status = read_bounded("/proc/self/status", "session")  # st_size 0, yet text
    assert b"Name:" in status
    with pytest.raises(FileRefusedError, match="larger than 100 bytes"):
        read_bounded("/proc/self/status", "session", limit=100)


def test_a_save_removes_what_interrupted_saves_left_and_nothing_else(tmp_path):
    old = time.time() - 3600
    left = [
        tmp_path / ".a.gradlab.123.456.gradlab-tmp",
        tmp_path / ".model.ckpt.4242.tmp",
        tmp_path / ".ab_c1234.tmp",
    ]
    kept = [tmp_path / ".notes.tmp", tmp_path / "draft.tmp", tmp_path / ".fresh.gradlab.1.2.gradlab-tmp"]
    for path in left + kept:
        path.write_text("half")
        if path.name != ".fresh.gradlab.1.2.gradlab-tmp":
            os.utime(path, (old, old))
    write_atomic(tmp_path / "a.gradlab", lambda file: file.write(b"{}"))
    assert (tmp_path / "a.gradlab").read_bytes() == b"{}"
    assert not any(path.exists() for path in left) and all(path.exists() for path in kept)
    assert remove_stale_temporaries(tmp_path / "missing") == []


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "a.gradlab"
    target.write_bytes(b"old")

    def broken(file):
        file.write(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError):
        write_atomic(target, broken)
    assert target.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["a.gradlab"]


def test_names_and_folders_in_reasons_stay_on_one_line(tmp_path):
    odd = tmp_path / "a\nb" / "c\rd.gradlab"
    reason = why_not(FileNotFoundError(errno.ENOENT, "No such file"), odd)
    assert "\n" not in reason and "\r" not in reason and "a\\nb" in reason
    assert shown(odd) == "c\\rd.gradlab" and shown(tmp_path / "plain.csv") == "plain.csv"


def test_a_save_never_replaces_a_pipe_or_a_device_with_a_file(tmp_path):
    """os.replace over /dev/zero (as root) or a FIFO put a checkpoint where the device had been."""
    import stat

    pipe = tmp_path / "model.ckpt"
    os.mkfifo(pipe)
    with pytest.raises(FileRefusedError, match="not a regular file"):
        write_atomic(pipe, lambda file: file.write(b"data"))
    assert stat.S_ISFIFO(os.stat(pipe).st_mode) and sorted(p.name for p in tmp_path.iterdir()) == [
        "model.ckpt"
    ]


def test_saving_a_checkpoint_or_a_session_onto_a_pipe_is_one_line_and_keeps_the_pipe(tmp_path, capsys):
    import stat

    from gradlab import cli
    from gradlab.regression import Setup
    from gradlab.regression.checkpoint import CheckpointError, save_checkpoint
    from gradlab.regression.models import build_model
    from gradlab.session import save_session

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(CheckpointError, match="could not save pipe: it is not a regular file"):
        save_checkpoint(pipe, build_model(Setup()), Setup())
    with pytest.raises(OSError, match="not a regular file"):
        save_session(pipe, {"graph": {}, "descent": {}, "regression": {}})
    capsys.readouterr()
    with pytest.raises(SystemExit) as caught:  # in-process, as test_cli_options runs the command line
        cli.main(["train", "--recipe", "regression1train", "--steps", "2", "--save", str(pipe)])
    out, err = capsys.readouterr()
    assert caught.value.code == 2 and out == "" and "Traceback" not in err
    assert err == (
        "gradlab train: error: could not save pipe: it is not a regular file (a device, a pipe or a socket)"
        " (see gradlab train --help)\n"
    )
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
