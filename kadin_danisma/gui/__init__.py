"""PySide6 widgets, models, dialogs and workers: a thin adapter over services/."""
