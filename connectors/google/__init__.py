"""Google Calendar and Gmail connectors (issue 5)."""
