"""Addresses, postcodes, communes and establishments.

Communes are real French communes (with one of their postcodes) typed by hand here, because clinical
text names real places; street names mix common French ones and Faker's.
"""

from __future__ import annotations

from bench.corpus.builder import Piece, ent
from bench.corpus.context import Ctx

COMMUNES: list[tuple[str, str]] = [
    ("Rouen", "76000"), ("Le Havre", "76600"), ("Dieppe", "76200"), ("Elbeuf", "76500"),
    ("Fécamp", "76400"), ("Yvetot", "76190"), ("Bolbec", "76210"), ("Eu", "76260"),
    ("Évreux", "27000"), ("Vernon", "27200"), ("Louviers", "27400"), ("Caen", "14000"),
    ("Lisieux", "14100"), ("Bayeux", "14400"), ("Vire", "14500"), ("Honfleur", "14600"),
    ("Saint-Lô", "50000"), ("Cherbourg-en-Cotentin", "50100"), ("Alençon", "61000"),
    ("Paris", "75013"), ("Paris", "75010"), ("Paris", "75020"), ("Créteil", "94000"),
    ("Bobigny", "93000"), ("Saint-Denis", "93200"), ("Nanterre", "92000"), ("Boulogne-Billancourt", "92100"),
    ("Versailles", "78000"), ("Argenteuil", "95100"), ("Meaux", "77100"), ("Melun", "77000"),
    ("Lyon", "69003"), ("Villeurbanne", "69100"), ("Vénissieux", "69200"), ("Saint-Étienne", "42000"),
    ("Grenoble", "38000"), ("Annecy", "74000"), ("Chambéry", "73000"), ("Valence", "26000"),
    ("Marseille", "13005"), ("Aix-en-Provence", "13100"), ("Toulon", "83000"), ("Nice", "06000"),
    ("Cannes", "06400"), ("Avignon", "84000"), ("Nîmes", "30000"), ("Montpellier", "34000"),
    ("Béziers", "34500"), ("Perpignan", "66000"), ("Toulouse", "31000"), ("Albi", "81000"),
    ("Montauban", "82000"), ("Tarbes", "65000"), ("Pau", "64000"), ("Bayonne", "64100"),
    ("Bordeaux", "33000"), ("Mérignac", "33700"), ("Libourne", "33500"), ("Agen", "47000"),
    ("Périgueux", "24000"), ("Limoges", "87000"), ("Brive-la-Gaillarde", "19100"), ("Poitiers", "86000"),
    ("La Rochelle", "17000"), ("Niort", "79000"), ("Angoulême", "16000"), ("Cognac", "16100"),
    ("Nantes", "44000"), ("Saint-Nazaire", "44600"), ("Angers", "49000"), ("Cholet", "49300"),
    ("Le Mans", "72000"), ("Laval", "53000"), ("La Roche-sur-Yon", "85000"), ("Rennes", "35000"),
    ("Saint-Malo", "35400"), ("Brest", "29200"), ("Quimper", "29000"), ("Morlaix", "29600"),
    ("Lorient", "56100"), ("Vannes", "56000"), ("Saint-Brieuc", "22000"), ("Lannion", "22300"),
    ("Tours", "37000"), ("Orléans", "45000"), ("Blois", "41000"), ("Bourges", "18000"),
    ("Chartres", "28000"), ("Dijon", "21000"), ("Beaune", "21200"), ("Auxerre", "89000"),
    ("Sens", "89100"), ("Besançon", "25000"), ("Belfort", "90000"), ("Mulhouse", "68100"),
    ("Colmar", "68000"), ("Strasbourg", "67000"), ("Metz", "57000"), ("Thionville", "57100"),
    ("Nancy", "54000"), ("Épinal", "88000"), ("Reims", "51100"), ("Troyes", "10000"),
    ("Charleville-Mézières", "08000"), ("Lille", "59000"), ("Roubaix", "59100"), ("Tourcoing", "59200"),
    ("Dunkerque", "59140"), ("Valenciennes", "59300"), ("Arras", "62000"), ("Lens", "62300"),
    ("Calais", "62100"), ("Boulogne-sur-Mer", "62200"), ("Amiens", "80000"), ("Abbeville", "80100"),
    ("Beauvais", "60000"), ("Compiègne", "60200"), ("Laon", "02000"), ("Saint-Quentin", "02100"),
    ("Clermont-Ferrand", "63000"), ("Vichy", "03200"), ("Aurillac", "15000"), ("Le Puy-en-Velay", "43000"),
    ("Ajaccio", "20000"), ("Bastia", "20200"), ("Pointe-à-Pitre", "97110"), ("Fort-de-France", "97200"),
    ("Saint-Denis", "97400"), ("Cayenne", "97300"), ("Bar-le-Duc", "55000"), ("Pont-l'Évêque", "14130"),
    ("Mont-de-Marsan", "40000"), ("Dax", "40100"), ("Gap", "05000"), ("Digne-les-Bains", "04000"),
    ("Foix", "09000"), ("Rodez", "12000"), ("Cahors", "46000"), ("Mende", "48000"), ("Guéret", "23000"),
    ("Tulle", "19000"), ("Châteauroux", "36000"), ("Nevers", "58000"), ("Mâcon", "71000"),
    ("Vesoul", "70000"), ("Lons-le-Saunier", "39000"), ("Bourg-en-Bresse", "01000"), ("Privas", "07000"),
]  # fmt: skip

_STREET_TYPES = ["rue", "rue", "rue", "avenue", "boulevard", "bd", "chemin", "impasse", "allée", "place",
                 "route", "quai", "square", "résidence", "lotissement"]  # fmt: skip
_STREET_NAMES = [
    "des Lilas", "Victor Hugo", "Jean Jaurès", "de la République", "du Général de Gaulle", "Pasteur",
    "Gambetta", "de la Gare", "des Écoles", "du Moulin", "Jeanne d'Arc", "Émile Zola", "de Verdun",
    "Saint-Sever", "des Tilleuls", "du Château", "Beauvoisine", "de Paris", "Aristide Briand",
    "Léon Blum", "des Martyrs de la Résistance", "du 8 Mai 1945", "Louis Pasteur", "de Bretagne",
    "des Peupliers", "du Docteur Roux", "Maréchal Leclerc", "de l'Église", "des Acacias",
]  # fmt: skip

_ESTABLISHMENTS_IN_CITY = [
    "CHU de {city}", "Centre hospitalier de {city}", "CH de {city}", "Hôpital de {city}",
    "Centre hospitalier universitaire de {city}", "Clinique de {city}", "Polyclinique de {city}",
    "Hôpital privé de {city}", "Centre Hospitalier Intercommunal de {city}", "GHU de {city}",
]  # fmt: skip
_NAMED_ESTABLISHMENTS = [
    "Hôpital Saint-Louis", "Clinique du Parc", "Hôpital Charles-Nicolle", "Clinique Mathilde",
    "Hôpital Pitié-Salpêtrière", "Hôpital Européen Georges-Pompidou", "Clinique Saint-Hilaire",
    "Hôpital Bichat-Claude-Bernard", "Clinique des Cèdres", "Hôpital Edouard Herriot",
    "Clinique de l'Europe", "Hôpital de la Croix-Rousse", "Centre Henri-Becquerel", "Hôpital Necker",
    "Clinique Saint-Antoine", "Hôpital Foch", "Institut Curie", "Clinique Pasteur",
    "EHPAD Les Tilleuls", "EHPAD Le Clos Fleuri", "Hôpital Lariboisière", "Clinique du Cèdre",
    "Centre de rééducation Les Herbiers", "Hôpital Saint-Joseph", "Clinique Belledonne",
]  # fmt: skip


def commune(ctx: Ctx) -> tuple[str, str]:
    return ctx.pick(COMMUNES)


def city(ctx: Ctx) -> Piece:
    return ent("VILLE", commune(ctx)[0])


def street(ctx: Ctx) -> str:
    number = str(ctx.rng.randrange(1, 220))
    if ctx.chance(0.1):
        number += ctx.pick([" bis", " ter", "B"])
    name = ctx.pick(_STREET_NAMES) if ctx.chance(0.7) else f"de {ctx.fake.last_name()}"
    sep = ctx.pick([" ", ", "])
    return f"{number}{sep}{ctx.pick(_STREET_TYPES)} {name}"


def address(ctx: Ctx, oneline: bool = True) -> Piece:
    """« 12 rue des Lilas, 76000 Rouen » or the same on two lines."""
    name, postcode = commune(ctx)
    sep = ", " if oneline else "\n"
    piece: Piece = [*ent("ADRESSE", street(ctx)), (sep, None), *ent("CODE_POSTAL", postcode), (" ", None)]
    city_text = name.upper() if ctx.chance(0.3) else name
    piece += ent("VILLE", city_text)
    if ctx.chance(0.08):
        piece.append((" CEDEX", None))
    return piece


def establishment(ctx: Ctx) -> Piece:
    if ctx.chance(0.5):
        return ent("ETABLISSEMENT", ctx.pick(_NAMED_ESTABLISHMENTS))
    return ent("ETABLISSEMENT", ctx.pick(_ESTABLISHMENTS_IN_CITY).format(city=commune(ctx)[0]))


def service(ctx: Ctx) -> str:
    return ctx.pick(
        [
            "Service de cardiologie", "Service de pneumologie", "Service de neurologie",
            "Service de médecine interne", "Service de chirurgie digestive", "Service d'orthopédie",
            "Service de gériatrie", "Service des urgences", "Service d'hépato-gastro-entérologie",
            "Service de néphrologie", "Service d'endocrinologie-diabétologie", "Service d'oncologie médicale",
            "Unité de soins continus", "Service de rhumatologie", "Service de chirurgie vasculaire",
        ]
    )  # fmt: skip
