"""Time expressions: finding them in text and resolving them to dates (TIMEX3 values)."""
