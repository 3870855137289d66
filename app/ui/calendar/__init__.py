"""The calendar's widgets: the painted month and week grid, the agenda list and the glyphs."""
