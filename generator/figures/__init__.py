"""Figures: quantities found in the sources, compared across them."""
