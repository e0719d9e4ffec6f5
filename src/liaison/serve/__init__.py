"""Serve stage: a local web app and REST API over a liaison database (reads the store only)."""

from liaison.serve.app import create_app

__all__ = ["create_app"]
