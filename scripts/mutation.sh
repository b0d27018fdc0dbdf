#!/usr/bin/env bash
# Mutation testing of src/medlofte/data and src/medlofte/views with mutmut (config in pyproject.toml).
# Usage: scripts/mutation.sh [mutmut run options]; then `.mutation-venv/bin/mutmut results`.
# Runs in its own virtual environment holding medlofte's dependencies but not medlofte itself:
# an editable install would let the tests import the unmutated code from src/ instead of mutants/.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .mutation-venv/bin/mutmut ]; then
  python3 -m venv .mutation-venv
  .mutation-venv/bin/pip install --quiet '.[test]' 'mutmut==3.8.1'
  .mutation-venv/bin/pip uninstall --quiet -y medlofte
fi
# The templates are the package medlofte.output.templates (pyproject maps the top-level folder there).
mkdir -p mutants/src/medlofte/output
[ -e mutants/src/medlofte/output/templates ] || ln -s "$PWD/templates" mutants/src/medlofte/output/templates
exec .mutation-venv/bin/mutmut run "$@"
