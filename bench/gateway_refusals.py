"""How often the strictest class refuses identifier-free clinical questions (target ≤ 1 %).

Run: ``python -m bench.gateway_refusals [--no-presidio]``.

About 300 questions are built from tables of drugs, eponymous signs, diseases and scores — the
words a name detector is most tempted by — in the phrasings professionals use. Each goes through
égide's detector and the policy for a ``public`` tool, which blocks anything identifying: a
refusal is a false alarm. As an anchor, the same questions go through Presidio's analyzer set to
French (spaCy ``fr_core_news_md`` and its predefined recognisers), as LiteLLM's Presidio guardrail
in block mode would use it: any finding refuses the question. Prints both rates and the words
flagged; writes ``bench/out/gateway_refusals.json``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from egide.detect import Detector
from egide.errors import PolicyBlocked
from egide.policy import PolicyConfig, decide

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


def questions() -> list[str]:
    built = [f.format(d=d) for d in DRUGS for f in DRUG_FRAMES]
    built += [f.format(s=s) for s in SIGNS for f in SIGN_FRAMES]
    built += [f.format(m=m) for m in DISEASES for f in DISEASE_FRAMES]
    built += [f.format(c=c) for c in SCORES for f in SCORE_FRAMES]
    return sorted(set(built))


def egide_refusals(texts: list[str]) -> tuple[list[str], Counter[str]]:
    detector = Detector()
    refused, flagged = [], Counter[str]()
    for text in texts:
        findings = detector.detect(text)
        counts = Counter(f.label for f in findings)
        try:
            decide("public", counts, [], PolicyConfig())
        except PolicyBlocked:
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
    texts = questions()
    figures: dict[str, object] = {"questions": len(texts)}
    runs = [("égide (public class)", egide_refusals)]
    if not args.no_presidio:
        runs.append(("Presidio fr (block on any finding)", presidio_refusals))
    print(f"{len(texts)} identifier-free clinical questions")
    for name, run in runs:
        refused, flagged = run(texts)
        rate = 100 * len(refused) / len(texts)
        figures[name] = {"refused": len(refused), "rate_percent": rate, "flagged": flagged.most_common(20)}
        top = ", ".join(f"{k} ×{n}" for k, n in flagged.most_common(8)) or "nothing"
        print(f"{name:38} refused {len(refused):4d} ({rate:5.1f} %)   flagged: {top}")
    out = Path(__file__).resolve().parent / "out" / "gateway_refusals.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("target for égide: ≤ 1 % refused")


if __name__ == "__main__":
    main()
