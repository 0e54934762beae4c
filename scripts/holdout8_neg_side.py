"""Events where Sam is the interviewer at Fabrikam Analytics (negatives) for the holdout8 event corpus (issue 4)."""

from __future__ import annotations

from holdout8_boiler import google_footer, meet, teams, zoom
from holdout8_ics import SAM_PRIVATE, SAM_WORK, Ev, Who

SW = Who(SAM_WORK, "Sam Rivera")
FAB = "fabrikam-analytics.io"
TRAP = "user-interviewer"


def _f(local: str, cn: str) -> Who:
    return Who(f"{local}@{FAB}", cn, partstat="ACCEPTED")


def events() -> list[Ev]:
    """Returns the negatives where the user interviews someone else, in file order."""
    coord = Who(f"recruiting@{FAB}", "Fabrikam Recruiting")
    return [
        Ev(
            "gh-interview-kit",
            "Interview: Tomás Ruiz - Backend",
            "20261202T170000",
            "20261202T180000",
            tz="America/Los_Angeles",
            producer="greenhouse",
            org=coord,
            att=[SW, _f("nick.huang", "Nick Huang")],
            desc="Candidate: Tomás Ruiz\nJob: Backend Engineer (Data APIs)\nInterview: Technical - API design\n"
            "Interview kit: https://app.greenhouse.io/guides/48213/people/99120?application_id=771203\n"
            "Please submit your scorecard within 24 hours.\n\n" + zoom("en", "h8-n1"),
            trap=TRAP,
        ),
        Ev(
            "scorecard-reminder",
            "Scorecard due: Lina Haddad (Senior Data Engineer)",
            "20261203T230000",
            "20261203T231500",
            tz="America/Los_Angeles",
            producer="google",
            org=SW,
            att=[],
            method=None,
            desc="Submit Greenhouse feedback for Lina's SQL round before EOD. Leaning hire.",
            trap=TRAP + "-scorecard",
        ),
        Ev(
            "debrief",
            "Debrief: Marco Bellini - Analytics Engineer loop",
            "20261209T210000",
            "20261209T213000",
            tz="America/Los_Angeles",
            producer="google",
            org=_f("olivia.grant", "Olivia Grant"),
            att=[_f("olivia.grant", "Olivia Grant"), SW, _f("nick.huang", "Nick Huang"), _f("li.wei", "Li Wei")],
            desc="Hiring team debrief for Marco. Please have scorecards in before we meet.\n\n" + meet("en", "h8-n3"),
            trap=TRAP + "-debrief",
        ),
        Ev(
            "goodtime-loop-session",
            "Onsite Interview - Ana Costa (Data Platform Engineer) - Session 2: SQL & Modelling",
            "20261210T190000",
            "20261210T200000",
            tz="utc",
            producer="goodtime",
            org=coord,
            att=[
                SW,
                Who("ana.costa.dev@gmail.com", "Ana Costa"),
                Who(f"sea-3-puget@{FAB}", "SEA-3-Puget Sound (6)", cutype="ROOM", partstat="ACCEPTED"),
            ],
            desc="Interviewer: Sam Rivera\nFocus: SQL & data modelling\nCandidate resume and interview guide in "
            "GoodTime. Do not forward this invite to the candidate.",
            loc="SEA-3-Puget Sound (6)",
            trap=TRAP + "-room",
        ),
        Ev(
            "lever-interviewer",
            "Interview with Kenji Watanabe for Staff Analytics Engineer",
            "20261204T180000",
            "20261204T184500",
            tz="America/Los_Angeles",
            producer="lever",
            org=coord,
            att=[SW],
            desc="You are interviewing Kenji Watanabe (Staff Analytics Engineer, Fabrikam Analytics).\nFeedback "
            "form: https://hire.lever.co/interviews/feedback/3b9\nResume: https://hire.lever.co/candidates/3b9\n\n"
            + zoom("en", "h8-n5"),
            trap=TRAP,
        ),
        Ev(
            "ashby-university-candidate",
            "Fabrikam Analytics - Technical Interview - Olu Adeyemi",
            "20261208T100000",
            "20261208T110000",
            tz="Europe/London",
            producer="ashby",
            org=coord,
            att=[SW, Who("o.adeyemi@ed.ac.uk", "Olu Adeyemi"), _f("ivy.chen", "Ivy Chen")],
            desc="Interview for Graduate Data Analyst. Interviewers: Sam Rivera, Ivy Chen.\n\n"
            + meet("en", "h8-n6")
            + "\n\nPowered by Ashby",
            trap=TRAP + "-university-candidate",
        ),
        Ev(
            "calendly-user-host",
            "Sam Rivera and Jamie Fox",
            "20261207T220000",
            "20261207T223000",
            tz="utc",
            producer="calendly",
            org=SW,
            att=[
                Who(SAM_WORK, "Sam Rivera", role="CHAIR", partstat="ACCEPTED"),
                Who("jamiefox.data@gmail.com", "Jamie Fox"),
            ],
            desc="Event Name: Fabrikam Analytics - Hiring Manager Chat (30 min)\n\nLocation: This is a Zoom web "
            "conference.\n\nInvitee: Jamie Fox\nInvitee Email: jamiefox.data@gmail.com\n\nQuestions: Which role "
            "are you applying for? Analytics Engineer II\n\nPowered by Calendly.com",
            trap=TRAP + "-calendly-host",
        ),
        Ev(
            "user-invites-hotmail-candidate",
            "Fabrikam Analytics | Hiring manager interview - Rohan Mehta",
            "20261211T170000",
            "20261211T174500",
            tz="Pacific Standard Time",
            producer="outlook",
            org=SW,
            att=[Who("rohan_mehta92@hotmail.com", "Rohan Mehta")],
            desc="Hi Rohan,\n\nLooking forward to our conversation about the Analytics Engineer II role on my team. "
            "I'm the hiring manager; we'll talk about your experience and what the team is working on.\n\nBest,\nSam "
            "Rivera\nAnalytics Engineering Manager, Fabrikam Analytics\n\n" + teams("en", "h8-n8"),
            trap=TRAP + "-user-organizer",
        ),
        Ev(
            "shadowing",
            "Shadow: Backend candidate interview (observe only)",
            "20261203T200000",
            "20261203T210000",
            tz="America/Los_Angeles",
            producer="google",
            org=_f("nick.huang", "Nick Huang"),
            att=[_f("nick.huang", "Nick Huang"), SW],
            desc="Sam - shadowing as part of interviewer certification. Stay on mute, take notes on the rubric, "
            "we'll debrief after.\n\n" + meet("en", "h8-n9"),
            trap=TRAP + "-shadowing",
        ),
        Ev(
            "calibration",
            "Interviewer calibration - Analytics Eng loop",
            "20261215T180000",
            "20261215T190000",
            tz="America/Los_Angeles",
            producer="google",
            org=_f("olivia.grant", "Olivia Grant"),
            att=[SW, _f("li.wei", "Li Wei"), _f("ivy.chen", "Ivy Chen")],
            desc="Review the last 10 scorecards and align on the bar for the SQL & modelling round.\n\n"
            + meet("en", "h8-n10"),
            trap=TRAP + "-calibration",
        ),
        Ev(
            "hiring-committee",
            "Hiring committee - Q4 data roles",
            "20261216T170000",
            "20261216T180000",
            tz="America/Los_Angeles",
            producer="outlook",
            org=_f("olivia.grant", "Grant, Olivia"),
            att=[SW, _f("grace.lin", "Lin, Grace"), Who(f"room-redwood@{FAB}", "Redwood", cutype="ROOM")],
            desc="Decisions on 4 candidates: Marco Bellini, Ana Costa, Kenji Watanabe, Rohan Mehta.\n\n"
            + teams("en", "h8-n11"),
            loc="Redwood",
            trap=TRAP + "-committee",
        ),
        Ev(
            "interviewer-training",
            "Interviewing at Fabrikam: structured interview training",
            "20261201T190000",
            "20261201T203000",
            tz="America/Los_Angeles",
            producer="outlook",
            org=Who(f"people-learning@{FAB}", "Fabrikam People Learning"),
            att=[SW],
            desc="Required for everyone joining an interview panel: competency questions, note taking, bias, "
            "writing a scorecard.\n\n" + teams("en", "h8-n12"),
            trap=TRAP + "-training",
        ),
        Ev(
            "grade-take-home",
            "Grade take-home: candidate #4471 (Analytics Eng II)",
            "20261205T200000",
            "20261205T210000",
            tz="America/Los_Angeles",
            producer="google",
            org=SW,
            att=[],
            method=None,
            desc="Repo link in Greenhouse. Rubric: correctness, tests, modelling choices.",
            trap=TRAP + "-take-home",
        ),
        Ev(
            "agency-sends-candidate",
            "Interview: Hannah Weiss (presented by Harbourline Talent) - Analytics Engineer II @ Fabrikam",
            "20261209T160000",
            "20261209T164500",
            tz="Europe/London",
            producer="outlook",
            org=Who("ben.archer@harbourlinetalent.co.uk", "Ben Archer"),
            att=[SW, Who("hannah.weiss@protonmail.com", "Hannah Weiss")],
            desc="Hi Sam,\n\nAs agreed, here is the interview with my candidate Hannah Weiss for your Analytics "
            "Engineer II vacancy. CV attached to my email.\n\nBen Archer | Harbourline Talent\n\n"
            + teams("en", "h8-n14"),
            trap=TRAP + "-agency",
        ),
        Ev(
            "interview-hold-recurring",
            "Interview block (hold) - Fabrikam hiring",
            "20261202T210000",
            "20261202T220000",
            tz="America/Los_Angeles",
            producer="google",
            org=SW,
            att=[],
            rrule="FREQ=WEEKLY;BYDAY=WE;COUNT=6",
            overrides=[("20261216T210000", "20261217T200000", "20261217T210000")],
            desc="Bookable by GoodTime for candidate interviews. Don't schedule over.",
            trap=TRAP + "-hold-recurring",
        ),
        Ev(
            "cancelled-loop",
            "Canceled: Onsite - Felix Braun - Data Engineer",
            "20261214T180000",
            "20261214T190000",
            tz="America/Los_Angeles",
            producer="goodtime",
            method="CANCEL",
            status="CANCELLED",
            seq=2,
            org=coord,
            att=[SW, _f("li.wei", "Li Wei")],
            desc="The candidate has withdrawn. Your interview slot (Systems design) is released.",
            trap=TRAP + "-cancelled",
        ),
        Ev(
            "private-note-panel",
            "on Chen's panel 10am (SQL round) - I ask the modelling q's",
            "20261208T100000",
            "20261208T110000",
            tz="floating",
            producer="ios",
            method=None,
            desc="interviewing a candidate for my team at Fabrikam. print rubric. don't be late, Olivia is lead",
            trap=TRAP + "-private-note",
        ),
        Ev(
            "de-bewerberin",
            "Vorstellungsgespräch mit Bewerberin Julia Krämer - Werkstudentin Data",
            "20261203T090000",
            "20261203T100000",
            tz="Europe/Berlin",
            producer="outlook",
            org=Who(f"hr-berlin@{FAB}", "HR Berlin"),
            att=[SW, Who("julia.kraemer@campus.tu-berlin.de", "Julia Krämer"), _f("tim.vogel", "Vogel, Tim")],
            desc="Hallo Sam, hallo Tim,\n\nbitte führt das Gespräch mit der Bewerberin Julia Krämer (Werkstudentin "
            "Data, Standort Berlin). Lebenslauf im Anhang.\n\nHR Berlin\n\n" + teams("de", "h8-n18"),
            lang="de",
            trap=TRAP + "-de",
        ),
        Ev(
            "fr-entretien-candidat",
            "Entretien candidat - Léa Martin - Data Analyst (bureau de Paris)",
            "20261207T100000",
            "20261207T110000",
            tz="Europe/Paris",
            producer="google",
            org=_f("camille.dubois", "Camille Dubois"),
            att=[_f("camille.dubois", "Camille Dubois"), SW, Who("lea.martin@free.fr", "Léa Martin")],
            desc="Sam, tu mènes la partie technique de l'entretien avec la candidate. Grille d'évaluation dans "
            "le drive.\n\n" + meet("fr", "h8-n19"),
            lang="fr",
            trap=TRAP + "-fr",
        ),
        Ev(
            "es-entrevista-candidato",
            "Entrevista a candidato: Diego Flores - Ingeniero de Datos",
            "20261210T090000",
            "20261210T100000",
            tz="Europe/Madrid",
            producer="google",
            org=_f("elena.vidal", "Elena Vidal"),
            att=[_f("elena.vidal", "Elena Vidal"), SW, Who("diego.flores.ing@gmail.com", "Diego Flores")],
            desc="Sam, tú haces las preguntas de modelado. El candidato ya pasó la llamada con RR. HH.\n\n"
            + meet("es", "h8-n20")
            + "\n\n"
            + google_footer("es"),
            lang="es",
            trap=TRAP + "-es",
        ),
        Ev(
            "interview-candidate-backend",
            "Interview: Priyanka Shah - Backend",
            "20261211T220000",
            "20261211T230000",
            tz="utc",
            producer="greenhouse",
            org=coord,
            att=[SW, Who("priyanka.shah.cs@gmail.com", "Priyanka Shah")],
            desc="Backend Engineer (Data APIs) - Coding interview. You are the interviewer. Interview kit: "
            "https://app.greenhouse.io/guides/48213/people/99207\n\n" + zoom("en", "h8-n21"),
            trap=TRAP + "-candidate-attendee",
        ),
        Ev(
            "bar-raiser-sync",
            "Bar raiser sync - candidate Omar Said",
            "20261212T000000",
            "20261212T001500",
            tz="utc",
            producer="google",
            org=_f("li.wei", "Li Wei"),
            att=[_f("li.wei", "Li Wei"), SW],
            desc="Quick sync before Omar's final: I'm bar raiser, you're hiring manager. Let's split the "
            "competencies.\n\n" + meet("en", "h8-n22"),
            trap=TRAP + "-sync",
        ),
        Ev(
            "private-copy-work-interview",
            "Fabrikam: interviewing candidate (remote) - from work cal",
            "20261215T130000",
            "20261215T140000",
            tz="America/New_York",
            producer="google",
            method=None,
            org=Who(SAM_PRIVATE, "Sam Rivera"),
            att=[],
            cal_extra=["X-WR-CALNAME:Sam personal", "X-WR-TIMEZONE:America/New_York"],
            desc="blocking so I don't book personal stuff. I'm on the interview panel.",
            trap=TRAP + "-private-copy",
        ),
    ]
