"""Make the outputs of one job side by side: the slow ones (WeasyPrint PDFs) each in a process of
their own, the rest here meanwhile.

WeasyPrint lays out pages in pure Python, so one process uses one core: on a machine with two cores the
report and the wall take the time of the slower of the two, not of both together. A child is forked
(it shares everything already loaded, nothing is pickled but the bytes it returns) and only where that
is safe and cheap: Linux with more than one core. Elsewhere everything runs here, one after the other,
with the same result. Nothing is written to disk: the bytes come back through a pipe.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
import traceback
from collections.abc import Callable, Iterable, Mapping
from typing import Any

Maker = Callable[[], bytes]


def can_fork() -> bool:
    """True where a child process may take a slow output (Linux, two cores or more)."""
    return (sys.platform.startswith("linux") and (os.cpu_count() or 1) > 1
            and "fork" in multiprocessing.get_all_start_methods())


def make_all(makers: Mapping[str, Maker], slow: Iterable[str] = ()) -> dict[str, bytes]:
    """Every maker's bytes by name (in the order of ``makers``). Those named in ``slow`` run in child
    processes when :func:`can_fork`; an error in a child is raised here as if it happened here (its
    traceback is kept as a note for ``DOORSTROOM_DEBUG``)."""
    slow = [name for name in slow if name in makers] if can_fork() else []
    context = multiprocessing.get_context("fork") if slow else None
    children: dict[str, tuple[Any, Any]] = {}
    try:
        for name in slow:
            receiver, sender = context.Pipe(duplex=False)
            child = context.Process(target=_child, args=(makers[name], sender), daemon=True)
            child.start()
            sender.close()
            children[name] = (child, receiver)
        made = {name: make() for name, make in makers.items() if name not in children}
        for name, (child, receiver) in children.items():
            made[name] = _result(receiver.recv() if _ready(child, receiver) else ("gestopt", child.exitcode))
            child.join()
        return {name: made[name] for name in makers}
    finally:
        for child, receiver in children.values():
            receiver.close()
            if child.is_alive():
                child.terminate()
                child.join()


def _ready(child: Any, receiver: Any) -> bool:
    """Wait until the child sent its answer or died without one."""
    while not receiver.poll(0.05):
        if not child.is_alive():
            return receiver.poll()
    return True


def _child(make: Maker, sender: Any) -> None:
    try:
        sender.send(("ok", make()))
    except BaseException as exc:  # noqa: BLE001 - everything goes back to the parent, which decides
        sender.send(("fout", _portable(exc), traceback.format_exc()))
    finally:
        sender.close()


def _portable(exc: BaseException) -> BaseException | tuple[type, tuple, dict]:
    """The exception itself when it survives pickling; else its class, arguments and attributes, to be
    put together again without calling its ``__init__`` (ours take other arguments than they store)."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001 - any failure to pickle means: send the parts instead
        parts = (type(exc), exc.args, dict(vars(exc)))
        try:
            pickle.dumps(parts)
            return parts
        except Exception:  # noqa: BLE001 - even the parts do not pickle: say what it was
            return (RuntimeError, (f"{type(exc).__name__}: {exc}",), {})


def _result(answer: tuple) -> bytes:
    if answer[0] == "ok":
        return answer[1]
    if answer[0] == "gestopt":
        raise ChildStopped(answer[1])
    error, details = answer[1], answer[2]
    if isinstance(error, tuple):
        cls, args, attributes = error
        error = cls.__new__(cls)
        error.args = args
        error.__dict__.update(attributes)
    error.add_note(details)
    raise error


class ChildStopped(RuntimeError):
    """A child process ended without an answer (killed, out of memory): a fault, not the user's."""

    def __init__(self, exitcode: int | None) -> None:
        super().__init__(f"een deelproces stopte zonder resultaat (exitcode {exitcode})")
