"""``python -m marsad.cli``: the same as the ``marsad`` command."""

from marsad.cli import main

main()
