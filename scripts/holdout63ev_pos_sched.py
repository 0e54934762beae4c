"""holdout63 events: the user's own interviews from schedulers (GoodTime, ModernLoop, Calendly, Cal.com,
Microsoft Bookings), SuccessFactors and a Webex invite from Outlook.

Raw iCalendar text written by hand for the holdout63 split; see make_event_corpus_holdout63.py.
"""

from __future__ import annotations

from holdout63ev_ics import ME, TZ_AMS, TZ_DUBLIN, TZ_LONDON, TZ_UTC0, UTC0_NAME, cal, esc, ev, meet, webex, zoom

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
EXCHANGE = "Microsoft Exchange Server 2010"


def ostara_successfactors() -> dict:
    uid = "SF-ICAL-INTV-40117-118836-2"
    desc = esc(
        "Dear Aoife,\n\nWe are happy to invite you to the final interview for the position Test Engineer "
        "(Job Req 40117) at Ostara Telecom.\n\nYou will meet Willem Brouwer (Manager Test & Release) and "
        "Sophie Verbeek (HR Business Partner). Please report to the reception of our Utrecht office, "
        "Croeselaan 18, and bring a valid passport.\n\nKind regards,\nOstara Telecom Talent Acquisition")
    body = f"""{TZ_AMS}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260504T120000Z
DTSTART;TZID=Europe/Amsterdam:20260512T130000
DTEND;TZID=Europe/Amsterdam:20260512T143000
SUMMARY:Final Interview - Test Engineer (40117)
ORGANIZER;CN=Ostara Talent Acquisition:mailto:sfrecruiting@ostara.nl
ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Willem Brouwer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:willem.brouwer@ostara.nl
ATTENDEE;CN=Sophie Verbeek;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sophie.verbeek@ostara.nl
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=UTR-CRL18-2.14 Domtoren:
 mailto:utr-crl18-214@ostara.nl
DESCRIPTION:{desc}
LOCATION:Ostara Telecom\\, Croeselaan 18\\, Utrecht - room 2.14 Domtoren
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return ev("successfactors", cal("-//SAP SuccessFactors//Recruiting Interview Scheduling//EN", body), uid, 1,
              "Ostara Telecom", "Test Engineer", "final", "willem.brouwer@ostara.nl;sophie.verbeek@ostara.nl",
              "successfactors-final-room-en")


def loopline_goodtime() -> dict:
    uid = "gt-7f2a91c3-80d4-4be6-9a1f-2d5c8e7b0a34@goodtime.io"
    desc = esc(
        "Hi Aoife,\n\nHere is your Loopline virtual onsite for QA Engineer. All sessions use the same Zoom "
        "link.\n\n13:00-13:45  Quality mindset - Kwame Asante (QA Manager)\n"
        "13:45-14:30  Automation deep dive - Lucy Tremayne (Senior SDET)\n"
        "14:30-14:45  Break\n14:45-15:30  Cross-functional - Arjun Patel (Product Manager)\n\n"
        "Your coordinator for the day is Beth Collier (beth.collier@loopline.io).\n\n"
        + zoom("en", "816 2290 4417", "TG9vcExpbmVWT3M") + "\n\nScheduled with GoodTime")
    body = f"""{TZ_LONDON}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260406T154408Z
DTSTART;TZID=Europe/London:20260415T130000
DTEND;TZID=Europe/London:20260415T153000
SUMMARY:Loopline Virtual Onsite - Aoife Byrne - QA Engineer
ORGANIZER;CN=Beth Collier:mailto:beth.collier@loopline.io
ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Kwame Asante;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kwame.asante@loopline.io
ATTENDEE;CN=Lucy Tremayne;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lucy.tremayne@loopline.io
ATTENDEE;CN=Arjun Patel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:arjun.patel@loopline.io
ATTENDEE;CN=Beth Collier;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:beth.collier@loopline.io
DESCRIPTION:{desc}
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return ev("goodtime-onsite", cal("-//GoodTime.io//GoodTime Hire//EN", body), uid, 1, "Loopline", "QA Engineer",
              "onsite", "kwame.asante@loopline.io;lucy.tremayne@loopline.io;arjun.patel@loopline.io",
              "goodtime-virtual-onsite-coordinator-en")


def cobaltine_goodtime() -> dict:
    uid = "gt-0c5e3b7d-1a2f-4c98-b6e0-9f4d2a81c7e5@goodtime.io"
    desc = esc(
        "Conversation with the Hiring Manager\nCandidate: Aoife Byrne\nPosition: Software Engineer in Test\n"
        "Interviewer: Natasha Greaves, Head of Quality Engineering\n\nThis is a two-way conversation - "
        "come with questions about the team!\n\nJoin Google Meet: https://meet.google.com/kpr-ydmv-wce\n\n"
        "Cobaltine Ltd, 40 Leman Street, London E1 8EU\nScheduled with GoodTime")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260317T111102Z
DTSTART:20260323T160000Z
DTEND:20260323T163000Z
SUMMARY:Conversation with Hiring Manager - Cobaltine
ORGANIZER;CN=Cobaltine Talent:mailto:talent@cobaltine.com
ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Natasha Greaves;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:natasha.greaves@cobaltine.com
DESCRIPTION:{desc}
LOCATION:https://meet.google.com/kpr-ydmv-wce
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return ev("goodtime-hm", cal("-//GoodTime.io//GoodTime Hire//EN", body), uid, 1, "Cobaltine",
              "Software Engineer in Test", "hiring_manager", "natasha.greaves@cobaltine.com",
              "goodtime-hiring-manager-utc-en")


def parcelmint_modernloop() -> dict:
    uid = "3p0fk9w6h2a5l8tqe1c7vmd4rs@google.com"
    desc = esc(
        "Aoife - thanks for coming back for the final round!\n\n"
        "10:00  Bartek Nowicki - Staff Engineer (system design for testability)\n"
        "10:45  Clodagh Ferris - VP Engineering\n\nRecruiting contact: Ana Sousa (not interviewing)\n\n"
        "Scheduled via ModernLoop\n\n" + meet("en", "ewf-nqup-ohs"))
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20260421T100000
DTEND;TZID=Europe/Dublin:20260421T113000
DTSTAMP:20260414T100019Z
ORGANIZER;CN=Ana Sousa:mailto:ana.sousa@parcelmint.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Byrne;X-NUM-GUESTS=0:
 mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Bartek Nowicki;X-NUM-GUESTS=0:
 mailto:bartek.nowicki@parcelmint.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Clodagh Ferris;X-NUM-GUESTS=0:
 mailto:clodagh.ferris@parcelmint.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ana Sousa;X-NUM-GUESTS=0:
 mailto:ana.sousa@parcelmint.com
DESCRIPTION:{desc}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Parcelmint Final Round: Aoife Byrne (SDET)
TRANSP:OPAQUE
END:VEVENT"""
    return ev("modernloop-final", cal(GOOGLE, body), uid, 1, "Parcelmint", "SDET", "final",
              "bartek.nowicki@parcelmint.com;clodagh.ferris@parcelmint.com", "modernloop-final-en")


def skellig_calendly() -> dict:
    uid = "9b3f7a0e-2c61-4d8e-b5a4-7e1c0f93d862"
    desc = esc(
        "Event Name: Intro chat - first QA hire\n\nLocation: This is a Google Meet web conference. "
        "https://meet.google.com/zro-tbqc-fyx\n\nPlease share anything that will help prepare for our "
        "meeting.: Hi Cian - Aoife here, we met at the Dublin Testers meetup. Keen to talk about the QA role "
        "at Skellig Labs.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/"
        "9b3f7a0e-2c61-4d8e-b5a4-7e1c0f93d862\nReschedule: https://calendly.com/reschedulings/"
        "9b3f7a0e-2c61-4d8e-b5a4-7e1c0f93d862\n\nPowered by Calendly.com")
    body = f"""BEGIN:VEVENT
DTSTART:20260226T173000Z
DTEND:20260226T180000Z
DTSTAMP:20260222T201522Z
ORGANIZER;CN=Cian Mulcahy:mailto:cian.mulcahy.dev@gmail.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Aoife Byrne:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Cian Mulcahy:mailto:cian.mulcahy.dev@gmail.com
DESCRIPTION:{desc}
LOCATION:https://meet.google.com/zro-tbqc-fyx
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aoife Byrne and Cian Mulcahy
TRANSP:OPAQUE
END:VEVENT"""
    return ev("calendly-founder", cal("-//Calendly//Calendly//EN", body), uid, 1, "Skellig Labs", "", "",
              "cian.mulcahy.dev@gmail.com", "calendly-founder-gmail-body-only-en")


def harbour_calendly() -> dict:
    uid = "c4e8a1f2-7d93-4b0e-a6c5-3f2b19d07e48"
    desc = esc(
        "Event Name: Harbour Ledger - QA Engineer - 20 min intro\n\nLocation: Dara will call you on "
        "+353872009931\n\nHi! I'm Dara from the Talent team at Harbour Ledger. This is a quick intro call "
        "about the QA Engineer role - what the team does, the process, and what you're looking for.\n\n"
        "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/"
        "c4e8a1f2-7d93-4b0e-a6c5-3f2b19d07e48\n\nPowered by Calendly.com")
    body = f"""BEGIN:VEVENT
DTSTART:20260120T103000Z
DTEND:20260120T105000Z
DTSTAMP:20260115T085900Z
ORGANIZER;CN=Dara Quinn:mailto:dara.quinn@harbourledger.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Aoife Byrne:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dara Quinn:mailto:dara.quinn@harbourledger.com
DESCRIPTION:{desc}
LOCATION:+353872009931
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Intro call: Aoife Byrne and Dara Quinn
TRANSP:OPAQUE
END:VEVENT"""
    return ev("calendly-recruiter", cal("-//Calendly//Calendly//EN", body), uid, 1, "Harbour Ledger",
              "QA Engineer", "recruiter_screen", "dara.quinn@harbourledger.com", "calendly-intro-call-en")


def driftwood_calcom() -> dict:
    uid = "7vXq2KpLm9RtWb4eYz8NcA@Cal.com"
    desc = esc(
        "What: Technical chat - SDET\nInvitee Time Zone: Europe/Dublin\nWho:\n"
        "Sam Okafor - Organizer\nsam@driftwood.ai\nAoife Byrne\naoife.byrne@eircom.net\n"
        "Where: https://app.cal.com/video/7vXq2KpLm9RtWb4eYz8NcA\n"
        "Additional notes: 45 mins on how you'd test an LLM-backed API (evals, flaky outputs, "
        "regression suites). Sam is Driftwood AI's Head of Engineering.\n\nNeed to reschedule or cancel? "
        "https://app.cal.com/booking/7vXq2KpLm9RtWb4eYz8NcA")
    body = f"""BEGIN:VEVENT
UID:{uid}
SUMMARY:Technical chat between Driftwood AI and Aoife Byrne
DTSTART:20260406T140000Z
DTEND:20260406T144500Z
DTSTAMP:20260401T091244Z
DESCRIPTION:{desc}
LOCATION:https://app.cal.com/video/7vXq2KpLm9RtWb4eYz8NcA
ORGANIZER;CN=Sam Okafor:mailto:sam@driftwood.ai
ATTENDEE;RSVP=TRUE;PARTSTAT=ACCEPTED;CN=Aoife Byrne:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return ev("calcom", cal("-//Cal.com Inc.//Cal.com Event//EN", body, method="REQUEST"), uid, 1, "Driftwood AI",
              "SDET", "technical", "sam@driftwood.ai", "calcom-technical-en")


def kestrel_bookings() -> dict:
    uid = "040000008200E00074C5B7101A82E00800000000B0C2E4D7A1A8DC01000000000000000010000000F3C7A18E2B4D5E46A9C1"
    desc = esc(
        "Your booking with Kestrel Data Services Recruitment has been confirmed.\n\n"
        "Service: QA Analyst - competency interview (45 minutes)\nStaff: Conor Hayes\n"
        "Location: Kestrel Data Services, Plassey Technological Park, Limerick\n\n"
        "Need to make changes? Manage booking: https://outlook.office365.com/owa/calendar/"
        "KestrelRecruitment@kestreldata.ie/bookings/\n\nMicrosoft Bookings")
    body = f"""{TZ_UTC0}
BEGIN:VEVENT
ORGANIZER;CN=Kestrel Data Services Recruitment:mailto:KestrelRecruitment@kestreldata.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Byrne:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Conor Hayes:mailto:conor.hayes@kestreldata.ie
DESCRIPTION;LANGUAGE=en-IE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:QA Analyst - competency interview
DTSTART;TZID="{UTC0_NAME}":20260227T110000
DTEND;TZID="{UTC0_NAME}":20260227T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260223T141233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Kestrel Data Services\\, Plassey Technological Park\\, Limerick
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT"""
    return ev("ms-bookings", cal(EXCHANGE, body), uid, 1, "Kestrel Data Services", "QA Analyst", "",
              "conor.hayes@kestreldata.ie", "ms-bookings-competency-en")


def emerald_webex() -> dict:
    uid = "040000008200E00074C5B7101A82E0080000000060F1A2B3C4D5DC01000000000000000010000000A1B2C3D4E5F60718293A"
    desc = esc(
        "Hi Aoife,\n\nThank you for your time on the phone last week. As discussed, please find below the "
        "details for your first round interview for QA Engineer with ETB's Digital Delivery team. The panel "
        "will be Cathal Moran (Test Manager) and Ada Nwosu (Senior Automation Engineer).\n\nKind regards,\n"
        "Fiona\n\nFiona Redmond | Talent Acquisition | Emerald Trust Bank\n\n" + webex("2741 883 0192", "etb"))
    body = f"""{TZ_UTC0}
BEGIN:VEVENT
ORGANIZER;CN="Redmond, Fiona":mailto:fiona.redmond@etb.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aoife.byrne@eircom.net:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Moran, Cathal":mailto:cathal.moran@etb.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nwosu, Ada":mailto:ada.nwosu@etb.ie
DESCRIPTION;LANGUAGE=en-US:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-US:Webex: Interview - QA Engineer - Aoife Byrne
DTSTART;TZID="{UTC0_NAME}":20260310T100000
DTEND;TZID="{UTC0_NAME}":20260310T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260303T164501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:https://etb.webex.com/meet/fiona.redmond
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT"""
    return ev("outlook-webex", cal(EXCHANGE, body), uid, 1, "Emerald Trust Bank", "QA Engineer", "",
              "cathal.moran@etb.ie;ada.nwosu@etb.ie", "outlook-webex-abbrev-en")


def events() -> list[dict]:
    return [ostara_successfactors(), loopline_goodtime(), cobaltine_goodtime(), parcelmint_modernloop(),
            skellig_calendly(), harbour_calendly(), driftwood_calcom(), kestrel_bookings(), emerald_webex()]
