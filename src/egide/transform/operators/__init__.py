"""Operators: what replaces a finding. Typed classes, selected by name or by instance."""

from egide.transform.operators.base import Operator, ScopeContext
from egide.transform.operators.dateshift import DateShift
from egide.transform.operators.placeholder import Placeholder
from egide.transform.operators.simple import Mask, Redact
from egide.transform.operators.surrogate import Surrogate

OPERATORS: dict[str, type[Operator]] = {
    "mask": Mask,
    "redact": Redact,
    "placeholder": Placeholder,
    "surrogate": Surrogate,
    "date_shift": DateShift,
}


def operator_named(name: str) -> Operator:
    """The operator called ``name`` with its defaults (``mask``, ``redact``, ``placeholder``, …)."""
    try:
        return OPERATORS[name.replace("-", "_")]()
    except KeyError:
        from egide.errors import ConfigError

        raise ConfigError(f"opérateur inconnu : {name!r} (connus : {', '.join(OPERATORS)})") from None


__all__ = [
    "OPERATORS",
    "DateShift",
    "Mask",
    "Operator",
    "Placeholder",
    "Redact",
    "ScopeContext",
    "Surrogate",
    "operator_named",
]
