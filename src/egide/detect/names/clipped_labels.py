"""The labels of banners, forms and letters clipped to three to five letters (« Méd. : Dr … », « Adm.
02/12/26 », « Réf. dossier », « N/Réf : », « Adr. : 8 allée … »): a field's label, no name, though the
lists hold some as first names or surnames (« Méd », « Adr »).

Not « Pat. » nor « Ch. »: clipped given names as well (Patrick, Christophe).
"""

from __future__ import annotations

from egide.detect.names.tokens import Token

# Folded: médecin or médecine, admission, référence, adresse, téléphone, séjour, service, hospitalisation,
# destinataire, expéditeur, prescripteur.
_CLIPPED_LABELS = frozenset(
    {"med", "adm", "ref", "adr", "tel", "sej", "serv", "hosp", "dest", "exp", "presc"}
)


def clipped_label(t: Token) -> bool:
    """``t`` is a label clipped short, capitalised, with its dot or its colon right after it or a slash
    before it (« Méd. : », « Adm. 02/12 », « N/Réf : »)."""
    return (
        t.shape == "C"
        and t.key in _CLIPPED_LABELS
        and (
            t.gap_after[:1] in {".", ":"} or t.gap_after.lstrip(" ")[:1] == ":" or t.gap_before.endswith("/")
        )
    )
