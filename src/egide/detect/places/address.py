"""Postal addresses (ADRESSE): « 12 bis rue de la Paix », « 182, résidence des Lilas », « 3 av. Foch », « 12 Grande Rue »,
« trois av. Foch », « vingt-deux rue de la République » (a number in words, as dictation writes it),
« 12 r. de la Paix », « au 12 de la rue Victor Hugo »,
« rue Victor Hugo », « lieu-dit Kerbernard », « route de Montbard », « ferme de la Haute-Borne », « BP 123 »,
« CS 30001 ».

The street line only: the postcode and the city are their own findings (CODE_POSTAL, VILLE), so
that an operator can replace each part by a plausible surrogate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from egide.detect.document import Document
from egide.detect.finding import Finding
from egide.detect.first_characters import search
from egide.detect.labels import Label
from egide.detect.names.care_roles import ROLE_ABBREVIATIONS, ROLE_NOUNS
from egide.detect.names.eponyms import is_unambiguous_eponym
from egide.detect.names.lexicon import fold, is_common_word, is_first_name
from egide.detect.names.medical_words import CLIPPED_SPECIALTIES
from egide.detect.places.atoms import CHUNK, CROSSING_STREET, LOWER, UPPER
from egide.detect.places.lexicon import commune_after, load_lexicon
from egide.detect.recognisers.fr.dates.atoms import NUMBER_WORD
from egide.detect.recognisers.fr.dates.base import word_starts

# Street types that are not ordinary words: any street name may follow, even in lower case.
_PLAIN_TYPES = (
    r"rue|avenue|av\.?|ave\.?|bd|bld|bvd|boulevard|boul\.?|impasse|imp\.?|allée|allées|all\.?|quai|lieu-dit|"
    r"lieudit|lieu\s+dit|l-d|faubourg|fbg|fg|chaussée|rond-point|esplanade|ruelle|venelle|sentier|"
    r"résidence|rés\.|res\.|lotissement|lot\.|hameau|cité|montée|square|sq\.|parvis|carrefour|corniche|"
    # Breton street names, as the communes of Brittany post them (« 17 hent Sant Herbot », « straed ar Vro »)
    r"hent|straed|"
    # the streets of Northern Catalonia, of Occitan and of Basque villages, as their signs and their
    # inhabitants' addresses write them (« 7 carrer de la Font, Prades », « 3 carrièra de la Font »,
    # « camí de la Tuilerie », « avinguda del Canigó », « passeig de les Palmeres », « 8 karrika Nagusia »)
    r"carrer|carrièra|carriera|camí|cami|camin|avinguda|passeig|karrika|kalea|"
    # typed without accents
    r"allee|allees|residence|chaussee|montee|"
    # the lanes and districts of Maghreb addresses (« Derb Sidi Bouloukat n° 12 », « Hay Mohammadi »)
    r"derb|hay|douar"
)
# Street types that are also ordinary words (« 2 cours de chimiothérapie », « mise en place de »):
# the name after them must be capitalised.
_WORD_TYPES = (
    # (« ch. » before a number is a room: « GIR 2   ch. 14 », « lit 4, ch. 208 »)
    r"place|pl\.|cours|route|rte|chemin|ch\.(?![ \t]*[0-9])|voie|passage|parc|mail|domaine|clos|villa|promenade|traverse"
    # a district of a town, named as the address of a housing estate (« quartier du Val Fourré, tour 12 »)
    r"|quartier"
    # activity zones (« ZA des Platières », « ZI Nord », « zone industrielle des Vignes »): an employer's
    # or a practice's address
    r"|ZA|ZI|ZAC|ZAE|zone[ \t]+(?:artisanale|industrielle|commerciale|d['’][ \t]?activit[ée]s?)"
)

# « 12 bis », « 3B », « 215, ter, » (the parts of a street line separated by commas); an OCR's O for a
# zero after the first digit (« 4O bis rue Ampère », « 1O rue »)
# « PK 12 route de Montsinéry »: overseas and along main roads, a kilometre point numbers the house.
# « 15-35 rue Claude Boucher »: a range of numbers, a building along the street.
_NUMBER = r"(?:PK[ \t]?(?=\d))?(?:\d{1,4}-(?=\d))?\d[\dOo]{0,3}(?:[ \t]?(?:bis|ter|quater|[A-Da-d])(?![\w])|,[ \t]?(?:bis|ter|quater)(?![\w]))?"
# One word of a street name; the name stops at punctuation, a line break, a postcode, or a word that
# starts the rest of the sentence.
# A postal box after the street, on the same line (« 95 boulevard Pinel — BP 30039 », « Avenue
# Désandrouin - CS 50479 »): the box is the next part of the address, not a word of the street's name.
# « et » ends the name, unless a street named after two people or things goes on after it (« rue Pierre
# et Marie Curie », « rue Sacco et Vanzetti, 69100 », « avenue Émile et Isaac Pereire »): a capitalised
# word that is no title nor article, then another, or the postcode or the line's end (« 3 rue Pasteur et Mme Roux »,
# « rue Pasteur et Martin vient », « 4, rue du Melé et Duprez, Société … », « rue Haute et Le Bourg » stop at « et »).
_ET_GOES_ON = (
    rf"[ ]{{1,2}}(?!(?:Le|La|Les|M|Mme|Mlle|Mr|Me|Dr|Pr|Monsieur|Madame|Mademoiselle|Docteur|Professeur)(?![\w]))"
    rf"[{UPPER}][{LOWER}'’\-]+(?:[ ]{{1,2}}[{UPPER}]|[ \t]*(?:,[ \t]*[0-9]{{5}}(?![0-9])|\n|$))"
)
_STOP = (
    rf"(?:(?:et(?!{_ET_GOES_ON})|à|chez|depuis|où|pour|avec|dans|qui|tél|tel|Tél|Tel|né|née|le\s+\d|CEDEX|Cedex)(?![\w'])|n[°º]"
    r"|(?:BP|B\.P\.|CS|TSA)[ \t]*\d)"
)
# A word ends the name at a full stop unless it is a short abbreviation (« St. », « Gal »).
# A dash between spaces before a number ends the name (« Résidence Le Clos Fleuri — 03 85 41 09 20 »,
# the normaliser reads « — » as « - »); before a word it may join the parts of one, cut by an OCR
# (« rue Louis - le Grand »).
# (not a word of a street's name before the word that opens the next sentence, « 2 allée du Lac. En cas
# d'empêchement, prévenez »: « Lac. » is then the name's end, no abbreviation)
_SENTENCE_OPENS = (
    r"[ ]{1,2}(?:En|Le|La|Les|Un|Une|Des|Il|Elle|Ils|Elles|On|Nous|Vous|Je|Merci|Pour|Par|Pas|Si|Ce|Cette"
    r"|Ces|Au|Aux|Dans|Avec|Sans|Après|Avant|Puis|Depuis|Mais|Votre|Vos|Notre|Veuillez|Prévoir|Se|Sa|Son"
    r"|Ses|Rendez-vous|RDV|Tél|Appeler|Prière)(?![\w'’])"
)
_NAME_WORD = rf"(?!{_STOP})(?!\d{{5}}(?!\w))(?!-[ ]+\d)(?:[\w'’\-]{{1,3}}\.(?!{_SENTENCE_OPENS})|[\w'’\-]+)"
# Words of the name are separated by one or two spaces: a tab separates a table's cells (« 16, rue La
# Boétie⇥Mme … ») and three spaces a form's fields (« 11 rue Paul Bert   CP : 33800 »).
_NAME = rf"{_NAME_WORD}(?:[ ]{{1,2}}{_NAME_WORD}){{0,6}}"
_CAP_NAME = (
    rf"(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|l['’]|la|le|les|La|Le|Les|L['’])[ \t]*)?"
    rf"(?=[{UPPER}\d])(?:{_NAME})"
)
# A numbered street line may be cut by a line break after its type or after a link word (« 12 rue\ndes
# Écoles », « 88, allée de\nBretagne »): a street name never ends there. Only numbered lines, where the
# number and the type already make an address.
_BREAK = r"[ \t]*\n[ \t]*"
_NAME_WORD_AFTER_LINK = (
    rf"(?:(?<=[ \t]de)|(?<=[ \t]des)|(?<=[ \t]du)|(?<=[ \t]la)|(?<=[ \t]le)){_BREAK}{_NAME_WORD}"
)
# After a break that follows the type, the line must go on like a street name: a link word then a
# capital, or capitalised words up to a comma or the line's end (« 12 rue\nLe patient est calme » is no
# street).
_NAME_AFTER_BREAK = (
    rf"(?=(?:de[ \t]+la|de|des|du|d['’]|l['’])[ \t]*[{UPPER}]"
    rf"|[{UPPER}][{LOWER}\-]+(?:[ \t]+[{UPPER}][{LOWER}\-]+)*[ \t]*(?:,|\n|$))"
)
_NAME_BROKEN = rf"{_NAME_WORD}(?:[ ]{{1,2}}{_NAME_WORD}|{_NAME_WORD_AFTER_LINK}){{0,6}}"
_CAP_NAME_BROKEN = (
    rf"(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|l['’]|la|le|les|La|Le|Les|L['’])(?:[ \t]*|{_BREAK}))?"
    rf"(?=[{UPPER}\d])(?:{_NAME_BROKEN})"
)
# « bât. B », « appt 12 », « 3e étage » after the street line.
# « 3e étage gauche », « étage 2 », « porte droite » too: the floor and the door are part of it.
# « quartier Cavani », « village de Kawéni »: overseas and rural lines name the district after the street.
# Abroad, the same: « lugar de Paços », « bairro Alto » (Portugal).
_DISTRICT = rf"(?:quartier|village[ \t]+d[e']|cité|lugar(?:[ \t]+d[aeo]s?)?|bairro)[ \t]*[{UPPER}][\w'’\-]+"
# « tour 4 », « lot 14 », « entrée B », « bloc 2 »: the tower of an estate, the lot of a housing
# development, an entrance, an overseas house (« case 12 »), a house of a development (« villa 4 »,
# « pavillon 7 »); a number or one capital only (« tour de taille » is no address).
_UNIT = r"(?:tour|lot|entrée|entree|bloc|case|villa|pavillon)[ \t]*(?:n[°º][ \t]*)?(?:\d{1,3}[A-Z]?|[A-Z])(?![\w])"
# Where addresses have no number, overseas or in a village, the dwelling is told by a landmark after the
# district (« quartier Kawéni, case près de la mosquée », « village Paradis, derrière l'école »,
# « lotissement Les Manguiers, en face du stade »): part of the address.
_LANDMARK = (
    r"(?:(?:case|maison|logement|cabane)[ \t]+)?(?:juste[ \t]+)?"
    r"(?:près|derrière|devant|(?:en[ \t]+)?face|à[ \t]+côté|proche|au[ \t]+bout|en[ \t]+(?:bas|haut))[ \t]+"
    r"(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|à[ \t]+la|à[ \t]+l['’]|au|à|la|le|les|l['’])?[ \t]*"
    r"(?:(?:grande|petite|nouvelle|vieille|ancienne)[ \t]+)?"
    r"(?:mosquée|église|chapelle|temple|école|collège|lycée|stade|terrain|marché|pharmacie|mairie|dispensaire"
    r"|boulangerie|épicerie|boutique|supermarché|station(?:-service)?|rond-point|carrefour|cimetière|poste"
    r"|gendarmerie|plage|port|pont|rivière|ravine|arrêt[ \t]+de[ \t]+bus|dispensaire|PMI|MJC)s?(?![\w])"
)
# A building named before its street (« Bâtiment Les Cèdres, 21 rue Dupanloup », « Imm. Les Alizés, appt 3,
# route de Cilaos »), or after it as a complement, an estate's building (« Cité des 4000, bâtiment Ravel,
# esc. 3 »): its name is capitalised.
_NAMED_BUILDING = rf"(?i:bâtiment|batiment|immeuble|imm\.)[ \t]+(?:(?:les|le|la|l['’])[ \t]*)?[{UPPER}][\w'’\-]+(?:[ \t]+[{UPPER}][\w'’\-]+){{0,2}}"
_COMPLEMENT = (
    rf"(?:[ \t]*,?[ \t]*(?:{_DISTRICT}(?![\w])|{_LANDMARK}|{_NAMED_BUILDING}(?![\w])|(?:bât(?:iment)?\.?|appt\.?|apt\.?|appartement|esc(?:alier)?\.?|porte)[ \t]*[\w{LOWER}]{{1,4}}(?![\w])"
    rf"|{_UNIT}"
    # the house number after the name, as Maghreb addresses write it (« Derb Sidi Bouloukat n° 12 »)
    rf"|n[°º][ \t]*\d{{1,4}}(?![\w])"
    rf"|(?:\d{{1,2}}(?:e|ème|eme|er|ᵉ)[ \t]+étage|étage[ \t]+\d{{1,2}}|porte)(?:[ \t]+(?:gauche|droite|face|fond))?(?![\w])))*"
)

# The same complements before a numbered street line, on its line (« Appt 34, 3e étage, 112 bd de
# Strasbourg », « Bât. C - 4 rue des Écoles »): the flat is part of the address.
_COMPLEMENT_WORD = (
    rf"(?:(?:bât(?:iment)?\.?|appt\.?|apt\.?|appartement|esc(?:alier)?\.?|porte)[ \t]*[\w{LOWER}]{{1,4}}|{_UNIT}"
    rf"|\d{{1,2}}(?:e|ème|eme|er|ᵉ)[ \t]+étage|étage[ \t]+\d{{1,2}})"
)
# A flat's or a building's word right before the number a numbered street line read as its own
# (« Imm. Les Alizés, appt 3, route de Cilaos »: the 3 is the flat's, the road has no number).
_VALUE_TAKEN = re.compile(
    r"(?i:appt|apt|appartement|bât(?:iment)?|porte|esc(?:alier)?|logement|log)\.?[ \t]*$"
)
_COMPLEMENT_BEFORE = re.compile(
    rf"(?:{_NAMED_BUILDING}|(?i:{_COMPLEMENT_WORD}))(?:[ \t]*[,\-–][ \t]*(?i:{_COMPLEMENT_WORD}))*[ \t]*[,\-–][ \t]*$"
)
# The flat's part of an address on a line of its own (« Adresse (ligne 1) : Bât C Esc 2 Appt 31 »):
# complements in a row, one of them a flat (a hospital's directions give a building and a door, no flat).
# Each names its building, stair or flat by a number or a capital (« en appartement au 3e étage » is prose).
_FLAT_WORD = (
    r"(?i:bât(?:iment)?\.?|appt\.?|apt\.?|appartement|esc(?:alier)?\.?)[ \t]*"
    r"(?:[0-9]{1,4}[A-Za-z]?|[A-Z][0-9]{0,2})(?![\w])"
)
_FLAT_LINE = re.compile(rf"{_FLAT_WORD}(?:[ \t]*[,\-–]?[ \t]*{_FLAT_WORD})+")
_FLAT = re.compile(r"(?i:appt|apt|appartement)")

# An address field that opens on the name of a place before its numbered street line (« Adresse :
# Kerlann, 3 route de Plestin », « domicile : Foyer des Jeunes Travailleurs, 11 rue Paul Bert »): a
# hamlet, a farm, a home; capitalised words, a comma, then the street line.
# (« adresse de livraison : Kerlaouen, route de Plouider »: the label may say which address it is)
_PLACE_BEFORE = re.compile(
    rf"(?i:adresse(?:[ \t]+(?:de|d['’])[ \t]*[^\W\d_]+|[ \t]+postale)?|domicile|demeurant|domicili[ée]e?|r[ée]sidant)[ \t]*:?[ \t]*"
    # (a house's word and its name linked by « de la », « des »: « Château de la Motte, chemin … »)
    rf"(?P<place>{CHUNK}|(?i:château|chateau|manoir|moulin|ferme|domaine|mas|bastide)[ \t]+"
    rf"(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*{CHUNK})[ \t]*,[ \t]*$",
    re.VERBOSE,
)

# A dwelling or a district named before its street line, after a comma (« chalet Les Arolles, route du
# Col », « domaine de la Grange Neuve, chemin des Cabanes », « Mas d'en Vila, chemin de Saint-Génis »,
# « quartier Bois-Neuf, chemin Bellevue », « village de Kawéni, rue Mangrove », « Villa Li Pitchoun,
# 142 corniche … »): rural, mountain and overseas addresses open on it. Its word says it is a place; the
# name after it is capitalised.
_DWELLING_BEFORE = re.compile(
    rf"(?<![\w])(?i:quartier|village|chalet|mas|domaine|bastide|villa|hameau|lieu-dit|lieudit|section|ferme"
    rf"|moulin|manoir|cité"
    # a hotel, a hostel or a home where the person is lodged (« hôtel social Le Relais, 41 avenue … »,
    # « hôtel Formule 1, 2 rue … », « foyer Les Mouettes, 3 rue … »: the 115's and the SIAO's addresses)
    rf"|h[ôo]tel(?:[ \t]+social)?|foyer|pension|auberge"
    # a residence or a business park before its street (« Bât. C, Résidence les Hauts de Belleville, 40 rue
    # de Belleville », « Parc d'activités du Moulin, 3 rue … », « ZAC des Champs, 12 allée … »)
    rf"|résidence|residence|parc[ \t]+d['’]activit[ée]s?|zac|zone[ \t]+(?:industrielle|artisanale|d['’]activit[ée]s?)"
    rf"|technop[ôo]le|immeuble)[ \t]+"
    rf"(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’](?:en[ \t]+)?|l['’]|la|le|les|La|Le|Les|L['’]|Li|Lou)[ \t]*)?"
    rf"{CHUNK}(?:[ \t]+[0-9]{{1,3}})?[ \t]*,[ \t]*$"
    # a business or technology park by its own compound name (« Technocité, 2 allée du Lac », « Europarc,
    # 14 rue … », « Technopôle Brest-Iroise, … », « Bioparc, … »): its word says it is one
    rf"|(?<![\w])(?:Techno[{LOWER}]+|[{UPPER}][{LOWER}]*(?:parc|park|p[ôo]le|cité|polis))"
    rf"(?:[ \t]+{CHUNK})?[ \t]*,[ \t]*$"
)

# The first digits of a number typed one a box, right after the box's opening bar (« |3 3 RUE DU MOULIN| »,
# where the street line's number is read from the last digit only).
_BOXED_DIGITS_BEFORE = re.compile(r"\|[ \t]?(?P<digits>(?:[0-9] ){1,3})\Z")

# « au 12 de la rue Victor Hugo »: the number, then the street.
_OF_THE = r"(?:(?:de[ \t]+la|du|de[ \t]+l['’])[ \t]+)?"

# A street line that starts with its number: « 12 bis rue de la Paix », « 182, résidence des Lilas ».
NUMBERED = re.compile(
    rf"""
    {_NUMBER} [ \t]* ,? [ \t]* {_OF_THE}
    (?: (?i:{_PLAIN_TYPES}|r\.) (?:[ \t]+|{_BREAK}{_NAME_AFTER_BREAK}) {_NAME_BROKEN}
      # an abbreviated type glued to its name, typed without the space (« 53,r.Legendre »,
      # « 38,av.de Clichy »): a capital or a link word follows the dot
      | (?i:r|av|ave|boul|boulev|bd|imp|all|sq)\. (?=[{UPPER}]|d(?:e|u|es)[ \t]) {_NAME_BROKEN}
      | (?i:{_WORD_TYPES}) [ \t]+ {_CAP_NAME_BROKEN} )
    {_COMPLEMENT}
    """,
    re.VERBOSE,
)
# A number in words before a street type (« trois av. Foch », « vingt-deux rue de la Paix »): only street
# types that are not ordinary words, or « place », « route », « chemin », and always a capitalised name
# (« deux cours de chimie », « trois rues plus loin » are no addresses). « un », « une » are left out:
# « une rue Victor Hugo » is no number one.
_WORD_NUMBER_BEFORE = re.compile(
    rf"(?<![\w\-])(?i:{NUMBER_WORD})(?:[ \t]+(?:bis|ter))?[ \t]*,?[ \t]*$", re.VERBOSE
)
WORD_NUMBERED = re.compile(
    rf"""
    (?i:{NUMBER_WORD}) (?:[ \t]+(?:bis|ter))? [ \t]* ,? [ \t]*
    (?i:{_PLAIN_TYPES}|place|pl\.|route|rte|chemin|ch\.) [ \t]+ {_CAP_NAME}
    {_COMPLEMENT}
    """,
    re.VERBOSE,
)

# Rural addresses without a street: a farm, a mill, a manor with its name (« ferme de la Haute-Borne »,
# « Moulin des Prés »). The name must be capitalised: « consistance ferme » is no address.
_RURAL_TYPES = r"ferme|moulin|manoir|métairie|bastide"
_RURAL_FIRST = re.compile(rf"(?i:{_RURAL_TYPES})(?![\w])")
_LOCALITY_FIRST = re.compile(r"(?:Section|Habitation)(?![\w])")
# (its name a word of three letters or more: « Section B » is a form's)
_LOCALITY_NAMED = re.compile(r"(?:Section|Habitation)[ \t]+[A-ZÀ-Þ][a-zà-ÿ'’\-]{2,}")
_COMMUNE_AFTER = re.compile(r"[ \t]*,[ \t]*[A-ZÀ-Þ]")
# After a title the word is a surname: « Docteur Moulin », « Mme Ferme ».
_TITLE_BEFORE = re.compile(
    r"(?<![\w])(?:Dr|Docteur|Pr|Professeur|M|Mr|Mme|Mlle|Madame|Monsieur|Mademoiselle|Me)\.?[ \t]+$", re.I
)

# A house named as its address, the way the Basque Country, Portugal or Brittany write it (« maison
# Etxeberria, quartier Ibarron », « Quinta da Ribeira, lugar de Paços », « Casa do Monte »): the house's
# word, then a capitalised name that is no French word (« maison Départementale » is an institution,
# « maison Blanche » a hospital), then the district if any.
_HOUSE = re.compile(
    rf"(?i:maison|quinta|casa|etxea)[ \t]+(?P<name>(?:(?:da|do|das|dos|de)[ \t]+)?[{UPPER}][{LOWER}'’\-]+"
    rf"(?:[ \t]+[{UPPER}][{LOWER}'’\-]+)?)(?![\w'’\-]){_COMPLEMENT}"
)
# The building's word of Portugal, Spain or Brazil before a named house (« Residência Quinta do Lago, Rua das
# Flores 12 », « Edificio Casa Blanca »): part of the address, the house found after it.
_BUILDING_BEFORE_HOUSE = re.compile(
    r"(?i:resid[êe]ncia|residencial|edif[íi]cio|vivenda|condom[íi]nio)[ \t]+\Z"
)

# A street line without number: a plain type and a capitalised name (« rue Victor Hugo »,
# « Résidence Les Tilleuls »), a capitalised word type (« Place Bellecour », « Chemin des Vignes »), a
# road or a path in lower case to a capitalised place (« route de Montbard », « chemin des Vignes »),
# or a rural address (« ferme de la Haute-Borne »).
STREET = re.compile(
    rf"""
    (?: (?i:{_PLAIN_TYPES}|{_RURAL_TYPES}) [ \t]+ {_CAP_NAME}
      | (?:[Pp]lace|Cours|[Rr]oute|[Cc]hemin|Voie|Passage|Parc|Domaine|Clos|Villa|Promenade|Traverse|[Qq]uartier
          # a village named as the address, overseas or in the country (« village Saramaca », « Village
          # Paradis »): its name capitalised
          |[Vv]illage
          # the localities of an Antillean commune, an address without a street (« Section Morne Rouge »,
          # « Habitation Céron »): the word capitalised (« section du tendon » is surgery)
          |Section|Habitation
          |(?:ZA|ZI|ZAC|ZAE|[Zz]one[ \t]+(?:artisanale|industrielle|commerciale|d['’][ \t]?activit[ée]s?))
           (?![ \t]+(?:(?:de|du|des)[ \t]+)?\d))  # « ZA 3 cm », « zone industrielle de 3 ha »: no zone
        [ \t]+ {_CAP_NAME} )
    {_COMPLEMENT}
    """,
    re.VERBOSE,
)
# « 12 Grande Rue », « 4 Grand'Rue », « 3 Vieille Route du Port »: an adjective before the type makes
# the street's name; a capitalised rest may follow.
_ADJECTIVES = (
    r"Grande|Grand|GRANDE|GRAND|Petite|PETITE|Vieille|VIEILLE|Haute|HAUTE|Basse|BASSE|Neuve|Nouvelle"
)
_ADJECTIVE_BEFORE = re.compile(rf"(?<![\w,.]){_NUMBER}[ \t]*,?[ \t]*(?:{_ADJECTIVES})(?:[ \t]+|['’\-])$")
ADJECTIVE_NUMBERED = re.compile(
    rf"""
    {_NUMBER} [ \t]* ,? [ \t]* (?:{_ADJECTIVES}) (?:[ \t]+|['’\-])
    (?i:rue|route|avenue|place|chemin|allée) (?![\w'’\-]) (?: [ \t]+ {_CAP_NAME} )?
    {_COMPLEMENT}
    """,
    re.VERBOSE,
)
# « carrefour pariéto-temporo-occipital », « CARREFOUR AORTO-ILIAQUE »: a crossing of the body, named by
# compound adjectives of anatomy (« pariéto- », « aorto- », « trachéo- »), not a street without number.
_ANATOMY = re.compile(rf"(?i:carrefour)[ \t]+[{UPPER}{LOWER}]+[oO]-[{UPPER}{LOWER}]")
# A street without number whose name opens on a short word in capitals and a number is an abbreviation
# and its value (« AV OD 8/10 », visual acuity of the right eye; « Passage IDE 2x/j », a nurse's
# visit twice a day), not a street: a street's name in capitals is a word (« AVENUE FOCH », « Place
# Bellecour »). Road numbers (« route RD 906 », « chemin CR 12 ») are names of roads.
_ABBREVIATION_AND_VALUE = re.compile(
    rf"[^ \t]+[ \t]+(?!(?:RN|RD|CD|CR|CV|VC|N|D|A|C)[ \t]+\d)[{UPPER}]{{2,4}}[ \t]+\d"
)
# Who visits or sees a patient, after « passage », « voie »…: a nurse's or a specialist's round (« Passage
# IDE Matin », « Passage Diét ce jour », « passage Kiné », « Voie HAD »), not a street without number.
_CARE_VISITORS = (
    ROLE_ABBREVIATIONS
    | ROLE_NOUNS
    | CLIPPED_SPECIALTIES
    | frozenset({"diet", "medecin", "medecins", "dr", "docteur", "ssiad", "had", "samu", "smur", "equipe"})
)


# « à » and one capitalised word that ends the street line (« 3 rue du Moulin à Vent, 77120 … », « 8
# chemin du Pas à l'Âne\n »): a part of the street's name when the word is no commune (« 12 rue
# Pasteur à Lyon » names the town).
_A_NAME_AFTER = re.compile(
    rf"[ \t]+à[ \t]+(?:l['’])?(?P<word>[{UPPER}][{LOWER}]+)(?=[ \t]*(?:,|\n|$|[0-9]{{5}}(?![0-9])))"
)


def _with_a_name_after_a(text: str, found: Finding) -> Finding:
    """``found``, with the « à » and the word that end its street's name (see ``_A_NAME_AFTER``)."""
    m = _A_NAME_AFTER.match(text, found.end)
    if m is None or load_lexicon().commune(m["word"]) is not None:
        return found
    return Finding(found.start, m.end(), found.label, found.score, found.source)


# Where a person lives, said right before a district (« domicile : quartier des Molières », « vit
# quartier de la Gravette », « demeurant quartier Saint-Roch »): the district is the address's line.
_RESIDENCE_BEFORE = re.compile(
    r"(?<![\w])(?i:domicile|domiciliée?|demeurant|demeure|habite|habitant|vit|vivant|réside|résidant|adresse)"
    r"[ \t]*(?::[ \t]*|(?:au|dans[ \t]+le|en)[ \t]+)?$"
)


def _a_common_district(street: str) -> bool:
    """« quartier » is a street line when the tower, the building or the house of an estate follows it
    (« quartier du Val Fourré, tour 12 »; alone, « quartier de Cavani Sud » is the place the
    communes' reader names by its kind), and its name, when no link opens it, is no common word
    (« quartier Général, bât. B »)."""
    district, comma, _ = street.partition(",")
    words = district.split()
    if not words or words[0].lower() != "quartier":
        return False
    if not comma:
        return True
    if len(words) > 1 and (words[1].lower() in ("du", "des", "de") or words[1][:2].lower() in ("d'", "d’")):
        return False  # « quartier des Tilleuls, bât. C »: a link, then the name, as a street's
    return all(is_common_word(w) for w in words[1:] if w[:1].isupper())


def _a_common_village(street: str) -> bool:
    """« village » before a word of French or an eponym is a kind of home or of stay (« village
    Alzheimer », « Village Répit Familles », « village Vacances Bleues »), not a village's name."""
    words = street.split(maxsplit=2)
    if len(words) < 2 or words[0].lower() != "village":
        return False
    name = words[1].strip(",.;:")
    return is_common_word(name) or is_unambiguous_eponym(fold(name))


def _care_visit(street: str) -> bool:
    """The unnumbered street's name opens on a care role or a clipped specialty (« Passage IDE Matin »)."""
    words = street.split(maxsplit=2)
    return len(words) > 1 and fold(words[1].strip(",.;:")) in _CARE_VISITORS


# A type and a number alone, without a street's number before it (« fonction groupage FG 2025.1.2 »,
# « version FG 2025 »): a code or a version, not an unnumbered street; a street named after a date
# takes « du » (« rue du 8 Mai 1945 »).
_TYPE_AND_NUMBER = re.compile(r"[^ \t]+[ \t]+\d")

# A mall or an esplanade in lower case before « à » and a commune (« cours Mirabeau à Aix-en-Provence »,
# as « place » alone is read above): where something happened, in a certificate or a note. The commune
# says it is a place.
_LOWER_SQUARE = re.compile(
    rf"(?:cours|parvis|mail|esplanade)[ \t]+(?P<name>{_CAP_NAME})(?=[ \t]+à[ \t]+(?P<city>[{UPPER}][\w'’\-]+))",
    re.VERBOSE,
)

_TITLE_OPENS = re.compile(
    r"(?:(?:de[ \t]+la|de|du|des|d['’]|l['’]|la|le|les)[ \t]*)?(?:Dr|Pr|Docteur|Professeur|M|Mr|Mme|Mlle|Me)\b\.?",
    re.IGNORECASE,
)

# Postal boxes: « BP 123 », « B.P. 45 », « boîte postale 48 », « CS 30001 », « TSA 70001 » (Cedex boxes
# have 4-5 digits).
# (« Bp », « Cs »: as the re-cased reading of a text in capitals writes them at a sentence's start,
# « ADRESSE DE FACTURATION : BP 214 » → « … : Bp 214 »; the box must be found there too, or the first
# reading's is dropped as unconfirmed)
BOX = re.compile(
    r"(?:BP|Bp|B\.P\.|(?i:bo[iî]te[ \t]+postale))[ \t]*(?:n[°º][ \t]*)?\d{1,5}(?![\w])"
    r"|(?:CS|Cs|TSA|Tsa)[ \t]*\d{4,5}(?![\w])"
)

# The same boxes typed in lower case (« bp 214, 69421 lyon cedex », « cs 60015 — 95001 cergy »): only
# before the postcode of their line (« bp » and « cs » abbreviate other things in notes).
_LOWER_BOX = re.compile(
    r"(?:bp|b\.p\.|cs|tsa)[ \t]*(?:n[°º][ \t]*)?\d{1,5}(?![\w])(?=[ \t]*[,;\-–—]?[ \t]*\d{5}(?![\w]))"
)

# A street line without number typed in lower case (« domicile : chemin de la source, le bourg-d'oisans »,
# « avenue des flamboyants — 97306 cayenne »): no capital says where a name starts, so the line must
# stand where an address does: after an address's or a home's label, or before a postcode. The name
# runs to a punctuation mark, a line's end or a word that goes on with the sentence.
_LOWER_NAME_WORD = rf"(?!{_STOP})[{LOWER}][{LOWER}'’\-]*"
_LOWER_STREET = re.compile(
    rf"(?i:{_PLAIN_TYPES}|place|route|chemin|voie|za|zi|zac)[ \t]+"
    rf"{_LOWER_NAME_WORD}(?:[ \t]+{_LOWER_NAME_WORD}){{0,5}}(?![\w'’\-]){_COMPLEMENT}"
)
# (the postcode then its commune: « voie veineuse 12345 ; » is a count)
# (a postal box may stand between: « avenue de la côte de nacre — cs 30001 — 14033 caen »)
_LOWER_POSTCODE_AFTER = re.compile(
    rf"(?:[ \t]*[,;\-–—][ \t]*(?i:bp|cs|tsa)[ \t]*\d{{1,5}})?[ \t]*[,;\-–—]?[ \t]*\d{{5}}[ \t]+[{LOWER}{UPPER}]"
)
_LOWER_CUE_BEFORE = re.compile(
    r"(?<![\w])(?:adresse(?:[ \t]+(?:de|d['’])[ \t]*[a-zà-ÿ]+|[ \t]+postale)?|domicile|demeurant|domicili[ée]e?"
    r"|r[ée]sid(?:ant|e)|habite(?:nt)?(?:[ \t]+(?:au|à|a))?)[ \t]*:?[ \t]*$"
    # (or the home of a visit, in a bracket after the person's title and name: « passage chez mme
    # lubin-numa (rue schoelcher) », « chez M. Hoarau (chemin lagourgue) »)
    r"|(?<![\w])(?i:chez)[ \t]+(?i:m|mme|mlle|mr|madame|monsieur)\.?[ \t]+[^\W\d_][\w'’\-]*"
    r"(?:[ \t]+[^\W\d_][\w'’\-]*)?[ \t]*\([ \t]*$"
)

# Every street type and postal box word, on the lower-cased text, followed by a non-letter: where an
# address could be. Each full pattern is then tried anchored at that place only.
_PREFILTER = re.compile(
    # grouped by first letter: a trie by hand, several times faster for ``re`` than a flat alternation
    r"[^a-zà-ÿ0-9_](?:r(?:ue|ésidence|esidence|és|es|ond-point|oute|te|uelle|(?=\.))|a(?:venue|ve|v|llées|llée|llees|llee|ll)|quinta"
    r"|b(?:d|ld|vd|oulevard|oul|p|\.p|astide)|i(?:mpasse|mp|let)|qu(?:ai|artier)|l(?:ieudit|ieu|-d|otissement|ot)"
    r"|f(?:aubourg|bg|g|erme)|c(?:haussée|haussee|ité|hemin|h|arrefour|ours|los|s|orniche|asa|arrer|arrièra|arriera|amí|ami|amin|amping|amp)"
    r"|e(?:splanade|txea)|v(?:enelle|oie|illage|illa)|avinguda|passeig|ka(?:rrika|lea)"
    r"|s(?:entier|quare|q|traed|ection)|îlet|h(?:a(?:meau|y|bitation)|ent)|m(?:ontée|ontee|ail|oulin|anoir|étairie|aison)|p(?:arvis|lace|l|assage|arc|romenade)"
    r"|d(?:omaine|erb|ouar)|t(?:raverse|sa|ribu)|z(?:a|i|ac|ae|one)|bo(?:i|î)te|piste"
    r"|bât(?:iment)?|batiment|ap(?:pt|t|partement)|esc(?:alier)?)(?![a-zà-ÿ])"
)


def _street_starts(doc: Document) -> tuple[int, ...]:
    """Where a street type may start in the lower-cased text (``doc.lowered``, not None): the same in
    both readings of a text (:meth:`Document.shared_by_readings`: ``_PREFILTER`` holds no white space
    and reads a line break before or after its word as it reads a space)."""
    return tuple(word_starts(_PREFILTER, doc.lower))


# The number before a street type: « 12 », « 12 bis, », « 3B ».
# Not the decimals of a number (« 2,5 rue »); after a name and a comma typed without a space it is the
# street number (« Mme Lemoine,168,quai de Peron »).
# A stop glued before the number ends the sentence before it (« SPECIMEN GRATUIT.23,Boul.MAGENTA »),
# unless it follows a digit (« 1.23 ») or ends an abbreviation in lower case (« p.12 », « n.12 »).
# Not the last group of a spaced number before a comma (« … 033 012 61,Lotissement U Palazzu »: a NIR's
# key, then the next cell of a comma-separated row); after a number and a space, a house number before
# its street (« N° IPP : 300184471 2 av. de la Gare »: two columns side by side).
_NUMBER_BEFORE = re.compile(
    rf"(?<!\w)(?<![0-9]\.)(?<!\b[a-z]\.)(?<![0-9],)"
    rf"(?:(?<![0-9]{{3}}[ .]){_NUMBER}[ \t]*,?[ \t]*|(?<=[0-9]{{3}}[ ]){_NUMBER}[ \t]+){_OF_THE}$"
)
_TRAILING = re.compile(r"[\s.\-'’]+$")
# A street line without number may end with it after a comma (« résidence Les Pins, 3 »), then the
# line or the item ends: not a count (« chemin des Vignes, 3 patients »). A dash set off by spaces ends
# the item too, the commune after it (« Chemin des Goyaviers, 112 — Le Tampon »: overseas and in
# southern forms the number is filed after the street).
_NUMBER_AFTER = re.compile(rf"[ \t]*,[ \t]*(?P<number>{_NUMBER})(?=[ \t]*(?:[,;]|\n|$|[—–\-][ \t]))")


# Before « place » in lower case, the words of « mise en place de », « à la place de », « sa place »:
# no square follows (« mise en place du Holter », « à la place de Mme Martin »).
_NOT_A_SQUARE_BEFORE = re.compile(
    r"(?<![\w])(?i:en|la|sa|une|cette|leur|notre|votre|de|des|premi[èe]re|bonne|remise|mise|sur)[ \t]+$"
)
# A square's name is a word, not an abbreviation in capitals (« place du PICC », « place de la VVP »).
_SQUARE_NAME = re.compile(
    rf"place[ \t]+(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*)?[{UPPER}][{LOWER}]"
)


def _a_square(text: str, hit: int, m: re.Match[str]) -> bool:
    """« place » in lower case is a square (« est place Stanislas », « , place du Général-de-Gaulle »),
    not « mise en place de », « à la place de » nor a device or an abbreviation after it."""
    if _NOT_A_SQUARE_BEFORE.search(text, max(0, hit - 12), hit) is not None:
        return False
    if _SQUARE_NAME.match(text, hit) is None:
        return False
    name = m.group().split()
    return not any(is_unambiguous_eponym(fold(w.strip(",.;"))) for w in name[1:])


def _a_place_name(words: str) -> bool:
    """The words before a street line name a place, not the person who lives there (« Mme Odile
    Perrin-Marchand,142,quai … », « Odile Perrin, 3 rue … »): no title, no first name opening them."""
    if _TITLE_OPENS.match(words):
        return False
    first = words.split()[0].split("-")[0]
    # (a dwelling's word opens a place, whatever the lists of first names hold: « Château de Chazeron »)
    return fold(first) in _DWELLING_WORDS or not is_first_name(first)


_DWELLING_WORDS = frozenset({"chateau", "manoir", "ferme", "moulin", "mas", "domaine", "villa", "bastide"})


# A place where someone lives or where something happened, named by its kind without a street (« domiciliée
# quartier Redoute », « au camping Les Pins, emplacement 42 », « lieu : piste de Saint-Élie, PK 12 »,
# « sa mère habite tribu de Saint-Louis », « au camp de Mourmelon »): rural, overseas and military
# addresses. The name is capitalised (« piste de ski », « camp de base » are no places), and a cue of
# residence or of place stands before the kind, or the pitch, the kilometre point or the lot after it.
_KIND_PLACE = re.compile(
    # (« quartier de Cavani »: with a link, the district is the place the communes' reader names by its kind)
    rf"(?:(?i:camping|camp|piste|tribu)[ \t]+(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*)?"
    rf"|(?i:quartier)[ \t]+)(?:(?:Les|Le|La|L['’])[ \t]*)?"
    # (its words may be linked as a street's: « camping Le Clos du Marais », « camping Les Pins de la Plage »)
    rf"[{UPPER}][{LOWER}'’]+(?:-[{UPPER}{LOWER}][{LOWER}'’]*)*"
    rf"(?:[ \t]+(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*)?[{UPPER}][{LOWER}'’\-]+){{0,3}}"
    rf"(?P<after>[ \t]*,[ \t]*(?i:emplacement|empl\.|PK|lot|n[°º]|parcelle|case)[ \t]*\d{{1,4}}(?![\w]))?"
)
# A district of a commune in brackets or after a comma, the way the Antilles and the countryside situate
# a home inside its commune (« résidant à Capesterre-Belle-Eau (section Bananier) », « Le Lamentin,
# quartier Bois-Carré », « Sainte-Rose (habitation Brésil) », « Plouha (hameau de Kerlo) »): the commune
# before says the word is the district's, its name may be a word (« Bananier », « Source »).
_DISTRICT_OF_COMMUNE = re.compile(
    rf"(?i:section|habitation|quartier|hameau|lieu-dit|lieudit)[ \t]+"
    rf"(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|Les|Le|La|L['’])[ \t]*)?"
    rf"[{UPPER}][{LOWER}'’]+(?:-[{UPPER}{LOWER}][{LOWER}'’]*)*(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{0,2}}"
    r"(?=[ \t]*[),;.\n]|[ \t]*$)"
)
# The same district before its commune, the way a letter situates a home (« qui habite l'îlet Grand Bois à
# Cilaos », « de la section Morne Rouge à Sainte-Rose », « hameau Les Granges, Vézelay »): an îlet is a
# Réunion hamlet of the cirques, a section a district of a Guadeloupe commune; the commune after « à » or a
# comma says the word is the district's (« section de l'extenseur » has none).
_DISTRICT_BEFORE_COMMUNE = re.compile(
    # (« Section » capitalised opens a form's heading: lower case only)
    rf"(?:section|(?i:habitation|quartier|hameau|lieu-dit|lieudit|[îi]let))[ \t]+"
    rf"(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|Les|Le|La|L['’])[ \t]*)?"
    rf"[{UPPER}][{LOWER}'’]+(?:-[{UPPER}{LOWER}][{LOWER}'’]*)*(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{0,2}}"
    r"(?=[ \t]*,[ \t]*|[ \t]+(?:à|a)[ \t]+)"
)
_COMMUNE_AFTER = re.compile(rf"[ \t]*(?:,|[ \t](?:à|a)[ \t])[ \t]*(?P<commune>{CHUNK})", re.VERBOSE)
# A house in Madagascar by its lot's number (« lot II M 85 bis, Antsahavola », « Lot IVG 123 Ter
# Ambohipo »): a Roman numeral, letters, a number, maybe « bis »; then the district, after a comma or a
# space, is part of the line. A batch's number (« lot 12345 », « lot n° A12 ») has no Roman numeral
# before letters and a number.
_MALAGASY_LOT = re.compile(
    rf"(?i:lot)[ \t]+[IVX]{{1,4}}[ \t]?[A-HJ-UWYZ]{{1,3}}[ \t]+[0-9]{{1,4}}(?:[ \t]?[A-Z](?![\w]))?"
    rf"(?:[ \t]+(?i:bis|ter)(?![\w]))?(?=[ \t]*,?[ \t]*[{UPPER}][{LOWER}]{{3,}})"
    rf"(?:[ \t]*,?[ \t]*[{UPPER}][{LOWER}]{{3,}}(?:[ \t-][{UPPER}][{LOWER}]+)?)"
)
_CROSSING = re.compile(CROSSING_STREET)
_COMMUNE_BEFORE = re.compile(rf"(?<![\w'’\-])(?P<commune>{CHUNK})[ \t]*$", re.VERBOSE)
_KIND_PLACE_CUE = re.compile(
    r"(?<![\w])(?i:domicili[ée]e?s?|habite(?:nt)?|r[ée]side(?:nt)?|demeurant|vit|vivent|h[ée]berg[ée]e?s?"
    r"|s[ée]journe(?:ra)?|lieu|adresse|au|à|a|sur|dans"
    # a form's field of residence (« Domicile : tribu de Wé », « Résidence : piste de Saül »)
    r"|domicile|r[ée]sidence"
    # (where a person comes from: « originaire de la tribu de Tiéta », « venant de la tribu de Wagap »)
    r"|(?:originaires?|venant|vient|venue?s?)[ \t]+(?:de|d['’]|du|des))[ \t]*(?:(?:le|la|au|à|a)[ \t]+)?:?[ \t]*$"
)


# The words that link the parts of a street's name in lower case (« rue du Général de Gaulle », « place de
# la Croix », « route de Saint-Jean sur Mer »): the name goes on after them.
_LINK_WORDS = frozenset(
    ["de", "du", "des", "la", "le", "les", "l'", "l’", "d'", "d’", "en", "sur", "sous", "aux", "au", "lès"]
)
_WORD = re.compile(r"[^ \t\n]+")
# A lower-case word that opens the complement of an address (« bâtiment sud », « porte 3 »), not the
# sentence.
_COMPLEMENT_OPENS = re.compile(
    r"(?:bât(?:iment)?|bat(?:iment)?|appt|apt|appartement|esc|escalier|porte|étage|etage|tour|lot|entrée|entree|bloc|case"
    r"|villa|pavillon|quartier|village|cité|n°)(?![^\W\d_])"
)


_LANDMARK_AT = re.compile(_LANDMARK)


def _name_run_on(line: str) -> int | None:
    """Where a street line read without its number stops being a name, or None: after the capitalised
    part of the name, a lower-case word that is no link word and is followed by another lower-case word
    goes on with the sentence (« rue Victor Hugo propose un entretien », « Le Moulin Vert accueille
    des résidents »). A name typed in lower case (« chemin des petits prés ») has no capitalised part
    and is kept; so is one lower-case word at the name's end (« chemin de la Croix blanche »), a
    lower-case word before a capital (« route de Montbard vers Dijon ») and the complement of the address
    (« résidence Les Tilleuls bâtiment sud »)."""
    words = list(_WORD.finditer(line))
    capital = False
    for i, w in enumerate(words[1:], start=1):
        word = w.group().strip(",;:.")
        if not any(c.isalpha() for c in word):
            continue  # a dash that joins the parts of a name cut by an OCR (« rue Louis - le Grand »)
        head = word[0]
        if head.isupper() or head.isdigit():
            capital = True
            continue
        folded = word.lower()
        if _COMPLEMENT_OPENS.match(folded) or _LANDMARK_AT.match(line, w.start()):
            return None  # « Résidence Les Tilleuls bâtiment sud »: the rest of the address follows
        if folded in _LINK_WORDS or folded[:2] in ("d'", "d’", "l'", "l’"):
            continue
        if not capital:
            continue
        after = words[i + 1].group() if i + 1 < len(words) else ""
        if not after or after[0].isupper():
            continue
        return w.start()
    return None


# A postcode in use in brackets right after a street line (« 4 rue des Lilas (35000) »).
_CODE_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*(?P<code>[0-9]{5})[ \t]*\)")
# The capitalised article of a residence's, an estate's or a farm's name, opening its line or following
# a delimiter (« Le Clos des Roses, 6 allée B », « La Résidence du Lac, bât. C », « domicile : Le Domaine
# des Pins »): part of the name (« le clos » in a sentence keeps its article out, lower case).
_ARTICLE_OPENING = re.compile(r"(?:^|(?<=[\n\t|:,;(—–]))[ \t]*(?P<article>(?:Le|La|Les)[ \t]+|L['’])$")


def _with_its_article(text: str, found: Finding) -> Finding:
    """``found``, opened on the capitalised article right before its capitalised type word."""
    if not text[found.start : found.start + 1].isupper():
        return found
    article = _ARTICLE_OPENING.search(text, max(0, found.start - 8), found.start)
    if article is None:
        return found
    return Finding(article.start("article"), found.end, found.label, found.score, found.source)


# A lesson's heading, « cours » and the acronym of the diploma it prepares (« Cours de DES — arboviroses »,
# « cours du DIU de soins palliatifs »), no street: no capitalised word of a name after the acronym.
_A_LESSON = re.compile(r"[Cc]ours[ \t]+(?:de|du|d['’])[ \t]*[A-Z]{2,5}(?![\w'’\-]|[ \t]+[A-ZÀ-Þ][a-zà-ÿ])")


class AddressRecogniser:
    """ADRESSE: a street line or a postal box."""

    name = "fr_address"

    def find(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        low = doc.lowered
        starts = doc.shared_by_readings(_street_starts) if low is not None else self._all_starts(text)
        done = 0
        for hit in starts:
            if hit < done or (hit > 0 and text[hit - 1].isalpha()):
                continue
            found = self._at(text, hit)
            if found is not None:
                found = _with_its_article(text, found)
                if text[found.start : found.start + 1].isdigit() and (
                    boxed := _BOXED_DIGITS_BEFORE.search(text, max(0, found.start - 12), found.start)
                ):
                    # « Adresse : |3 3 RUE DU MOULIN| »: a form's boxes, the number one digit a box
                    found = Finding(boxed.start("digits"), found.end, found.label, found.score, found.source)
                yield found
                done = found.end
                code = _CODE_IN_BRACKETS.match(text, found.end)
                if code is not None and code["code"] in load_lexicon().postcodes:
                    # « 17 avenue de la Gare (66000) »: the postcode given in brackets after the street
                    yield Finding(code.start("code"), code.end("code"), Label.CODE_POSTAL, 0.85, self.name)

    def _at(self, text: str, hit: int) -> Finding | None:
        number = _NUMBER_BEFORE.search(text, max(0, hit - 16), hit)
        if number is not None:
            m = NUMBERED.match(text, number.start())
            if m is not None:
                # a numbered street line beats a date inside it (« rue du 8 Mai 1945 »)
                found = self._finding(m, 0.96)
                if found is not None and found.end == m.end():
                    found = _with_a_name_after_a(text, found)
                start = m.start()
                taken = _VALUE_TAKEN.search(text, max(0, start - 14), start)
                if taken is not None and (taken.start() == 0 or not text[taken.start() - 1].isalnum()):
                    start = taken.start()  # « appt 3, route de Cilaos »: the flat's number, then the road
                    if found is not None:
                        found = Finding(start, found.end, Label.ADRESSE, found.score, self.name)
                # (tried where a complement can begin only: :func:`~egide.detect.first_characters.search`)
                before = search(_COMPLEMENT_BEFORE, text, max(0, start - 48), start)
                if (
                    found is not None
                    and before is not None
                    and (before.start() == 0 or not text[before.start() - 1].isalnum())
                ):
                    return Finding(before.start(), found.end, Label.ADRESSE, found.score, self.name)
                place = search(_PLACE_BEFORE, text, max(0, m.start() - 80), m.start())
                if found is not None and place is not None and _a_place_name(place["place"]):
                    return Finding(place.start("place"), found.end, Label.ADRESSE, found.score, self.name)
                return self._with_dwelling(text, found)
        adjective = _ADJECTIVE_BEFORE.search(text, max(0, hit - 24), hit)
        if adjective is not None:
            m = ADJECTIVE_NUMBERED.match(text, adjective.start())
            if m is not None:
                return self._finding(m, 0.9)
        words = _WORD_NUMBER_BEFORE.search(text, max(0, hit - 32), hit)
        if words is not None and words.group().split()[0].lower() not in ("un", "une"):
            m = WORD_NUMBERED.match(text, words.start())
            if m is not None:
                return self._finding(m, 0.9)
        m = _CROSSING.match(text, hit)
        if m is not None:
            return self._with_dwelling(text, self._finding(m, 0.8))  # « quartier Médina, rue 22 x 17 »
        m = STREET.match(text, hit)
        if (
            m is not None
            and not (text.startswith("place", hit) and not _a_square(text, hit, m))
            and not (_RURAL_FIRST.match(text, hit) and _TITLE_BEFORE.search(text, max(0, hit - 16), hit))
            and not _ANATOMY.match(text, hit)
            and not _ABBREVIATION_AND_VALUE.match(m.group())
            and not _TYPE_AND_NUMBER.match(m.group())
            and not _care_visit(m.group())
            and not _A_LESSON.match(m.group())
            and not _a_common_village(m.group())
            and not (
                _a_common_district(m.group()) and not _RESIDENCE_BEFORE.search(text, max(0, hit - 40), hit)
            )
            # (an Antillean locality where a person lives, or before its commune: « Section Médecine » is
            # a society's)
            and not (
                _LOCALITY_FIRST.match(text, hit)
                and (
                    not _LOCALITY_NAMED.match(text, hit)
                    or (
                        not _RESIDENCE_BEFORE.search(text, max(0, hit - 40), hit)
                        and not _COMMUNE_AFTER.match(text, m.end())
                    )
                )
            )
        ):
            found = self._finding(m, 0.75)
            cut = _name_run_on(m.group())
            if found is not None and cut is not None:
                # « habite rue Victor Hugo propose un passage »: the name ends before the sentence goes on
                end = m.start() + cut
                while end > found.start and text[end - 1] in " \t":
                    end -= 1
                return Finding(found.start, end, Label.ADRESSE, found.score, self.name)
            number = _NUMBER_AFTER.match(text, found.end) if found is not None else None
            if found is not None and number is not None:
                # « lotissement Les Vignes, 8 »: the number after the name, the way the line was filed
                return Finding(found.start, number.end("number"), Label.ADRESSE, found.score, self.name)
            place = search(_PLACE_BEFORE, text, max(0, m.start() - 80), m.start())
            if found is not None and place is not None and _a_place_name(place["place"]):
                # « adresse de livraison : Kerlaouen, route de Plouider »: the hamlet, then its road
                return Finding(place.start("place"), found.end, Label.ADRESSE, found.score, self.name)
            return self._with_dwelling(text, found)
        m = _MALAGASY_LOT.match(text, hit)
        if m is not None:
            return self._finding(m, 0.8)
        m = _DISTRICT_OF_COMMUNE.match(text, hit)
        if m is not None and self._after_a_commune(text, hit):
            return self._finding(m, 0.75)
        m = _DISTRICT_BEFORE_COMMUNE.match(text, hit)
        if m is not None and self._before_a_commune(text, m.end()):
            return self._finding(m, 0.75)
        m = _KIND_PLACE.match(text, hit)
        if m is not None and (
            m["after"] is not None or _KIND_PLACE_CUE.search(text, max(0, hit - 24), hit) is not None
        ):
            return self._finding(m, 0.75)
        m = _HOUSE.match(text, hit)
        if m is not None and not is_common_word(m["name"].split()[-1]):
            found = self._finding(m, 0.75)
            building = _BUILDING_BEFORE_HOUSE.search(text, max(0, hit - 16), hit)
            if found is not None and building is not None:
                return Finding(building.start(), found.end, found.label, found.score, found.source)
            return found
        m = _LOWER_SQUARE.match(text, hit)
        if (
            m is not None
            and load_lexicon().commune(m["city"]) is not None
            and not _TITLE_OPENS.match(m["name"])  # « à la place du Dr Martin à Lyon »: a person
        ):
            return self._finding(m, 0.75)
        m = BOX.match(text, hit) or _LOWER_BOX.match(text, hit)
        if m is not None:
            return self._finding(m, 0.8)
        m = _LOWER_STREET.match(text, hit)
        if m is not None and (
            _LOWER_POSTCODE_AFTER.match(text, m.end())
            or _LOWER_CUE_BEFORE.search(text, max(0, hit - 40), hit)
        ):
            return self._finding(m, 0.75)
        m = _FLAT_LINE.match(text, hit)
        if m is not None and _FLAT.search(m.group()):
            return self._finding(m, 0.8)
        return None

    @staticmethod
    def _before_a_commune(text: str, end: int) -> bool:
        """A listed commune (no small one that is a French word, none abroad) after « à » or « , » right
        after ``end``: « section Bananier à Capesterre-Belle-Eau »."""
        m = _COMMUNE_AFTER.match(text, end)
        if m is None:
            return False
        found = commune_after(load_lexicon(), text, m.start("commune"), m.end("commune"))
        if found is None:
            return False
        commune = found[1]
        return not commune.ambiguous and not commune.abroad

    @staticmethod
    def _after_a_commune(text: str, hit: int) -> bool:
        """A listed commune (no small one that is a French word), then « ( » or « , », right before
        ``hit``: « Capesterre-Belle-Eau (section Bananier) »."""
        i = hit
        while i > 0 and text[i - 1] in " \t":
            i -= 1
        if i == 0 or text[i - 1] not in "(,":
            return False
        m = _COMMUNE_BEFORE.search(text, max(0, i - 48), i - 1)
        if m is None:
            return False
        commune = load_lexicon().commune(m["commune"])
        return commune is not None and not commune.ambiguous and not commune.abroad

    def _with_dwelling(self, text: str, found: Finding | None) -> Finding | None:
        """``found``, opened on the dwelling or the district named right before it (``_DWELLING_BEFORE``)."""
        if found is None:
            return None
        before = _DWELLING_BEFORE.search(text, max(0, found.start - 64), found.start)
        if before is None:
            return found
        start = before.start()
        # « Bât. B4, cité Félix-Pyat, 26 rue Félix-Pyat »: the building, the estate, then the street
        flat = search(_COMPLEMENT_BEFORE, text, max(0, start - 32), start)
        if flat is not None and (flat.start() == 0 or not text[flat.start() - 1].isalnum()):
            start = flat.start()
        return Finding(start, found.end, Label.ADRESSE, found.score, self.name)

    def _finding(self, m: re.Match[str], score: float) -> Finding | None:
        start, end = m.span()
        trimmed = _TRAILING.search(m.group())
        if trimmed:
            end -= len(trimmed.group())
        return Finding(start, end, Label.ADRESSE, score, self.name) if end > start else None

    @staticmethod
    def _all_starts(text: str) -> Iterator[int]:
        """Fallback when lower-casing changes the text's length: try every word start."""
        return (m.start() for m in re.finditer(r"\b\w", text))
