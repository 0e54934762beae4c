# ruff: noqa: E501, W291, W293, RUF100
"""holdout269 events, part a: the user's own interviews at employers with several rounds (1/2)."""

from holdout269ev_zones import (
    EST_OUTLOOK,
    GCAL_FOOTER,
    LA_APPLE,
    LA_GOOGLE,
    PST_OUTLOOK,
    gmeet,
    teams,
    zoom,
)

FORMS = {
    "Sunspire Unscripted": "Sunspire",
    "Streamvale": "Streamvale Unscripted|Streamvale Unscripted Development",
    "Onda Sol Televisión": "Onda Sol|Onda Sol TV|Onda Sol Television|OSTV",
    "Marquee Wolf Entertainment": "Marquee Wolf|MWE",
    "Tidewater Talent Agency": "Tidewater|TTA|Tidewater Talent",
    "Bright Lot Productions": "Bright Lot|Brightlot|BLP",
}

EVENTS = [
    dict(
        kind="google-greenhouse-recruiter-screen",
        uid="6q3kc1v8d9mh2r0t7pu5sj4f1a@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251007T103000
DTEND;TZID=America/Los_Angeles:20251007T110000
DTSTAMP:20251002T171204Z
ORGANIZER;CN=Carly Osei:mailto:carly.osei@sunspireunscripted.example.com
UID:6q3kc1v8d9mh2r0t7pu5sj4f1a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Carly Osei;X-NUM-GUESTS=0:mailto:carly.osei@sunspireunscripted.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=tasha.gr.casting@gmail.com;X-NUM-GUESTS=0:mailto:tasha.gr.casting@
 gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/wvd-hqpe-zka
CREATED:20251002T171203Z
DESCRIPTION:Hi Tasha\,\n\nThanks for applying to the Casting Producer (Unsc
 ripted) role! This is a 30 min intro call with me – we'll talk through you
 r competition and docuseries casting background\, the shows currently in 
 pre-production\, timing and comp expectations.\n\nTalk soon\,\nCarly Osei
 \nRecruiter | Sunspire Unscripted\n\nThis interview was scheduled via Gree
 nhouse.""" + gmeet("wvd-hqpe-zka", "+1 323-555-0119", "208 553 117") + GCAL_FOOTER + r"""
LAST-MODIFIED:20251002T171203Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tasha Greenberg-Ruiz <> Sunspire Unscripted | Recruiter Screen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Sunspire Unscripted",
        role="Casting Producer (Unscripted)",
        stage="recruiter_screen",
        interviewers="carly.osei@sunspireunscripted.example.com",
        trap="greenhouse-via-google-meet-footer",
        hiring=False,
    ),
    dict(
        kind="google-test-project-review",
        uid="0b7tmd9q2l4xv6kefr8n1w3ca5@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251016T140000
DTEND;TZID=America/Los_Angeles:20251016T150000
DTSTAMP:20251009T223051Z
ORGANIZER;CN=Jen Albright (Recruiting Coordinator):mailto:jen.albright@sun
 spireunscripted.example.com
UID:0b7tmd9q2l4xv6kefr8n1w3ca5@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Owen Batista;X-NUM-GUESTS=0:mailto:owen.batista@sunspireunscripted.exa
 mple.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Leah Frye;X-NUM-GUESTS=0:mailto:leah.frye@sunspireunscripted.example.c
 om
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=tasha.gr.casting@gmail.com;X-NUM-GUESTS=0:mailto:tasha.gr.casting@gmai
 l.com
X-GOOGLE-CONFERENCE:https://meet.google.com/pzr-kvoa-mbe
CREATED:20251009T223050Z
DESCRIPTION:Hi Tasha – confirming your test project review for the Casting
  Producer role.\n\nOwen Batista (Sr. Casting Director) and Leah Frye (Cast
 ing Manager) will have you walk them through the paid test you turned in 
 for the untitled lake-house dating format: the six contestant one-sheets\,
  your outreach plan and the social-search funnel. Plan for ~40 min of pres
 entation + Q&A. Please send your W-9 so AP can process the $250 test fee
 .\n\nI won't be on the call but ping me with anything!\nJen""" + gmeet("pzr-kvoa-mbe", "+1 323-555-0164", "771 902 354") + GCAL_FOOTER + r"""
LAST-MODIFIED:20251010T001412Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Sunspire – Casting Producer: Test Project Review (Tasha Greenberg-R
 uiz)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Sunspire Unscripted",
        role="Casting Producer",
        stage="technical",
        interviewers="owen.batista@sunspireunscripted.example.com;leah.frye@sunspireunscripted.example.com",
        trap="paid-test-project-coordinator-organizer",
        hiring=False,
    ),
    dict(
        kind="ios-handtyped-final",
        uid="B4F1E0C2-7A3D-4E55-9C61-2F8D0A9B7E13",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
""" + LA_APPLE + r"""BEGIN:VEVENT
CREATED:20251021T041733Z
DTEND;TZID=America/Los_Angeles:20251024T120000
DTSTAMP:20251021T041802Z
DTSTART;TZID=America/Los_Angeles:20251024T110000
LAST-MODIFIED:20251021T041802Z
LOCATION:Sunspire\, 2250 N Lakeview Terrace\, Burbank CA
DESCRIPTION:final rd!! meet n greet w Dom Castellano (EP\, runs the lake ho
 use show) + Owen again. park on level 3\, check in w front desk. bring pr
 inted one-sheets
SEQUENCE:0
SUMMARY:Sunspire final – meet & greet w/ Dom C
TRANSP:OPAQUE
UID:B4F1E0C2-7A3D-4E55-9C61-2F8D0A9B7E13
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:5E0B8D2A-1C4F-4B8A-A3E2-6D9C7F1A2B40
X-WR-ALARMUID:5E0B8D2A-1C4F-4B8A-A3E2-6D9C7F1A2B40
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Sunspire Unscripted",
        role="",
        stage="final",
        interviewers="Dom Castellano;Owen",
        trap="handtyped-meet-and-greet-names-only",
        hiring=False,
    ),
    dict(
        kind="workday-utc-phone-screen",
        uid="WD-INT-6f2c91a0-3b7e-4d18-8a55-c1e0f94d2b67",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-6f2c91a0-3b7e-4d18-8a55-c1e0f94d2b67
DTSTAMP:20251006T154422Z
DTSTART:20251009T200000Z
DTEND:20251009T203000Z
SUMMARY:Interview: Casting Manager\, Unscripted Development (R-0048213) - P
 hone Screen
ORGANIZER;CN=Streamvale Talent Acquisition:mailto:streamvale@myworkday.exam
 ple.com
ATTENDEE;CN=Tasha Greenberg-Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION
 ;RSVP=TRUE:mailto:tasha.gr.casting@gmail.com
ATTENDEE;CN=Harper Lindqvist;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 harper.lindqvist@streamvale.example.com
LOCATION:Phone - Harper will call you at +1 (818) 555-0142
DESCRIPTION:Candidate: Tasha Greenberg-Ruiz\nJob Requisition: R-0048213 Cas
 ting Manager\, Unscripted Development\nInterview Type: Phone Screen\nInter
 viewer(s): Harper Lindqvist\, Talent Partner\nDuration: 30 minutes\n\nPle
 ase make sure the phone number on your candidate profile is current. To r
 equest a change\, reply to this message or visit your Candidate Home.\n\n
 Streamvale is an equal opportunity employer.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Interview reminder
TRIGGER:-PT15M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Streamvale",
        role="Casting Manager, Unscripted Development",
        stage="recruiter_screen",
        interviewers="harper.lindqvist@streamvale.example.com",
        trap="workday-utc-requisition-phone-screen",
        hiring=False,
    ),
    dict(
        kind="outlook-room-panel",
        uid="040000008200E00074C5B7101A82E00800000000A0F3C2D61B3EDC01000000000000000010000000C6B2A4F0E93D8A4B9E51F7C2D08A6B13",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Pham, Kelsey":mailto:kelsey.pham@streamvale.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tasha.gr.c
 asting@gmail.com:mailto:tasha.gr.casting@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sorensen,
  Ingrid":mailto:ingrid.sorensen@streamvale.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tell, Mar
 cus":mailto:marcus.tell@streamvale.example.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Farouk, Y
 asmin":mailto:yasmin.farouk@streamvale.example.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;C
 N="BUR-C-412 Dailies (12)":mailto:bur-c-412-dailies@streamvale.example.com
DESCRIPTION;LANGUAGE=en-US:Hi Tasha\,\n\nWe're excited to welcome you to o
 ur Burbank campus for your onsite panel for the Casting Manager\, Unscript
 ed Development role.\n\n1:00 – 1:45  Ingrid Sorensen\, Director\, Unscrip
 ted Development\n1:45 – 2:30  Marcus Tell\, Sr. Manager\, Unscripted Cast
 ing\n2:30 – 3:00  Yasmin Farouk\, Producer\, Docs & Competition\n\nPlease
  check in at the Building C lobby 15 minutes early with a photo ID; a vis
 itor pass will be waiting. Parking is in Structure 2.\n\nBest\,\nKelsey P
 ham\nRecruiting Coordinator\n\n
UID:040000008200E00074C5B7101A82E00800000000A0F3C2D61B3EDC01000000000000000
 010000000C6B2A4F0E93D8A4B9E51F7C2D08A6B13
SUMMARY;LANGUAGE=en-US:Streamvale | Onsite Panel - Casting Manager\, Unscri
 pted Development
DTSTART;TZID=Pacific Standard Time:20251028T130000
DTEND;TZID=Pacific Standard Time:20251028T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251021T190207Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:BUR-C-412 Dailies (12)\; Streamvale Burbank Campus
 \, Bldg C
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118640551
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Hi Tasha\,</p><p>We're excited
  to welcome you to our Burbank campus for your onsite panel for the Casti
 ng Manager\, Unscripted Development role.</p><table><tr><td>1:00 – 1:45</
 td><td>Ingrid Sorensen</td></tr><tr><td>1:45 – 2:30</td><td>Marcus Tell<
 /td></tr><tr><td>2:30 – 3:00</td><td>Yasmin Farouk</td></tr></table><p>K
 elsey Pham<br>Recruiting Coordinator</p></body></html>
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Streamvale",
        role="Casting Manager, Unscripted Development",
        stage="onsite",
        interviewers="ingrid.sorensen@streamvale.example.com;marcus.tell@streamvale.example.com;yasmin.farouk@streamvale.example.com",
        trap="outlook-windows-zone-room-resource-panel",
        hiring=False,
    ),
    dict(
        kind="teams-final-no-vtimezone",
        uid="040000008200E00074C5B7101A82E008000000003D71E8A52C4FDC01000000000000000010000000E8F04C1B7D2A9E4C83B65A1D9F0C7E22",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Okonkwo, Bianca";SENT-BY="mailto:kelsey.pham@streamvale.exam
 ple.com":mailto:bianca.okonkwo@streamvale.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tasha Gree
 nberg-Ruiz:mailto:tasha.gr.casting@gmail.com
DESCRIPTION;LANGUAGE=en-US:Final conversation with Bianca Okonkwo\, VP Unsc
 ripted Development\, for the Casting Manager role. Kelsey is scheduling on
  Bianca's behalf.\n""" + teams("227 614 390 058", "sV4rq9", "YTg4ZjM1MmEtNDk3Ny00ZDUxLWI2OTQtMmE5YjEzZDc0NWQx") + r"""
UID:040000008200E00074C5B7101A82E008000000003D71E8A52C4FDC0100000000000000
 0010000000E8F04C1B7D2A9E4C83B65A1D9F0C7E22
SUMMARY;LANGUAGE=en-US:Final Interview – Tasha Greenberg-Ruiz / Bianca Okon
 kwo
DTSTART;TZID=Pacific Standard Time:20251105T093000
DTEND;TZID=Pacific Standard Time:20251105T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251031T170944Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:bianca.okonkwo@streamvale.exampl
 e.com\;gruu\;opaque=app:conf:focus:id:teams:2:0!19:meeting_YTg4ZjM1MmEtNDk3
 Ny00ZDUxLWI2OTQtMmE5YjEzZDc0NWQx-thread.v2
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{"DisplayName":"Microsoft Teams Meeting"\,"LocationA
 nnotation":""\,"LocationUri":""\,"LocationStreet":""\,"LocationCity":""\,"L
 ocationState":""\,"LocationCountry":""\,"LocationPostalCode":""\,"LocationF
 ullAddress":""}]
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Streamvale",
        role="Casting Manager",
        stage="final",
        interviewers="bianca.okonkwo@streamvale.example.com",
        trap="sent-by-coordinator-windows-zone-without-vtimezone",
        hiring=False,
    ),
    dict(
        kind="outlook-spanish-rescheduled",
        uid="040000008200E00074C5B7101A82E00800000000F1A6D3C92B41DC010000000000000000100000007B3E9D2C1A0F4E86B2C5D8E7A9F1C340",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Quintero, Marisela":mailto:marisela.quintero@ondasoltv.examp
 le.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tasha Gree
 nberg-Ruiz:mailto:tasha.gr.casting@gmail.com
DESCRIPTION;LANGUAGE=es-US:Hola Tasha\,\n\nDisculpa el cambio: por la cober
 tura especial del fin de semana tenemos que mover nuestra entrevista telef
 ónica al jueves 16 a las 12:30 p. m. (hora de Miami) / 9:30 a. m. hora del
  Pacífico.\n\nHablaremos de tu experiencia en casting de realities\, tu d
 isponibilidad para mudarte a Miami y tus expectativas salariales para la p
 osición de Productora de Casting.\n\nTe llamo al +1 (310) 555-0177.\n\nSa
 ludos cordiales\,\nMarisela Quintero\nGeneralista de Recursos Humanos | O
 nda Sol Televisión\n
UID:040000008200E00074C5B7101A82E00800000000F1A6D3C92B41DC0100000000000000
 00100000007B3E9D2C1A0F4E86B2C5D8E7A9F1C340
SUMMARY;LANGUAGE=es-US:REPROGRAMADA: Entrevista telefónica – Productora de
  Casting (Realities)
DTSTART;TZID=Eastern Standard Time:20251016T123000
DTEND;TZID=Eastern Standard Time:20251016T131500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251013T140518Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=es-US:Llamada telefónica
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Onda Sol Televisión",
        role="Productora de Casting",
        stage="recruiter_screen",
        interviewers="marisela.quintero@ondasoltv.example.com",
        trap="spanish-hr-screen-rescheduled-sequence",
        hiring=False,
    ),
    dict(
        kind="zoom-outlook-utc-zone-panel",
        uid="040000008200E00074C5B7101A82E008000000005C09B7E13D52DC01000000000000000010000000A4D7C1E2F3B0984CA1E6F5D2C3B4A955",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:(UTC-05:00) Eastern Time (US & Canada)
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Quintero, Marisela":mailto:marisela.quintero@ondasoltv.examp
 le.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tasha Gree
 nberg-Ruiz:mailto:tasha.gr.casting@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Benítez, Raú
 l":mailto:raul.benitez@ondasoltv.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Arce, Lucía"
 :mailto:lucia.arce@ondasoltv.example.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Quintero,
  Marisela":mailto:marisela.quintero@ondasoltv.example.com
DESCRIPTION;LANGUAGE=es-US:Hola Tasha\, ¡gracias por tu tiempo la semana pa
 sada! Te confirmo la segunda entrevista (panel) con Raúl Benítez\, VP de C
 asting y Realities\, y Lucía Arce\, Productora Ejecutiva de "Mi Casa es tu
  Casa". Parte de la conversación será en español. Please be ready to pitc
 h two casting strategies for a bilingual dating format.\n\n""" + zoom("Marisela Quintero", "853 0172 4466", "682014", "Tk9ZRmxuWkVxd0pqT3ZJbW9sQT09") + r"""\n
UID:040000008200E00074C5B7101A82E008000000005C09B7E13D52DC0100000000000000
 0010000000A4D7C1E2F3B0984CA1E6F5D2C3B4A955
SUMMARY;LANGUAGE=es-US:Segunda entrevista – Panel Casting / Tasha Greenber
 g-Ruiz
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251023T150000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251023T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251017T201133Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-US:https://us06web.zoom.us/j/85301724466?pwd=Tk9ZRmxu
 WkVxd0pqT3ZJbW9sQT09
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Onda Sol Televisión",
        role="",
        stage="onsite",
        interviewers="raul.benitez@ondasoltv.example.com;lucia.arce@ondasoltv.example.com",
        trap="spanish-english-zoom-panel-utc-offset-zone-name",
        hiring=False,
    ),
    dict(
        kind="ios-final-miami",
        uid="9D2E6A41-0F7B-4C3A-8E15-B6C2D7A0E944",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.5//EN
CALSCALE:GREGORIAN
BEGIN:VTIMEZONE
TZID:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
DTSTART:20070311T020000
TZNAME:EDT
TZOFFSETTO:-0400
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
DTSTART:20071104T020000
TZNAME:EST
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
CREATED:20251103T022914Z
DTEND;TZID=America/New_York:20251110T130000
DTSTAMP:20251103T023040Z
DTSTART;TZID=America/New_York:20251110T100000
LAST-MODIFIED:20251103T023040Z
LOCATION:Onda Sol Televisión\n8400 NW 25th Terrace\, Doral FL
DESCRIPTION:entrevista final en persona con Raúl Benítez + tour del estudi
 o + almuerzo con el equipo de casting. they're flying me out (AA 1192 Sun
  nite\, hotel = Doral Courtyard). bring reel + Spanish sizzle samples
SEQUENCE:0
SUMMARY:Onda Sol – final en Miami
TRANSP:OPAQUE
UID:9D2E6A41-0F7B-4C3A-8E15-B6C2D7A0E944
X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=8400 NW 25th Terrace\, Dor
 al FL 33122;X-APPLE-RADIUS=120;X-TITLE=Onda Sol Televisión:geo:25.8015,-80
 .3442
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-P1D
UID:C0A81E44-2D9B-4E7F-9A35-1B6F0E8D3C21
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Onda Sol Televisión",
        role="",
        stage="final",
        interviewers="Raúl Benítez",
        trap="spanish-handtyped-flyout-final-other-zone",
        hiring=False,
    ),
    dict(
        kind="outlook-sent-by-general-meeting",
        uid="040000008200E00074C5B7101A82E00800000000B82F4D9E6A37DC01000000000000000010000000F2A91C7D3E5B4806A9C1D4E7F0B3A621",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Marchetti, Gina";SENT-BY="mailto:theo.vance@marqueewolf.exam
 ple.com":mailto:gina.marchetti@marqueewolf.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tasha.gr.c
 asting@gmail.com:mailto:tasha.gr.casting@gmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Tasha – Gina would love to meet for a genera
 l re: the Casting Director\, Alternative opening. Validated parking in th
 e building garage off Cordova; check in on 6.\n\nTheo Vance\nAssistant t
 o Gina Marchetti\, Head of Casting\nMarquee Wolf Entertainment\n(310) 55
 5-0126\n
UID:040000008200E00074C5B7101A82E00800000000B82F4D9E6A37DC0100000000000000
 0010000000F2A91C7D3E5B4806A9C1D4E7F0B3A621
SUMMARY;LANGUAGE=en-US:Tasha Greenberg-Ruiz / Gina Marchetti - General
DTSTART;TZID=Pacific Standard Time:20251014T160000
DTEND;TZID=Pacific Standard Time:20251014T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251008T231700Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Marquee Wolf - 9120 Cordova Ave\, 6th Fl\, West Hol
 lywood
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Marquee Wolf Entertainment",
        role="Casting Director, Alternative",
        stage="hiring_manager",
        interviewers="gina.marchetti@marqueewolf.example.com",
        trap="industry-general-meeting-assistant-sent-by",
        hiring=False,
    ),
    dict(
        kind="teams-showrunner-meet-and-greet",
        uid="040000008200E00074C5B7101A82E0080000000017C4A2E80B49DC01000000000000000010000000D3C6B8A1F9E2074B85D0A3C6E1F4B782",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Marchetti, Gina";SENT-BY="mailto:theo.vance@marqueewolf.exam
 ple.com":mailto:gina.marchetti@marqueewolf.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tasha.gr.c
 asting@gmail.com:mailto:tasha.gr.casting@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wren, Tobias
 ":mailto:tobias.wren@marqueewolf.example.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Marchetti, G
 ina":mailto:gina.marchetti@marqueewolf.example.com
DESCRIPTION;LANGUAGE=en-US:Meet & greet with showrunner Tobias Wren ahead o
 f a decision on the Casting Director role for CABIN FEVER S2. Gina will j
 oin for the first 10.\n""" + teams("294 005 617 823", "Ry3Pm8", "ZDFmNjhlYjUtMWE0Yi00NjM3LTg5ZWQtNzY1YzRiMjBmOGE3") + r"""
UID:040000008200E00074C5B7101A82E0080000000017C4A2E80B49DC0100000000000000
 0010000000D3C6B8A1F9E2074B85D0A3C6E1F4B782
SUMMARY;LANGUAGE=en-US:Meet & Greet: Tobias Wren x Tasha Greenberg-Ruiz (CA
 BIN FEVER S2 - CD)
DTSTART;TZID=Pacific Standard Time:20251030T113000
DTEND;TZID=Pacific Standard Time:20251030T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251024T180233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Marquee Wolf Entertainment",
        role="Casting Director",
        stage="final",
        interviewers="tobias.wren@marqueewolf.example.com;gina.marchetti@marqueewolf.example.com",
        trap="showrunner-meet-and-greet-no-interview-word",
        hiring=False,
    ),
    dict(
        kind="lever-agency-screen",
        uid="lever-interview-3c9e1b7a-55d2-4f08-b1a6-7e24d0c8f913@hire.lever.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
UID:lever-interview-3c9e1b7a-55d2-4f08-b1a6-7e24d0c8f913@hire.lever.example
 .com
DTSTAMP:20251003T210455Z
DTSTART;TZID=America/Los_Angeles:20251008T090000
DTEND;TZID=America/Los_Angeles:20251008T093000
SUMMARY:Phone Screen: Tasha Greenberg-Ruiz - Alternative Talent Executive
ORGANIZER;CN=Tidewater Talent Agency Recruiting:mailto:no-reply@hire.lever
 .example.com
ATTENDEE;CN=Noor Haddad;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:noor.
 haddad@tidewatertalent.example.com
ATTENDEE;CN=Tasha Greenberg-Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION
 ;RSVP=TRUE:mailto:tasha.gr.casting@gmail.com
LOCATION:Noor will call you at (323) 555-0108
DESCRIPTION:Hi Tasha\,\n\nYou're confirmed for a phone screen with Noor Had
 dad (People & Culture) about the Alternative Talent Executive position in
  TTA's Unscripted & Alternative department.\n\nNeed to reschedule? Use th
 is link: https://hire.lever.example.com/candidate/reschedule/3c9e1b7a\n\n
 — Tidewater Talent Agency
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Tidewater Talent Agency",
        role="Alternative Talent Executive",
        stage="recruiter_screen",
        interviewers="noor.haddad@tidewatertalent.example.com",
        trap="talent-agency-lever-noreply-organizer",
        hiring=False,
    ),
    dict(
        kind="outlook-cancel-final",
        uid="040000008200E00074C5B7101A82E00800000000E0D51B7C9F5ADC0100000000000000001000000041B8E3D6C2A7F04D9E13B5C8A0D2F6E4",
        ics=r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Shapiro, Len":mailto:len.shapiro@tidewatertalent.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tasha Gree
 nberg-Ruiz:mailto:tasha.gr.casting@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Haddad, 
 Noor":mailto:noor.haddad@tidewatertalent.example.com
DESCRIPTION;LANGUAGE=en-US:Tasha – I'm so sorry to do this. We've paused t
 he Alternative Talent Executive search while the department reorganizes\,
  so I need to cancel our final. Noor will be in touch as soon as we know 
 more.\n\nLen\n
UID:040000008200E00074C5B7101A82E00800000000E0D51B7C9F5ADC0100000000000000
 001000000041B8E3D6C2A7F04D9E13B5C8A0D2F6E4
SUMMARY;LANGUAGE=en-US:Canceled: Final Interview - Alternative Talent Exec
 utive (Len Shapiro)
DTSTART;TZID=Pacific Standard Time:20251021T150000
DTEND;TZID=Pacific Standard Time:20251021T160000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20251017T160212Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:TTA Beverly Hills - 3rd Floor
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Tidewater Talent Agency",
        role="Alternative Talent Executive",
        stage="final",
        interviewers="len.shapiro@tidewatertalent.example.com",
        trap="method-cancel-paused-search",
        hiring=False,
    ),
    dict(
        kind="outlook-internal-application",
        uid="040000008200E00074C5B7101A82E00800000000C7A3F0E15D60DC01000000000000000010000000B9E2D4A7C1F3058E46A2D9B0C7E1F358",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Avery, Simone":mailto:simone.avery@brightlotproductions.examp
 le.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Greenber
 g-Ruiz, Tasha":mailto:tasha@brightlotproductions.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kowalski, Na
 te":mailto:nate.kowalski@brightlotproductions.example.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;C
 N="HQ 2F Greenroom (6)":mailto:hq-2f-greenroom@brightlotproductions.exampl
 e.com
DESCRIPTION;LANGUAGE=en-US:Hi Tasha\,\n\nThank you for applying internally 
 for the Casting Producer opening on RANCH HANDS S3 (req BLP-2231). Nate w
 ould like to meet with you as the hiring manager. As with all internal ca
 ndidates\, please keep this confidential within the team until the proces
 s concludes\; Gwen has been informed per our internal mobility policy.\n\n
 Simone Avery\nHR Business Partner\n
UID:040000008200E00074C5B7101A82E00800000000C7A3F0E15D60DC0100000000000000
 0010000000B9E2D4A7C1F3058E46A2D9B0C7E1F358
SUMMARY;LANGUAGE=en-US:Internal candidate conversation - Casting Producer (
 RANCH HANDS S3)
DTSTART;TZID=Pacific Standard Time:20251112T083000
DTEND;TZID=Pacific Standard Time:20251112T091500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251106T222031Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:HQ 2F Greenroom (6)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Bright Lot Productions",
        role="Casting Producer",
        stage="hiring_manager",
        interviewers="nate.kowalski@brightlotproductions.example.com",
        trap="internal-application-work-address-resource",
        hiring=False,
    ),
    dict(
        kind="teams-internal-final",
        uid="040000008200E00074C5B7101A82E008000000008E21C6A4B371DC01000000000000000010000000A7F3C9E2D0B1846F5E3A2C7D9B8E0F16",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Avery, Simone":mailto:simone.avery@brightlotproductions.examp
 le.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Greenber
 g-Ruiz, Tasha":mailto:tasha@brightlotproductions.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kowalski, Na
 te":mailto:nate.kowalski@brightlotproductions.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Fontaine, De
 lia":mailto:delia.fontaine@brightlotproductions.example.com
DESCRIPTION;LANGUAGE=en-US:Final step for the internal Casting Producer po
 sting (BLP-2231): Delia (EP\, RANCH HANDS) and Nate. Delia is on location 
 in Montana so this one is on Teams.\n""" + teams("281 337 904 662", "jH8wQ2", "NmE3YzE0ZDItODg1Ny00YjM5LWFjMDQtYjFlNDc2MjkwZGMz") + r"""
UID:040000008200E00074C5B7101A82E008000000008E21C6A4B371DC0100000000000000
 0010000000A7F3C9E2D0B1846F5E3A2C7D9B8E0F16
SUMMARY;LANGUAGE=en-US:BLP-2231 final - T. Greenberg-Ruiz w/ Delia Fontain
 e & Nate Kowalski
DTSTART;TZID=Pacific Standard Time:20251119T170000
DTEND;TZID=Pacific Standard Time:20251119T174500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251114T190556Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Bright Lot Productions",
        role="Casting Producer",
        stage="final",
        interviewers="delia.fontaine@brightlotproductions.example.com;nate.kowalski@brightlotproductions.example.com",
        trap="internal-final-req-number-only",
        hiring=False,
    ),
]
