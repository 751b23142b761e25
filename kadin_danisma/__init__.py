"""Kadın Danışma: offline, encrypted case records for women's counseling centers."""

__version__ = "0.1.0"
