"""holdout63 events: more of the user's own interviews (phone screens, case reviews, values rounds, founders,
a bare "Interview", the user's own notes and a rebooked screen).

Raw iCalendar text written by hand for the holdout63 split; see make_event_corpus_holdout63.py.
"""

from __future__ import annotations

from holdout63ev_ics import ME, TZ_DUBLIN, TZ_LONDON, TZ_WIN_GMT, cal, esc, ev, meet, zoom

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
EXCHANGE = "Microsoft Exchange Server 2010"


def sceptre_phone() -> dict:
    uid = "3jv8q1m5c0e7t2h9k4bs6anr0d@google.com"
    desc = esc(
        "Hi Aoife,\n\nAs per my email, I'll give you a call at this time for an initial phone interview about "
        "the Test Analyst role (medical device software). Roughly 20-30 minutes.\n\nThanks,\nJoanne Fitzgerald\n"
        "Talent Acquisition Specialist\nSceptre Health Technologies | Sandyford, Dublin 18")
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20260127T120000
DTEND;TZID=Europe/Dublin:20260127T123000
DTSTAMP:20260122T101205Z
ORGANIZER;CN=Joanne Fitzgerald:mailto:joanne.fitzgerald@sceptrehealth.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Joanne Fitzgerald;X-NUM-GUESTS=0:
 mailto:joanne.fitzgerald@sceptrehealth.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aoife.byrne@eircom.net;
 X-NUM-GUESTS=0:mailto:{ME}
DESCRIPTION:{desc}
LOCATION:Phone: +353 86 555 0192 (Aoife's mobile)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Phone interview - Test Analyst - Sceptre Health
TRANSP:OPAQUE
END:VEVENT"""
    return ev("phone-screen", cal(GOOGLE, body), uid, 1, "Sceptre Health", "Test Analyst", "recruiter_screen",
              "joanne.fitzgerald@sceptrehealth.com", "phone-screen-en")


def finch_case() -> dict:
    uid = "0rk4e9q2m6v3c8t1h5bnsa7dfj@google.com"
    desc = esc(
        "Thanks for sending over the test plan for the claims upload feature - it was great. In this session "
        "you'll walk Nuala and Stephen through it (15 min) and we'll dig into the risks and how you'd automate "
        "the regression side. Part of the QA Engineer process at Finch.\n\n" + meet("en", "nzq-hoep-gxa"))
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20260415T110000
DTEND;TZID=Europe/Dublin:20260415T120000
DTSTAMP:20260410T141102Z
ORGANIZER;CN=Nuala Brady:mailto:nuala.brady@finchcover.ie
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nuala Brady;X-NUM-GUESTS=0:
 mailto:nuala.brady@finchcover.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Stephen Moloney;X-NUM-GUESTS=0:
 mailto:stephen.moloney@finchcover.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Byrne;X-NUM-GUESTS=0:
 mailto:{ME}
DESCRIPTION:{desc}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Finch - test plan review with Aoife
TRANSP:OPAQUE
END:VEVENT"""
    return ev("google-case", cal(GOOGLE, body), uid, 1, "Finch", "QA Engineer", "technical",
              "nuala.brady@finchcover.ie;stephen.moloney@finchcover.ie", "take-home-review-en")


def ravenpoint_values() -> dict:
    uid = "040000008200E00074C5B7101A82E0080000000077D5E9B1C2A3DC010000000000000000100000009A8B7C6D5E4F30211203"
    text = ("Hi Aoife,\n\nPlease find below the details of your values interview for the QA Engineer role at "
            "Ravenpoint. This conversation is with two people from outside the engineering team, Ciara McKeown "
            "(Customer Success) and Declan Hughes (Finance), and focuses on how you work with others.\n\n"
            "Kind regards,\nRavenpoint People Team | Titanic Quarter, Belfast\n\n"
            + zoom("en", "973 8812 0456", "UmF2ZW5wb2ludFZJ"))
    body = f"""{TZ_WIN_GMT}
BEGIN:VEVENT
ORGANIZER;CN=Ravenpoint People Team:mailto:people@ravenpoint.io
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Byrne:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ciara McKeown:mailto:ciara.mckeown@ravenpoint.io
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Declan Hughes:mailto:declan.hughes@ravenpoint.io
DESCRIPTION;LANGUAGE=en-GB:{esc(text)}
UID:{uid}
SUMMARY;LANGUAGE=en-GB:Ravenpoint | Values Interview | QA Engineer
DTSTART;TZID=GMT Standard Time:20260422T150000
DTEND;TZID=GMT Standard Time:20260422T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260415T111540Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Zoom Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT"""
    return ev("outlook-zoom-values", cal(EXCHANGE, body), uid, 1, "Ravenpoint", "QA Engineer", "",
              "ciara.mckeown@ravenpoint.io;declan.hughes@ravenpoint.io", "values-interview-en")


def glenmore_meet_team() -> dict:
    uid = "5cs1h8t3q0v9e4m2k7ar6bnd3l@google.com"
    desc = esc(
        "Aoife - looking forward to having you in! This is the in-person stage of the process for Test "
        "Automation Engineer: you'll meet three of the team for 30 minutes each (Gearóid, Ewa and Tunde) and "
        "see where we sit. Ask for me at the front desk.\n\nAlison Carey, Engineering Manager, Glenmore "
        "Fintech\nThe Academy Building, Pearse St, Dublin 2")
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20260409T093000
DTEND;TZID=Europe/Dublin:20260409T120000
DTSTAMP:20260402T163340Z
ORGANIZER;CN=Alison Carey:mailto:alison.carey@glenmore.finance
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aoife.byrne@eircom.net;
 X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gearóid Ó Néill;X-NUM-GUESTS=0:
 mailto:gearoid.oneill@glenmore.finance
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ewa Kowalczyk;X-NUM-GUESTS=0:
 mailto:ewa.kowalczyk@glenmore.finance
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tunde Bakare;X-NUM-GUESTS=0:
 mailto:tunde.bakare@glenmore.finance
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Academy-2-Boardroom (10);X-NUM-GUESTS=0:
 mailto:c_1889b2f0a7d4e3c6@resource.calendar.google.com
DESCRIPTION:{desc}
LOCATION:Academy-2-Boardroom (10)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Meet the team - Glenmore
TRANSP:OPAQUE
END:VEVENT"""
    return ev("google-onsite-resource", cal(GOOGLE, body), uid, 1, "Glenmore Fintech", "Test Automation Engineer",
              "onsite", "gearoid.oneill@glenmore.finance;ewa.kowalczyk@glenmore.finance;tunde.bakare@glenmore.finance",
              "meet-the-team-resource-en")


def boxfort_coffee_hm() -> dict:
    uid = "040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DC01000000000000000010000000300112233445566778899A"
    text = ("Hi Aoife,\n\nLauren in Talent mentioned you'd be happy to meet in person. I'm the hiring manager for "
            "the QA Lead role, so this is part of the process, but it'll be informal - coffee's on me.\n\n"
            "Órlaith\n\nÓrlaith Nic Gearailt | Head of Quality | Boxfort")
    body = f"""{TZ_WIN_GMT}
BEGIN:VEVENT
ORGANIZER;CN=Órlaith Nic Gearailt:mailto:orlaith@boxfort.io
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Byrne:mailto:{ME}
DESCRIPTION;LANGUAGE=en-IE:{esc(text)}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:Coffee - Aoife / Órlaith (QA Lead)
DTSTART;TZID=GMT Standard Time:20260227T083000
DTEND;TZID=GMT Standard Time:20260227T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260223T201115Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Two Boys Brew\\, Phibsborough
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT"""
    return ev("outlook-coffee-hm", cal("Microsoft Exchange Server 2010", body), uid, 1, "Boxfort", "QA Lead",
              "hiring_manager", "orlaith@boxfort.io", "coffee-is-hiring-manager-en")


def lanternfish_proton() -> dict:
    uid = "Kq3vP8bW1xN6mR0tZ5yH2cJ9sD4fL7gA@proton.me"
    desc = esc(
        "Hey Aoife, Sam here - thanks for replying on LinkedIn. Lanternfish is six of us building observability "
        "for test suites, and we're hiring our first QA/SDET. Let's do a call and I'll show you the product; "
        "happy to answer anything.\n\nhttps://meet.google.com/wbu-mxte-kaf")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260304T221930Z
DTSTART:20260309T170000Z
DTEND:20260309T174500Z
SUMMARY:Sam <> Aoife
DESCRIPTION:{desc}
LOCATION:https://meet.google.com/wbu-mxte-kaf
ORGANIZER;CN=Sam Achterberg:mailto:sam.achterberg@proton.me
ATTENDEE;CN=aoife.byrne@eircom.net;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return ev("proton-founder", cal("-//Proton AG//ProtonCalendar 1.0.0//EN", body), uid, 1, "Lanternfish",
              "QA/SDET", "", "sam.achterberg@proton.me", "founder-proton-body-only-en")


def orbital_bare() -> dict:
    uid = "040000008200E00074C5B7101A82E008000000004C3D2E1F0A9BDC01000000000000000010000000D1E2F3A4B5C6D7E8F901"
    text = ("Aoife,\n\nConfirming 2pm Thursday at our office, Block C, Central Park, Leopardstown. Bring photo "
            "ID for the building.\n\nMarcus Doyle\nQA Manager\nOrbital Payments Ltd")
    body = f"""{TZ_WIN_GMT}
BEGIN:VEVENT
ORGANIZER;CN="Doyle, Marcus":mailto:marcus.doyle@orbitalpayments.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aoife.byrne@eircom.net:mailto:{ME}
DESCRIPTION;LANGUAGE=en-IE:{esc(text)}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:Interview
DTSTART;TZID=GMT Standard Time:20260319T140000
DTEND;TZID=GMT Standard Time:20260319T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260314T094017Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Orbital Payments\\, Block C\\, Central Park\\, Leopardstown
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT"""
    return ev("outlook-bare-title", cal(EXCHANGE, body), uid, 1, "Orbital Payments", "", "",
              "marcus.doyle@orbitalpayments.ie", "bare-interview-title-en")


def parcelmint_own_note() -> dict:
    uid = "2dc7k0r5m9q3v1e8t6hsna4bfp@google.com"
    body = """BEGIN:VEVENT
DTSTART:20260331T083000Z
DTEND:20260331T090000Z
DTSTAMP:20260327T194502Z
UID:2dc7k0r5m9q3v1e8t6hsna4bfp@google.com
CREATED:20260327T194500Z
DESCRIPTION:first screen w/ their recruiter Ana. Have STAR examples ready (flaky tests, release sign-off)
LAST-MODIFIED:20260327T194500Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Parcelmint call (SDET)
TRANSP:OPAQUE
END:VEVENT"""
    head = "X-WR-CALNAME:aoife.byrne@eircom.net\nX-WR-TIMEZONE:Europe/Dublin"
    return ev("own-note-utc", cal(GOOGLE, body, method="PUBLISH", head=head), uid, 1, "Parcelmint", "SDET",
              "recruiter_screen", "Ana", "own-note-utc-en")


def oakfield_rebooked() -> dict:
    uid = "lever-interview-9a2c6e41-3b7d-4f08-b15e-c8d0a6f27e93"
    desc = esc("Hi Aoife,\n\nThanks for your patience - here's the new time for your phone screen for QA "
               "Engineer (Security Products) at Oakfield Security. I'll call you on +353 87 214 5590.\n\n"
               "Ellie Prentice\nTalent Partner, Oakfield Security\n\n- Scheduled with Lever")
    body = f"""{TZ_LONDON}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260224T090145Z
DTSTART;TZID=Europe/London:20260226T093000
DTEND;TZID=Europe/London:20260226T100000
SUMMARY:Phone Screen - Oakfield Security - QA Engineer (Security Products)
ORGANIZER;CN=Ellie Prentice:mailto:ellie.prentice@oakfieldsec.com
ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Ellie Prentice;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ellie.prentice@oakfieldsec.com
DESCRIPTION:{desc}
LOCATION:Phone call
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return ev("lever-rebooked", cal("-//Lever//Lever Interview Scheduling 2.0//EN", body), uid, 1,
              "Oakfield Security", "QA Engineer (Security Products)", "recruiter_screen",
              "ellie.prentice@oakfieldsec.com", "lever-rebooked-after-cancel-en")


def events() -> list[dict]:
    return [sceptre_phone(), finch_case(), ravenpoint_values(), glenmore_meet_team(), boxfort_coffee_hm(),
            lanternfish_proton(), orbital_bare(), parcelmint_own_note(), oakfield_rebooked()]
