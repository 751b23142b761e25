"""The encrypted store: keys and key slots, SQLCipher connections, migrations, audit chain, backups.

Nothing here knows about users' permissions or the GUI; services/ decides who may do what.
"""
