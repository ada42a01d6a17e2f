"""Starts Herning Læser from a source checkout: ``python main.py``."""

import sys

from reader.app import main

if __name__ == "__main__":
    sys.exit(main())
