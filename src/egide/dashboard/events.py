"""The dashboard's audit event: an export of a chart's data (counts only, never text)."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from egide.audit.events import AuditEvent


class DashboardExported(AuditEvent):
    """Someone downloaded a chart's data as CSV: which chart, for which period and service."""

    kind: ClassVar[str] = "dashboard.exported"
    chart: str
    start: date
    end: date
    granularity: str
    #: The service filtered on; None: every service.
    service: str | None = None
