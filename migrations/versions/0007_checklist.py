"""greening checklist: measures, actions, history, evidence, incidents

Revision ID: 0007_checklist
Revises: 0006_formations
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_checklist"
down_revision: str | None = "0006_formations"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "checklist_measure",
        sa.Column("id", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("indicators", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_measure")),
    )
    op.create_table(
        "checklist_template_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_template_state")),
    )
    op.create_table(
        "checklist_item",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("measure_id", sa.String(length=20), nullable=False),
        sa.Column("text", sa.String(length=1000), nullable=False),
        sa.Column(
            "default_cost",
            sa.Enum(
                "low",
                "medium",
                "high",
                name="cost_class",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=True),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "builtin OR site_id IS NOT NULL", name=op.f("ck_checklist_item_own_items_have_a_site")
        ),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["checklist_measure.id"],
            name=op.f("fk_checklist_item_measure_id_checklist_measure"),
        ),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["site.id"],
            name=op.f("fk_checklist_item_site_id_site"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_item")),
    )
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checklist_item_measure_id"), ["measure_id"], unique=False
        )

    op.create_table(
        "incident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("substances", sa.String(length=500), nullable=False),
        sa.Column("quantity_released", sa.Float(), nullable=True),
        sa.Column("quantity_unit", sa.String(length=20), nullable=False),
        sa.Column("weather", sa.String(length=300), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "quantity_released IS NULL OR quantity_released >= 0",
            name=op.f("ck_incident_quantity_non_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["site.id"], name=op.f("fk_incident_site_id_site"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident")),
    )
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incident_site_id"), ["site_id"], unique=False)

    op.create_table(
        "site_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=40), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "not_started",
                "planned",
                "in_progress",
                "done",
                "not_applicable",
                name="action_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column(
            "cost_class",
            sa.Enum(
                "low",
                "medium",
                "high",
                name="cost_class",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("estimated_cost", sa.Float(), nullable=True),
        sa.Column("expected_effect", sa.Float(), nullable=True),
        sa.Column("effect_unit", sa.String(length=40), nullable=False),
        sa.Column("indicator", sa.String(length=60), nullable=False),
        sa.Column("actual_effect", sa.Float(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("not_applicable_reason", sa.String(length=1000), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status <> 'not_applicable' OR length(not_applicable_reason) > 0",
            name=op.f("ck_site_action_not_applicable_needs_reason"),
        ),
        sa.CheckConstraint(
            "estimated_cost IS NULL OR estimated_cost >= 0",
            name=op.f("ck_site_action_cost_non_negative"),
        ),
        sa.CheckConstraint(
            "start_date IS NULL OR due_date IS NULL OR start_date <= due_date",
            name=op.f("ck_site_action_start_before_due"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["checklist_item.id"], name=op.f("fk_site_action_item_id_checklist_item")
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["site.id"], name=op.f("fk_site_action_site_id_site"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_action")),
        sa.UniqueConstraint("site_id", "item_id", name="uq_site_action_site_item"),
    )
    with op.batch_alter_table("site_action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_site_action_item_id"), ["item_id"], unique=False)

    op.create_table(
        "action_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("after", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"], ["site_action.id"], name=op.f("fk_action_change_action_id_site_action")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_change")),
    )
    with op.batch_alter_table("action_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_change_action_id"), ["action_id"], unique=False)

    op.create_table(
        "drill",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=1000), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"], ["site_action.id"], name=op.f("fk_drill_action_id_site_action")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drill")),
    )
    with op.batch_alter_table("drill", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_drill_action_id"), ["action_id"], unique=False)

    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=400), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"], ["site_action.id"], name=op.f("fk_evidence_action_id_site_action")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence")),
    )
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_action_id"), ["action_id"], unique=False)

    op.create_table(
        "incident_waste",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("flow_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["flow_id"],
            ["flow.id"],
            name=op.f("fk_incident_waste_flow_id_flow"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incident.id"], name=op.f("fk_incident_waste_incident_id_incident")
        ),
        sa.PrimaryKeyConstraint("incident_id", "flow_id", name=op.f("pk_incident_waste")),
    )


def downgrade() -> None:
    op.drop_table("incident_waste")
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_action_id"))

    op.drop_table("evidence")
    with op.batch_alter_table("drill", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_drill_action_id"))

    op.drop_table("drill")
    with op.batch_alter_table("action_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_change_action_id"))

    op.drop_table("action_change")
    with op.batch_alter_table("site_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_site_action_item_id"))

    op.drop_table("site_action")
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_site_id"))

    op.drop_table("incident")
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_item_measure_id"))

    op.drop_table("checklist_item")
    op.drop_table("checklist_template_state")
    op.drop_table("checklist_measure")
