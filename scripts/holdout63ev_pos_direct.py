"""holdout63 events: the user's own interviews sent directly from Google, Outlook, Apple and Thunderbird,
plus entries the user typed herself.

Raw iCalendar text written by hand for the holdout63 split; see make_event_corpus_holdout63.py.
"""

from __future__ import annotations

from holdout63ev_ics import ME, TZ_DUBLIN, TZ_LONDON, TZ_UTC1, TZ_WIN_GMT, UTC1_NAME, cal, esc, ev, meet, teams, zoom

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
EXCHANGE = "Microsoft Exchange Server 2010"


def lumora_google() -> dict:
    uid = "1hq8e0v5n3t7c2k9m4ra6bfd0u@google.com"
    desc = esc(
        "Hi Aoife, as promised by Gemma - a relaxed hiring-manager conversation about the QA Engineer "
        "(Payments) role on my team. I'll tell you about how we release and test at Lumora, and I'd love to "
        "hear what you've been doing at Claddagh.\n\nRónán\n\n" + meet("en", "bqs-oxaw-jmt"))
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20260213T160000
DTEND;TZID=Europe/Dublin:20260213T164500
DTSTAMP:20260209T121733Z
ORGANIZER;CN=Rónán Fagan:mailto:ronan.fagan@lumora.ie
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rónán Fagan;X-NUM-GUESTS=0:
 mailto:ronan.fagan@lumora.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aoife.byrne@eircom.net;
 X-NUM-GUESTS=0:mailto:{ME}
DESCRIPTION:{desc}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aoife / Rónán - chat about the QA role
TRANSP:OPAQUE
END:VEVENT"""
    return ev("google-direct-hm", cal(GOOGLE, body), uid, 1, "Lumora", "QA Engineer (Payments)", "hiring_manager",
              "ronan.fagan@lumora.ie", "google-direct-hiring-manager-en")


def fitzwilliam_outlook() -> dict:
    uid = "040000008200E00074C5B7101A82E00800000000D07A3F1C22A4DC01000000000000000010000000C4B9E2F07A8D1345B6E2"
    text = ("Hi Aoife,\n\nThank you for your interest in Fitzwilliam Capital Markets. I'm delighted to confirm your "
            "final interview for the QA Automation Engineer role with Mark Brennan (Head of Quality Engineering) "
            "and Aisling Dunne (Lead SDET, Trading Systems).\n\nI'll meet you at reception on the ground floor "
            "and bring you up to the 3rd floor.\n\nKind regards,\nOrla\n\nOrla Kennedy | HR Coordinator\n"
            "Fitzwilliam Capital Markets | 2 Fitzwilliam Square East, Dublin 2")
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" '
            'CONTENT="MS Exchange Server version 16.0.17328.20124">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n'
            '<P><FONT FACE="Calibri">Hi Aoife,</FONT></P>\n<P><FONT FACE="Calibri">Thank you for your interest in '
            'Fitzwilliam Capital Markets. I\'m delighted to confirm your final interview for the QA Automation '
            'Engineer role with Mark Brennan and Aisling Dunne.</FONT></P>\n<P><FONT FACE="Calibri">Kind regards, '
            'Orla</FONT></P>\n</BODY>\n</HTML>')
    body = f"""{TZ_WIN_GMT}
BEGIN:VEVENT
ORGANIZER;CN="Kennedy, Orla":mailto:orla.kennedy@fitzwilliamcm.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aoife.byrne@eircom.net:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brennan, Mark":
 mailto:mark.brennan@fitzwilliamcm.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dunne, Aisling":
 mailto:aisling.dunne@fitzwilliamcm.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN=DUB-FSQ-3.02 Liffey (8):
 mailto:dub-fsq-302-liffey@fitzwilliamcm.com
DESCRIPTION;LANGUAGE=en-IE:{esc(text)}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:Final Interview - Aoife Byrne - QA Automation Engineer
DTSTART;TZID=GMT Standard Time:20260505T140000
DTEND;TZID=GMT Standard Time:20260505T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260428T103312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:DUB-FSQ-3.02 Liffey (8)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118453907
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-ALT-DESC;FMTTYPE=text/html:{esc(html)}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"DUB-FSQ-3.02 Liffey (8)"\\,"LocationAnnotation":""\\,
 "LocationUri":"dub-fsq-302-liffey@fitzwilliamcm.com"\\,"LocationSource":"None"}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT"""
    return ev("outlook-room", cal(EXCHANGE, body), uid, 1, "Fitzwilliam Capital Markets", "QA Automation Engineer",
              "final", "mark.brennan@fitzwilliamcm.com;aisling.dunne@fitzwilliamcm.com",
              "outlook-windows-zone-room-coordinator-en")


def polderpay_outlook() -> dict:
    uid = "040000008200E00074C5B7101A82E00800000000A1E83C0D77B3DC0100000000000000001000000055D1F0A2C9E84B47A3F9"
    text = ("Hi Aoife,\n\nAs agreed with Marloes, here's the invite for the technical interview for the Test "
            "Automation Engineer position at Polderpay. We'll go through a small Java/RestAssured exercise "
            "together and talk about CI pipelines.\n\nGroet,\nJoost de Wit\nQA Lead | Polderpay B.V. | "
            "Amsterdam\n\n" + teams("en", "341 508 992 117", "Pp2Wk7"))
    body = f"""{TZ_UTC1}
BEGIN:VEVENT
ORGANIZER;CN="de Wit, Joost":mailto:joost.dewit@polderpay.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Byrne:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Çelik, Emre":mailto:emre.celik@polderpay.nl
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hendriks, Marloes":
 mailto:marloes.hendriks@polderpay.nl
DESCRIPTION;LANGUAGE=nl-NL:{esc(text)}
UID:{uid}
SUMMARY;LANGUAGE=nl-NL:Technical interview Polderpay - Aoife Byrne
DTSTART;TZID="{UTC1_NAME}":20260325T100000
DTEND;TZID="{UTC1_NAME}":20260325T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260318T142209Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT"""
    return ev("outlook-utc-zone", cal(EXCHANGE, body), uid, 1, "Polderpay", "Test Automation Engineer", "technical",
              "joost.dewit@polderpay.nl;emre.celik@polderpay.nl", "outlook-utc-zone-name-en")


def meridian_sent_by() -> dict:
    uid = "040000008200E00074C5B7101A82E0080000000090B5D4E3F2A1DC0100000000000000001000000078E3A0C5D1F2463A8B71"
    text = ("Aoife,\n\nSimon would like to meet you to discuss the Test Automation Engineer role in his team at "
            "Meridian Clearing. This is a hiring manager interview and will last around 45 minutes.\n\n"
            "Address: Meridian Clearing Ltd, 5 Bishopsgate Court, London EC2N 4AJ. Please ask for Simon Hale at "
            "reception.\n\nBest regards,\nKaren Pike\nPA to Simon Hale, Head of Quality Engineering")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Hale, Simon";SENT-BY="mailto:karen.pike@meridianclearing.co.uk":
 mailto:simon.hale@meridianclearing.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Byrne:mailto:{ME}
DESCRIPTION;LANGUAGE=en-GB:{esc(text)}
UID:{uid}
SUMMARY;LANGUAGE=en-GB:Interview: Test Automation Engineer (Meridian Clearing)
DTSTART;TZID=GMT Standard Time:20260402T103000
DTEND;TZID=GMT Standard Time:20260402T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260326T090512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:5 Bishopsgate Court\\, London EC2N 4AJ
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT"""
    return ev("outlook-sent-by", cal(EXCHANGE, body), uid, 1, "Meridian Clearing", "Test Automation Engineer",
              "hiring_manager", "simon.hale@meridianclearing.co.uk", "outlook-sent-by-pa-no-vtimezone-en")


def brennock_rescheduled() -> dict:
    uid = "4dn1s7v0k3q8e2h6b9t5cmra2p@google.com"
    desc = esc(
        "Moved from Tue 3 March 14:00 - sorry Aoife, Kevin is out sick that day!\n\nTechnical interview for "
        "the QA Engineer role at Brennock: 60 mins, Kevin Duggan (Senior QA) and Amira Haddad (Developer). "
        "Mostly a conversation about test design plus one small exercise on the shared screen.\n\n"
        + meet("en", "rdk-fwzs-ynj"))
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20260305T150000
DTEND;TZID=Europe/Dublin:20260305T160000
DTSTAMP:20260302T083004Z
ORGANIZER;CN=Kevin Duggan:mailto:kevin@brennock.ie
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kevin Duggan;X-NUM-GUESTS=0:
 mailto:kevin@brennock.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Amira Haddad;X-NUM-GUESTS=0:
 mailto:amira@brennock.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Byrne;
 X-NUM-GUESTS=0:mailto:{ME}
CREATED:20260224T172210Z
DESCRIPTION:{desc}
LAST-MODIFIED:20260302T083003Z
LOCATION:
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:RESCHEDULED - Technical interview: Brennock / Aoife Byrne
TRANSP:OPAQUE
END:VEVENT"""
    return ev("google-rescheduled", cal(GOOGLE, body), uid, 1, "Brennock", "QA Engineer", "technical",
              "kevin@brennock.ie;amira@brennock.ie", "google-rescheduled-en")


def tidewell_apple() -> dict:
    uid = "8F2E6C1A-3B4D-4E5F-9A0B-1C2D3E4F5A6B"
    body = f"""{TZ_LONDON}
BEGIN:VEVENT
TRANSP:OPAQUE
DTEND;TZID=Europe/London:20260320T123000
UID:{uid}
DTSTAMP:20260316T190245Z
LOCATION:Tidewell\\, 3rd floor\\, 12 Hatton Garden\\, London EC1N 8AN
DESCRIPTION:Final chat before we make a decision on the QA lead role - me a
 nd Kofi (co-founder). Lunch is on us!\\n\\nMaya
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SEQUENCE:0
SUMMARY:Tidewell - final chat w/ Maya + Kofi
LAST-MODIFIED:20260316T190245Z
CREATED:20260316T190118Z
DTSTART;TZID=Europe/London:20260320T113000
ORGANIZER;CN=Maya Lindqvist;EMAIL=maya@tidewell.io:mailto:maya@tidewell.io
ATTENDEE;CN=Aoife Byrne;CUTYPE=INDIVIDUAL;EMAIL={ME};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;
 ROLE=REQ-PARTICIPANT:mailto:{ME}
ATTENDEE;CN=Kofi Mensah;CUTYPE=INDIVIDUAL;EMAIL=kofi@tidewell.io;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:
 mailto:kofi@tidewell.io
ATTENDEE;CN=Maya Lindqvist;CUTYPE=INDIVIDUAL;EMAIL=maya@tidewell.io;PARTSTAT=ACCEPTED;ROLE=CHAIR:
 mailto:maya@tidewell.io
END:VEVENT"""
    return ev("apple-direct", cal("-//Apple Inc.//macOS 14.4.1//EN", body), uid, 1, "Tidewell", "QA lead", "final",
              "maya@tidewell.io;kofi@tidewell.io", "apple-founders-final-en")


def zenbyte_ios() -> dict:
    uid = "B71D04E3-9C2A-4F68-A15E-6D3C8B20F794"
    body = f"""{TZ_LONDON}
BEGIN:VEVENT
CREATED:20260330T214455Z
UID:{uid}
DTEND;TZID=Europe/London:20260408T120000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Interview Zenbyte 2nd round
LAST-MODIFIED:20260330T214501Z
DTSTAMP:20260330T214501Z
DTSTART;TZID=Europe/London:20260408T103000
LOCATION:Zenbyte\\, 1 Canada Square\\, London
DESCRIPTION:Ask for Hemi at reception. Bring passport. Flight back 18:40
SEQUENCE:0
BEGIN:VALARM
X-WR-ALARMUID:0E5A6C1B-3D24-4F8B-9A70-C2B1E4D3F658
UID:0E5A6C1B-3D24-4F8B-9A70-C2B1E4D3F658
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT"""
    return ev("ios-own-entry", cal("-//Apple Inc.//iPhone OS 17.4//EN", body, method=None), uid, 1, "Zenbyte", "",
              "", "", "ios-own-entry-en")


def corrib_thunderbird() -> dict:
    uid = "5f3a9c2e-8d71-4b06-a2e4-91c7d0b6f385"
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
CREATED:20260224T161204Z
LAST-MODIFIED:20260224T161933Z
DTSTAMP:20260224T161933Z
UID:{uid}
SUMMARY:Interview - QA role at Corrib Digital (technical)
ORGANIZER;RSVP=TRUE;CN=Peadar Ó Flaithearta;PARTSTAT=ACCEPTED;ROLE=CHAIR:
 mailto:peadar@corribdigital.ie
ATTENDEE;RSVP=TRUE;CN=Aoife Byrne;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:
 mailto:{ME}
ATTENDEE;RSVP=TRUE;CN=Hazel Keane;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:
 mailto:hazel@corribdigital.ie
DTSTART;TZID=Europe/Dublin:20260304T110000
DTEND;TZID=Europe/Dublin:20260304T123000
DESCRIPTION:Hi Aoife\\,\\n\\nLooking forward to Wednesday. Bring a laptop if
  you can - Hazel and myself will do a short Playwright exercise with you (
 about 40 mins) and then a chat about how we test our clients' sites.\\n\\nWe
 're in the Docks\\, Unit 7 Galway Harbour Enterprise Park.\\n\\nPeadar
LOCATION:Corrib Digital\\, Unit 7\\, Galway Harbour Enterprise Park
SEQUENCE:0
X-MOZ-SEND-INVITATIONS:TRUE
X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE
END:VEVENT"""
    return ev("thunderbird", cal("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", body, width=0), uid, 1,
              "Corrib Digital", "QA", "technical", "peadar@corribdigital.ie;hazel@corribdigital.ie",
              "thunderbird-handfolded-en")


def kinsale_floating() -> dict:
    uid = "0ks9d2m7q1v4h8a3c6tb5nre9f@google.com"
    body = """BEGIN:VEVENT
DTSTART:20260210T140000
DTEND:20260210T143000
DTSTAMP:20260206T223115Z
UID:0ks9d2m7q1v4h8a3c6tb5nre9f@google.com
CREATED:20260206T223110Z
DESCRIPTION:recruiter Fionnuala will ring mobile. test analyst role\\, ask re hybrid + salary band
LAST-MODIFIED:20260206T223110Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Phone scr Kinsale Tech 2pm
TRANSP:OPAQUE
END:VEVENT"""
    head = "X-WR-CALNAME:Aoife Byrne\nX-WR-TIMEZONE:Europe/Dublin"
    return ev("own-floating-xwr", cal(GOOGLE, body, method="PUBLISH", head=head), uid, 1, "Kinsale Tech",
              "test analyst", "recruiter_screen", "Fionnuala", "own-note-xwr-floating-en")


def quillon_allday() -> dict:
    uid = "6ab2t9r0e5m1k7q3v8c4shdn2o@google.com"
    body = """BEGIN:VEVENT
DTSTART;VALUE=DATE:20260422
DTEND;VALUE=DATE:20260423
DTSTAMP:20260410T075342Z
UID:6ab2t9r0e5m1k7q3v8c4shdn2o@google.com
CREATED:20260410T075340Z
DESCRIPTION:Quillon onsite - 4 interviews back to back 10-3. EI154 out 07:05\\, back 20:35.
LAST-MODIFIED:20260410T075340Z
LOCATION:Quillon\\, 80 Clerkenwell Road\\, London
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Onsite @ Quillon (London) - SDET
TRANSP:TRANSPARENT
END:VEVENT"""
    head = "X-WR-CALNAME:Aoife Byrne\nX-WR-TIMEZONE:Europe/Dublin"
    return ev("own-allday", cal(GOOGLE, body, method="PUBLISH", head=head), uid, 1, "Quillon", "SDET", "onsite",
              "", "own-allday-onsite-en")


def wexford_irish() -> dict:
    uid = "f1c0e7a2-64b9-4d3e-8a5f-2b7c9d0e1f38"
    body = """BEGIN:VEVENT
UID:f1c0e7a2-64b9-4d3e-8a5f-2b7c9d0e1f38
DTSTAMP:20260301T200512Z
DTSTART:20260309T120000
DTEND:20260309T130000
SUMMARY:Agallamh - Wexford Data Works (QA)
DESCRIPTION:2ú babhta - teicniúil. Teams. Le Eimear Sinnott + duine eile ón bhfoireann.
END:VEVENT"""
    return ev("own-irish-floating", cal("-//Simple Calendar//Android 6.25//GA", body, method=None), uid, 1,
              "Wexford Data Works", "QA", "technical", "Eimear Sinnott", "own-note-floating-ga")


def quantfield_recurring() -> dict:
    uid = "7pr4m1c9e0t6v3k8a2sqhn5bgd@google.com"
    desc = esc(
        "Two pairing sessions for the SDET role at Quantfield (same link both days).\n"
        "Day 1: build a small test harness for a pricing service\nDay 2: extend it + review\n"
        "Pairing with Ollie Brandon and Shreya Iyer.\n\nCoordinator: Megan Hart (Talent)\n\n"
        + zoom("en", "841 5527 3096", "UXVhbnRGaWVsZFBy", "quantfield"))
    attendees = f"""ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ollie Brandon;X-NUM-GUESTS=0:
 mailto:ollie.brandon@quantfield.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Shreya Iyer;X-NUM-GUESTS=0:
 mailto:shreya.iyer@quantfield.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aoife.byrne@eircom.net;
 X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Megan Hart;X-NUM-GUESTS=0:
 mailto:megan.hart@quantfield.co.uk"""
    body = f"""{TZ_LONDON}
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260407T150000
DTEND;TZID=Europe/London:20260407T163000
RRULE:FREQ=DAILY;COUNT=2
DTSTAMP:20260401T110208Z
ORGANIZER;CN=Megan Hart:mailto:megan.hart@quantfield.co.uk
UID:{uid}
{attendees}
DESCRIPTION:{desc}
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Quantfield - pairing interview (SDET)
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260408T160000
DTEND;TZID=Europe/London:20260408T173000
DTSTAMP:20260403T094411Z
ORGANIZER;CN=Megan Hart:mailto:megan.hart@quantfield.co.uk
UID:{uid}
RECURRENCE-ID;TZID=Europe/London:20260408T150000
{attendees}
DESCRIPTION:{desc}
LOCATION:Zoom
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Quantfield - pairing interview (SDET)
TRANSP:OPAQUE
END:VEVENT"""
    return ev("google-recurring", cal(GOOGLE, body), uid, 1, "Quantfield", "SDET", "technical",
              "ollie.brandon@quantfield.co.uk;shreya.iyer@quantfield.co.uk", "google-recurring-override-en")


def events() -> list[dict]:
    return [lumora_google(), fitzwilliam_outlook(), polderpay_outlook(), meridian_sent_by(), brennock_rescheduled(),
            tidewell_apple(), zenbyte_ios(), corrib_thunderbird(), kinsale_floating(), quillon_allday(),
            wexford_irish(), quantfield_recurring()]
