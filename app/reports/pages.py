"""A made PDF's pages as pixels, for the report dialog's preview and for printing through the
system's print dialog (PySide6-Essentials has no QtPdf). PDFium (pypdfium2) draws them; Qt is
not imported here: a page comes back as RGB bytes with its width and height."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import NamedTuple

POINTS_PER_INCH = 72.0
# PDFium is not thread-safe: one page is drawn at a time in the whole process.
_LOCK = threading.Lock()


class PageImage(NamedTuple):
    rgb: bytes  # width * height * 3 bytes, rows top to bottom
    width: int
    height: int


class PdfPages:
    """``with PdfPages(path) as pdf: pdf.render(0, dpi=96)``."""

    def __init__(self, path: Path) -> None:
        import pypdfium2 as pdfium

        with _LOCK:
            self._doc = pdfium.PdfDocument(str(path))
            self._count = len(self._doc)  # read once: len() calls PDFium too

    def __enter__(self) -> PdfPages:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        return self._count

    def size_points(self, index: int) -> tuple[float, float]:
        """Width and height of page ``index`` in points (1/72 inch)."""
        with _LOCK:
            page = self._doc[index]
            try:
                return page.get_size()  # type: ignore[no-any-return]
            finally:
                page.close()

    def render(self, index: int, dpi: float) -> PageImage:
        """Page ``index`` (0-based) drawn at ``dpi`` on white."""
        with _LOCK:
            page = self._doc[index]
            try:
                bitmap = page.render(scale=dpi / POINTS_PER_INCH, may_draw_forms=False)
                image = bitmap.to_pil().convert("RGB")
                bitmap.close()
            finally:
                page.close()
        return PageImage(image.tobytes(), image.width, image.height)

    def close(self) -> None:
        with _LOCK:
            self._doc.close()
