# ruff: noqa: E501
"""holdout158 events, part h: more single interviews (cancelled, assessment centre, hand-typed, Mittelstand). CC0 1.0."""

from holdout158ev_tz import BERLIN, BERLIN_APPLE, W_EUROPE

EVENTS = [
    (
        "abgesagt",
        "concludis-bewerbung-77120-termin-2@stadtwerke-nordheide.de",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//concludis GmbH//concludis Bewerbermanagement//DE
METHOD:CANCEL
""" + BERLIN + r"""BEGIN:VEVENT
UID:concludis-bewerbung-77120-termin-2@stadtwerke-nordheide.de
DTSTAMP:20250404T064512Z
DTSTART;TZID=Europe/Berlin:20250409T130000
DTEND;TZID=Europe/Berlin:20250409T140000
SUMMARY:Abgesagt: Vorstellungsgespräch Pressesprecher (m/w/d)
DESCRIPTION:Sehr geehrte Frau Janssen\,\n\nleider müssen wir den vereinbarten Termin für Ihr Vorstellungsgespräch absagen\, da das Stellenbesetzungsverfahren aus internen Gründen ausgesetzt wurde. Wir melden uns\, sobald wir das Verfahren fortsetzen.\n\nMit freundlichen Grüßen\nStadtwerke Nordheide GmbH\, Personal
ORGANIZER;CN=Stadtwerke Nordheide Personal:mailto:personal@stadtwerke-nordheide.de
ATTENDEE;CN=Friederike Janssen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:f.janssen.hh@web.de
SEQUENCE:1
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
""",
        1, "Stadtwerke Nordheide GmbH", "Pressesprecher (m/w/d)", "",
        "", "cancelled-method-cancel-procedure-paused", "lf,nofold",
    ),
    (
        "bite-einladung",
        "bite-app-2025-04-00188@tv-nordseekueste.de",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//BITE GmbH//BITE Bewerbermanagement//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:bite-app-2025-04-00188@tv-nordseekueste.de
DTSTAMP:20250407T081100Z
DTSTART;TZID=Europe/Berlin:20250417T110000
DTEND;TZID=Europe/Berlin:20250417T123000
SUMMARY:Ihr Gesprächstermin beim Tourismusverband Nordseeküste
DESCRIPTION:Sehr geehrte Frau Janssen\,\n\nwir freuen uns\, Sie zu einem persönlichen Gespräch zur Position "Leitung Kommunikation & Presse (m/w/d)" nach Husum einzuladen. Ihre Gesprächspartner sind Herr Jens Petersen (Geschäftsführer) und Frau Imke Hansen (Leitung Marketing).\n\nAdresse: Großstraße 27\, 25813 Husum. Die Fahrtkosten (Bahn 2. Kl.) erstatten wir Ihnen gern.\n\nFreundliche Grüße\nTourismusverband Nordseeküste e.V.
LOCATION:Großstraße 27\, 25813 Husum
ORGANIZER;CN=Tourismusverband Nordseeküste:mailto:bewerbung@tv-nordseekueste.de
ATTENDEE;CN=Friederike Janssen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:f.janssen.hh@web.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        1, "Tourismusverband Nordseeküste", "Leitung Kommunikation & Presse (m/w/d)", "onsite",
        "Jens Petersen;Imke Hansen", "bite-gespraechstermin-no-interview-word",
    ),
    (
        "onlyfy-video",
        "onlyfy-interview-5a1e7b20c3@prescreen.io",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//onlyfy by XING//Prescreen//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:onlyfy-interview-5a1e7b20c3@prescreen.io
DTSTAMP:20250414T121005Z
DTSTART:20250422T073000Z
DTEND:20250422T081500Z
SUMMARY:Video-Interview | Head of Communications (w/m/d) | Elbwerk Brauerei
DESCRIPTION:Hallo Frau Janssen\,\n\nhier ist Ihre Einladung zum Video-Interview mit Jule Carstens (Marketingleitung).\n\nLink zum Video-Interview: https://app.prescreen.io/video/5a1e7b20c3\n\nIhr Elbwerk-Team
LOCATION:onlyfy Video-Interview
ORGANIZER;CN=Jule Carstens:mailto:jule.carstens@elbwerk-brauerei.de
ATTENDEE;CN=Friederike Janssen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:f.janssen.hh@web.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        1, "Elbwerk Brauerei", "Head of Communications (w/m/d)", "",
        "jule.carstens@elbwerk-brauerei.de", "onlyfy-video-interview-organizer-interviewer",
    ),
    (
        "assessment-center",
        "040000008200E00074C5B7101A82E0080000000055AA66BB77CCDB01000000000000000010000000AC1DC0DEAC1DC0DEAC1DC0DEAC1DC0DE",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Assessment Nordnetz":mailto:assessment@nordnetz.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=f.janssen.hh@web.de:mailto:f.janssen.hh@web.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Janssen\,\n\nwir laden Sie zum zweitägigen Assessment-Center für die Position Leiterin / Leiter Konzernkommunikation ein. Sie erwarten u. a. ein simuliertes Krisen-Pressegespräch\, eine Gruppenübung mit weiteren Kandidatinnen und Kandidaten\, eine Präsentation sowie Einzelinterviews mit dem Vorstand. Beobachtende: Vorstand\, Bereichsleitung Personal und ein externer Eignungsdiagnostiker (Kessler Consulting).\n\nHotelzimmer ist für Sie im Hotel am Rathaus Kiel reserviert.\n\nMit freundlichen Grüßen\nNordnetz AG\, Personalentwicklung\n
RRULE:FREQ=DAILY;COUNT=2
UID:040000008200E00074C5B7101A82E0080000000055AA66BB77CCDB01000000000000000010000000AC1DC0DEAC1DC0DEAC1DC0DEAC1DC0DE
SUMMARY;LANGUAGE=de-DE:AC Konzernkommunikation (2 Tage)
DTSTART;TZID=W. Europe Standard Time:20250423T083000
DTEND;TZID=W. Europe Standard Time:20250423T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250409T105501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Nordnetz AG\, Schweriner Str. 2\, 24106 Kiel\, Schulungszentrum
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        1, "Nordnetz AG", "Leiterin / Leiter Konzernkommunikation", "onsite",
        "", "assessment-center-recurring-two-days-ac-abbrev",
    ),
    (
        "typed-telefonat",
        "FA0E3C1B-2D4A-4B7E-9C8F-7E6D5C4B3A21",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
""" + BERLIN_APPLE + r"""BEGIN:VEVENT
CREATED:20250319T074455Z
DTSTAMP:20250319T074512Z
UID:FA0E3C1B-2D4A-4B7E-9C8F-7E6D5C4B3A21
DTSTART;TZID=Europe/Berlin:20250324T123000
DTEND;TZID=Europe/Berlin:20250324T131500
SUMMARY:Tel Diakonie Nord (Ref. UK) – ruft an
DESCRIPTION:Fr. Albers\, Personalabt.\nwg. Bewerbung Referentin Unternehmenskommunikation\nMittagspause – raus aus Redaktion!! ruhigen Raum suchen\nGehaltsvorstellung TV-DN E12?
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        1, "Diakonie Nord", "Referentin Unternehmenskommunikation", "recruiter_screen",
        "Fr. Albers", "hand-typed-phone-screen-abbrev-uk",
    ),
    (
        "zoom-invite",
        "ZmFzdEA4NDQxMjA5OTEyM0B6b29tLnVz",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20250409T190204Z
DTSTART:20250415T150000Z
DTEND:20250415T154500Z
SUMMARY:Tidewater x Friederike – Content Lead
UID:ZmFzdEA4NDQxMjA5OTEyM0B6b29tLnVz
TZID:Europe/Berlin
DESCRIPTION:Sam Whitaker is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/84412099123?pwd=bTlqcWlQ\n\nMeeting ID: 844 1209 9123\nPasscode: 930112\n\n---\n\nOne tap mobile\n+493056795800\,\,84412099123# Germany\n\nNotes from Sam: we'd love to hear how you'd run our German-language content as first content hire. Casual\, no prep needed.
LOCATION:https://us06web.zoom.us/j/84412099123?pwd=bTlqcWlQ
ORGANIZER;CN=Sam Whitaker:mailto:sam@tidewater-analytics.com
ATTENDEE;CN=f.janssen.hh@web.de;RSVP=TRUE:mailto:f.janssen.hh@web.de
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        1, "Tidewater Analytics", "Content Lead", "",
        "sam@tidewater-analytics.com", "zoom-native-invite-casual-no-prep",
    ),
    (
        "goto-gespraech",
        "gotomeeting-771-203-445-hauke",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
CLASS:PUBLIC
DTSTART:20250428T120000Z
DTEND:20250428T130000Z
DTSTAMP:20250422T063300Z
DESCRIPTION:Sehr geehrte Frau Janssen\,\n\nanbei der Termin für unser Gespräch über die Leitung Marketing & Kommunikation. Von unserer Seite nehmen Herr Hauke (geschäftsführender Gesellschafter) und ich teil.\n\nBitte nehmen Sie über Ihren Computer\, Ihr Tablet oder Ihr Smartphone an meinem Meeting teil.\nhttps://meet.goto.com/771203445\n\nSie können sich auch über Ihr Telefon einwählen.\nDeutschland: +49 721 6059 6510\nZugangscode: 771-203-445\n\nMit freundlichen Grüßen\nPetra Lindemann\nPersonalleitung\nHauke Maschinenbau GmbH\, Buxtehude
LOCATION:GoTo Meeting
ORGANIZER;CN="Petra Lindemann":mailto:p.lindemann@hauke-maschinenbau.de
ATTENDEE;CN=f.janssen.hh@web.de;RSVP=TRUE:mailto:f.janssen.hh@web.de
ATTENDEE;CN="Gerd Hauke";RSVP=TRUE:mailto:g.hauke@hauke-maschinenbau.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Gespräch Leitung Marketing & Kommunikation – Frau Janssen
TRANSP:OPAQUE
UID:gotomeeting-771-203-445-hauke
END:VEVENT
END:VCALENDAR
""",
        1, "Hauke Maschinenbau GmbH", "Leitung Marketing & Kommunikation", "hiring_manager",
        "g.hauke@hauke-maschinenbau.de;p.lindemann@hauke-maschinenbau.de", "goto-meeting-mittelstand-utc-x-wr",
    ),
    (
        "strukturiertes-interview",
        "vvn-ausw-2025-017-janssen",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Sehr geehrte Frau Janssen\,\n\nim Rahmen des Stellenbesetzungsverfahrens "Pressesprecherin / Pressesprecher" (Ausschreibung 2025/017) laden wir Sie zu einem strukturierten Interview ein. Dem Auswahlgremium gehören Herr Vorstand Dr. Okan Demir\, Frau Ute Brammer (Personal) und Frau Sina Roloff (Personalrat) an.\n\nOrt: Verkehrsverbund Nordstadt\, Steindamm 94\, 4. OG\, Raum 412\n\nMit freundlichen Grüßen\nim Auftrag\nTeam Personalgewinnung
DTEND;TZID="W. Europe Standard Time":20250429T103000
DTSTAMP:20250414T081500Z
DTSTART;TZID="W. Europe Standard Time":20250429T093000
LOCATION:Steindamm 94\, Raum 412
ORGANIZER;CN="Brammer, Ute":mailto:u.brammer@vvn-nordstadt.de
ATTENDEE;CN=f.janssen.hh@web.de;RSVP=TRUE:mailto:f.janssen.hh@web.de
ATTENDEE;CN="Demir, Okan Dr.";RSVP=TRUE:mailto:o.demir@vvn-nordstadt.de
ATTENDEE;CN="Roloff, Sina";RSVP=TRUE:mailto:s.roloff@vvn-nordstadt.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Strukturiertes Interview 2025/017
TRANSP:OPAQUE
UID:vvn-ausw-2025-017-janssen
END:VEVENT
END:VCALENDAR
""",
        1, "Verkehrsverbund Nordstadt", "Pressesprecherin / Pressesprecher", "",
        "o.demir@vvn-nordstadt.de;u.brammer@vvn-nordstadt.de;s.roloff@vvn-nordstadt.de", "structured-interview-public-transport-gremium",
    ),
    (
        "personio-fallstudie",
        "personio-interview-9931208-sdb",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
CALSCALE:GREGORIAN
""" + BERLIN + r"""BEGIN:VEVENT
UID:personio-interview-9931208-sdb
DTSTAMP:20250416T101919Z
DTSTART;TZID=Europe/Berlin:20250425T100000
DTEND;TZID=Europe/Berlin:20250425T113000
SUMMARY:Fallstudie & Gespräch – Leitung Kommunikation (Stiftung Digitale Bildung)
DESCRIPTION:Liebe Frau Janssen\,\n\nin der zweiten Runde bitten wir Sie\, eine Fallstudie zu bearbeiten (Krisenkommunikation nach einem Datenleck bei einer Partnerschule\; 30 Min. Vorbereitung vor Ort\, 15 Min. Präsentation). Anschließend Gespräch mit Anke Thomsen (Vorständin) und Raphael Beck (Referent Kommunikation).\n\nStiftung Digitale Bildung\, Friedrichstraße 68\, 10117 Berlin\n\nViele Grüße\nLea Mertens\, People & Culture
LOCATION:Friedrichstraße 68\, Berlin
ORGANIZER;CN=Lea Mertens:mailto:lea.mertens@stiftung-digitale-bildung.de
ATTENDEE;CN=Friederike Janssen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:f.janssen.hh@web.de
ATTENDEE;CN=Anke Thomsen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:anke.thomsen@stiftung-digitale-bildung.de
ATTENDEE;CN=Raphael Beck;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:raphael.beck@stiftung-digitale-bildung.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        1, "Stiftung Digitale Bildung", "Leitung Kommunikation", "technical",
        "anke.thomsen@stiftung-digitale-bildung.de;raphael.beck@stiftung-digitale-bildung.de", "personio-case-study-second-round",
    ),
]
