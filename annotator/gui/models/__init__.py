"""Qt item models over the core: the codebook tree, the segments table, the document list."""
