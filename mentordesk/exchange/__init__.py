"""Import and export: spreadsheets, calendars, archives."""
