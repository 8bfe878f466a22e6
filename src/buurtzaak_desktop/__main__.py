import sys

from buurtzaak_desktop.cli import main

sys.exit(main())
