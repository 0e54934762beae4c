# ruff: noqa: E501, W291, W293, RUF100
"""holdout256 events, part b: the user's own interviews (data start-ups, media, clinic, university of applied sciences)."""

from holdout256ev_zones import TZ_AMSTERDAM, TZ_BERLIN, TZ_WEUROPE

FORMS = {
    "SignLab Amsterdam": "SignLab|SignLab Amsterdam B.V.|SignLab B.V.",
    "AccessMedia Europe": "AccessMedia|AccessMedia Europe Ltd|Access Media",
    "Signfy": "Signfy GmbH",
    "Handzeichen AI": "Handzeichen|Handzeichen AI GmbH|Handzeichen.ai",
    "Klinikum Merheimer Höhe": "Klinikum MH|Merheimer Höhe|Klinikum Merheimer Hoehe",
    "Hochschule Niederrhein-Süd": "HNS|HS Niederrhein-Süd|Hochschule Niederrhein Sued",
    "Gehörlosenverband Rheinland": "GVR|Gehörlosenverband Rheinland e.V.|Gehoerlosenverband Rheinland",
    "Integrationsfachdienst Rhein-Erft": "IFD Rhein-Erft|IFD|Integrationsfachdienst Rhein-Erft gGmbH",
}

TZ_LONDON = r"""BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

EVENTS = [
    dict(
        kind="greenhouse-recruiter-screen",
        uid="greenhouse-interview-7734120055@signlab-ams.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-7734120055@signlab-ams.com
DTSTAMP:20250303T120501Z
DTSTART:20250307T093000Z
DTEND:20250307T100000Z
SUMMARY:Anke Schreiner <> SignLab – Recruiter Screen (Sign Language Data Specialist\, DGS)
ORGANIZER;CN=SignLab Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Femke Janssen;ROLE=REQ-PARTICIPANT:mailto:femke.janssen@signlab-ams.com
ATTENDEE;CN=Anke Schreiner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
LOCATION:https://signlab.zoom.us/j/91822004711
DESCRIPTION:Hi Anke\,\n\nYou're confirmed for a 30-minute recruiter screen 
 for the Sign Language Data Specialist (DGS) role at SignLab Amsterdam.\n\nI
 nterviewer: Femke Janssen\, Talent Partner\n\nWe'll talk about your backgro
 und as a DGS interpreter\, your experience with annotation or glossing (ELA
 N\, iLex)\, and your availability for a hybrid setup (Amsterdam office once
  a month).\n\nZoom: https://signlab.zoom.us/j/91822004711 (passcode 640212
 )\n\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="SignLab Amsterdam",
        role="Sign Language Data Specialist (DGS)",
        stage="recruiter_screen",
        interviewers="femke.janssen@signlab-ams.com",
        trap="greenhouse-english-utc-noreply-organizer",
        hiring=False,
    ),
    dict(
        kind="greenhouse-technical-panel",
        uid="greenhouse-interview-7734120981@signlab-ams.com",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
{TZ_AMSTERDAM}
BEGIN:VEVENT
UID:greenhouse-interview-7734120981@signlab-ams.com
DTSTAMP:20250312T084002Z
DTSTART;TZID=Europe/Amsterdam:20250321T140000
DTEND;TZID=Europe/Amsterdam:20250321T151500
SUMMARY:SignLab | Technical Interview – annotation exercise review | Anke Schreiner
ORGANIZER;CN=Femke Janssen:mailto:femke.janssen@signlab-ams.com
ATTENDEE;CN=Pieter Bakker;ROLE=REQ-PARTICIPANT:mailto:p.bakker@signlab-ams.com
ATTENDEE;CN=Lukas Wendt;ROLE=REQ-PARTICIPANT:mailto:l.wendt@signlab-ams.com
ATTENDEE;CN=Anke Schreiner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
ATTENDEE;CN=Sign interpreter (NGT/English) – booked;ROLE=NON-PARTICIPANT:mailto:bookings@tolknet-nl.example.nl
LOCATION:Google Meet – https://meet.google.com/wox-pkaf-ubd
DESCRIPTION:Hi Anke\,\n\nthanks for sending back the take-home glossing exe
 rcise! In this 75-minute technical interview you'll walk Pieter Bakker (Lea
 d Linguist) and Lukas Wendt (Deaf DGS annotator\, interview partly in DGS) 
 through your glosses\, your ID-gloss choices and how you'd resolve disagree
 ments between annotators.\n\nFemke will not join – she just coordinates.\n\n
 Interview kit for interviewers is attached in Greenhouse (not visible to yo
 u).\n\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="SignLab Amsterdam",
        role="",
        stage="technical",
        interviewers="p.bakker@signlab-ams.com;l.wendt@signlab-ams.com",
        trap="coordinator-organizer-booked-interpreter-attendee-not-interviewer",
        hiring=False,
    ),
    dict(
        kind="lever-london-zone-screen",
        uid="lever-iv-2f7d1c0a-8e4b-4a55-b1f3-0c9e7d2a6b41",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
{TZ_LONDON}
BEGIN:VEVENT
UID:lever-iv-2f7d1c0a-8e4b-4a55-b1f3-0c9e7d2a6b41
DTSTAMP:20250305T171200Z
DTSTART;TZID=Europe/London:20250312T140000
DTEND;TZID=Europe/London:20250312T143000
SUMMARY:Phone Screen: Anke Schreiner for Accessibility Producer – German Sign Language (Cologne\, hybrid)
ORGANIZER;CN=AccessMedia Europe via Lever:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Hannah Pryce;ROLE=REQ-PARTICIPANT:mailto:hannah.pryce@accessmedia.co.uk
ATTENDEE;CN=Anke Schreiner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
LOCATION:Phone – Hannah will call +49 1577 3920415
DESCRIPTION:Hi Anke\,\n\nHannah Pryce from the AccessMedia Europe talent te
 am will give you a call. Please note the time is shown in UK time (14:00 GMT
  = 15:00 in Cologne).\n\nThe role sits in our Cologne studio and produces D
 GS versions for broadcasters and streaming clients.\n\nBest\,\nAccessMedia 
 Europe Ltd\, Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="AccessMedia Europe",
        role="Accessibility Producer – German Sign Language",
        stage="recruiter_screen",
        interviewers="hannah.pryce@accessmedia.co.uk",
        trap="lever-london-timezone-phone-screen",
        hiring=False,
    ),
    dict(
        kind="lever-hiring-manager-zoom",
        uid="lever-iv-9a1b3c5d-7e9f-4a2b-8c4d-6e8f0a2b4c6d",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-iv-9a1b3c5d-7e9f-4a2b-8c4d-6e8f0a2b4c6d
DTSTAMP:20250318T101010Z
DTSTART:20250326T100000Z
DTEND:20250326T110000Z
SUMMARY:Anke Schreiner / Gareth Owen – Hiring Manager Interview (Accessibility Producer DGS)
ORGANIZER;CN=Hannah Pryce:mailto:hannah.pryce@accessmedia.co.uk
ATTENDEE;CN=Gareth Owen;ROLE=REQ-PARTICIPANT:mailto:gareth.owen@accessmedia.co.uk
ATTENDEE;CN=anke.schreiner@mailbox.org;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
LOCATION:Zoom
DESCRIPTION:Gareth Owen (Head of Access Services) would like to discuss:\n
 - a recent DGS production you are proud of\n- how you'd run quality checks
  with Deaf consultants\n- workload planning for 6 weekly series\n\nJoin Zo
 om Meeting\nhttps://accessmedia.zoom.us/j/83310294471?pwd=R2FyZXRoT3dlbg\n
 Meeting ID: 833 1029 4471\nPasscode: 229810\n\nScheduled via Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="AccessMedia Europe",
        role="Accessibility Producer DGS",
        stage="hiring_manager",
        interviewers="gareth.owen@accessmedia.co.uk",
        trap="recruiter-organizer-not-interviewer-utc",
        hiring=False,
    ),
    dict(
        kind="gmail-founder-coffee",
        uid="1c4qeg8mh2vd7p0k3s6u9w1y5a@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250314T090000
DTEND;TZID=Europe/Berlin:20250314T100000
DTSTAMP:20250308T203315Z
ORGANIZER;CN=Lisa Hoang:mailto:lisa.signfy@gmail.com
UID:1c4qeg8mh2vd7p0k3s6u9w1y5a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lisa Hoang;X-NUM-GUESTS=0:mailto:lisa.signfy@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=anke.schreiner@mailbox.org;X-NUM-GUESTS=0:mailto:anke.schreiner@mai
 lbox.org
DESCRIPTION:Hi Anke\, wie auf der Fachtagung besprochen – lass uns bei eine
 m Kaffee quatschen\, ob du dir die feste Stelle als Senior-Dolmetscherin be
 i uns vorstellen kannst (30 Std.\, remote + 1 Tag Büro). Ich erzähle dir\, 
 wie wir Video-Dolmetschen für Firmen aufbauen\, und will natürlich wissen\,
  wie du arbeitest 🙂 Lisa (Gründerin Signfy)\n\nInvitation from Google Cal
 endar: https://calendar.google.com/calendar/\n\nYou are receiving this ema
 il because you are an attendee on the event.
LOCATION:Café Bohne & Blatt\, Merowingerstraße 12\, 50677 Köln
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kaffee & Kennenlernen Signfy 🙂
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Signfy",
        role="Senior-Dolmetscherin",
        stage="hiring_manager",
        interviewers="lisa.signfy@gmail.com",
        trap="founder-gmail-casual-coffee-is-real-interview",
        hiring=False,
    ),
    dict(
        kind="google-recurring-trial-shifts",
        uid="7t3r1ia1sh1ft5ign0fy2025xx@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250331T080000
DTEND;TZID=Europe/Berlin:20250331T120000
RRULE:FREQ=DAILY;COUNT=3
DTSTAMP:20250320T090001Z
ORGANIZER;CN=Lisa Hoang:mailto:lisa.signfy@gmail.com
UID:7t3r1ia1sh1ft5ign0fy2025xx@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Deniz
  Aksoy;X-NUM-GUESTS=0:mailto:deniz@signfy.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=anke.schreiner@mailbox.org;X-NUM-GUESTS=0:mailto:anke.schreiner@mai
 lbox.org
DESCRIPTION:Probeschichten (bezahlt) im Rahmen deiner Bewerbung: echte Vide
 o-Dolmetsch-Calls mit Kund:innen\, Deniz (Mitgründer\, Teamlead Dolmetschen)
  hört mit und gibt dir danach Feedback. Am Ende von Tag 3 kurzes Abschlussg
 espräch mit Lisa und Deniz.\n\nLogin-Daten fürs Dolmetsch-Tool kommen per
  Mail.
LOCATION:Signfy Büro\, Im Mediapark 6\, Köln
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Probeschicht Video-Dolmetschen (Signfy)
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250401T130000
DTEND;TZID=Europe/Berlin:20250401T170000
DTSTAMP:20250320T090001Z
ORGANIZER;CN=Lisa Hoang:mailto:lisa.signfy@gmail.com
UID:7t3r1ia1sh1ft5ign0fy2025xx@google.com
RECURRENCE-ID;TZID=Europe/Berlin:20250401T080000
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Deniz
  Aksoy;X-NUM-GUESTS=0:mailto:deniz@signfy.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=anke.schreiner@mailbox.org;X-NUM-GUESTS=0:mailto:anke.schreiner@mai
 lbox.org
DESCRIPTION:Tag 2 nachmittags (Spätschicht Kundenhotline).
LOCATION:remote
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Probeschicht Video-Dolmetschen (Signfy) – Spätschicht
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Signfy",
        role="",
        stage="onsite",
        interviewers="deniz@signfy.de;lisa.signfy@gmail.com",
        trap="paid-trial-shifts-recurring-with-override",
        hiring=False,
    ),
    dict(
        kind="personio-screen",
        uid="personio-appointment-5502183-handzeichen",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
UID:personio-appointment-5502183-handzeichen
DTSTAMP:20250311T140322Z
DTSTART;TZID=Europe/Berlin:20250318T110000
DTEND;TZID=Europe/Berlin:20250318T114500
SUMMARY:Interview: Anke Schreiner | Linguistic Lead DGS (m/w/d)
ORGANIZER;CN=Handzeichen AI GmbH:mailto:noreply@mail.personio.de
ATTENDEE;CN=Clara Vogt;ROLE=REQ-PARTICIPANT:mailto:clara.vogt@handzeichen.ai
ATTENDEE;CN=Anke Schreiner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
LOCATION:https://meet.google.com/ruk-zbqe-hta
DESCRIPTION:Hallo Anke\,\n\nvielen Dank für deine Bewerbung als Linguistic L
 ead DGS (m/w/d) bei Handzeichen AI! Clara Vogt (People & Culture) freut sic
 h auf ein erstes Kennenlernen (ca. 45 Minuten).\n\nTermin: Dienstag\, 18.03
 .2025\, 11:00–11:45 Uhr\nOrt: Google Meet – https://meet.google.com/ruk-zbq
 e-hta\n\nViele Grüße\nDein Handzeichen-Team\n\nDiese Nachricht wurde über P
 ersonio versendet.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Handzeichen AI",
        role="Linguistic Lead DGS (m/w/d)",
        stage="recruiter_screen",
        interviewers="clara.vogt@handzeichen.ai",
        trap="german-ats-personio-noreply-organizer",
        hiring=False,
    ),
    dict(
        kind="google-case-interview",
        uid="0p9o8i7u6y5t4r3e2w1qazxswedc@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART:20250402T120000Z
DTEND:20250402T133000Z
DTSTAMP:20250325T160044Z
ORGANIZER;CN=Clara Vogt:mailto:clara.vogt@handzeichen.ai
UID:0p9o8i7u6y5t4r3e2w1qazxswedc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Felix Baumann;X-NUM-GUESTS=0:mailto:felix@handzeichen.ai
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marlene Otte;X-NUM-GUESTS=0:mailto:marlene.otte@handzeichen.ai
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=anke.schreiner@mailbox.org;X-NUM-GUESTS=0:mailto:anke.schreiner@mai
 lbox.org
DESCRIPTION:Fachinterview mit Case: Du bewertest vorab 5 Avatar-Übersetzung
 en (Bahnhofsdurchsagen Deutsch > DGS) und stellst Felix (CTO) und Marlene (
 Deaf Linguist) deine Fehleranalyse vor. Danach Fragen zu Korpusarbeit und 
 Qualitätssicherung.\n\nJoin with Google Meet: https://meet.google.com/kdv-
 mrwq-pst\n\nInvitation from Google Calendar: https://calendar.google.com/ca
 lendar/\n\nYou are receiving this email because you are an attendee on the
  event.
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Invitation: Fachinterview + Case (Linguistic Lead DGS) – Anke
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Handzeichen AI",
        role="Linguistic Lead DGS",
        stage="technical",
        interviewers="felix@handzeichen.ai;marlene.otte@handzeichen.ai",
        trap="case-interview-utc-with-wr-timezone",
        hiring=False,
    ),
    dict(
        kind="successfactors-hiring-manager",
        uid="SF-INTSCHED-KMH-00091847-1",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
METHOD:REQUEST
{TZ_WEUROPE}
BEGIN:VEVENT
UID:SF-INTSCHED-KMH-00091847-1
DTSTAMP:20250307T080011Z
DTSTART;TZID=W. Europe Standard Time:20250317T140000
DTEND;TZID=W. Europe Standard Time:20250317T150000
SUMMARY:Vorstellungsgespräch: Dolmetscherin für Deutsche Gebärdensprache (m/w/d) – Req 2025-0318
ORGANIZER;CN=Klinikum Merheimer Höhe Karriere:mailto:karriere-noreply@klinikum-merheimer-hoehe.de
ATTENDEE;CN=Dr. Sandra Kühn;ROLE=REQ-PARTICIPANT:mailto:s.kuehn@klinikum-merheimer-hoehe.de
ATTENDEE;CN=Bernd Fiebig;ROLE=REQ-PARTICIPANT:mailto:b.fiebig@klinikum-merheimer-hoehe.de
ATTENDEE;CN=Anke Schreiner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
LOCATION:Verwaltung Haus C\, 1. OG\, Raum C 1.08
DESCRIPTION:Sehr geehrte Frau Schreiner\,\n\nwir freuen uns\, Sie zu einem 
 persönlichen Vorstellungsgespräch einzuladen.\n\nStelle: Dolmetscherin für
  Deutsche Gebärdensprache (m/w/d)\, Patientenkommunikation\, Teilzeit 75 %
 \nGesprächspartner: Dr. Sandra Kühn (Leitung Patientenservice & Sozialdien
 st)\, Bernd Fiebig (Personalreferent)\n\nBitte melden Sie sich an der Infor
 mation im Haupteingang.\n\nIhr Recruiting-Team\nKlinikum Merheimer Höhe gGm
 bH
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Klinikum Merheimer Höhe",
        role="Dolmetscherin für Deutsche Gebärdensprache (m/w/d)",
        stage="hiring_manager",
        interviewers="s.kuehn@klinikum-merheimer-hoehe.de;b.fiebig@klinikum-merheimer-hoehe.de",
        trap="successfactors-hospital-noreply-req-number",
        hiring=False,
    ),
    dict(
        kind="apple-allday-shadow-day",
        uid="A8E1F2C3-44D5-4E6F-9A0B-1C2D3E4F5A6B",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250318T191022Z
DTSTAMP:20250318T191055Z
LAST-MODIFIED:20250318T191055Z
UID:A8E1F2C3-44D5-4E6F-9A0B-1C2D3E4F5A6B
DTSTART;VALUE=DATE:20250407
DTEND;VALUE=DATE:20250408
SUMMARY:Hospitationstag Klinikum MH (Bewerbung Patientendolmetschen)
LOCATION:Klinikum Merheimer Höhe\, Haus A
DESCRIPTION:7:30 Pforte Haus A\, Fr. Dr. Kühn holt mich ab. Notaufnahme + S
 tation 4b + Elterngespräch Kinderklinik mitlaufen. Kittel wird gestellt. 
 Abends Feedback!
TRANSP:TRANSPARENT
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
UID:B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E
TRIGGER:-PT15H
ACTION:DISPLAY
DESCRIPTION:Erinnerung
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Klinikum Merheimer Höhe",
        role="",
        stage="onsite",
        interviewers="Dr. Kühn",
        trap="all-day-shadowing-day-part-of-selection",
        hiring=False,
    ),
    dict(
        kind="exchange-trial-lecture",
        uid="040000008200E00074C5B7101A82E00800000000A6B7C8D9E0F1DB01000000000000000010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE01",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WEUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Lemke, Katrin Prof. Dr.":mailto:k.lemke@hs-niederrhein-sued.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=anke.schreiner@mailbox.org:mailto:anke.schreiner@mailbox.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Wiegand, Arne":mailto:a.wiegand@hs-niederrhein-sued.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="HNS Campus Süd R 0.23 (Dolmetschlabor)":mailto:r023.campussued@hs-niederrhein-sued.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Schreiner\,\n\nfür die Stelle 
 „Lehrkraft für besondere Aufgaben (LfbA) Gebärdensprachdolmetschen“ laden w
 ir Sie zu einer Lehrprobe ein: 30 Minuten Unterricht im 4. Fachsemester zum
  Thema „Dolmetschen im Gesundheitswesen – Rollenverständnis“ mit echten St
 udierenden\, danach 30 Minuten Gespräch mit Prof. Dr. Lemke und Herrn Wiega
 nd (Lehrkraft DGS).\n\nMit freundlichen Grüßen\nKatrin Lemke\nStudiengangsl
 eitung B.A. Gebärdensprachdolmetschen
SUMMARY;LANGUAGE=de-DE:Lehrprobe LfbA Gebärdensprachdolmetschen – Schreiner
DTSTART;TZID=W. Europe Standard Time:20250423T130000
DTEND;TZID=W. Europe Standard Time:20250423T140000
UID:040000008200E00074C5B7101A82E00800000000A6B7C8D9E0F1DB01000000000000000010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE01
DTSTAMP:20250407T104500Z
LOCATION;LANGUAGE=de-DE:HNS Campus Süd R 0.23 (Dolmetschlabor)
SEQUENCE:0
STATUS:CONFIRMED
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Hochschule Niederrhein-Süd",
        role="Lehrkraft für besondere Aufgaben (LfbA) Gebärdensprachdolmetschen",
        stage="technical",
        interviewers="k.lemke@hs-niederrhein-sued.de;a.wiegand@hs-niederrhein-sued.de",
        trap="trial-lecture-with-students-not-exam-assessment",
        hiring=False,
    ),
    dict(
        kind="google-export-handtyped-final",
        uid="4vbl2c6k0c9n4f3mm1p8o7q6r5@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Anke privat
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250508T100000
DTEND;TZID=Europe/Berlin:20250508T113000
DTSTAMP:20250430T072211Z
UID:4vbl2c6k0c9n4f3mm1p8o7q6r5@google.com
CREATED:20250429T190317Z
DESCRIPTION:2. Runde LfbA – mit Prof. Lemke + Dekan Prof. Vogelsang\, Frau
 enbeauftragte dabei. Gehaltsfrage E13 Stufe 3? Lehrdeputat 16 SWS klären!!
LAST-MODIFIED:20250429T190355Z
LOCATION:HNS Campus Süd\, Gebäude A\, Dekanat FB 6
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:HNS 2. Gespräch LfbA GSD
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Hochschule Niederrhein-Süd",
        role="LfbA GSD",
        stage="final",
        interviewers="Prof. Lemke;Prof. Vogelsang",
        trap="google-export-handtyped-acronyms-no-attendees",
        hiring=False,
    ),
    dict(
        kind="apple-invite-freemail-chair",
        uid="D3E4F5A6-B7C8-4D9E-A0B1-C2D3E4F5A6B7",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.3.1//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
CREATED:20250409T161200Z
DTSTAMP:20250409T161245Z
UID:D3E4F5A6-B7C8-4D9E-A0B1-C2D3E4F5A6B7
DTSTART;TZID=Europe/Berlin:20250416T173000
DTEND;TZID=Europe/Berlin:20250416T190000
SUMMARY:Gespräch wegen Stelle Referentin (GVR)
LOCATION:Gehörlosenzentrum\, Alteburger Str. 91\, Köln
DESCRIPTION:Liebe Anke\, wie besprochen. Renate und ich möchten mit dir übe
 r die Stelle als Referentin für Dolmetschwesen und Teilhabe sprechen. Gespr
 äch natürlich in DGS\, Dolmetscher brauchen wir diesmal nicht :-) Gruß Günt
 er
ORGANIZER;CN=Günter Maaß:mailto:guenter.maass@t-online.de
ATTENDEE;CN=Renate Lindner;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:r.lindner@gv-rheinland.de
ATTENDEE;CN=Anke Schreiner;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anke.schreiner@mailbox.org
ATTENDEE;CN=Günter Maaß;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:guenter.maass@t-online.de
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Gehörlosenverband Rheinland",
        role="Referentin für Dolmetschwesen und Teilhabe",
        stage="hiring_manager",
        interviewers="guenter.maass@t-online.de;r.lindner@gv-rheinland.de",
        trap="association-chair-freemail-interview-in-dgs",
        hiring=False,
    ),
    dict(
        kind="bookings-applicant-slot",
        uid="bookings-8f2e0c14a7b94d1e9c3a5f7d2b6e8a10@ifdrheinerft.onmicrosoft.com",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="IFD Rhein-Erft Bewerbungen":mailto:IFDBewerbungen@ifdrheinerft.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Anke Schreiner:mailto:anke.schreiner@mailbox.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE;CN="Aydın, Mehmet":mailto:m.aydin@ifd-rhein-erft.de
DESCRIPTION;LANGUAGE=de-DE:Ihre Buchung wurde bestätigt.\n\nDienst: Erstgesp
 räch Bewerbung Fachberatung Hörbehinderung (45 Minuten)\nMitarbeiter: Mehm
 et Aydın (Teamleitung)\n\nBitte halten Sie Ihren Lebenslauf bereit.\n\nBuch
 ung verwalten: https://outlook.office365.com/owa/calendar/IFDBewerbungen@if
 drheinerft.onmicrosoft.com/bookings/\n\nIntegrationsfachdienst Rhein-Erft g
 GmbH\, Hauptstraße 120\, 50126 Bergheim
SUMMARY;LANGUAGE=de-DE:Erstgespräch Bewerbung Fachberatung Hörbehinderung für Anke Schreiner
DTSTART;TZID=W. Europe Standard Time:20250328T090000
DTEND;TZID=W. Europe Standard Time:20250328T094500
UID:bookings-8f2e0c14a7b94d1e9c3a5f7d2b6e8a10@ifdrheinerft.onmicrosoft.com
DTSTAMP:20250321T111100Z
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
SEQUENCE:0
STATUS:CONFIRMED
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Integrationsfachdienst Rhein-Erft",
        role="Fachberatung Hörbehinderung",
        stage="hiring_manager",
        interviewers="m.aydin@ifd-rhein-erft.de",
        trap="microsoft-bookings-applicant-books-slot-staff-member",
        hiring=False,
    ),
]
