"""`python -m afterview.daemon.cli` runs the command line."""

from afterview.daemon.cli import main

main()
