"""égide compliance: the regulatory referential, its evidence, the DPO's statuses and the documents.

- ``referential``: requirements kept as versioned TOML data (``data/v<version>.toml``), checked on load;
- ``diff.compare``: what changed between two versions; ``adoption``: the version in use, ``adopt``;
- ``evidence``: one function per kind of evidence, computed from the registry, the audit trail, the
  shadow-AI scans and the configuration (``Facts``, built by ``egide.app.compliance_facts``);
- ``statuses``: the DPO's status of each requirement with a comment (history, audited);
- ``overview``: requirements + evidence + statuses, what the page, the report and the command show;
- ``notice.patient_notice`` and ``register.processing_register``: the patient notice and the GDPR
  art. 30 entry, as data.

Rendering (HTML and PDF) is in ``egide.compliance.documents``, imported by the entry points only.
Every function takes a SQLAlchemy ``Session``; those that change something write their audit event in
the same transaction (``db.session(write=True)``).
"""

from egide.compliance.adoption import ReferentialInUse, adopt, in_use, known_versions, pending, version_text
from egide.compliance.config import ComplianceConfig
from egide.compliance.diff import ReferentialDiff, compare
from egide.compliance.evidence import Evidence, Level, known_keys
from egide.compliance.facts import Facts, approved_tools
from egide.compliance.notice import Notice, patient_notice
from egide.compliance.overview import Overview, RequirementRow, overview
from egide.compliance.referential import (
    LoadedReferential,
    Referential,
    Requirement,
    latest_shipped,
    parse,
    shipped,
    shipped_versions,
)
from egide.compliance.register import RegisterEntry, processing_register, register_csv
from egide.compliance.statuses import (
    NOT_ASSESSED,
    Status,
    StatusView,
    current_statuses,
    ensure_dpo,
    parse_status,
    set_status,
    status_history,
)

__all__ = [
    "NOT_ASSESSED",
    "ComplianceConfig",
    "Evidence",
    "Facts",
    "Level",
    "LoadedReferential",
    "Notice",
    "Overview",
    "Referential",
    "ReferentialDiff",
    "ReferentialInUse",
    "RegisterEntry",
    "Requirement",
    "RequirementRow",
    "Status",
    "StatusView",
    "adopt",
    "approved_tools",
    "compare",
    "current_statuses",
    "ensure_dpo",
    "in_use",
    "known_keys",
    "known_versions",
    "latest_shipped",
    "overview",
    "parse",
    "parse_status",
    "patient_notice",
    "pending",
    "processing_register",
    "register_csv",
    "set_status",
    "shipped",
    "shipped_versions",
    "status_history",
    "version_text",
]
