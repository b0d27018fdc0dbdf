"""The live preview's edge (``medlofte serve``): the pages built from the data folder, an
HTTP server on this machine that serves only those, and a watcher that rebuilds them when a
file is saved. It reads the data folder and never writes into it."""
