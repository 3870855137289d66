"""The main window: a navigation list with one entry per capability, and its pages."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.context import AppContext
from app.ui.i18n import Retranslating, ltr
from app.ui.pages.dashboard import DashboardPage


class MainWindow(Retranslating, QMainWindow):
    DEFAULT_SIZE = (1200, 760)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.organisation = context.reader.organisation_names()
        self._shortcuts_installed = False
        self._search = None  # the search dialog (Ctrl+K), made on first use
        self.setObjectName("mainWindow")
        self.resize(*self.DEFAULT_SIZE)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(200)
        self.stack = QStackedWidget(self)
        self.dashboard = DashboardPage(context, self.stack)
        # Pages other than the first are built when first shown, to keep start-up short.
        self.page_factories: list[Callable[[], QWidget]] = [
            lambda: self.dashboard,
            self._make_calendar,
            self._make_posts,
            self._make_inquiries,
            self._make_archive,
            self._make_metrics,
            self._make_accounts,
            self._make_settings,  # always last
        ]
        self.pages: list[QWidget | None] = [self.dashboard] + [None] * (
            len(self.page_factories) - 1
        )
        self.stack.addWidget(self.dashboard)
        for _ in self.page_factories:
            QListWidgetItem(self.navigation)
        self.navigation.currentRowChanged.connect(self._show_page)

        # Search (Ctrl+K) for mouse users: above the sections.
        self.search_button = QPushButton(self)
        self.search_button.setObjectName("searchButton")
        self.search_button.setAutoDefault(False)
        self.search_button.clicked.connect(self.open_search)
        side = QVBoxLayout()
        side.addWidget(self.search_button)
        side.addWidget(self.navigation, 1)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addLayout(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.workspace_label = QLabel(self)
        status = self.statusBar()
        # The size grip asks the window system to propagate size hints, which the offscreen
        # platform (tests, benchmarks) answers with a warning; window edges resize anyway.
        status.setSizeGripEnabled(False)
        status.addWidget(self.workspace_label, 1)
        self.retranslate()
        # The first page is shown by a direct call, not through the signal, so that a database
        # error while reading its figures reaches the caller instead of Qt's slot handler.
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(0)
        self.navigation.blockSignals(False)
        self._show_page(0)
        self.navigation.setFocus()

    def install_shortcuts(self) -> None:
        """Ctrl+1, Ctrl+2 … open the sections (installed just after the first screen)."""
        from PySide6.QtGui import QKeySequence, QShortcut

        if self._shortcuts_installed:
            return
        self._shortcuts_installed = True
        for index in range(len(self.page_factories)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.navigation.setCurrentRow(i))
        from app.ui.search_dialog import install_search_shortcut

        install_search_shortcut(self)  # Ctrl+K, from every window of the application

    def open_search(self):  # type: ignore[no-untyped-def]
        """Show the global search (made on first use, then reused) with its query selected."""
        from app.ui.search_dialog import SearchDialog

        if self._search is None:
            self._search = SearchDialog(self.context, self)
        self._search.present()
        return self._search

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(row)
        self.stack.setCurrentWidget(page)
        if page is self.dashboard:
            self.dashboard.refresh()

    def page(self, row: int) -> QWidget:
        page = self.pages[row]
        if page is None:
            page = self.pages[row] = self.page_factories[row]()
            self.stack.addWidget(page)
        return page

    def _make_calendar(self) -> QWidget:
        from app.ui.pages.calendar import CalendarPage

        page = CalendarPage(self.context, self.stack)
        page.editRequested.connect(self.open_editor)
        return page

    def _make_posts(self) -> QWidget:
        from app.ui.pages.posts import PostsPage

        page = PostsPage(self.context, self.stack)
        page.editRequested.connect(self.open_editor)
        return page

    def _make_inquiries(self) -> QWidget:
        from app.ui.pages.inquiries import InquiriesPage

        return InquiriesPage(self.context, self.stack)

    def _make_archive(self) -> QWidget:
        from app.ui.pages.archive import ArchivePage

        page = ArchivePage(self.context, self.stack)
        page.editRequested.connect(self.open_editor)
        return page

    def open_editor(self, post_id: int | None = None, day=None):  # type: ignore[no-untyped-def]
        """Open the post editor on ``post_id``, or on a new post dated ``day`` (a date)."""
        from app.ui.editor import open_editor

        editor = open_editor(self.context, post_id, day, parent=self)
        editor.connect_changed(self._posts_changed)
        return editor

    def _posts_changed(self, _post_id: int) -> None:
        """An editor stored a post: the calendar or the posts list on screen shows it (the
        other pages reload when they are shown).

        While the officer types in an editor window, its autosaves would reload the page behind
        every few seconds (tens of milliseconds on a large workspace, and the list's selection
        reset): the page is only marked out of date then, and reloads when this window is
        active again.
        """
        if self.isActiveWindow():
            self._reload_current_page()
        else:
            self._page_out_of_date = True

    def _reload_current_page(self) -> None:
        self._page_out_of_date = False
        page = self.stack.currentWidget()
        if page is not self.dashboard and hasattr(page, "reload"):
            page.reload()

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        if (
            getattr(self, "_page_out_of_date", False)
            and event.type() == event.Type.ActivationChange
            and self.isActiveWindow()
        ):
            self._reload_current_page()

    def _make_metrics(self) -> QWidget:
        from app.ui.pages.metrics import MetricsPage

        return MetricsPage(self.context, self.stack)

    def _make_accounts(self) -> QWidget:
        from app.ui.pages.accounts import AccountsPage

        return AccountsPage(self.context, self.stack)

    def _make_settings(self) -> QWidget:
        from app.ui.pages.settings import SettingsPage

        return SettingsPage(self.context, self.stack)

    @property
    def settings(self):  # type: ignore[no-untyped-def]
        """The settings page (built on first use)."""
        return self.page(len(self.page_factories) - 1)

    @property
    def calendar(self):  # type: ignore[no-untyped-def]
        """The calendar page (built on first use)."""
        return self.page(1)

    @property
    def posts(self):  # type: ignore[no-untyped-def]
        """The posts list (built on first use)."""
        return self.page(2)

    @property
    def inquiries(self):  # type: ignore[no-untyped-def]
        """The inquiry queue (built on first use)."""
        return self.page(self.page_factories.index(self._make_inquiries))

    @property
    def archive(self):  # type: ignore[no-untyped-def]
        """The media archive (built on first use)."""
        return self.page(self.page_factories.index(self._make_archive))

    @property
    def metrics(self):  # type: ignore[no-untyped-def]
        """The metrics page (built on first use)."""
        return self.page(self.page_factories.index(self._make_metrics))

    @property
    def accounts(self):  # type: ignore[no-untyped-def]
        """The official accounts page (built on first use)."""
        return self.page(self.page_factories.index(self._make_accounts))

    def retranslate(self) -> None:
        names = [
            self.tr("Dashboard"),
            self.tr("Calendar"),
            self.tr("Posts"),
            self.tr("Inquiries"),
            self.tr("Archive"),
            self.tr("Metrics"),
            self.tr("Accounts"),
            self.tr("Settings"),
        ]
        for index, name in enumerate(names):
            item = self.navigation.item(index)
            item.setText(name)
            item.setToolTip(
                self.tr("%1 (Ctrl+%2)").replace("%1", name).replace("%2", str(index + 1))
            )
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.search_button.setText(self.tr("Search…"))
        search_tip = self.tr("Search posts, inquiries and media (%1)")
        search_tip = search_tip.replace("%1", ltr("Ctrl+K"))
        self.search_button.setToolTip(search_tip)
        self.search_button.setAccessibleDescription(search_tip)
        org = self.organisation
        org_name = ""
        if org:
            org_name = org[0] if self.context.languages.language == "ar" else (org[1] or org[0])
        title = self.tr("Bayan")
        self.setWindowTitle(f"{title} — {org_name}" if org_name else title)
        path = ltr(str(self.context.workspace.root))
        server = self.context.reader.server_label
        if server:  # team mode: the records are on a shared server, the media in the folder
            self.workspace_label.setText(
                self.tr("Workspace: %1 · records on the team server %2")
                .replace("%1", path)
                .replace("%2", ltr(server))
            )
        else:
            self.workspace_label.setText(self.tr("Workspace: %1").replace("%1", path))

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if "app.ui.editor.window" in sys.modules:
            # Open editors save first; one that cannot keeps the application open.
            from app.ui.editor.window import close_editors

            if not close_editors(self.context):
                event.ignore()
                return
        self.context.close()
        super().closeEvent(event)
