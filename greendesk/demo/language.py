"""What the demo writes only in Russian or Kazakh: the built-in reference names and the
greening plan, in the demo's language.

A new database seeds its grade components and monitoring parameters in English, and the
greening plan is merged from the English template when its section first opens; a Russian
or Kazakh demo renames the former and writes the plan in its language (which the database
then keeps). The English demo leaves both as they were.
"""

from __future__ import annotations

from greendesk.demo.plant import DemoContext
from greendesk.services.checklist import merge_template
from greendesk.services.checklist_template import load_template
from greendesk.services.formation_records import list_components
from greendesk.services.monitoring import list_parameters
from greendesk.services.reference_names import rename_references
from greendesk.store.db import Database


def extend(db: Database, ctx: DemoContext) -> None:
    t = ctx.names
    if t.language == "en":
        return
    rename_references(db, {c.code: t(c.name) for c in list_components(db)},
                      {p.code: t(p.name) for p in list_parameters(db)})
    merge_template(db, load_template(language=t.language))
