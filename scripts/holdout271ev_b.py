# ruff: noqa: E501, W291, W293, RUF100
"""holdout271: the user's interviews, part b (crematorium, start-up, insurer, UK group, internal, forest burial, ...)."""

from holdout271ev_zones import GMT_STANDARD, VIENNA_APPLE, VIENNA_LIC, W_EUROPE

FORMS = {
    "Feuerbestattung Pannonia": "Pannonia|Feuerbestattung Pannonia GmbH|Krematorium Eisenstadt",
    "Bestattung Himmelblau": "Himmelblau|Himmelblau Bestattung",
    "Donau Vorsorge Versicherung": "Donau Vorsorge|DVV|Donau Vorsorge Versicherung AG",
    "Evergreen Funeral Partners": "Evergreen|EFP|Evergreen Funeral Partners Ltd",
    "Bestattung Wienerwald": "Wienerwald|Bestattung Wienerwald GmbH",
    "Ruhewald Naturbestattung": "Ruhewald|Ruhewald GmbH|Ruhewald Naturbestattung GmbH",
    "Memoria Software": "Memoria|Memoria Software GmbH|memoria.cloud",
    "Bundesverband Österreichischer Bestattungsunternehmen": "BÖB|Bestatterverband|Bundesverband der Bestatter",
    "Bestattung Salzachtal": "Salzachtal|Bestattung Salzachtal GmbH",
    "Bestattung Mostviertel": "Mostviertel|Bestattung Mostviertel GmbH",
}

EVENTS = [
    dict(
        kind="outlook-utc-offset-zone-no-vtimezone",
        uid="040000008200E00074C5B7101A82E0080000000033D16313000000000000000010000000386C675FAD6D63B7666B76BA07ED38E2",
        is_interview=1,
        company="Feuerbestattung Pannonia",
        role="Leitung Kundenservice & Verabschiedungen",
        stage="hiring_manager",
        interviewers="r.horvath@feuerbestattung-pannonia.example.at",
        trap="assistant-organizer-offset-zone-no-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Wagner, Sonja":mailto:s.wagner@feuerbestattung-pannonia.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elisabeth.proell@gmx.at:mailto:elisabeth.proell@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Horvath, Rudolf, Ing.":mailto:r.horvath@feuerbestattung-pannonia.example.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Mag. Pröll\,\n\nbezugnehmend auf Ihr
 e Bewerbung als Leitung Kundenservice & Verabschiedungen laden wir Sie zu e
 inem Vorstellungsgespräch mit unserem Geschäftsführer Herrn Ing. Rudolf Hor
 vath ein.\n\nBitte melden Sie sich im Verwaltungstrakt (Eingang neben der A
 bschiedshalle).\n\nMit freundlichen Grüßen\nSonja Wagner\nAssistenz der Ge
 schäftsführung\nFeuerbestattung Pannonia GmbH\nIndustriestraße 12\, 7000 E
 isenstadt\n
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Sehr geehrte Frau Mag. Pröll\,</p><p>bezugnehmend auf Ihre Bewerbung als <b>Leitung Kundenservice &amp\; Verabschiedungen</b> laden wir Sie zu einem Vorstellungsgespräch mit unserem Geschäftsführer Herrn Ing. Rudolf Horvath ein.</p><p>Bitte melden Sie sich im Verwaltungstrakt (Eingang neben der Abschiedshalle).</p><p>Mit freundlichen Grüßen<br>Sonja Wagner<br>Assistenz der Geschäftsführung</p></body></html>
UID:040000008200E00074C5B7101A82E0080000000033D16313000000000000000010000000386C675FAD6D63B7666B76BA07ED38E2
SUMMARY;LANGUAGE=de-AT:Vorstellungsgespräch Leitung Kundenservice – Fr. Mag. Pröll
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250310T090000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250310T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T091155Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Feuerbestattung Pannonia\, Industriestraße 12\, 7000 Eisenstadt
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-floating-probetag",
        uid="d6b510bf-a538-4914-8161-c68d434e5c7d",
        is_interview=1,
        company="Feuerbestattung Pannonia",
        role="",
        stage="onsite",
        interviewers="Hr. Horvath;Hr. Pinter",
        trap="hand-typed-probetag-floating-abbreviation",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250312T201733Z
LAST-MODIFIED:20250312T202016Z
DTSTAMP:20250312T202016Z
UID:d6b510bf-a538-4914-8161-c68d434e5c7d
SUMMARY:Probetag Krema Eisenstadt 7:30!! Ausweis mit
DTSTART:20250320T073000
DTEND:20250320T150000
LOCATION:Industriestr. 12\, Eisenstadt
DESCRIPTION:nach dem VG am 10.3. -> Probetag. Hr. Horvath + Schichtleiter H
 r. Pinter\, Ofen / Abschiedsraum / Kundenannahme mitmachen. schwarzes Kostü
 m\, keine Absätze. Zug 6:12 Hbf oder Auto von Thomas
X-MOZ-GENERATION:3
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT12H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-founder-gmail",
        uid="o34mqi4ndrrq5t4g3b3991lila@google.com",
        is_interview=1,
        company="Bestattung Himmelblau",
        role="Filialleitung",
        stage="hiring_manager",
        interviewers="jakob.wendl@gmail.com",
        trap="casual-coffee-is-founder-interview",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250115T073000Z
DTEND:20250115T083000Z
DTSTAMP:20250110T212244Z
ORGANIZER;CN=Jakob Wendl:mailto:jakob.wendl@gmail.com
UID:o34mqi4ndrrq5t4g3b3991lila@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jakob Wendl;X-NUM-GUESTS=0:mailto:jakob.wendl@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elisabeth.proell@gmx.at;X-NUM-GUESTS=0:mailto:elisabeth.proell@gmx.
 at
CREATED:20250110T212243Z
DESCRIPTION:Liebe Elisabeth\,\n\ndanke für deine Bewerbung über karriere.at! 
 Lass uns ganz entspannt bei einem Kaffee plaudern\, wie du dir die Filialle
 itung in unserem neuen Standort in Neubau vorstellst – und ich erzähl dir\, 
 wie wir Bestattung anders machen wollen (transparente Preise\, online planb
 ar\, ohne Verkaufsdruck).\n\nBis Mittwoch!\nJakob\n(Gründer\, Himmelblau)\n
 \nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n
 You are receiving this email because you are an attendee on the event. To s
 top receiving future updates for this event\, decline this event.\n\nForwar
 ding this invitation could allow any recipient to send a response to the or
 ganizer\, be added to the guest list\, invite others regardless of their ow
 n invitation status\, or modify your RSVP. Learn more https://support.googl
 e.com/calendar/answer/37135#forwarding
LAST-MODIFIED:20250110T212243Z
LOCATION:Café Bohnenzeit\, Neubaugasse 40\, 1070 Wien\, Österreich
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kaffee & Kennenlernen ☕ Elisabeth / Jakob (Himmelblau)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="apple-trial-shift",
        uid="C36C60B8-0F81-4825-B0DA-2071CE5AFD3C",
        is_interview=1,
        company="Bestattung Himmelblau",
        role="Filialleitung",
        stage="onsite",
        interviewers="Jakob Wendl;Mira Ostrowski",
        trap="trial-shift-apple-notes-first-names",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.7.2//EN
CALSCALE:GREGORIAN
{VIENNA_APPLE}
BEGIN:VEVENT
CREATED:20250116T181202Z
DTEND;TZID=Europe/Vienna:20250124T170000
DTSTAMP:20250116T181340Z
DTSTART;TZID=Europe/Vienna:20250124T090000
LAST-MODIFIED:20250116T181340Z
LOCATION:Himmelblau\, Kaiserstraße 19\, 1070 Wien
DESCRIPTION:Probearbeiten Filialleitung – ganzer Tag mit Jakob Wendl und Mi
 ra Ostrowski (Co-Founderin). Vormittag Beratungstermine mitmachen\, Nachmit
 tag Tablet-Software + Preisliste. Gehalt am Ende ansprechen!
SEQUENCE:0
SUMMARY:Probearbeiten Himmelblau
TRANSP:OPAQUE
UID:C36C60B8-0F81-4825-B0DA-2071CE5AFD3C
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Erinnerung
TRIGGER;VALUE=DATE-TIME:20250123T180000Z
UID:7F0F11D5-BF80-498B-932C-A4E411E46DF9
X-WR-ALARMUID:7F0F11D5-BF80-498B-932C-A4E411E46DF9
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-phone-screen",
        uid="SF-INT-4471-000982-20250227@career.donau-vorsorge.example.at",
        is_interview=1,
        company="Donau Vorsorge Versicherung",
        role="Vertriebsleiter/in Bestattungsvorsorge",
        stage="recruiter_screen",
        interviewers="s.gruber@donau-vorsorge.example.at",
        trap="ats-req-id-vorsorge-word-overlaps-customer-meetings",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INT-4471-000982-20250227@career.donau-vorsorge.example.at
DTSTAMP:20250220T084512Z
DTSTART:20250227T130000Z
DTEND:20250227T133000Z
SUMMARY:Telefoninterview: Vertriebsleiter/in Bestattungsvorsorge (Req ID 4471)
ORGANIZER;CN=Donau Vorsorge Karriere:mailto:noreply-karriere@donau-vorsorge.example.at
ATTENDEE;CN=Elisabeth Pröll;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:elisabeth.proell@gmx.at
ATTENDEE;CN=Sandra Gruber;ROLE=REQ-PARTICIPANT:mailto:s.gruber@donau-vorsorge.example.at
LOCATION:Telefon – wir rufen Sie unter der angegebenen Nummer an
DESCRIPTION:Sehr geehrte Frau Pröll\,\n\nvielen Dank für Ihr Interesse an der 
 Position Vertriebsleiter/in Bestattungsvorsorge (Req ID 4471). Gerne möchte
 n wir Sie im Rahmen eines Telefoninterviews kennenlernen.\n\nInterviewer: S
 andra Gruber\, Recruiting\nDauer: 30 Minuten\n\nBitte nutzen Sie den Link i
 n Ihrer Einladungs-E-Mail\, falls Sie den Termin ändern möchten.\n\nDonau V
 orsorge Versicherung AG\nTalent Acquisition\n\nDiese Nachricht wurde automa
 tisch von SAP SuccessFactors erstellt.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-room-zweitgespraech",
        uid="040000008200E00074C5B7101A82E0080000000036CFC2E1000000000000000010000000C012353F0CB6465257F7CAE0993B6422",
        is_interview=1,
        company="Donau Vorsorge Versicherung",
        role="Vertriebsleitung Vorsorge",
        stage="hiring_manager",
        interviewers="p.ebner@donau-vorsorge.example.at;s.gruber@donau-vorsorge.example.at",
        trap="room-resource-zweitgespraech-vorsorge",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Ebner, Peter":mailto:p.ebner@donau-vorsorge.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elisabeth.proell@gmx.at:mailto:elisabeth.proell@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gruber, Sandra":mailto:s.gruber@donau-vorsorge.example.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=DVV Wien Besprechung Donau 4.OG:mailto:room.donau4@donau-vorsorge.example.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Mag. Pröll\,\n\nich freue mich auf 
 unser Zweitgespräch. Bitte bereiten Sie kurz (5 Min.) vor\, wie Sie Bestat
 tungsunternehmen als Vertriebspartner für unsere Sterbevorsorge gewinnen w
 ürden.\n\nMit freundlichen Grüßen\nMag. Peter Ebner\nVertriebsdirektor\n
UID:040000008200E00074C5B7101A82E0080000000036CFC2E1000000000000000010000000C012353F0CB6465257F7CAE0993B6422
SUMMARY;LANGUAGE=de-AT:Zweitgespräch Fr. Mag. Pröll – Vertriebsleitung Vorsorge
DTSTART;TZID=W. Europe Standard Time:20250312T150000
DTEND;TZID=W. Europe Standard Time:20250312T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250304T132007Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:DVV Wien Besprechung Donau 4.OG; Donau-City-Straße 9\, 1220 Wien
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-google-invite-english",
        uid="d421jgr4ij24l3c9vri3a39q0c@google.com",
        is_interview=1,
        company="Evergreen Funeral Partners",
        role="Country Manager, Austria",
        stage="recruiter_screen",
        interviewers="chloe.bennett@evergreenfuneral.example.co.uk",
        trap="english-greenhouse-recruiter-screen-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250121T100000Z
DTEND:20250121T103000Z
DTSTAMP:20250115T162501Z
ORGANIZER;CN=Chloe Bennett:mailto:chloe.bennett@evergreenfuneral.example.co.uk
UID:d421jgr4ij24l3c9vri3a39q0c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Chloe Bennett;X-NUM-GUESTS=0:mailto:chloe.bennett@evergreenfuneral.exam
 ple.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Elisabeth Pröll;X-NUM-GUESTS=0:mailto:elisabeth.proell@gmx.at
CREATED:20250115T162500Z
DESCRIPTION:Hi Elisabeth\,\n\nThanks so much for your interest in the Countr
 y Manager\, Austria role at Evergreen Funeral Partners! This is a 30-minute
  introductory call to talk through your background\, our plans for the DACH
  region and what the role involves.\n\nInterviewer: Chloe Bennett (Talent P
 artner)\n\nJoin Zoom Meeting\nhttps://evergreenfuneral.zoom.us/j/83314720958?
 pwd=Q0xjWm9kT2hXcUxNeDZKR0ZtbnV5dz09\nMeeting ID: 833 1472 0958\nPasscode: 
 651204\n\nScheduled via Greenhouse. Please reply to this email if you need 
 to reschedule.\n\nInvitation from Google Calendar: https://calendar.google.c
 om/calendar/\n\nYou are receiving this email because you are an attendee on
  the event. To stop receiving future updates for this event\, decline this 
 event.\n\nForwarding this invitation could allow any recipient to send a re
 sponse to the organizer\, be added to the guest list\, invite others regard
 less of their own invitation status\, or modify your RSVP. Learn more https
 ://support.google.com/calendar/answer/37135#forwarding
LAST-MODIFIED:20250115T162500Z
LOCATION:https://evergreenfuneral.zoom.us/j/83314720958?pwd=Q0xjWm9kT2hXcUxNeDZKR0ZtbnV5dz09
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Elisabeth Pröll <> Evergreen Funeral Partners – Intro call (Country Manager\, Austria)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-gmt-zoom-hiring-manager",
        uid="040000008200E00074C5B7101A82E0080000000013B38D5B000000000000000010000000AE9EF688A55DE2373872EB4492AB8950",
        is_interview=1,
        company="Evergreen Funeral Partners",
        role="Country Manager, Austria",
        stage="hiring_manager",
        interviewers="r.alder@evergreenfuneral.example.co.uk;k.stadler@evergreenfuneral.example.co.uk",
        trap="gmt-standard-time-london-panel-english",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STANDARD}
BEGIN:VEVENT
ORGANIZER;CN="Bennett, Chloe":mailto:chloe.bennett@evergreenfuneral.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Elisabeth Pröll:mailto:elisabeth.proell@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Alder, Richard":mailto:r.alder@evergreenfuneral.example.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Stadler, Kathrin":mailto:k.stadler@evergreenfuneral.example.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Elisabeth\,\n\nAs discussed\, here is your inter
 view with Richard Alder (Chief Operating Officer) and Kathrin Stadler (Head
  of DACH Integration). The conversation will be in English\; Kathrin may sw
 itch to German for part of it. Please be ready to talk about how you would 
 integrate two acquired family funeral homes in Lower Austria.\n\nI won't j
 oin the call myself – any questions\, just reply to me.\n\nBest wishes\,\nC
 hloe\n\nJoin Zoom Meeting\nhttps://evergreenfuneral.zoom.us/j/86610293344?p
 wd=bGhOaUtsb2Z2eW1jN0lQZ3NjV2xGUT09\n\nMeeting ID: 866 1029 3344\nPasscode
 : 207741\n\n
UID:040000008200E00074C5B7101A82E0080000000013B38D5B000000000000000010000000AE9EF688A55DE2373872EB4492AB8950
SUMMARY;LANGUAGE=en-GB:Evergreen | Elisabeth Pröll / Richard Alder & Kathrin Stadler – Hiring Manager Interview
DTSTART;TZID=GMT Standard Time:20250210T130000
DTEND;TZID=GMT Standard Time:20250210T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250204T112245Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Zoom
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-internal-application",
        uid="040000008200E00074C5B7101A82E008000000006B3978020000000000000000100000002FF492D524736C3FA3C4A84DD9B409F0",
        is_interview=1,
        company="Bestattung Wienerwald",
        role="Filialleitung Mödling",
        stage="hiring_manager",
        interviewers="h.zach@bestattung-wienerwald.example.at;s.lechner@bestattung-wienerwald.example.at",
        trap="internal-application-own-employer-work-address",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Zach, Herbert":mailto:h.zach@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pröll, Elisabeth":mailto:e.proell@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lechner, Sabine":mailto:s.lechner@bestattung-wienerwald.example.at
DESCRIPTION;LANGUAGE=de-AT:Liebe Elisabeth\,\n\nwie angekündigt das Gespräch zu 
 deiner Bewerbung auf die interne Ausschreibung Filialleitung Mödling (ab 1.
 4.). Sabine ist als Prokuristin dabei. Bitte bring dein Konzept für die Fil
 iale mit (Personal\, Öffnungszeiten\, Zusammenarbeit mit der Pfarre)\, gern
 e auf 2 Seiten.\n\nDas Gespräch ist vertraulich – bitte noch nicht im Team 
 darüber reden.\n\nLG Herbert\n
UID:040000008200E00074C5B7101A82E008000000006B3978020000000000000000100000002FF492D524736C3FA3C4A84DD9B409F0
SUMMARY;LANGUAGE=de-AT:Gespräch interne Ausschreibung Filialleitung Mödling
DTSTART;TZID=W. Europe Standard Time:20250203T163000
DTEND;TZID=W. Europe Standard Time:20250203T171500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250127T170212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Büro GF (1. Stock)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:TRUE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-internal-final-alt-desc",
        uid="040000008200E00074C5B7101A82E00800000000E9D384DD000000000000000010000000B542A2512E76B3CB2EC195BC65A5ACB8",
        is_interview=1,
        company="Bestattung Wienerwald",
        role="Filialleitung Mödling",
        stage="final",
        interviewers="h.zach@bestattung-wienerwald.example.at;s.lechner@bestattung-wienerwald.example.at;k.berger@bestattung-wienerwald.example.at",
        trap="internal-second-round-owner-vague-title",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Zach, Herbert":mailto:h.zach@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pröll, Elisabeth":mailto:e.proell@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lechner, Sabine":mailto:s.lechner@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Berger, Karl":mailto:k.berger@bestattung-wienerwald.example.at
DESCRIPTION;LANGUAGE=de-AT:Liebe Elisabeth\,\n\nzweite Runde zur Filialleitung 
 Mödling – Herr Berger sen. möchte dich als Eigentümer noch persönlich spre
 chen\, danach entscheiden wir gemeinsam.\n\nLG Herbert\n
X-ALT-DESC;FMTTYPE=text/html:<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN"><HTML><HEAD><META NAME="Generator" CONTENT="MS Exchange Server version 16.0.17928.20114"><TITLE></TITLE></HEAD><BODY><P><FONT SIZE=2 FACE="Calibri">Liebe Elisabeth\,<BR><BR>zweite Runde zur Filialleitung Mödling – Herr Berger sen. möchte dich als Eigentümer noch persönlich sprechen\, danach entscheiden wir gemeinsam.<BR><BR>LG Herbert</FONT></P></BODY></HTML>
UID:040000008200E00074C5B7101A82E00800000000E9D384DD000000000000000010000000B542A2512E76B3CB2EC195BC65A5ACB8
SUMMARY;LANGUAGE=de-AT:Filiale MD – 2. Gespräch (vertraulich)
DTSTART;TZID=W. Europe Standard Time:20250217T160000
DTEND;TZID=W. Europe Standard Time:20250217T170000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250210T081144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Besprechungszimmer EG
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:TRUE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-invitee-booking",
        uid="BFQ7NLHDOXWRSUCE@calendly.com",
        is_interview=1,
        company="Ruhewald Naturbestattung",
        role="Standortleitung Ruhewald Wienerwald",
        stage="recruiter_screen",
        interviewers="v.kogler@ruhewald.example.at",
        trap="calendly-user-books-slot-name-overlaps-own-employer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:BFQ7NLHDOXWRSUCE@calendly.com
DTSTAMP:20250218T194402Z
DTSTART:20250224T120000Z
DTEND:20250224T123000Z
SUMMARY:Erstgespräch Standortleitung zwischen Verena Kogler und Elisabeth Pröll
ORGANIZER;CN=Verena Kogler:mailto:v.kogler@ruhewald.example.at
ATTENDEE;CN=Elisabeth Pröll;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:elisabeth.proell@gmx.at
ATTENDEE;CN=Verena Kogler;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:v.kogler@ruhewald.example.at
LOCATION:https://meet.google.com/tkr-bsmu-zia
DESCRIPTION:Eventname: Erstgespräch Standortleitung Ruhewald Wienerwald (30 
 Min.)\n\nOrt: Dies ist eine Google Meet-Webkonferenz.\nhttps://meet.google.c
 om/tkr-bsmu-zia\n\nFragen:\nWas möchten Sie vorab mitteilen?\nIch bin derz
 eit Bestatterin bei der Bestattung Wienerwald und würde gerne in die Natur
 bestattung wechseln.\n\nMüssen Sie Änderungen an diesem Event vornehmen?\n
 Absagen: https://calendly.com/cancellations/2c1f9e07-7a44-4e0b-8d2e-1b6e3a
 90c4f7\nNeu planen: https://calendly.com/reschedulings/2c1f9e07-7a44-4e0b-
 8d2e-1b6e3a90c4f7\n\nBereitgestellt von Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-site-walk",
        uid="7ql5ptkbu3qa89sabsqula3e89@google.com",
        is_interview=1,
        company="Ruhewald Naturbestattung",
        role="Standortleitung",
        stage="onsite",
        interviewers="DI Florian Aigner;Verena Kogler",
        trap="google-export-waldbegehung-no-attendees",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Elisabeth privat
X-WR-TIMEZONE:Europe/Vienna
{VIENNA_LIC}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20250307T100000
DTEND;TZID=Europe/Vienna:20250307T123000
DTSTAMP:20250410T061500Z
UID:7ql5ptkbu3qa89sabsqula3e89@google.com
CREATED:20250226T083000Z
DESCRIPTION:2. Runde Ruhewald. Treffpunkt Parkplatz Forststraße (Schranken)
 \, festes Schuhwerk! Waldbegehung mit GF DI Florian Aigner\, danach Gespräch
  in der Hütte mit ihm u. Verena Kogler. Fragen: Baumpatenschaften\, Zusamme
 narbeit mit Bestattern\, Winterdienst.
LAST-MODIFIED:20250226T083342Z
LOCATION:Ruhewald Wienerwald\, Forststraße\, 3031 Pressbaum
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ruhewald – Waldbegehung + Gespräch GF
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT1H0M0S
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="microsoft-bookings-screen",
        uid="040000008200E00074C5B7101A82E0080000000055E352D5000000000000000010000000C812D907991DBE7EF9E3794552E32439",
        is_interview=1,
        company="Memoria Software",
        role="Product Specialist Bestattungssoftware (m/w/d)",
        stage="recruiter_screen",
        interviewers="n.brandt@memoria-software.example.de",
        trap="bookings-mailbox-organizer-staff-attendee",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Memoria Recruiting:mailto:MemoriaRecruiting@memoria-software.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Elisabeth Pröll:mailto:elisabeth.proell@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Nina Brandt:mailto:n.brandt@memoria-software.example.de
DESCRIPTION;LANGUAGE=de-DE:Ihre Buchung ist bestätigt.\n\nKennenlerngespräch Pr
 oduct Specialist Bestattungssoftware (m/w/d)\nDienstag\, 11. März 2025\, 09
 :00 - 09:30 (UTC+01:00) Amsterdam\, Berlin\, Bern\, Rom\, Stockholm\, Wien\n
 \nMitarbeiter: Nina Brandt (People & Talent)\n\nDieser Termin findet online
  statt. Teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_
 MmRlYjA4ZmMtNWE0Zi00MjhkLWI3OWEtYzE2Zjk3NTRjOGE5%40thread.v2/0\n\nTermin v
 erwalten: https://outlook.office365.com/owa/calendar/MemoriaRecruiting@memo
 ria-software.example.de/bookings/\n\nMemoria Software GmbH · Königsbrücker 
 Straße 96 · 01099 Dresden\n
UID:040000008200E00074C5B7101A82E0080000000055E352D5000000000000000010000000C812D907991DBE7EF9E3794552E32439
SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch Product Specialist Bestattungssoftware
DTSTART;TZID=W. Europe Standard Time:20250311T090000
DTEND;TZID=W. Europe Standard Time:20250311T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T070012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:TRUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="exchange-cancel-withdrawn",
        uid="040000008200E00074C5B7101A82E0080000000071E7970C0000000000000000100000004649D7B78C3E9EC11BEE477D428BC2CB",
        is_interview=1,
        company="Memoria Software",
        role="Product Specialist Bestattungssoftware",
        stage="technical",
        interviewers="t.kowalczyk@memoria-software.example.de;j.reinhardt@memoria-software.example.de",
        trap="cancelled-after-candidate-withdrew",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Brandt, Nina":mailto:n.brandt@memoria-software.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Elisabeth Pröll:mailto:elisabeth.proell@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Kowalczyk, Tomasz":mailto:t.kowalczyk@memoria-software.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Reinhardt, Jens":mailto:j.reinhardt@memoria-software.example.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Pröll\,\n\nschade\, dass Sie Ihre Bewerbu
 ng zurückziehen – wir sagen das Fachgespräch mit Case (Auftragsanlage in m
 emoria.cloud) hiermit ab. Alles Gute für Ihren weiteren Weg!\n\nViele Grüße
 \nNina Brandt\n
UID:040000008200E00074C5B7101A82E0080000000071E7970C0000000000000000100000004649D7B78C3E9EC11BEE477D428BC2CB
SUMMARY;LANGUAGE=de-DE:Abgesagt: Fachgespräch + Case – Product Specialist (E. Pröll)
DTSTART;TZID=W. Europe Standard Time:20250327T140000
DTEND;TZID=W. Europe Standard Time:20250327T153000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250319T152040Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-desktop-localized-zone",
        uid="040000008200E00074C5B7101A82E0080000000048DD7EE500000000000000001000000090B340B82519E7FE9C3A6B62722FC9DD",
        is_interview=1,
        company="Bundesverband Österreichischer Bestattungsunternehmen",
        role="Geschäftsführer*in",
        stage="hiring_manager",
        interviewers="w.steindl@bestatterverband.example.at",
        trap="localized-zone-name-trade-association-phone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VTIMEZONE
TZID:Mitteleuropäische Zeit
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ATTENDEE;CN=elisabeth.proell@gmx.at;RSVP=TRUE:mailto:elisabeth.proell@gmx.at
CLASS:PUBLIC
CREATED:20250124T102233Z
DESCRIPTION:Sehr geehrte Frau Kollegin Pröll\,\n\nwie am Telefon besprochen r
 ufe ich Sie am Freitag zu Mittag an\, um Ihre Bewerbung als Geschäftsführer*
 in des Bundesverbands zu besprechen. Anschließend würde ich das Präsidium i
 nformieren.\n\nMit kollegialen Grüßen\nKommR Ing. Walter Steindl\nPräsident
 \n
DTEND;TZID="Mitteleuropäische Zeit":20250131T124500
DTSTAMP:20250124T102233Z
DTSTART;TZID="Mitteleuropäische Zeit":20250131T120000
LAST-MODIFIED:20250124T102233Z
LOCATION:Telefon
ORGANIZER;CN="Steindl Walter":mailto:w.steindl@bestatterverband.example.at
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-at:Telefonat Bewerbung GF Bundesverband
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000048DD7EE500000000000000001000000090B340B82519E7FE9C3A6B62722FC9DD
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-praesidium-hearing",
        uid="040000008200E00074C5B7101A82E008000000005E565968000000000000000010000000E9882C66A213F3E18ABAA2CCD61D08EF",
        is_interview=1,
        company="Bundesverband Österreichischer Bestattungsunternehmen",
        role="Geschäftsführer*in",
        stage="final",
        interviewers="w.steindl@bestatterverband.example.at;m.leitgeb@bestattung-leitgeb.example.at;c.wurm@bestattung-wurm.example.at",
        trap="panel-of-competitor-owners-trade-association",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Steindl, Walter":mailto:w.steindl@bestatterverband.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elisabeth.proell@gmx.at:mailto:elisabeth.proell@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Leitgeb, Maria":mailto:m.leitgeb@bestattung-leitgeb.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Wurm, Christian":mailto:c.wurm@bestattung-wurm.example.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sekretariat BÖB:mailto:office@bestatterverband.example.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Mag. Pröll\,\n\ndas Präsidium lädt
  Sie zum Hearing für die Geschäftsführung ein (Präsidentin-Stv. Maria Leitg
 eb\, Finanzreferent Christian Wurm und ich). Bitte skizzieren Sie in max. 1
 5 Minuten Ihre Schwerpunkte für die nächsten drei Jahre (Nachwuchs/Lehrling
 e\, Bestattungsgesetz-Novelle\, Mitgliederservice).\n\nMit kollegialen Grü
 ßen\nWalter Steindl\n
UID:040000008200E00074C5B7101A82E008000000005E565968000000000000000010000000E9882C66A213F3E18ABAA2CCD61D08EF
SUMMARY;LANGUAGE=de-AT:Hearing Geschäftsführung BÖB – Präsidium
DTSTART;TZID=W. Europe Standard Time:20250319T100000
DTEND;TZID=W. Europe Standard Time:20250319T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T154433Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:BÖB Geschäftsstelle\, Mittersteig 12\, 1050 Wien
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-executive-search",
        uid="040000008200E00074C5B7101A82E0080000000011722B07000000000000000010000000DA3D00C50AB54A86F671E64673CEDB0B",
        is_interview=1,
        company="Bestattung Salzachtal",
        role="Geschäftsführerin (Nachfolge)",
        stage="recruiter_screen",
        interviewers="m.holzer@alpen-executive.example.at",
        trap="executive-search-mandate-names-client",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Holzer, Markus Dr.":mailto:m.holzer@alpen-executive.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elisabeth.proell@gmx.at:mailto:elisabeth.proell@gmx.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Mag. Pröll\,\n\nvielen Dank für Ihr
  Interesse. Wie besprochen suchen wir im Auftrag der Gesellschafterfamilie 
 eine Geschäftsführerin (Nachfolge) für die Bestattung Salzachtal GmbH in Sa
 lzburg (Mandat AES-2025-017). Ich freue mich auf ein erstes vertrauliches G
 espräch.\n\nDr. Markus Holzer\nPartner\nAlpen Executive Search GmbH\n\n____
 ____________________________________________________________________________
 \nMicrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=de-AT>\n
 Jetzt an der Besprechung teilnehmen<https://teams.microsoft.com/l/meetup-jo
 in/19%3ameeting_OWQ1ZDg0NTMtZjE3Yi00NzQ0LWJjZTItY2I4ZGY0Y2QxMmE2%40thread.
 v2/0>\nBesprechungs-ID: 381 220 447 119 3\nPasscode: tT3Gc8gN\n\nEinwahl p
 er Telefon\n+43 1 206 09 2417\,\,508114227# Österreich\, Wien\nTelefonkonfe
 renz-ID: 508 114 227#\n________________________________________________________
 ________________________\n
UID:040000008200E00074C5B7101A82E0080000000011722B07000000000000000010000000DA3D00C50AB54A86F671E64673CEDB0B
SUMMARY;LANGUAGE=de-AT:Vertrauliches Gespräch – GF-Nachfolge Bestattung Salzachtal (AES-2025-017)
DTSTART;TZID=W. Europe Standard Time:20250128T180000
DTEND;TZID=W. Europe Standard Time:20250128T190000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250122T201115Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-hand-typed-onsite-salzburg",
        uid="3BC5B508-4C5B-4767-9621-4D2D2137397F",
        is_interview=1,
        company="Bestattung Salzachtal",
        role="",
        stage="onsite",
        interviewers="Josef Oberhuber;Anna Oberhuber",
        trap="terse-abbreviated-city-family-names-only",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
{VIENNA_APPLE}
BEGIN:VEVENT
CREATED:20250203T193005Z
DTEND;TZID=Europe/Vienna:20250213T130000
DTSTAMP:20250203T193212Z
DTSTART;TZID=Europe/Vienna:20250213T110000
LAST-MODIFIED:20250203T193212Z
LOCATION:Bestattung Salzachtal\, Ignaz-Harrer-Str. 80\, 5020 Salzburg
DESCRIPTION:Zug 7:25 Wien Hbf -> Sbg 9:52. Gesprächspartner Josef Oberhuber 
 (Senior) + Anna Oberhuber (Tochter\, Prokura). Holzer (AES) holt mich am Bahnhof ab. Zah
 len 2023/24 anschauen!!
SEQUENCE:0
SUMMARY:Sbg – Gespräch Gesellschafter Salzachtal 11h
TRANSP:OPAQUE
UID:3BC5B508-4C5B-4767-9621-4D2D2137397F
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Erinnerung
TRIGGER:-PT4H
UID:0BDA93DC-9666-4C46-B60E-217DB451834A
X-WR-ALARMUID:0BDA93DC-9666-4C46-B60E-217DB451834A
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="apple-status-cancelled-final",
        uid="040000008200E00074C5B7101A82E008000000005D2AC4300000000000000000100000008168EBE0F48622BEC37021ED82689062",
        is_interview=1,
        company="Bestattung Salzachtal",
        role="Geschäftsführerin (Nachfolge)",
        stage="final",
        interviewers="j.oberhuber@bestattung-salzachtal.example.at;a.oberhuber@bestattung-salzachtal.example.at",
        trap="status-cancelled-process-paused",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.7.2//EN
CALSCALE:GREGORIAN
{VIENNA_APPLE}
BEGIN:VEVENT
ATTENDEE;CN="Oberhuber, Josef";CUTYPE=INDIVIDUAL;EMAIL="j.oberhuber@bestattung-salzachtal.example.at";PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:j.oberhuber@bestattung-salzachtal.example.at
ATTENDEE;CN="Oberhuber, Anna";CUTYPE=INDIVIDUAL;EMAIL="a.oberhuber@bestattung-salzachtal.example.at";PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:a.oberhuber@bestattung-salzachtal.example.at
ATTENDEE;CN="Elisabeth Pröll";CUTYPE=INDIVIDUAL;EMAIL="elisabeth.proell@gmx.at";PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:elisabeth.proell@gmx.at
CREATED:20250214T170211Z
DESCRIPTION:Sehr geehrte Frau Mag. Pröll\, leider müssen wir das Abschlussg
 espräch mit den Gesellschaftern absagen – die Familie hat entschieden\, die 
 Nachfolgeregelung bis Herbst auszusetzen. Ich melde mich persönlich bei Ihn
 en. Beste Grüße\, Markus Holzer
DTEND;TZID=Europe/Vienna:20250306T160000
DTSTAMP:20250227T091530Z
DTSTART;TZID=Europe/Vienna:20250306T140000
LAST-MODIFIED:20250227T091530Z
LOCATION:Bestattung Salzachtal\, Salzburg
ORGANIZER;CN="Holzer, Markus Dr.";EMAIL="m.holzer@alpen-executive.example.at":mailto:m.holzer@alpen-executive.example.at
SEQUENCE:3
STATUS:CANCELLED
SUMMARY:Abgesagt: Abschlussgespräch Gesellschafter Salzachtal / Fr. Pröll
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E008000000005D2AC4300000000000000000100000008168EBE0F48622BEC37021ED82689062
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-ams-abbreviation",
        uid="rj20e3vqtoi4tijvpb16e8np65@google.com",
        is_interview=1,
        company="Bestattung Mostviertel",
        role="Betriebsleiter-Stellvertretung",
        stage="",
        interviewers="Fr. Distl",
        trap="abbreviation-vg-ams-vermittlungsvorschlag",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Elisabeth privat
X-WR-TIMEZONE:Europe/Vienna
{VIENNA_LIC}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20250408T100000
DTEND;TZID=Europe/Vienna:20250408T110000
DTSTAMP:20250410T061500Z
UID:rj20e3vqtoi4tijvpb16e8np65@google.com
CREATED:20250401T151200Z
DESCRIPTION:AMS-Vermittlungsvorschlag Nr. 2 (Stelle Betriebsleiter-Stellvert
 retung). Fr. Distl (Personal). Rückmeldung ans AMS bis 15.4.! Lebenslauf + Z
 eugnisse mitnehmen.
LAST-MODIFIED:20250401T151304Z
LOCATION:Bestattung Mostviertel\, Wiener Str. 31\, 3300 Amstetten
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:VG Bestattung Mostviertel (AMS)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
