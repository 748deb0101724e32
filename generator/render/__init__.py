"""Rendering: finished briefings and the theme into output files (pages, JSON, assets)."""
