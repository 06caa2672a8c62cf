"""`python -m lcplanner` does what the `lcplanner` script does."""

import sys

from lcplanner.startup import plain_imports

plain_imports()  # before the rest is imported: PySide's import hook reads every module's source

from lcplanner.cli import main  # noqa: E402

sys.exit(main())
