"""Render Bayan's main pages offscreen, in Arabic and in English, into docs/screenshots/.

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py WORKSPACE`` (a demo
workspace: ``bayan demo --workspace WORKSPACE``).
"""

from __future__ import annotations

import sys

from shots import application, arguments, windows

# A made-up 2FA key for the screenshots (the demo stores no secrets).
DEMO_TOTP = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


DEMO_INCIDENT = "منشورات غريبة ظهرت على الصفحة ليلًا (بيانات تجريبية)"


def _memory_keyring_class():  # type: ignore[no-untyped-def]
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

    return MemoryKeyring


def show_accounts(page):  # type: ignore[no-untyped-def]
    """An account with warnings and a 2FA code on show, and an incident window half worked."""
    import keyring

    # An in-memory keyring: the screenshots never touch the real one.
    if type(keyring.get_keyring()).__name__ != "MemoryKeyring":
        keyring.set_keyring(_memory_keyring_class()())
    row = next((i for i, a in enumerate(page.accounts) if a.warnings), 0)
    page.table.setCurrentCell(row, 0)
    page.service.set_totp(page.current.id, DEMO_TOTP)
    page.service.set_password(page.current.id, "demo-only-" + "x" * 10)
    page.reload(page.current.id)
    incidents = page.incident_service.list_for(page.current.id)
    if not incidents:
        incident = page.incident_service.start(page.current.id, DEMO_INCIDENT)
        page.incident_service.mark_step(incident.id, "report_it", "IT ticket 4521")
        page.incident_service.mark_step(incident.id, "reset_passwords", "")
        page.reload(page.current.id)
        incident_id = incident.id
    else:
        incident_id = incidents[0].id
    window = page.open_incident(incident_id)
    window.resize(760, 800)
    return window


def main() -> int:
    args = arguments()
    app = application()
    for language, window in windows(app, args.workspace):
        window.resize(1200, 760)
        settings_row = len(window.page_factories) - 1
        accounts_row = window.page_factories.index(window._make_accounts)
        # The dashboard's own tool (tools/dashboard_screenshots.py) waits for its KPI cards.
        for row, name in (
            (1, "calendar"),
            (2, "posts"),
            (accounts_row, "accounts"),
            (settings_row, "settings"),
        ):
            window.navigation.setCurrentRow(row)
            if name == "calendar":
                window.calendar.hijri_check.setChecked(True)  # the Hijri dates shown too
            if name == "accounts":
                incident = show_accounts(window.accounts)
            app.processEvents()
            path = args.out / f"{name}-{language}.png"
            window.grab().save(str(path))
            print(path)
            if name == "accounts":
                app.processEvents()
                path = args.out / f"incident-{language}.png"
                incident.grab().save(str(path))
                print(path)
                incident.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
