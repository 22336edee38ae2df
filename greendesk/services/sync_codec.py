"""A site's period package on disk: a zip of JSON members and a manifest of their SHA-256.

    manifest.json     format, the origin database's UUID, the site, the period, the site
                      chain's head (entry id and hash), each member's SHA-256 and row count
    <table>.json      {"columns": [...], "rows": [[...], ...]} per record kind
    audit.json        the site's whole audit trail up to the head, so the chain can be
                      recomputed from its first entry

The package's digest is the SHA-256 of manifest.json as written; since the manifest holds
every member's SHA-256, it covers all of it. Reading refuses, in one sentence, a file that
is not a package, a member missing, added, oversized or changed, and a trail whose chain
does not recompute to the head the manifest names.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.store.audit_codec import ENTRY_COLUMNS, GENESIS, entry_hash

FORMAT = "greendesk-sync/1"
MANIFEST, AUDIT = "manifest.json", "audit.json"
MAX_MEMBER = 1 << 31  # 2 GiB unpacked: far above a year of a site, far below a zip bomb's
MAX_RATIO = 200        # JSON deflates ~10×; more than this is a bomb, not records


@dataclass(frozen=True)
class Member:
    """One record kind's rows, as the package carries them."""
    columns: list[str]
    rows: list[list[Any]]


@dataclass(frozen=True)
class Package:
    """A package read and checked: its manifest, members and digest."""
    manifest: dict[str, Any]
    members: dict[str, Member]
    digest: str

    @property
    def head(self) -> tuple[int, str]:
        """The site chain's head: (entry id, hash)."""
        head = self.manifest["site_head"]
        return int(head["id"]), str(head["hash"])


def _bytes(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def write_package(path: Path, fields: dict[str, Any], members: dict[str, Member]) -> str:
    """Write the zip (members, then a manifest of their SHA-256); returns the digest."""
    blobs = {f"{name}.json" if name != AUDIT else AUDIT:
             _bytes({"columns": m.columns, "rows": m.rows}) for name, m in members.items()}
    manifest = {**fields, "format": FORMAT,
                "members": {n: hashlib.sha256(b).hexdigest() for n, b in blobs.items()},
                "counts": {n: len(members[n].rows) for n in members}}
    head = _bytes(manifest)
    tmp = path.with_name(path.name + ".part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        z.writestr(MANIFEST, head)
        for name, blob in blobs.items():
            z.writestr(name, blob)
    tmp.replace(path)
    return hashlib.sha256(head).hexdigest()


def _refuse(template: str, **args: Any) -> DomainError:
    return DomainError(template, **args)


def _read(z: zipfile.ZipFile, info: zipfile.ZipInfo, file: str) -> bytes:
    if info.file_size > MAX_MEMBER or info.file_size > MAX_RATIO * max(info.compress_size,
                                                                         1024):
        raise _refuse(QT_TRANSLATE_NOOP("Refusal", "{file} is refused: {member} unpacks to "
                                                   "far more than records take."),
                      file=file, member=info.filename)
    with z.open(info) as f:
        data = f.read(MAX_MEMBER + 1)
    if len(data) != info.file_size:
        raise _refuse(QT_TRANSLATE_NOOP("Refusal", "{file} is refused: {member} is not the "
                                                   "size its entry states."),
                      file=file, member=info.filename)
    return data


def is_package(path: Path) -> bool:
    """Whether `path` is a zip with a manifest (a period package, not a workbook)."""
    try:
        with zipfile.ZipFile(path) as z:
            return MANIFEST in z.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def read_package(path: Path) -> Package:
    """Read a package and check it whole: each member against the manifest, the trail's
    chain against the head. Nothing is kept from a package that fails."""
    file = path.name
    not_package = _refuse(QT_TRANSLATE_NOOP("Refusal", "{file} is not a GreenDesk period "
                                                       "package."), file=file)
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise not_package from exc
    with z:
        infos = {i.filename: i for i in z.infolist()}
        if MANIFEST not in infos:
            raise not_package
        try:
            head = _read(z, infos[MANIFEST], file)
            manifest = json.loads(head)
            listed = dict(manifest["members"])
        except (ValueError, KeyError, TypeError, zipfile.BadZipFile, zlib.error,
                EOFError) as exc:
            raise not_package from exc
        if manifest.get("format") != FORMAT:
            raise not_package
        for name in listed:
            if name not in infos:
                raise _refuse(QT_TRANSLATE_NOOP("Refusal", "{file} is incomplete: {member} "
                                                           "is missing."),
                              file=file, member=name)
        for name in infos:
            if name != MANIFEST and name not in listed:
                raise _refuse(QT_TRANSLATE_NOOP("Refusal", "{file} holds {member}, which its "
                                                           "manifest does not list."),
                              file=file, member=name)
        members: dict[str, Member] = {}
        for name, sha in listed.items():
            try:
                data = _read(z, infos[name], file)
            except (zipfile.BadZipFile, zlib.error, EOFError) as exc:  # the bytes changed
                raise _changed(file, name) from exc
            if hashlib.sha256(data).hexdigest() != sha:
                raise _changed(file, name)
            try:
                body = json.loads(data)
                members[name.removesuffix(".json") if name != AUDIT else AUDIT] = Member(
                    [str(c) for c in body["columns"]], [list(r) for r in body["rows"]])
            except (ValueError, KeyError, TypeError) as exc:
                raise not_package from exc
    package = Package(manifest, members, hashlib.sha256(head).hexdigest())
    try:
        check_chain(package, file)
    except DomainError:
        raise
    except (ValueError, KeyError, TypeError) as exc:  # entries of the wrong shape
        raise _refuse(QT_TRANSLATE_NOOP("Refusal", "{file} is refused: the site's audit "
                                                   "trail does not check."), file=file) from exc
    return package


def _changed(file: str, member: str) -> DomainError:
    return _refuse(QT_TRANSLATE_NOOP("Refusal", "{file} was changed after it was written: "
                                                "{member} does not match its digest."),
                   file=file, member=member)


def check_chain(package: Package, file: str) -> None:
    """Recompute the site's trail from its first entry: every entry's hash, every link,
    and the last one the head the manifest names."""
    trail = package.members.get(AUDIT)
    if trail is None or trail.columns != list(ENTRY_COLUMNS):
        raise _refuse(QT_TRANSLATE_NOOP("Refusal", "{file} is not a GreenDesk period "
                                                   "package."), file=file)
    prev, expected = GENESIS, 1
    for row in trail.rows:
        e = dict(zip(ENTRY_COLUMNS, row, strict=True))
        h = entry_hash(prev, int(e["id"]), str(e["at"]), e["os_user"] or "", e["officer"] or "",
                       e["action"], e["entity"], e["entity_id"], e["before"], e["after"],
                       e["note"] or "")
        if int(e["id"]) != expected or e["prev_hash"] != prev or e["hash"] != h:
            raise _refuse(QT_TRANSLATE_NOOP("Refusal", "{file} is refused: the site's audit "
                                                       "trail does not check at entry {entry}."),
                          file=file, entry=e["id"])
        prev, expected = h, expected + 1
    if (expected - 1, prev) != package.head:
        raise _refuse(QT_TRANSLATE_NOOP("Refusal", "{file} is refused: the site's audit trail "
                                                   "does not end at the head its manifest "
                                                   "names."), file=file)
