"""Pages about the center rather than one case: users and their passwords, settings and backups, the vault
overview, the institution directory and the shelter registry."""
