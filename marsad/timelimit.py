"""A wall-clock limit on one piece of work (one article's extraction), in any thread.

``time_limit(seconds, origin)`` raises ``ArticleTimeout`` (an ``InputError``: "FILE:LINE: took
longer than N s") inside the block once ``seconds`` have passed. In the main thread a
``SIGALRM`` timer interrupts the work; in other threads (Dask workers, servers) a timer thread
raises the exception asynchronously in the working thread. Either way the exception arrives
between two Python bytecodes, so a C call (one regular-expression search) finishes first.
"""

from __future__ import annotations

import ctypes
import signal
import threading
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


@contextmanager
def time_limit(seconds: float | None, origin: str | None = None) -> Iterator[None]:
    """Run the block with a limit of ``seconds`` (None or 0: no limit)."""
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(seconds, origin):
            yield
    else:
        with _async_raise(seconds, origin):
            yield


@contextmanager
def _alarm(seconds: float, origin: str | None) -> Iterator[None]:
    def expired(signum: int, frame: FrameType | None) -> None:
        raise ArticleTimeout(seconds, origin)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class _Expired(InputError):
    """Raised asynchronously in a worker thread (no arguments: the interpreter instantiates it)."""

    def __init__(self) -> None:
        super().__init__("took longer than the time limit")


@contextmanager
def _async_raise(seconds: float, origin: str | None) -> Iterator[None]:
    target = ctypes.c_ulong(threading.get_ident())
    guard = threading.Lock()
    state = {"done": False, "fired": False}

    def expire() -> None:
        with guard:
            if not state["done"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(_Expired))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    except _Expired as exc:
        raise ArticleTimeout(seconds, origin) from exc
    finally:
        with guard:
            state["done"] = True
            if state["fired"]:  # not delivered yet: take it back
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)
        timer.cancel()
