"""The media archive's parts: the thumbnail grid, the detail panel and the dialogs of
:class:`app.ui.pages.archive.ArchivePage`."""
