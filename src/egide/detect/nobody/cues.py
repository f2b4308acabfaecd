"""What, right before a word, says it is someone's or somewhere someone is: shared by the families of
:mod:`egide.detect.nobody`, which never drop a word these cues announce."""

from __future__ import annotations

import re

# A title, a civility or a name's field right before the word (« M. Hamilton », « Mme Ballard »,
# « Dr Vidal », « née Noël », « Nom : Munster »), read on the 30 characters before it.
TITLE_BEFORE = re.compile(
    r"(?:(?<![\w])(?:M|MM|Mme|Mmes|Mlle|Mr|Mrs|Dr|Drs|Pr|Me)\.?"
    r"|(?<![\w])(?i:monsieur|madame|mademoiselle|docteur|professeur|patiente?|résidente?|enfant|bébé"
    r"|n[ée]e?|époux|épouse|veuve|nom|prénom|nom[ \t]+d['’]usage|nom[ \t]+de[ \t]+naissance|famille"
    r"|fils|fille|frère|sœur|soeur|mari|femme|père|mère|conjointe?|ide|as|kiné|interne|externe"
    r"|chez|par|signé|validé[ \t]+par))[ \t]*[:.]?[ \t]*\Z"
)
# A town's cue right before the word: a preposition of place or a move, a birth, a home, a postcode.
TOWN_CUE_BEFORE = re.compile(
    r"(?:(?<![\w])(?i:à|a|au|aux|en|vers|depuis|sur|de|d['’]|du|né|née|nés|domicilié\w*|habite|habitant"
    r"|vit|vivant|résid\w*|originaire|venant|venu\w*|retour|rentré\w*|transféré\w*|muté\w*|adressé\w*"
    r"|hospitalisé\w*|ville|commune|lieu)|[0-9]{4,5}|CH-[0-9]{4})[ \t]*[:]?[ \t]*\Z"
)


def titled(text: str, start: int) -> bool:
    """A title or a person's cue stands right before ``start``."""
    return TITLE_BEFORE.search(text, max(0, start - 30), start) is not None


def town_cued(text: str, start: int) -> bool:
    """A town's cue stands right before ``start``."""
    return TOWN_CUE_BEFORE.search(text, max(0, start - 20), start) is not None
