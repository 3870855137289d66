"""``python -m app``: the same as the ``bayan`` command."""

import sys

from app.cli import main

sys.exit(main())
