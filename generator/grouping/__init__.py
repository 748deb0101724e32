"""Grouping loose articles into stories, and keeping their identity across builds."""
