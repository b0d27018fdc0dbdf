"""What changes files: writing outputs safely, ``init`` and ``rollover``."""
