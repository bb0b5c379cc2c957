"""``python -m generator`` is the same as the ``doorstroom`` command."""

from .cli import main

main()
