"""emissions and discharges: sources, their streams and abatement, factors, permit norms

Revision ID: 0018_emissions
Revises: 0017_pek
Create Date: 2026-12-07

New tables only; existing records are untouched. The default factor library is loaded by
the services when a database is created or the demo written, not here.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018_emissions"
down_revision: str | None = "0017_pek"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('factor_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('file_name', sa.String(length=400), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('loaded_at', sa.DateTime(), nullable=False),
    sa.Column('entries', sa.Integer(), nullable=False),
    sa.Column('added', sa.Integer(), nullable=False),
    sa.Column('removed', sa.Integer(), nullable=False),
    sa.Column('changed', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_factor_version'))
    )
    op.create_table('emission_factor',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('substance', sa.String(length=20), nullable=False),
    sa.Column('activity', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('unit', sa.Enum('kg/TJ', 'g/GJ', 'kg/t', 'TJ/Gg', '%S', name='factor_unit', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('parameter', sa.Float(), nullable=True),
    sa.Column('method', sa.String(length=100), server_default='', nullable=False),
    sa.Column('citation', sa.String(length=400), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.CheckConstraint('length(trim(citation)) > 0', name=op.f('ck_emission_factor_citation_given')),
    sa.CheckConstraint('value >= 0', name=op.f('ck_emission_factor_value_not_negative')),
    sa.ForeignKeyConstraint(['version_id'], ['factor_version.id'], name=op.f('fk_emission_factor_version_id_factor_version'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_emission_factor'))
    )
    with op.batch_alter_table('emission_factor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_emission_factor_version_id'), ['version_id'], unique=False)

    op.create_table('emission_source',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('node_id', sa.Integer(), nullable=True),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('organised', 'fugitive', 'discharge', name='emission_source_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('mobile', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('height_m', sa.Float(), nullable=True),
    sa.Column('diameter_m', sa.Float(), nullable=True),
    sa.Column('gas_flow_m3_s', sa.Float(), nullable=True),
    sa.Column('gas_temperature_c', sa.Float(), nullable=True),
    sa.Column('monitoring_point_id', sa.Integer(), nullable=True),
    sa.Column('hours_per_year', sa.Float(), nullable=True),
    sa.Column('note', sa.String(length=2000), server_default='', nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('changed_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint('hours_per_year IS NULL OR (hours_per_year > 0 AND hours_per_year <= 8784)', name=op.f('ck_emission_source_hours_in_a_year')),
    sa.CheckConstraint('length(trim(number)) > 0', name=op.f('ck_emission_source_number_not_blank')),
    sa.ForeignKeyConstraint(['monitoring_point_id'], ['monitoring_point.id'], name=op.f('fk_emission_source_monitoring_point_id_monitoring_point'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['node_id'], ['node.id'], name=op.f('fk_emission_source_node_id_node'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_emission_source_site_id_site'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_emission_source')),
    sa.UniqueConstraint('site_id', 'number', name='uq_emission_source_site_number')
    )
    with op.batch_alter_table('emission_source', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_emission_source_site_id'), ['site_id'], unique=False)

    op.create_table('emission_norm',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('permit_id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('substance', sa.String(length=20), nullable=False),
    sa.Column('g_per_s', sa.Float(), nullable=True),
    sa.Column('t_per_year', sa.Float(), nullable=True),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint('(g_per_s IS NULL OR g_per_s >= 0) AND (t_per_year IS NULL OR t_per_year >= 0)', name=op.f('ck_emission_norm_norm_not_negative')),
    sa.CheckConstraint('g_per_s IS NOT NULL OR t_per_year IS NOT NULL', name=op.f('ck_emission_norm_some_norm')),
    sa.CheckConstraint('valid_until IS NULL OR valid_until > valid_from', name=op.f('ck_emission_norm_valid_until_after_valid_from')),
    sa.ForeignKeyConstraint(['permit_id'], ['permit.id'], name=op.f('fk_emission_norm_permit_id_permit'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['source_id'], ['emission_source.id'], name=op.f('fk_emission_norm_source_id_emission_source'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_emission_norm'))
    )
    with op.batch_alter_table('emission_norm', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_emission_norm_permit_id'), ['permit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_emission_norm_source_id'), ['source_id'], unique=False)

    op.create_table('source_abatement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('equipment', sa.String(length=200), nullable=False),
    sa.Column('substance', sa.String(length=20), nullable=False),
    sa.Column('efficiency', sa.Float(), nullable=False),
    sa.CheckConstraint('efficiency >= 0 AND efficiency < 1', name=op.f('ck_source_abatement_efficiency_range')),
    sa.ForeignKeyConstraint(['source_id'], ['emission_source.id'], name=op.f('fk_source_abatement_source_id_emission_source'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_source_abatement')),
    sa.UniqueConstraint('source_id', 'substance', name='uq_source_abatement_substance')
    )
    with op.batch_alter_table('source_abatement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_source_abatement_source_id'), ['source_id'], unique=False)

    op.create_table('source_stream',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('from_node_id', sa.Integer(), nullable=False),
    sa.Column('to_node_id', sa.Integer(), nullable=False),
    sa.Column('material_id', sa.Integer(), nullable=False),
    sa.Column('activity', sa.String(length=40), nullable=False),
    sa.Column('share', sa.Float(), nullable=False),
    sa.CheckConstraint('length(trim(activity)) > 0', name=op.f('ck_source_stream_activity_not_blank')),
    sa.CheckConstraint('share > 0 AND share <= 1', name=op.f('ck_source_stream_share_range')),
    sa.ForeignKeyConstraint(['from_node_id'], ['node.id'], name=op.f('fk_source_stream_from_node_id_node'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['material_id'], ['material.id'], name=op.f('fk_source_stream_material_id_material'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['source_id'], ['emission_source.id'], name=op.f('fk_source_stream_source_id_emission_source'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['to_node_id'], ['node.id'], name=op.f('fk_source_stream_to_node_id_node'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_source_stream'))
    )
    with op.batch_alter_table('source_stream', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_source_stream_source_id'), ['source_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('source_stream', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_source_stream_source_id'))

    op.drop_table('source_stream')
    with op.batch_alter_table('source_abatement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_source_abatement_source_id'))

    op.drop_table('source_abatement')
    with op.batch_alter_table('emission_norm', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_emission_norm_source_id'))
        batch_op.drop_index(batch_op.f('ix_emission_norm_permit_id'))

    op.drop_table('emission_norm')
    with op.batch_alter_table('emission_source', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_emission_source_site_id'))

    op.drop_table('emission_source')
    with op.batch_alter_table('emission_factor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_emission_factor_version_id'))

    op.drop_table('emission_factor')
    op.drop_table('factor_version')
