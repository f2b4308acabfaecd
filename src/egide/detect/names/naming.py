"""Words that announce a name without a title: « s'appelle X », « son nom de famille est X », « nom de
jeune fille X », and the ranks and roles of press and case law (« le général Pilsudski », « le
comte de Frémeuil », « Mgr Dupanloup »).

A naming phrase says the next words are a name whatever their case (« s'appelle vaucheret », « son
nom de famille est fort »); a rank only makes a name of a capitalised word (« le président de la
CME », « le général en chef » are no names).
"""

from __future__ import annotations

from egide.detect.names import cues
from egide.detect.names.lexicon import fold
from egide.detect.names.tokens import Token
from egide.detect.names.wordlist import words

#: Ranks, nobility, clergy and civic roles written before a surname (« le maréchal Foch »), in lower
#: case with their accents: « comté », « General » are no ranks. The press abbreviates the titles of
#: nobility (« Vte DE CHEVILLY », « Cte Roland »: vicomte, comte); « Mis » (marquis) and « Bon » (baron)
#: are left out, they are French words too (« Mis En Place », « Bon Accueil »).
ROLE_TITLES: frozenset[str] = words(
    """
    général générale colonel lieutenant-colonel commandant capitaine lieutenant sous-lieutenant
    sergent sergent-chef caporal adjudant maréchal amiral aspirant brigadier prince princesse comte
    comtesse vicomte vicomtesse duc duchesse baron baronne marquis marquise chevalier archiduc abbé
    cardinal chanoine curé vicaire évêque archevêque rabbin imam président présidente sieur
    citoyen citoyenne signor signora señor señora
    roi reine tsar tsarine kaiser pape empereur impératrice sultan shah négus lord sir chancelier
    grand-duc grande-duchesse major préfet préfète sous-préfet bâtonnier consul ambassadeur
    ambassadrice gouverneur
    vte vtesse cte ctesse
    """
)
#: The same, folded: the words ``by_context`` looks at before reading their text.
ROLE_KEYS: frozenset[str] = frozenset(fold(w) for w in ROLE_TITLES)


def role_title(t: Token) -> bool:
    """« général », « Président », « PRINCE »: a rank as written (« comté », « General » are not)."""
    low = t.text.lower()
    if "\u00ac" in low:
        low = low.replace("\u00ac", "")  # « géné¬ral », « capi¬taine »: cut by the OCR at a line end
    return low in ROLE_TITLES or (t.shape == "U" and fold(low) in ROLE_KEYS)


#: Roles and trades written after a name and a comma (« Bossus, conseiller municipal », « Martin,
#: interne »), folded; the care roles of header labels are added.
ROLE_NOUNS: frozenset[str] = words(
    """
    ministre depute senateur maire adjoint adjointe conseiller conseillere avocat avocate notaire
    huissier juge commissaire inspecteur inspectrice directeur directrice president presidente
    secretaire tresorier tresoriere ingenieur negociant negociante marchand marchande commercant
    commercante employe employee ouvrier ouvriere cultivateur journaliste redacteur redactrice
    professeur instituteur institutrice etudiant etudiante architecte sculpteur peintre ecrivain
    auteur compositeur pianiste violoniste chanteur chanteuse acteur actrice comedien comedienne
    banquier industriel proprietaire rentier docteur pharmacien chirurgien dentiste veterinaire
    officier soldat agent gardien gardienne concierge domestique cocher chauffeur mecanicien facteur
    boulanger boucher epicier age agee ne nee demeurant domicilie domiciliee originaire
    entrepreneur entrepreneuse fabricant fabricante commis artisan artisane menuisier charpentier
    macon serrurier plombier electricien coiffeur coiffeuse couturiere tailleur cordonnier horloger
    bijoutier libraire editeur imprimeur photographe cafetier restaurateur hotelier aubergiste
    entraineur entraineuse joueur joueuse coureur boxeur champion championne terrassier
    aide-soignant aide-soignante auxiliaire brancardier brancardiere ambulancier ambulanciere
    """
)
# Words that may stand between the comma and the role: « Savot, ancien marchand de vin », « Martin,
# ex-interne du service », « Ferrand, jeune interne ».
_ROLE_MODIFIERS = words(
    "ancien ancienne anciens ex futur future jeune nouveau nouvel nouvelle actuel actuelle"
)


#: The trades and the parts in a trial that press names a person by, with their article (issue #8: « le
#: graveur Augustin de Saint-Aubin », « l'explorateur Julien Maigret », « le surveillant Vallet », « le
#: prévenu Jesson »), folded.
PRESS_TRADES: frozenset[str] = words(
    """
    graveur explorateur expert surveillant surveillante illusionniste fabuliste aviateur aviatrice
    romancier romanciere poete dramaturge musicien musicienne cineaste chansonnier chansonniere
    danseur danseuse tenor baryton cantatrice prevenu prevenue co-prevenu co-prevenue inculpe
    inculpee
    """
)
# The care roles of notes written before a surname (« le kiné Plouvinec »), folded.
_NOTE_CARE_ROLES = words(
    """
    interne externe infirmier infirmiere ide kine kinesitherapeute ergotherapeute psychomotricien
    psychomotricienne psychologue dieteticien dieteticienne orthophoniste anesthesiste radiologue
    cardiologue psychiatre pediatre gynecologue neurologue pneumologue urologue medecin praticien
    sage-femme pharmacienne biologiste manipulateur manipulatrice brancardier brancardiere
    confrere consoeur collegue patient patiente depute senatrice avocate
    """
)
#: Trades and care roles written before a surname with their article (« l'avocat Rivière », « le kiné
#: Plouvinec », « notre chirurgien Kerbrat »), folded: the trades above that name a person, and the
#: care roles of notes.
TRADE_KEYS: frozenset[str] = (
    (ROLE_NOUNS - words("age agee ne nee demeurant domicilie domiciliee originaire adjoint adjointe"))
    | _NOTE_CARE_ROLES
    | PRESS_TRADES
)
#: « la femme Saugé », « les frères Simkov », « la veuve Marchand », « les époux Thénardier », « la dame
#: Lefranc »: after an article, the way press and court reports name a person or a household by its
#: surname alone (« sa femme Claire » is kinship, read apart). Folded.
HOUSEHOLD: frozenset[str] = words("femme veuve dame demoiselle epoux freres soeurs")
HOUSEHOLD_ARTICLES: frozenset[str] = words("la le les une un des l'")


#: The words before such a trade: an article, a possessive or a demonstrative (folded).
TRADE_DETERMINERS: frozenset[str] = words("le la l' notre votre son sa leur ce cet cette")


#: Trades of several words, by their last word, with the words before it (folded): the staff of
#: research, social and legal care introduced with their article (« l'attachée de recherche clinique
#: Moana Flosse », « l'assistante sociale Leroux », « l'éducatrice spécialisée Inès Camara », « le
#: mandataire judiciaire Vasseur »).
_TRADE_PHRASES: dict[str, tuple[tuple[str, ...], ...]] = {
    "clinique": (("attache", "de", "recherche"), ("attachee", "de", "recherche")),
    "cliniques": (("technicien", "d'", "etudes"), ("technicienne", "d'", "etudes")),
    "sociale": (("assistante",),),
    "social": (("assistant",), ("travailleur",)),
    "specialisee": (("educatrice",),),
    "specialise": (("educateur",),),
    "judiciaire": (("mandataire",),),
    "familiale": (("conseillere", "en", "economie", "sociale", "et"), ("aide",)),
    "parcours": (("coordinatrice", "de"), ("coordinateur", "de")),
}

TRADE_PHRASE_ENDS: frozenset[str] = frozenset(_TRADE_PHRASES)


def determiner(t: Token) -> bool:
    """An article, possessive or demonstrative before a trade or a nationality, not in capitals
    (« LE », « CE » on a line in capitals): « L' » opening a sentence is the article all the same
    (« L'acteur Brissandot », « L'Américain Fairchild »), its one letter in capitals."""
    return t.key in TRADE_DETERMINERS and (t.shape != "U" or t.text in _CAPITAL_ARTICLES)


# « L' » as the words keep it (the normalised text writes every apostrophe « ' »).
_CAPITAL_ARTICLES = frozenset({"L'"})


def trade_before_name(toks: list[Token], i: int) -> bool:
    """Token ``i`` is a trade or a care role in lower case after its article (« l'avocat »,
    « le kiné », « notre confrère », « l'attachée de recherche clinique »), the way a name is
    introduced in press and notes."""
    t = toks[i]
    if t.shape != "L" or i == 0:
        return False
    if t.key in TRADE_KEYS:
        return determiner(toks[i - 1])
    for phrase in _TRADE_PHRASES.get(t.key, ()):
        first = i - len(phrase)
        if (
            first > 0
            and all(toks[first + m].key == w and toks[first + m].shape == "L" for m, w in enumerate(phrase))
            and determiner(toks[first - 1])
        ):
            return True
    return False


#: Nationalities as nouns, masculine and feminine (folded): capitalised after an article they stand
#: for a person (« l'Américain Johnny Fairchild », « le Serbe Novak Djokovic », « la Nigériane
#: Chioma Okafor »), whom the name after them names; as adjectives they take no capital (« le
#: président américain »).
DEMONYMS: frozenset[str] = words(
    """
    francais francaise anglais anglaise britannique allemand allemande italien italienne espagnol
    espagnole portugais portugaise belge suisse neerlandais neerlandaise hollandais hollandaise
    luxembourgeois luxembourgeoise autrichien autrichienne hongrois hongroise polonais polonaise
    tcheque slovaque roumain roumaine bulgare serbe croate slovene bosnien bosnienne albanais albanaise
    grec grecque turc turque russe ukrainien ukrainienne bielorusse lituanien lituanienne letton
    lettonne estonien estonienne finlandais finlandaise suedois suedoise norvegien norvegienne danois
    danoise islandais islandaise irlandais irlandaise ecossais ecossaise gallois galloise americain
    americaine canadien canadienne mexicain mexicaine bresilien bresilienne argentin argentine
    chilien chilienne colombien colombienne peruvien peruvienne venezuelien venezuelienne uruguayen
    uruguayenne paraguayen paraguayenne bolivien bolivienne equatorien equatorienne cubain cubaine
    haitien haitienne jamaicain jamaicaine marocain marocaine algerien algerienne tunisien tunisienne
    libyen libyenne egyptien egyptienne senegalais senegalaise malien malienne ivoirien ivoirienne
    camerounais camerounaise nigerian nigeriane nigerien nigerienne ghaneen ghaneenne kenyan kenyane
    ethiopien ethiopienne congolais congolaise gabonais gabonaise burkinabe guineen guineenne
    togolais togolaise beninois beninoise malgache rwandais rwandaise sud-africain sud-africaine
    israelien israelienne palestinien palestinienne libanais libanaise syrien syrienne irakien
    irakienne iranien iranienne saoudien saoudienne jordanien jordanienne afghan afghane pakistanais
    pakistanaise indien indienne chinois chinoise japonais japonaise coreen coreenne sud-coreen
    sud-coreenne vietnamien vietnamienne thailandais thailandaise cambodgien cambodgienne
    indonesien indonesienne philippin philippine australien australienne neo-zelandais
    neo-zelandaise georgien georgienne armenien armenienne azerbaidjanais kazakh ouzbek
    """
)


def demonym_before_name(toks: list[Token], i: int) -> bool:
    """Token ``i`` is a nationality as a capitalised noun after its article (« l'Américain »,
    « le Serbe »), not on a line in capitals: a person, named by the words after it."""
    t = toks[i]
    return t.shape == "C" and t.key in DEMONYMS and i > 0 and not t.loud and determiner(toks[i - 1])


def role_noun(t: Token) -> bool:
    """A role or a trade after a name (« ministre », « interne », « âgé »), in lower case."""
    return t.shape == "L" and (t.key in ROLE_NOUNS or t.key in cues.HEADER_LABELS)


def role_after(toks: list[Token], j: int) -> bool:
    """Token ``j`` opens a role or a trade, maybe after a word that dates it (« ancien marchand de
    vin », « ex-interne », « jeune interne »)."""
    t = toks[j]
    if role_noun(t):
        return True
    if t.shape == "L" and t.key.startswith("ex-"):
        return t.key[3:] in ROLE_NOUNS or t.key[3:] in cues.HEADER_LABELS  # « ex-ministre »
    if t.shape == "L" and t.key in _INDEFINITE and j + 1 < len(toks):
        return _person_after_article(toks, j + 1)
    if t.shape != "L" or t.key not in _ROLE_MODIFIERS or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    return nxt.gap_before in {" ", "-"} and role_noun(nxt)


_INDEFINITE = words("un une")
# « Vaudrey, un jeune homme de 19 ans », « Frey, un jeune gaillard », « Gaudry, une vieille femme »: who
# a person is, after an indefinite article (a trade there is read as one: « un ancien ministre »).
_PERSON_NOUNS = words(
    """
    homme femme garcon fille fillette enfant adolescent adolescente vieillard individu inconnu inconnue
    gaillard jeune ami amie camarade voisin voisine cousin cousine
    """
)
_PERSON_ADJECTIVES = words("jeune vieux vieil vieille brave pauvre")


def _person_after_article(toks: list[Token], k: int) -> bool:
    """Token ``k``, after « un » or « une », opens a person: a trade or a person's noun, maybe after an
    adjective that ages it (« un jeune homme », « un ancien ministre »)."""
    t = toks[k]
    if t.gap_before != " " or t.shape != "L":
        return False
    if t.key in _PERSON_NOUNS or (t.key not in _INDEFINITE and role_after(toks, k)):
        return True
    if t.key in _PERSON_ADJECTIVES and k + 1 < len(toks):
        nxt = toks[k + 1]
        return nxt.gap_before == " " and nxt.shape == "L" and (nxt.key in _PERSON_NOUNS or role_noun(nxt))
    return False


# Last word of a naming phrase, with the words that must come before it (folded).
_NAMING_PHRASES: dict[str, tuple[tuple[str, ...], ...]] = {
    # (« je m'appelle X », a letter written by the patient or a relative)
    "appelle": (("s'",), ("m'",)),
    "appelait": (("s'",),),
    "appelais": (("m'",),),
    "famille": (("nom", "de"),),
    "fille": (("nom", "de", "jeune"),),
    "naissance": (("nom", "de"),),
    "usage": (("nom", "d'"),),
    "marital": (("nom",),),
    "nom": (("son",), ("sa",), ("le",), ("leur",)),
    "prenom": (("son",), ("sa",), ("le",), ("leur",)),
    "prenomme": ((),),
    "prenommee": ((),),
}
# « s'appelle comment ? », « son nom est inconnu »: answers that are no name.
_NO_NAME = words(
    """
    comment ainsi inconnu inconnue inconnus pareil pareille autrement toujours encore vraiment quoi
    illisible ignore non renseigne absent absente different differente
    """
)
_VERBS = frozenset({"est", "etait", "sera", ":"})


def naming_phrase(toks: list[Token], i: int) -> int:
    """The first word of the name announced by a phrase ending at token ``i``, else -1.

    « son nom de famille est X », « s'appelle X », « nom de jeune fille X », « prénommée X ».
    """
    before = _NAMING_PHRASES.get(toks[i].key)
    if before is None:
        return -1
    if not any(i >= len(p) and all(toks[i - len(p) + m].key == w for m, w in enumerate(p)) for p in before):
        return -1
    k = i + 1
    if toks[i].key in {"nom", "prenom"} and not (k < len(toks) and toks[k].key in _VERBS):
        return -1  # « son nom de famille … » goes on: the phrase ends further
    if k < len(toks) and toks[k].key in _VERBS and toks[k].gap_before == " ":
        k += 1  # « son nom de famille est X »
    if k >= len(toks) or toks[k].gap_before.strip(" \"«'") not in {"", ":"} or "\n" in toks[k].gap_before:
        return -1
    return k


def no_name_answer(t: Token) -> bool:
    return t.key in _NO_NAME
