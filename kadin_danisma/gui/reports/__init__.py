"""The Reports page (issue 18): the center's statistics for a month, a quarter, a year or any range, shown
as tables and bar charts and saved as PDF, XLSX or CSV; and the closing of past months after unlock.

`page` (the page: choose, run in a worker with progress and cancel, show, save), `period` (the period
chooser), `tables` (a report table as a Qt model, and its bar chart drawn with QPainter), `closing` (fixing
the figures of every closed period after unlock, in a worker). Everything about who may see what, which
cases count, which cells are hidden and the audit is in services/statistics; this room only shows it.
"""
