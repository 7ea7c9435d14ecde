"""``python -m geodata``: see :mod:`geodata.cli`."""

import sys

from geodata.cli import main

if __name__ == "__main__":
    sys.exit(main())
