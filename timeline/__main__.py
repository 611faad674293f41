"""``python -m timeline`` runs the command line."""

from timeline.cli import main

if __name__ == "__main__":
    main()
