"""The second wall: a file is parsed in a child process with memory and time limits.

The pre-scan (``xlsx_parts``, ``xlsx_scan``) bounds what the readers allocate, but the
readers are native code: a case it misses could abort or exhaust the process that parses,
and in the app that process serves every session. So uploads and command-line inputs are
parsed in a child process, under an address-space limit and a CPU-time limit, while the
parent waits with a deadline. A child that dies, for whatever reason, becomes a Problem
naming the file and the limit it hit; the server and every other session go on.

The children come from multiprocessing's fork server: a clean process started once, which has
imported the readers, and forks one child per parse (about 0.03 s, against 0.3 s to start
Python and import the readers each time). Nothing of the server (threads, locks, sessions'
data) is copied into the process that touches the hostile bytes. As with any multiprocessing
program, the main module must be import-safe (``if __name__ == "__main__":``).

Settings, read from the environment at each call:

- ``PLANNER_READ_ISOLATION=off``: parse in the calling process (for debugging);
- ``PLANNER_READ_MEMORY_MB`` (default 2048): memory one parse may take beyond what the
  child holds when it starts;
- ``PLANNER_READ_SECONDS`` (default 120): time one parse may take.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import resource
import signal
import tempfile
from collections.abc import Callable
from dataclasses import dataclass

from planner.domain.problems import Problem, error
from planner.io.read import safety

MEMORY_MB = 2048
SECONDS = 120.0
MEMORY_MARKS = (
    b"memory allocation of",  # Rust's allocation failure, before it aborts
    b"MemoryError",
    b"Cannot allocate memory",
    b"bad_alloc",
    b"out of memory",
)


@dataclass(frozen=True, slots=True)
class Limits:
    """What one parse may take: megabytes of memory beyond the child's start, seconds."""

    memory_mb: int = MEMORY_MB
    seconds: float = SECONDS


@dataclass(frozen=True, slots=True)
class Ending:
    """How a child ended: its reply (None if it gave none), exit code (negative: the
    signal that stopped it), whether the parent stopped it at the deadline, and the end of
    what it wrote to stderr."""

    reply: tuple | None
    exitcode: int | None
    timed_out: bool
    stderr: bytes


def limits_from_env() -> Limits | None:
    """The limits the environment sets, or None when isolation is switched off."""
    if os.environ.get("PLANNER_READ_ISOLATION", "").strip().lower() in ("off", "0", "no"):
        return None
    return Limits(
        memory_mb=int(_setting("PLANNER_READ_MEMORY_MB", MEMORY_MB)),
        seconds=_setting("PLANNER_READ_SECONDS", SECONDS),
    )


def _setting(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, default))
    except ValueError:
        return default
    return value if 0 < value < float("inf") else default


def run(target: Callable, *args, label: str, limits: Limits | None = None):
    """``target(*args)`` run in a child process, or in this one when ``limits`` is None
    and the environment switches isolation off. ``target`` (a module-level function), its
    arguments and its value must pickle.

    Raises ``safety.Refused`` naming ``label`` (the file) when the child runs out of memory
    or time, or dies in any other way.
    """
    limits = limits or limits_from_env()
    if limits is None:
        return target(*args)
    ending = supervise(target, args, limits)
    if ending.reply is not None and ending.reply[0] == "ok":
        return ending.reply[1]
    raise safety.Refused(verdict(ending, limits, label))


def supervise(target: Callable, args: tuple, limits: Limits) -> Ending:
    """Start the child, wait for its reply until the deadline (then kill it), and collect
    how it ended."""
    context = _context(target)
    descriptor, stderr_path = tempfile.mkstemp(prefix="planner-read-", suffix=".log")
    os.close(descriptor)
    try:
        reader, writer = context.Pipe(duplex=False)
        child = context.Process(
            target=_child, args=(writer, stderr_path, limits, target, args), daemon=True
        )
        child.start()
        writer.close()
        reply, timed_out = None, True  # if interrupted (Ctrl-C): stopped at once
        try:
            reply, timed_out = _receive(reader, limits.seconds)
        finally:
            reader.close()
            child.join(0 if timed_out else 5)  # a dying child: let it give its own status
            if child.is_alive():
                child.kill()
                child.join()
        return Ending(reply, child.exitcode, timed_out, _tail(stderr_path))
    finally:
        with contextlib.suppress(OSError):
            os.unlink(stderr_path)


def _receive(reader, seconds: float) -> tuple[tuple | None, bool]:
    """The child's reply, or None if it ended without one; and whether time ran out."""
    try:
        if not reader.poll(seconds):
            return None, True
        reply = reader.recv()
    except (EOFError, OSError):  # the child died before or while sending
        return None, False
    return (reply if isinstance(reply, tuple) and reply else None), False


def _tail(path: str, size: int = 4096) -> bytes:
    """The end of the child's stderr: enough to tell an allocation failure."""
    try:
        with open(path, "rb") as stream:
            stream.seek(max(os.fstat(stream.fileno()).st_size - size, 0))
            return stream.read()
    except OSError:
        return b""


_PRELOADED: set[str] = set()


def _context(target: Callable):
    """The fork server, told to import the target's module and the main module (which each
    child would import otherwise) when it starts; spawn where there is no fork server."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    module = getattr(target, "__module__", None) or "__main__"
    if module not in _PRELOADED:  # heeded only until the server has started
        _PRELOADED.add(module)
        context.set_forkserver_preload(sorted({"__main__", *_PRELOADED}))
    return context


def verdict(ending: Ending, limits: Limits, label: str) -> Problem:
    """The problem to report for a child that gave no value: which limit it hit."""
    reply = ending.reply or ()
    signalled = -ending.exitcode if ending.exitcode and ending.exitcode < 0 else 0
    if ending.timed_out or signalled == signal.SIGXCPU:
        return error("read_time_limit", file=label, seconds=f"{limits.seconds:g}")
    memory = reply[:1] == ("memory",) or any(m in ending.stderr for m in MEMORY_MARKS)
    if memory or signalled == signal.SIGKILL:  # a SIGKILL not sent here: the OOM killer
        return error("read_memory_limit", file=label, megabytes=limits.memory_mb)
    if reply[:1] == ("raised",):
        detail = reply[1]
    elif signalled:
        detail = signal.Signals(signalled).name
    else:
        detail = f"exit {ending.exitcode}"
    return error("read_crashed", file=label, detail=detail)


def _child(writer, stderr_path: str, limits: Limits, target: Callable, args: tuple) -> None:
    """In the child: stderr to a file, the limits on, the work, one reply back."""
    descriptor = os.open(stderr_path, os.O_WRONLY | os.O_APPEND)
    os.dup2(descriptor, 2)
    os.close(descriptor)
    os.environ["RUST_BACKTRACE"] = "0"
    _limit(limits)
    try:
        writer.send(("ok", target(*args)))
    except MemoryError:  # raised by the work or by pickling its value
        writer.send(("memory",))
    except BaseException as exc:  # any failure is reported, never raised in the parent
        writer.send(("raised", type(exc).__name__))
    finally:
        writer.close()


def _limit(limits: Limits) -> None:
    """Address space: what the child holds now plus the allowance; CPU: the seconds."""
    held = _address_space()
    if held:
        cap = held + limits.memory_mb * safety.MB
        with contextlib.suppress(OSError, ValueError):
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    seconds = int(limits.seconds) + 1
    with contextlib.suppress(OSError, ValueError):
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))


def _address_space() -> int:
    """Bytes of address space the process holds (Linux); 0 where it cannot be read."""
    try:
        with open("/proc/self/statm") as stream:
            pages = int(stream.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")
