"""The names of the French departments and regions, folded (lower case, no accents, words joined by hyphens): a
commune's department in brackets (« Eymet (Dordogne) »), the area a laboratory network covers (« labo
Biogroup Moselle »); the regions, today's and former ones (« Cerballiance Normandie », « CRA Aquitaine »)."""

from __future__ import annotations

from egide.detect.places.lexicon import fold

DEPARTMENT_NAMES: frozenset[str] = frozenset(
    fold(name)
    for name in (
        "Ain", "Aisne", "Allier", "Alpes-de-Haute-Provence", "Hautes-Alpes", "Alpes-Maritimes", "Ardèche",
        "Ardennes", "Ariège", "Aube", "Aude", "Aveyron", "Bouches-du-Rhône", "Calvados", "Cantal", "Charente",
        "Charente-Maritime", "Cher", "Corrèze", "Corse-du-Sud", "Haute-Corse", "Côte-d'Or", "Côtes-d'Armor",
        "Creuse", "Dordogne", "Doubs", "Drôme", "Eure", "Eure-et-Loir", "Finistère", "Gard", "Haute-Garonne",
        "Gers", "Gironde", "Hérault", "Ille-et-Vilaine", "Indre", "Indre-et-Loire", "Isère", "Jura", "Landes",
        "Loir-et-Cher", "Loire", "Haute-Loire", "Loire-Atlantique", "Loiret", "Lot", "Lot-et-Garonne",
        "Lozère", "Maine-et-Loire", "Manche", "Marne", "Haute-Marne", "Mayenne", "Meurthe-et-Moselle",
        "Meuse", "Morbihan", "Moselle", "Nièvre", "Nord", "Oise", "Orne", "Pas-de-Calais", "Puy-de-Dôme",
        "Pyrénées-Atlantiques", "Hautes-Pyrénées", "Pyrénées-Orientales", "Bas-Rhin", "Haut-Rhin", "Rhône",
        "Haute-Saône", "Saône-et-Loire", "Sarthe", "Savoie", "Haute-Savoie", "Paris", "Seine-Maritime",
        "Seine-et-Marne", "Yvelines", "Deux-Sèvres", "Somme", "Tarn", "Tarn-et-Garonne", "Var", "Vaucluse",
        "Vendée", "Vienne", "Haute-Vienne", "Vosges", "Yonne", "Territoire de Belfort", "Essonne",
        "Hauts-de-Seine", "Seine-Saint-Denis", "Val-de-Marne", "Val-d'Oise", "Guadeloupe", "Martinique",
        "Guyane", "La Réunion", "Réunion", "Mayotte",
    )
)  # fmt: skip

# The regions of France by their own names, today's and the former ones that networks, regional centres
# and letterheads still use (« Cerballiance Normandie », « CRA Aquitaine », « CRCDC PACA »).
REGION_NAMES: tuple[str, ...] = (
    "Normandie", "Bretagne", "Occitanie", "Île-de-France", "Hauts-de-France", "Grand Est", "Grand-Est",
    "Nouvelle-Aquitaine", "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Centre-Val de Loire",
    "Pays de la Loire", "Provence-Alpes-Côte d'Azur", "PACA", "Corse", "Alsace", "Lorraine", "Picardie",
    "Aquitaine", "Limousin", "Auvergne", "Champagne-Ardenne", "Languedoc", "Languedoc-Roussillon",
    "Midi-Pyrénées", "Poitou-Charentes", "Franche-Comté", "Bourgogne", "Provence", "Rhône-Alpes",
    "Nord-Pas-de-Calais", "Basse-Normandie", "Haute-Normandie",
)  # fmt: skip
# The regions and the areas a laboratory network also names its sites by (« Biogroup Champagne »,
# « Synlab Sud », « Cerballiance Atlantique »), folded.
REGIONS: frozenset[str] = frozenset(
    fold(name)
    for name in (
        *REGION_NAMES, "Champagne", "Centre", "Sud", "Ouest", "Est", "Nord", "Sud-Ouest", "Sud-Est", "Nord-Est",
        "Nord-Ouest", "Atlantique", "Méditerranée",
    )
)  # fmt: skip

# The regions, past and present, and the old provinces and lands French still names with « en »
# (« en Bretagne », « en Champagne », « en Beauce »): several are also communes' names.
LANDS_NAMED_WITH_EN: frozenset[str] = frozenset(
    fold(name)
    for name in (
        "Bretagne", "Normandie", "Occitanie", "Provence", "Bourgogne", "Franche-Comté", "Alsace", "Lorraine",
        "Champagne", "Champagne-Ardenne", "Picardie", "Auvergne", "Limousin", "Aquitaine", "Nouvelle-Aquitaine",
        "Corse", "Anjou", "Touraine", "Gascogne", "Beauce", "Sologne", "Brie", "Berry", "Poitou",
        "Poitou-Charentes", "Artois", "Flandre", "Flandres", "Lorraine", "Languedoc", "Roussillon",
        "Languedoc-Roussillon", "Midi-Pyrénées", "Rhône-Alpes", "Auvergne-Rhône-Alpes", "Île-de-France",
        "Ile-de-France", "Grand Est", "Hauts-de-France", "Centre-Val de Loire", "Pays de la Loire",
        "Bourgogne-Franche-Comté", "Provence-Alpes-Côte d'Azur", "Dauphiné", "Béarn", "Quercy", "Périgord",
        "Vexin", "Bresse", "Camargue", "Cévennes", "Auvergne-Rhône-Alpes", "Savoie", "Navarre", "Vendée",
        # the regions across the borders of the north and east, named with « en » too (« né en Sarre »,
        # « travaille en Sarre », « vit en Wallonie »): a land, not the commune of the same name
        "Sarre", "Rhénanie", "Rhénanie-Palatinat", "Bade-Wurtemberg", "Bavière", "Hesse", "Wallonie",
        "Flandre-Occidentale", "Lombardie", "Toscane", "Sardaigne", "Sicile", "Catalogne", "Andalousie",
        "Galice", "Kabylie",
    )
)  # fmt: skip
