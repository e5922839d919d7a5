"""``python -m gradlab`` is the ``gradlab`` command."""

import sys

from .cli import main

sys.exit(main())
