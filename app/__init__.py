"""Bayan (بيان): the social-media officer's workbench.

Layers (see ARCHITECTURE.md): ``app.core`` pure rules, ``app.store`` the database,
``app.services`` use cases shared by the GUI (``app.ui``) and the command line (``app.cli``).
"""

__version__ = "0.1.0"
APP_NAME = "Bayan"
ORG_NAME = "Bayan"
