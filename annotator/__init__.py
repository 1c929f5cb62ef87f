"""Testimony Annotator: offline qualitative coding of testimony text."""

__version__ = "0.1.0"
APP_NAME = "Testimony Annotator"
