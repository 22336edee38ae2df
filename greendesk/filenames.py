"""File names that come from a database, made safe to write on any officer's computer.

A stored name is data, not a path: `../../x`, `/etc/x` or `C:\\x` must land inside the
folder the officer chose, under a name Windows accepts too (a database travels between
machines), and an existing file is never replaced without the officer saying so.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path

# Windows refuses these as a name's stem, whatever the extension ("con.txt", "LPT1.pdf").
_RESERVED = {"CON", "PRN", "AUX", "NUL",
             *(f"{dev}{n}" for dev in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³"))}
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_MAX_BYTES = 255  # one path component on ext4, APFS and (in UTF-16 units) NTFS


def safe_file_name(stored: str, fallback: str = "file") -> str:
    """The base name of `stored`, with what Windows forbids replaced by '_': the characters
    <>:"/\\|?* and control characters, trailing dots and spaces, and reserved device names
    (CON, PRN, AUX, NUL, COM1-9, LPT1-9). Never empty, never '.' or '..'."""
    base = re.split(r"[\\/]", stored)[-1]           # both separators: names from Windows too
    name = _FORBIDDEN.sub("_", base).rstrip(". ")
    if not name.strip(" ."):
        name = fallback
    if name.split(".")[0].rstrip(" ").upper() in _RESERVED:
        name = "_" + name
    return _shorten(name)


def _shorten(name: str) -> str:
    if len(name.encode("utf-8")) <= _MAX_BYTES:
        return name
    stem, dot, suffix = name.rpartition(".")
    if not dot or len(suffix) > 16:
        stem, suffix = name, ""
    room = _MAX_BYTES - len(suffix.encode("utf-8")) - len(dot)
    stem = stem.encode("utf-8")[:room].decode("utf-8", "ignore").rstrip(". ")
    return f"{stem}{dot}{suffix}" if suffix else stem


def free_name(path: Path) -> Path:
    """`path` if nothing is there, else the first of 'name (2).ext', 'name (3).ext', ..."""
    n = 1
    candidate = path
    while os.path.lexists(candidate):
        n += 1
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
    return candidate


def write_file(target: Path, content: bytes, *, replace: bool = False) -> None:
    """Write `content` to `target` whole or not at all. Without `replace`, FileExistsError
    if anything (a file, a folder, a link) is already at `target`, even one that appears
    while writing: the new file is linked into place, which never replaces."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".partial")
    partial = Path(tmp)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        if replace:
            os.replace(partial, target)
            return
        try:
            os.link(partial, target)
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links (FAT): create exclusively
            with open(target, "xb") as fh:
                fh.write(content)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
