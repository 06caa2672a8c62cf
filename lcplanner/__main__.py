"""`python -m lcplanner` does what the `lcplanner` script does."""

import sys

from lcplanner.cli import main

sys.exit(main())
