"""One module per command of ``python -m geodata`` (see :mod:`geodata.cli`)."""
