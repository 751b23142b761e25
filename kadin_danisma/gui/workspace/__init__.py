"""The unlocked workspace: the top bar and its tabs (dashboard, case list, review queue, the registries and
administration pages, one tab per open case or intake) and the global search."""
