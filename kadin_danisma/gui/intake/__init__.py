"""The new-intake form: one scrolling page of numbered sections, its repeatable children and perpetrators,
its checks before saving and its draft state."""
