"""The desktop interface (PySide6). The top of this package is the shell: `app` (start-up), `main_window` (the
one window and locking), `startup` (loading the heavy modules behind the unlock window), `demo_mode` and
`qt_check`. Below it, one room per feature, over one shared `base`:

- `base/`: what every room uses: workers, widgets, the form toolkit, the dialog base, tables, the file
  chooser, messages, styles, preferences, icons. It imports no other gui package.
- `session/`: what the unlocked workspace shares: the context, privacy mode, the draft keeper.
- `unlock/`: before a session: unlock, first-run wizard, the older-copy warning, About.
- `intake/`: the new-intake form.
- `case/`: one opened case: the view, the tab base, one module per tab, and the case rules.
- `admin/`: the center's registries and administration: users, settings, overview, directory, shelters.
- `workspace/`: the unlocked workspace: its tabs, search, dashboard, case list, review queue.

docs/architecture.md shows which room may import which.
"""
