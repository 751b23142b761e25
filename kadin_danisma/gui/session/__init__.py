"""What every page of an unlocked workspace shares: the context (session, vocabulary labels, privacy mode,
draft keeper), made at unlock and dropped at lock."""
