"""The Qt-free core: model, storage, import, codebook, changes, agreement, export.

Nothing under this package may import PySide6: the CLI, scripts and tests use it
without a display (enforced by ruff TID251 and tests/core/test_boundaries.py).
"""
