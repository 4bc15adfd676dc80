"""``python -m unionkg.ontology [PATH]``: regenerate ``namespace.py`` from ``unionkg.ttl``."""

import sys

from .terms import main

sys.exit(main(sys.argv[1:]))
