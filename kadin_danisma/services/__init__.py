"""Use cases the GUI and the CLI share. Every permission check and audit entry happens here, not above."""
