"""Dialogs: exception report, import report, attributes, shortcuts help, quick-code palette."""
