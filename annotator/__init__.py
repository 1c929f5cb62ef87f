"""Testimony Annotator: offline qualitative coding of testimony text."""

__version__ = "0.1.0"
LICENSE = "MIT"  # as pyproject.toml says (a test keeps them equal); the bundle has no metadata to ask
APP_NAME = "Testimony Annotator"
