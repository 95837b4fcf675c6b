"""`python -m tangible` runs the CLI."""

from tangible.cli.main import main

main()
