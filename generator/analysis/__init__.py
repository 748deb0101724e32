"""Analysis: a story's sentences into a briefing (summary, key points, sources)."""
