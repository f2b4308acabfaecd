"""égide governance: the registry of tools, people (roles, keys, training, charter), access rules.

The gateway reads it through ``authenticate``, ``ensure_may_use``, ``resolve_model`` and
``list_models``; the console and the command line change it through the other functions. Every
function takes a SQLAlchemy ``Session`` from ``egide.store.Database``; functions that change
something write their audit event in the same transaction (open it with ``db.session(write=True)``).
"""

from egide.confidentiality import Confidentiality
from egide.governance.access import (
    Person,
    current_grant,
    ensure_may_use,
    ensure_person_may_use,
    person_behind,
    person_by_id,
)
from egide.governance.bootstrap import bootstrap
from egide.governance.keys import authenticate, create_key, list_keys, revoke_key
from egide.governance.people import (
    accept_charter,
    add_user,
    current_charter,
    deactivate_user,
    find_user,
    has_accepted_current_charter,
    list_users,
    publish_charter,
    record_training,
    trained_until,
)
from egide.governance.tools import (
    APERCU_ALIAS,
    APERCU_BASE_URL,
    BUILTIN_URLS,
    ToolUnavailable,
    add_tool,
    approve_tool,
    find_tool,
    list_models,
    list_tools,
    resolve_model,
    resolve_route,
    retire_tool,
    suspend_tool,
)
from egide.governance.types import (
    CharterView,
    KeyView,
    NewKey,
    Principal,
    Role,
    Route,
    ToolStatus,
    ToolView,
    UserView,
)

__all__ = [
    "APERCU_ALIAS",
    "APERCU_BASE_URL",
    "BUILTIN_URLS",
    "CharterView",
    "Confidentiality",
    "KeyView",
    "NewKey",
    "Person",
    "Principal",
    "Role",
    "Route",
    "ToolStatus",
    "ToolUnavailable",
    "ToolView",
    "UserView",
    "accept_charter",
    "add_tool",
    "add_user",
    "approve_tool",
    "authenticate",
    "bootstrap",
    "create_key",
    "current_charter",
    "current_grant",
    "deactivate_user",
    "ensure_may_use",
    "ensure_person_may_use",
    "find_tool",
    "find_user",
    "has_accepted_current_charter",
    "list_keys",
    "list_models",
    "list_tools",
    "list_users",
    "person_behind",
    "person_by_id",
    "publish_charter",
    "record_training",
    "resolve_model",
    "resolve_route",
    "retire_tool",
    "revoke_key",
    "suspend_tool",
    "trained_until",
]
