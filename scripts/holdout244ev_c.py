# ruff: noqa: E501
"""holdout244 events, part C: the user's own interviews, single-round employers."""
from holdout244ev_a import interview
from holdout244ev_zones import BERLIN, GOOGLE_FOOTER, UTC1_DE, VIENNA, WEST, fold, outlook_tz, teams, zoom

EVENTS = []


def outlook(uid, organizer, attendees, summary, start, end, desc, location="", tzblock=WEST,
            tzid="W. Europe Standard Time", method="REQUEST", status="CONFIRMED", seq=0, lang="de-AT",
            stamp="20260201T090000Z", prodid="Microsoft Exchange Server 2010", extra=""):
    """Exchange-style invitation text (kept as raw lines; tzblock may be empty)."""
    att = "\n".join(attendees)
    tzp = f'"{tzid}"' if "," in tzid else tzid
    return fold(f"""BEGIN:VCALENDAR
METHOD:{method}
PRODID:{prodid}
VERSION:2.0
{tzblock + chr(10) if tzblock else ""}BEGIN:VEVENT
ORGANIZER;{organizer}
{att}
DESCRIPTION;LANGUAGE={lang}:{desc}
UID:{uid}
SUMMARY;LANGUAGE={lang}:{summary}
DTSTART;TZID={tzp}:{start}
DTEND;TZID={tzp}:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:{status}
SEQUENCE:{seq}
LOCATION;LANGUAGE={lang}:{location}
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-BUSYSTATUS:{"FREE" if status == "CANCELLED" else "TENTATIVE"}
X-MICROSOFT-CDO-IMPORTANCE:1
{extra}END:VEVENT
END:VCALENDAR
""")


ME = "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=magdalena.haas@gmx.at:mailto:magdalena.haas@gmx.at"


def att(cn, mail, role="REQ-PARTICIPANT", stat="ACCEPTED"):
    return f'ATTENDEE;ROLE={role};PARTSTAT={stat};RSVP=TRUE;CN="{cn}":mailto:{mail}'


# S1 Kinderreha Wechselland: terse iPhone entry, TZID without VTIMEZONE
EVENTS.append(interview(
    "ios-terse-vg",
    "5B0E8C21-4A7D-4F3B-9C62-81E0A3D7F4B9",
    r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 19.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260114T211043Z
DTSTAMP:20260114T211101Z
LAST-MODIFIED:20260114T211101Z
UID:5B0E8C21-4A7D-4F3B-9C62-81E0A3D7F4B9
SUMMARY:VG Kinderreha Wechselland 10h!! Mappe mitnehmen
DTSTART;TZID=Europe/Vienna:20260120T100000
DTEND;TZID=Europe/Vienna:20260120T110000
LOCATION:Kinderreha Wechselland
TRANSP:OPAQUE
SEQUENCE:0
BEGIN:VALARM
TRIGGER:-PT1H30M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    "Kinderreha Wechselland", "", "", "", "terse-ios-abbreviation-vg-no-attendees"))

# S2 Onkologisches Zentrum Kamptal: cancelled by the clinic (METHOD:CANCEL)
EVENTS.append(interview(
    "outlook-cancel-by-employer",
    "040000008200E00074C5B7101A82E00800000000C1D2E3F4A0A2DC01000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00",
    outlook(
        "040000008200E00074C5B7101A82E00800000000C1D2E3F4A0A2DC01000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00",
        'CN="Kurz, Monika OA Dr.":mailto:monika.kurz@oz-kamptal.at', [ME],
        "Abgesagt: Vorstellungsgespräch Psychoonkologie – Fr. Dr. Haas", "20260303T140000", "20260303T150000",
        r"Sehr geehrte Frau Dr. Haas\,\n\nleider müssen wir das Vorstellungsgespräch für die Stelle Klinische Psychologin Psychoonkologie (30h) absagen\, da die Stelle intern nachbesetzt wurde. Wir bedauern die kurzfristige Absage und bewahren Ihre Unterlagen gerne in Evidenz.\n\nMit freundlichen Grüßen\nOÄ Dr. Monika Kurz\nOnkologisches Zentrum Kamptal",
        r"OZ Kamptal\, Haus 2\, Besprechungsraum Onkologie", method="CANCEL", status="CANCELLED", seq=1,
        stamp="20260226T154412Z"),
    "Onkologisches Zentrum Kamptal", "Klinische Psychologin Psychoonkologie (30h)", "hiring_manager",
    "monika.kurz@oz-kamptal.at", "cancelled-by-employer-position-filled-internally"))

# S3 Schmerzambulatorium Inntal: Google invite with Zoom in the description
EVENTS.append(interview(
    "google-invite-zoom",
    "7ab3c9e1f5g2h8i4j0k6l1m7n3@google.com",
    fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260128T170000
DTEND;TZID=Europe/Vienna:20260128T174500
DTSTAMP:20260122T070311Z
ORGANIZER;CN=Tobias Gapp:mailto:tobias.gapp@schmerz-inntal.at
UID:7ab3c9e1f5g2h8i4j0k6l1m7n3@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tobias Gapp;X-NUM-GUESTS=0:mailto:tobias.gapp@schmerz-inntal.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=magdalena.haas@gmx.at;X-NUM-GUESTS=0:mailto:magdalena.haas@gmx.at
CREATED:20260122T070303Z
DESCRIPTION:Grüß Gott Frau Dr. Haas\,\n\nanbei der Link für unser Gespräch zur Stelle Klinische Psychologin in der Schmerzambulanz (20 Wochenstunden\, Schwerpunkt multimodale Schmerztherapie).\n\nBeste Grüße aus Innsbruck\nDr. Tobias Gapp\, Leiter Schmerzambulatorium Inntal\n\n{zoom('915 2244 6038', '771903', 'us06web', 'de')}\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20260122T070311Z
LOCATION:https://us06web.zoom.us/j/91522446038?pwd=QmF4bE9yZz09
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gespräch Dr. Haas / Dr. Gapp – Psychologin Schmerzambulanz
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    "Schmerzambulatorium Inntal", "Klinische Psychologin", "hiring_manager",
    "tobias.gapp@schmerz-inntal.at", "google-invite-zoom-in-description-tyrolean-greeting"))

# S4 AMZ Wienerberg: Fachinterview with a case example, Teams
EVENTS.append(interview(
    "teams-fachinterview",
    "040000008200E00074C5B7101A82E00800000000D5E6F7A8B1A9DC01000000000000000010000000123456789ABCDEF0FEDCBA9876543210",
    outlook(
        "040000008200E00074C5B7101A82E00800000000D5E6F7A8B1A9DC01000000000000000010000000123456789ABCDEF0FEDCBA9876543210",
        'CN="Lindinger, Ursula":mailto:u.lindinger@amz-wienerberg.at',
        [ME, att("Lindinger, Ursula", "u.lindinger@amz-wienerberg.at"), att("Novotny, Peter Dr.", "p.novotny@amz-wienerberg.at")],
        "Fachinterview Arbeitspsychologie – Dr. Haas", "20260219T090000", "20260219T100000",
        r"Sehr geehrte Frau Dr. Haas\,\n\nwie telefonisch vereinbart laden wir Sie zu einem Fachinterview für die Position Arbeitspsychologin (Evaluierung psychischer Belastungen nach ASchG) ein. Im ersten Teil besprechen wir ein Fallbeispiel (Evaluierung in einem Logistikzentrum mit Schichtbetrieb)\, im zweiten Teil Ihre Erfahrungen.\n\nGesprächspartner:innen: Mag. Ursula Lindinger (Leitung Arbeitspsychologie)\, Dr. Peter Novotny (Arbeitsmedizin).\n\n" + teams("de", "Y2FhNWM4OTItYzFm", "319 004 528 771", "Bn3sK7"),
        "Microsoft Teams-Besprechung", stamp="20260211T080045Z"),
    "AMZ Wienerberg", "Arbeitspsychologin (Evaluierung psychischer Belastungen nach ASchG)", "technical",
    "u.lindinger@amz-wienerberg.at;p.novotny@amz-wienerberg.at", "teams-occupational-psych-case-example"))

# S5 PSD Leithaland: Webex invitation in German
EVENTS.append(interview(
    "webex-invite-de",
    "8c6d0e2f4a1b3c5d7e9f0a2b4c6d8e0f@psd-leithaland.webex.example",
    fold(rf"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Meetings 45.2//DE
VERSION:2.0
METHOD:REQUEST
{VIENNA}
BEGIN:VEVENT
UID:8c6d0e2f4a1b3c5d7e9f0a2b4c6d8e0f@psd-leithaland.webex.example
DTSTAMP:20260203T121510Z
DTSTART;TZID=Europe/Vienna:20260211T130000
DTEND;TZID=Europe/Vienna:20260211T140000
SUMMARY:Vorstellungsgespräch Klinische Psychologin PSD Leithaland
ORGANIZER;CN=Renate Halbwirth:mailto:renate.halbwirth@psd-leithaland.at
ATTENDEE;CN=Magdalena Haas;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:magdalena.haas@gmx.at
ATTENDEE;CN=Renate Halbwirth;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:renate.halbwirth@psd-leithaland.at
DESCRIPTION:Renate Halbwirth lädt Sie zu diesem Webex-Meeting ein.\n\nSehr geehrte Frau Dr. Haas\, ich freue mich auf das Gespräch über die Stelle Klinische Psychologin im Psychosozialen Dienst (Standorte Bruck/Leitha und Neusiedl\, 30h). Gerne erzähle ich Ihnen auch von unserem mobilen Krisenteam.\nRenate Halbwirth\, MSc\, Fachliche Leitung\n\nMeeting beitreten\nhttps://psd-leithaland.webex.com/psd-leithaland/j.php?MTID=m2f8a1c4e7b0d3f6a9c2e5b8d1f4a7c0e\nMeeting-Kennnummer: 2731 804 6625\nPasswort: PSD2026\n\nÜber Telefon beitreten\n+43-1-2677-8940 Österreich gebührenpflichtig\nZugriffscode: 273 180 46625
LOCATION:https://psd-leithaland.webex.com/psd-leithaland/j.php?MTID=m2f8a1c4e7b0d3f6a9c2e5b8d1f4a7c0e
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    "PSD Leithaland", "Klinische Psychologin", "hiring_manager",
    "renate.halbwirth@psd-leithaland.at", "webex-psychosocial-service-mobile-crisis-team"))

# S6 Praxisgemeinschaft am Naschmarkt: owner invites from a free-mail address via Apple Calendar
EVENTS.append(interview(
    "macos-owner-freemail",
    "C2A7E4F1-0B9D-4E38-A5C6-7D1F2E3B4A90",
    fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
VERSION:2.0
PRODID:-//Apple Inc.//macOS 16.2//EN
CALSCALE:GREGORIAN
BEGIN:VTIMEZONE
TZID:Europe/Vienna
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
DTSTART:19810329T020000
TZNAME:MESZ
TZOFFSETTO:+0200
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
DTSTART:19961027T030000
TZNAME:MEZ
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ATTENDEE;CN="Magdalena Haas";CUTYPE=INDIVIDUAL;EMAIL="magdalena.haas@gmx.at";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:magdalena.haas@gmx.at
ATTENDEE;CN="Elisabeth Moser";CUTYPE=INDIVIDUAL;EMAIL="e.moser.praxis@gmx.net";PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:e.moser.praxis@gmx.net
CREATED:20260305T194420Z
DESCRIPTION:Liebe Frau Kollegin Haas\, wie am Telefon besprochen – kommen Sie doch in der Praxis vorbei\, dann zeige ich Ihnen die Räume und wir reden über die Anstellung (20h Klinische Psychologie\, Diagnostik + Behandlung\, Kassenabrechnung ab 2026 möglich). Lg Elisabeth Moser
DTEND;TZID=Europe/Vienna:20260313T183000
DTSTAMP:20260305T194452Z
DTSTART;TZID=Europe/Vienna:20260313T173000
LAST-MODIFIED:20260305T194451Z
LOCATION:Praxisgemeinschaft am Naschmarkt\, Linke Wienzeile 38/2\, 1060 Wien
ORGANIZER;CN="Elisabeth Moser";EMAIL="e.moser.praxis@gmx.net":mailto:e.moser.praxis@gmx.net
SEQUENCE:0
SUMMARY:Kennenlernen Praxis / Anstellung – M. Haas
TRANSP:OPAQUE
UID:C2A7E4F1-0B9D-4E38-A5C6-7D1F2E3B4A90
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
"""),
    "Praxisgemeinschaft am Naschmarkt", "Klinische Psychologin (20h)", "hiring_manager",
    "e.moser.praxis@gmx.net", "practice-owner-free-mail-kennenlernen-wording"))

# S7 SPZ Ennstal: Thunderbird, floating time, typed by the user
EVENTS.append(interview(
    "thunderbird-floating-bewerbungsgespraech",
    "d71e0b93-4c2a-4f58-8e6d-1a9b3c5d7e2f",
    r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260302T203114Z
LAST-MODIFIED:20260302T203240Z
DTSTAMP:20260302T203240Z
UID:d71e0b93-4c2a-4f58-8e6d-1a9b3c5d7e2f
SUMMARY:Bewerbungsgespräch SPZ Ennstal (Liezen) – Mag. Pölzl
DTSTART:20260309T133000
DTEND:20260309T143000
LOCATION:Sozialpsychiatrisches Zentrum Ennstal\, Hauptplatz 6\, Liezen
DESCRIPTION:Stelle: Klin. Psychologin 30h\, mobile Betreuung. Zug 8:32 ab Wien Hbf\, umsteigen Selzthal.\nKM-Geld? Dienstauto?
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT3H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    "SPZ Ennstal", "Klin. Psychologin 30h", "hiring_manager", "Mag. Pölzl", "thunderbird-floating-name-in-summary"))

# S8 Rehaklinik Traunsee: rexx systems ATS invitation
EVENTS.append(interview(
    "rexx-ats-invite",
    "rexx-termin-20260317-0412-88@rehaklinik-traunsee.rexx.example",
    fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems//rexx Recruiting//DE
METHOD:REQUEST
{VIENNA}
BEGIN:VEVENT
UID:rexx-termin-20260317-0412-88@rehaklinik-traunsee.rexx.example
DTSTAMP:20260309T101100Z
DTSTART;TZID=Europe/Vienna:20260324T103000
DTEND;TZID=Europe/Vienna:20260324T120000
SUMMARY:Vorstellungsgespräch Psychologische Leitung (w/m/d) - Haas\, Magdalena
ORGANIZER;CN=Rehaklinik Traunsee Recruiting:mailto:jobs@rehaklinik-traunsee.at
ATTENDEE;CN=Haas\, Magdalena;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:magdalena.haas@gmx.at
ATTENDEE;CN=Dr. Stefan Mayrhofer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s.mayrhofer@rehaklinik-traunsee.at
ATTENDEE;CN=Mag. Doris Aigner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:d.aigner@rehaklinik-traunsee.at
LOCATION:Rehaklinik Traunsee\, Seestraße 120\, 4813 Altmünster\, Verwaltung 1. OG
DESCRIPTION:Sehr geehrte Frau Dr. Haas\,\n\nherzlichen Dank für Ihre Bewerbung als Psychologische Leitung (w/m/d) – Rehabilitation psychischer Erkrankungen (Stellen-ID 88). Wir möchten Sie gerne persönlich kennenlernen.\n\nIhre Gesprächspartner: Prim. Dr. Stefan Mayrhofer (Ärztlicher Leiter)\, Mag. Doris Aigner (Geschäftsführung).\n\nBitte bestätigen Sie den Termin im Bewerberportal: https://rehaklinik-traunsee.rexx.example/portal/termin/0412\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\n\nDiese Nachricht wurde automatisch von rexx Recruiting erstellt.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    "Rehaklinik Traunsee", "Psychologische Leitung (w/m/d)", "hiring_manager",
    "s.mayrhofer@rehaklinik-traunsee.at;d.aigner@rehaklinik-traunsee.at", "rexx-ats-escaped-comma-in-cn"))

# S9 Dreiflüsseklinikum Passau: softgarden phone interview
EVENTS.append(interview(
    "softgarden-phone-interview",
    "softgarden-appt-6619204-3381@dreifluesse-klinikum.softgarden.example",
    fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:softgarden-appt-6619204-3381@dreifluesse-klinikum.softgarden.example
DTSTAMP:20260205T143307Z
DTSTART;TZID=Europe/Berlin:20260212T081500
DTEND;TZID=Europe/Berlin:20260212T084500
SUMMARY:Telefoninterview: Psychologin / Psychologe (m/w/d) Psychosomatik
ORGANIZER;CN=Lisa Hartl:mailto:noreply@softgarden.example
ATTENDEE;CN=Magdalena Haas;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:magdalena.haas@gmx.at
LOCATION:Telefon – Frau Hartl ruft Sie an
DESCRIPTION:Hallo Magdalena Haas\,\n\nSie haben einen Termin für ein Telefoninterview gebucht.\n\nStelle: Psychologin / Psychologe (m/w/d) Psychosomatik\nUnternehmen: Dreiflüsseklinikum Passau\nAnsprechpartnerin: Lisa Hartl\, Recruiting (l.hartl@dreifluesse-klinikum.de)\n\nSie möchten den Termin verschieben? https://app.softgarden.example/appointments/6619204\n\nViele Grüße\nIhr Team vom Dreiflüsseklinikum Passau\n\n-- Versendet mit softgarden --
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    "Dreiflüsseklinikum Passau", "Psychologin / Psychologe (m/w/d) Psychosomatik", "recruiter_screen",
    "l.hartl@dreifluesse-klinikum.de", "softgarden-noreply-organizer-recruiter-in-body"))

# S10 Klinikum Wörthersee-Süd: second talk with management, Teams, SENT-BY assistant
EVENTS.append(interview(
    "teams-zweitgespraech",
    "040000008200E00074C5B7101A82E00800000000E6F7A8B9C2A8DC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56",
    outlook(
        "040000008200E00074C5B7101A82E00800000000E6F7A8B9C2A8DC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56",
        'CN="Ogris, Hannes Mag.";SENT-BY="mailto:assistenz.gf@kws-klinikum.at":mailto:h.ogris@kws-klinikum.at',
        [ME, att("Ogris, Hannes Mag.", "h.ogris@kws-klinikum.at"), att("Kollmann, Sigrid Prim. Dr.", "s.kollmann@kws-klinikum.at")],
        "Zweitgespräch Leitende Psychologin – GF Mag. Ogris / Prim. Kollmann / Dr. Haas",
        "20260227T113000", "20260227T123000",
        r"Sehr geehrte Frau Dr. Haas\,\n\nnach dem ersten Gespräch mit Frau Prim. Dr. Kollmann freuen wir uns\, Sie zum Zweitgespräch mit der Geschäftsführung einzuladen. Themen: Aufbau der Psychologie-Ambulanz\, Budget\, Vertragsrahmen (Leitende Psychologin\, 40h\, Sondervertrag).\n\nMit freundlichen Grüßen\ni.A. Melanie Wutte\, Assistenz der Geschäftsführung\nKlinikum Wörthersee-Süd\n\n" + teams("de", "ZTg0YjE3ZDUtNmQ3", "381 995 430 662", "Pp8wQ1"),
        "Microsoft Teams-Besprechung", tzblock=outlook_tz(UTC1_DE), tzid=UTC1_DE, stamp="20260218T085512Z"),
    "Klinikum Wörthersee-Süd", "Leitende Psychologin", "final",
    "h.ogris@kws-klinikum.at;s.kollmann@kws-klinikum.at", "second-round-with-managing-director-sent-by-assistant"))

# S11 Geriatrisches Zentrum am Bisamberg: Outlook, plain
EVENTS.append(interview(
    "outlook-gerontopsychology",
    "040000008200E00074C5B7101A82E008000000004A5B6C7DBDA3DC010000000000000000100000006E5D4C3B2A19F8E7D6C5B4A392817060",
    outlook(
        "040000008200E00074C5B7101A82E008000000004A5B6C7DBDA3DC010000000000000000100000006E5D4C3B2A19F8E7D6C5B4A392817060",
        'CN="Reiter, Michaela":mailto:michaela.reiter@gz-bisamberg.at',
        [ME, att("Reiter, Michaela", "michaela.reiter@gz-bisamberg.at"), att("Doppler, Franz Dr.", "franz.doppler@gz-bisamberg.at")],
        "Vorstellungsgespräch Klinische Psychologin Gerontopsychiatrie", "20260305T083000", "20260305T093000",
        r"Sehr geehrte Frau Dr. Haas\,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch für die Stelle Klinische Psychologin (Gerontopsychiatrie\, Demenzdiagnostik\, 35h) ein. Gesprächspartner: Dr. Franz Doppler (Ärztlicher Leiter) und ich.\n\nMit freundlichen Grüßen\nMichaela Reiter\nPersonalmanagement\, Geriatrisches Zentrum am Bisamberg\, Bisambergstraße 2\, 2102 Bisamberg",
        r"Geriatrisches Zentrum am Bisamberg\, Haus A\, Sitzungsraum", stamp="20260225T101501Z"),
    "Geriatrisches Zentrum am Bisamberg", "Klinische Psychologin (Gerontopsychiatrie)", "hiring_manager",
    "michaela.reiter@gz-bisamberg.at;franz.doppler@gz-bisamberg.at", "plain-outlook-vorstellungsgespraech"))

# S12 Ambulatorium Lainzer Tor: own Google calendar export, Hospitation + Gespräch
EVENTS.append(interview(
    "google-export-hospitation",
    "4ndh2k8q1r6t0v3x7z9b5c2f4g@google.com",
    r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:magdalena.haas@gmx.at
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
DTSTART:20260407T070000Z
DTEND:20260407T113000Z
DTSTAMP:20260410T183000Z
UID:4ndh2k8q1r6t0v3x7z9b5c2f4g@google.com
CREATED:20260329T174102Z
DESCRIPTION:Hospitation vormittags + danach Gespräch mit Dr. Leitner-Hauer (Ltg.) wg. Stelle Klin. Psych. 25h
LAST-MODIFIED:20260329T174102Z
LOCATION:Ambulatorium Lainzer Tor\, Hietzinger Hauptstraße 180\, 1130 Wien
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lainzer Tor Hospitation + Gespräch
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    "Ambulatorium Lainzer Tor", "Klin. Psych. 25h", "onsite", "Dr. Leitner-Hauer",
    "google-export-utc-hospitation-plus-talk"))

# S13 Suchthilfezentrum Leopoldsau: Zoom invite, English boilerplate, German text, UTC
EVENTS.append(interview(
    "zoom-invite-utc",
    "ZOOM-84710229935-suchthilfe@leopoldsau.example",
    fold(rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20260320T103344Z
DTSTART:20260330T120000Z
DTEND:20260330T130000Z
SUMMARY:Gespräch Bewerbung Klinische Psychologin – Suchthilfezentrum Leopoldsau
UID:ZOOM-84710229935-suchthilfe@leopoldsau.example
DESCRIPTION:Mario Strasser is inviting you to a scheduled Zoom meeting.\n\nLiebe Frau Dr. Haas\, danke für Ihre Bewerbung! Wir (Mario Strasser\, Teamleitung Ambulante Suchtberatung\, und Dr. Aylin Demir\, ärztliche Leitung) freuen uns aufs Gespräch.\n\n{zoom('847 1022 9935', '318226', 'us02web')}
LOCATION:https://us02web.zoom.us/j/84710229935?pwd=QmF4bE9yZz09
ORGANIZER;CN=Mario Strasser:mailto:m.strasser@suchthilfe-leopoldsau.at
ATTENDEE;CN=Aylin Demir;RSVP=TRUE:mailto:a.demir@suchthilfe-leopoldsau.at
ATTENDEE;CN=Magdalena Haas;RSVP=TRUE:mailto:magdalena.haas@gmx.at
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    "Suchthilfezentrum Leopoldsau", "Klinische Psychologin", "hiring_manager",
    "m.strasser@suchthilfe-leopoldsau.at;a.demir@suchthilfe-leopoldsau.at", "zoom-english-boilerplate-german-body-utc"))

# S14 Psychosomatische Klinik Staffelsee: Personio
EVENTS.append(interview(
    "personio-interview",
    "personio-interview-a81c3f5e-9d27-4b60-b1e4-2c7f0a9d8e35",
    fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//EN
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:personio-interview-a81c3f5e-9d27-4b60-b1e4-2c7f0a9d8e35
DTSTAMP:20260407T111859Z
DTSTART;TZID=Europe/Berlin:20260416T140000
DTEND;TZID=Europe/Berlin:20260416T150000
SUMMARY:Interview: Psychologin (m/w/d) mit Leitungsfunktion – Klinik Staffelsee
ORGANIZER;CN=Klinik Staffelsee Recruiting:mailto:recruiting@klinik-staffelsee.de
ATTENDEE;CN=Magdalena Haas;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:magdalena.haas@gmx.at
ATTENDEE;CN=Dr. Franziska Obermaier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:f.obermaier@klinik-staffelsee.de
LOCATION:Online (Link folgt per E-Mail)
DESCRIPTION:Hallo Magdalena\,\n\nvielen Dank für dein Interesse an der Position Psychologin (m/w/d) mit Leitungsfunktion! Dein Interview findet mit Dr. Franziska Obermaier (Chefärztin) statt.\n\nWir freuen uns auf dich!\nDein Recruiting-Team der Psychosomatischen Klinik Staffelsee\, Murnau\n\nPowered by Personio
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    "Psychosomatische Klinik Staffelsee", "Psychologin (m/w/d) mit Leitungsfunktion", "hiring_manager",
    "f.obermaier@klinik-staffelsee.de", "personio-informal-du-bavarian-clinic"))

# S15 Ennsdorf Stahl AG: Workday in German, recruiter screen, Europe/Vienna w/o VTIMEZONE
EVENTS.append(interview(
    "workday-de-screen",
    "WD-INT-2026-0304-11902-HAAS@ennsdorf-stahl.myworkday.example",
    fold(r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-2026-0304-11902-HAAS@ennsdorf-stahl.myworkday.example
DTSTAMP:20260226T075931Z
DTSTART;TZID=Europe/Vienna:20260304T163000
DTEND;TZID=Europe/Vienna:20260304T170000
SUMMARY:Interview-Einladung: Betriebspsychologin (w/m/d) Werksgesundheitsdienst (JR-20931)
ORGANIZER;CN=Ennsdorf Stahl Talent Acquisition:mailto:ta-noreply@ennsdorf-stahl.at
ATTENDEE;CN=Magdalena Haas;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:magdalena.haas@gmx.at
ATTENDEE;CN=Kerstin Brandstetter;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kerstin.brandstetter@ennsdorf-stahl.at
LOCATION:Microsoft Teams (Link in der Einladung)
DESCRIPTION:Sehr geehrte Frau Haas\,\n\nIhr Interview wurde geplant:\n\nStelle: Betriebspsychologin (w/m/d) Werksgesundheitsdienst (JR-20931)\nInterviewphase: HR-Screening\nInterviewerin: Kerstin Brandstetter\, Talent Acquisition Partner\nDauer: 30 Minuten\n\nMit freundlichen Grüßen\nEnnsdorf Stahl AG
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    "Ennsdorf Stahl", "Betriebspsychologin (w/m/d) Werksgesundheitsdienst", "recruiter_screen",
    "kerstin.brandstetter@ennsdorf-stahl.at", "workday-german-industrial-employer-tzid-without-block"))

# S16 Krisendienst Marchfeld-Nord: hand-typed Google event, vignette + talk
EVENTS.append(interview(
    "google-hand-typed-vignette",
    "0c7e2m9p4s1v8y3b6e0h5k2n7q@google.com",
    r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Magdalena privat
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260422T150000
DTEND;TZID=Europe/Vienna:20260422T163000
DTSTAMP:20260423T050000Z
UID:0c7e2m9p4s1v8y3b6e0h5k2n7q@google.com
CREATED:20260414T082210Z
DESCRIPTION:Fallvignette Suizidalität (schriftl.\, 30 min) + Gespräch mit Teamltg. Fr. Brenner\nStelle Krisendienst 25h + Rufbereitschaft
LAST-MODIFIED:20260414T082210Z
LOCATION:Krisendienst Marchfeld-Nord\, Gänserndorf
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Krisendienst Bewerbg. - Vignette + Gespräch
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    "Krisendienst Marchfeld-Nord", "", "", "Fr. Brenner", "hand-typed-abbreviated-bewerbg-written-vignette"))

# S17 Forensische Ambulanz Ost: "Aufnahmegespräch" (public-service word), Central Europe zone, no VTIMEZONE
EVENTS.append(interview(
    "outlook-aufnahmegespraech-planstelle",
    "040000008200E00074C5B7101A82E00800000000B7C8D9E0F1BADC01000000000000000010000000FACE0FF1CE0DDBA11C0FFEEBEEF00123",
    outlook(
        "040000008200E00074C5B7101A82E00800000000B7C8D9E0F1BADC01000000000000000010000000FACE0FF1CE0DDBA11C0FFEEBEEF00123",
        'CN="Mühlbacher, Gerald Dr.":mailto:gerald.muehlbacher@forensik-ost.at',
        [ME, att("Mühlbacher, Gerald Dr.", "gerald.muehlbacher@forensik-ost.at"), att("Schaffer, Ilse", "ilse.schaffer@forensik-ost.at")],
        "Aufnahmegespräch – Planstelle Klinische Psychologin (Forensische Ambulanz)", "20260409T091500", "20260409T101500",
        r"Sehr geehrte Frau Dr. Haas\,\n\nim Rahmen des Aufnahmeverfahrens für die Planstelle Klinische Psychologin (Begutachtung und Behandlung von Personen im Maßnahmenvollzug) laden wir Sie zum Aufnahmegespräch ein. Teilnehmende: Dr. Gerald Mühlbacher (Leitung)\, Ilse Schaffer (Personalstelle).\n\nBitte bringen Sie einen amtlichen Lichtbildausweis mit (Sicherheitskontrolle am Eingang).\n\nMit freundlichen Grüßen\nGerald Mühlbacher",
        r"Forensische Ambulanz Ost\, Wien-Simmering\, Eingang Pforte", tzblock="",
        tzid="Central Europe Standard Time", stamp="20260325T131200Z"),
    "Forensische Ambulanz Ost", "Klinische Psychologin", "hiring_manager",
    "gerald.muehlbacher@forensik-ost.at;ilse.schaffer@forensik-ost.at",
    "aufnahmegespraech-means-hiring-not-patient-admission-no-vtimezone"))

# S18 Tagesklinik Kaisermühlen: own Google export, name only
EVENTS.append(interview(
    "google-export-vorstellungsgespraech",
    "6p3r0t7v2x9z4b1d8f5h2j9l6n@google.com",
    r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Magdalena privat
X-WR-TIMEZONE:Europe/Vienna
X-WR-CALDESC:
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260115T160000
DTEND;TZID=Europe/Vienna:20260115T170000
DTSTAMP:20260501T061500Z
UID:6p3r0t7v2x9z4b1d8f5h2j9l6n@google.com
CREATED:20260108T190244Z
DESCRIPTION:mit OÄ Dr. Hrdlicka\, Stelle Psychologin Tagesklinik (Teilzeit 30h)\nU2 Donaumarina
LAST-MODIFIED:20260108T190311Z
LOCATION:Tagesklinik Kaisermühlen
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch TK Kaisermühlen
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT1H0M0S
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    "Tagesklinik Kaisermühlen", "Psychologin Tagesklinik (Teilzeit 30h)", "hiring_manager", "OÄ Dr. Hrdlicka",
    "google-export-abbreviated-employer-tk"))

# S19 Palliativzentrum Wienerwald-Süd: Kennenlernen + Hospitation, from the ward lead
EVENTS.append(interview(
    "outlook-kennenlernen-hospitation",
    "040000008200E00074C5B7101A82E00800000000C8D9E0F1A2BCDC01000000000000000010000000B00B5CAFE0000111222333444555666A",
    outlook(
        "040000008200E00074C5B7101A82E00800000000C8D9E0F1A2BCDC01000000000000000010000000B00B5CAFE0000111222333444555666A",
        'CN="Fasching, Gudrun DGKP":mailto:gudrun.fasching@palliativ-wws.at',
        [ME, att("Fasching, Gudrun DGKP", "gudrun.fasching@palliativ-wws.at"), att("Auer, Clemens OA Dr.", "clemens.auer@palliativ-wws.at")],
        "Kennenlernen & Hospitation Palliativstation – Bewerbung Psychologin (Dr. Haas)", "20260414T090000", "20260414T130000",
        r"Liebe Frau Dr. Haas\,\n\nwie besprochen laden wir Sie zu einem Kennenlernvormittag auf unserer Palliativstation ein: Teilnahme an der Teambesprechung\, Hospitation\, anschließend Gespräch mit OA Dr. Clemens Auer und mir zur ausgeschriebenen Stelle Klinische Psychologin (20h\, Palliativ & Angehörigenbegleitung).\n\nAlles Liebe\nGudrun Fasching\, Stationsleitung",
        r"Palliativzentrum Wienerwald-Süd\, Station 1", stamp="20260401T120000Z"),
    "Palliativzentrum Wienerwald-Süd", "Klinische Psychologin (20h, Palliativ & Angehörigenbegleitung)", "onsite",
    "gudrun.fasching@palliativ-wws.at;clemens.auer@palliativ-wws.at", "trial-morning-on-palliative-ward-nurse-lead-organizer"))

# S20 Gesundheitsresort Thermenblick: Austrian ATS (prescreen), phone interview
EVENTS.append(interview(
    "prescreen-ats-phone",
    "prescreen-event-4482917@thermenblick.prescreen.example",
    fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//prescreen//Talent Acquisition//DE
METHOD:REQUEST
{VIENNA}
BEGIN:VEVENT
UID:prescreen-event-4482917@thermenblick.prescreen.example
DTSTAMP:20260109T090544Z
DTSTART;TZID=Europe/Vienna:20260116T113000
DTEND;TZID=Europe/Vienna:20260116T120000
SUMMARY:Telefoninterview: Klinische Psychologin (Kur & Reha) | Gesundheitsresort Thermenblick
ORGANIZER;CN=Jana Kreuzer (via prescreen):mailto:notifications@prescreen.example
ATTENDEE;CN=Magdalena Haas;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:magdalena.haas@gmx.at
ATTENDEE;CN=Jana Kreuzer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jana.kreuzer@thermenblick-resort.at
LOCATION:Telefon
DESCRIPTION:Liebe Frau Dr. Haas\,\n\ndanke für Ihre Bewerbung über unsere Karriereseite! Ich rufe Sie zum vereinbarten Zeitpunkt für ein kurzes Telefoninterview an (ca. 20-30 Minuten).\n\nLiebe Grüße\nJana Kreuzer\nHR | Gesundheitsresort Thermenblick Bad Erlach\n\n---\nDiese Einladung wurde mit prescreen versendet.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    "Gesundheitsresort Thermenblick", "Klinische Psychologin (Kur & Reha)", "recruiter_screen",
    "jana.kreuzer@thermenblick-resort.at", "austrian-ats-relay-organizer-hr-attendee"))

# S21 Klinik Chiemsee-Ost: Teams, UTC times, Exchange online
EVENTS.append(interview(
    "teams-utc-online-interview",
    "040000008200E00074C5B7101A82E00800000000D9E0F1A2B3BDDC01000000000000000010000000DEADBEA7F00D1234FEED5678FACE9012",
    fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Reichl Veronika:mailto:v.reichl@klinik-chiemsee-ost.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=magdalena.haas@gmx.at:mailto:magdalena.haas@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Huber Johanna Dr. med.:mailto:j.huber@klinik-chiemsee-ost.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Dr. Haas\,\n\nhiermit lade ich Sie im Namen von Frau Chefärztin Dr. med. Johanna Huber zum Online-Vorstellungsgespräch für die Stelle Psychologin (m/w/d) Psychosomatische Reha ein.\n\nMit freundlichen Grüßen\nVeronika Reichl\, Chefarztsekretariat\n\n{teams('de', 'OWEzNzA1NTEtZTRh', '351 786 224 903', 'Mq6jZ2')}\n
UID:040000008200E00074C5B7101A82E00800000000D9E0F1A2B3BDDC01000000000000000010000000DEADBEA7F00D1234FEED5678FACE9012
SUMMARY;LANGUAGE=de-DE:Online-Vorstellungsgespräch Fr. Dr. Haas
DTSTART:20260507T073000Z
DTEND:20260507T083000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260428T104422Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    "Klinik Chiemsee-Ost", "Psychologin (m/w/d) Psychosomatische Reha", "hiring_manager",
    "j.huber@klinik-chiemsee-ost.de", "secretary-organizer-utc-summary-without-employer"))

# S22 Psychiatrie Mühlviertel Nord: interview with a test-interpretation task
EVENTS.append(interview(
    "outlook-testdiagnostik-task",
    "040000008200E00074C5B7101A82E00800000000E0F1A2B3C4BEDC0100000000000000001000000077AA88BB99CC00DD11EE22FF33004411",
    outlook(
        "040000008200E00074C5B7101A82E00800000000E0F1A2B3C4BEDC0100000000000000001000000077AA88BB99CC00DD11EE22FF33004411",
        'CN="Hackl, Wolfgang Mag.":mailto:w.hackl@pmn-klinik.at',
        [ME, att("Hackl, Wolfgang Mag.", "w.hackl@pmn-klinik.at"), att("Ganglberger, Maria Dr.", "m.ganglberger@pmn-klinik.at")],
        "Bewerbungsgespräch inkl. Testdiagnostik-Aufgabe – Dr. Haas", "20260513T130000", "20260513T150000",
        r"Sehr geehrte Frau Dr. Haas\,\n\nder zweistündige Termin besteht aus einer praktischen Aufgabe (Interpretation eines anonymisierten Testprofils aus MMPI-2 und d2-R\, schriftlicher Kurzbefund\, 60 Min.) und einem anschließenden Gespräch mit Mag. Wolfgang Hackl (Leitender Klinischer Psychologe) und Dr. Maria Ganglberger (Primaria).\n\nMit freundlichen Grüßen\nWolfgang Hackl\nPsychiatrie Mühlviertel Nord",
        r"PMN\, Haus 4\, Psychologischer Dienst", stamp="20260430T073301Z"),
    "Psychiatrie Mühlviertel Nord", "", "technical",
    "w.hackl@pmn-klinik.at;m.ganglberger@pmn-klinik.at", "test-interpretation-task-written-befund"))

# S23 KJP Pinkatal: Exchange 2019 with Europe/Vienna TZID
EVENTS.append(interview(
    "outlook-iana-zone-kjp",
    "040000008200E00074C5B7101A82E00800000000F1A2B3C4D5BFDC0100000000000000001000000055AA66BB77CC88DD99EE00FF11AA22BB",
    outlook(
        "040000008200E00074C5B7101A82E00800000000F1A2B3C4D5BFDC0100000000000000001000000055AA66BB77CC88DD99EE00FF11AA22BB",
        'CN="Prim. Dr. Wenzel Kienzl":mailto:wenzel.kienzl@kjp-pinkatal.at',
        [ME, att("Prim. Dr. Wenzel Kienzl", "wenzel.kienzl@kjp-pinkatal.at")],
        "Vorstellung Klinische Psychologin KJP – Dr. Haas", "20260120T143000", "20260120T153000",
        r"Sehr geehrte Frau Dr. Haas\,\n\ngerne lade ich Sie zu einem Vorstellungsgespräch an unserer Abteilung für Kinder- und Jugendpsychiatrie ein (Klinische Psychologin\, 40h\, Schwerpunkt Essstörungen und psychosomatische Beschwerden im Jugendalter).\n\nMit freundlichen Grüßen\nPrim. Dr. Wenzel Kienzl",
        r"KJP Pinkatal\, Oberwart\, Ambulanz 1. Stock", tzblock=VIENNA, tzid="Europe/Vienna",
        prodid="Microsoft Exchange Server 2019", stamp="20260112T155510Z"),
    "KJP Pinkatal", "Klinische Psychologin", "hiring_manager",
    "wenzel.kienzl@kjp-pinkatal.at", "summary-vorstellung-without-gespraech"))

# S26 Frauengesundheitszentrum Margareten: team talk via Google Meet
EVENTS.append(interview(
    "google-meet-team-talk",
    "9s4u1w8y3a0c5e2g7i4k9m6o1q@google.com",
    fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260521T100000
DTEND;TZID=Europe/Vienna:20260521T110000
DTSTAMP:20260512T090011Z
ORGANIZER;CN=FGZ Margareten Team:mailto:team@fgz-margareten.at
UID:9s4u1w8y3a0c5e2g7i4k9m6o1q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Selin Yıldız;X-NUM-GUESTS=0:mailto:selin.yildiz@fgz-margareten.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Barbara Nemec;X-NUM-GUESTS=0:mailto:barbara.nemec@fgz-margareten.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=magdalena.haas@gmx.at;X-NUM-GUESTS=0:mailto:magdalena.haas@gmx.at
X-GOOGLE-CONFERENCE:https://meet.google.com/cfr-nbxw-ohs
CREATED:20260512T090004Z
DESCRIPTION:Liebe Magdalena\,\n\nwir arbeiten im Kollektiv und entscheiden Neuaufnahmen gemeinsam – daher ein Gespräch mit zwei Kolleginnen aus dem Team (Selin Yıldız\, Barbara Nemec) zur Stelle Klinische Psychologin (Frauengesundheit\, 20h).\n\nLiebe Grüße\, das FGZ-Team\n\nJoin with Google Meet: https://meet.google.com/cfr-nbxw-ohs\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20260512T090011Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gespräch mit dem Team – Magdalena Haas
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    "Frauengesundheitszentrum Margareten", "Klinische Psychologin (Frauengesundheit, 20h)", "",
    "selin.yildiz@fgz-margareten.at;barbara.nemec@fgz-margareten.at", "collective-team-talk-shared-mailbox-organizer"))

# S27 Reha Almtal: Doodle booking page
EVENTS.append(interview(
    "doodle-booking",
    "doodle-booking-2f71c9a3e5b8@doodle.example",
    fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doodle AG//Doodle Booking//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:doodle-booking-2f71c9a3e5b8@doodle.example
DTSTAMP:20260114T160204Z
DTSTART:20260126T130000Z
DTEND:20260126T133000Z
SUMMARY:Bewerbungsgespräch Psychologin – Reha Almtal (Hannelore Stadlmayr)
ORGANIZER;CN=Hannelore Stadlmayr:mailto:h.stadlmayr@reha-almtal.at
ATTENDEE;CN=Magdalena Haas;PARTSTAT=ACCEPTED:mailto:magdalena.haas@gmx.at
LOCATION:Telefon / +43 7616 8810 0
DESCRIPTION:Booked via Doodle.\nBooking page: Bewerbungsgespräche Psychologie (Hannelore Stadlmayr\, Leitende Psychologin Reha Almtal\, Grünau im Almtal)\nDuration: 30 min\nNote from Magdalena Haas: Bewerbung Klinische Psychologin 35h\, erreichbar unter +43 680 3319 027\n\nManage booking: https://doodle.example/bp/manage/2f71c9a3e5b8
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    "Reha Almtal", "Klinische Psychologin 35h", "hiring_manager",
    "h.stadlmayr@reha-almtal.at", "doodle-booking-english-boilerplate"))

# S28 Psychosomatisches Rehazentrum Gailtal: final talk, Teams, Exchange with alarm
EVENTS.append(interview(
    "teams-final-contract-terms",
    "040000008200E00074C5B7101A82E00800000000A2B3C4D5E6C0DC0100000000000000001000000099BB11CC22DD33EE44FF550066117722",
    outlook(
        "040000008200E00074C5B7101A82E00800000000A2B3C4D5E6C0DC0100000000000000001000000099BB11CC22DD33EE44FF550066117722",
        'CN="Wastl, Herbert":mailto:herbert.wastl@reha-gailtal.at',
        [ME, att("Wastl, Herbert", "herbert.wastl@reha-gailtal.at"), att("Kofler, Sabine Dr.", "sabine.kofler@reha-gailtal.at")],
        "Abschlussgespräch Psychologische Leitung – Dr. Haas (3. Runde)", "20260520T150000", "20260520T160000",
        r"Sehr geehrte Frau Dr. Haas\,\n\nwir freuen uns\, Sie nach den Gesprächen im April zur letzten Runde einzuladen: Gespräch mit Geschäftsführer Herbert Wastl und Dr. Sabine Kofler (Ärztliche Leitung) zu Ihren Vorstellungen\, Eintrittsdatum und Rahmenbedingungen (Psychologische Leitung\, 40h\, Dienstwohnung in Hermagor möglich).\n\n" + teams("de", "MTdjOTk4YTEtMGNm", "334 412 590 871", "Kx2dH5"),
        "Microsoft Teams-Besprechung", stamp="20260511T082045Z",
        extra="BEGIN:VALARM\nDESCRIPTION:REMINDER\nTRIGGER;RELATED=START:-PT15M\nACTION:DISPLAY\nEND:VALARM\n"),
    "Psychosomatisches Rehazentrum Gailtal", "Psychologische Leitung", "final",
    "herbert.wastl@reha-gailtal.at;sabine.kofler@reha-gailtal.at", "third-round-final-earlier-rounds-not-in-calendar"))

# S29 Privatsanatorium Türkenschanze: owner writes from an Outlook.com free-mail address
EVENTS.append(interview(
    "outlookcom-owner-freemail",
    "040000008200E00074C5B7101A82E0080000000011223344C1C2DC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
    fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Viktor Hanisch:mailto:viktor.hanisch@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=magdalena.haas@gmx.at:mailto:magdalena.haas@gmx.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Dr. Haas\,\n\nals Eigentümer des Sanatoriums würde ich Sie gerne persönlich kennenlernen – es geht um die Leitung unseres psychologischen Dienstes (derzeit 4 Psycholog:innen). Treffen wir uns im Café Hummel? Meine Assistentin ist im Urlaub\, daher die Einladung von meiner privaten Adresse.\n\nHochachtungsvoll\nDr. Viktor Hanisch\nPrivatsanatorium Türkenschanze
UID:040000008200E00074C5B7101A82E0080000000011223344C1C2DC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=de-AT:Treffen Dr. Hanisch / Dr. Haas
DTSTART;TZID=W. Europe Standard Time:20260602T083000
DTEND;TZID=W. Europe Standard Time:20260602T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260525T201412Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Café Hummel\, Josefstädter Straße 66\, 1080 Wien
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    "Privatsanatorium Türkenschanze", "Leitung psychologischer Dienst", "hiring_manager",
    "viktor.hanisch@outlook.com", "owner-free-mail-cafe-meeting-bland-summary"))
