"""Code nothing called (found by vulture, each hit checked by grep) stays deleted: a name
brought back without a caller shows up here rather than rotting unnoticed."""

from __future__ import annotations

from dataclasses import fields

import pytest

from greendesk.models import balances as model_balances
from greendesk.reports import sheet
from greendesk.services import indicators
from greendesk.services.catalog import Catalog
from greendesk.store import db


def test_indicator_definitions_have_no_external_lookup() -> None:
    assert "external" not in {f.name for f in fields(indicators.IndicatorDef)}


@pytest.mark.parametrize(("owner", "name"), [
    (db, "backup_path_for"), (sheet, "WRAP"), (Catalog, "site_by_name"),
    (model_balances, "ASSAY_UNITS"),
])
def test_deleted_names_stay_deleted(owner: object, name: str) -> None:
    assert not hasattr(owner, name)
