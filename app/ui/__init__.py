"""The PySide6 user interface: layout and wiring only; the work is done by ``app.services``."""
