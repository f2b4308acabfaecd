"""« M. » before a carer's name, where a care role stands right after the name or right before « M. », is
masked with the name: « M. Coudert, cadre de santé », « par M. Nogueira, service des archives », « le cadre
de santé M. Kieffer », « par m. gomez (ide) » (issue #8: probe22b, probe27, probe29, probe33, probe37 and
probe40, six batches by different writers).

A carer signs a note, a letter or a log with the initial of the first name and the surname (« C. Roche,
IDE »), and « M. » there reads as an initial as often as the title « Monsieur »: hospital staff are
rarely called « Monsieur » in their own signatures. The readers keep « M. » beside the mask, the title
of a patient (« M. [Dupont], 71 ans »); beside a care role it may be the carer's first name. Masking it
hides at most the carer's sex, which no clinical question needs; a patient's « M. » (no role around the
name) stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from egide.detect.finding import Finding
from egide.detect.labels import Label

# Care roles and the hospital's own offices; not the trades a patient may have (« M. Ravignol, secrétaire de
# mairie », « M. Durand, cadre chez Airbus »): a cadre is one of health or of the unit.
_ROLES = (
    r"cadre[ \t]+(?:de[ \t]+santé|infirmier|supérieur|du[ \t]+service|de[ \t]+l['’]unité|de[ \t]+pôle)"
    r"|psychologue|neuropsychologue|IDE|ide|IDEL|IBODE|IADE|IPA|ASH|infirmi(?:er|ère)|interne"
    r"|secrétaire[ \t]+médicale|assistante?[ \t]+sociale?|kiné|kinésithérapeute|diététicien(?:ne)?"
    r"|ergothérapeute|psychomotricien(?:ne)?|orthophoniste|biologiste|pharmacien(?:ne)?|préparat(?:eur|rice)"
    r"|manipulat(?:eur|rice)|aide-soignante?|brancardier|service[ \t]+(?:des|de|du|d['’])[ \t]*"
    r"(?:archives|admissions|accueil|soins|facturation|identitovigilance|qualité)"
    r"|cellule|archiviste|coordinat(?:eur|rice)|sage-femme"
)
# After the name: a comma, a bracket or a space, then the role.
_ROLE_AFTER = re.compile(rf"[ \t]*[,(]?[ \t]*(?:{_ROLES})(?![\w])")
# Before « M. »: the role (« le cadre de santé M. Kieffer », « psychologue M. Tanguy »).
_ROLE_BEFORE = re.compile(rf"(?<![\w])(?:{_ROLES}|cadre)(?:[ \t]+[A-Z]{{2,4}})?[ \t]*,?[ \t]*\Z")
_M = re.compile(r"(?<![\w.])[Mm]\.[ \t]\Z")


def with_staff_initials(text: str, found: Sequence[Finding]) -> list[Finding]:
    """``found`` with the « M. » before a carer's name masked with it (see the module's docstring)."""
    out = list(found)
    for k, f in enumerate(out):
        if f.label != Label.NOM or f.start < 3:
            continue
        m = _M.search(text, f.start - 3, f.start)
        if m is None:
            continue
        if text[m.start()] == "m" and _ROLE_AFTER.match(text, f.end) is None:
            continue  # « m. gomez (ide) »: lower case only before its role
        if (
            _ROLE_AFTER.match(text, f.end) is None
            and _ROLE_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None
        ):
            continue
        out[k] = Finding(m.start(), f.end, f.label, f.score, f.source)
    return out
