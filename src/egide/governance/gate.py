"""The rule of the training and charter gate, as SQL clauses: one definition for the gateway and the counts.

A person is **trained** on a day when

1. they hold at least one training record valid that day (``completed_on <= day <= valid_until``), and
2. every active module mandatory for their role has a record of that module valid that day.

So an establishment that declares no mandatory module keeps the first rule alone (any valid
training, as before modules existed: records without a module count), and one that declares them
gets « all mandatory modules valid ». A person has **accepted the charter** when they accepted the
charter version in force (the last one published).

The gateway (:mod:`egide.governance.access`) and the coverage counts (:mod:`egide.governance.coverage`)
both build their queries from these clauses, so the share the dashboard shows is the share the
gateway lets through.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, SQLColumnExpression, and_, exists, select
from sqlalchemy.orm import aliased

from egide.store.models.governance import (
    Charter,
    CharterAcceptance,
    TrainingModule,
    TrainingModuleRole,
    TrainingRecord,
)


def trained(
    user_id: SQLColumnExpression[int], role: SQLColumnExpression[str], day: SQLColumnExpression[date]
) -> ColumnElement[bool]:
    """True when the person ``user_id`` of role ``role`` is trained on ``day`` (rule above).

    The arguments are SQL expressions: bound parameters for one person, or columns of ``users`` to
    evaluate everyone in one query.
    """
    any_record = aliased(TrainingRecord)
    module_record = aliased(TrainingRecord)
    # correlate_except: ``user_id`` may be a column of an enclosing query two levels up, which
    # SQLAlchemy's automatic correlation (one level) would miss and join again.
    holds_one = (
        exists()
        .where(any_record.user_id == user_id, any_record.completed_on <= day, any_record.valid_until >= day)
        .correlate_except(any_record)
    )
    lacks_a_mandatory = (
        exists()
        .where(
            TrainingModule.active.is_(True),
            TrainingModuleRole.module_id == TrainingModule.id,
            TrainingModuleRole.role == role,
            ~exists()
            .where(
                module_record.user_id == user_id,
                module_record.module_id == TrainingModule.id,
                module_record.completed_on <= day,
                module_record.valid_until >= day,
            )
            .correlate_except(module_record),
        )
        .correlate_except(TrainingModule, TrainingModuleRole)
    )
    return and_(holds_one, ~lacks_a_mandatory)


def charter_in_force(at: datetime | None = None) -> ColumnElement[int]:
    """The id of the charter in force at ``at`` (now: the last one published), as a scalar subquery."""
    query = select(Charter.id)
    if at is not None:
        query = query.where(Charter.published_at <= at)
    return query.order_by(Charter.published_at.desc(), Charter.id.desc()).limit(1).scalar_subquery()


def accepted(user_id: SQLColumnExpression[int], at: datetime | None = None) -> ColumnElement[bool]:
    """True when ``user_id`` accepted the charter in force at ``at`` (now by default) by then."""
    conditions = [CharterAcceptance.user_id == user_id, CharterAcceptance.charter_id == charter_in_force(at)]
    if at is not None:
        conditions.append(CharterAcceptance.accepted_at <= at)
    return exists().where(*conditions).correlate_except(CharterAcceptance)


def end_of(day: date) -> datetime:
    """The last instant of ``day`` in UTC (what « by that day » means for charters and accounts)."""
    return datetime.combine(day + timedelta(days=1), time(), tzinfo=UTC) - timedelta(microseconds=1)
