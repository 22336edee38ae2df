"""Evidence files stay where the officer puts them and never replace a file unasked.

The stored file name is data from a database that may have travelled or been tampered
with: `../../x`, `/abs/x` or `C:\\x` used to be joined to the chosen folder as they were,
and whatever was at the result was replaced.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from greendesk.filenames import free_name, safe_file_name
from greendesk.services import checklist
from greendesk.services.catalog import load_catalog
from greendesk.store.db import Database

PAYLOAD = b"%PDF-1.4 evidence"


@pytest.mark.parametrize(("stored", "safe"), [
    ("протокол замеров.pdf", "протокол замеров.pdf"),
    ("../../x", "x"),
    ("/etc/cron.d/job", "job"),
    ("C:\\Windows\\win.ini", "win.ini"),
    ("..\\..\\report.pdf", "report.pdf"),
    ("a<b>c:d\"e|f?g*h.pdf", "a_b_c_d_e_f_g_h.pdf"),
    ("tab\there\x00.pdf", "tab_here_.pdf"),
    ("report.pdf. . ", "report.pdf"),
    ("CON", "_CON"), ("con.txt", "_con.txt"), ("nul .tar.gz", "_nul .tar.gz"),
    ("LPT1.pdf", "_LPT1.pdf"), ("COM9", "_COM9"), ("COM¹.txt", "_COM¹.txt"),
    ("CONSOLE.txt", "CONSOLE.txt"), ("COM10", "COM10"),
    ("..", "evidence"), ("", "evidence"), ("dir/", "evidence"), (" . ", "evidence"),
])
def test_a_stored_name_becomes_a_safe_base_name(stored: str, safe: str) -> None:
    assert safe_file_name(stored, fallback="evidence") == safe


def test_a_long_name_keeps_its_extension_within_255_bytes() -> None:
    name = safe_file_name("ж" * 300 + ".pdf")
    assert name.endswith("ж.pdf") and len(name.encode()) <= 255


@given(st.text(max_size=400))
def test_any_stored_name_stays_in_the_folder(stored: str) -> None:
    name = safe_file_name(stored)
    folder = Path("/officer/chosen")
    assert (folder / name).parent == folder and name not in ("", ".", "..")
    assert not any(c in name for c in '<>:"/\\|?*') and all(ord(c) >= 32 for c in name)
    assert not name.endswith((".", " ")) and len(name.encode()) <= 255
    assert name.split(".")[0].rstrip(" ").upper() not in {"CON", "PRN", "AUX", "NUL", "COM1",
                                                         "LPT9"}


# ---------------------------------------------------------------- save_evidence
def _evidence(db: Database, tmp_path: Path, stored_name: str) -> int:
    """An attached document whose stored name was then set to `stored_name` outside."""
    checklist.ensure_ready(db)
    site = next(iter(load_catalog(db).sites))
    action = checklist.list_actions(db, site)[0]
    doc = tmp_path / "attached.pdf"
    doc.write_bytes(PAYLOAD)
    ev_id, _ = checklist.attach_evidence(db, action.id, doc)
    con = sqlite3.connect(db.path)
    con.execute("UPDATE evidence SET file_name = ? WHERE id = ?", (stored_name, ev_id))
    con.commit()
    con.close()
    return ev_id


@pytest.mark.parametrize("stored", ["../../escaped.pdf", "ABSOLUTE", "C:\\Users\\x.pdf",
                                    "CON.pdf", "..", "a/b/../../c?.pdf"])
def test_saved_evidence_lands_in_the_chosen_folder(demo_db: Database, tmp_path: Path,
                                                   stored: str) -> None:
    if stored == "ABSOLUTE":
        stored = str(tmp_path / "outside" / "absolute.pdf")
        (tmp_path / "outside").mkdir()
    folder = tmp_path / "a" / "b" / "chosen"
    folder.mkdir(parents=True)
    ev_id = _evidence(demo_db, tmp_path, stored)
    before = sorted(tmp_path.rglob("*"))
    written = checklist.save_evidence(demo_db, ev_id, folder)
    assert written.parent == folder and written.name == safe_file_name(stored, "evidence")
    assert written.read_bytes() == PAYLOAD
    assert sorted(tmp_path.rglob("*")) == sorted([*before, written])  # nothing else


def test_an_existing_file_is_never_replaced_unasked(demo_db: Database, tmp_path: Path) -> None:
    ev_id = _evidence(demo_db, tmp_path, "plan.pdf")
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "plan.pdf").write_bytes(b"the officer's own file")
    with pytest.raises(checklist.EvidenceFileExists) as info:
        checklist.save_evidence(demo_db, ev_id, folder)
    assert str(info.value) == f"plan.pdf already exists in {folder}; nothing was written."
    assert info.value.free == folder / "plan (2).pdf"
    assert (folder / "plan.pdf").read_bytes() == b"the officer's own file"
    assert sorted(p.name for p in folder.iterdir()) == ["plan.pdf"]  # no partial left

    assert checklist.save_evidence(demo_db, ev_id, info.value.free) == folder / "plan (2).pdf"
    with pytest.raises(checklist.EvidenceFileExists) as again:
        checklist.save_evidence(demo_db, ev_id, folder)
    assert again.value.free == folder / "plan (3).pdf"
    assert checklist.save_evidence(demo_db, ev_id, folder, replace=True) == folder / "plan.pdf"
    assert (folder / "plan.pdf").read_bytes() == PAYLOAD


@pytest.mark.parametrize("what", ["folder", "dangling link"])
def test_a_folder_or_a_link_in_the_way_is_not_replaced(demo_db: Database, tmp_path: Path,
                                                       what: str) -> None:
    ev_id = _evidence(demo_db, tmp_path, "plan.pdf")
    folder = tmp_path / "out"
    folder.mkdir()
    in_the_way = folder / "plan.pdf"
    if what == "folder":
        in_the_way.mkdir()
    else:
        in_the_way.symlink_to(tmp_path / "nowhere.pdf")
    with pytest.raises(checklist.EvidenceFileExists):
        checklist.save_evidence(demo_db, ev_id, folder)
    assert in_the_way.is_dir() if what == "folder" else in_the_way.is_symlink()
    assert not (tmp_path / "nowhere.pdf").exists()
    assert free_name(in_the_way) == folder / "plan (2).pdf"
