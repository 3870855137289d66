"""The platform-limits table in Settings: edits are validated and stored; defaults come back."""

from __future__ import annotations

from app.core.limits import DEFAULT_LIMITS, LIMIT_NAMES


def _row(name: str) -> int:
    return LIMIT_NAMES.index(name)


def test_an_edited_limit_is_stored_and_read_back(launch, workspace) -> None:  # type: ignore[no-untyped-def]
    workspace.close()
    window = launch(workspace.workspace.root)
    page = window.settings
    table = page.limits_table
    assert table.rowCount() == len(LIMIT_NAMES)
    assert table.item(_row("x_text"), 1).text() == "280"
    assert table.item(_row("linkedin_alt_text"), 2).text().startswith("PLAT-LI")
    table.item(_row("linkedin_alt_text"), 1).setText("١٠٠٠")  # Arabic-Indic digits
    page.save_limits.click()
    assert page.limits_message.text() == "Platform limits saved."
    assert window.context.settings.platform_limits().linkedin_alt_text == 1000


def test_a_bad_value_names_the_limit_and_changes_nothing(launch, workspace) -> None:  # type: ignore[no-untyped-def]
    workspace.close()
    window = launch(workspace.workspace.root)
    page = window.settings
    page.limits_table.item(_row("instagram_hashtags"), 1).setText("30")
    page.save_limits.click()
    page.limits_table.item(_row("x_text"), 1).setText("many")
    page.save_limits.click()
    assert "X: post (weighted characters)" in page.limits_message.text()
    assert "Nothing was changed" in page.limits_message.text()
    assert page.limits_table.currentRow() == _row("x_text")
    limits = window.context.settings.platform_limits()
    assert limits.instagram_hashtags == 30
    assert limits.x_text == DEFAULT_LIMITS.x_text


def test_restore_defaults(launch, workspace) -> None:  # type: ignore[no-untyped-def]
    workspace.close()
    window = launch(workspace.workspace.root)
    page = window.settings
    page.limits_table.item(_row("threads_text"), 1).setText("600")
    page.save_limits.click()
    page.reset_limits.click()
    assert page.limits_table.item(_row("threads_text"), 1).text() == "500"
    assert window.context.settings.platform_limits() == DEFAULT_LIMITS
