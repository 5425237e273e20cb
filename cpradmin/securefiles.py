"""Writing files like a careful program: private, atomic, durable.

Every file cpradmin writes is private to the OS user (umask 077), replaced atomically
(temp file in the same folder, fsync, ``os.replace``, fsync of the folder) so a crash or
``kill -9`` leaves either the old or the new content, never half of it.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path


def harden_process() -> None:
    """Private files, no core dumps: a core file would hold keys and CPR numbers in clear."""
    os.umask(0o077)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_dumpable = 4
            libc.prctl(pr_set_dumpable, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_stale_temps(path: Path, older_than: float = 60.0) -> None:
    """Temp files left by a writer that was killed: they may hold older secrets (an old slot)."""
    now = time.time()
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            if now - stale.stat().st_mtime > older_than:
                stale.unlink()


def atomic_write(path: Path, data: bytes) -> None:
    """Replace *path* with *data* atomically and durably, readable only by its owner."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    _remove_stale_temps(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


@contextlib.contextmanager
def locked_file(path: Path) -> Iterator[None]:
    """An exclusive advisory lock on *path*'s folder, held for the block.

    On POSIX the folder itself is locked (``flock``), so no lock file is left next to the
    vault; on Windows a ``<path>.lock`` file is locked with ``msvcrt``.
    """
    if os.name == "nt":
        import msvcrt

        fd = os.open(f"{path}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
            yield
        finally:
            os.close(fd)
        return
    import fcntl

    fd = os.open(path.parent, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock
