"""What the team does with coded projects: retrieval, agreement, merging, consensus, coder packages.

Above the store, the changes and the importers; below the exporters, REFI-QDA and the front ends.
"""
