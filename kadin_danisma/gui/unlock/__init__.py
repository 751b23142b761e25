"""Everything before a session exists: the unlock page (password or recovery key), the first-run wizard, the
warning about an older copy of the vault, and the About dialog."""
