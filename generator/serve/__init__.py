"""The live-reload preview, `briefing serve`."""
