"""Dialogs of the MentorDesk window."""
