"""``python -m medlofte``."""

from medlofte.cli import main

main()
