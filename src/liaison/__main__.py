"""``python -m liaison`` is the ``liaison`` command (``spark-submit`` needs a Python file to run)."""

from liaison.cli.main import main

if __name__ == "__main__":
    main()
