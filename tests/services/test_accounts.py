"""The account service: records in the database, secrets only in the vault."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

import keyring
import pyotp
import pytest
from keyring.backends import fail

from app.core.accounts import (
    NO_OFFICIAL_EMAIL,
    PASSWORD_DATE_UNKNOWN,
    ROTATION_OVERDUE,
    TOO_FEW_FULL_ADMINS,
    TWO_FACTOR_OFF,
)
from app.errors import VaultUnavailable
from app.services.accounts import (
    AccountError,
    AccountFields,
    AccountInvalid,
    AccountNotFound,
    AccountService,
    AdminInfo,
    open_account_service,
    workspace_secret_store,
)
from app.services.workspace import OpenWorkspace

NOW = dt.datetime(2026, 11, 24, 10, 0, 7, tzinfo=dt.UTC)
TODAY = dt.date(2026, 11, 24)
PASSWORD = "Tq#9-vault-only-Zk!"
KEY = "KRUGS4ZANFZSAYJAONSWG4TFOQQGWZLZ"
ADMINS = (
    AdminInfo("Huda", "media officer", True, False),
    AdminInfo("Omar", "director", True, False),
)


class Clock:
    def __init__(self, now: dt.datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def fields(**changes: object) -> AccountFields:
    base = dict(
        platform="facebook",
        handle="MinistryOfCulture",
        url="https://facebook.com/MinistryOfCulture",
        official_email="media@culture.gov.jo",
        two_factor_enabled=True,
        password_changed_on=TODAY - dt.timedelta(days=10),
        privacy_reviewed_on=TODAY - dt.timedelta(days=10),
        administrators=ADMINS,
    )
    base.update(changes)
    return AccountFields(**base)  # type: ignore[arg-type]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(workspace: OpenWorkspace, clock: Clock) -> AccountService:
    return open_account_service(workspace, clock, "UTC")


def files_holding(roots: Iterable[Path], needles: Iterable[str]) -> list[str]:
    """Every file under ``roots`` whose bytes hold a needle (UTF-8, UTF-16 or, for ASCII
    needles, any case of it)."""
    forms = []
    for needle in needles:
        forms += [needle.encode(), needle.encode("utf-16-le"), needle.lower().encode()]
    found = []
    for root in roots:
        if not root.exists():
            continue
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            data = path.read_bytes()
            found += [f"{path}: {f!r}" for f in forms if f in data or f in data.lower()]
    return found


def test_create_and_list_with_warnings(service: AccountService) -> None:
    made = service.create(fields())
    assert made.warnings == ()
    assert made.next_rotation_due == TODAY + dt.timedelta(days=80)
    assert made.rotation_days == 90
    assert made.administrators == ADMINS
    assert (made.has_password, made.has_totp) == (False, False)
    bad = service.create(
        fields(
            platform="x",
            handle="culture_jo",
            official_email="",
            two_factor_enabled=False,
            password_changed_on=TODAY - dt.timedelta(days=91),
            administrators=ADMINS[:1],
        )
    )
    assert bad.warnings == (
        TOO_FEW_FULL_ADMINS,
        TWO_FACTOR_OFF,
        ROTATION_OVERDUE,
        NO_OFFICIAL_EMAIL,
    )
    assert [a.id for a in service.list()] == [made.id, bad.id]  # facebook before x
    unknown = service.create(fields(handle="other", password_changed_on=None))
    assert unknown.warnings == (PASSWORD_DATE_UNKNOWN,)
    assert unknown.next_rotation_due is None


def test_update_replaces_the_fields_and_administrators(service: AccountService) -> None:
    made = service.create(fields())
    new_admins = (*ADMINS, AdminInfo("Agency", "contractor", False, True))
    changed = service.update(
        made.id, fields(handle="Culture", rotation_days=30, administrators=new_admins, notes="n")
    )
    assert (changed.handle, changed.rotation_days, changed.notes) == ("Culture", 30, "n")
    assert changed.administrators == new_admins
    assert service.get(made.id) == changed


def test_default_rotation_is_a_workspace_setting(service: AccountService) -> None:
    assert service.default_rotation_days() == 90
    service.set_default_rotation_days(60)
    assert service.create(fields()).rotation_days == 60
    with pytest.raises(AccountInvalid, match="rotation"):
        service.set_default_rotation_days(0)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"platform": "myspace"}, "unknown platform"),
        ({"handle": "  "}, "handle"),
        ({"url": "facebook.com/x"}, "URL"),
        ({"official_email": "not an email"}, "e-mail"),
        ({"rotation_days": 0}, "rotation"),
        ({"rotation_days": 4000}, "rotation"),
        ({"password_changed_on": TODAY + dt.timedelta(days=1)}, "future"),
        ({"administrators": (AdminInfo("  "),)}, "name"),
    ],
)
def test_bad_fields_change_nothing(service: AccountService, changes: dict, message: str) -> None:
    made = service.create(fields())
    with pytest.raises(AccountInvalid, match=message):
        service.create(fields(**changes))
    with pytest.raises(AccountInvalid, match=message):
        service.update(made.id, fields(**changes))
    assert service.list() == [made]


def test_password_round_trip_restarts_the_rotation_clock(
    service: AccountService, memory_keyring, workspace: OpenWorkspace
) -> None:  # type: ignore[no-untyped-def]
    made = service.create(fields(password_changed_on=TODAY - dt.timedelta(days=200)))
    assert ROTATION_OVERDUE in made.warnings
    after = service.set_password(made.id, PASSWORD)
    assert after.password_changed_on == TODAY
    assert after.next_rotation_due == TODAY + dt.timedelta(days=90)
    assert ROTATION_OVERDUE not in after.warnings
    assert after.has_password is True
    assert service.password(made.id) == PASSWORD
    uid = workspace_secret_store(workspace.sessions).service
    assert memory_keyring.items == {(uid, f"account/{made.id}/password"): PASSWORD}
    service.set_password(made.id, "second")
    assert service.password(made.id) == "second"
    service.remove_password(made.id)
    with pytest.raises(AccountError, match="no password"):
        service.password(made.id)


def test_empty_password_refused(service: AccountService, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    made = service.create(fields())
    with pytest.raises(AccountInvalid, match="empty"):
        service.set_password(made.id, "")
    assert memory_keyring.items == {}
    assert service.get(made.id).password_changed_on == made.password_changed_on


# On a server the keyring service is per database, which both workspaces here share.
@pytest.mark.sqlite_only
def test_service_name_is_per_workspace_and_stable(workspace: OpenWorkspace, tmp_path: Path) -> None:
    from app.services.workspace import open_workspace
    from app.store.workspace import Workspace

    first = workspace_secret_store(workspace.sessions).service
    assert first.startswith("Bayan/") and len(first) > len("Bayan/")
    assert workspace_secret_store(workspace.sessions).service == first
    other = open_workspace(Workspace(tmp_path / "other"), create=True)
    try:
        assert workspace_secret_store(other.sessions).service != first
    finally:
        other.close()


def test_totp_round_trip_and_code(service: AccountService, clock: Clock) -> None:
    made = service.create(fields())
    service.set_totp(made.id, "krug s4za nfzs ayja onsw g4tf oqqg wzlz")
    assert service.get(made.id).has_totp is True
    code, left = service.totp_code(made.id)
    assert code == pyotp.TOTP(KEY).at(NOW)
    assert left == 23
    clock.now = NOW + dt.timedelta(seconds=30)
    assert service.totp_code(made.id)[0] == pyotp.TOTP(KEY).at(clock.now)
    service.remove_totp(made.id)
    assert service.get(made.id).has_totp is False
    with pytest.raises(AccountError, match="no 2FA secret"):
        service.totp_code(made.id)


def test_bad_totp_stores_nothing(service: AccountService, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    made = service.create(fields())
    service.set_totp(made.id, KEY)
    before = dict(memory_keyring.items)
    with pytest.raises(AccountInvalid, match="base32") as caught:
        service.set_totp(made.id, "KRUGS4ZANFZSAYJ1ONSWG4TFOQQGWZLZ")
    assert "KRUGS4ZA" not in str(caught.value)
    assert memory_keyring.items == before
    assert service.totp_code(made.id)[0] == pyotp.TOTP(KEY).at(NOW)


def test_unknown_account(service: AccountService) -> None:
    for call in (
        lambda: service.get(99),
        lambda: service.set_password(99, PASSWORD),
        lambda: service.set_totp(99, KEY),
        lambda: service.password(99),
        lambda: service.delete(99),
        lambda: service.mark_privacy_reviewed(99),
    ):
        with pytest.raises(AccountNotFound):
            call()


def test_mark_privacy_reviewed(service: AccountService) -> None:
    made = service.create(fields(privacy_reviewed_on=None))
    assert service.mark_privacy_reviewed(made.id).privacy_reviewed_on == TODAY


def test_today_follows_the_workspace_time_zone(workspace: OpenWorkspace) -> None:
    late = dt.datetime(2026, 11, 24, 22, 30, tzinfo=dt.UTC)  # 01:30 on the 25th in Amman
    amman = AccountService(
        workspace.sessions, workspace_secret_store(workspace.sessions), Clock(late), "Asia/Amman"
    )
    assert amman.today() == dt.date(2026, 11, 25)


def test_delete_removes_secrets_and_incidents(
    service: AccountService, memory_keyring, workspace: OpenWorkspace
) -> None:  # type: ignore[no-untyped-def]
    from app.services.incidents import IncidentService

    made = service.create(fields())
    keep = service.create(fields(handle="keep"))
    service.set_password(made.id, PASSWORD)
    service.set_totp(made.id, KEY)
    service.set_password(keep.id, "other")
    IncidentService(workspace.sessions).start(made.id, "hacked")
    service.delete(made.id)
    assert [a.id for a in service.list()] == [keep.id]
    assert list(memory_keyring.items.values()) == ["other"]
    assert IncidentService(workspace.sessions).list_for(made.id) == []


def test_delete_refused_when_metrics_refer_to_the_account(
    service: AccountService, workspace: OpenWorkspace
) -> None:
    from app.store.models import MonthlyMetric

    made = service.create(fields())
    columns = MonthlyMetric.__table__.columns
    with workspace.sessions.begin() as s:
        row = MonthlyMetric(account_id=made.id)
        for col in columns:
            if col.name == "month":
                row.month = dt.date(2026, 10, 1) if "date" in str(col.type).lower() else "2026-10"
        s.add(row)
    with pytest.raises(AccountError, match="inactive"):
        service.delete(made.id)
    assert service.get(made.id) == made


# --- no keyring ---------------------------------------------------------------------------------


@pytest.fixture
def no_keyring() -> Iterator[None]:
    keyring.set_keyring(fail.Keyring())
    yield


def test_fail_backend_records_work_secrets_refused(
    no_keyring: None, service: AccountService, workspace: OpenWorkspace, tmp_path: Path
) -> None:
    status = service.vault_status()
    assert status.available is False and "no keyring backend" in status.reason
    made = service.create(fields())
    assert (made.has_password, made.has_totp) == (None, None)
    assert service.update(made.id, fields(notes="still works")).notes == "still works"
    assert service.mark_privacy_reviewed(made.id).privacy_reviewed_on == TODAY
    before = service.get(made.id)
    for call in (
        lambda: service.set_password(made.id, PASSWORD),
        lambda: service.set_totp(made.id, KEY),
        lambda: service.password(made.id),
        lambda: service.totp_code(made.id),
        lambda: service.remove_totp(made.id),
    ):
        with pytest.raises(VaultUnavailable, match="no keyring backend"):
            call()
    with pytest.raises(VaultUnavailable, match="not deleted"):
        service.delete(made.id)
    assert service.get(made.id) == before  # the date did not move
    workspace.engine.dispose()
    assert files_holding([workspace.workspace.root, tmp_path], [PASSWORD, KEY]) == []


def test_bad_totp_is_reported_before_the_vault(no_keyring: None, service: AccountService) -> None:
    made = service.create(fields())
    with pytest.raises(AccountInvalid, match="too short"):
        service.set_totp(made.id, "ABC")


# --- the database never holds a secret ----------------------------------------------------------


@pytest.mark.sqlite_only  # scans bayan.db and its backup file for the secrets
def test_no_secret_reaches_the_database_backups_or_logs(
    workspace: OpenWorkspace, clock: Clock, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    from app.logs import log_dir, setup_file_logging
    from app.services.backup import create_backup

    setup_file_logging()
    caplog.set_level(logging.DEBUG)
    handler = logging.FileHandler(tmp_path / "debug.log", encoding="utf-8")
    logging.getLogger().addHandler(handler)
    try:
        service = open_account_service(workspace, clock, "UTC")
        made = service.create(fields())
        uri = f"otpauth://totp/Culture:press?secret={KEY}&issuer=Culture"
        service.set_password(made.id, PASSWORD)
        service.set_totp(made.id, uri)
        assert service.password(made.id) == PASSWORD
        assert service.totp_code(made.id)[0] == pyotp.TOTP(KEY).at(NOW)
        repr(service), repr(service.get(made.id)), repr(service.totp_secret(made.id))
        create_backup(workspace.workspace, "test")
        service.set_password(made.id, PASSWORD + "2")
        with pytest.raises(AccountInvalid):
            service.set_totp(made.id, KEY[:-3] + "189")
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    needles = [PASSWORD, KEY]
    # The scan sees the database: the handle is there, as a record should be.
    assert files_holding([workspace.workspace.root], ["MinistryOfCulture"]) != []
    assert files_holding([workspace.workspace.root, log_dir(), tmp_path], needles) == []
    assert not any(n in caplog.text for n in needles)
    workspace.engine.dispose()
    assert files_holding([workspace.workspace.root], needles) == []
