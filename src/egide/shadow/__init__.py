"""égide shadow: discovery of generative-AI use in web-proxy logs.

Entry points (import them from their modules; this package imports nothing, so that worker
processes start light):

- ``egide.app.run_shadow_scan(settings, db, ShadowScanRequest(...))``: a scan as ``egide shadow scan`` runs it;
  ``egide.shadow.scan.scan(...)`` underneath, with explicit catalogue, registry and directory;
- ``egide.shadow.storage``: ``save_scan``, ``list_scans``, ``get_scan``, ``load_usage``, ``dashboard``
  (what the console shows), ``delete_scan``;
- ``egide.shadow.views.build(rows)``: by destination, service, day, user and classification;
- ``egide.shadow.reveal``: ``reveal_identity`` and ``reveal_report``, DPO only, audited;
- ``egide.shadow.report.write_reports(result, out)``: HTML, CSV, JSON.

Modules: ``formats/`` (one parser per log format, detection, field maps), ``readers`` (files, globs,
stdin, compression), ``catalogue`` (+ ``data/``), ``classify``, ``directory``, ``pseudonym``,
``aggregate``, ``scanner`` and ``parallel`` (the line loop, one or several processes), ``events``.
"""
