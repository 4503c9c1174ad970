"""Printed materials: plain data in, PDF bytes out. Knows nothing of sessions or Qt."""

from mentordesk.printing.data import (
    Branding,
    ContactInfo,
    MilestoneInfo,
    PairInfo,
    PersonCard,
    ProgrammeDoc,
    RoleInfo,
    StandardText,
)

__all__ = [
    "Branding",
    "ContactInfo",
    "MilestoneInfo",
    "PairInfo",
    "PersonCard",
    "ProgrammeDoc",
    "RoleInfo",
    "StandardText",
]
