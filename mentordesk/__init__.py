"""MentorDesk: offline desktop application for mentoring consultancies."""

__version__ = "0.1.0"
APP_NAME = "MentorDesk"
