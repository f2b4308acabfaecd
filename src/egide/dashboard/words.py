"""The French words the dashboard shows for the codes the audit trail records."""

from __future__ import annotations

from egide.detect.labels import CATEGORY, Label

ACTION_NAMES = {
    "allow": "transmises telles quelles",
    "pseudonymise": "pseudonymisées",
    "block": "bloquées",
}

#: Why a request was refused: by the policy (``gateway.decision``, action block) or before it
#: (``gateway.refused``). Codes not listed are shown as recorded.
REASON_NAMES = {
    # the policy
    "identifying_data": "données identifiantes",
    "identifying_name": "identifiant dans un nom de fonction",
    "unscannable_content": "contenu non analysable (image, fichier)",
    "detection_failed": "échec de la détection",
    "detection_timeout": "détection trop longue",
    "shared_state_unavailable": "état partagé (Redis) indisponible",
    "policy_blocked": "refus de la politique",
    # before the policy
    "invalid_api_key": "clé inconnue ou révoquée",
    "training_required": "formation manquante",
    "charter_not_accepted": "charte non acceptée",
    "end_user_unknown": "personne inconnue",
    "end_user_inactive": "personne désactivée",
    "access_denied": "accès refusé",
    "rate_limited": "limite de requêtes",
    "invalid_request": "requête invalide",
    "unknown_field": "champ non transmis",
    "payload_too_large": "requête trop volumineuse",
    "model_not_found": "modèle inconnu",
    "model_suspended": "outil suspendu",
    "model_retired": "outil retiré",
    "model_not_approved": "outil non approuvé",
}


def action_name(code: str) -> str:
    return ACTION_NAMES.get(code, code)


def reason_name(code: str) -> str:
    return REASON_NAMES.get(code, code)


def label_name(code: str) -> str:
    """« NIR (identifiant national) »; a site-specific label as it is."""
    try:
        return f"{code} ({CATEGORY[Label(code)]})"
    except ValueError:
        return code


#: People without a service, as the charts name them.
WITHOUT_SERVICE = "sans service"


def service_name(service: str | None) -> str:
    return service if service else WITHOUT_SERVICE
