"""Training in the training process: the same numbers as in this one, held, typed into, stopped, replaced."""

import threading

import pytest

from gradlab.classify.settings import ClassifySettings
from gradlab.classify.setup import PRESETS


def set_up(preset, **changes):
    settings = ClassifySettings(PRESETS[preset].with_changes(**changes))
    return settings.to_setup(), settings.points


def every(reports, name):
    return [value for progress in reports for value in getattr(progress, name)]


def remote(setup, points, **options):
    from gradlab.classify.training_process import remote_run

    run = remote_run(setup, points, **options)
    assert run is not None, "the training process did not take the run"
    return run


@pytest.mark.parametrize(
    ("preset", "changes"),
    [
        ("spiral", dict(steps=300, test_percent=20)),
        ("guide-linear", dict(steps=200, optimizer="adam")),
        ("xor-2layer", dict(steps=30, engine="gradlab")),  # the torch twin beside the engine, both there
    ],
)
def test_the_training_process_gives_the_losses_train_gives_here_to_the_last_bit(preset, changes):
    from gradlab.classify.models import layers
    from gradlab.classify.training import train

    setup, points = set_up(preset, **changes)
    here = list(train(setup, points, report_every=0.01))
    there = list(remote(setup, points, report_every=0.01))
    for name in ("losses", "accuracies", "test_losses", "test_accuracies", "twin_losses"):
        assert every(there, name) == every(here, name), name
    assert there[-1].done and there[-1].result == here[-1].result
    assert layers(there[-1].model) == layers(here[-1].model)  # the last weights, exactly
    assert there[-1].model is not here[-1].model


def read_on_a_thread(run):
    reports, errors = [], []

    def read():
        try:
            reports.extend(run)
        except Exception as error:  # noqa: BLE001 - the test says what came
            errors.append(error)

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return reports, errors, thread


def wait_for(condition, timeout=20.0):
    import time

    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "waited too long"
        threading.Event().wait(0.005)


def test_a_run_there_holds_after_the_report_it_sent_goes_on_from_typed_weights_and_stops():
    from gradlab.classify.training_process import shared_process

    setup, points = set_up("xor-2layer", steps=10**7, lr=1e-9)  # the weights hardly move by themselves
    run = remote(setup, points, report_every=0.01)
    reports, errors, thread = read_on_a_thread(run)
    wait_for(lambda: len(reports) >= 2)
    run.hold()
    wait_for(lambda: run.held_at is not None)
    held = reports[-1]
    assert run.held_at == held.step  # held just after the last report that came: it is what is shown
    weights = [([list(row) for row in rows], list(bias)) for rows, bias in held.layers]
    weights[0][0][0][0] = 7.5
    run.go({"weights": weights})
    wait_for(lambda: len(reports) > 2 and reports[-1].step > held.step and reports[-1].layers[0][0][0][0] > 7)
    assert reports[-1].layers[0][0][0][0] == pytest.approx(7.5, abs=1e-6)
    run.hold()
    wait_for(lambda: run.held_at is not None)
    run.stop()  # stopped while held
    thread.join(10)
    assert not thread.is_alive() and not errors
    assert not shared_process().busy  # free for the next run
    assert not reports[-1].done


def test_the_training_process_writes_its_messages_in_the_windows_language():
    from gradlab import translation

    translation.install(lambda context, text: f"«{text}»")  # a language of its own
    table = translation.translated_sentences()
    assert (("training", "could not start: {error}"), "«could not start: {error}»") in table
    setup, points = set_up("spiral", engine="gradlab", batch=10)  # refused: the engine takes every point
    (progress,) = list(remote(setup, points, translations=table))
    assert progress.error.startswith("«could not start: «gradlab's engine trains on every point")
    translation.install(None)
    assert translation.translated_sentences() == ()  # English: nothing to send
    (progress,) = list(remote(setup, points))
    assert progress.error.startswith("could not start: gradlab's engine trains on every point")


def test_a_busy_training_process_leaves_the_run_to_this_process():
    from gradlab.classify.training_process import remote_run, shared_process

    process = shared_process()
    assert process.ready() and process.claim()
    try:
        assert remote_run(*set_up("guide-linear")) is None
    finally:
        process.release()


def test_a_training_process_that_dies_is_said_in_one_line_and_the_next_run_gets_a_new_one():
    from gradlab.classify import training_process

    setup, points = set_up("spiral", steps=10**7)
    run = remote(setup, points)
    reports, errors, thread = read_on_a_thread(run)
    wait_for(lambda: reports)
    dead = training_process.shared_process()
    dead._process.kill()
    thread.join(10)
    assert not errors and reports[-1].done
    step = reports[-2].step
    assert reports[-1].error == (
        f"training stopped at step {step}: "
        "the training process ended unexpectedly; press Start to train again"
    )
    assert training_process.remote_run(*set_up("guide-linear")) is None  # this run trains here
    fresh = training_process.shared_process()
    assert fresh is not dead and fresh.ready()
    assert list(remote(*set_up("guide-linear", steps=5)))[-1].done  # and the next there


def test_a_script_without_a_main_guard_trains_there(tmp_path):
    """The child is not made by running the parent's script again (multiprocessing's spawn would)."""
    import subprocess
    import sys

    script = tmp_path / "no_guard.py"
    script.write_text(
        "from gradlab.classify.settings import ClassifySettings\n"
        "from gradlab.classify.setup import PRESETS\n"
        "from gradlab.classify.training_process import remote_run\n"
        "settings = ClassifySettings(PRESETS['guide-linear'].with_changes(steps=20))\n"
        "run = remote_run(settings.to_setup(), settings.points)\n"
        "print('there' if run is not None else 'here', list(run)[-1].step)\n"
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout, done.stderr) == (0, "there 20\n", "")


def test_a_process_whose_pipe_broke_is_not_taken_again_even_before_it_is_gone():
    from gradlab.classify import training_process

    process = training_process.shared_process()
    assert process.ready()
    process.broken = True  # as after an end of file: the child's end closed, the process not yet reaped
    try:
        assert not process.alive()
        assert training_process.remote_run(*set_up("guide-linear")) is None  # this run trains here
        fresh = training_process.shared_process()
        assert fresh is not process and fresh.ready()
    finally:
        process.close()
