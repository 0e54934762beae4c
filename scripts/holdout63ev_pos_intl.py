"""holdout63 events: the user's own interviews via agencies, Dutch and German employers, founders and notes.

Raw iCalendar text written by hand for the holdout63 split; see make_event_corpus_holdout63.py.
"""

from __future__ import annotations

from holdout63ev_ics import (
    ME,
    TZ_AMS,
    TZ_BERLIN,
    TZ_DUBLIN,
    TZ_WIN_GMT,
    TZ_WIN_WEU,
    WORK,
    cal,
    esc,
    ev,
    meet,
    teams,
    zoom,
)

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
EXCHANGE = "Microsoft Exchange Server 2010"


def _outlook(org: str, attendees: str, summary: str, desc: str, tzid: str, start: str, end: str, uid: str,
             location: str, lang: str = "en-IE", stamp: str = "20260301T100000Z") -> str:
    return f"""BEGIN:VEVENT
ORGANIZER;{org}
{attendees}
DESCRIPTION;LANGUAGE={lang}:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE={lang}:{summary}
DTSTART;TZID={tzid}:{start}
DTEND;TZID={tzid}:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE={lang}:{location}
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT"""


def aerlinq_agency() -> dict:
    uid = "040000008200E00074C5B7101A82E00800000000E4C1B09A3F9CDC01000000000000000010000000AB12CD34EF5667788990"
    desc = ("Hi Aoife,\n\nGreat news - Aerlinq would like to meet you! Details below:\n\nClient: Aerlinq "
            "(airline retailing software)\nRole: QA Engineer\nWho: Patrick Gorman, QA Manager - he is the hiring "
            "manager for the role\nWhere: Aerlinq, 4th floor, 70 Sir John Rogerson's Quay, Dublin 2\n\n"
            "Give me a shout after and let me know how it went.\n\nBest,\nSiobhán Kearns\nSenior Consultant - "
            "Technology | Collins McNally Recruitment\n+353 1 661 4420")
    att = (f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Byrne:mailto:{ME}")
    body = TZ_WIN_GMT + "\n" + _outlook(
        'CN="Kearns, Siobhán":mailto:siobhan.kearns@collinsmcnally.ie', att,
        "Interview confirmed: Aerlinq - QA Engineer (Aoife Byrne)", desc, "GMT Standard Time", "20260219T100000",
        "20260219T110000", uid, "Aerlinq\\, 70 Sir John Rogerson's Quay\\, Dublin 2", stamp="20260216T160844Z")
    return ev("agency-outlook", cal(EXCHANGE, body), uid, 1, "Aerlinq", "QA Engineer", "hiring_manager",
              "Patrick Gorman", "agency-names-client-en")


def mintcard_agency() -> dict:
    uid = "2mf7c0q4s9v1h6k3r8e5dtanb7@google.com"
    desc = esc(
        "Hi Aoife - as discussed, Mintcard have booked you in for the technical interview for the SDET role. "
        "You'll be with Jamal Okafor (Automation Lead) for an hour on Teams; expect a mix of test design and "
        "some live Cypress. I've added Jamal to this invite so he has your details.\n\nGood luck!\n"
        "Gavin Reid | Harper Stone Talent | QA & Test practice\n\n" + teams("en", "385 661 027 443", "Mc5tQp"))
    body = f"""BEGIN:VEVENT
DTSTART:20260311T130000Z
DTEND:20260311T140000Z
DTSTAMP:20260306T172955Z
ORGANIZER;CN=Gavin Reid:mailto:gavin.reid@harperstone.co.uk
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gavin Reid;X-NUM-GUESTS=0:
 mailto:gavin.reid@harperstone.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Byrne;X-NUM-GUESTS=0:
 mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jamal Okafor;X-NUM-GUESTS=0:
 mailto:jamal.okafor@mintcard.co.uk
DESCRIPTION:{desc}
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Teams interview - Mintcard - SDET (via Harper Stone)
TRANSP:OPAQUE
END:VEVENT"""
    return ev("agency-google", cal(GOOGLE, body), uid, 1, "Mintcard", "SDET", "technical",
              "jamal.okafor@mintcard.co.uk", "agency-uk-client-attendee-en")


def bitvaart_agency_nl() -> dict:
    uid = "grachtwerk-afspraak-20260402-1130-ab"
    desc = esc(
        "Hoi Aoife,\n\nZoals besproken staat je sollicitatiegesprek bij Bitvaart gepland. Je eerste gesprek is "
        "met Thijs van Leeuwen, teamlead QA (en je toekomstige leidinggevende). Het gesprek is in het Engels.\n\n"
        "Adres: Bitvaart B.V., Overhoeksplein 12, Amsterdam-Noord (pontje vanaf Centraal).\n\n"
        "Succes!\nMila Janssen\nGrachtwerk Recruitment")
    body = f"""{TZ_AMS}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260326T101500Z
DTSTART;TZID=Europe/Amsterdam:20260402T113000
DTEND;TZID=Europe/Amsterdam:20260402T123000
SUMMARY:Sollicitatiegesprek Bitvaart - Test Automation Engineer
ORGANIZER;CN=Mila Janssen (Grachtwerk):mailto:mila@grachtwerk.nl
ATTENDEE;CN=Aoife Byrne;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
DESCRIPTION:{desc}
LOCATION:Bitvaart B.V.\\, Overhoeksplein 12\\, Amsterdam
STATUS:CONFIRMED
END:VEVENT"""
    return ev("agency-nl", cal("-//Grachtwerk//Recruitee Agenda//NL", body), uid, 1, "Bitvaart",
              "Test Automation Engineer", "hiring_manager", "Thijs van Leeuwen", "agency-sollicitatiegesprek-nl")


def dijkstra_outlook_nl() -> dict:
    uid = "040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DC010000000000000000100000002468ACE013579BDF0246"
    desc = ("Beste Aoife,\n\nBedankt voor het prettige eerste gesprek. Graag nodigen we je uit voor een tweede, "
            "technisch gesprek voor de functie Test Engineer met Ruud Kuipers (Test Architect) en Priya Ramdin "
            "(Senior Developer). We praten over testontwerp en je kijk op automatisering.\n\nMet vriendelijke "
            "groet,\nEsther Vos\nHR, Dijkstra Systems B.V.\n\n" + teams("nl", "329 773 104 586", "Dj8sYs"))
    att = (f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Byrne:mailto:{ME}\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Kuipers, Ruud\":\n"
           " mailto:ruud.kuipers@dijkstrasystems.nl\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Ramdin, Priya\":\n"
           " mailto:priya.ramdin@dijkstrasystems.nl")
    body = TZ_WIN_WEU + "\n" + _outlook(
        'CN="Vos, Esther":mailto:esther.vos@dijkstrasystems.nl', att,
        "Tweede gesprek - Test Engineer - Dijkstra Systems", desc, "W. Europe Standard Time", "20260317T140000",
        "20260317T150000", uid, "Microsoft Teams-vergadering", lang="nl-NL", stamp="20260310T081722Z")
    return ev("outlook-nl", cal(EXCHANGE, body), uid, 1, "Dijkstra Systems", "Test Engineer", "technical",
              "ruud.kuipers@dijkstrasystems.nl;priya.ramdin@dijkstrasystems.nl", "outlook-tweede-gesprek-nl")


def sternwerk_outlook_de() -> dict:
    uid = "040000008200E00074C5B7101A82E00800000000C3D4E5F60718DC0100000000000000001000000013572468ACE0BDF97531"
    desc = ("Hallo Aoife,\n\nwie telefonisch besprochen sende ich Ihnen hiermit die Einladung zum Fachgespräch "
            "für die Position QA Engineer (m/w/d). Ihre Gesprächspartner sind Stefan Huber (Teamleiter Quality "
            "Assurance) und Leyla Kaya (Senior Softwareentwicklerin). Das Gespräch findet auf Englisch statt.\n\n"
            "Viele Grüße\nJulia Wagner\nPersonalabteilung | Sternwerk Software GmbH | München\n\n"
            + teams("de", "347 902 881 264", "Sw3kRt"))
    att = (f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Byrne:mailto:{ME}\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Huber, Stefan\":\n"
           " mailto:stefan.huber@sternwerk.de\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Kaya, Leyla\":\n"
           " mailto:leyla.kaya@sternwerk.de")
    body = TZ_WIN_WEU + "\n" + _outlook(
        'CN="Wagner, Julia":mailto:julia.wagner@sternwerk.de', att,
        "Fachgespräch QA Engineer (m/w/d) - Sternwerk Software", desc, "W. Europe Standard Time",
        "20260324T100000", "20260324T111500", uid, "Microsoft Teams-Besprechung", lang="de-DE",
        stamp="20260317T134409Z")
    return ev("outlook-de", cal(EXCHANGE, body), uid, 1, "Sternwerk Software", "QA Engineer (m/w/d)", "technical",
              "stefan.huber@sternwerk.de;leyla.kaya@sternwerk.de", "outlook-fachgespraech-de")


def fuchsbau_zoom_de() -> dict:
    uid = "1b7e5c3a-9f20-4d68-b41e-a3c6d9f02e57@fuchsbau-labs.de"
    desc = esc(
        "Hi Aoife,\n\nschön, dass es klappt! In unserem ersten Kennenlernen (ca. 30 Min.) erzähle ich Dir mehr "
        "über Fuchsbau Labs und die Rolle als Quality Engineer, und Du erzählst uns von Dir. Gerne auf "
        "Englisch.\n\nLiebe Grüße\nLena Krüger\nTalent Acquisition\n\n" + zoom("de", "612 3390 7748", "RnVjaHNi"))
    body = f"""{TZ_BERLIN}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260128T104433Z
DTSTART;TZID=Europe/Berlin:20260203T140000
DTEND;TZID=Europe/Berlin:20260203T143000
SUMMARY:Kennenlernen Aoife Byrne x Fuchsbau Labs (Quality Engineer)
ORGANIZER;CN=Lena Krüger:mailto:lena.krueger@fuchsbau-labs.de
ATTENDEE;CN=Aoife Byrne;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:{ME}
ATTENDEE;CN=Lena Krüger;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:lena.krueger@fuchsbau-labs.de
DESCRIPTION:{desc}
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return ev("zoom-de", cal("-//Fuchsbau Labs//Kalender 1.0//DE", body), uid, 1, "Fuchsbau Labs",
              "Quality Engineer", "recruiter_screen", "lena.krueger@fuchsbau-labs.de", "zoom-kennenlernen-de")


def kranich_technical_de() -> dict:
    uid = "personio-interview-2904418-kranich-mobility"
    desc = esc(
        "Hallo Aoife,\n\ndanke für das nette Erstgespräch! Im nächsten Schritt möchten wir mit Dir ein technisches "
        "Interview führen (ca. 90 Minuten, auf Englisch): Live-Übung zu API-Tests und Fragen zu Deiner "
        "Teststrategie.\n\nDeine Interviewer: Katrin Vogel (Head of QA), Jonas Albrecht (Backend Engineer)\n\n"
        "Dein Kranich Mobility Recruiting-Team\n\n" + meet("de", "hpx-ztkd-qwa"))
    body = f"""{TZ_BERLIN}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260306T152018Z
DTSTART;TZID=Europe/Berlin:20260313T100000
DTEND;TZID=Europe/Berlin:20260313T113000
SUMMARY:Technisches Interview: QA Engineer (m/w/d) - Kranich Mobility GmbH
ORGANIZER;CN=Mehmet Yılmaz:mailto:mehmet.yilmaz@kranich-mobility.de
ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Katrin Vogel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:katrin.vogel@kranich-mobility.de
ATTENDEE;CN=Jonas Albrecht;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jonas.albrecht@kranich-mobility.de
ATTENDEE;CN=Mehmet Yılmaz;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mehmet.yilmaz@kranich-mobility.de
DESCRIPTION:{desc}
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return ev("personio-de", cal("-//Personio GmbH//Personio Recruiting//DE", body), uid, 1, "Kranich Mobility",
              "QA Engineer (m/w/d)", "technical", "katrin.vogel@kranich-mobility.de;jonas.albrecht@kranich-mobility.de",
              "personio-technisch-coordinator-de")


def zuiderbank_assessment_nl() -> dict:
    uid = "040000008200E00074C5B7101A82E00800000000B2A3C4D5E6F7DC01000000000000000010000000FEDCBA9876543210ABCD"
    desc = ("Beste Aoife,\n\nHierbij de uitnodiging voor de assessmentdag voor de functie Test Engineer "
            "Betalingsverkeer bij Zuiderbank. Programma: 09:00 ontvangst, 09:30 casus (testplan voor een "
            "nieuwe iDEAL-koppeling), 11:30 presentatie aan het panel, 13:00 lunch, 14:00 gesprekken met "
            "Hanneke Bosman (manager Testen) en Gerrit Post (Product Owner).\n\nGroet,\nRecruitment Zuiderbank")
    att = (f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Byrne:mailto:{ME}\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=\"Bosman, Hanneke\":\n"
           " mailto:hanneke.bosman@zuiderbank.nl\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=\"Post, Gerrit\":mailto:gerrit.post@zuiderbank.nl\n"
           "ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=\"EHV Zaal De Kempen\":\n"
           " mailto:ehv.dekempen@zuiderbank.nl")
    body = TZ_WIN_WEU + "\n" + _outlook(
        'CN=Recruitment Zuiderbank:mailto:recruitment@zuiderbank.nl', att, "Assessmentdag Test Engineer - Zuiderbank",
        desc, "W. Europe Standard Time", "20260519T090000", "20260519T160000", uid,
        "Zuiderbank Eindhoven\\, Zaal De Kempen", lang="nl-NL", stamp="20260508T090100Z")
    return ev("outlook-assessment-nl", cal(EXCHANGE, body), uid, 1, "Zuiderbank", "Test Engineer Betalingsverkeer",
              "onsite", "hanneke.bosman@zuiderbank.nl;gerrit.post@zuiderbank.nl", "outlook-assessmentdag-room-nl")


def hollowoak_work_address() -> dict:
    uid = "5tq2n8c1v7e0k4h9m3ar6bsd1j@google.com"
    desc = esc(
        "Hi Aoife,\n\nThanks for your time! This invite is for your technical interview for Senior QA Engineer "
        "at Hollow Oak Games with Tadhg Brennan (QA Director) and Yuki Tanaka (Tools Programmer).\n\n"
        "(We've used the email address on your application - let us know if you'd prefer another one.)\n\n"
        "Hollow Oak Games Recruiting\n\n" + meet("en", "fya-kcun-prb"))
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20260226T123000
DTEND;TZID=Europe/Dublin:20260226T133000
DTSTAMP:20260220T133408Z
ORGANIZER;CN=Hollow Oak Games Recruiting:mailto:recruiting@hollowoak.games
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Byrne;X-NUM-GUESTS=0:
 mailto:{WORK}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tadhg Brennan;X-NUM-GUESTS=0:
 mailto:tadhg@hollowoak.games
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Yuki Tanaka;X-NUM-GUESTS=0:
 mailto:yuki@hollowoak.games
DESCRIPTION:{desc}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hollow Oak Games: Interview with Aoife Byrne (Senior QA Engineer)
TRANSP:OPAQUE
END:VEVENT"""
    return ev("google-work-address", cal(GOOGLE, body), uid, 1, "Hollow Oak Games", "Senior QA Engineer",
              "technical", "tadhg@hollowoak.games;yuki@hollowoak.games", "invite-to-work-address-en")


def events() -> list[dict]:
    return [aerlinq_agency(), mintcard_agency(), bitvaart_agency_nl(), dijkstra_outlook_nl(), sternwerk_outlook_de(),
            fuchsbau_zoom_de(), kranich_technical_de(), zuiderbank_assessment_nl(), hollowoak_work_address()]
