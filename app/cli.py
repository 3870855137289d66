"""The ``bayan`` command: the GUI by default, subcommands for automation without a screen.

Every subcommand takes ``--workspace DIR``; on bad input it prints one line to stderr, exits
with status 2 and changes nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, NoReturn

from app import __version__
from app.errors import BayanError

if TYPE_CHECKING:
    import argparse
    import datetime as dt

    from app.services.analytics_import import FileResult
    from app.services.workspace import OpenWorkspace

EXIT_OK = 0
EXIT_BLOCKER = 1  # bayan check: the text has a blocker
EXIT_BAD_INPUT = 2
EXIT_AUDIT_BROKEN = 1  # bayan audit verify: the chain is broken or does not match the anchor
EXIT_REFUSED = 1  # bayan approve: the signature or the decision was refused
EXIT_PROBLEMS = 1  # bayan doctor: something is missing or broken


def _workspace_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    import argparse

    parser.add_argument(
        "--workspace",
        metavar="DIR",
        default=None if top else argparse.SUPPRESS,
        help="workspace folder (default: $BAYAN_WORKSPACE, else the platform's app-data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    import argparse

    class OneLineParser(argparse.ArgumentParser):
        """Bad arguments get one line on stderr (and status 2), like every other bad input."""

        def error(self, message: str) -> NoReturn:
            self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message} (see {self.prog} --help)\n")

    parser = OneLineParser(
        prog="bayan",
        description="Bayan: plan, draft, approve and report an office's social-media work.",
    )
    parser.add_argument("--version", action="version", version=f"bayan {__version__}")
    _workspace_option(parser, top=True)
    parser.add_argument("--lang", choices=("ar", "en"), help="user-interface language")
    parser.add_argument("--bench-idle", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="make a workspace filled with fictional demo data")
    _workspace_option(demo, top=False)
    demo.add_argument("--scale", choices=("normal", "large"), default="normal")
    demo.add_argument("--seed", type=int, default=2026)

    backup = sub.add_parser(
        "backup", help="back up the workspace's database (with a media manifest) into backups/"
    )
    _workspace_option(backup, top=False)
    backup.add_argument(
        "--keep", type=int, metavar="N", help="keep the newest N backups from now on (default 14)"
    )

    restore = sub.add_parser("restore", help="put a backup in place of the workspace's database")
    _workspace_option(restore, top=False)
    restore.add_argument("backup", metavar="BACKUP", type=Path)

    export_ws = sub.add_parser(
        "export-workspace", help="write the workspace (database and media) to one .zip"
    )
    _workspace_option(export_ws, top=False)
    export_ws.add_argument("-o", "--output", metavar="FILE.zip", required=True, type=Path)

    import_ws = sub.add_parser(
        "import-workspace", help="unpack an exported .zip into a new, empty workspace folder"
    )
    _workspace_option(import_ws, top=False)
    import_ws.add_argument("archive", metavar="FILE.zip", type=Path)

    ics = sub.add_parser("export-ics", help="export the calendar of a date range as iCalendar")
    _workspace_option(ics, top=False)
    ics.add_argument("--from", dest="first", metavar="YYYY-MM-DD", required=True)
    ics.add_argument("--to", dest="last", metavar="YYYY-MM-DD", required=True)
    ics.add_argument("-o", "--output", metavar="FILE", required=True, type=Path)

    metrics = sub.add_parser(
        "import-metrics", help="import platform analytics exports into an account's months"
    )
    _workspace_option(metrics, top=False)
    metrics.add_argument("--account", required=True, metavar="A", help="account id or handle")
    metrics.add_argument("--followers", type=int, metavar="N", help="follower total today")
    metrics.add_argument("--as-of", dest="as_of", metavar="YYYY-MM-DD", help="date of --followers")
    metrics.add_argument(
        "--map",
        metavar="COLUMN=FIELD,...",
        help="what the columns of a file of a format not recognised hold (Date=date,Reach=reach)",
    )
    metrics.add_argument("files", nargs="+", metavar="FILE", type=Path, help="files, folders, zips")

    check = sub.add_parser("check", help="run the counters and the checklist on one text")
    _workspace_option(check, top=False)  # accepted like everywhere; no workspace is needed
    check.add_argument("--platform", required=True, metavar="PLATFORM")
    check.add_argument("--lang", dest="text_lang", choices=("ar", "en"), required=True)
    source = check.add_mutually_exclusive_group(required=True)
    source.add_argument("--file", type=Path, metavar="FILE", help="a UTF-8 text file")
    source.add_argument("--text", metavar="TEXT")
    check.add_argument("--json", action="store_true", help="print JSON")

    audit = sub.add_parser("audit", help="the hash-chained audit log")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_sub.add_parser("verify", help="check the chain (and an anchor N:HASH)")
    _workspace_option(verify, top=False)
    verify.add_argument("--anchor", metavar="N:HASH", help="entry N must still have this hash")
    verify.add_argument("--json", action="store_true", help="print JSON")

    approvers = sub.add_parser("approvers", help="list the approvers who sign approvals")
    _workspace_option(approvers, top=False)
    approvers.add_argument("--json", action="store_true", help="print JSON")

    approve = sub.add_parser(
        "approve",
        help="approve a post in review, or request changes, signed by an approver",
        description="Sign a decision on a post in review. The approver types their passphrase "
        "(hidden) and the current code of their authenticator app; when standard input is not "
        "a terminal, its first line is the passphrase and its second the code.",
    )
    _workspace_option(approve, top=False)
    approve.add_argument("post_id", metavar="POST_ID", type=int)
    approve.add_argument("--approver", metavar="ID", type=int, required=True)
    approve.add_argument(
        "--request-changes", metavar="COMMENT", help="send the post back with this comment"
    )

    post = sub.add_parser("post", help="move a post through review and publication")
    post_sub = post.add_subparsers(dest="post_command", metavar="ACTION", required=True)
    post_submit = post_sub.add_parser("submit", help="send a post for approval")
    post_withdraw = post_sub.add_parser("withdraw", help="withdraw a post not yet published")
    post_withdraw.add_argument("--note", metavar="TEXT", default="", help="why, for its history")
    post_publish = post_sub.add_parser(
        "publish", help="record the live post on one platform (published once all are recorded)"
    )
    post_publish.add_argument("--platform", metavar="PLATFORM", required=True)
    post_publish.add_argument("--url", metavar="URL", required=True, help="the live post's address")
    post_publish.add_argument(
        "--at",
        metavar="ISO8601",
        help="when it went live (default: now; without an offset, the workspace's time zone)",
    )
    post_archive = post_sub.add_parser("archive", help="archive a published post")
    post_trail = post_sub.add_parser("trail", help="print the post's audit trail")
    post_trail.add_argument("--json", action="store_true", help="print JSON")
    for action in (post_submit, post_withdraw, post_publish, post_archive, post_trail):
        _workspace_option(action, top=False)
        action.add_argument("post_id", metavar="ID", type=int)

    search = sub.add_parser(
        "search",
        help="search posts, inquiries and media (Arabic spelling variants and case folded)",
    )
    _workspace_option(search, top=False)
    search.add_argument("query", metavar="QUERY", help="words to find (each as a word prefix)")
    search.add_argument(
        "--limit", type=int, default=20, metavar="N", help="results per kind (default 20)"
    )
    search.add_argument("--json", action="store_true", help="print JSON")

    report = sub.add_parser("report", help="write the monthly (quarterly, yearly) PDF report")
    _workspace_option(report, top=False)
    which = report.add_mutually_exclusive_group(required=True)
    which.add_argument("--month", metavar="YYYY-MM")
    which.add_argument("--quarter", metavar="YYYY-Qn")
    which.add_argument("--year", metavar="YYYY")
    report.add_argument("--lang", choices=("ar", "en", "both"), default="both")
    report.add_argument("-o", "--output", required=True, metavar="FILE.pdf", type=Path)

    doctor = sub.add_parser(
        "doctor",
        help="check the installation: keyring, schema, fonts, translations (changes nothing)",
        description="Print the keyring backend and whether it answers, the schema this version "
        "writes and the workspace's own (read only: nothing is migrated), and the bundled fonts "
        "and translations found. Exit status 1 when something is missing or broken (a keyring "
        "that is unavailable is reported but is not a failure).",
    )
    _workspace_option(doctor, top=False)
    doctor.add_argument("--json", action="store_true", help="print JSON")
    return parser


def _workspace(args: argparse.Namespace):
    from app.store.workspace import Workspace

    return Workspace.resolve(args.workspace)


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services.demo import generate_demo
    from app.services.workspace import new_workspace

    ws = _workspace(args)
    if ws.db_path.exists():
        raise BayanError(f"{ws.root} already holds a workspace; demo data goes into a new one")
    summary = new_workspace(
        ws, lambda opened: generate_demo(opened, scale=args.scale, seed=args.seed)
    )
    print(
        f"demo workspace {ws.root}: {summary.posts} posts, {summary.inquiries} inquiries, "
        f"{summary.media} media items, {summary.accounts} accounts in {summary.seconds:.1f} s"
    )
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from app.services.backup import create_backup, set_keep_count, valid_keep
    from app.services.workspace import open_workspace

    ws = _workspace(args)
    if args.keep is not None:
        valid_keep(args.keep)  # before anything is written
        opened = open_workspace(ws)
        try:
            set_keep_count(opened.sessions, args.keep)
        finally:
            opened.close()
    path = create_backup(ws)
    print(f"backup written: {path}")
    if args.keep is not None:
        print(f"the newest {args.keep} backups are kept from now on")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from app.services.backup import restore

    done = restore(_workspace(args), args.backup)
    kept = done.kept
    print(
        f"restored {args.backup}" + (f"; the previous database is kept at {kept}" if kept else "")
    )
    print(f"media: {done.summary()}")
    if done.media is not None and not done.media.ok:
        print(
            "media: the files named above cannot be put back from this backup (a backup holds "
            "the database only); restore a workspace export (.zip) that has them, or copy them "
            "into media/ from another copy",
            file=sys.stderr,
        )
    return EXIT_OK


def cmd_export_workspace(args: argparse.Namespace) -> int:
    from app.services.workspace_transfer import export_workspace, secrets_note

    done = export_workspace(_workspace(args), args.output)
    print(
        f"workspace exported to {done.path}: the database and {done.media_files} media files, "
        f"{done.size_bytes / 2**20:.1f} MB in {done.seconds:.1f} s"
    )
    print(f"secrets: {secrets_note(done.keyring_service)}")
    return EXIT_OK


def cmd_import_workspace(args: argparse.Namespace) -> int:
    from app.services.workspace_transfer import import_workspace, secrets_note

    done = import_workspace(args.archive, _workspace(args))
    migrated = f"; its schema {done.schema_from} was migrated" if done.schema_from else ""
    print(
        f"workspace imported into {done.root}: the database and {done.media_files} media files, "
        f"all checked against the export's manifest{migrated}"
    )
    print(f"secrets: {secrets_note(done.keyring_service)}")
    return EXIT_OK


def _iso_date(value: str, option: str) -> dt.date:
    import datetime
    import re

    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise BayanError(f"{option} {value!r} is not a date: use YYYY-MM-DD")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise BayanError(f"{option} {value!r} is not a date: use YYYY-MM-DD") from None


def cmd_export_ics(args: argparse.Namespace) -> int:
    first = _iso_date(args.first, "--from")
    last = _iso_date(args.last, "--to")
    if first > last:
        raise BayanError(f"--from {first} is after --to {last}")
    if not args.output.parent.is_dir():
        raise BayanError(f"cannot write {args.output}: the folder {args.output.parent} is missing")
    from app.core.filters import PostFilter
    from app.services.ics import day_range, export_ics
    from app.services.settings import SettingsService
    from app.services.workspace import open_workspace

    opened = open_workspace(_workspace(args))
    try:
        tz = SettingsService(opened.sessions).timezone()
        start, end = day_range(first, last, tz)
        summary = export_ics(opened.sessions, PostFilter(start=start, end=end), args.output, tz=tz)
    finally:
        opened.close()
    print(
        f"wrote {summary.path}: {summary.posts} posts, {summary.events} events, "
        f"{summary.quiet_periods} quiet periods ({first} to {last}, {tz})"
    )
    return EXIT_OK


def _find_account(opened: OpenWorkspace, text: str) -> int:
    from sqlalchemy import func, select

    from app.store.models import Account

    with opened.sessions() as session:
        if text.isdigit():
            if session.get(Account, int(text)) is None:
                raise BayanError(f"no account {text}")
            return int(text)
        handle = text.lstrip("@").lower()
        ids = session.scalars(
            select(Account.id).where(func.lower(func.ltrim(Account.handle, "@")) == handle)
        ).all()
    if len(ids) != 1:
        raise BayanError(f"{len(ids) or 'no'} accounts with the handle {text!r}; give the id")
    return ids[0]


def cmd_import_metrics(args: argparse.Namespace) -> int:
    from app.core.analytics import ImportFailed
    from app.core.column_map import ColumnMapping
    from app.services.analytics_import import AnalyticsImporter, preview
    from app.services.workspace import open_workspace

    mapping = None
    if args.map is not None:
        try:
            mapping = ColumnMapping.from_argument(args.map)
        except ValueError as exc:
            raise BayanError(f"--map: {exc}") from None
    as_of = _iso_date(args.as_of, "--as-of") if args.as_of else None
    if as_of is not None and args.followers is None:
        raise BayanError("--as-of goes with --followers")
    if args.followers is not None and args.followers < 0:
        raise BayanError(f"--followers {args.followers} is negative")
    opened = open_workspace(_workspace(args))
    try:
        account_id = _find_account(opened, args.account)
        try:
            seen = preview(args.files)
            if mapping is not None:
                if not seen.unmapped:
                    raise BayanError("--map given, but every file's format is recognised")
                seen = preview(args.files, {f.name: mapping for f in seen.unmapped})
            if seen.unmapped:
                _print_mapping_proposals(seen.unmapped)
                return EXIT_BAD_INPUT
            result = AnalyticsImporter(opened.sessions).apply(
                seen, account_id, followers_total=args.followers, as_of=as_of
            )
        except ImportFailed as exc:
            raise BayanError(f"nothing imported: {exc}") from None
    finally:
        opened.close()
    formats = ", ".join(f"{f.name} ({f.format})" for f in seen.files)
    partial = ", ".join(f"{m:%Y-%m}" for m in seen.partial_months) or "none"
    print(
        f"imported {formats}: {result.created} months added, {result.updated} updated; "
        f"lifetime figures of {result.posts} post(s); "
        f"left out as covered only in part: {partial}"
    )
    return EXIT_OK


def _print_mapping_proposals(files: Sequence[FileResult]) -> None:
    """For each file of a format not recognised: its columns and the proposed ``--map``."""
    import shlex

    from app.core.column_map import DATE, IGNORE, MAPPABLE_FIELDS

    lines = [
        "bayan import-metrics: nothing imported: a format this version does not recognise; "
        "say what its columns hold with --map COLUMN=FIELD,..."
    ]
    for f in files:
        lines.append(f"  {f.name}: columns {', '.join(f.columns) or '(none)'}")
        if f.proposed is not None:
            lines.append(f"    proposed: --map {shlex.quote(f.proposed.as_argument())}")
        else:
            lines.append("    no column looks like a date: name one with COLUMN=date")
    lines.append(f"  fields: {', '.join((DATE, IGNORE, *MAPPABLE_FIELDS))}")
    print("\n".join(lines), file=sys.stderr)


def cmd_check(args: argparse.Namespace) -> int:
    """Exit 0 without a blocker, 1 with one (2 on bad input, from ``main``)."""
    from app.core.checklist.report import PLATFORMS, check_report, format_table, has_blocker

    if args.platform not in PLATFORMS:
        raise BayanError(f"unknown platform {args.platform!r} (one of: {', '.join(PLATFORMS)})")
    if args.file is not None:
        try:
            text = args.file.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise BayanError(f"cannot read {args.file}: it is not UTF-8 text") from None
        except OSError as exc:
            raise BayanError(f"cannot read {args.file}: {exc.strerror or exc}") from None
    else:
        text = args.text
    report = check_report(text, args.text_lang, args.platform)
    if args.json:
        import json

        print(json.dumps(report, ensure_ascii=False))
    else:
        print(format_table(report), end="")
    return EXIT_BLOCKER if has_blocker(report) else EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    """``bayan audit verify``: status 0 intact, 1 broken (or the anchor does not match)."""
    from app.core.audit import parse_anchor
    from app.services.audit import AuditLog
    from app.services.workspace import open_workspace

    number = None
    if args.anchor is not None:
        try:
            number, _digest = parse_anchor(args.anchor)
        except ValueError as exc:
            raise BayanError(str(exc)) from None
    opened = open_workspace(_workspace(args))
    try:
        log = AuditLog(opened.sessions)
        result = log.verify() if args.anchor is None else log.verify_anchor(args.anchor)
    finally:
        opened.close()
    if args.json:
        import json

        report = {
            "ok": result.ok,
            "entries": result.count,
            "head": result.head_hash,
            "first_broken_id": result.first_broken_id,
            "reason": result.reason,
            "anchor": args.anchor,
        }
        print(json.dumps(report))
    elif result.ok:
        line = f"audit chain: {result.count} entries, head {result.head_hash}, intact"
        print(line if number is None else f"{line}, entry {number} matches the anchor")
    elif result.first_broken_id is None:
        print(f"audit chain broken: {result.reason}")
    else:
        print(f"audit chain broken at entry {result.first_broken_id}: {result.reason}")
    return EXIT_OK if result.ok else EXIT_AUDIT_BROKEN


def _approval_service(opened):  # type: ignore[no-untyped-def]
    from app.services.accounts import workspace_secret_store
    from app.services.approvals import ApprovalService, organisation_name
    from app.services.settings import ensure_workspace_uid

    sessions = opened.sessions
    return ApprovalService(
        sessions,
        workspace_secret_store(sessions),
        ensure_workspace_uid(sessions),
        organisation=organisation_name(sessions),
    )


def cmd_approvers(args: argparse.Namespace) -> int:
    """``bayan approvers``: id, name, title, when enrolled and whether locked now."""
    from app.services.workspace import open_workspace

    opened = open_workspace(_workspace(args))
    try:
        approvers = _approval_service(opened).approvers()
    finally:
        opened.close()
    if args.json:
        import json

        rows = [
            {
                "id": a.id,
                "name": a.name,
                "title": a.title,
                "enrolled": a.enrolled_at.isoformat(),
                "locked": a.locked_until is not None,
                "locked_until": a.locked_until.isoformat() if a.locked_until else None,
                "has_key": a.has_secret,
            }
            for a in approvers
        ]
        print(json.dumps(rows, ensure_ascii=False))
        return EXIT_OK
    if not approvers:
        print("no approvers: enrol one in Settings")
        return EXIT_OK
    for a in approvers:
        locked = f"locked until {a.locked_until:%Y-%m-%d %H:%M} UTC" if a.locked_until else ""
        missing = "" if a.has_secret else "no key in the vault"
        extra = "; ".join(x for x in (locked, missing) if x)
        title = f" ({a.title})" if a.title else ""
        line = f"{a.id}\t{a.name}{title}\tenrolled {a.enrolled_at:%Y-%m-%d}"
        print(line + (f"\t{extra}" if extra else ""))
    return EXIT_OK


def _read_signature() -> tuple[str, str]:
    """The passphrase (hidden on a terminal) and the code. Without a terminal, the first line
    of standard input is the passphrase and the second the code."""
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        try:
            passphrase = getpass.getpass("Passphrase: ")
            code = input("Code from the authenticator app: ")
        except EOFError:
            raise BayanError("the passphrase and the code are needed to sign") from None
        return passphrase, code
    first = sys.stdin.readline() if sys.stdin is not None else ""
    second = sys.stdin.readline() if first else ""
    if not first or not second:
        raise BayanError(
            "standard input must hold the passphrase on its first line and the code on its second"
        )
    return first.rstrip("\r\n"), second.rstrip("\r\n")


def cmd_approve(args: argparse.Namespace) -> int:
    """``bayan approve``: 0 with the post's new state, 1 when the signature or the decision is
    refused (wrong passphrase or code, locked approver, post not in review, open blocker)."""
    from app.core.domain import ApprovalDecision
    from app.core.states import ForbiddenTransition
    from app.services.approvals import ApprovalBlocked, ApproverLocked, SignatureRefused
    from app.services.workspace import open_workspace

    comment = args.request_changes
    if comment is not None and not comment.strip():
        raise BayanError("--request-changes needs a comment saying what to change")
    decision = ApprovalDecision.APPROVED if comment is None else ApprovalDecision.CHANGES_REQUESTED
    opened = open_workspace(_workspace(args))
    try:
        service = _approval_service(opened)
        passphrase, code = _read_signature()
        try:
            approval = service.decide(
                args.post_id, args.approver, passphrase, code, decision, comment or ""
            )
        except (SignatureRefused, ApproverLocked, ApprovalBlocked, ForbiddenTransition) as exc:
            print(f"bayan approve: refused: {exc}", file=sys.stderr)
            return EXIT_REFUSED
    finally:
        opened.close()
    print(
        f"post {approval.post_id}: {approval.decision} by {approval.approver_name} "
        f"(decision {approval.id}, content hash {approval.content_hash})"
    )
    return EXIT_OK


def _iso_time(value: str, option: str) -> dt.datetime:
    import datetime

    try:
        return datetime.datetime.fromisoformat(value.strip())
    except ValueError:
        raise BayanError(
            f"{option} {value!r} is not a date and time: use ISO 8601, e.g. 2026-06-01T09:30+03:00"
        ) from None


def cmd_post(args: argparse.Namespace) -> int:
    """``bayan post submit|withdraw|publish|archive|trail ID``: 0 with the post's state (or its
    trail), 1 when the change is refused (a forbidden transition, the checklist, a URL off the
    platform's domain, content changed since approval), 2 for bad input (no such post)."""
    from app.core.states import ForbiddenTransition
    from app.services.posts import PostError, PostNotFound
    from app.services.publication import PublicationError
    from app.services.workspace import open_workspace

    at = _iso_time(args.at, "--at") if getattr(args, "at", None) else None
    opened = open_workspace(_workspace(args))
    try:
        try:
            return _post_action(args, opened, at)
        except PostNotFound:
            raise
        except (ForbiddenTransition, PostError, PublicationError) as exc:
            print(f"bayan post {args.post_command}: refused: {exc}", file=sys.stderr)
            return EXIT_REFUSED
    finally:
        opened.close()


def _post_action(args: argparse.Namespace, opened: OpenWorkspace, at: dt.datetime | None) -> int:
    import datetime

    from app.services.posts import PostService

    posts = PostService(opened.sessions, opened.workspace.media_dir)
    post_id = args.post_id
    command = args.post_command
    if command == "trail":
        posts.get(post_id)  # PostNotFound for a post that does not exist
        return _print_trail(opened, post_id, args.json)
    if command == "submit":
        state = posts.submit_for_review(post_id).state
    elif command == "withdraw":
        state = posts.withdraw(post_id, args.note).state
    elif command == "archive":
        from app.services.publication import PublicationService

        posts.get(post_id)
        PublicationService(opened.sessions).archive(post_id)
        state = posts.get(post_id).state
    else:  # publish
        from zoneinfo import ZoneInfo

        from app.services.publication import PublicationService
        from app.services.settings import SettingsService

        if at is None:
            at = datetime.datetime.now(datetime.UTC)
        elif at.tzinfo is None or at.utcoffset() is None:
            at = at.replace(tzinfo=ZoneInfo(SettingsService(opened.sessions).timezone()))
        posts.get(post_id)
        state = PublicationService(opened.sessions).record(post_id, args.platform, at, args.url)
        print(f"post {post_id}: {args.platform} recorded at {at.isoformat()}")
    print(f"post {post_id} is {state.replace('_', ' ')}")
    return EXIT_OK


def _print_trail(opened: OpenWorkspace, post_id: int, as_json: bool) -> int:
    import json

    from app.services.audit import AuditLog

    trail = AuditLog(opened.sessions).trail("post", post_id)
    if as_json:
        rows = [
            {
                "number": e.number,
                "at": e.at.isoformat(),
                "actor": e.actor,
                "action": e.action,
                "details": e.details,
                "hash": e.hash,
            }
            for e in trail
        ]
        print(json.dumps(rows, ensure_ascii=False))
        return EXIT_OK
    if not trail:
        print(f"post {post_id} has no audit entries")
    for e in trail:
        details = json.dumps(e.details, ensure_ascii=False, sort_keys=True)
        print(f"{e.number}\t{e.at.isoformat()}\t{e.actor}\t{e.action}\t{details}\t{e.hash}")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    """``bayan search``: the results grouped by kind, best first (as the GUI's search); status
    0 with or without results, 2 for a query with nothing to look for."""
    from app.core.search import query_terms
    from app.services.search import MAX_QUERY_CHARS, SearchService
    from app.services.workspace import open_workspace

    if len(args.query) > MAX_QUERY_CHARS:
        raise BayanError(f"the query is longer than {MAX_QUERY_CHARS:,} characters")
    terms = query_terms(args.query)
    if not terms:
        raise BayanError("the query has no letters or digits to look for")
    opened = open_workspace(_workspace(args))
    try:
        with SearchService(opened.sessions) as service:
            hits = service.search(args.query, limit_per_kind=args.limit)
    finally:
        opened.close()
    if args.json:
        import json

        results = [
            {
                "kind": h.kind,
                "id": h.ref_id,
                "title": h.title,
                "snippet": h.snippet,
                "title_spans": [list(span) for span in h.title_spans],
                "snippet_spans": [list(span) for span in h.snippet_spans],
                "rank": round(h.rank, 6),
            }
            for h in hits
        ]
        report = {"query": args.query, "terms": terms, "results": results}
        print(json.dumps(report, ensure_ascii=False))
        return EXIT_OK
    if not hits:
        print(f"no results for {args.query!r}")
        return EXIT_OK
    headings = {"post": "Posts", "inquiry": "Inquiries", "media": "Media"}
    groups: dict[str, list] = {}  # type: ignore[type-arg]
    for hit in hits:
        groups.setdefault(hit.kind, []).append(hit)
    blocks = []
    for kind, group in groups.items():
        lines = [f"{headings[kind]} ({len(group)})"]
        for hit in group:
            lines.append(f"  {hit.kind} {hit.ref_id}\t{hit.title}")
            if hit.snippet:
                lines.append(f"    {hit.snippet}")
        blocks.append("\n".join(lines))
    print("\n\n".join(blocks))
    return EXIT_OK


def cmd_doctor(args: argparse.Namespace) -> int:
    from app.doctor import diagnose, render

    report = diagnose(args.workspace)
    if args.json:
        import json

        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(render(report))
    return EXIT_PROBLEMS if report["problems"] else EXIT_OK


def _report_period(args: argparse.Namespace) -> tuple[dt.date, str]:
    """The first day and kind of the period ``--month``, ``--quarter`` or ``--year`` names."""
    import datetime
    import re

    if args.month is not None:
        match = re.fullmatch(r"(\d{4})-(\d{2})", args.month)
        if match and 1 <= int(match[2]) <= 12:
            return datetime.date(int(match[1]), int(match[2]), 1), "month"
        raise BayanError(f"--month: {args.month!r} is not YYYY-MM")
    if args.quarter is not None:
        match = re.fullmatch(r"(\d{4})-Q([1-4])", args.quarter, re.IGNORECASE)
        if match:
            return datetime.date(int(match[1]), 3 * int(match[2]) - 2, 1), "quarter"
        raise BayanError(f"--quarter: {args.quarter!r} is not YYYY-Qn (n from 1 to 4)")
    if re.fullmatch(r"\d{4}", args.year or ""):
        return datetime.date(int(args.year), 1, 1), "year"
    raise BayanError(f"--year: {args.year!r} is not YYYY")


def cmd_report(args: argparse.Namespace) -> int:
    """``bayan report``: write the PDF; prints its path and page count."""
    import datetime

    from app.reports.monthly import build_monthly_report
    from app.services.settings import SettingsService
    from app.services.workspace import open_workspace

    start, kind = _report_period(args)
    if args.output.suffix.lower() != ".pdf":
        raise BayanError(f"-o: {args.output} does not end in .pdf")
    opened = open_workspace(_workspace(args))
    try:
        info = build_monthly_report(
            opened.sessions,
            start,
            kind,
            args.lang,
            args.output,
            clock=lambda: datetime.datetime.now(datetime.UTC),
            timezone=SettingsService(opened.sessions).timezone(),
            media_dir=opened.workspace.media_dir,
        )
    finally:
        opened.close()
    print(f"{info.path}: {info.pages} pages")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "export-workspace": cmd_export_workspace,
    "import-workspace": cmd_import_workspace,
    "export-ics": cmd_export_ics,
    "import-metrics": cmd_import_metrics,
    "check": cmd_check,
    "audit": cmd_audit,
    "approvers": cmd_approvers,
    "approve": cmd_approve,
    "post": cmd_post,
    "search": cmd_search,
    "report": cmd_report,
    "doctor": cmd_doctor,
}


GUI_OPTIONS = {"--workspace": "workspace", "--lang": "lang"}


def gui_arguments(argv: Sequence[str]) -> SimpleNamespace | None:
    """The GUI's own options, read without argparse (building its parsers costs start-up
    time); None when ``argv`` holds anything else, which argparse then parses or reports."""
    values: dict[str, object] = {"workspace": None, "lang": None, "bench_idle": False}
    args = iter(argv)
    for arg in args:
        name, equals, value = arg.partition("=")
        if arg == "--bench-idle":
            values["bench_idle"] = True
        elif name in GUI_OPTIONS:
            if not equals:
                value = next(args, "")
            if not value or value.startswith("-"):
                return None
            values[GUI_OPTIONS[name]] = value
        else:
            return None
    if values["lang"] not in (None, "ar", "en"):
        return None
    return SimpleNamespace(command=None, **values)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # The GUI's own options are read without building argparse's parsers (start-up time).
    args = gui_arguments(argv) or build_parser().parse_args(argv)
    if args.command is None:
        import gc

        # Start-up allocates a great many long-lived objects (modules, types, enums) and the
        # cyclic collector would walk them again and again: about a tenth of the start-up time.
        # The GUI turns it back on once the window is up (Launcher._after_start).
        gc.disable()
        try:
            from app.ui.launch import run_gui

            return run_gui(args)
        finally:
            gc.enable()
    try:
        return COMMANDS[args.command](args)
    except BayanError as exc:
        print(f"bayan {args.command}: {exc}{_way_out(args, exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:
        # A file a command writes (a report …) on a full or read-only disk: said plainly.
        from app.store.storage_errors import file_error

        message = file_error(exc)
        if message is None:
            raise
        print(f"bayan {args.command}: {message}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _way_out(args: argparse.Namespace, exc: BayanError) -> str:
    """For a damaged database, name the newest intact backup and how to restore it."""
    from app.errors import DatabaseDamaged

    if not isinstance(exc, DatabaseDamaged) or args.command == "restore":
        return ""
    from app.services.workspace import newest_intact_backup

    try:
        ws = _workspace(args)
        good = newest_intact_backup(ws)
    except BayanError:
        return ""
    if good is None:
        return "; no intact backup was found in backups/"
    import shlex

    command = shlex.join(["bayan", "restore", "--workspace", str(ws.root), str(good)])
    return f"; to restore the newest intact backup: {command}"


if __name__ == "__main__":
    sys.exit(main())
