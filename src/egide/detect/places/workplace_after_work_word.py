"""ETABLISSEMENT: the patient's workplace after a work word and « chez » or « pour » (« magasinier chez
Brico Dépôt », « travaille chez Lactalis », « en CDD chez Vinci Autoroutes », « intérimaire pour
Manpower », « soudeur chez Naval Group à Lorient »), after a noun of employment and « de » (« salariée
de Lactalis », « agent de Keolis Lille »), after a verb of work and « au » / « à la » (« travaille au
Crédit Mutuel », « CDD à la Fnac de Rennes »).

Product decision (issue 8, fifteenth session; :mod:`egide.detect.places.organisation_name`): a person's
own organisation is a quasi-identifier, masked as ETABLISSEMENT. « chez » is the French word of the
workplace as of the home (« vit chez sa fille », « retour chez lui », « suivi chez Mme Roussel »): it
introduces the employer only after a work word, the verb (« travaille », « employé », « embauchée »,
« licencié ») or the contract (« CDI », « CDD », « intérim », « stage », « apprentissage »), or a trade
(a noun of the shapes trades have: « caviste », « cariste », « chauffeur », « vendeuse », « technicien »,
« secrétaire », « apprenti »). After it a capitalised name that opens no person's mention (a title, a
kinship word, a pronoun: « chez Mme Roussel », « chez sa mère », « chez elle »), no public body, and
holds a word that is no common word: the employer, masked up to a comma, « à » + town, a bracket.
A medicine's maker named so (« visiteur médical chez Servier ») is the patient's employer and masked.
After « de », « au », « à la » a town, a country or a region stays a place (« salarié de Lyon »,
« travaille au Havre », « au Canada », « à la Réunion »): the places read it; « de » is read after the
nouns of employment only (« travaille de nuit », « stage de Noël »: no employer).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.labels import Label
from egide.detect.names.lexicon import fold
from egide.detect.names.wordlist import words as _words
from egide.detect.needles import Needles
from egide.detect.places.countries import only_countries
from egide.detect.places.lexicon import Lexicon
from egide.detect.places.lexicon import fold as place_key
from egide.detect.places.organisation_name import NAME, names_an_organisation, trim
from egide.detect.places.regions import REGIONS
from egide.detect.places.written_line import on_one_line

# (the word's start is checked in code: a pattern opening on a look-behind scans slowly)
_AFTER_WORK = re.compile(rf"(?P<prep>chez|pour|CHEZ|POUR)[ \t]+(?P<name>{NAME})")
# The words of the clause before « chez », read back to a punctuation (a trade has its complement:
# « conducteur de bus chez », « agent d'entretien chez », « chauffeur poids-lourd chez »).
_CLAUSE_WORD = re.compile(r"[\w'’-]+")
_CLAUSE_WORDS = 4
_CLAUSE_ENDS = re.compile(r"[.;:!?()\[\]\n|,—–]")
# Work verbs and contracts, folded.
_WORK_WORDS = _words(
    """
    travaille travaillait travaillant travaillee travaillent bosse bossait employe employee employes embauche
    embauchee licencie licenciee salarie salariee cdi cdd interim interimaire stage stagiaire apprenti
    apprentie apprentissage alternance alternant alternante contrat mission poste emploi job saisonnier
    saisonniere ouvrier ouvriere
    """
)
# « pour » after a work verb only (« travaille pour Airbus »; « adressé pour avis », « opéré pour … »).
_WORK_VERBS_FOR = _words(
    "travaille travaillait travaillant travaillee travaillent bosse bossait mission interim interimaire"
)
# The endings of French trades (« caviste », « cariste », « chauffeur », « vendeuse », « technicien »,
# « monitrice », « secrétaire », « cuisinier », « boulangère »), folded.
_TRADE_ENDINGS = ("iste", "ier", "iere", "eur", "euse", "trice", "aire", "icien", "icienne", "ere")
# Words with those endings that are no trade (« hier chez », « rien chez », « retourner chez »).
_NOT_TRADES = _words(
    """
    hier dernier derniere premier premiere entier entiere particulier reguliere regulier meilleur
    ailleurs plusieurs leur leurs lueur heure heures fois deuxieme troisieme plutot anterieur
    anterieure ulterieur ulterieure exterieur interieur precedent vers pere mere frere
    autre sortie retour matin soir demeure eure
    douleur douleurs couleur chaleur rougeur tumeur tumeurs valeur valeurs humeur odeur peur soeur coeur
    sueur sueurs raideur paleur hauteur largeur longueur profondeur malheur bonheur honneur erreur faveur
    dossier courrier papier fichier calendrier escalier quartier cahier sentier palier atelier
    commentaire questionnaire anniversaire ordinaire secondaire primaire urinaire pulmonaire vasculaire
    musculaire biliaire salivaire cardiaque dentaire alimentaire sanitaire medullaire glandulaire
    cellulaire tumoral inflammatoire respiratoire circulatoire hereditaire familiale necessaire
    """
)
_NEEDLES = Needles(
    (
        "chez",
        "pour",
        "salari",
        "employ",
        "ouvri",
        "apprenti",
        "stagiaire",
        "licenci",
        "interim",
        "intérim",
        "travail",
        "embauch",
        "agent",
        "gérant",
        "cdi",
        "cdd",
    )
)
# « de » after a noun of employment (« salariée de Lactalis », « ouvrier d'Arcelor », « agent de Keolis »),
# « au », « aux », « à la » after a verb or a contract of work (« travaille au Crédit Mutuel », « CDD à la
# Fnac »): what follows is the employer unless it is a town, a country or a region (« salarié de Lyon »,
# « travaille au Havre », « travaille au Canada », « en poste à la Réunion »).
_OF_EMPLOYER = re.compile(rf"(?P<prep>de|d['’]|au|aux|à[ \t]+la|à[ \t]+l['’])[ \t]*(?P<name>{NAME})")
_EMPLOYED_OF = _words(
    """
    salarie salariee salaries salariees employe employee employes employees ouvrier ouvriere agent agente
    apprenti apprentie stagiaire licencie licenciee interimaire gerant gerante
    """
)
_WORKS_AT = _words(
    """
    travaille travaillait travaillant travaille travaillee travaillent employe employee embauche embauchee
    salarie salariee stage stagiaire cdi cdd interim poste emploi job mission
    """
)


class WorkplaceAfterWorkWordRecogniser:
    """ETABLISSEMENT: a workplace after a work word or a trade and « chez » / « pour », after a noun of
    employment and « de », after a verb of work and « au » / « à la »."""

    name = "fr_workplace_after_work_word"

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon

    def may_match(self, doc: Document) -> bool:
        return doc.holds(_NEEDLES)

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _AFTER_WORK.finditer(text):
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-'’_"):
                continue
            before = _clause_before(text, m.start())
            if not before:
                continue
            if m["prep"].lower() == "pour":
                if before[-1] not in _WORK_VERBS_FOR:
                    continue
                verb = True
            else:
                verb = any(w in _WORK_WORDS for w in before)
                if not verb and not any(_a_trade(w) for w in before):
                    continue
            start = m.start("name")
            end = trim(text, start, m.end("name"))
            # (after a work verb any capitalised name: « travaille chez Décathlon »)
            if end <= start or not names_an_organisation(text[start:end], capitals_name=verb):
                continue
            if not on_one_line(doc, start, end):
                continue
            yield Finding(start, end, Label.ETABLISSEMENT, 0.75, self.name)
        yield from self._of_employer(doc)

    def _of_employer(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _OF_EMPLOYER.finditer(text):
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-'’_"):
                continue
            before = _clause_before(text, m.start())
            if not before:
                continue
            prep = fold(m["prep"].replace("’", "'"))
            words = _EMPLOYED_OF if prep in ("de", "d'") else _WORKS_AT
            if before[-1] not in words:
                continue
            start = m.start("name")
            end = trim(text, start, m.end("name"))
            name = text[start:end]
            if end <= start or not names_an_organisation(name, capitals_name=True) or self._a_place(name):
                continue
            if not on_one_line(doc, start, end):
                continue
            yield Finding(start, end, Label.ETABLISSEMENT, 0.75, self.name)

    def _a_place(self, name: str) -> bool:
        """A town, a country or a region, whole or by its first word (« Lyon », « Havre », « Canada »,
        « Réunion », « Saint-Étienne Métropole »)."""
        first = name.split()[0]
        for part in (name, first, f"la {name}", f"le {name}", f"les {name}"):
            if self._lexicon.commune(part, contracted=True) is not None or only_countries(part):
                return True
            if place_key(part) in REGIONS:
                return True
        return False


def _clause_before(text: str, end: int) -> list[str]:
    """The last words of the clause before ``end``, folded (at most four, none past a punctuation)."""
    window = text[max(0, end - 60) : end]
    cut = max((m.end() for m in _CLAUSE_ENDS.finditer(window)), default=0)
    return [fold(w) for w in _CLAUSE_WORD.findall(window[cut:])][-_CLAUSE_WORDS:]


def _a_trade(word: str) -> bool:
    """A noun of the shape of a trade (« caviste », « chauffeur », « technicienne »)."""
    return word not in _NOT_TRADES and word.endswith(_TRADE_ENDINGS)
