"""The inquiry and complaint log in the GUI (SPEC §5, issue 6)."""
