"""Settings → Organisation: names and logo saved through the panel, as a user would."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt


def _settings(window):  # type: ignore[no-untyped-def]
    window.navigation.setCurrentRow(window.page_factories.index(window._make_settings))
    return window.settings.organisation


def test_names_and_logo_are_saved(launch, workspace, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    workspace.close()
    window = launch(workspace.workspace.root, "en")
    panel = _settings(window)
    assert panel.logo.accessibleName() == "No organisation logo"
    assert not panel.remove_logo_button.isEnabled()
    panel.name_ar.setText("")
    panel.name_en.setText("Independent Election Commission")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.message.text().startswith("Enter the organisation's Arabic name.")
    assert window.context.organisation().organisation().name_en == ""  # nothing saved
    panel.name_ar.setText("الهيئة المستقلة للانتخاب")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    info = window.context.organisation().organisation()
    assert (info.name_ar, info.name_en) == (
        "الهيئة المستقلة للانتخاب",
        "Independent Election Commission",
    )
    assert "saved" in panel.message.text()

    bad = tmp_path / "notes.txt"
    bad.write_text("not an image")
    assert not panel.set_logo(bad)
    assert "is not a PNG or JPEG image" in panel.message.text()
    buffer = io.BytesIO()
    Image.new("RGB", (200, 100), "navy").save(buffer, format="PNG")
    logo = tmp_path / "logo.png"
    logo.write_bytes(buffer.getvalue())
    assert panel.set_logo(logo)
    assert panel.logo.accessibleName() == "Organisation logo"
    assert not panel.logo.pixmap().isNull()
    assert window.context.organisation().organisation().logo_path is not None
    qtbot.mouseClick(panel.remove_logo_button, Qt.MouseButton.LeftButton)
    assert window.context.organisation().organisation().logo_media_id is None
    assert panel.logo.accessibleName() == "No organisation logo"
