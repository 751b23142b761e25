"""PDF rendering (referral letters, summaries, the recovery-key sheet): plain data in, PDF bytes out.

Built by the documents issue; nothing here may import PySide6 or touch the vault.
"""
