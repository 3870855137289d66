"""Starting the GUI: application set-up, opening the workspace, the main window.

The path from process start to an interactive window reads the database through ``sqlite3``
only (see ``app.store.fastread``); the full integrity check and the ORM's imports run in a
background thread once the window is shown (``app.ui.integrity``).
"""

from __future__ import annotations

import sqlite3
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app import APP_NAME, ORG_NAME, __version__
from app.core.timezones import is_valid, system_timezone_name
from app.errors import BayanError, DatabaseDamaged, WorkspaceError
from app.services import workspace as workspaces
from app.store.engine import database_url
from app.store.fastread import FastReader
from app.store.health import database_error
from app.store.lock import WorkspaceLock
from app.store.workspace import Workspace
from app.ui import theme
from app.ui.context import AppContext
from app.ui.i18n import LANGUAGES, LanguageManager
from app.ui.main_window import MainWindow

if TYPE_CHECKING:
    import argparse

    from PySide6.QtWidgets import QWidget

    from app.services.workspace import OpenWorkspace
    from app.ui.daily_backup import DailyBackup
    from app.ui.integrity import IntegrityWatch


def _busy() -> None:
    from PySide6.QtCore import Qt

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)


def _dialogs():  # type: ignore[no-untyped-def]
    from app.ui import dialogs

    return dialogs


LANGUAGE_SETTING = "ui/language"
# Work that is not needed for the first screen starts this long after it is shown.
AFTER_START_MS = 50


class Launcher:
    """Opens the workspace named on the command line and shows the main window."""

    def __init__(self, app: QApplication, args: argparse.Namespace) -> None:
        self.app = app
        self.args = args
        self.languages = LanguageManager(app)
        self.languages.changed.connect(self._remember_language)
        self.languages_applied = False
        self.window: MainWindow | None = None
        self.watch: IntegrityWatch | None = None
        self.daily_backup: DailyBackup | None = None
        self.focus_ring: QWidget | None = None
        self._started_workspace: Workspace | None = None

    # -- language ---------------------------------------------------------------------------

    def _remembered_language(self) -> str:
        """The language chosen last on this computer; the first time, the system's own when it
        is English, else Arabic (Arabic first)."""
        from PySide6.QtCore import QLocale, QSettings

        value = QSettings().value(LANGUAGE_SETTING)
        if value in LANGUAGES:
            return str(value)
        return "en" if QLocale.system().language() == QLocale.Language.English else "ar"

    def _remember_language(self, language: str) -> None:
        if not self.args.bench_idle:
            from PySide6.QtCore import QSettings

            QSettings().setValue(LANGUAGE_SETTING, language)

    def _apply_language(self, language: str | None) -> None:
        language = self.args.lang or language or self._remembered_language()
        if language != self.languages.language or not self.languages_applied:
            self.languages.apply(language)
            self.languages_applied = True

    # -- opening ----------------------------------------------------------------------------

    def start(self) -> bool:
        """Open the workspace and show the main window; False if the user chose to quit."""
        try:
            workspace = Workspace.resolve(self.args.workspace)
        except WorkspaceError as exc:
            self._apply_language(None)
            _dialogs().show_error(exc)
            return False
        try:
            workspace.check_not_a_file()  # before offering to make a workspace there
        except WorkspaceError as exc:
            self._apply_language(None)
            _dialogs().show_error(exc)
            return False
        if database_url() is not None:
            return self._start_team(workspace)
        while True:
            try:
                if not workspace.db_path.exists():
                    self._apply_language(None)
                    if not self._create(workspace):
                        return False
                if not workspaces.quick_open_check(workspace):
                    self._apply_language(None)
                    _busy()
                    try:
                        workspaces.open_workspace(workspace).close()  # backup, then migrate
                    finally:
                        QGuiApplication.restoreOverrideCursor()
                self._open(workspace)
                return True
            except DatabaseDamaged as exc:
                self._apply_language(None)
                if not self._offer_restore(workspace, exc):
                    return False
            except BayanError as exc:
                self._apply_language(None)
                _dialogs().show_error(exc)
                return False

    def _start_team(self, workspace: Workspace) -> bool:
        """Team mode (``BAYAN_DATABASE_URL``): the records are on a PostgreSQL server. Its
        schema is made or migrated as needed (no file checks, no backups: the server's), and
        the window opens on it; media stay in the workspace folder."""
        self.team = True
        try:
            self._apply_language(None)
            _busy()
            try:
                workspaces.open_workspace(workspace).close()
            finally:
                QGuiApplication.restoreOverrideCursor()
            self._open(workspace)
            return True
        except BayanError as exc:
            _dialogs().show_error(exc)
            return False

    def _create(self, workspace: Workspace) -> bool:
        choice = _dialogs().ask_first_start(workspace.root)
        if choice is None:
            return False
        language = self.languages.language

        def fill(opened: OpenWorkspace) -> None:
            from app.services.settings import LANGUAGE_KEY, TIMEZONE_KEY, SettingsService

            settings = SettingsService(opened.sessions)
            if choice == "demo":
                from app.services.demo import generate_demo

                generate_demo(opened)
            else:
                settings.set(TIMEZONE_KEY, system_timezone_name())
            settings.set(LANGUAGE_KEY, language)

        _busy()
        try:
            workspaces.new_workspace(workspace, fill)
        finally:
            QGuiApplication.restoreOverrideCursor()
        return True

    def _open(self, workspace: Workspace) -> None:
        lock = WorkspaceLock(workspace.root)
        lock.acquire()  # held while the window is open; WorkspaceLocked if another Bayan is
        reader: FastReader | None = None
        try:
            reader = FastReader(workspace.db_path)
            self._apply_language(reader.setting("ui.language"))
            timezone = reader.setting("timezone")
            if not (isinstance(timezone, str) and is_valid(timezone)):
                timezone = system_timezone_name()
            context = AppContext(workspace, reader, self.languages, timezone, lock)
            window = MainWindow(context)  # the dashboard reads its figures here
        except BaseException as exc:
            if reader is not None:
                reader.close()
            lock.release()
            if isinstance(exc, sqlite3.DatabaseError):
                # A damaged page the quick check could not see: offered a restore like any other.
                raise database_error(workspace.db_path, exc) from exc
            raise
        self.window = window
        self.window.show()
        QTimer.singleShot(AFTER_START_MS, self._after_start)
        self._started_workspace = workspace

    def _after_start(self) -> None:
        """Work that need not delay the first screen: icon, focus ring, shortcuts, the full
        integrity check then the day's backup; and the garbage collector again
        (``app.cli.main`` paused it)."""
        import gc

        gc.freeze()  # what start-up made lives as long as the window: never scan it again
        gc.enable()
        if self.focus_ring is None:
            from app.ui.focus_ring import FocusRing

            self.focus_ring = FocusRing(self.app)
            self.app.setWindowIcon(theme.app_icon())
        if self.window is not None:
            self.window.install_shortcuts()
        team = getattr(self, "team", False)  # the server checks and backs up its database
        if not self.args.bench_idle and self._started_workspace is not None and not team:
            if self.watch is None:
                from app.ui.daily_backup import DailyBackup
                from app.ui.integrity import IntegrityWatch

                self.watch = IntegrityWatch(self.app)
                self.watch.damaged.connect(self._damaged_while_open)
                # The day's backup once the database is known to be intact (a worker thread).
                self.daily_backup = DailyBackup(self.app)
                self.watch.finished.connect(self.daily_backup.start)
            assert self.daily_backup is not None
            self.daily_backup.workspace = self._started_workspace
            self.watch.start(self._started_workspace)

    def _offer_restore(
        self, workspace: Workspace, error: DatabaseDamaged, *, while_open: bool = False
    ) -> bool:
        _busy()  # each candidate backup gets a full integrity check
        try:
            backup = workspaces.newest_intact_backup(workspace)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not _dialogs().ask_restore(error, backup, self.window, while_open=while_open):
            return False
        assert backup is not None
        from app.services.backup import restore

        _busy()
        try:
            done = restore(workspace, backup)
        except BayanError as exc:
            QGuiApplication.restoreOverrideCursor()
            _dialogs().show_error(exc, self.window)
            return False
        QGuiApplication.restoreOverrideCursor()
        if done.media is not None and not done.media.ok:  # checked against the manifest
            from app.ui.daily_backup import show_media_problems

            show_media_problems(done.media, self.window)
        return True

    def _damaged_while_open(self, error: DatabaseDamaged) -> None:
        window = self.window
        assert window is not None
        workspace = window.context.workspace
        window.context.close()
        window.hide()
        if self._offer_restore(workspace, error, while_open=True) and self.start():
            window.deleteLater()
            return
        window.deleteLater()
        self.app.quit()


def _install_excepthook(app: QApplication) -> None:
    from app.logs import log, setup_file_logging

    path = setup_file_logging()

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        import traceback

        from app.errors import DiskFull, WorkspaceReadOnly

        if isinstance(value, (DiskFull, WorkspaceReadOnly)):
            # A window that did not catch it: said as plainly as everywhere else, not as a bug
            # (the change was rolled back; a log could not be written to a full disk anyway).
            _dialogs().show_error(value, QApplication.activeWindow())
            return
        log.error("uncaught exception\n%s", "".join(traceback.format_exception(kind, value, tb)))
        sys.__excepthook__(kind, value, tb)
        _dialogs().show_bug(path)

    sys.excepthook = hook


def set_names() -> None:
    """Application and organisation names: set before any settings or standard-path lookup."""
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("bayan")


def run_gui(args: argparse.Namespace) -> int:
    set_names()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    theme.install(app)
    launcher = Launcher(app, args)
    if not args.bench_idle:
        _install_excepthook(app)
    if not launcher.start():
        return 1
    if args.bench_idle:

        def idle() -> None:
            print("BAYAN_IDLE", flush=True)
            app.quit()

        QTimer.singleShot(0, idle)
    return app.exec()
