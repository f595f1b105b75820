"""A wall-clock limit on one piece of work (one article's extraction), in any thread.

``time_limit(seconds, origin)`` stops the block once ``seconds`` have passed and raises
``ArticleTimeout`` (an ``InputError``: "FILE:LINE: took longer than N s"). In the main thread a
``SIGALRM`` timer interrupts the work; in other threads (Dask workers, servers) a timer thread
raises the exception asynchronously in the working thread. Either way it arrives between two
Python bytecodes, as ``Expired``, a ``BaseException`` that code catching ``Exception`` lets
through; ``check()`` (called by the pipeline between stages) raises it too once time is up, in
case third-party code swallowed it.
"""

from __future__ import annotations

import ctypes
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from marsad.errors import InputError


class ArticleTimeout(InputError):
    """An article whose extraction ran past the time limit."""

    def __init__(self, seconds: float, source: str | None = None) -> None:
        self.seconds = seconds
        super().__init__(f"took longer than {seconds:g} s (the time limit per article)", source=source)

    def __reduce__(self) -> tuple[type[ArticleTimeout], tuple[float, str | None]]:
        return ArticleTimeout, (self.seconds, self.source)  # from worker processes, whole


class Expired(BaseException):
    """Raised inside the work when its time is up (turned into ``ArticleTimeout`` outside it)."""


_local = threading.local()


def check() -> None:
    """Raise ``Expired`` when the time limit of the work running in this thread has passed."""
    deadline: float | None = getattr(_local, "deadline", None)
    if deadline is not None and time.monotonic() > deadline:
        raise Expired


@contextmanager
def time_limit(seconds: float | None, origin: str | None = None) -> Iterator[None]:
    """Run the block with a limit of ``seconds`` (None or 0: no limit)."""
    if not seconds or seconds <= 0:
        yield
        return
    outer = getattr(_local, "deadline", None)
    _local.deadline = time.monotonic() + seconds
    try:
        in_main = threading.current_thread() is threading.main_thread()
        with _alarm(seconds) if in_main and hasattr(signal, "setitimer") else _async_raise(seconds):
            yield
    except Expired:
        raise ArticleTimeout(seconds, origin) from None
    finally:
        _local.deadline = outer


REPEAT = 0.1  # seconds between raises once time is up: a raise inside a finalizer or a gc callback is lost


def _expired(signum: int, frame: FrameType | None) -> None:
    if getattr(_local, "deadline", None) is None:  # the limit was lifted while this signal was on its way
        signal.setitimer(signal.ITIMER_REAL, 0)
        return
    raise Expired


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds, REPEAT)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _async_raise(seconds: float) -> Iterator[None]:
    target = ctypes.c_ulong(threading.get_ident())
    guard = threading.Lock()
    stop = threading.Event()

    def expire() -> None:
        if stop.wait(seconds):
            return
        while True:
            with guard:
                if stop.is_set():
                    return
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(Expired))
            if stop.wait(REPEAT):
                return

    timer = threading.Thread(target=expire, daemon=True, name="marsad-time-limit")
    timer.start()
    try:
        yield
    finally:
        with guard:
            stop.set()
            ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)  # one not delivered yet: take it back
