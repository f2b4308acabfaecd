"""``egide deid`` as a Spark application, for ``spark-submit`` on an existing cluster.

    spark-submit --master spark://maitre:7077 "$(python -m egide.commands.spark_submit)" \\
        ENTRÉE SORTIE --text-col compte_rendu --person-col ipp --secret-env EGIDE_SECRET

Without arguments (``python -m egide.commands.spark_submit``) it prints its own path, to give to
``spark-submit``; with them (as ``spark-submit`` runs it) it is ``egide deid … --backend spark`` with the
master and the rest of the configuration of the submission (README, « Batch de-identification »).
"""

from __future__ import annotations

import sys


def submitted(argv: list[str]) -> None:
    from egide.cli import main

    sys.argv = ["egide", "deid", *argv, "--backend", "spark"]
    main()


if __name__ == "__main__":
    if sys.argv[1:]:
        submitted(sys.argv[1:])
    else:  # no arguments: where this file is, for spark-submit
        print(__file__)
