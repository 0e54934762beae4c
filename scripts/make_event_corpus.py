"""Generate the DEV split of tests/corpus/events/ (labels.csv rows with split=dev).

More dev events come from scripts/make_event_corpus_dev2.py (the first holdout, since seen); the
holdout from scripts/make_event_corpus_holdout2.py. Run this one first (it rewrites labels.csv), then
those (they append).
Usage: .venv/bin/python scripts/make_event_corpus.py [--out tests/corpus/events]
"""

from __future__ import annotations

import argparse
import random
from datetime import date, datetime, timedelta
from pathlib import Path

from corpus_ics import ME, USER_GMAIL, USER_WORK, Spec, write_corpus

COMPANIES = [  # display, domain, city zone
    ("Acme Robotics", "acmerobotics.com", "America/New_York"),
    ("Blue Harbor Analytics", "blueharbor.io", "America/Los_Angeles"),
    ("Lumen Health", "lumenhealth.com", "America/New_York"),
    ("Quantix", "quantix.ai", "Europe/London"),
    ("Fernweh Reisen", "fernweh-reisen.de", "Europe/Berlin"),
    ("Brightline Bank", "brightlinebank.com", "Europe/London"),
    ("Papillon", "papillon-tech.fr", "Europe/Paris"),
    ("Solaria Energía", "solaria-energia.es", "Europe/Madrid"),
    ("Kestrel", "kestrel.dev", "America/Los_Angeles"),
    ("Moosgrün", "moosgruen.de", "Europe/Berlin"),
    ("Cobalt Labs", "cobaltlabs.com", "America/New_York"),
    ("Vireo", "getvireo.com", "America/Los_Angeles"),
]
ROLES = ["Senior Data Engineer", "Backend Engineer", "Staff Software Engineer", "Product Designer",
         "Engineering Manager", "Machine Learning Engineer", "Platform Engineer", "Data Analyst"]
ROLES_DE = ["Senior Backend-Entwickler (m/w/d)", "Data Engineer (m/w/d)", "Teamleiter Plattform (m/w/d)"]
ROLES_FR = ["Ingénieur Data", "Développeur Backend senior", "Chef de projet technique"]
ROLES_ES = ["Ingeniero de Datos", "Desarrollador Backend", "Jefe de Producto"]
PEOPLE = [("Dana Smith", "Engineering Manager"), ("Priya Raman", "Staff Engineer"),
          ("Marcus Webb", "Senior Recruiter"), ("Elena Petrova", "Director of Data"),
          ("Tom Okafor", "Principal Engineer"), ("Hannah Vogel", "Teamleiterin Backend"),
          ("Claire Dubois", "Responsable technique"), ("Lucía García", "Directora de Ingeniería"),
          ("Ken Watanabe", "Product Lead"), ("Sofia Rossi", "Senior Product Designer")]
COORD = ("Riley Park", "Recruiting Coordinator")
ZOOM = ("\n\n──────────\nJoin Zoom Meeting\nhttps://zoom.us/j/93811204455?pwd=abc\n\nMeeting ID: 938 1120 4455\n"
        "Passcode: 771204\n\nOne tap mobile\n+16469313860,,93811204455# US\n──────────")
TEAMS = ("\n\n________________________________________________________________________________\n"
         "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the "
         "meeting\nMeeting ID: 245 118 902 771\nPasscode: x7Ld2q\nDownload Teams | Join on the web\n"
         "Join with a video conferencing device\nConference ID: 1180 2240\n"
         "________________________________________________________________________________")
MEET = ("\n\n-::~:~::~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/abc-defg-hij\n"
        "Join by phone\n(US) +1 402-555-0143 PIN: 318 559 201#\n\nLearn more about Meet at: "
        "https://support.google.com/a/users/answer/9282720\n-::~:~::~:~:~:~:~:~:~:~::~:~::-")
WEBEX = ("\n\n-- Do not delete or change any of the following text. --\nJoin Webex meeting\n"
         "https://acme.webex.com/meet/r123\nMeeting number (access code): 2634 112 9870\nMeeting password: Int3rv")
VIDEO = [ZOOM, TEAMS, MEET, WEBEX]
TZSTYLES = ["olson", "custom", "windows", "xwr", "utc", "floating"]


def email(name: str, domain: str) -> str:
    first, *rest = name.lower().replace("í", "i").replace("ú", "u").split()
    return f"{first}.{rest[-1]}@{domain}" if rest else f"{first}@{domain}"


class Gen:
    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed)
        self.n = 0
        self.files: dict[str, list[Spec]] = {}
        # naive on purpose: wall-clock times that the writer labels with each spec's TZID style
        self.day = datetime(2025, 3, 3, 9, 0)  # noqa: DTZ001

    def when(self) -> datetime:
        self.day += timedelta(days=self.rnd.choice([1, 1, 2, 3]), hours=self.rnd.choice([0, 1, 2, 4, 5]))
        return self.day.replace(hour=self.rnd.choice([9, 10, 11, 13, 14, 15, 16]), minute=self.rnd.choice([0, 30]))

    def add(self, kind: str, spec: Spec) -> Spec:
        self.n += 1
        if not spec.tzstyle or spec.tzstyle == "olson":
            spec.tzstyle = self.rnd.choice(TZSTYLES)
        self.files[f"dev-{self.n:03d}-{kind}.ics"] = [spec]
        return spec

    def uid(self, tag: str) -> str:
        return f"{tag}-{self.rnd.randrange(16**10):010x}@dev.corpus"


def positives(g: Gen) -> None:
    r = g.rnd
    for i, (company, domain, zone) in enumerate(COMPANIES):
        role = ROLES[i % len(ROLES)]
        p1, p2 = r.sample(PEOPLE[:5] + PEOPLE[8:], 2)
        i1, i2 = email(p1[0], domain), email(p2[0], domain)
        coord = email(COORD[0], domain)
        # Greenhouse-style candidate invite sent by the coordinator
        g.add("greenhouse", Spec(
            g.uid("gh"), f"Interview with {company} - {role}", g.when(), 60, zone,
            description=f"Hi Jordan,\n\nThank you for your interest in {company}! We're excited to confirm your "
            f"interview for the {role} role.\n\nYou'll meet with:\n- {p1[0]}, {p1[1]}\n- {p2[0]}, {p2[1]}\n\n"
            f"If you need to reschedule, reply to this email.\n\nBest,\n{COORD[0]}\n{COORD[1]}, {company}"
            + VIDEO[i % 4],
            organizer=(COORD[0], coord),
            attendees=[(COORD[0], coord, "INDIVIDUAL"), ("Jordan Lee", USER_GMAIL, "INDIVIDUAL"),
                       (p1[0], i1, "INDIVIDUAL"), (p2[0], i2, "INDIVIDUAL")],
            is_interview=True, company=company, role=role, stage="", interviewers=[i1, i2]))
        # Lever / Ashby style from the ATS mailbox, stage in title
        stage, label = r.choice([("Technical Interview", "technical"), ("Phone Screen", "recruiter_screen"),
                                 ("Hiring Manager Interview", "hiring_manager"), ("Final Round", "final")])
        ats = r.choice([("no-reply@hire.lever.co", f"{company} via Lever"),
                        ("no-reply@ashbyhq.com", f"{company} Recruiting")])
        g.add("ats", Spec(
            g.uid("ats"), f"Jordan Lee <> {company} — {stage}", g.when(), 45, zone,
            description=f"{stage} for the {role} position.\n\nInterviewer: {p1[0]} ({p1[1]})\n"
            f"Candidate: Jordan Lee\n\nThis invite was scheduled via {'Lever' if 'lever' in ats[0] else 'Ashby'}."
            + VIDEO[(i + 1) % 4],
            organizer=(ats[1], ats[0]),
            attendees=[("Jordan Lee", USER_GMAIL, "INDIVIDUAL"), (p1[0], i1, "INDIVIDUAL")],
            is_interview=True, company=company, role=role, stage=label, interviewers=[i1]))
    for company, domain, zone in COMPANIES[:6]:
        rec = email("Marcus Webb", domain)
        g.add("phone-screen", Spec(
            g.uid("ps"), f"Phone screen: {company}", g.when(), 30, zone,
            description=f"Marcus from {company}'s talent team will call you at the number on your application. "
            "It's a 30 minute conversation about your background and what you're looking for.",
            location="Phone call", organizer=("Marcus Webb", rec),
            attendees=[("Marcus Webb", rec, "INDIVIDUAL"), ("Jordan Lee", USER_GMAIL, "INDIVIDUAL")],
            is_interview=True, company=company, stage="recruiter_screen", interviewers=[rec]))
    for company, domain, zone in COMPANIES[6:]:
        hm = email("Elena Petrova", domain)
        role = r.choice(ROLES)
        g.add("direct-hm", Spec(
            g.uid("hm"), "Jordan / Elena — chat", g.when(), 30, zone,
            description=f"Hi Jordan, looking forward to talking about the {role} opening on my team. "
            "Sarah from recruiting mentioned you had some questions about the on-call setup." + VIDEO[2],
            organizer=("Elena Petrova", hm), attendees=[("Jordan Lee", USER_GMAIL, "INDIVIDUAL")],
            is_interview=True, company=company, role=role, stage="", interviewers=[hm]))
    # GoodTime onsite with rooms and a coordinator
    for company, domain, zone in COMPANIES[:4]:
        ppl = PEOPLE[:3]
        sched = "\n".join(f"{10 + k}:00 - {10 + k}:45  {n}, {t}" for k, (n, t) in enumerate(ppl))
        mails = [email(n, domain) for n, _ in ppl]
        g.add("onsite", Spec(
            g.uid("onsite"), f"{company} Onsite Interview - Jordan Lee", g.when(), 240, zone,
            description=f"Welcome to your onsite with {company}!\n\nSchedule:\n{sched}\n\nPlease check in at "
            "reception 10 minutes early and bring a photo ID.\n\nPowered by GoodTime",
            location=f"{company} HQ, 5th floor",
            organizer=(f"{company} Interview Scheduling", f"scheduling@{domain}"),
            attendees=[("Jordan Lee", USER_GMAIL, "INDIVIDUAL"), ("Everest (8)", f"room-everest@{domain}", "ROOM"),
                       *((n, m, "INDIVIDUAL") for (n, _), m in zip(ppl, mails, strict=True)),
                       (COORD[0], email(COORD[0], domain), "INDIVIDUAL")],
            is_interview=True, company=company, stage="onsite", interviewers=mails))
    # Calendly booking by the user with a recruiter
    for company, domain, zone in COMPANIES[4:8]:
        rec = email("Priya Raman", domain)
        g.add("calendly", Spec(
            g.uid("cal"), "Recruiter Screen between Priya Raman and Jordan Lee", g.when(), 30, zone,
            description=f"Event Name: {company} - Recruiter Screen\n\nPlease share anything that will help "
            "prepare for our meeting.: Looking forward to it\n\nNeed to make changes to this event?\n"
            "Cancel: https://calendly.com/cancellations/AAA\nReschedule: https://calendly.com/reschedulings/AAA\n"
            "\nPowered by Calendly.com",
            organizer=("Priya Raman", rec), attendees=[("Jordan Lee", USER_GMAIL, "INDIVIDUAL")],
            is_interview=True, company=company, stage="recruiter_screen", interviewers=[rec]))


def multilingual(g: Gen) -> None:
    de = COMPANIES[4]
    hv, ts = email("Hannah Vogel", de[1]), email("Tom Okafor", de[1])
    for k, role in enumerate(ROLES_DE):
        g.add("de", Spec(
            g.uid("de"), f"Vorstellungsgespräch {de[0]} – {role}", g.when(), 60, "Europe/Berlin",
            description=f"Hallo Jordan,\n\nvielen Dank für Ihr Interesse an der Stelle als {role}. "
            f"Sie sprechen mit Hannah Vogel (Teamleiterin Backend) und Tom Okafor (Principal Engineer).\n\n"
            f"Viele Grüße\nIhr Recruiting-Team von {de[0]}" + (TEAMS if k % 2 else MEET),
            organizer=("Bewerbermanagement", f"bewerbung@{de[1]}"),
            attendees=[("Jordan Lee", USER_GMAIL, "INDIVIDUAL"), ("Hannah Vogel", hv, "INDIVIDUAL"),
                       ("Tom Okafor", ts, "INDIVIDUAL")],
            is_interview=True, company=de[0], role=role.replace(" (m/w/d)", ""),
            stage="", interviewers=[hv, ts]))
    g.add("de-tech", Spec(
        g.uid("de"), "Technisches Interview – Moosgrün", g.when(), 90, "Europe/Berlin",
        description="Im technischen Interview lösen wir gemeinsam eine kleine Programmieraufgabe. "
        "Gesprächspartner: Hannah Vogel, Teamleiterin Backend",
        organizer=("Hannah Vogel", "hannah.vogel@moosgruen.de"),
        attendees=[("Jordan Lee", USER_GMAIL, "INDIVIDUAL")], tzstyle="windows",
        is_interview=True, company="Moosgrün", stage="technical", interviewers=["hannah.vogel@moosgruen.de"]))
    fr = COMPANIES[6]
    cd = email("Claire Dubois", fr[1])
    for k, role in enumerate(ROLES_FR):
        title = ["Entretien technique – Papillon", "Premier entretien : Papillon x Jordan Lee",
                 "Entretien final chez Papillon"][k]
        g.add("fr", Spec(
            g.uid("fr"), title, g.when(), 60, "Europe/Paris",
            description=f"Bonjour Jordan,\n\nMerci pour votre candidature au poste de {role}. Vous rencontrerez "
            f"Claire Dubois, Responsable technique.\n\nÀ bientôt,\nL'équipe recrutement" + TEAMS,
            organizer=("Recrutement Papillon", f"recrutement@{fr[1]}"),
            attendees=[("Jordan Lee", USER_GMAIL, "INDIVIDUAL"), ("Claire Dubois", cd, "INDIVIDUAL")],
            is_interview=True, company=fr[0], role=role,
            stage=["technical", "recruiter_screen", "final"][k], interviewers=[cd]))
    es = COMPANIES[7]
    lg = email("Lucía García", es[1])
    for k, role in enumerate(ROLES_ES):
        title = ["Entrevista con Solaria Energía – " + role, "Entrevista técnica – Solaria Energía",
                 "Llamada inicial con Solaria Energía"][k]
        g.add("es", Spec(
            g.uid("es"), title, g.when(), 45, "Europe/Madrid",
            description=f"Hola Jordan,\n\nGracias por tu interés en el puesto de {role}. Te reunirás con "
            f"Lucía García, Directora de Ingeniería.\n\nUn saludo,\nEquipo de Selección" + MEET,
            organizer=("Selección Solaria", f"seleccion@{es[1]}"),
            attendees=[("Jordan Lee", USER_GMAIL, "INDIVIDUAL"), ("Lucía García", lg, "INDIVIDUAL")],
            is_interview=True, company=es[0], role=role, stage=["", "technical", "recruiter_screen"][k],
            interviewers=[lg]))


def odd_times(g: Gen) -> None:
    # the user's own copy, all-day onsite, a cancelled and a rescheduled interview
    g.add("self-note", Spec(
        g.uid("self"), "Interview Cobalt Labs (Platform Engineer) - 2nd round", g.when(), 60,
        organizer=("Jordan Lee", USER_GMAIL), description="Bring portfolio. Ask about team size.",
        is_interview=True, company="Cobalt Labs", role="Platform Engineer", trap="no attendees"))
    g.add("allday-onsite", Spec(
        g.uid("allday"), "Onsite at Quantix", date(2025, 4, 14), tzstyle="allday",
        organizer=("Jordan Lee", USER_GMAIL), description="Full day onsite interviews, London office.",
        is_interview=True, company="Quantix", stage="onsite", trap="all-day"))
    for status, seq, trap in (("CANCELLED", 2, "cancelled"), ("CONFIRMED", 3, "rescheduled")):
        dom = "lumenhealth.com"
        g.add(trap, Spec(
            g.uid(trap), "Lumen Health | Technical interview (Backend Engineer)", g.when(), 60,
            description="Your interview with Lumen Health. You will meet Tom Okafor, Principal Engineer." + ZOOM,
            organizer=(COORD[0], f"riley.park@{dom}"), status=status, sequence=seq,
            attendees=[("Jordan Lee", USER_GMAIL, "INDIVIDUAL"), ("Tom Okafor", f"tom.okafor@{dom}", "INDIVIDUAL")],
            is_interview=True, company="Lumen Health", role="Backend Engineer", stage="technical",
            interviewers=[f"tom.okafor@{dom}"], trap=trap))


def negatives(g: Gen) -> None:
    nw = "northwind-labs.com"
    coll = [("Priya Shah", f"priya.shah@{nw}"), ("Ben Carter", f"ben.carter@{nw}"), ("Ana Ruiz", f"ana.ruiz@{nw}")]
    cands = ["Alex Kim", "Morgan Diaz", "Sam Patel", "Chris Novak", "Yuki Sato", "Ines Moreau"]
    titles = ["Interview: {c} — Backend Engineer", "Interview with candidate {c}", "{c} / Onsite loop: coding",
              "Phone screen — {c} (Data Engineer)", "Technical interview: {c}", "Final round: {c}"]
    for k, cand in enumerate(cands):
        organizer = ("Northwind Recruiting", f"recruiting@{nw}") if k % 2 else coll[k % 3]
        attendees = [("Jordan Lee", USER_WORK, "INDIVIDUAL"), coll[(k + 1) % 3] + ("INDIVIDUAL",)]
        if k % 3 == 0:
            attendees.append((cand, cand.lower().replace(" ", ".") + "@gmail.com", "INDIVIDUAL"))
        g.add("user-interviewer", Spec(
            g.uid("int"), titles[k].format(c=cand), g.when(), 45, description=(
                f"Interview kit: https://app.greenhouse.io/guides/{k}\nPlease submit your scorecard within "
                "24 hours." if k % 2 else f"Candidate: {cand}\nResume attached in Greenhouse.") + ZOOM,
            organizer=organizer, attendees=attendees, trap="user as interviewer"))
    g.add("user-interviewer", Spec(
        g.uid("int"), "Interview Alex Kim - Backend Engineer", g.when(), 45,
        description="Interviewers: Jordan Lee, Ben Carter\nFocus: system design", organizer=("Greenhouse",
        "no-reply@greenhouse.io"), attendees=[("Jordan Lee", USER_WORK, "INDIVIDUAL"), coll[1] + ("INDIVIDUAL",)],
        trap="user as interviewer"))
    g.add("debrief", Spec(g.uid("deb"), "Debrief: Morgan Diaz (Staff Engineer)", g.when(), 30,
                          organizer=coll[0], attendees=[("Jordan Lee", USER_WORK, "INDIVIDUAL")],
                          trap="user as interviewer"))
    g.add("user-interviewer-de", Spec(
        g.uid("int"), "Bewerbungsgespräch mit Kandidatin Ines Moreau", g.when(), 60,
        description="Bitte den Bewertungsbogen nach dem Gespräch ausfüllen.", organizer=coll[2],
        attendees=[("Jordan Lee", USER_WORK, "INDIVIDUAL")], trap="user as interviewer"))
    for title in ("1:1 Jordan / Priya", "Sprint planning", "Team sync — data platform", "Quarterly review prep"):
        g.add("internal", Spec(g.uid("in"), title, g.when(), 30, organizer=coll[0],
                               attendees=[("Jordan Lee", USER_WORK, "INDIVIDUAL"), coll[1] + ("INDIVIDUAL",)]))
    g.add("internal-hiring", Spec(g.uid("in"), "Hiring sync: Backend Engineer pipeline", g.when(), 30,
                                  organizer=coll[1], attendees=[("Jordan Lee", USER_WORK, "INDIVIDUAL")],
                                  trap="hiring words, internal"))
    for title, org, desc in (
        ("Mock interview with Sam", ("Sam Lee", "sam.lee82@gmail.com"),
         "Practice system design. I'll play the interviewer."),
        ("Interview practice — career center", ("Career Center", "careers@uni-example.edu"),
         "Mock behavioural interview."),
        ("Probe-Interview mit Coach", ("Karin Bauer", "karin@bauer-coaching.de"), "Bewerbungstraining, Runde 2"),
        ("Entretien blanc avec Pôle emploi", ("Conseiller", "conseiller@francetravail.fr"), "Simulation d'entretien."),
    ):
        g.add("mock", Spec(g.uid("mock"), title, g.when(), 60, description=desc, organizer=org,
                           attendees=[("Jordan Lee", USER_GMAIL, "INDIVIDUAL")], trap="mock interview"))
    for title, org in (
        ("Webinar: How to ace your technical interview", ("Zoom Webinars", "no-reply@zoom.us")),
        ("Workshop — Negotiating your offer", ("Tech Careers Meetup", "events@techcareers.org")),
        ("Masterclass: Interviewing for PMs", ("Product School", "hello@productschool.com")),
    ):
        g.add("webinar", Spec(g.uid("web"), title, g.when(), 60, organizer=org, description=(
            "Thanks for registering! In this webinar we cover common interview questions." + ZOOM),
            attendees=[("Jordan Lee", USER_GMAIL, "INDIVIDUAL")], trap="webinar"))
    for title, org, desc in (
        ("User interview — Acme Robotics app (30 min)", ("Nia Brooks", "nia.brooks@acmerobotics.com"),
         "Thanks for joining our research study! You'll receive a $50 gift card after the session."),
        ("Customer interview: Northwind x Quantix", ("Leo Hart", "leo.hart@quantix.ai"),
         "We'd love your feedback on the Quantix dashboard."),
        ("Interview with TechCrunch", ("Jess Moore", "jess.moore@techcrunch.com"),
         "Reporter interview about Northwind's data platform launch."),
        ("Podcast recording: Data Eng Weekly", ("Raj Iyer", "raj@dataengweekly.fm"), "Episode 42 interview."),
    ):
        g.add("research-press", Spec(g.uid("rp"), title, g.when(), 45, description=desc + MEET, organizer=org,
                                     attendees=[("Jordan Lee", USER_WORK, "INDIVIDUAL")], trap="research/press"))
    for title in ("Dentist", "Haircut", "Mom's birthday dinner", "Flight LH 401 to FRA", "Zahnarzt", "Yoga"):
        g.add("personal", Spec(g.uid("p"), title, g.when(), 60, organizer=("Jordan Lee", USER_GMAIL)))
    for title, org in (("Coffee chat with Dana (Lumen Health)", ("Dana Smith", "dana.smith@lumenhealth.com")),
                       ("Informational interview — Blue Harbor", ("Ken Watanabe", "ken@blueharbor.io")),
                       ("Virtual coffee ☕", ("Sofia Rossi", "sofia.rossi@gmail.com"))):
        g.add("coffee", Spec(g.uid("cof"), title, g.when(), 30, organizer=org,
                             attendees=[("Jordan Lee", USER_GMAIL, "INDIVIDUAL")], trap="coffee chat"))
    g.add("tickler", Spec(
        "afterview-3f2a9c0d1e4b5a6978877665544332211", "Send thank-you notes — Acme Robotics, Senior Data Engineer",
        g.when(), 15, description="Write down who you met and one topic each.", organizer=("Jordan Lee", USER_GMAIL),
        extra=["X-AFTERVIEW-OWNER:afterview", "X-AFTERVIEW-KEY:thanks:acme-robotics:senior-data-engineer:1"],
        trap="afterview tickler"))
    for title, org in (("Acme Robotics x Northwind — Q3 integration sync",
                        ("Dana Smith", "dana.smith@acmerobotics.com")),
                       ("Quantix renewal call", ("Leo Hart", "leo.hart@quantix.ai"))):
        g.add("vendor", Spec(g.uid("v"), title, g.when(), 30, organizer=org, description="Agenda: roadmap" + ZOOM,
                             attendees=[("Jordan Lee", USER_WORK, "INDIVIDUAL")], trap="external, not hiring"))
    g.add("recurring", Spec(
        g.uid("rec"), "Weekly data platform standup", datetime(2025, 3, 3, 9, 30), 15,  # noqa: DTZ001
        rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=10", organizer=coll[0],
        attendees=[("Jordan Lee", USER_WORK, "INDIVIDUAL")],
        overrides=[(datetime(2025, 3, 17, 9, 30), "Weekly data platform standup (moved)")],  # noqa: DTZ001
        trap="recurring+override"))


def extras(g: Gen) -> None:
    g.add("jobvite", Spec(
        g.uid("jv"), "Final interview with our CEO – Cobalt Labs", g.when(), 45,
        description="Congratulations on reaching the final round for the Platform Engineer role! You'll meet "
        "Ken Watanabe, CEO." + ZOOM, organizer=("Cobalt Labs Talent", "talent@cobaltlabs.com"),
        attendees=[("Jordan Lee", USER_GMAIL, "INDIVIDUAL"), ("Ken Watanabe", "ken@cobaltlabs.com", "INDIVIDUAL")],
        is_interview=True, company="Cobalt Labs", role="Platform Engineer", stage="final",
        interviewers=["ken@cobaltlabs.com"]))
    g.add("pairing", Spec(
        g.uid("pp"), "Pair programming session - Kestrel", g.when(), 90,
        description="As the next step in our hiring process we'd like to pair with you on a small task.",
        organizer=("Tom Okafor", "tom@kestrel.dev"), attendees=[("Jordan Lee", USER_GMAIL, "INDIVIDUAL")],
        is_interview=True, company="Kestrel", stage="technical", interviewers=["tom@kestrel.dev"]))
    g.add("portfolio", Spec(
        g.uid("pf"), "Portfolio review — Product Designer role (Vireo)", g.when(), 60,
        organizer=("Sofia Rossi", "sofia@getvireo.com"), attendees=[("Jordan Lee", USER_GMAIL, "INDIVIDUAL")],
        is_interview=True, company="Vireo", role="Product Designer", interviewers=["sofia@getvireo.com"]))
    g.add("interviewer-training", Spec(
        g.uid("it"), "Interviewer training: structured interviews", g.when(), 60,
        organizer=("Priya Shah", "priya.shah@northwind-labs.com"), attendees=[("Jordan Lee", USER_WORK, "INDIVIDUAL")],
        trap="user as interviewer"))
    g.add("info-gmail", Spec(
        g.uid("inf"), "Informational chat about data roles", g.when(), 30,
        organizer=("Marcus Webb", "marcus.webb@yahoo.com"), attendees=[("Jordan Lee", USER_GMAIL, "INDIVIDUAL")],
        trap="coffee chat"))
    g.add("press-de", Spec(
        g.uid("pr"), "Presseinterview Handelsblatt", g.when(), 30,
        organizer=("Redaktion", "redaktion@handelsblatt.com"), attendees=[("Jordan Lee", USER_WORK, "INDIVIDUAL")],
        trap="research/press"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("tests/corpus/events"))
    args = parser.parse_args()
    g = Gen(seed=20250301)
    positives(g)
    multilingual(g)
    odd_times(g)
    negatives(g)
    extras(g)
    for stale in args.out.glob("dev-*.ics"):
        stale.unlink()
    count = write_corpus(args.out, g.files, "dev", append=False)
    print(f"wrote {count} dev events in {len(g.files)} files to {args.out} (me = {', '.join(ME)})")


if __name__ == "__main__":
    main()
