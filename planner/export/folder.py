"""The output folder and the key folder: private files, and nothing of the user's replaced.

``solve --out DIR`` may point at a folder that already holds a user's own files (a plan.xlsx
they annotated, a workbook of theirs in ``DIR/rosters``). The planner lists what it wrote, with
each file's SHA-256, in ``DIR/.planner_files.json``; a later export replaces or removes a file
only when it is listed there with the same content. A contract file (plan.xlsx...) that is not
is refused before anything is written; a roster whose name is taken gets a new name.

The pseudonym key table goes into a new folder with a random name, created by the planner
(0700) next to the output folder, and its files are created exclusively without following
links: nobody can prepare the place it lands in.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from planner.io.write.private import (
    UnsafeFolderError,
    check_parent,
    create_new,
    open_own_folder,
    private_dir,
    replace_file,
)

MANIFEST = ".planner_files.json"
# No link followed, and no wait on a planted named pipe.
_READ = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_plain(path: Path) -> bytes | None:
    """The bytes of a regular file, None for anything else (missing, link, folder)."""
    try:
        fd = os.open(path, _READ)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        return handle.read() if stat.S_ISREG(os.fstat(fd).st_mode) else None


def _read_manifest(folder: Path) -> dict[str, str]:
    raw = _read_plain(folder / MANIFEST)
    try:
        files = json.loads(raw or b"{}").get("files", {})
    except (ValueError, AttributeError):
        return {}
    return {k: v for k, v in files.items() if isinstance(k, str) and isinstance(v, str)}


class OutputFolder:
    """Writes files into one output folder and remembers them in its manifest."""

    def __init__(self, path: str | Path, create: bool = True) -> None:
        """``create=False`` only looks (a check before solving leaves no empty folder)."""
        self.path = private_dir(Path(path)) if create else Path(path)
        self.known = _read_manifest(self.path)
        self.written: dict[str, str] = {}

    def ours(self, name: str) -> bool:
        """Nothing is there, or the very file the planner wrote under that name."""
        target = self.path / name
        if not os.path.lexists(target):
            return True
        data = _read_plain(target)
        return data is not None and self.known.get(name) == _digest(data)

    def check(self, names: Iterable[str]) -> None:
        """Refuse, before anything is written, to replace a file that is not the planner's."""
        for name in names:
            if not self.ours(name):
                raise UnsafeFolderError("privacy.not_ours", path=str(self.path / name))

    def write(self, name: str, data: bytes) -> Path:
        self.check([name])
        private_dir((self.path / name).parent)
        replace_file(self.path / name, data)
        self.written[name] = _digest(data)
        return self.path / name

    def taken_stems(self, sub: str) -> set[str]:
        """Stems (case-blind) of the .xlsx entries of ``sub`` that are not the planner's."""
        folder = self.path / sub
        if not folder.is_dir():
            return set()
        names = (f"{sub}/{entry.name}" for entry in folder.iterdir())
        return {
            Path(n).stem.casefold()
            for n in names
            if n.lower().endswith(".xlsx") and not self.ours(n)
        }

    def remove_stale(self, sub: str, keep: Iterable[str]) -> None:
        """Remove the planner's own files of ``sub`` that this export does not write again."""
        keep = set(keep)
        for name in [n for n in self.known if n.startswith(sub + "/") and n not in keep]:
            if os.path.lexists(self.path / name) and self.ours(name):
                (self.path / name).unlink()

    def close(self) -> None:
        """Record what the folder holds from the planner: earlier files still there, and
        this export's."""
        files = {n: d for n, d in self.known.items() if os.path.lexists(self.path / n)}
        files.update(self.written)
        body = json.dumps({"files": dict(sorted(files.items()))}, ensure_ascii=False, indent=1)
        replace_file(self.path / MANIFEST, body.encode("utf-8"))


def check_key_base(base: Path) -> None:
    """Refuse a folder for the key table that someone else controls (a missing one is
    created later, by the planner, so it is fine)."""
    if os.path.lexists(base):
        check_parent(base)


def write_key_files(base: Path, prefix: str, files: dict[str, bytes]) -> dict[str, Path]:
    """Create ``files`` in a new private folder under ``base``; {name: path}."""
    base = private_dir(Path(base))
    check_parent(base)
    folder = Path(tempfile.mkdtemp(prefix=prefix + "_", dir=base))
    fd = open_own_folder(folder)
    try:
        return {name: create_new(folder / name, data, fd) for name, data in files.items()}
    finally:
        if fd is not None:
            os.close(fd)
