"""The checklist beside the editor: findings (blockers first), their fixes, the justifications
that warnings need, and the manual confirmations.

The findings live in a list model that is updated in place on every keystroke: rows that stay
(the same rule on the same field) get their new span, new ones are inserted and gone ones
removed, so the view keeps its selection and no widget is rebuilt while typing.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.ui import labels, theme
from app.ui.editor.text_edits import FocusLineEdit
from app.ui.i18n import Retranslating, ltr

SEVERITY_RANK = {"blocker": 0, "warning": 1, "tip": 2}
FindingRole = Qt.ItemDataRole.UserRole + 1


def field_rank(field: str) -> tuple[int, str]:
    order = ("title", "text_ar", "text_en", "variant", "media", "link", "source_refs")
    head = field.split(":", 1)[0]
    return (order.index(head) if head in order else len(order), field)


def sort_findings(findings: Iterable[Any]) -> list[Any]:
    """Blockers first, then warnings, then tips; within each, by field and place in the text."""
    return sorted(
        findings,
        key=lambda f: (SEVERITY_RANK.get(f.severity, 3), field_rank(f.field), f.start, f.rule),
    )


def identities(findings: Sequence[Any]) -> list[tuple[str, str, int]]:
    """A finding's identity while the text changes: its rule, its field and which occurrence of
    that rule in that field it is."""
    seen: dict[tuple[str, str], int] = {}
    out = []
    for f in findings:
        key = (f.rule, f.field)
        n = seen.get(key, 0)
        seen[key] = n + 1
        out.append((f.rule, f.field, n))
    return out


class FindingsModel(QAbstractListModel):
    """The findings, with their describing text in the UI language."""

    def __init__(self, describe, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.findings: list[Any] = []
        self._keys: list[tuple[str, str, int]] = []
        self._describe = describe  # finding -> (display text, tooltip)
        style = QWidget().style() if parent is None else parent.style()
        self.icons = {
            "blocker": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "tip": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.findings)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or index.row() >= len(self.findings):
            return None
        finding = self.findings[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(finding)[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._describe(finding)[1]
        if role == Qt.ItemDataRole.DecorationRole:
            return self.icons.get(finding.severity, QIcon())
        if role == FindingRole:
            return finding
        return None

    def set_findings(self, findings: Sequence[Any]) -> None:
        """Update the rows in place (see the module docstring)."""
        new = list(findings)
        new_keys = identities(new)
        if new_keys == self._keys:
            changed = [i for i, (a, b) in enumerate(zip(self.findings, new, strict=True)) if a != b]
            self.findings = new
            if changed:
                self.dataChanged.emit(self.index(changed[0]), self.index(changed[-1]))
            return
        matcher = difflib.SequenceMatcher(None, self._keys, new_keys, autojunk=False)
        # Apply from the end, so earlier row numbers stay valid.
        for op, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
            if op == "equal":
                self.findings[i1:i2] = new[j1:j2]
                self._keys[i1:i2] = new_keys[j1:j2]
                self.dataChanged.emit(self.index(i1), self.index(i2 - 1))
                continue
            if i2 > i1:
                self.beginRemoveRows(QModelIndex(), i1, i2 - 1)
                del self.findings[i1:i2]
                del self._keys[i1:i2]
                self.endRemoveRows()
            if j2 > j1:
                self.beginInsertRows(QModelIndex(), i1, i1 + (j2 - j1) - 1)
                self.findings[i1:i1] = new[j1:j2]
                self._keys[i1:i1] = new_keys[j1:j2]
                self.endInsertRows()
        assert self._keys == new_keys

    def refresh_texts(self) -> None:
        if self.findings:
            self.dataChanged.emit(self.index(0), self.index(len(self.findings) - 1))


class ChecklistPanel(Retranslating, QWidget):
    """Signals carry the finding object as the checklist gave it."""

    findingActivated = Signal(object)  # go to its span
    fixRequested = Signal(object)
    justificationChanged = Signal()
    justificationFocusLost = Signal()
    manualChanged = Signal()

    def __init__(self, field_name, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.field_name = field_name  # field id -> its name in the UI language
        self.post_platforms: tuple[str, ...] = ()
        self.summary = QLabel(self)
        self.summary.setObjectName("checklistSummary")
        self.summary.setWordWrap(True)
        self.model = FindingsModel(self.describe, self)
        self.view = QListView(self)
        self.view.setObjectName("findings")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSpacing(2)
        self.view.setMinimumHeight(240)
        self.view.clicked.connect(self._activate)
        self.view.activated.connect(self._activate)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.rowsRemoved.connect(self._current_changed)
        self.model.modelReset.connect(self._current_changed)

        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        theme.muted(self.details)
        self.go_button = QPushButton(self)
        self.go_button.clicked.connect(self._go_current)
        self.fix_button = QPushButton(self)
        self.fix_button.setObjectName("fixButton")
        self.fix_button.clicked.connect(self._fix_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.go_button)
        buttons.addWidget(self.fix_button)
        buttons.addStretch(1)

        self.justify_box = QGroupBox(self)
        self.justify_form = QFormLayout(self.justify_box)
        self.justify_rows: dict[str, tuple[QLabel, FocusLineEdit]] = {}
        self.justifications: dict[str, str] = {}
        self.to_justify: list[str] = []

        self.manual_box = QGroupBox(self)
        self.manual_layout = QVBoxLayout(self.manual_box)
        self.manual_boxes: dict[str, QCheckBox] = {}
        self.manual_checks: dict[str, bool] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addWidget(self.justify_box)
        layout.addWidget(self.manual_box)
        self.retranslate()
        self._current_changed()

    # -- text -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Checklist findings"))
        self.go_button.setText(self.tr("Sh&ow in text"))
        self.fix_button.setText(self.tr("&Fix"))
        self.fix_button.setToolTip(self.tr("Apply the suggested fix to the selected finding"))
        self.justify_box.setTitle(self.tr("Why the warnings are acceptable"))
        self.manual_box.setTitle(self.tr("Confirm before submitting"))
        for rule, (label, edit) in self.justify_rows.items():
            label.setText(self.tr("%1:").replace("%1", ltr(rule)))
            edit.setPlaceholderText(self.tr("A short justification, kept with the post"))
            edit.setAccessibleName(self.tr("Justification for %1").replace("%1", ltr(rule)))
        for rule, box in self.manual_boxes.items():
            box.setText(
                self.tr("%1 (%2)")
                .replace("%1", labels.manual_confirmation(rule))
                .replace("%2", ltr(rule))
            )
        self.model.refresh_texts()
        self._update_summary()
        self._current_changed()

    def describe(self, finding: Any) -> tuple[str, str]:
        explanation = labels.rule_explanation(finding.rule, finding.message)
        where = self.field_name(finding.field)
        platforms = getattr(finding, "platforms", ()) or ()
        if set(platforms) >= set(self.post_platforms):
            platforms = ()  # every platform of the post: naming them all says nothing
        head = (
            self.tr("%1 · %2 · %3")
            .replace("%1", labels.severity(finding.severity))
            .replace("%2", ltr(finding.rule))
            .replace("%3", where)
        )
        if platforms:
            head += " · " + ", ".join(labels.platform(p) for p in platforms)
        return f"{head}\n{explanation}", finding.message

    def _update_summary(self) -> None:
        counts = {"blocker": 0, "warning": 0, "tip": 0}
        for f in self.model.findings:
            counts[f.severity] = counts.get(f.severity, 0) + 1
        if not self.model.findings:
            text = self.tr("No findings: the automatic checks pass.")
        else:
            text = (
                self.tr("Blockers: %1 · Warnings: %2 · Tips: %3")
                .replace("%1", QLocale().toString(counts["blocker"]))
                .replace("%2", QLocale().toString(counts["warning"]))
                .replace("%3", QLocale().toString(counts["tip"]))
            )
        self.summary.setText(text)
        theme.error_text(self.summary, counts["blocker"] > 0)

    # -- findings -----------------------------------------------------------------------------

    def set_findings(self, findings: Sequence[Any], platforms: Sequence[str] = ()) -> None:
        """Show ``findings``; ``platforms`` are the post's (a finding on all of them does not
        list them)."""
        if tuple(platforms) != self.post_platforms:
            self.post_platforms = tuple(platforms)
            self.model.refresh_texts()
        self.model.set_findings(sort_findings(findings))
        self._update_summary()
        self._current_changed()

    def findings(self) -> list[Any]:
        return list(self.model.findings)

    def row_of(self, rule: str, field: str | None = None) -> int:
        for row, f in enumerate(self.model.findings):
            if f.rule == rule and (field is None or f.field == field):
                return row
        return -1

    def current_finding(self) -> Any | None:
        index = self.view.currentIndex()
        return index.data(FindingRole) if index.isValid() else None

    def _current_changed(self, *args: object) -> None:
        finding = self.current_finding()
        self.go_button.setEnabled(finding is not None)
        self.fix_button.setEnabled(finding is not None and bool(getattr(finding, "fix", None)))
        if finding is None:
            self.details.setText(self.tr("Select a finding to see it in the text."))
        else:
            self.details.setText(ltr(finding.message) if self.isRightToLeft() else finding.message)

    def _activate(self, index: QModelIndex) -> None:
        finding = index.data(FindingRole)
        if finding is not None:
            self.findingActivated.emit(finding)

    def _go_current(self) -> None:
        finding = self.current_finding()
        if finding is not None:
            self.findingActivated.emit(finding)

    def _fix_current(self) -> None:
        finding = self.current_finding()
        if finding is not None and getattr(finding, "fix", None):
            self.fixRequested.emit(finding)

    # -- justifications -------------------------------------------------------------------------

    def set_justifications(self, values: dict[str, str]) -> None:
        self.justifications = {k: v for k, v in values.items() if v}
        for rule, (_, edit) in self.justify_rows.items():
            edit.blockSignals(True)
            edit.setText(self.justifications.get(rule, ""))
            edit.blockSignals(False)
        self._update_justifications()

    def justification_edit(self, rule: str) -> FocusLineEdit | None:
        row = self.justify_rows.get(rule)
        return row[1] if row else None

    def set_to_justify(self, rules: Sequence[str]) -> None:
        """Show a justification field for each warning rule in ``rules``."""
        self.to_justify = list(rules)
        self._update_justifications()

    def unjustified(self) -> list[str]:
        return [r for r in self.to_justify if not self.justifications.get(r, "").strip()]

    def _update_justifications(self) -> None:
        open_rules = self.to_justify
        for rule in open_rules:
            if rule not in self.justify_rows:
                label = QLabel(self.justify_box)
                edit = FocusLineEdit(self.justify_box)
                edit.setText(self.justifications.get(rule, ""))
                edit.textChanged.connect(lambda text, r=rule: self._justified(r, text))
                edit.focusLost.connect(self.justificationFocusLost)
                label.setBuddy(edit)
                self.justify_rows[rule] = (label, edit)
                self.justify_form.addRow(label, edit)
                self.retranslate_row(rule)
        for rule, (_, edit) in self.justify_rows.items():
            self.justify_form.setRowVisible(edit, rule in open_rules)
        self.justify_box.setVisible(bool(open_rules))

    def retranslate_row(self, rule: str) -> None:
        label, edit = self.justify_rows[rule]
        label.setText(self.tr("%1:").replace("%1", ltr(rule)))
        edit.setPlaceholderText(self.tr("A short justification, kept with the post"))
        edit.setAccessibleName(self.tr("Justification for %1").replace("%1", ltr(rule)))
        edit.setToolTip(labels.rule_explanation(rule))

    def _justified(self, rule: str, text: str) -> None:
        if text.strip():
            self.justifications[rule] = text
        else:
            self.justifications.pop(rule, None)
        self.justificationChanged.emit()

    # -- manual confirmations ---------------------------------------------------------------

    def set_manual_rules(self, rules: Sequence[str]) -> None:
        """Show a tick box for each of ``rules`` (the Manual rules that apply to this post)."""
        for rule in rules:
            if rule not in self.manual_boxes:
                box = QCheckBox(self.manual_box)
                box.setChecked(bool(self.manual_checks.get(rule)))
                box.setToolTip(labels.rule_explanation(rule))
                box.toggled.connect(lambda on, r=rule: self._ticked(r, on))
                self.manual_boxes[rule] = box
                self.manual_layout.addWidget(box)
                box.setText(
                    self.tr("%1 (%2)")
                    .replace("%1", labels.manual_confirmation(rule))
                    .replace("%2", ltr(rule))
                )
        for rule, box in self.manual_boxes.items():
            box.setVisible(rule in rules)
        self.manual_box.setVisible(bool(rules))

    def set_manual_checks(self, values: dict[str, bool]) -> None:
        self.manual_checks = {k: bool(v) for k, v in values.items()}
        for rule, box in self.manual_boxes.items():
            box.blockSignals(True)
            box.setChecked(self.manual_checks.get(rule, False))
            box.blockSignals(False)

    def visible_manual_rules(self) -> list[str]:
        return [r for r, box in self.manual_boxes.items() if not box.isHidden()]

    def _ticked(self, rule: str, on: bool) -> None:
        self.manual_checks[rule] = on
        self.manualChanged.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.fix_button.setVisible(not read_only)
        for _, edit in self.justify_rows.values():
            edit.setReadOnly(read_only)
        for box in self.manual_boxes.values():
            box.setEnabled(not read_only)
