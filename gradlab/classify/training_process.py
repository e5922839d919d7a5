"""Training in a process of its own, so that the window drawing it costs the training nothing.

In one process, the GUI thread's Python (the plane, the network, the curves) and the training
thread's Python take turns at the interpreter's lock: a run drawn live trained at about 0.8 of the
same loop run bare. Here the loop (``training.train``, unchanged) runs in a child process that is
started once, ahead of the first run (importing torch takes it a second), and reused for every
run after. Each report comes back through a pipe with a snapshot of the weights (``layers``); the
parent rebuilds a model from it for the pictures. Its results are the training's own: the same
losses to the last bit as ``train`` in this process (a test says so).

``RemoteRun`` looks like ``train``'s generator to whoever iterates it (``next``, ``send`` a
message, ``close``) and can also ``hold`` the run (the child stops between two reports and says
so), ``go`` on (with a message: weights typed while it was held) and ``stop`` it. Messages sent
while it trains reach the child between two of its reports. No Qt here: the child needs only torch.
"""

from __future__ import annotations

import atexit
import threading

from ..translation import translate

READY_TIMEOUT_S = 60.0  # a child that has not imported torch by then is given up on


def ended_unexpectedly() -> str:
    return translate(
        "classify.training_process", "the training process ended unexpectedly; press Start to train again"
    )


def serve(conn) -> None:
    """The child's loop: one job (a run) at a time until told to quit or the parent is gone."""
    try:
        import torch  # noqa: F401 - the cost of the first run, paid before it is asked for

        from . import training  # noqa: F401
    except Exception as error:  # noqa: BLE001 - said to the parent, which trains in-process instead
        conn.send(("failed", f"{type(error).__name__}: {error}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            kind, job = conn.recv()
            if kind == "job":  # anything else: a control message for a run that has already ended
                conn.send(_run(conn, **job))
        except (EOFError, OSError, KeyboardInterrupt):
            return  # the parent is gone


def _run(conn, setup, points, start, report_every, threads, translations) -> tuple[str, object]:
    """One run: ``train``'s reports sent back, each with its weights; control messages obeyed.

    Returns the run's last message: ``("end", None)``, or ``("crashed", why)`` when a step raised
    what ``train`` does not catch itself (the child serves on).
    """
    import torch

    from .. import translation
    from .models import layers
    from .training import train

    torch.set_num_threads(threads)
    table = dict(translations)  # the window's language, for the sentences the core writes
    translation.install((lambda context, text: table.get((context, text), text)) if table else None)
    message, held = None, False
    try:
        run = train(setup, points, report_every=report_every, start=start)
        while True:
            try:
                progress = run.send(message) if message else next(run)
            except StopIteration:
                return ("end", None)
            message = None
            if progress.model is not None:
                progress.layers = layers(progress.model)
            progress.model = None  # a torch module does not cross: its weights do
            conn.send(("report", progress))
            while held or conn.poll():
                kind, payload = conn.recv()
                if kind == "send":
                    message = {**(message or {}), **payload}
                elif kind == "hold":
                    held = True
                    conn.send(("held", progress.step))
                elif kind == "go":
                    held = False
                    if payload:
                        message = {**(message or {}), **payload}
                elif kind == "stop":
                    run.close()
                    return ("end", None)
    except (EOFError, OSError):
        raise  # the pipe: the parent is gone (serve ends)
    except Exception as error:  # noqa: BLE001 - the run's end, said to the parent
        return ("crashed", f"{type(error).__name__}: {error}")


class TrainingProcess:
    """The parent's side of the child process: started once, then one run at a time."""

    def __init__(self) -> None:
        """Start the child: ``python -m gradlab.classify.training_process FD``, its end of a socket pair.

        Not multiprocessing's spawn: that runs the parent's main script again in the child, which
        a script that opens gradlab's window without an ``if __name__ == "__main__"`` guard cannot
        survive. The child imports only this package and torch.
        """
        import os
        import socket
        import subprocess
        import sys
        from multiprocessing.connection import Connection
        from pathlib import Path

        ours, theirs = socket.socketpair()
        home = str(Path(__file__).resolve().parents[2])  # the folder gradlab is imported from
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [home, os.environ.get("PYTHONPATH")])))
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-m", __name__, str(theirs.fileno())],
                pass_fds=(theirs.fileno(),),
                stdin=subprocess.DEVNULL,
                env=env,
            )
        finally:
            theirs.close()
        self._conn = Connection(ours.detach())
        self._send_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._ready: bool | None = None  # None: not heard from yet
        self.broken = False  # the pipe broke (the child ended): never used again
        self.busy = False
        self.problem = ""

    @property
    def pid(self) -> int:
        return self._process.pid

    def alive(self) -> bool:
        """Running, and its pipe whole (its end of the pipe closes a moment before the process is gone)."""
        return not self.broken and self._process.poll() is None

    def ready(self, timeout: float = READY_TIMEOUT_S) -> bool:
        """Whether the child has imported torch and waits for a run (waits up to ``timeout``)."""
        with self._state_lock:
            if self._ready is None:
                try:
                    if not self._conn.poll(timeout):
                        self.problem = "the training process did not start in time"
                        self._ready = False
                    else:
                        kind, detail = self._conn.recv()
                        self._ready = kind == "ready"
                        self.problem = "" if self._ready else str(detail)
                except (EOFError, OSError) as error:
                    self._ready, self.problem = False, f"the training process ended: {error}"
        return bool(self._ready) and self.alive()

    def claim(self) -> bool:
        """Take the process for one run; False while another run has it."""
        with self._state_lock:
            if self.busy:
                return False
            self.busy = True
            return True

    def release(self) -> None:
        with self._state_lock:
            self.busy = False

    def send(self, kind: str, payload=None) -> None:
        with self._send_lock:  # the GUI thread (hold, go, stop) and the run's thread (messages)
            try:
                self._conn.send((kind, payload))
            except OSError:
                self.broken = True
                raise

    def receive(self):
        try:
            return self._conn.recv()
        except (EOFError, OSError):
            self.broken = True
            raise

    def close(self) -> None:
        """End the child (at exit): it quits when its pipe closes; killed if it does not."""
        import subprocess

        try:
            self._conn.close()
        except OSError:
            pass
        try:
            self._process.wait(2)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(2)


class RemoteRun:
    """One run in the training process, iterated as ``train``'s generator is (``Progress`` reports).

    Each report's ``model`` is a new model holding that report's weights (the child's, exactly),
    made here: the pictures and the tab read it while the child trains on.
    """

    def __init__(self, process, setup, points, start=None, report_every=0.05, threads=1, translations=()):
        self.process, self.setup = process, setup
        self.held_at: int | None = None  # the step the child holds at, once it says so
        self.step, self.lr = 0, setup.lr  # of the last report
        self._ended = False
        job = dict(
            setup=setup,
            points=points,
            start=start,
            report_every=report_every,
            threads=threads,
            translations=translations,
        )
        process.send("job", job)

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, message):
        """The next report (``message``, if any, reaches the child between two of its reports).

        A child that ended (killed, out of memory) or whose step raised ends the run with a last
        report that says so, as ``train`` says a step that failed.
        """
        if self._ended:
            raise StopIteration
        if message:
            try:
                self.process.send("send", message)
            except OSError:
                return self._broken(ended_unexpectedly())
        while True:
            try:
                kind, payload = self.process.receive()
            except (EOFError, OSError):
                return self._broken(ended_unexpectedly())
            if kind == "report":
                self.step, self.lr = payload.step, payload.lr
                return self._with_model(payload)
            if kind == "held":
                self.held_at = payload
                continue
            if kind == "crashed":
                return self._broken(payload)
            self._end()
            raise StopIteration

    def _broken(self, why: str):
        from .training import Progress

        self._end()
        message = translate("training", "training stopped at step {step}: {error}")
        error = message.format(step=self.step, error=why)
        return Progress(
            self.step, self.setup.steps, self.step, [], [], [], [], self.lr, done=True, error=error
        )

    def _with_model(self, progress):
        from .models import build_model, set_layers

        if progress.layers is not None:
            model = build_model(self.setup, 0)
            set_layers(model, progress.layers)
            progress.model = model
        return progress

    def hold(self) -> None:
        """Stop between two reports (the child says at which step: ``held_at``)."""
        if not self._ended:
            self.process.send("hold")

    def go(self, message: dict | None = None) -> None:
        """Train on from the hold; ``message`` (new weights, a rate) first."""
        self.held_at = None
        if not self._ended:
            self.process.send("go", message or None)

    def stop(self) -> None:
        """End the run; its reports end (the iteration stops) once the child has stopped."""
        if not self._ended:
            self.process.send("stop")

    def close(self) -> None:
        """Stopped by whoever iterates: the child stops and the process is free for the next run."""
        if self._ended:
            return
        self.stop()
        try:  # what the child sent before it read the stop, up to its end
            while True:
                kind, _ = self.process.receive()
                if kind in ("end", "crashed"):
                    break
        except (EOFError, OSError):
            pass
        self._end()

    def _end(self) -> None:
        if not self._ended:
            self._ended = True
            self.process.release()


_shared: TrainingProcess | None = None
_shared_lock = threading.Lock()


def shared_process(start: bool = True) -> TrainingProcess | None:
    """The program's training process (started on the first call, unless ``start`` is False).

    None when it cannot be started (no process may be made here): runs then train in this process.
    """
    global _shared
    with _shared_lock:
        if _shared is None and start:
            try:
                _shared = TrainingProcess()
            except (OSError, ValueError):
                return None
        return _shared


def remote_run(setup, points, start=None, report_every=0.05, threads=1, translations=()) -> RemoteRun | None:
    """A run in the training process, or None when it cannot take one (busy, failed, gone): train here.

    A process that failed or ended is replaced by a new one, ready for the next run.
    """
    global _shared
    process = shared_process()
    if process is None:
        return None
    if not process.ready():
        with _shared_lock:
            if _shared is process:
                _shared = None
        process.close()
        shared_process()  # a new one imports torch meanwhile: the next run trains there
        return None
    if not process.claim():
        return None
    try:
        return RemoteRun(process, setup, points, start, report_every, threads, translations)
    except (OSError, ValueError):  # the pipe broke, or what was sent could not be (a huge job)
        process.release()
        if not process.alive():
            with _shared_lock:
                if _shared is process:
                    _shared = None
            process.close()
            shared_process()  # a new one for the next run
        return None


@atexit.register
def _close_shared() -> None:
    global _shared
    process, _shared = _shared, None
    if process is not None:
        process.close()


if __name__ == "__main__":  # the child: python -m gradlab.classify.training_process FD
    import sys
    from multiprocessing.connection import Connection

    serve(Connection(int(sys.argv[1])))
