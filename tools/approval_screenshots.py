"""Render the approval dialog and the approvers' table offscreen, in Arabic and in English, into
docs/screenshots/.

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/approval_screenshots.py``

It makes a throw-away workspace in a temporary folder with an in-memory keyring (the real one is
never touched), enrols one approver (and a second one, locked after five wrong passphrases, so
the table shows a lock in words), and adds a post in review: both languages, a text of its own
for X, an image with its alt texts, a checklist warning with the officer's justification. It
saves ``approval-review-ar.png``, ``approval-review-en.png``, ``approvers-ar.png`` and
``approvers-en.png``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.services.posts import PostFields  # noqa: E402
from app.services.workspace import open_workspace  # noqa: E402
from app.store.fastread import FastReader  # noqa: E402
from app.store.workspace import Workspace  # noqa: E402
from app.ui import i18n, theme  # noqa: E402
from app.ui.context import AppContext  # noqa: E402
from app.ui.launch import set_names  # noqa: E402

TEXT_AR = (
    "تبدأ الهيئة المستقلة للانتخاب استقبال طلبات التسجيل للناخبين الجدد يوم الأحد في مكاتبها "
    "في المحافظات، حتى نهاية الشهر."
)
TEXT_EN = (
    "Click here to see where the Independent Election Commission's registration offices are: "
    "new voters can register from Sunday until the end of the month."
)
X_AR = "التسجيل للناخبين الجدد يبدأ الأحد في مكاتب الهيئة في المحافظات."
PASSPHRASE = "demo passphrase, screenshots only"


def _memory_keyring():  # type: ignore[no-untyped-def]
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.items: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.items.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.items[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.items.pop((service, username), None)

    keyring.set_keyring(MemoryKeyring())


def make_image(path: Path) -> None:
    """A plain map-like picture with a caption, standing in for a real graphic."""
    image = QImage(640, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#e8f1f2"))
    painter = QPainter(image)
    painter.setPen(QColor("#0f5d6b"))
    painter.setBrush(QColor("#cfe3e6"))
    for x, y in ((120, 110), (300, 200), (470, 130), (220, 300), (520, 300)):
        painter.drawEllipse(x, y, 46, 46)
    font = QFont()
    font.setPointSize(26)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#1f2933"))
    painter.drawText(image.rect().adjusted(0, 16, 0, 0), Qt.AlignmentFlag.AlignHCenter, "IEC")
    painter.end()
    image.save(str(path))


def prepare(root: Path, tmp: Path) -> tuple[int, int]:
    """The workspace's approvers and the post in review; returns (post id, approver id)."""
    import pyotp

    workspace = Workspace(root)
    open_workspace(workspace, create=True).close()
    languages = i18n.LanguageManager()
    context = AppContext(workspace, FastReader(workspace.db_path), languages, "Asia/Amman")
    try:
        approvals = context.approvals()
        enrolment = approvals.new_enrolment("هالة الحداد")
        approver = approvals.enrol(
            "هالة الحداد",
            "مديرة الاتصال",
            PASSPHRASE,
            enrolment,
            pyotp.TOTP(enrolment.secret).now(),
        )
        second = approvals.new_enrolment("Sami Nasser")
        locked = approvals.enrol(
            "Sami Nasser", "Deputy director", PASSPHRASE, second, pyotp.TOTP(second.secret).now()
        )
        from app.services.approvals import ApprovalError

        for _ in range(5):  # five wrong passphrases in a row: locked for 15 minutes
            with contextlib.suppress(ApprovalError):
                approvals.change_passphrase(locked.id, "not the passphrase", PASSPHRASE + "!")

        posts = context.posts()
        post = posts.create(
            PostFields(
                title="مواعيد التسجيل للناخبين الجدد",
                title_en="Registration for new voters",
                platforms=("facebook", "x"),
                scheduled_at=dt.datetime(2026, 12, 6, 7, 0, tzinfo=dt.UTC),
                text_ar=TEXT_AR,
                text_en=TEXT_EN,
                variants={"x": (X_AR, None)},
                link="https://www.iec.jo/ar/registration",
                source_refs="قرار مجلس المفوضين رقم 12 لسنة 2026",
                manual_checks={"GOV-FACT-1": True, "GOV-PROP-1": True, "AR-LANG-1": True},
            )
        )
        picture = tmp / "registration-offices.png"
        make_image(picture)
        posts.attach_media(
            post.id,
            picture,
            alt_ar="خريطة تبيّن مواقع مكاتب التسجيل الخمسة في المحافظات.",
            alt_en="Map showing the five registration offices in the governorates.",
            credit="الهيئة المستقلة للانتخاب",
            licence="Own work",
        )
        verdict = posts.check(post.id)
        fields = posts.get(post.id).fields
        ticks = {**fields.manual_checks, **{rule: True for rule in verdict.unticked_manual}}
        reasons = {
            rule: "The campaign's approved wording; the link says where it leads."
            if rule == "A11Y-LINK-1"
            else "Checked with the communications director."
            for rule in verdict.unjustified_warnings
        }
        posts.save(
            post.id,
            replace(fields, manual_checks=ticks, warning_justifications=reasons),
        )
        posts.submit_for_review(post.id)
        return post.id, approver.id
    finally:
        context.close()


def shoot(root: Path, language: str, post_id: int, approver_id: int, out: Path) -> None:
    from app.ui.approvals.review import ReviewDialog
    from app.ui.pages.settings import SettingsPage

    languages = i18n.LanguageManager()
    languages.apply(language)
    workspace = Workspace(root)
    context = AppContext(workspace, FastReader(workspace.db_path), languages, "Asia/Amman")
    try:
        dialog = ReviewDialog(context, post_id)
        dialog.resize(880, 1420)
        dialog.choose_approver(approver_id)
        dialog.passphrase_edit.setText("x" * 14)  # shown as dots
        dialog.show()
        QApplication.processEvents()
        path = out / f"approval-review-{language}.png"
        dialog.grab().save(str(path))
        print(path)
        dialog.reject()

        page = SettingsPage(context)
        page.resize(1000, 760)
        page.show()
        QApplication.processEvents()
        page.scroll.ensureWidgetVisible(page.approvers_box, 0, 0)
        page.approvers.table.setCurrentCell(0, 0)
        QApplication.processEvents()
        path = out / f"approvers-{language}.png"
        page.grab().save(str(path))
        print(path)
        page.close()
        QApplication.processEvents()
    finally:
        context.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    set_names()
    app = QApplication(sys.argv[:1])
    theme.install(app)
    _memory_keyring()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bayan-shots-") as tmp:
        root = Path(tmp) / "workspace"
        post_id, approver_id = prepare(root, Path(tmp))
        for language in ("ar", "en"):
            shoot(root, language, post_id, approver_id, args.out)
    i18n.LanguageManager().apply("en")
    return 0


if __name__ == "__main__":
    sys.exit(main())
