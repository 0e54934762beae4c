"""holdout87: negatives that are not the user's own interview (research sessions, mocks, personal life ...).

Written blind, CC0 1.0.
"""

from __future__ import annotations

from holdout87ev_ics import (
    APPLE,
    EXCHANGE,
    IOS,
    ME,
    OUTLOOK,
    THUNDERBIRD,
    WORK,
    Ev,
    att,
    cal,
    desc,
    meet,
    org,
    teams,
    zoom,
)

EVENTS: list[Ev] = []
GOOGLE_FR = "-//Google Inc//Google Calendar 70.9054//FR"


def add(kind: str, ics: str, uid: str, trap: str) -> None:
    EVENTS.append(Ev(kind, ics, uid, 0, trap=trap))


def ev(uid: str, start: str, end: str, summary: str, body: str = "", extra: str = "", prodid: str = "",
       tz: str = "Europe/London", method: str = "") -> str:
    """start/end: 'YYYYMMDDTHHMMSS' (zoned), 'YYYYMMDDTHHMMSSZ' (UTC), 'YYYYMMDD' (all day) or '~...' (floating)."""
    def when(prop: str, value: str) -> str:
        if value.startswith("~"):
            return f"{prop}:{value[1:]}"
        if len(value) == 8:
            return f"{prop};VALUE=DATE:{value}"
        if value.endswith("Z"):
            return f"{prop}:{value}"
        return f"{prop};TZID={tz}:{value}"
    zoned = not (start.startswith("~") or len(start) == 8 or start.endswith("Z"))
    lines = [f"UID:{uid}", "DTSTAMP:20260302T080000Z", when("DTSTART", start), when("DTEND", end),
             f"SUMMARY:{summary}"]
    if body:
        lines.append(desc(body))
    if extra:
        lines.append(extra)
    return cal("\n".join(lines), prodid=prodid or "-//Google Inc//Google Calendar 70.9054//EN", method=method,
               tz=(tz,) if zoned else ())


G = "@google.com"
u = "mock1a2b3c4d5e6f7g8h" + G
add("mock", ev(u, "20260331T190000", "20260331T200000", "Mock interview w/ Aisha - Thistlepay panel practice",
    "Aisha plays Dmitri. Run the portfolio deck start to finish, then she grills me on the case.",
    f"{org(ME, 'Priya Shah')}\n{att('aisha.r.khan@gmail.com', 'Aisha Khan', part='ACCEPTED')}\n"
    "LOCATION:https://meet.google.com/mck-prya-tpx", method="REQUEST"), u, "mock-names-company-en")

u = "adplist-session-7731-priya"
add("mentor-mock", ev(u, "20260314T100000", "20260314T104500",
    "ADPList: Portfolio review with Daniel Ortega (mock lead researcher interview)",
    "Your mentoring session is confirmed. Mentee: Priya Shah. Topic: practise answering 'tell me about a study "
    "that changed strategy'." + zoom("811 4432 0019"),
    f"{org('sessions@adplist.org', 'ADPList')}\n{att(ME, 'Priya Shah')}", method="REQUEST"), u, "mock-mentor-en")

u = "webinar-zoom-uxr-portfolio-88123"
add("webinar", ev(u, "20260318T170000Z", "20260318T180000Z",
    "Webinar: How to ace your UX research portfolio interview",
    "Thank you for registering. Panelists: three research leads share what they look for in portfolio "
    "presentations and case interviews.¶¶Join from a PC, Mac, iPad or Android: https://us06web.zoom.us/w/"
    "88123004412?tk=abc¶Webinar ID: 881 2300 4412",
    f"{org('no-reply@zoom.us', 'Research Leaders Collective')}\n{att(ME, 'Priya Shah')}", method="REQUEST"),
    u, "webinar-interview-tips-en")

u = "ga-class-interviewing-techniques-2026"
add("class", ev(u, "20260321T100000", "20260321T160000", "Workshop: Interviewing techniques for user researchers",
    "Full-day course (I'm co-teaching the afternoon). Laddering, probing, avoiding leading questions.",
    "LOCATION:General Assembly\\, 9 Back Hill\\, London EC1R 5EN"), u, "class-user-interviewing-en")

u = "ledgerly-uxr-savings-p7-20260311@ledgerly.co.uk"
add("research-interview", ev(u, "20260311T110000", "20260311T120000", "Research interview - P7 (Savings pots study)",
    "Participant: P7 (recruited via Respondent). Consent form signed. Note-taker: Ahmed." + meet("ldg-svp-p07"),
    f"{org(WORK, 'Priya Shah')}\n{att('p7.participant2026@gmail.com', 'P7')}\n"
    f"{att('ahmed.farouk@ledgerly.co.uk', 'Ahmed Farouk')}", method="REQUEST"), u, "user-research-interview-en")

u = "ledgerly-usability-p3-0325@ledgerly.co.uk"
add("usability", cal(f"""UID:{u}
DTSTAMP:20260320T090000Z
DTSTART;TZID=GMT Standard Time:20260325T140000
DTEND;TZID=GMT Standard Time:20260325T150000
SUMMARY:Usability session - participant 3 - new invoicing flow
{desc("Moderator: Priya. Observers in the viewing room please keep chat to Slack. Incentive: £60 voucher.")}
{org(WORK, "Shah, Priya")}
{att("ldn-research-lab@ledgerly.co.uk", "LDN Research Lab", cutype="ROOM", role="NON-PARTICIPANT")}
{att("zoe.clarke@ledgerly.co.uk", "Clarke, Zoe", role="OPT-PARTICIPANT")}
LOCATION:LDN Research Lab""", prodid=OUTLOOK, tz=("GMT Standard Time",)), u, "usability-session-room-en")

u = "calendly-research-participant-5d3f"
add("research-calendly", ev(u, "20260401T160000", "20260401T163000", "Marcus Bell and Priya Shah",
    "Event Name: Ledgerly customer interview (30 min, £40 thank-you)¶Invitee: Marcus Bell¶Invitee Email: "
    "marcus.bell.builds@gmail.com¶Questions: Which accounting tool do you use? Xero¶¶Powered by Calendly.com",
    f"{org(WORK, 'Priya Shah')}\n{att('marcus.bell.builds@gmail.com', 'Marcus Bell', part='ACCEPTED')}",
    prodid="-//Calendly//Calendly//EN", method="REQUEST"), u, "customer-interview-calendly-host-en")

u = "stakeholder-int-payments-0313"
add("stakeholder", ev(u, "20260313T143000", "20260313T151500", "Stakeholder interview - Payments Ops (Kemi)",
    "Discovery for the disputes project. Interviewing Kemi about current workflows.",
    f"{org(WORK, 'Priya Shah')}\n{att('kemi.ade@ledgerly.co.uk', 'Kemi Adeyemi')}", method="REQUEST"),
    u, "stakeholder-interview-en")

u = "lookback-session-3311-ledgerly"
add("lookback", ev(u, "20260409T090000Z", "20260409T100000Z", "Lookback: Moderated session #4 - SME onboarding",
    "Lookback live session. Participant joins via participate link. Observers: https://lookback.io/watch/3311",
    f"{org('noreply@lookback.io', 'Lookback')}\n{att(WORK, 'Priya Shah')}", method="REQUEST"),
    u, "moderated-session-en")

u = "podcast-researchbites-ep42"
add("podcast", ev(u, "20260415T180000", "20260415T190000", "Podcast interview - Research Bites ep. 42",
    "Host: Jen Walsh. Topic: running research in a regulated fintech. Recording on Riverside, headphones!",
    f"{org('jen@researchbites.fm', 'Jen Walsh')}\n{att(ME, 'Priya Shah')}\n"
    "LOCATION:https://riverside.fm/studio/research-bites", method="REQUEST"), u, "podcast-guest-en")

u = "press-fintechweekly-0320"
add("press", ev(u, "20260320T120000", "20260320T123000", "Press interview - FinTech Weekly (via Comms)",
    "Journalist: Raj Patel. Topic: accessibility in banking apps. Comms (Lisa) on the call. Don't discuss "
    "roadmap.", f"{org('lisa.greene@ledgerly.co.uk', 'Lisa Greene')}\n{att(WORK, 'Priya Shah')}",
    method="REQUEST"), u, "press-interview-en")

u = "D2F1A3B4-GP-0312"
add("gp", ev(u, "20260312T083000", "20260312T084000", "GP appt - Dr Hussain", "Lister Medical Centre. Bloods.",
    "LOCATION:Lister Medical Centre", prodid=IOS), u, "gp-appointment-en")

u = "dentist-reminder-20260403@smilecare.co.uk"
add("dentist", ev(u, "20260403T171500", "20260403T174500", "Dental check-up & hygienist - Priya Shah",
    "SmileCare Dental, Peckham. Please arrive 5 minutes early. To cancel call 020 7946 0011.",
    f"{org('reminders@smilecare.co.uk', 'SmileCare Dental')}\n{att(ME, 'Priya Shah')}", method="REQUEST"),
    u, "dentist-en")

u = "E7C3-nursery-keyworker-meeting"
add("nursery", ev(u, "20260319T173000", "20260319T180000", "Nursery key worker meeting - Anaya's progress",
    "Little Acorns - meeting with Anaya's key person (Becky). Bring the 2-year check form.",
    "LOCATION:Little Acorns Nursery", prodid=APPLE), u, "nursery-en")

u = "barclays-mortgage-appt-4471"
add("bank", ev(u, "20260407T123000", "20260407T133000", "Mortgage appointment - remortgage review",
    "Your appointment with a Mortgage Adviser is confirmed. Please have payslips and ID ready.",
    f"{org('appointments@northbank-mortgages.co.uk', 'Northbank Mortgages')}\n{att(ME, 'Priya Shah')}",
    method="REQUEST"), u, "bank-mortgage-en")

u = "F0A1B2C3-ba-visa-vfs"
add("visa", ev(u, "20260410T093000", "20260410T103000", "બા ના વિઝા - VFS biometrics (Mumbai)",
    "બા ને સાથે લઈ જવા માટે ભાઈ ને ફોન કરવો. Visitor visa application GWF0771. Confirmation letter printed.",
    prodid=IOS), u, "visa-appointment-family-gu")

u = "C5D6E7F8-ba-birthday"
add("family", ev(u, "20260425", "20260426", "બા નો જન્મદિવસ 🎂", "Call Ba in the morning, order flowers",
    "RRULE:FREQ=YEARLY\nTRANSP:TRANSPARENT", prodid=IOS), u, "family-birthday-gu")

u = "ledgerly-1on1-priya-marc"
add("one-on-one", ev(u, "20260309T160000", "20260309T163000", "Priya / Marc 1:1",
    "Agenda: hiring plan for the research team, Q2 roadmap, my development goals.",
    f"{org('marc.dupuis@ledgerly.co.uk', 'Marc Dupuis')}\n{att(WORK, 'Priya Shah')}\nRRULE:FREQ=WEEKLY;BYDAY=MO",
    method="REQUEST"), u, "internal-1on1-en")

u = "040000008200E00074C5B7101A82E00800000000APPRAISAL0001000000000000000010000000CC31"
add("appraisal", cal(f"""UID:{u}
DTSTAMP:20260301T100000Z
DTSTART;TZID=GMT Standard Time:20260402T110000
DTEND;TZID=GMT Standard Time:20260402T120000
SUMMARY:Mid-year performance review - Priya Shah
{desc("Your mid-year review conversation with Marc. Please complete the self-assessment in Lattice first.")}
{org("marc.dupuis@ledgerly.co.uk", "Dupuis, Marc")}
{att(WORK, "Shah, Priya")}
LOCATION:LDN-3F-Walbrook""", prodid=EXCHANGE, tz=("GMT Standard Time",)), u, "own-appraisal-en")

u = "ledgerly-exit-interview-priya-0527"
add("exit-interview", ev(u, "20260527T150000", "20260527T153000", "Exit interview - Priya Shah",
    "As part of your leaving process, People Partner Grace will run a short exit interview. All feedback "
    "is confidential.", f"{org('people@ledgerly.co.uk', 'Ledgerly People')}\n{att(WORK, 'Priya Shah')}",
    method="REQUEST"), u, "own-exit-interview-en")

u = "coffee8k2m4n6p8r0t2v4x" + G
add("coffee-chat", ev(u, "20260306T083000", "20260306T091500", "Coffee w/ Femi (research @ Kestrel) - informational",
    "Not an interview - just picking his brain about the audiences team and what the lead role is like.",
    f"{org(ME, 'Priya Shah')}\n{att('femi.ola@kestrelmedia.co.uk', 'Femi Ola', part='ACCEPTED')}\n"
    "LOCATION:Kaffeine\\, Great Titchfield St", method="REQUEST"), u, "informational-coffee-names-company-en")

u = "uxcareersfair-london-2026-reg-55102"
add("job-fair", ev(u, "20260418T100000", "20260418T160000", "UX & Product Careers Fair London",
    "Your free ticket. 40+ employers hiring in design and research. Bring printed portfolio cards.",
    "LOCATION:Olympia London\\, Hammersmith Rd"), u, "job-fair-en")

u = "ref-call-ella-brooks" + G
add("referee", ev(u, "20260316T124500", "20260316T131500", "Reference call for Ella Brooks (Orbitale)",
    "Orbitale's recruiter wants a reference for Ella (my ex-report) for their Senior Researcher role. I'm the "
    "referee.", f"{org('chloe.dumas@orbitale.ai', 'Chloe Dumas')}\n{att(ME, 'Priya Shah')}", method="REQUEST"),
    u, "reference-call-user-referee-en")

u = "harbour-intro-call-rachel-0304"
add("recruiter-no-employer", ev(u, "20260304T123000", "20260304T130000",
    "Call with Rachel - Harbour Talent - lead research roles",
    "Intro call to talk about what you're looking for; I have a few confidential lead/principal research "
    "briefs in fintech and media.", f"{org('rachel.h@harbourtalent.com', 'Rachel Hughes')}\n{att(ME, 'Priya Shah')}",
    method="REQUEST"), u, "recruiter-call-no-employer-en")

u = "8D7C6B5A-prep-thistlepay"
add("prep", ev(u, "~20260401T190000", "~20260401T210000", "PREP: Thistlepay onsite - deck + case",
    "rehearse timing, print deck, questions for Dmitri", prodid=APPLE), u, "prep-block-names-company-en")

u = "webinar-de-uxr-leadership-2026@uxcamp.de"
add("webinar-de", ev(u, "20260324T120000", "20260324T130000",
    "Webinar: Research Leadership - Wie baue ich ein UX-Research-Team auf?",
    "Vielen Dank für Ihre Anmeldung! Das Webinar findet auf Zoom statt. Den Link erhalten Sie 1 Stunde vorher.",
    f"{org('events@uxcamp.de', 'UX Camp Events')}\n{att(ME, 'Priya Shah')}", tz="Europe/Berlin", method="REQUEST"),
    u, "webinar-de")

u = "conf-fr-entretiens-utilisateurs-2026"
add("conference-fr", ev(u, "20260507T143000", "20260507T151500",
    "Conférence : Les entretiens utilisateurs à grande échelle (Priya Shah)",
    "Votre intervention est programmée en salle Lumière. Merci d'envoyer vos slides avant le 30 avril.",
    f"{org('programme@uxparis-conf.fr', 'UX Paris')}\n{att(ME, 'Priya Shah')}", prodid=GOOGLE_FR,
    tz="Europe/Paris", method="REQUEST"), u, "conference-talk-fr")

u = "podcast-es-disenovozalta-17"
add("podcast-es", ev(u, "20260428T180000", "20260428T190000",
    "Entrevista para el podcast 'Diseño en Voz Alta' - Priya Shah",
    "¡Gracias por aceptar! Grabaremos en inglés con subtítulos. Tema: investigación de usuarios en fintech.",
    f"{org('hola@disenoenvozalta.es', 'Diseño en Voz Alta')}\n{att(ME, 'Priya Shah')}", tz="Europe/Madrid",
    method="REQUEST"), u, "podcast-guest-es")

u = "ledgerly-researchops-sync" + G
add("internal", ev(u, "20260310T100000", "20260310T103000", "Research ops sync",
    "Participant panel, incentives budget, repository tagging." + meet("ldg-rops-syn"),
    f"{org(WORK, 'Priya Shah')}\n{att('zoe.clarke@ledgerly.co.uk', 'Zoe Clarke')}\nRRULE:FREQ=WEEKLY;BYDAY=TU",
    method="REQUEST"), u, "internal-meeting-en")

u = "ledgerly-nutzerinterview-t4-berlin"
add("research-de", ev(u, "20260417T090000", "20260417T100000", "Nutzerinterview - Teilnehmerin 4 (Berlin)",
    "Interview mit Kleinunternehmerin zum Thema Rechnungsstellung. Dolmetscherin: Sabine (DE/EN). Einwilligung "
    "liegt vor.", f"{org(WORK, 'Priya Shah')}\n{att('sabine.k@dolmetsch-berlin.de', 'Sabine Krämer')}",
    tz="Europe/Berlin", method="REQUEST"), u, "user-research-interview-de")

u = "coaching-session-career-0322" + G
add("coaching", ev(u, "20260322T100000", "20260322T110000", "Career coaching - negotiating lead offers",
    "Session 3 with Helen (coach). Bring the offer comparison spreadsheet.",
    f"{org('helen@brightpathcoaching.co.uk', 'Helen Moore')}\n{att(ME, 'Priya Shah')}", method="REQUEST"),
    u, "career-coaching-en")

u = "school-open-morning-stjudes"
add("school", ev(u, "20260311T091500", "20260311T103000", "St Jude's Primary - open morning (Reception 2027)",
    "Tour + headteacher talk. Ask about wraparound care.", "LOCATION:St Jude's Primary School",
    prodid=THUNDERBIRD), u, "school-visit-en")

u = "cabinet-appel-opportunites-0402"
add("recruiter-no-employer-fr", ev(u, "20260402T120000", "20260402T123000",
    "Appel - opportunités Lead UX Research (remote Europe)",
    "Bonjour Priya, comme convenu, un premier appel pour comprendre votre projet. Je travaille sur plusieurs "
    "postes confidentiels de Lead UX Researcher chez des scale-ups européennes." + teams("fr"),
    f"{org('c.dubois@talentaxe-conseil.fr', 'Céline Dubois')}\n{att(ME, 'Priya Shah')}", prodid=GOOGLE_FR,
    tz="Europe/Paris", method="REQUEST"), u, "recruiter-call-no-employer-fr")
