"""Pure rules of Bayan: no I/O, no Qt widgets, no SQLAlchemy."""
