"""The archive page (issue 7): import with its summary, the thumbnail grid, filters, the detail
panel (metadata, consents, the posts using an item), select_item, the institutional-memory
export, the keyboard and the Arabic layout. On the demo workspace, whose media records have no
files: the images here are drawn and imported by the test."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QDialog

from app.services.posts import PostFields
from app.ui.archive.detail import split_tags
from app.ui.archive.dialogs import ImportSummaryDialog, MemoryExportDialog
from app.ui.archive.grid import BADGE_ROLE, MEDIA_ID_ROLE
from app.ui.editor.media_dialog import ConsentDialog
from app.ui.pages.archive import ArchivePage
from tests.ui.english import noun


def _image(path: Path, colour: str, shape: str = "circle") -> Path:
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f6f8"))
    painter = QPainter(image)
    painter.setBrush(QColor(colour))
    if shape == "circle":
        painter.drawEllipse(60, 40, 200, 160)
    else:
        painter.drawRect(40, 40, 240, 160)
    painter.end()
    assert image.save(str(path))
    return path


@pytest.fixture
def images(tmp_path: Path) -> dict[str, Path]:
    red = _image(tmp_path / "red-circle.png", "#b91c1c")
    blue = _image(tmp_path / "blue-square.png", "#1d4ed8", "square")
    again = tmp_path / "copy of red.png"
    again.write_bytes(red.read_bytes())
    corrupt = tmp_path / "broken.jpg"
    corrupt.write_bytes(b"\xff\xd8\xff\xe0 not really a JPEG, cut short")
    return {"red": red, "blue": blue, "again": again, "corrupt": corrupt}


def _open_page(window, qtbot) -> ArchivePage:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.navigation.setCurrentRow(window.page_factories.index(window._make_archive))
    page = window.archive
    assert window.stack.currentWidget() is page
    page.opened = []  # dialogs the page showed, in order
    page.answers = []  # what run_dialog returns, in order (Accepted when empty)
    page.questions = []  # the confirmations asked
    page.yes = True
    page.urls = []

    def run_dialog(dialog: QDialog) -> int:
        page.opened.append(dialog)
        if page.answers:
            answer = page.answers.pop(0)
            return int(answer(dialog) if callable(answer) else answer)
        return int(QDialog.DialogCode.Accepted)

    def confirm(title: str, question: str) -> bool:
        page.questions.append(question)
        return page.yes

    def open_url(url) -> bool:  # type: ignore[no-untyped-def]
        page.urls.append(url.toLocalFile())
        return True

    page.run_dialog = run_dialog
    page.confirm = confirm
    page.open_url = open_url
    return page


@pytest.fixture
def page(launch, demo_workspace, qtbot) -> ArchivePage:  # type: ignore[no-untyped-def]
    return _open_page(launch(demo_workspace.root, "en"), qtbot)


@pytest.fixture
def imported(page, images):  # type: ignore[no-untyped-def]
    """The red and blue images imported (red first, so blue is the newest)."""
    report = page.import_paths([images["red"], images["blue"]])
    assert len(report.imported) == 2
    return dict(zip(("red", "blue"), report.imported, strict=True))


def _wait_for_thumbnails(page, qtbot, *media_ids: int) -> None:  # type: ignore[no-untyped-def]
    def arrived() -> bool:
        page.grid.viewport().update()
        return all(page.loader.cache.get(i) is not None for i in media_ids)

    qtbot.waitUntil(arrived, timeout=10000)


def _shown_ids(page) -> list[int]:  # type: ignore[no-untyped-def]
    return [item.id for item in page.model.items]


# --- import --------------------------------------------------------------------------------------


def test_import_lists_the_duplicate_and_the_corrupt_file_and_stores_one_copy(
    page, images, qtbot
) -> None:  # type: ignore[no-untyped-def]
    before = len(page.model.items)
    report = page.import_paths([images["red"], images["blue"], images["again"], images["corrupt"]])
    assert len(report.imported) == 2
    red_id, blue_id = report.imported
    assert [(p.name, i) for p, i in report.duplicates] == [("copy of red.png", red_id)]
    assert [p.name for p, _ in report.skipped] == ["broken.jpg"]

    # The summary says it in words: counts, the duplicate and the skipped file with its reason.
    summary = page.opened[-1]
    assert isinstance(summary, ImportSummaryDialog)
    assert summary.intro.text() == "Imported: 2. Already in the archive: 1. Skipped: 1."
    assert summary.texts(0) == ["red-circle.png", "blue-square.png"]
    assert summary.texts(1) == ["copy of red.png: already in the archive as “red-circle.png”"]
    [skipped] = summary.texts(2)
    assert skipped.startswith("broken.jpg: the image is damaged, incomplete or not a JPEG")

    # One stored file for the red content; nothing for the corrupt one.
    media_dir = page.context.workspace.media_dir
    stored = [p for p in media_dir.rglob("*") if p.is_file()]
    red_sha = page.archive.detail(red_id).sha256
    assert len([p for p in stored if p.name.startswith(red_sha)]) == 1
    assert len(stored) == 2
    assert len(page.model.items) == before + 2

    # The grid shows the new items first, their thumbnails made in the background.
    assert _shown_ids(page)[:2] == [blue_id, red_id]
    _wait_for_thumbnails(page, qtbot, red_id, blue_id)
    pixmap = page.loader.cache[red_id]
    assert 0 < pixmap.width() <= 168 and 0 < pixmap.height() <= 126
    assert page.archive.thumbnail_path(red_sha, 256).is_file()
    # The first imported item is chosen and shown in the detail panel.
    assert page.selected_id() == red_id
    assert page.detail.detail.id == red_id
    assert page.detail.file_label.text().startswith("\u200ered-circle.png\u200e\nImage · ")
    assert "No alt text: describe the image" in page.detail.warnings.text()

    # The same file again: a duplicate, said so, and it is chosen.
    report = page.import_paths([images["red"]])
    assert report.imported == [] and [i for _p, i in report.duplicates] == [red_id]
    assert page.opened[-1].intro.text() == "Imported: 0. Already in the archive: 1. Skipped: 0."
    assert page.selected_id() == red_id


def test_import_a_folder_and_cancel_an_import(page, images, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "event"
    (folder / "day 2").mkdir(parents=True)
    _image(folder / "hall.png", "#15803d")
    _image(folder / "day 2" / "stage.png", "#7c3aed", "square")
    (folder / "notes.xyz").write_text("not for the archive")
    report = page.import_folder(folder)
    assert len(report.imported) == 2
    assert [p.name for p, _ in report.skipped] == ["notes.xyz"]
    assert "not a kind of file the archive takes" in page.opened[-1].texts(2)[0]

    # Not a folder: a message, nothing imported.
    assert page.import_folder(tmp_path / "missing") is None
    assert page.message.text().startswith("Nothing was imported:")

    # Cancelling through the progress dialog stops the service between two files.
    seen = []

    def slow_import(paths, progress):  # type: ignore[no-untyped-def]
        from app.services.archive import ImportReport

        report = ImportReport()
        for done in range(1000):
            if progress(done, 1000) is False:
                report.cancelled = True
                return report
            seen.append(done)
            time.sleep(0.005)
        return report

    page.archive.import_files = slow_import
    QTimer.singleShot(100, lambda: page.import_progress.cancel())
    report = page.import_paths([images["blue"]])
    assert report.cancelled
    assert 0 < len(seen) < 1000
    assert page.opened[-1].intro.text().startswith("The import was cancelled")


# --- grid and filters ----------------------------------------------------------------------------


def test_filters_narrow_the_grid_and_badges_say_what_is_missing(page, imported, qtbot) -> None:  # type: ignore[no-untyped-def]
    red, blue = imported["red"], imported["blue"]
    everything = len(page.model.items)
    row = page.model.row_of(red)
    index = page.model.index(row)
    assert index.data(BADGE_ROLE) == "No alt text"
    assert "No alt text" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "alt text" in index.data(Qt.ItemDataRole.ToolTipRole)

    page.missing_alt.setChecked(True)
    without_alt = _shown_ids(page)
    assert red in without_alt and blue in without_alt
    assert len(without_alt) < everything
    assert all(i.kind == "image" and not i.has_alt for i in page.model.items)
    assert page.note.text().startswith(f"{len(without_alt)} {noun(len(without_alt), 'item')} shown")

    # Writing both alt texts takes the red image out of that filter.
    page.select_item(red)
    page.detail.alt_ar.setText("دائرة حمراء على خلفية رمادية فاتحة")
    page.detail.alt_en.setText("A red circle on a light grey background")
    assert page.detail.save(), page.detail.message.text()
    assert red not in _shown_ids(page)
    assert blue in _shown_ids(page)
    page.missing_alt.setChecked(False)
    index = page.model.index(page.model.row_of(red))
    assert index.data(BADGE_ROLE) == ""

    # Types: documents only.
    for action in page.kinds.choice_actions():
        action.setChecked(action.data() == "document")
    assert page.model.items and all(i.kind == "document" for i in page.model.items)
    assert page.kinds.text() == "Types: Document"
    # Words, then tags.
    page.clear_filters()
    page.search.setText("blue-square")
    qtbot.waitUntil(lambda: _shown_ids(page) == [blue])
    page.clear_filters()
    assert page.archive.set_tags(blue, ["Logo", "2026"])
    page.refresh_tags()
    page.tag_filter.setCurrentIndex(page.tag_filter.findData("Logo"))
    assert _shown_ids(page) == [blue]
    # Events: the demo's images of one event.
    page.clear_filters()
    event_row = next(
        i
        for i in range(1, page.event_filter.count())
        if page.archive.items(type(page.archive_filter())(event_id=page.event_filter.itemData(i)))
    )
    page.event_filter.setCurrentIndex(event_row)
    event_id = page.event_filter.itemData(event_row)
    assert page.model.items
    assert {page.archive.detail(i).event_id for i in _shown_ids(page)} == {event_id}
    page.clear_filters()
    assert len(page.model.items) == everything


def test_consent_missing_is_a_badge_and_a_filter(page, imported) -> None:  # type: ignore[no-untyped-def]
    red = imported["red"]
    page.select_item(red)
    page.detail.has_people.setChecked(True)
    assert page.detail.save()
    index = page.model.index(page.model.row_of(red))
    assert index.data(BADGE_ROLE) == "No alt text · Consent missing"
    assert "Consent missing: identifiable people appear" in page.detail.warnings.text()
    page.missing_consent.setChecked(True)
    assert red in _shown_ids(page)
    assert all(i.needs_consent for i in page.model.items)


def test_the_grid_asks_only_for_the_thumbnails_on_screen(page, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    paths = [_image(tmp_path / f"img-{n:02d}.png", f"#{n * 9:02x}4080") for n in range(24)]
    report = page.import_paths(paths)
    assert len(report.imported) == 24
    page.grid.scrollToTop()

    def settled() -> bool:
        page.grid.viewport().repaint()
        return page.thumbnails_pending() == 0

    qtbot.waitUntil(settled)
    page.loader.cache.clear()
    page.loader.requested = 0
    page.grid.viewport().update()
    qtbot.waitUntil(lambda: page.loader.requested > 0 and page.thumbnails_pending() == 0)
    visible = {
        int(page.model.index(r).data(MEDIA_ID_ROLE))
        for r in range(len(page.model.items))
        if page.grid.visualRect(page.model.index(r)).intersects(page.grid.viewport().rect())
    }
    # Only images on screen were asked for (and the chosen one's preview).
    asked = set(page.loader.cache)
    assert asked <= visible | {page.selected_id()}
    assert len(asked) < 24
    assert page.loader.requested <= len(asked)  # each asked for once


# --- the detail panel ----------------------------------------------------------------------------


def test_edit_every_field_and_save(page, imported, qtbot) -> None:  # type: ignore[no-untyped-def]
    red = imported["red"]
    assert page.select_item(red)
    detail = page.detail
    assert not detail.save_button.isEnabled()
    event = page.context.posts().lookups().events[0]
    detail.title.setText("  Opening of the voter-education week ")
    detail.description.setPlainText("The minister opens the week at the Amman office.")
    detail.alt_ar.setText("الوزير يقص شريط الافتتاح")
    detail.alt_en.setText("The minister cuts the opening ribbon")
    detail.credit.setText("Media unit")
    detail.licence.setText("Owned by the commission")
    detail.has_date.setChecked(True)
    detail.taken_on.setDate(QDate(2026, 11, 3))
    detail.event.setCurrentIndex(detail.event.findData(event.id))
    detail.tags.setText("opening، minister, opening ,  week")
    detail.has_people.setChecked(True)
    assert detail.save_button.isEnabled() and detail.is_dirty()
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    assert detail.message.text().startswith("Saved."), detail.message.text()

    stored = page.archive.detail(red)
    assert stored.title == "Opening of the voter-education week"
    assert stored.description == "The minister opens the week at the Amman office."
    assert (stored.alt_ar, stored.alt_en) == (
        "الوزير يقص شريط الافتتاح",
        "The minister cuts the opening ribbon",
    )
    assert (stored.credit, stored.licence) == ("Media unit", "Owned by the commission")
    assert stored.taken_on == dt.date(2026, 11, 3)
    assert stored.event_id == event.id
    assert stored.tags == ("opening", "minister", "week")
    assert stored.has_identifiable_people
    assert not detail.is_dirty()
    # The grid shows the new title; the tag filter offers the new tags.
    index = page.model.index(page.model.row_of(red))
    assert index.data(Qt.ItemDataRole.DisplayRole) == "Opening of the voter-education week"
    assert page.tag_filter.findData("minister") > 0

    # Undated again, and no event.
    detail.has_date.setChecked(False)
    detail.event.setCurrentIndex(0)
    assert detail.save()
    stored = page.archive.detail(red)
    assert stored.taken_on is None and stored.event_id is None


def test_a_save_that_fails_says_why_and_keeps_the_typing(page, imported) -> None:  # type: ignore[no-untyped-def]
    red = imported["red"]
    page.select_item(red)
    page.detail.tags.setText("x" * 120)
    page.detail.title.setText("Kept")
    assert not page.detail.save()
    assert page.detail.message.text().startswith("Not saved: the tag xxxx")
    assert page.detail.message.isVisible()
    assert page.detail.title.text() == "Kept"
    stored = page.archive.detail(red)
    assert (stored.title, stored.tags) == ("", ())  # all or nothing


def test_unsaved_changes_are_asked_about_before_another_item(page, imported) -> None:  # type: ignore[no-untyped-def]
    red, blue = imported["red"], imported["blue"]
    page.select_item(red)
    page.detail.title.setText("Red circle")
    answers = ["cancel"]
    page.ask_unsaved = lambda name: answers.pop(0)
    page.grid.setCurrentIndex(page.model.index(page.model.row_of(blue)))
    QApplication.processEvents()
    assert page.detail.detail.id == red
    assert page.detail.title.text() == "Red circle"
    assert page.selected_id() == red
    answers.append("cancel")
    assert not page.select_item(blue)
    QApplication.processEvents()
    assert page.detail.detail.id == red and page.detail.title.text() == "Red circle"
    answers.append("save")
    page.grid.setCurrentIndex(page.model.index(page.model.row_of(blue)))
    assert page.detail.detail.id == blue
    assert page.archive.detail(red).title == "Red circle"
    page.detail.title.setText("Blue square")
    answers.append("discard")
    page.select_item(red)
    assert page.detail.detail.id == red
    assert page.archive.detail(blue).title == ""


def test_consents_are_added_with_their_document_and_removed_after_asking(
    page, imported, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    red = imported["red"]
    page.select_item(red)
    document = tmp_path / "consent-signed.pdf"
    document.write_bytes(b"%PDF-1.4 signed consent")

    def fill(dialog: ConsentDialog) -> int:
        dialog.person.setText("Salma Haddad")
        dialog.scope.setText("Social media, 2026")
        dialog.has_expiry.setChecked(True)
        dialog.expires_on.setDate(QDate(2027, 12, 31))
        dialog.document.setText(str(document))
        dialog._accept()
        return dialog.result()

    page.answers.append(fill)
    assert page.detail.add_consent()
    assert isinstance(page.opened[-1], ConsentDialog)
    stored = page.archive.detail(red)
    [consent] = stored.consents
    assert consent.person_name == "Salma Haddad"
    assert consent.document_name == "consent-signed.pdf"
    assert stored.has_identifiable_people and not stored.needs_consent
    assert page.detail.has_people.isChecked()
    text = page.detail.consents.item(0).text()
    assert text.startswith("Salma Haddad — valid until 31/12/2027")
    assert "document: \u200econsent-signed.pdf\u200e" in text

    # An expired one says so in words.
    page.answers.append(
        lambda d: (
            d.person.setText("Omar"),
            d.has_expiry.setChecked(True),
            d.given_on.setDate(QDate(2020, 1, 1)),
            d.expires_on.setDate(QDate(2021, 1, 1)),
            d._accept(),
            d.result(),
        )[-1]
    )
    assert page.detail.add_consent()
    assert page.detail.consents.item(1).text().startswith("Omar — expired on 01/01/2021")
    assert page.archive.detail(red).needs_consent  # two people, one valid consent

    # Removing asks first; "no" keeps it.
    page.detail.consents.setCurrentRow(1)
    page.yes = False
    assert not page.detail.remove_consent()
    assert "Remove the consent record of Omar?" in page.questions[-1]
    assert len(page.archive.detail(red).consents) == 2
    page.yes = True
    assert page.detail.remove_consent()
    assert [c.person_name for c in page.archive.detail(red).consents] == ["Salma Haddad"]
    assert page.detail.consents.count() == 1


def test_the_posts_using_an_item_are_listed_and_open_in_the_editor(
    page, imported, images, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from app.ui.editor.window import PostEditor

    posts = page.context.posts()
    post = posts.create(PostFields(title="Voter week opening", platforms=("facebook",)))
    posts.attach_media(post.id, images["red"])
    red = imported["red"]
    page.select_item(red)
    page.reload()
    page.select_item(imported["blue"])
    page.select_item(red)
    assert page.detail.posts_box.isVisibleTo(page)
    assert page.detail.posts.count() == 1
    assert page.detail.posts.item(0).text() == "Voter week opening — Draft"
    assert not page.detail.no_posts.isVisibleTo(page)

    page.detail.posts.setFocus()
    page.detail.posts.setCurrentRow(0)
    with qtbot.waitSignal(page.editRequested) as signal:
        qtbot.keyClick(page.detail.posts, Qt.Key.Key_Return)
    assert signal.args == [post.id, None]
    editor = PostEditor.find_open(post.id)
    assert editor is not None
    editor.close()

    page.select_item(imported["blue"])
    assert page.detail.no_posts.isVisibleTo(page)
    assert page.detail.no_posts.text() == "No post uses this item."


def test_select_item_clears_the_filters_that_hide_it(page, imported) -> None:  # type: ignore[no-untyped-def]
    red = imported["red"]
    page.search.setText("blue-square")
    page.reload()
    assert red not in _shown_ids(page)
    assert page.select_item(red)
    assert page.search.text() == ""
    assert page.selected_id() == red
    assert page.detail.detail.id == red
    assert page.grid.visualRect(page.grid.currentIndex()).intersects(page.grid.viewport().rect())
    assert not page.select_item(999_999)
    assert page.message.text() == "There is no archive item 999999."


# --- export --------------------------------------------------------------------------------------


def test_export_for_institutional_memory(page, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "memory"

    def choose(dialog: MemoryExportDialog) -> int:
        dialog.from_date.setDate(QDate(2026, 1, 1))
        dialog.to_date.setDate(QDate(2026, 11, 24))
        dialog.folder.setText(str(target))
        dialog._accept()
        return dialog.result()

    page.answers.append(choose)
    result = page.export_memory()
    assert isinstance(page.opened[-1], MemoryExportDialog)
    assert result is not None and result.posts > 0
    data = json.loads((target / "data.json").read_text(encoding="utf-8"))
    assert len(data["posts"]) == result.posts
    assert 'dir="rtl"' in (target / "index.html").read_text(encoding="utf-8")
    assert page.message.text().startswith(f"{result.posts} {noun(result.posts, 'post')} exported")
    assert page.urls == [str(target)]  # "open the folder?" - yes

    # The period the wrong way round: the dialog says so and stays open.
    dialog = MemoryExportDialog(dt.date(2026, 5, 2), dt.date(2026, 5, 1), page)
    dialog.folder.setText(str(tmp_path / "other"))
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.text() == "The period ends before it starts."
    # A folder holding something else: nothing exported, said why.
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("mine")
    page.yes = False
    assert page.export_memory(busy, dt.date(2026, 1, 1), dt.date(2026, 1, 31)) is None
    assert page.message.text().startswith("Nothing was exported:")
    assert (busy / "keep.txt").read_text() == "mine"


# --- keyboard, language --------------------------------------------------------------------------


def test_tab_reaches_the_grid_the_filters_and_the_detail_fields(page, imported, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = page.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.select_item(imported["red"])
    page.import_files_button.setFocus()
    seen = set()
    for _ in range(80):
        seen.add(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    detail = page.detail
    for widget in (
        page.import_files_button,
        page.import_folder_button,
        page.export_button,
        page.kinds,
        page.event_filter,
        page.tag_filter,
        page.missing_alt,
        page.missing_consent,
        page.missing_licence,
        page.search,
        page.grid,
        detail.title,
        detail.description,
        detail.alt_ar,
        detail.alt_en,
        detail.credit,
        detail.licence,
        detail.has_date,
        detail.event,
        detail.tags,
        detail.has_people,
        detail.add_consent_button,
    ):
        assert widget in seen, widget.accessibleName() or type(widget).__name__

    # In the grid, the arrow keys choose the next item and show it.
    page.grid.setFocus()
    first = page.model.index(0)
    page.grid.setCurrentIndex(first)
    qtbot.keyClick(page.grid, Qt.Key.Key_Right)
    assert page.detail.detail.id == page.model.items[1].id
    # Enter goes to the details; Ctrl+F to the search box; Ctrl+S saves.
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is detail.title
    detail.title.setText("Saved with Ctrl+S")
    qtbot.keyClick(detail.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.archive.detail(page.model.items[1].id).title == "Saved with Ctrl+S"
    qtbot.keyClick(detail.title, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    # The section is in the navigation between Inquiries and Metrics.
    names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    row = window.page_factories.index(window._make_archive)
    assert names[row - 1 : row + 2] == ["Inquiries", "Archive", "Metrics"]
    assert page.grid.accessibleName() == "Archive items"


def test_the_arabic_layout_mirrors(launch, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch(demo_workspace.root, "ar")
    page = _open_page(window, qtbot)
    assert page.isRightToLeft()
    origin = QPoint(0, 0)
    grid_x = page.grid.mapTo(page, origin).x()
    detail_x = page.detail.mapTo(page, origin).x()
    assert grid_x > detail_x  # the grid on the right, the details on its left
    assert page.import_files_button.mapTo(page, origin).x() < page.title.mapTo(page, origin).x()
    # Arabic alt text right to left, English left to right, whatever the UI's direction.
    assert page.detail.alt_ar.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert page.detail.alt_en.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # The first cell of the grid is at its right.
    first = page.grid.visualRect(page.model.index(0))
    assert first.right() > page.grid.viewport().width() // 2


def test_split_tags() -> None:
    assert split_tags("a, b،c ; a;  d  e ,") == ["a", "b", "c", "d e"]
    assert split_tags("") == []
