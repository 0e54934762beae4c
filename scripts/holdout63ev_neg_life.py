"""holdout63 events that are not the user's interviews: personal appointments, classes, work meetings,
the user's own review and exit interview, the meetup she runs, and somebody else's interview.

Raw iCalendar text written by hand for the holdout63 split; see make_event_corpus_holdout63.py.
"""

from __future__ import annotations

from holdout63ev_ics import ME, TZ_DUBLIN, TZ_UTC0, UTC0_NAME, WORK, cal, esc, ev, meet, teams

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
CL = "claddagh-software.ie"


def _own(uid: str, summary: str, start: str, end: str, desc: str = "", location: str = "",
         stamp: str = "20260101T120000Z") -> str:
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:{start}
DTEND;TZID=Europe/Dublin:{end}
DTSTAMP:{stamp}
UID:{uid}
CREATED:{stamp}
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:{stamp}
LOCATION:{esc(location)}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{summary}
TRANSP:OPAQUE
END:VEVENT"""
    return cal(GOOGLE, body, method="PUBLISH", head="X-WR-CALNAME:aoife.byrne@eircom.net\nX-WR-TIMEZONE:Europe/Dublin")


def gp() -> dict:
    uid = "4hb8q2m6c0t9v3e7k1ra5sdn2m@google.com"
    text = _own(uid, "GP - Dr Hegarty", "20260217T084500", "20260217T090000", "repeat prescription + ask about knee",
                "Rathmines Medical Centre", "20260210T191100Z")
    return ev("gp", text, uid, 0, trap="personal-gp-en")


def physio() -> dict:
    uid = "cliniko-appt-58820917-ranelagh"
    desc = esc("Hi Aoife, this confirms your Follow-up Physiotherapy appointment with Aisling Moore at Active "
               "Health Ranelagh. Please arrive 5 minutes early. Cancellations need 24 hours' notice.")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260302T080000Z
DTSTART:20260310T073000Z
DTEND:20260310T081500Z
SUMMARY:Physiotherapy follow-up with Aisling Moore
DESCRIPTION:{desc}
LOCATION:Active Health Ranelagh\\, 12 Sandford Road\\, Dublin 6
ORGANIZER;CN=Active Health Ranelagh:mailto:bookings@activehealth.ie
ATTENDEE;CN=Aoife Byrne;PARTSTAT=ACCEPTED:mailto:{ME}
END:VEVENT"""
    return ev("physio", cal("-//Cliniko//Cliniko Appointments//EN", body), uid, 0, trap="personal-physio-en")


def nct() -> dict:
    uid = "9qt3e7c1m5v0k4h8ra2bsn6dfn@google.com"
    text = _own(uid, "NCT - Deansgrange (Yaris 151-D-28840)", "20260325T081500", "20260325T091500",
                "booking ref NCT-8812734. bring logbook + licence", "NCT Deansgrange", "20260301T211500Z")
    return ev("nct", text, uid, 0, trap="personal-car-test-en")


def mortgage() -> dict:
    uid = "040000008200E00074C5B7101A82E0080000000011223344556677DC0100000000000000001000000099AABBCCDDEEFF001122"
    text = ("Your booking with Ranelagh Credit Union has been confirmed.\n\nService: Mortgage consultation (60 "
            "minutes)\nStaff: Brendan Nolan\n\nPlease bring 3 months of payslips and bank statements.\n\n"
            "Microsoft Bookings")
    body = f"""{TZ_UTC0}
BEGIN:VEVENT
ORGANIZER;CN=Ranelagh Credit Union:mailto:bookings@ranelaghcu.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Byrne:mailto:{ME}
DESCRIPTION;LANGUAGE=en-IE:{esc(text)}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:Mortgage consultation - Ranelagh Credit Union
DTSTART;TZID="{UTC0_NAME}":20260407T173000
DTEND;TZID="{UTC0_NAME}":20260407T183000
DTSTAMP:20260329T120500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Ranelagh Credit Union\\, 26 Ranelagh Village
END:VEVENT"""
    return ev("bank-bookings", cal(EXCHANGE, body), uid, 0, trap="personal-bank-bookings-en")


def flat_viewing() -> dict:
    uid = "2ac6k0q4m8t1v5e9h3rb7snd0ip@google.com"
    text = _own(uid, "Viewing - 2 bed, Leinster Road", "20260214T120000", "20260214T123000",
                "agent: Karen @ Sherry Fitz. 1,950/month. ask about bills + parking", "Leinster Road, Rathmines",
                "20260212T090000Z")
    return ev("viewing", text, uid, 0, trap="personal-flat-viewing-en")


def partner_interview() -> dict:
    uid = "7km1q5c9t3v8e2h6ra0bsn4dqr@google.com"
    text = _own(uid, "Seán's interview in Cork - drop him to Heuston", "20260303T064500", "20260303T073000",
                "his train 07:00. (his interview 11:30 at the Cork office, not mine!)", "Heuston Station",
                "20260226T220000Z")
    return ev("someone-else", text, uid, 0, trap="partner-interview-en")


def sprint_planning() -> dict:
    uid = "1sp8e2c6t0q4m9v3k7ha5rbn1dk@google.com"
    desc = "Sprint 42 planning - Checkout squad. Bring estimates for the test automation backlog.\n\n" + meet(
        "en", "spr-plnq-cdx")
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20260302T100000
DTEND;TZID=Europe/Dublin:20260302T113000
RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO
DTSTAMP:20260105T100000Z
ORGANIZER;CN=Paul Lenehan:mailto:paul.lenehan@{CL}
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Aoife Byrne;X-NUM-GUESTS=0:mailto:{WORK}
DESCRIPTION:{esc(desc)}
LOCATION:Aran room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sprint planning - Checkout
TRANSP:OPAQUE
END:VEVENT"""
    return ev("internal-sprint", cal(GOOGLE, body), uid, 0, trap="internal-meeting-en")


def one_to_one() -> dict:
    uid = "8ot0e4c2t6q1m5v9k3ha7rbn2dl@google.com"
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20260304T153000
DTEND;TZID=Europe/Dublin:20260304T160000
RRULE:FREQ=WEEKLY;BYDAY=WE
DTSTAMP:20251201T100000Z
ORGANIZER;CN=Paul Lenehan:mailto:paul.lenehan@{CL}
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Aoife Byrne;X-NUM-GUESTS=0:mailto:{WORK}
DESCRIPTION:
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Paul / Aoife 1:1
TRANSP:OPAQUE
END:VEVENT"""
    return ev("internal-1on1", cal(GOOGLE, body), uid, 0, trap="internal-1on1-en")


def midyear_review() -> dict:
    uid = "040000008200E00074C5B7101A82E00800000000AB00CD11EF22DC0100000000000000001000000033445566778899AABB01"
    text = ("Hi Aoife,\n\nTime for your mid-year performance review. Please complete the self-assessment in "
            "Workday beforehand.\n\nPaul\n\n" + teams("en", "377 204 118 962", "Rv2mYr"))
    body = f"""{TZ_UTC0}
BEGIN:VEVENT
ORGANIZER;CN="Lenehan, Paul":mailto:paul.lenehan@{CL}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Byrne, Aoife":mailto:{WORK}
DESCRIPTION;LANGUAGE=en-IE:{esc(text)}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:Mid-year review - Aoife Byrne
DTSTART;TZID="{UTC0_NAME}":20260612T140000
DTEND;TZID="{UTC0_NAME}":20260612T150000
DTSTAMP:20260601T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting
END:VEVENT"""
    return ev("appraisal", cal(EXCHANGE, body), uid, 0, trap="own-appraisal-en")


def exit_interview() -> dict:
    uid = "3ex7q1c5t9m4v8e2k6ha0rbn5dm@google.com"
    desc = ("Hi Aoife, as part of your leaving process we'd like to hold a short exit interview. It's confidential "
            "and helps us improve. Thanks for everything!\n\nSadhbh, People & Culture")
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20260626T150000
DTEND;TZID=Europe/Dublin:20260626T153000
DTSTAMP:20260615T110000Z
ORGANIZER;CN=Sadhbh Ní Bhriain:mailto:sadhbh.nibhriain@{CL}
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Byrne;X-NUM-GUESTS=0:
 mailto:{WORK}
DESCRIPTION:{esc(desc)}
LOCATION:Inishmore room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Exit interview - Aoife Byrne
TRANSP:OPAQUE
END:VEVENT"""
    return ev("exit-interview", cal(GOOGLE, body), uid, 0, trap="own-exit-interview-en")


def istqb_exam() -> dict:
    uid = "istqb-exam-IE-2026-05-0412"
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260402T120000Z
DTSTART:20260508T080000Z
DTEND:20260508T110000Z
SUMMARY:ISTQB Advanced Level Test Automation Engineer - exam
DESCRIPTION:Candidate: Aoife Byrne\\nExam centre: Pearson VUE Dublin\\, Ormond Quay\\nArrive 30 minutes early
  with photo ID.
LOCATION:Pearson VUE\\, Ormond Quay Upper\\, Dublin 7
ORGANIZER;CN=Exam Bookings:mailto:noreply@exambookings.example.ie
ATTENDEE;CN=Aoife Byrne;PARTSTAT=ACCEPTED:mailto:{ME}
END:VEVENT"""
    return ev("exam", cal("-//ExamBook//Certification Exams 3.1//EN", body), uid, 0, trap="certification-exam-en")


def dutch_class() -> dict:
    uid = "5nl9e3c7t1q6m0v4k8ha2rbn9dx@google.com"
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20260303T190000
DTEND;TZID=Europe/Dublin:20260303T203000
RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=TU
DTSTAMP:20260220T180000Z
UID:{uid}
DESCRIPTION:Niveau A2 - les 7: solliciteren en werk (rollenspel sollicitatiegesprek)
LOCATION:Dutch Language School Dublin\\, Dawson St
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Nederlandse les
TRANSP:OPAQUE
END:VEVENT"""
    return ev("class-nl", cal(GOOGLE, body, method="PUBLISH"), uid, 0, trap="class-roleplay-nl")


def spanish_class() -> dict:
    uid = "6es0e4c8t2q7m1v5k9ha3rbn0dy@google.com"
    text = _own(uid, "Clase de español - role-play: entrevista de trabajo", "20260219T183000", "20260219T200000",
                "Unidad 9: el mundo laboral. Preparar un CV corto y practicar la entrevista de trabajo en parejas.",
                "Instituto Cervantes, Lincoln Place", "20260215T100000Z")
    return ev("class-es", text, uid, 0, trap="class-roleplay-es")


def meetup() -> dict:
    uid = "meetup-event-310552871@meetup.com"
    desc = esc("Dublin Testers #31 - 'Contract testing without tears' (Ewa K.) + lightning talks. Hosted by "
               "Claddagh Software, pizza from 18:30. Organisers: Aoife Byrne, Conall Reddy.")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260301T100000Z
DTSTART:20260416T173000Z
DTEND:20260416T200000Z
SUMMARY:Dublin Testers Meetup #31
DESCRIPTION:{desc}
LOCATION:Claddagh Software\\, Barrow Street\\, Dublin 4
URL:https://www.meetup.com/dublin-testers/events/310552871/
ORGANIZER;CN=Dublin Testers:mailto:info@meetup.com
END:VEVENT"""
    return ev("meetup", cal("-//Meetup//RemoteApi//EN", body, method="PUBLISH"), uid, 0, trap="meetup-organiser-en")


def events() -> list[dict]:
    return [gp(), physio(), nct(), mortgage(), flat_viewing(), partner_interview(), sprint_planning(), one_to_one(),
            midyear_review(), exit_interview(), istqb_exam(), dutch_class(), spanish_class(), meetup()]
