"""What every room of the GUI shares, and nothing about any one feature: running work off the GUI thread,
plain-text widgets, the one form toolkit, the one dialog base, tables, the one file chooser, translated
messages, styles, per-computer preferences and the icon. Imports no other gui package (tests/unit/test_layers.py).
"""
