"""One opened case: the case view (header, banners, tabs), the tab base with what a tab needs from its host,
one module per tab with its dialogs, and the case rules that need no widget (who may request or decide a
closure, which measures end soon)."""
