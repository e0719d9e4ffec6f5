"""The shared data model (see types.py)."""
