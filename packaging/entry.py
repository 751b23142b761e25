"""PyInstaller's entry script for the bundle: the same `main` as the `kadin-danisma` command."""

import sys

from kadin_danisma.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
