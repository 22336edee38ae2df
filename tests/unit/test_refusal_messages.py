"""Refusals carry a template marked for translation and its arguments, and the command line
renders them in the officer's language from the window's catalogues without loading Qt."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import greendesk
from greendesk import i18n_catalog
from greendesk.errors import DomainError, Message, joined, message_of, render
from greendesk.i18n import QT_TRANSLATE_NOOP

ROOT = Path(greendesk.__file__).resolve().parent
MONTH = "There is no month {month}; months are 1 to 12."
MONTH_RU = "Месяца {month} нет; месяцы — от 1 до 12."

# Errors whose text is for the programmer, never shown to an officer as a refusal.
INTERNAL = {("store/audit_codec.py", "ValueError"), ("readers/tabular.py", "ValueError"),
            ("services/checklist_template.py", "ValueError")}


def _refusing_names() -> set[str]:
    import greendesk.cli.main  # noqa: F401 - load the modules that define refusals
    import greendesk.importers.flows_import  # noqa: F401
    import greendesk.services.checklist  # noqa: F401
    import greendesk.store.backup  # noqa: F401

    names, todo = set(), [DomainError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo += cls.__subclasses__()
    return names | {"ValueError", "DatabaseOpenError", "NotGreenDeskDatabase",
                    "NewerSchemaError", "DatabaseLockedError", "Message", "Note"}


def _unmarked(node: ast.expr) -> bool:
    """Text built in English where a marked template belongs."""
    if isinstance(node, ast.JoinedStr | ast.BinOp):
        return True
    if isinstance(node, ast.Constant):
        # words, not only placeholders and punctuation ("{place}: {message}" is fine)
        return isinstance(node.value, str) and any(
            c.isalpha() for c in re.sub(r"\{[^}]*\}", "", node.value))
    if isinstance(node, ast.IfExp):
        return _unmarked(node.body) or _unmarked(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format"  # "...".format(...)
    return False


def _marked_with_context(node: ast.expr, context: str = "Refusal") -> bool:
    """Marked under the context the message is looked up in: "Refusal", or the one a
    Message names (`Message(QT_TRANSLATE_NOOP("reports", ...), context="reports")`)."""
    if isinstance(node, ast.IfExp):
        return _marked_with_context(node.body, context) and _marked_with_context(
            node.orelse, context)
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
        return isinstance(node.args[0], ast.Constant) and node.args[0].value == context
    return True  # a variable, a Message or message_of(exc): checked where it is built


def unmarked_refusals(root: Path, names: set[str]) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel.split("/")[0] in ("ui", "migrations", "resources"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else \
                func.attr if isinstance(func, ast.Attribute) else ""
            if name not in names or (rel, name) in INTERNAL:
                continue
            first = node.args[0]
            if name == "Message" and isinstance(first, ast.Call) and isinstance(
                    first.func, ast.Attribute) and first.func.attr == "join":
                continue  # joined(): a template of placeholders only
            context = next((k.value.value for k in node.keywords if k.arg == "context"
                            and isinstance(k.value, ast.Constant)),
                           "notes" if name == "Note" else "Refusal")
            if _unmarked(first) or not _marked_with_context(first, context):
                found.append(f"{rel}:{node.lineno} {name}({ast.unparse(first)[:60]})")
    return found


def test_every_refusal_outside_the_window_is_a_marked_template() -> None:
    assert unmarked_refusals(ROOT, _refusing_names()) == []


def test_the_walk_finds_an_f_string_refusal(tmp_path: Path) -> None:
    (tmp_path / "services").mkdir()
    (tmp_path / "services" / "probe.py").write_text(textwrap.dedent('''
        def f(x):
            raise DomainError(f"{x} is wrong.", field="x")
        def g(x):
            raise NotFoundError("Gone.")
        def h(x):
            raise DomainError(QT_TRANSLATE_NOOP("reports", "Wrong context {x}."), x=x)
        def ok(x):
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{x} is wrong."), x=x)
        def said(x):
            return Message(QT_TRANSLATE_NOOP("reports", "It matches."), context="reports")
        def missaid(x):
            return Message(QT_TRANSLATE_NOOP("Refusal", "It matches."), context="reports")
        def noted(x):
            return Note(QT_TRANSLATE_NOOP("notes", "{x} was skipped."), x=x)
        def misnoted(x):
            return Note(f"{x} was skipped.")
    '''))
    found = unmarked_refusals(tmp_path, {"DomainError", "NotFoundError", "Message", "Note"})
    assert [f.split()[0] for f in found] == [
        "services/probe.py:3", "services/probe.py:5", "services/probe.py:7",
        "services/probe.py:13", "services/probe.py:17"]


def test_str_is_the_english_sentence_and_the_template_stays() -> None:
    error = DomainError(QT_TRANSLATE_NOOP("Refusal", MONTH), month=13, field="month")
    assert str(error) == "There is no month 13; months are 1 to 12."
    assert error.field == "month"
    assert error.message == Message(MONTH, month=13)
    assert message_of(ValueError(error.message)) is error.message
    assert str(message_of(OSError("disk full"))) == "disk full"


def test_a_translation_renders_with_nested_messages_and_survives_a_broken_one() -> None:
    inner = Message(QT_TRANSLATE_NOOP("Refusal", "row {row}"), row=4)
    outer = Message("{place}: {what}", place=inner, what=Message(MONTH, month=0))
    table = {("Refusal", "row {row}"): "строка {row}", ("Refusal", MONTH): MONTH_RU}

    def russian(context: str, text: str) -> str:
        return table.get((context, text), text)

    assert render(outer, russian) == "строка 4: Месяца 0 нет; месяцы — от 1 до 12."
    assert str(outer) == "row 4: There is no month 0; months are 1 to 12."
    assert render(Message(MONTH, month=2), lambda _c, _t: "{monat}") == \
        "There is no month 2; months are 1 to 12."  # a lost placeholder: English
    assert str(DomainError("A {brace} the officer typed")) == "A {brace} the officer typed"
    assert str(joined(["a", Message("b")], "; ")) == "a; b"


def _catalogue(folder: Path, code: str, entries: dict[str, str | None],
               context: str = "Refusal", kind: str = "") -> Path:
    unfinished = ' type="unfinished"'
    messages = "".join(
        f"<message><source>{s}</source><translation{kind if t else unfinished}>"
        f"{t or ''}</translation></message>" for s, t in entries.items())
    path = folder / f"greendesk_{code}.ts"
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="{code}">'
                    f"<context><name>{context}</name>{messages}</context></TS>",
                    encoding="utf-8")
    return path


def test_the_qt_free_reader_renders_russian_and_falls_back_to_english(tmp_path: Path) -> None:
    path = _catalogue(tmp_path, "ru", {MONTH: MONTH_RU, "Gone.": None})
    _catalogue(tmp_path, "kk", {MONTH: "Ай жоқ"}, kind=' type="vanished"')
    assert i18n_catalog.catalogue_path("ru_RU", tmp_path) == path
    table = i18n_catalog.read_catalogue(path)
    assert table == {("Refusal", MONTH): MONTH_RU}  # the untranslated one is absent
    assert i18n_catalog.read_catalogue(tmp_path / "greendesk_kk.ts") == {}
    assert i18n_catalog.catalogue_path("de", tmp_path) is None

    def russian(context: str, text: str) -> str:
        return table.get((context, text), text)

    error = DomainError(QT_TRANSLATE_NOOP("Refusal", MONTH), month=13)
    assert error.render(russian) == "Месяца 13 нет; месяцы — от 1 до 12."
    gone = DomainError(QT_TRANSLATE_NOOP("Refusal", "Gone."))
    assert gone.render(russian) == "Gone."


def test_the_language_follows_lang_then_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GREENDESK_LANG", "kk_KZ.UTF-8")
    assert i18n_catalog.language() == "kk_KZ"
    assert i18n_catalog.language("ru") == "ru"
    monkeypatch.delenv("GREENDESK_LANG")
    monkeypatch.setattr(i18n_catalog.locale, "getlocale", lambda: ("Russian_Russia", "1251"))
    assert i18n_catalog.language() == "ru"


def test_the_shipped_catalogues_are_read_and_ship_with_the_package() -> None:
    ru = i18n_catalog.catalogue_path("ru")
    assert ru is not None and ru.parent.name == "i18n"
    assert i18n_catalog.read_catalogue(ru)[("sections", "Plant structure")] == \
        "Структура предприятия"
    assert i18n_catalog.catalogue_for("ru")("sections", "Flow ledger") == "Журнал потоков"
    assert i18n_catalog.catalogue_for("xx")("sections", "Flow ledger") == "Flow ledger"
    # the repository's, not the installed package's folder (a wheel has no pyproject.toml)
    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(
        encoding="utf-8")
    assert '"i18n/*.ts"' in pyproject  # a wheel carries the .ts the command line reads


CLI = """
import sys
from pathlib import Path
from greendesk import i18n_catalog
from greendesk.cli import main

i18n_catalog.FOLDER = Path(sys.argv[1]) if sys.argv[1] else None
code = main(["report", "waste", "--db", sys.argv[2], "--period", "2025-13", "-o", "x.xlsx"])
qt = sorted(k for k in sys.modules if k.split(".")[0] in ("PySide6", "shiboken6"))
print(repr((code, qt)))
"""


@pytest.mark.parametrize(("folder", "lang", "said"), [
    (True, "ru", "Месяца 13 нет; месяцы — от 1 до 12."),
    (True, "en", "There is no month 13; months are 1 to 12."),
    (False, "ru", "Месяца 13 не существует; месяцы — от 1 до 12."),  # the shipped catalogue
    (False, "kk", "13 айы жоқ; айлар 1-ден 12-ге дейін."),
])
def test_the_command_line_speaks_the_officer_language_without_qt(
        tmp_path: Path, folder: bool, lang: str, said: str) -> None:
    if folder:
        _catalogue(tmp_path, "ru", {MONTH: MONTH_RU})
    env = {**os.environ, "GREENDESK_LANG": lang, "GREENDESK_DATA_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", CLI, str(tmp_path) if folder else "",
                          str(tmp_path / "none.sqlite")], capture_output=True, text=True,
                         cwd=tmp_path, env=env, encoding="utf-8")
    assert out.returncode == 0, out.stderr[-2000:]
    code, qt = eval(out.stdout.strip().splitlines()[-1])  # noqa: S307 - our own repr
    assert (code, qt) == (2, [])
    assert out.stderr.strip() == f"greendesk: {said}"


def test_an_import_problem_list_renders_in_the_officer_language(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from greendesk.demo.plant import S_MINE
    from greendesk.importers.flows_import import ImportRejected, import_flows

    path = tmp_path / "flows.csv"
    path.write_text("Date,Site,From,To,Material,Quantity,Unit\n"
                    f"2025-03-31,{S_MINE},Open-pit mining,Run-of-mine ore stockpile,"
                    "Copper ore,-5,t\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as info:
        import_flows(demo_db, path)
    (p,) = info.value.problems
    assert p.message == "The quantity must be greater than zero, not '-5'."  # English, as before
    table = {("Refusal", "row {row}"): "строка {row}",
             ("Refusal", "column {column} ({header})"): "столбец {column} ({header})",
             ("Refusal", "The quantity must be greater than zero, not {show}."):
                 "Количество должно быть больше нуля, а не {show}."}

    def russian(context: str, text: str) -> str:
        return table.get((context, text), text)

    assert render(p.sentence(), russian) == \
        "строка 2, столбец F (Quantity): Количество должно быть больше нуля, а не '-5'."
    assert render(info.value, russian).endswith(
        "First: строка 2, столбец F (Quantity): Количество должно быть больше нуля, а не '-5'.")


def test_a_term_set_into_a_refusal_is_translated_with_it() -> None:
    from greendesk.validation import clean_name

    with pytest.raises(DomainError) as info:
        clean_name("  ", QT_TRANSLATE_NOOP("Refusal", "site"))
    assert str(info.value) == "The site name must not be empty."
    table = {("Refusal", "The {what} name must not be empty."): "Название ({what}) не может "
             "быть пустым.", ("Refusal", "site"): "площадка"}
    assert info.value.render(lambda c, t: table.get((c, t), t)) == \
        "Название (площадка) не может быть пустым."


def test_no_marked_text_hides_inside_an_f_string() -> None:
    """lupdate does not look inside f-strings: text marked there is never extracted."""
    hidden = []
    for path in sorted(ROOT.rglob("*.py")):
        if path.relative_to(ROOT).parts[0] in ("ui", "migrations", "resources"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                hidden += [f"{path.relative_to(ROOT)}:{m.lineno}" for m in ast.walk(node)
                           if isinstance(m, ast.Call)
                           and getattr(m.func, "id", "") == "QT_TRANSLATE_NOOP"]
    assert hidden == []
