"""Static names and texts of the realistic demo (see mentordesk.services.demo).

Everything here is fiction: the organisations, the people and their stories. Phone numbers
use ranges reserved for drama where such ranges exist (Ofcom in the UK, 555-01xx in the US).
"""

from __future__ import annotations

from dataclasses import dataclass

CONSULTANCY = "Holm & Friis Mentoring"
LEAD_CONSULTANT = "Karen Holm"
ASSOCIATE_CONSULTANT = "Ulla Friis"

LEARNING_THEMES: tuple[str, ...] = (
    "Building a network of alliances across the organisation",
    "Managing in constantly changing conditions (KPIs versus leadership, complexity, "
    "global mindset)",
    "Moving from manager to leader and leading change",
    "Being a role model and clear on one's own values",
    "Clarity about one's career",
)

# Short labels of the themes, used as topics of the meeting reports.
THEME_LABELS: dict[str, str] = {
    LEARNING_THEMES[0]: "network of alliances",
    LEARNING_THEMES[1]: "changing conditions",
    LEARNING_THEMES[2]: "from manager to leader",
    LEARNING_THEMES[3]: "role model and values",
    LEARNING_THEMES[4]: "career clarity",
}

# UTC offsets in standard time: enough to tell a pair how far apart they sit.
TZ_OFFSET_HOURS: dict[str, int] = {
    "Europe/Copenhagen": 1,
    "Europe/Berlin": 1,
    "Europe/Amsterdam": 1,
    "Europe/Warsaw": 1,
    "Europe/Prague": 1,
    "Europe/Istanbul": 3,
    "Europe/Athens": 2,
    "Europe/Bucharest": 2,
    "Europe/Lisbon": 0,
    "Europe/London": 0,
    "America/New_York": -5,
    "America/Chicago": -6,
    "America/Denver": -7,
    "America/Los_Angeles": -8,
}


@dataclass(frozen=True)
class Home:
    """Where a person works: city, time zone, usual languages and a phone pattern."""

    city: str
    time_zone: str
    languages: tuple[str, ...]
    phone: str  # '#' is replaced by a digit


@dataclass(frozen=True)
class Department:
    name: str
    director: str
    managers: tuple[str, str]
    seniors: tuple[str, str]
    specialists: tuple[str, ...]
    graduate: str


@dataclass(frozen=True)
class OrganisationSpec:
    key: str
    name: str
    short_name: str
    initials: str
    sector: str
    country: str
    language: str
    address: str
    notes: str
    colour: str
    domain: str
    ceo_title: str
    sponsor_is_ceo: bool
    homes: dict[str, Home]
    departments: tuple[Department, ...]  # the last one is HR
    # (first name, last name, gender f/m/x/"", home key); the first one is the CEO.
    names: tuple[tuple[str, str, str, str], ...]
    topics: tuple[str, ...]  # specific topics for goals and expertise
    invoice_contact: tuple[str, str, str]  # (name, role, e-mail)


_DK = ("da", "en")

NORDLYS = OrganisationSpec(
    key="nordlys",
    name="Nordlys Energi A/S",
    short_name="Nordlys Energi",
    initials="NE",
    sector="Energy and utilities: electricity grid, district heating and wind power",
    country="Denmark",
    language="da",
    address="Kalvebod Brygge 45\n1560 København V\nDenmark",
    notes=(
        "Framework agreement since spring two years ago, renewed yearly in November. "
        "Invoices by EAN 5790002187465 with the PO number from HR on every invoice. "
        "Corporate language in management is English because of the Hamburg office; "
        "materials in Danish for the field sites. Workshops in the Copenhagen auditorium; "
        "parking must be booked with reception two days ahead."
    ),
    colour="#0B6E4F",
    domain="nordlysenergi.dk",
    ceo_title="Chief Executive Officer",
    sponsor_is_ceo=True,
    homes={
        "cph": Home("Copenhagen", "Europe/Copenhagen", _DK, "+45 ## ## ## ##"),
        "aar": Home("Aarhus", "Europe/Copenhagen", _DK, "+45 ## ## ## ##"),
        "esb": Home("Esbjerg", "Europe/Copenhagen", _DK, "+45 ## ## ## ##"),
        "ode": Home("Odense", "Europe/Copenhagen", _DK, "+45 ## ## ## ##"),
        "ham": Home("Hamburg", "Europe/Berlin", ("de", "en"), "+49 40 #### ####"),
    },
    departments=(
        Department(
            "Grid Operations",
            "Director, Grid Operations",
            ("Head of Grid Planning", "Head of Field Services"),
            ("Senior Grid Engineer", "Team Lead, Field Services"),
            ("Grid Engineer", "Asset Analyst", "Field Technician"),
            "Graduate Engineer",
        ),
        Department(
            "Renewables & District Heating",
            "Director, Renewables",
            ("Head of Wind Projects", "Head of District Heating"),
            ("Senior Project Manager", "Lead Heat Planner"),
            ("Project Engineer", "Energy Analyst"),
            "Graduate Engineer",
        ),
        Department(
            "Customers & Sales",
            "Director, Customers & Sales",
            ("Head of Customer Service", "Head of Business Sales"),
            ("Team Lead, Customer Service", "Key Account Manager"),
            ("Customer Advisor", "Sales Consultant", "Pricing Analyst"),
            "Commercial Graduate",
        ),
        Department(
            "Finance & IT",
            "Chief Financial Officer",
            ("Head of Finance", "Head of IT"),
            ("Senior Controller", "Lead Architect"),
            ("Financial Controller", "Data Engineer", "IT Security Specialist"),
            "Finance Graduate",
        ),
        Department(
            "People & Culture",
            "Director, People & Culture",
            ("Head of Leadership Development", "Head of HR Operations"),
            ("Senior HR Business Partner", "Senior Learning Consultant"),
            ("HR Business Partner", "Learning Consultant", "Payroll Specialist"),
            "HR Trainee",
        ),
    ),
    names=(
        ("Henrik", "Østergaard", "m", "cph"),
        ("Søren", "Løkke Ærøe", "m", "cph"),
        ("Åse", "Brøndum", "f", "aar"),
        ("Mette", "Kjærgaard", "f", "cph"),
        ("Jørgen", "Bøgh", "m", "esb"),
        ("Lærke", "Søndergaard", "f", "aar"),
        ("Bjørn", "Højgaard", "m", "esb"),
        ("Signe", "Ørum", "f", "cph"),
        ("Rasmus", "Krøyer", "m", "cph"),
        ("Ida", "Skjødt", "f", "ode"),
        ("Mads", "Grønbæk", "m", "aar"),
        ("Karoline", "Bæk", "f", "cph"),
        ("Anders", "Vestergård", "m", "aar"),
        ("Birgitte", "Lønborg", "f", "esb"),
        ("Frederik", "Strøm", "m", "cph"),
        ("Maja", "Østerby", "f", "cph"),
        ("Nikolaj", "Kærsgaard", "m", "ode"),
        ("Astrid", "Møller", "f", "cph"),
        ("Thomas", "Frøkjær", "m", "aar"),
        ("Cecilie", "Aagaard", "f", "cph"),
        ("Jesper", "Lykke", "m", "esb"),
        ("Pernille", "Sørensen", "f", "cph"),
        ("Kasper", "Nørgaard", "m", "aar"),
        ("Louise", "Bødker", "f", "cph"),
        ("Christian", "Dræbye", "m", "esb"),
        ("Trine", "Mølgaard", "f", "ode"),
        ("Morten", "Højbjerg", "m", "cph"),
        ("Julie", "Fæster", "f", "aar"),
        ("Emil", "Skovgård", "m", "cph"),
        ("Sofie", "Brændgaard", "f", "esb"),
        ("Jonas", "Thygesen", "m", "cph"),
        ("Helle", "Rønne", "f", "cph"),
        ("Ole", "Blæsbjerg", "m", "esb"),
        ("Anne-Mette", "Løvschall", "f", "aar"),
        ("Lars", "Gøtzsche", "m", "cph"),
        ("Camilla", "Ærenlund", "f", "cph"),
        ("Peter", "Sønderskov", "m", "ode"),
        ("Line", "Mørch", "", "aar"),
        ("Mikkel", "Åkjær", "m", "aar"),
        ("Kirsten", "Bønnelykke", "f", "cph"),
        ("Niels", "Kjær", "m", "esb"),
        ("Dorthe", "Lærkesen", "f", "cph"),
        ("Jakob", "Brønd", "m", "cph"),
        ("Stine", "Husum", "f", "ode"),
        ("Katrin", "Vogel", "f", "ham"),
        ("Jens-Uwe", "Brückner", "m", "ham"),
    ),
    topics=(
        "Leading the green transition",
        "Leading former peers",
        "Stakeholder management with municipalities",
        "Leading teams across sites",
        "Presenting to the executive board",
        "Balancing operations and projects",
    ),
    invoice_contact=("Kreditorbogholderiet", "Invoices by EAN", "kreditor@nordlysenergi.dk"),
)

MERIDIAN = OrganisationSpec(
    key="meridian",
    name="Meridian Freight Group B.V.",
    short_name="Meridian Freight",
    initials="MF",
    sector="Logistics: road freight, warehousing and customs in twelve countries",
    country="Netherlands",
    language="en",
    address="Wilhelminakade 91\n3072 AP Rotterdam\nNetherlands",
    notes=(
        "Host of the cross-mentoring circle. Offices in Rotterdam, Warsaw, Gdańsk, Prague, "
        "Brno, Istanbul, Athens, Lisbon and Bucharest: plan online meetings with the time "
        "zones in mind (Istanbul is two hours ahead of Rotterdam in winter). Names are "
        "written in their own script in the HR system, including Greek. Purchase orders "
        "through Coupa; the supplier number is 400-118-27."
    ),
    colour="#1D3557",
    domain="meridianfreight.com",
    ceo_title="Chief Executive Officer",
    sponsor_is_ceo=False,
    homes={
        "rtm": Home("Rotterdam", "Europe/Amsterdam", ("nl", "en"), "+31 10 ### ####"),
        "waw": Home("Warsaw", "Europe/Warsaw", ("pl", "en"), "+48 22 ### ## ##"),
        "gdn": Home("Gdańsk", "Europe/Warsaw", ("pl", "en"), "+48 58 ### ## ##"),
        "prg": Home("Prague", "Europe/Prague", ("cs", "en"), "+420 2## ### ###"),
        "brq": Home("Brno", "Europe/Prague", ("cs", "en"), "+420 5## ### ###"),
        "ist": Home("Istanbul", "Europe/Istanbul", ("tr", "en"), "+90 212 ### ## ##"),
        "ath": Home("Athens", "Europe/Athens", ("el", "en"), "+30 21# ### ####"),
        "lis": Home("Lisbon", "Europe/Lisbon", ("pt", "en"), "+351 21# ### ###"),
        "buh": Home("Bucharest", "Europe/Bucharest", ("ro", "en"), "+40 21 ### ####"),
    },
    departments=(
        Department(
            "Operations",
            "Chief Operating Officer",
            ("Head of Road Freight", "Head of Warehousing"),
            ("Regional Operations Lead", "Senior Route Planner"),
            ("Transport Planner", "Warehouse Supervisor", "Customs Specialist"),
            "Operations Trainee",
        ),
        Department(
            "Commercial",
            "Chief Commercial Officer",
            ("Head of Key Accounts", "Head of Marketing"),
            ("Senior Key Account Manager", "Lead Tender Manager"),
            ("Account Manager", "Tender Analyst", "Marketing Specialist"),
            "Commercial Trainee",
        ),
        Department(
            "Finance",
            "Chief Financial Officer",
            ("Head of Controlling", "Head of Procurement"),
            ("Senior Controller", "Lead Buyer"),
            ("Controller", "Buyer", "Treasury Analyst"),
            "Finance Trainee",
        ),
        Department(
            "Technology",
            "Chief Technology Officer",
            ("Head of Platform Engineering", "Head of Data & Analytics"),
            ("Lead Developer", "Senior Data Scientist"),
            ("Software Developer", "Data Analyst", "Product Owner"),
            "Junior Developer",
        ),
        Department(
            "People",
            "Chief People Officer",
            ("Head of Talent & Leadership", "Head of HR Services"),
            ("Senior HR Business Partner", "Lead Talent Partner"),
            ("HR Business Partner", "Recruiter", "HR Analyst"),
            "HR Trainee",
        ),
    ),
    names=(
        ("Annelies", "de Vries", "f", "rtm"),
        ("Łukasz", "Węgrzyn", "m", "waw"),
        ("Jiří", "Růžička", "m", "prg"),
        ("Çağrı", "Şahin", "m", "ist"),
        ("Γιώργος", "Παπαδόπουλος", "m", "ath"),
        ("Agnieszka", "Wróblewska", "f", "waw"),
        ("Tereza", "Dvořáková", "f", "prg"),
        ("Ayşe", "Yılmaz", "f", "ist"),
        ("Ελένη", "Κωνσταντίνου", "f", "ath"),
        ("Małgorzata", "Kołodziej", "f", "gdn"),
        ("Petr", "Šťastný", "m", "brq"),
        ("Mehmet", "Öztürk", "m", "ist"),
        ("Δημήτρης", "Νικολάου", "m", "ath"),
        ("Paweł", "Żak", "m", "waw"),
        ("Kateřina", "Horáková", "f", "prg"),
        ("Elif", "Güneş", "f", "ist"),
        ("Μαρία", "Γεωργίου", "f", "ath"),
        ("Katarzyna", "Dąbrowska", "f", "waw"),
        ("Tomáš", "Kříž", "m", "prg"),
        ("Emre", "Çelik", "m", "ist"),
        ("Νίκος", "Αντωνόπουλος", "m", "ath"),
        ("Michał", "Szczęsny", "m", "gdn"),
        ("Lucie", "Procházková", "f", "brq"),
        ("Zeynep", "Doğan", "f", "ist"),
        ("Joanna", "Pietrzyk", "f", "waw"),
        ("Ondřej", "Čermák", "m", "prg"),
        ("Burak", "Aydın", "m", "ist"),
        ("Grzegorz", "Łęcki", "m", "gdn"),
        ("Zuzana", "Bílková", "f", "brq"),
        ("Gülşen", "Kaya", "f", "ist"),
        ("Zofia", "Mróz", "f", "waw"),
        ("Andrzej", "Kowalczyk", "m", "waw"),
        ("Joost", "Bakker", "m", "rtm"),
        ("Femke", "van Dijk", "f", "rtm"),
        ("Ruud", "Janssen", "m", "rtm"),
        ("Sanne", "Visser", "x", "rtm"),
        ("Daan", "Mulder", "m", "rtm"),
        ("João", "Ribeiro", "m", "lis"),
        ("Inês", "Carvalho", "f", "lis"),
        ("Ioana", "Ionescu", "f", "buh"),
    ),
    topics=(
        "Leading across cultures and time zones",
        "Leading remote teams",
        "Growing a business in a new market",
        "Negotiating with large customers",
        "Digitalising a traditional business",
        "Leading through cost cutting",
    ),
    invoice_contact=(
        "Accounts Payable",
        "Invoices via Coupa, supplier 400-118-27",
        "ap.invoices@meridianfreight.com",
    ),
)

KINGSBRIDGE = OrganisationSpec(
    key="kingsbridge",
    name="Kingsbridge Building Society",
    short_name="Kingsbridge",
    initials="KB",
    sector="Financial services: mortgages and savings, 38 branches in the North of England",
    country="United Kingdom",
    language="en",
    address="Kingsbridge House\n14 Park Row\nLeeds LS1 5HD\nUnited Kingdom",
    notes=(
        "Client since the first Women in Leadership round. The People Director reports "
        "results to the board's Nominations Committee each spring, so the evaluation "
        "report is due by the end of February. All supplier staff sign in at reception "
        "with photo ID. Invoices quarterly, in GBP, quoting contract KBS-PD-0917."
    ),
    colour="#7A1E48",
    domain="kingsbridge.co.uk",
    ceo_title="Chief Executive",
    sponsor_is_ceo=True,
    homes={
        "lds": Home("Leeds", "Europe/London", ("en",), "+44 113 496 0###"),
        "man": Home("Manchester", "Europe/London", ("en",), "+44 161 496 0###"),
        "lon": Home("London", "Europe/London", ("en",), "+44 20 7946 0###"),
        "edi": Home("Edinburgh", "Europe/London", ("en",), "+44 131 496 0###"),
        "cdf": Home("Cardiff", "Europe/London", ("en", "cy"), "+44 29 2018 0###"),
    },
    departments=(
        Department(
            "Mortgages",
            "Mortgages Director",
            ("Head of Mortgage Underwriting", "Head of Intermediary Sales"),
            ("Senior Underwriter", "Team Leader, Mortgage Servicing"),
            ("Mortgage Underwriter", "Business Development Manager", "Mortgage Adviser"),
            "Graduate Analyst",
        ),
        Department(
            "Savings & Branches",
            "Director of Savings & Branches",
            ("Head of Branch Network", "Head of Savings Products"),
            ("Regional Branch Manager", "Senior Product Manager"),
            ("Branch Manager", "Product Analyst", "Customer Adviser"),
            "Branch Network Graduate",
        ),
        Department(
            "Risk & Compliance",
            "Chief Risk Officer",
            ("Head of Compliance", "Head of Credit Risk"),
            ("Senior Compliance Manager", "Senior Risk Analyst"),
            ("Compliance Officer", "Credit Risk Analyst", "Financial Crime Investigator"),
            "Graduate Risk Analyst",
        ),
        Department(
            "Finance",
            "Finance Director",
            ("Head of Financial Reporting", "Head of Treasury"),
            ("Senior Financial Accountant", "Treasury Manager"),
            ("Financial Accountant", "Treasury Analyst", "Management Accountant"),
            "Finance Graduate",
        ),
        Department(
            "People",
            "People Director",
            ("Head of Talent & Inclusion", "Head of Reward"),
            ("Senior People Partner", "Learning & Development Lead"),
            ("People Partner", "Reward Analyst", "Learning & Development Specialist"),
            "People Graduate",
        ),
    ),
    names=(
        ("Catherine", "Ashworth", "f", "lds"),
        ("Siobhán", "O'Connor", "f", "man"),
        ("James", "Whitaker", "m", "lds"),
        ("Priya", "Raghavan", "f", "lon"),
        ("Rebecca", "Thornton", "f", "lds"),
        ("Oliver", "Bennett", "m", "man"),
        ("Hannah", "Whitfield", "f", "lds"),
        ("Aisha", "Okafor", "f", "lon"),
        ("Daniel", "Hughes", "m", "cdf"),
        ("Fiona", "MacLeod", "f", "edi"),
        ("Charlotte", "Pemberton", "f", "lds"),
        ("Rajesh", "Patel", "m", "lon"),
        ("Emma", "Dalton", "f", "man"),
        ("Gemma", "Price", "f", "cdf"),
        ("Matthew", "Carter", "m", "lds"),
        ("Laura", "Fitzgerald", "f", "man"),
        ("Sarah", "Jenkins", "f", "lds"),
        ("Callum", "Fraser", "m", "edi"),
        ("Niamh", "Gallagher", "f", "man"),
        ("Olivia", "Hargreaves", "f", "lds"),
        ("Samuel", "Osei", "m", "lon"),
        ("Zara", "Iqbal", "f", "man"),
        ("Rhiannon", "Evans", "f", "cdf"),
        ("Benjamin", "Shaw", "m", "lds"),
        ("Jessica", "Holloway", "f", "lds"),
        ("Amelia", "Clarke", "f", "lon"),
        ("David", "Llewellyn", "m", "cdf"),
        ("Megan", "Lloyd", "f", "man"),
        ("Chloé", "Durand", "f", "lon"),
        ("Andrew", "Kerr", "m", "edi"),
        ("Harriet", "Lowe", "f", "lds"),
        ("Naomi", "Mensah", "f", "lds"),
        ("Mark", "Sutton", "m", "man"),
        ("Eleanor", "Brooke-Taylor", "f", "lds"),
        ("Owen", "Pritchard", "m", "cdf"),
        ("Grace", "Whitworth", "", "man"),
    ),
    topics=(
        "Visibility and influence with the board",
        "Returning from parental leave into a bigger role",
        "Leading through regulatory change",
        "Building confidence to apply for senior roles",
        "Leading a branch team through closures",
        "Negotiating a promotion and salary",
    ),
    invoice_contact=("Purchase Ledger", "Quarterly invoices", "purchase.ledger@kingsbridge.co.uk"),
)

BRIGHTWATER = OrganisationSpec(
    key="brightwater",
    name="Brightwater Medical, Inc.",
    short_name="Brightwater",
    initials="BM",
    sector="Medical devices: cardiovascular implants and monitoring",
    country="United States",
    language="en",
    address="200 Seaport Boulevard, Suite 1400\nBoston, MA 02210\nUnited States",
    notes=(
        "New client, introduced by Kingsbridge's People Director. Designing a first "
        "internal programme for emerging leaders; also sending six leaders to the "
        "cross-mentoring circle. Four sites in four US time zones: keep workshops between "
        "11:00 and 14:00 Eastern. Contract in USD, net 45; W-8BEN-E form on file."
    ),
    colour="#0077B6",
    domain="brightwatermedical.com",
    ceo_title="President and Chief Executive Officer",
    sponsor_is_ceo=True,
    homes={
        "bos": Home("Boston", "America/New_York", ("en",), "+1 617 555 01##"),
        "msp": Home("Minneapolis", "America/Chicago", ("en",), "+1 612 555 01##"),
        "den": Home("Denver", "America/Denver", ("en",), "+1 303 555 01##"),
        "san": Home("San Diego", "America/Los_Angeles", ("en", "es"), "+1 619 555 01##"),
    },
    departments=(
        Department(
            "Research & Development",
            "VP, Research & Development",
            ("Director, Cardiovascular Devices", "Director, Clinical Affairs"),
            ("Principal Engineer", "Clinical Research Manager"),
            ("Design Engineer", "Clinical Research Associate", "Regulatory Affairs Specialist"),
            "Associate Engineer",
        ),
        Department(
            "Operations & Quality",
            "VP, Operations",
            ("Director, Manufacturing", "Director, Quality Assurance"),
            ("Senior Manufacturing Engineer", "Quality Manager"),
            ("Manufacturing Engineer", "Quality Engineer", "Supply Chain Planner"),
            "Associate Quality Engineer",
        ),
        Department(
            "Sales & Marketing",
            "VP, Sales & Marketing",
            ("Director, US Sales", "Director, Product Marketing"),
            ("Regional Sales Manager", "Senior Product Manager"),
            ("Territory Manager", "Product Marketing Specialist", "Clinical Specialist"),
            "Sales Associate",
        ),
        Department(
            "Human Resources",
            "VP, Human Resources",
            ("Director, Talent Development", "Director, HR Operations"),
            ("Senior HR Business Partner", "Learning & Development Manager"),
            ("HR Business Partner", "Talent Acquisition Specialist", "HR Generalist"),
            "HR Coordinator",
        ),
    ),
    names=(
        ("Robert", "Callahan", "m", "bos"),
        ("Jennifer", "Alvarez", "f", "san"),
        ("Michael", "O'Brien", "m", "bos"),
        ("Ashley", "Nguyen", "f", "san"),
        ("Christopher", "Lee", "m", "msp"),
        ("Monique", "Washington", "f", "bos"),
        ("DeShawn", "Carter", "m", "den"),
        ("Emily", "Johansson", "f", "msp"),
        ("Kevin", "Park", "m", "san"),
        ("María", "González", "f", "san"),
        ("Brian", "Kowalski", "m", "msp"),
        ("Lauren", "Mitchell", "f", "bos"),
        ("Tyler", "Brooks", "m", "den"),
        ("Samantha", "Rivera", "f", "san"),
        ("Jason", "Goldberg", "m", "bos"),
        ("Nicole", "Thompson", "f", "den"),
        ("Marcus", "Reed", "m", "msp"),
        ("Rachel", "Cohen", "f", "bos"),
        ("Anthony", "Russo", "m", "bos"),
        ("Megan", "Sullivan", "f", "den"),
        ("Eric", "Chen", "m", "san"),
        ("Brittany", "Hayes", "f", "msp"),
        ("Daniel", "Kim", "m", "bos"),
        ("Amanda", "Foster", "f", "den"),
        ("José", "Hernández", "m", "san"),
        ("Stephanie", "Wright", "f", "bos"),
        ("Ryan", "McCarthy", "m", "bos"),
        ("Priyanka", "Sharma", "f", "msp"),
        ("Gregory", "Adams", "m", "den"),
        ("Jordan", "Ellis", "x", "bos"),
    ),
    topics=(
        "Leading engineers as a first-time manager",
        "Working with the FDA and notified bodies",
        "Scaling a team in a fast-growing company",
        "Influencing without authority",
        "Leading across sites and time zones",
        "Executive presence",
    ),
    invoice_contact=("Accounts Payable", "Invoices, net 45", "ap@brightwatermedical.com"),
)

ORGANISATIONS: tuple[OrganisationSpec, ...] = (NORDLYS, MERIDIAN, KINGSBRIDGE, BRIGHTWATER)

# Languages beyond the ones of a person's home.
EXTRA_LANGUAGES: dict[tuple[str, str], tuple[str, ...]] = {
    ("Søren", "Løkke Ærøe"): ("de",),
    ("Henrik", "Østergaard"): ("de", "sv"),
    ("Katrin", "Vogel"): ("da",),
    ("Annelies", "de Vries"): ("de",),
    ("Łukasz", "Węgrzyn"): ("de",),
    ("Γιώργος", "Παπαδόπουλος"): ("fr",),
    ("Chloé", "Durand"): ("fr",),
    ("Rajesh", "Patel"): ("pa",),
    ("Kevin", "Park"): ("ko",),
    ("María", "González"): ("es",),
    ("José", "Hernández"): ("es",),
    ("Daan", "Mulder"): ("de",),
}

# Someone who speaks only Danish: the matching must pair this person with Danish speakers.
ONLY_LANGUAGES: dict[tuple[str, str], tuple[str, ...]] = {
    ("Ole", "Blæsbjerg"): ("da",),
}

PREVIOUS_CAREERS: tuple[str, ...] = (
    "eight years in management consulting",
    "a career in the public sector",
    "ten years with an international shipping company",
    "a start-up that was later acquired",
    "several roles in a large bank",
    "engineering and project management abroad",
    "a decade in the armed forces and later in operations",
    "leading a family business through a generational change",
)

BIOGRAPHIES: tuple[str, ...] = (
    "{title} with {years} years at {org}. Came from {prev}. Has led two "
    "reorganisations and cares about developing first-time managers.",
    "{years} years at {org}, now {title}. Before that: {prev}. Has mentored in earlier "
    "programmes and enjoys helping others find their own way of leading.",
    "Joined {org} after {prev} and leads {team} people as {title}. Interested in "
    "strategy, stakeholder management and leading across sites.",
    "{title}. Started as a graduate at {org} and has since worked in three business "
    "units. Brings experience of leading change and of moving from specialist to leader.",
    "Experienced leader who came to {org} from {prev}; {title} for the last {years} "
    "years. Known for straight feedback and a practical approach to careers and networks.",
    "{title} and former specialist in {department}. Has built teams from scratch twice "
    "and is candid about the mistakes of a first leadership job.",
)

MENTEE_NOTES: tuple[str, ...] = (
    "Took over a team of twelve former colleagues this year; wants help with setting "
    "direction and with the difficult conversations.",
    "Nominated by the director. Would like a mentor outside the department who can "
    "challenge assumptions about the next career step.",
    "Recently promoted to team lead. Finds it hard to let go of the specialist work and "
    "to delegate.",
    "Wants to understand how decisions are really made at the top and to build a network "
    "beyond the home site.",
    "Leads a team across two sites and feels the distance; looking for ways to lead "
    "people seen in person only once a month.",
    "Considering whether to stay on the specialist track or go for a leadership role; "
    "wants an honest sparring partner.",
    "Returned from parental leave to a larger area of responsibility; wants to find a "
    "sustainable rhythm.",
    "Asked to lead the change project in the department and has no experience of "
    "resistance to change on this scale.",
    "Applied after a conversation with HR at the annual review. Prefers meetings in "
    "person where possible.",
    "Would like to work on presenting to senior management and on saying no.",
    "New to the organisation (less than a year) and wants to understand the culture and "
    "its unwritten rules.",
)

# Only for women, e.g. in a Women in Leadership programme.
WOMEN_MENTEE_NOTES: tuple[str, ...] = (
    "Strong specialist, often the only woman in the room at steering group meetings; "
    "wants to work on visibility and influence.",
    "Turned down a team-leader role last year because of timing; wants to be ready and "
    "confident next time.",
)

MENTOR_NOTES: tuple[str, ...] = (
    "Mentored two mentees in earlier programmes; happy to take one more.",
    "First time as a mentor. Would like a mentee from another part of the business.",
    "Travels a lot in the spring: prefers online meetings in that period.",
    "Was a mentee in an earlier programme and wants to give something back.",
    "Can take two mentees if needed. Prefers mentees who are new leaders.",
    "Available from the kick-off; asks for a short briefing on the mentor role beforehand.",
    "Experienced with mentees who are considering a career change.",
    "Suggested by the sponsor. Direct and challenging style, which suits a mentee who "
    "wants to be pushed.",
)

MEETING_TOPICS: tuple[str, ...] = (
    "Agreement and expectations",
    "Goals for the programme",
    "Feedback from the team",
    "Stakeholder map",
    "Handling resistance to change",
    "Career options",
    "Delegation",
    "Prioritising and saying no",
    "Preparing a presentation to the executive board",
    "Values and leadership identity",
    "A difficult conversation with an employee",
    "Building a network outside the department",
    "Leading in a reorganisation",
    "Work-life balance",
    "Next steps after the programme",
)

CONFIDENTIAL_MENTEE_NOTES: tuple[str, ...] = (
    "Told me in confidence that {first} has had a strained relationship with the line manager "
    "since the reorganisation and is considering applying elsewhere. Wants the mentor to "
    "help decide; does not want HR to know yet.",
    "{first} is going through a divorce this year and energy is low. Asked that meetings "
    "be kept flexible. Not to be shared with the organisation.",
    "{first} feels passed over for the head-of role that went to an external candidate; "
    "some bitterness about the director's decision. Agreed to raise it with the mentor "
    "first.",
    "Conflict with a colleague in the management team about budget ownership; {first} "
    "describes the manager as avoiding the issue. Possible topic for the mentor, not "
    "for HR.",
    "{first} mentioned stress symptoms and sleeping badly during the system migration. "
    "Encouraged {first} to talk to occupational health; will ask again at the next call.",
    "{first} is caring for a seriously ill parent and may need to pause for a few weeks "
    "in the spring. Only the mentor should know, and only if {first} chooses to tell.",
)

ORDINARY_MENTEE_NOTES: tuple[str, ...] = (
    "Clear goals and well prepared. Prefers a mentor from another department with "
    "experience of leading change.",
    "{first} is motivated and reflective. Main wish: a mentor who has made the move from "
    "specialist to leader.",
    "Somewhat vague goals at first; we sharpened them to two concrete ones during the "
    "interview. Meetings in person preferred.",
    "Very open about wanting a sparring partner on career choices. Would welcome a "
    "mentor who challenges.",
)

CONFIDENTIAL_MENTOR_NOTES: tuple[str, ...] = (
    "{first} admitted to having doubts about a future in the company after the "
    "merger talks; wants to mentor regardless. Keep in mind when matching.",
    "{first} is in a long-running disagreement with another director about resources; "
    "do not match with a mentee from that director's area.",
)

ORDINARY_MENTOR_NOTES: tuple[str, ...] = (
    "Experienced, calm and curious. Understands the mentor role well and does not give "
    "advice too quickly.",
    "{first} has strong views on leadership; briefed on listening before advising.",
    "Good fit for a mentee who wants to work on strategy and stakeholders.",
    "Generous with time; prefers a mentee who takes responsibility for the agenda.",
)

# (what the call found, meetings held so far, agreement signed)
FOLLOW_UP_OUTCOMES: tuple[tuple[str, int, str], ...] = (
    ("Good start: two meetings held, agreement signed, next meeting booked.", 2, "Yes"),
    (
        "The pair has met once and agreed on goals; the mentee will send the agreement to HR.",
        1,
        "Not yet",
    ),
    ("Both positive. Meetings every five weeks, alternating between the two sites.", 1, "Yes"),
    (
        "Slow start because of holidays: one short meeting so far, the next is booked.",
        1,
        "Not yet",
    ),
    ("Working well; the mentee has already used the stakeholder map from the kick-off.", 2, "Yes"),
    ("Fine so far. Reminded the mentor of the first-meeting guide.", 1, "Yes"),
)

CHECK_IN_OUTCOMES: tuple[str, ...] = (
    "Meeting regularly; mentee reports progress on delegation and on the career goal.",
    "Four meetings so far. Both satisfied; will bring an example to the network meeting.",
    "Good progress. The mentee has taken on a cross-department project as a result.",
    "Some meetings moved because of the outage season, but the pair is back on track.",
)

FINAL_MOST_VALUABLE: tuple[str, ...] = (
    "Having someone outside my own line to think aloud with.",
    "The honest feedback on how I come across in meetings.",
    "Understanding how decisions are really made at the top.",
    "The network: I now know people in three other departments.",
    "Seeing how my mentor handles pressure and still makes time for people.",
    "Getting clear on what I want next, and the courage to say it.",
    "As a mentor: the mentee's questions made me rethink my own leadership.",
)

FINAL_IMPROVE: tuple[str, ...] = (
    "More structure in the first two meetings.",
    "A network meeting earlier in the programme.",
    "Nothing; keep the format.",
    "Better briefing of the mentees' managers.",
    "Shorter kick-off, more time with the mentor.",
    "Meeting rooms were hard to book at the Leeds office.",
)

FINAL_CONFIDENTIAL_NOTES: tuple[str, ...] = (
    "{first} has been offered a head-of role; not announced yet and confidential until "
    "the board has approved it.",
    "{first} says the programme helped with a difficult period with the manager, which "
    "is better now but not resolved. Does not want it in the report.",
    "{first} is thinking of leaving for a competitor after all; the mentor knows. Keep "
    "out of all reporting.",
)

FINAL_ORDINARY_NOTES: tuple[str, ...] = (
    "Very positive. {first} would like to be a mentor in a later round.",
    "Good learning about delegation and priorities; goals mostly reached.",
    "{first} valued the network meetings more than expected.",
    "Satisfied overall; the pair met eight times and plans to keep in touch.",
    "Goals partly reached; the career question is still open, but clearer.",
)

MIDTERM_WORKS: tuple[str, ...] = (
    "We prepare an agenda and I send notes afterwards.",
    "My mentor asks questions rather than giving answers.",
    "Meeting away from the office makes it easier to talk.",
    "Honest feedback, and my mentor shares her own mistakes.",
)

MIDTERM_ADJUST: tuple[str, ...] = (
    "Meet a little more often.",
    "Bring more concrete cases from work.",
    "Nothing at the moment.",
    "Book the dates for the rest of the year now.",
)
