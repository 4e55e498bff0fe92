"""Files only their owner can read: folders 0700, files 0600, no link followed.

Plans, rosters and scenario stores hold names, sites, pathways and sometimes gender. A file
created with the usual umask (0644) is readable by every account of a shared server, so every
file here is created with its final mode from the first byte (``os.open(..., 0o600)``), never
chmod-ed afterwards. Replacing a file goes through a fresh temporary file and a rename, which
replaces a planted symbolic link instead of writing through it.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600
POSIX = hasattr(os, "geteuid")  # owners and descriptors of folders; Windows has ACLs instead
_NEW = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)


class UnsafeFolderError(Exception):
    """A folder the planner will not write private files into; ``key`` and ``values`` name
    the catalogue text that says why (``planner.i18n``)."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(f"{key}: {values}")
        self.key, self.values = key, values


def private_dir(path: Path) -> Path:
    """The folder ``path``, created 0700 if missing (its missing parents too); an existing
    folder is used as it is: it belongs to whoever made it."""
    path = Path(path)
    if not path.is_dir():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.mkdir(path, DIR_MODE)
        except FileExistsError:
            if not path.is_dir():
                raise
    return path


def _write_all(fd: int, data: bytes) -> None:
    with os.fdopen(fd, "wb") as out:
        out.write(data)


def create_new(path: Path, data: bytes, folder_fd: int | None = None) -> Path:
    """Create ``path`` 0600 with ``data``; refuse (FileExistsError) if anything, even a
    dangling link, is already there. ``folder_fd`` resolves ``path`` inside an open folder."""
    target = Path(path).name if folder_fd is not None else path
    _write_all(os.open(target, _NEW, FILE_MODE, dir_fd=folder_fd), data)
    return Path(path)


def replace_file(path: Path, data: bytes) -> Path:
    """Write ``path`` (0600) through a fresh temporary file renamed over it, so an
    interrupted export never leaves half a file and a link in its place is replaced."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.part")
    create_new(temporary, data)
    try:
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def open_own_folder(path: Path) -> int | None:
    """A descriptor of the folder ``path``, refused unless it is a real folder (not a link)
    owned by this user and closed to everyone else (None where folders have no descriptor)."""
    if not POSIX:
        if Path(path).is_symlink() or not Path(path).is_dir():
            raise UnsafeFolderError("privacy.folder_link", path=str(path))
        return None
    try:
        fd = os.open(path, _DIRECTORY)
    except OSError as error:
        raise UnsafeFolderError("privacy.folder_link", path=str(path)) from error
    info = os.fstat(fd)
    if info.st_uid != os.geteuid() or info.st_mode & 0o077 or not stat.S_ISDIR(info.st_mode):
        os.close(fd)
        raise UnsafeFolderError("privacy.folder_not_private", path=str(path))
    return fd


def check_parent(path: Path) -> None:
    """Refuse a parent folder someone else controls: owned by another user (root aside), or
    writable by everyone without the sticky bit that keeps others from renaming entries."""
    if not POSIX:
        return
    info = os.stat(path)
    foreign = info.st_uid not in (os.geteuid(), 0)
    open_to_all = info.st_mode & stat.S_IWOTH and not info.st_mode & stat.S_ISVTX
    if foreign or open_to_all:
        raise UnsafeFolderError("privacy.parent_foreign", path=str(path))


def tighten(path: Path, mode: int) -> None:
    """Make an existing file or folder of this user private (a store made before the rule)."""
    if not POSIX:
        return
    info = os.lstat(path)
    if info.st_uid == os.geteuid() and not stat.S_ISLNK(info.st_mode) and info.st_mode & 0o077:
        os.chmod(path, mode)
