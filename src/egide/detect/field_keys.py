"""The keys under which software writes a person's name: one table for every reader of keyed records.

A field dump (« PAT.NOM=LACOMBE|PAT.PNOM=Élodie », read by :mod:`egide.detect.names.keyed_dumps`) and a
flat export (« PATIENT_NOM=… », « ADR_NOMNAISS=… », read by
:mod:`egide.detect.recognisers.fr.keyed_fields`) name their values the same way; before this table each
reader kept its own list, and a key one of them learnt (« LASTNAME ») the other did not.

A key is compared folded (lower case, accents off) and, when made of parts, with its parts joined by « _ »
(« NOM_NAISS »); the one-part spellings (« nomnaiss ») are listed too, as software writes both.
"""

from __future__ import annotations

NAME_KEYS = frozenset(
    {
        "nom", "noms", "pnom", "prenom", "prenoms", "prn", "nomjf", "nom_jf", "nom_naiss", "nomnaiss",
        "nom_naissance", "nom_usuel", "nomusuel", "nom_usage", "nomusage", "nom_marital", "nom_jeune_fille",
        "nom_famille", "nom_patient", "prenom_patient", "nompat", "prenompat", "lastname",
        "last_name", "firstname", "first_name", "family_name", "given_name", "surname", "pat_nom",
        "pat_prenom", "pat_pnom",
    }
)  # fmt: skip


def names_a_person(key: str) -> bool:
    """``key`` (folded, its parts joined by « _ ») is one under which a person's name is written."""
    return key in NAME_KEYS
