"""Reports made from a workspace (SPEC §9); reportlab is imported only when one is made."""
