"""One module a page of the main window; each page is a QWidget with ``retranslate()``."""
