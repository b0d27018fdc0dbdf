"""What each output shows: the promise document, its follow-up, task lists and the status,
built from valid data as plain values (no formatting, no I/O)."""
