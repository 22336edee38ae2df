"""The backup actions follow the window's open signals; nothing patches the window."""

from __future__ import annotations

from pathlib import Path

from greendesk.store import backup
from greendesk.ui.main_window import MainWindow


def _window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    return win


def test_the_window_keeps_its_own_open_path(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot)
    assert "open_path" not in vars(win)  # no instance attribute shadows the method
    assert win.open_path.__func__ is MainWindow.open_path


def test_a_failed_open_through_the_window_brings_the_offer(qtbot, demo_path: Path,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path) -> None:
    backup.back_up(demo_path, "manual")
    data = bytearray(demo_path.read_bytes())
    data[100:100 + 4096] = b"\xff" * 4096
    demo_path.write_bytes(bytes(data))
    win = _window(qtbot)
    actions = win.backup_actions
    heard: list[tuple[str, Path]] = []
    win.about_to_open.connect(lambda p: heard.append(("about", p)))
    win.open_failed.connect(lambda p: heard.append(("failed", p)))
    assert not win.open_path(demo_path)
    assert heard == [("about", demo_path), ("failed", demo_path)]
    assert actions.offer.isVisible()
    assert "demo.sqlite could not be opened." in actions.offer.label.text()

    other = tmp_path / "fresh.sqlite"
    assert win.open_path(other, create=True)  # the next open clears the offer
    assert not actions.offer.isVisible()


def test_the_backup_actions_answer_the_signals_themselves(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    backup.back_up(demo_path, "manual")
    win = _window(qtbot)
    actions = win.backup_actions
    win.open_failed.emit(demo_path)
    assert actions.offer.isVisible() and actions.offer.db_path == demo_path
    win.about_to_open.emit(demo_path)
    assert not actions.offer.isVisible()
