"""The one typed settings object, built once at start-up and passed in.

Sources, highest priority first: keyword arguments, environment variables (``EGIDE_`` prefix,
``__`` between nested names, e.g. ``EGIDE_GATEWAY__PORT=9000``), the TOML file named by
``EGIDE_CONFIG`` (default ``egide.toml`` in the working directory, if present), then defaults.
A configured secret shorter than 32 characters is refused; none configured means the generated one.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from egide.assistant.config import AssistantConfig
from egide.audit.config import AuditConfig
from egide.compliance.config import ComplianceConfig
from egide.console.config import ConsoleConfig
from egide.detect.config import DetectConfig
from egide.errors import ConfigError
from egide.gateway.config import GatewayConfig
from egide.governance.config import GovernanceConfig
from egide.policy.config import PolicyConfig
from egide.shadow.config import ShadowConfig


def default_data_dir() -> Path:
    """Where égide keeps its SQLite file and generated secret when ``EGIDE_DATA_DIR`` is not set.

    Under systemd (``StateDirectory=egide`` sets ``STATE_DIRECTORY``) the service's state directory,
    typically ``/var/lib/egide``; otherwise the user's data directory (``~/.local/share/egide`` on
    Linux). Never the current directory: every command, run from anywhere, finds the same database.
    """
    state = os.environ.get("STATE_DIRECTORY")
    if state:
        return Path(state.split(":")[0])
    from platformdirs import user_data_path

    return user_data_path("egide", appauthor=False)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="EGIDE_", env_nested_delimiter="__", extra="forbid")

    environment: Literal["development", "production", "test"] = "development"
    data_dir: Path = Field(
        default_factory=default_data_dir, description="Where the SQLite file and the generated secret live."
    )
    database_url: str | None = Field(
        None,
        description="SQLAlchemy URL; default: SQLite file in data_dir (postgresql+psycopg://… in production).",
    )
    secret_key: str = Field(
        "",
        description="Server secret: keys the audit chain, pseudonyms and encryption at rest. Empty: the "
        "secret generated in data_dir by `egide init` or the first `egide serve` (egide.app.with_secret).",
    )
    log_level: str = "INFO"
    detect: DetectConfig = Field(default_factory=DetectConfig)
    gateway: GatewayConfig = Field(default_factory=GatewayConfig)
    policy: PolicyConfig = Field(default_factory=PolicyConfig)
    audit: AuditConfig = Field(default_factory=AuditConfig)
    shadow: ShadowConfig = Field(default_factory=ShadowConfig)
    assistant: AssistantConfig = Field(default_factory=AssistantConfig)
    governance: GovernanceConfig = Field(default_factory=GovernanceConfig)
    console: ConsoleConfig = Field(default_factory=ConsoleConfig)
    compliance: ComplianceConfig = Field(default_factory=ComplianceConfig)

    @model_validator(mode="after")
    def _refuse_short_secret(self) -> Settings:
        if self.secret_key and len(self.secret_key) < 32:
            raise ValueError(
                "EGIDE_SECRET_KEY doit compter au moins 32 caractères (ou rester vide : égide en génère une)"
            )
        return self

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'egide.db').as_posix()}"

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml_path = Path(os.environ.get("EGIDE_CONFIG", "egide.toml"))
        toml = TomlConfigSettingsSource(settings_cls, toml_file=toml_path)
        return (init_settings, env_settings, toml, file_secret_settings)


def load_settings(**overrides: object) -> Settings:
    """Build the settings, turning validation errors into one clear :class:`ConfigError`."""
    from pydantic import ValidationError

    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors())
        raise ConfigError(f"configuration invalide : {problems}") from exc
