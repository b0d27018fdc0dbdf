"""Files `medlofte init` lays out: the example promise, an empty skeleton, and the set-up
for editors, pre-commit and CI (stored without leading dots; init adds them)."""
