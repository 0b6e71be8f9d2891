"""Entry script of the frozen application: the same `provenance` command as the console script."""
import sys

from viewer.cli import main

if __name__ == "__main__":
    sys.exit(main())
