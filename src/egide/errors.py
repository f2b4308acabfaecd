"""The one exception tree of égide.

Every error raised on purpose by égide derives from :class:`EgideError`. Foreign errors
(aiohttp, SQLAlchemy, spaCy, OS errors) are translated into this tree at the boundary that meets
them, and each surface renders the tree with one handler: the OpenAI envelope on ``/v1``, one JSON
body on the console API, one message and a non-zero exit code on the command line.

    EgideError
    ├── InputError                 400  malformed JSON, wrong encoding, empty or binary input
    │   └── PayloadTooLarge        413  body or file over the configured limit
    ├── AuthenticationError        401  missing or unknown API key
    ├── AccessDenied               403  the user may not use égide (training, charter, role)
    │   └── PolicyBlocked          403  the data policy refuses this request (names categories, never values)
    ├── NotFound                   404  unknown model, tool, user or record
    ├── Conflict                   409  state transition not allowed (e.g. approving a retired tool)
    ├── RateLimited                429
    ├── DetectionError             500  detection failed: the request is blocked (fail closed)
    │   └── DetectionTimeout
    ├── UpstreamError              502  the model behind a tool failed
    │   └── UpstreamTimeout        504
    ├── StorageError               500  the database failed
    │   └── SharedStateUnavailable 503  Redis (shared rate limits and mappings) did not answer
    ├── ConfigError                     settings are invalid (raised at start-up)
    │   └── NotInitialised         400  no égide database or secret where the settings point (``egide init``)
    └── AuditChainError                 the audit chain does not verify

Messages never contain text from before masking: they name categories, counts and identifiers.
``detect`` imports this module only (it is a leaf module), which keeps ``detect`` free of the rest of egide.
"""

from __future__ import annotations


class EgideError(Exception):
    """Base of every error égide raises on purpose."""

    status_code: int = 500
    error_type: str = "server_error"
    code: str = "internal_error"

    def __init__(self, message: str, *, param: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
        #: Set once the refusal is in the audit trail, so that the surface rendering it does not
        #: write it a second time (the gateway audits every refusal it answers).
        self.audited = False
        if code is not None:
            self.code = code


class InputError(EgideError):
    status_code = 400
    error_type = "invalid_request_error"
    code = "invalid_request"


class PayloadTooLarge(InputError):
    status_code = 413
    code = "payload_too_large"


class AuthenticationError(EgideError):
    status_code = 401
    error_type = "authentication_error"
    code = "invalid_api_key"


class AccessDenied(EgideError):
    status_code = 403
    error_type = "permission_error"
    code = "access_denied"


class PolicyBlocked(AccessDenied):
    code = "policy_blocked"


class NotFound(EgideError):
    status_code = 404
    error_type = "not_found_error"
    code = "not_found"


class Conflict(EgideError):
    status_code = 409
    error_type = "invalid_request_error"
    code = "conflict"


class RateLimited(EgideError):
    status_code = 429
    error_type = "rate_limit_error"
    code = "rate_limited"


class DetectionError(EgideError):
    status_code = 500
    error_type = "server_error"
    code = "detection_failed"


class DetectionTimeout(DetectionError):
    code = "detection_timeout"


class UpstreamError(EgideError):
    status_code = 502
    error_type = "upstream_error"
    code = "upstream_failed"


class UpstreamTimeout(UpstreamError):
    status_code = 504
    code = "upstream_timeout"


class StorageError(EgideError):
    status_code = 500
    code = "storage_error"


class SharedStateUnavailable(StorageError):
    """Redis (``gateway.redis_url``) did not answer: rate limits and mappings cannot be read."""

    status_code = 503
    error_type = "server_error"
    code = "shared_state_unavailable"


class ConfigError(EgideError):
    code = "config_error"


class AuditChainError(EgideError):
    code = "audit_chain_broken"


class NotInitialised(ConfigError):
    """No égide database or server secret where the settings point: ``egide init`` creates them.

    A usage error (exit code 2 on the command line), not a failure of égide.
    """

    status_code = 400
    code = "not_initialised"
