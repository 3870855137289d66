"""Use cases shared by the GUI and the command line; each takes its collaborators as arguments."""
