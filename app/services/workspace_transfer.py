"""Moving a workspace to another computer as one ``.zip``: the database and the media store.

The export holds ``bayan-export.json`` (a media manifest, :mod:`app.store.media_manifest`, with
the database's size, SHA-256 and schema), ``bayan.db`` (a consistent copy made with SQLite's
backup API) and ``media/…``. Backups, the thumbnail cache and the lock file stay behind, and so do
the secrets: account passwords, two-factor secrets and approvers' sealed codes live in the
operating system's keyring, never in the database.

An import goes only into a new or empty folder. Every member's name is checked before anything
is written (no absolute paths, ``..``, links or unexpected files), each file is compared with
the manifest (size and SHA-256) as it is unpacked into a staging folder beside the target, the
database must pass ``PRAGMA integrity_check`` and not come from a newer Bayan; only then does the
staging folder become the workspace (one rename), and an older schema is migrated.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import stat
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import BackupError, BayanError, DatabaseDamaged, DatabaseTooNew
from app.store import health, schema
from app.store.backup import backup_database
from app.store.media_manifest import (
    CHUNK,
    MediaEntry,
    build_manifest,
    check_media,
    file_sha256,
    known_hashes,
    manifest_document,
    parse_manifest,
    safe_relative,
)
from app.store.workspace import Workspace

if TYPE_CHECKING:
    from app.services.backup import Restored

EXPORT_FORMAT = "bayan-workspace-export"
EXPORT_VERSION = 1
INFO_NAME = "bayan-export.json"
DB_NAME = "bayan.db"
MEDIA_PREFIX = "media/"
MAX_INFO_BYTES = 256 << 20
SECRETS_NOTE = (
    "account passwords, two-factor secrets and approvers' sealed codes are not in the export: "
    "they stay in the keyring of the computer they were entered on; re-enter them on the other "
    "computer, or move the keyring's entries of service {service} with the keyring's own tools"
)

Progress = Callable[[int, int], None]


class TransferError(BayanError):
    """An export or import that cannot be done; nothing was changed."""

    kind = "transfer"


@dataclass(frozen=True)
class Exported:
    path: Path
    media_files: int
    size_bytes: int
    keyring_service: str
    seconds: float


@dataclass(frozen=True)
class Imported:
    root: Path
    media_files: int
    schema_from: str | None  # the export's schema when it was migrated, else None
    keyring_service: str
    seconds: float


def keyring_service(db_path: Path) -> str:
    """The keyring service that holds this workspace's secrets (``Bayan/<uid>``); empty when
    the workspace never stored a secret (it has no uid yet)."""
    uid = None
    with contextlib.suppress(Exception):
        conn = health.readonly_connect(db_path)
        try:
            row = conn.execute(
                "SELECT json_extract(value, '$') FROM settings WHERE key = 'workspace.uid' "
                "AND json_valid(value)"
            ).fetchone()
            uid = row[0] if row else None
        finally:
            conn.close()
    return f"Bayan/{uid}" if isinstance(uid, str) and uid else ""


def secrets_note(service: str) -> str:
    if not service:
        return "none: this workspace never stored an account password or a two-factor secret"
    return SECRETS_NOTE.replace("{service}", service)


# --- export --------------------------------------------------------------------------------------


def export_workspace(
    workspace: Workspace, output: Path, progress: Progress | None = None
) -> Exported:
    """Write the workspace (database and media) to the new file ``output`` (``.zip``)."""
    from app.services.backup import refuse_team_mode

    refuse_team_mode("export the workspace")
    began = time.monotonic()
    output = Path(output).absolute()
    if output.suffix.lower() != ".zip":
        raise TransferError(f"{output} does not end in .zip")
    if output.exists():
        raise TransferError(f"{output} already exists; an export never replaces a file")
    if output.is_relative_to(workspace.media_dir.absolute()):
        raise TransferError(f"{output} is inside the media store; write the export elsewhere")
    if not output.parent.is_dir():
        raise TransferError(f"the folder {output.parent} does not exist")
    workspace.require_database()
    health.check_integrity(workspace.db_path)
    partial = output.with_name(output.name + ".partial")
    try:
        with tempfile.TemporaryDirectory(prefix=".bayan-export-", dir=output.parent) as temp:
            snapshot = backup_database(workspace.db_path, Path(temp) / DB_NAME)
            entries = build_manifest(workspace.media_dir, known_hashes(snapshot))
            service = keyring_service(snapshot)
            info = manifest_document(entries, _database_part(snapshot))
            info["export"] = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION}
            info["secrets"] = secrets_note(service)
            total = len(entries) + 1
            with zipfile.ZipFile(partial, "w", allowZip64=True) as archive:
                archive.writestr(INFO_NAME, json.dumps(info, ensure_ascii=False, indent=1))
                archive.write(snapshot, DB_NAME, zipfile.ZIP_DEFLATED, compresslevel=1)
                if progress is not None:
                    progress(1, total)
                for done, entry in enumerate(entries, 2):
                    source = workspace.media_dir.joinpath(*entry.path.split("/"))
                    # Pictures and videos are compressed already: stored as they are.
                    archive.write(source, MEDIA_PREFIX + entry.path)
                    if progress is not None:
                        progress(done, total)
            with open(partial, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(partial, output)
    except (OSError, zipfile.BadZipFile) as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise TransferError(f"could not write the export {output}: {reason}") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise
    return Exported(output, len(entries), output.stat().st_size, service, time.monotonic() - began)


def _database_part(db: Path) -> dict[str, object]:
    from app import __version__

    return {
        "file": DB_NAME,
        "size": db.stat().st_size,
        "sha256": file_sha256(db),
        "schema": schema.read_revision(db),
        "made": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "bayan": __version__,
    }


# --- import --------------------------------------------------------------------------------------


def import_workspace(
    archive_path: Path, target: Workspace, progress: Progress | None = None
) -> Imported:
    """Unpack an export into ``target``, a new or empty folder; see the module's notes."""
    from app.services.backup import refuse_team_mode

    refuse_team_mode("import a workspace")
    began = time.monotonic()
    archive_path = Path(archive_path)
    root = target.root.absolute()
    if not archive_path.is_file():
        raise TransferError(f"{archive_path} does not exist or is not a file")
    target.check_not_a_file()
    if root.exists() and any(root.iterdir()):
        raise TransferError(f"{root} is not empty: import into a new or empty folder")
    try:
        archive = zipfile.ZipFile(archive_path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise TransferError(f"{archive_path} is not a readable zip file: {exc}") from exc
    with archive:
        (db_size, db_sha), entries, members = _read_contents(archive, archive_path)
        _check_space(root, sum(entry.size for entry in entries) + db_size)
        staging = root.parent / f".{root.name}.importing-{os.getpid()}-{time.time_ns()}"
        made = [p for p in root.parents if not p.exists()]  # removed again on failure
        try:
            staging.mkdir(parents=True)
            db = staging / DB_NAME
            _unpack(archive, members[DB_NAME], db, db_size, db_sha)
            try:
                health.check_integrity(db)
            except DatabaseDamaged as exc:
                raise TransferError(
                    f"the database in {archive_path} is damaged: {exc.detail}"
                ) from exc
            revision = schema.read_revision(db)
            try:
                behind = schema.needs_upgrade(db)
            except DatabaseTooNew as exc:
                raise DatabaseTooNew(archive_path, exc.revision) from None
            media = staging / "media"
            media.mkdir()
            (staging / "backups").mkdir()
            total = len(entries) + 1
            if progress is not None:
                progress(1, total)
            for done, entry in enumerate(entries, 2):
                destination = media.joinpath(*entry.path.split("/"))
                if not destination.resolve().is_relative_to(media.resolve()):
                    raise TransferError(f"{archive_path}: media/{entry.path} leaves the folder")
                destination.parent.mkdir(parents=True, exist_ok=True)
                member = members[MEDIA_PREFIX + entry.path]
                _unpack(archive, member, destination, entry.size, entry.sha256)
                if progress is not None:
                    progress(done, total)
            service = keyring_service(db)
            if root.exists():
                root.rmdir()  # empty, checked above
            os.replace(staging, root)
        except OSError as exc:
            raise TransferError(f"could not import into {root}: {exc.strerror or exc}") from exc
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
                for folder in made:  # innermost first
                    with contextlib.suppress(OSError):
                        folder.rmdir()
    if behind:
        from app.services.workspace import open_workspace

        open_workspace(Workspace(root)).close()  # migrated, after a backup
    return Imported(
        root, len(entries), revision if behind else None, service, time.monotonic() - began
    )


def _read_contents(
    archive: zipfile.ZipFile, where: Path
) -> tuple[tuple[int, str], list[MediaEntry], dict[str, zipfile.ZipInfo]]:
    """The export's description and its members by name, after checking every member's name
    and kind against it (nothing is written yet)."""
    members: dict[str, zipfile.ZipInfo] = {}
    for info in archive.infolist():
        name = info.filename
        mode = info.external_attr >> 16
        if info.is_dir():
            if not (safe_relative(name.rstrip("/")) and name.startswith(MEDIA_PREFIX)):
                raise TransferError(f"{where}: unexpected folder {name!r} in the export")
            continue
        if not safe_relative(name):
            raise TransferError(f"{where}: unsafe member name {name!r}; nothing was imported")
        if stat.S_ISLNK(mode):
            raise TransferError(f"{where}: {name} is a link; nothing was imported")
        if name in members:
            raise TransferError(f"{where}: {name} appears twice; nothing was imported")
        if name not in (INFO_NAME, DB_NAME) and not name.startswith(MEDIA_PREFIX):
            raise TransferError(f"{where}: unexpected file {name!r} in the export")
        members[name] = info
    if INFO_NAME not in members:
        raise TransferError(f"{where} is not a Bayan workspace export ({INFO_NAME} is missing)")
    if members[INFO_NAME].file_size > MAX_INFO_BYTES:
        raise TransferError(f"{where}: {INFO_NAME} is implausibly large")
    try:
        document = json.loads(archive.read(INFO_NAME).decode("utf-8"))
    except (zipfile.BadZipFile, UnicodeDecodeError, ValueError, OSError) as exc:
        raise TransferError(f"{where}: {INFO_NAME} cannot be read: {exc}") from exc
    export = document.get("export") if isinstance(document, dict) else None
    if not isinstance(export, dict) or export.get("format") != EXPORT_FORMAT:
        raise TransferError(f"{where} is not a Bayan workspace export")
    if export.get("version") != EXPORT_VERSION:
        raise TransferError(
            f"{where} is an export of format version {export.get('version')!r}; this Bayan "
            f"reads version {EXPORT_VERSION}: install a newer Bayan to import it"
        )
    try:
        database, entries = parse_manifest(document, f"{where}: {INFO_NAME}")
    except BayanError as exc:
        raise TransferError(str(exc)) from exc
    size, sha = database.get("size"), database.get("sha256")
    if not (isinstance(size, int) and isinstance(sha, str)):
        raise TransferError(f"{where}: {INFO_NAME} lacks the database's size and SHA-256")
    if DB_NAME not in members:
        raise TransferError(f"{where}: the database {DB_NAME} is missing")
    listed = {MEDIA_PREFIX + entry.path: entry for entry in entries}
    if len(listed) != len(entries):
        raise TransferError(f"{where}: the manifest lists a media file twice")
    for name in members:
        if name.startswith(MEDIA_PREFIX) and name not in listed:
            raise TransferError(f"{where}: {name} is not in the manifest")
    for name, entry in listed.items():
        if name not in members:
            raise TransferError(f"{where}: {name} is in the manifest but not in the export")
        if members[name].file_size != entry.size:
            raise TransferError(f"{where}: {name} has another size than the manifest says")
    if members[DB_NAME].file_size != size:
        raise TransferError(f"{where}: {DB_NAME} has another size than the manifest says")
    return (size, sha), entries, members


def _check_space(root: Path, needed: int) -> None:
    place = root if root.exists() else root.parent
    while not place.exists() and place != place.parent:
        place = place.parent
    with contextlib.suppress(OSError):
        free = shutil.disk_usage(place).free
        if free < needed:
            raise TransferError(
                f"not enough free space for the import: it needs {needed / 2**20:.0f} MB, "
                f"{free / 2**20:.0f} MB are free at {place}"
            )


def _unpack(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, destination: Path, size: int, sha: str
) -> None:
    """Copy one member out, never more than ``size`` bytes, checking its SHA-256."""
    digest = hashlib.sha256()
    written = 0
    try:
        with archive.open(member) as reader, open(destination, "xb") as writer:
            while chunk := reader.read(CHUNK):
                written += len(chunk)
                if written > size:
                    break
                digest.update(chunk)
                writer.write(chunk)
            writer.flush()
            os.fsync(writer.fileno())
    except (zipfile.BadZipFile, EOFError, zlib.error) as exc:
        raise TransferError(f"{member.filename} in the export is damaged: {exc}") from exc
    if written != size or digest.hexdigest() != sha:
        raise TransferError(
            f"{member.filename} in the export does not match its manifest (size or SHA-256); "
            "the export is damaged"
        )


# --- restoring from an export --------------------------------------------------------------------


def restore_from_export(workspace: Workspace, archive_path: Path) -> Restored:
    """Restore the database of an export into ``workspace`` (as a restore of a backup does:
    checked, the current database kept) and put back from it every media file the workspace
    lacks or holds damaged; a damaged file is first moved aside into ``backups/``."""
    from app.services.backup import Restored, restore_backup

    archive_path = Path(archive_path).absolute()
    try:
        archive = zipfile.ZipFile(archive_path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise TransferError(f"{archive_path} is not a readable zip file: {exc}") from exc
    with archive:
        (db_size, db_sha), entries, members = _read_contents(archive, archive_path)
        workspace.ensure_folders()
        staged = workspace.backups_dir / f".from-export-{os.getpid()}-{time.time_ns()}.db"
        try:
            _unpack(archive, members[DB_NAME], staged, db_size, db_sha)
            kept = restore_backup(workspace, staged)
        except DatabaseTooNew as exc:
            raise DatabaseTooNew(archive_path, exc.revision) from None
        except BackupError as exc:  # named after the export, not the staged copy
            named = str(exc).replace(str(staged), f"the database in {archive_path}")
            raise BackupError(named) from exc
        except OSError as exc:
            raise TransferError(f"could not restore {archive_path}: {exc.strerror or exc}") from exc
        finally:
            with contextlib.suppress(OSError):
                staged.unlink(missing_ok=True)
        found = check_media(workspace.media_dir, entries)
        supplied = _supply(archive, members, workspace, entries, found.missing + found.damaged)
    result = check_media(workspace.media_dir, entries)
    result.supplied = supplied
    return Restored(kept, result)


def _supply(
    archive: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    workspace: Workspace,
    entries: list[MediaEntry],
    wanted: list[str],
) -> list[str]:
    by_path = {entry.path: entry for entry in entries}
    aside = workspace.backups_dir / f"damaged-media-{dt.datetime.now(dt.UTC):%Y%m%d-%H%M%S-%f}"
    supplied: list[str] = []
    for rel in sorted(wanted):
        entry = by_path[rel]
        destination = workspace.media_dir.joinpath(*rel.split("/"))
        incoming = destination.with_name(f".incoming-restore-{os.getpid()}-{destination.name}")
        try:
            destination.parent.mkdir(parents=True, exist_ok=True)
            incoming.unlink(missing_ok=True)
            _unpack(archive, members[MEDIA_PREFIX + rel], incoming, entry.size, entry.sha256)
            if destination.exists():  # damaged: kept, not overwritten
                kept = aside.joinpath(*rel.split("/"))
                kept.parent.mkdir(parents=True, exist_ok=True)
                os.replace(destination, kept)
            os.replace(incoming, destination)
        except (OSError, TransferError):
            with contextlib.suppress(OSError):
                incoming.unlink(missing_ok=True)
            continue  # still missing or damaged: the final check names it
        supplied.append(rel)
    return supplied
