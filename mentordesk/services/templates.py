"""Built-in programme templates: a sound design and timeline to start from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time

from mentordesk.store.models import MilestoneKind, ProgrammeKind

DEFAULT_LEARNING_THEMES = (
    "Building a network of alliances across the organisation",
    "Managing in constantly changing conditions (KPIs versus leadership, complexity, "
    "global mindset)",
    "Moving from manager to leader and leading change",
    "Being a role model and clear on one's own values",
    "Clarity about one's career",
)


@dataclass(frozen=True)
class MilestonePlan:
    kind: MilestoneKind
    title: str
    offset_days: int
    start: time | None = None
    end: time | None = None
    agenda: str = ""


@dataclass(frozen=True)
class ProgrammeTemplate:
    key: str
    title: str
    description: str
    kind: ProgrammeKind
    purpose: str
    target_group: str
    success_criteria: str
    strategic_topics: tuple[str, ...] = ()
    learning_themes: tuple[str, ...] = DEFAULT_LEARNING_THEMES
    duration_days: int = 365
    meeting_rhythm: str = "Every 4–6 weeks, 1.5 hours"
    meeting_interval_weeks: int = 6
    meeting_length_minutes: int = 90
    milestones: tuple[MilestonePlan, ...] = field(default_factory=tuple)


_KICKOFF_AGENDA = (
    "Welcome by the sponsor\nThe purpose of the programme and its learning themes\n"
    "The roles of mentor and mentee\nMentors and mentees meet\nAgreements and next steps"
)
_STANDARD_TIMELINE = (
    MilestonePlan(
        MilestoneKind.KICKOFF, "Kick-off workshop", 0, time(9), time(15), _KICKOFF_AGENDA
    ),
    MilestonePlan(
        MilestoneKind.NETWORK,
        "Network meeting",
        91,
        time(15),
        time(17),
        "Experiences so far\nTheme session\nNetworking",
    ),
    MilestonePlan(
        MilestoneKind.MIDTERM,
        "Mid-term review",
        182,
        time(13),
        time(16),
        "Mid-term evaluation\nWhat works, what to adjust\nThe second half",
    ),
    MilestonePlan(
        MilestoneKind.NETWORK,
        "Network meeting",
        273,
        time(15),
        time(17),
        "Theme session\nNetworking",
    ),
    MilestonePlan(
        MilestoneKind.CLOSING,
        "Closing meeting",
        358,
        time(13),
        time(16),
        "Results and learning\nEvaluation\nCertificates and celebration",
    ),
)

TEMPLATES: dict[str, ProgrammeTemplate] = {
    t.key: t
    for t in (
        ProgrammeTemplate(
            key="leadership",
            title="Internal leadership programme",
            description="Experienced leaders mentor new and middle managers of one organisation.",
            kind=ProgrammeKind.INTERNAL,
            purpose="Develop the organisation's leaders and strengthen collaboration across "
            "departments through one-to-one mentoring.",
            target_group="New and middle managers with at least one year in the organisation.",
            success_criteria="At least 85% of pairs meet regularly; mentees report progress on "
            "their goals; 80% would recommend the programme.",
            strategic_topics=("Leadership development", "Collaboration across departments"),
            milestones=_STANDARD_TIMELINE,
        ),
        ProgrammeTemplate(
            key="cross",
            title="Cross-organisational programme",
            description="Mentors and mentees from several organisations learn from each other.",
            kind=ProgrammeKind.CROSS_ORGANISATIONAL,
            purpose="Give leaders a confidential sparring partner outside their own "
            "organisation and broaden their perspective.",
            target_group="Leaders from the participating organisations.",
            success_criteria="Every pair completes the programme; participants report new "
            "perspectives and a wider network.",
            strategic_topics=("Leadership development", "Perspective from outside"),
            milestones=_STANDARD_TIMELINE,
        ),
        ProgrammeTemplate(
            key="talent",
            title="Graduate and talent programme",
            description="Senior specialists and leaders mentor graduates and young talents.",
            kind=ProgrammeKind.INTERNAL,
            purpose="Help graduates and talents find their way in the organisation and keep "
            "them with us.",
            target_group="Graduates in their first two years and identified talents.",
            success_criteria="Retention of participants after two years above 90%; mentees "
            "have a clear development plan.",
            strategic_topics=("Retention of talent", "Onboarding"),
            learning_themes=(
                "Understanding the organisation and its culture",
                "Building a network of alliances across the organisation",
                "Clarity about one's career",
                "Personal effectiveness and priorities",
            ),
            duration_days=273,
            meeting_rhythm="Every 4 weeks, 1 hour",
            meeting_interval_weeks=4,
            meeting_length_minutes=60,
            milestones=(
                MilestonePlan(
                    MilestoneKind.KICKOFF,
                    "Kick-off workshop",
                    0,
                    time(9),
                    time(13),
                    _KICKOFF_AGENDA,
                ),
                MilestonePlan(
                    MilestoneKind.MIDTERM,
                    "Mid-term review",
                    137,
                    time(13),
                    time(15),
                    "Mid-term evaluation\nAdjustments",
                ),
                MilestonePlan(
                    MilestoneKind.CLOSING,
                    "Closing meeting",
                    266,
                    time(13),
                    time(16),
                    "Results\nEvaluation\nCertificates",
                ),
            ),
        ),
        ProgrammeTemplate(
            key="women-in-leadership",
            title="Women in leadership",
            description="Senior leaders mentor women on their way to leadership positions.",
            kind=ProgrammeKind.INTERNAL,
            purpose="Increase the share of women in leadership positions by supporting women "
            "on their way into leadership.",
            target_group="Women in specialist or first-line leadership roles aiming for "
            "leadership.",
            success_criteria="More women apply for and take up leadership roles within two "
            "years; participants report clarity about their career.",
            strategic_topics=("Diversity in leadership", "Leadership pipeline"),
            learning_themes=(
                "Clarity about one's career",
                "Building a network of alliances across the organisation",
                "Being a role model and clear on one's own values",
                "Moving from manager to leader and leading change",
                "Visibility and influence",
            ),
            milestones=_STANDARD_TIMELINE,
        ),
    )
}
