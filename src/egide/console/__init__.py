"""égide console: the governance web pages under ``/console`` (accounts, sessions, access, pages).

Nothing is imported here, on purpose: ``egide.settings`` reads :mod:`egide.console.config`, and reading
the settings must not load FastAPI. The web app is ``egide.console.app.create_console``; the account
rules (passwords, sessions, lock-out) are plain modules usable without HTTP (the command line sets
passwords through :mod:`egide.console.passwords`).
"""
