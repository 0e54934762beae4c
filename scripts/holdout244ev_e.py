# ruff: noqa: E501
"""holdout244 events, part E: other negatives (clinical work, personal, press, prep, family, ...)."""
from holdout244ev_c import att, outlook
from holdout244ev_zones import GOOGLE_FOOTER, UTC1_DE, VIENNA, WEST, fold, outlook_tz, teams, zoom


def other(kind, uid, ics, trap, eol=None):
    d = dict(kind=kind, uid=uid, ics=ics, is_interview=0, company="", role="", stage="", interviewers="",
             trap=trap, hiring=False)
    if eol:
        d["eol"] = eol
    return d


MEW = "magdalena.haas@klinik-donaupark.at"
ME_ATT = f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Haas, Magdalena, Dr.":mailto:{MEW}'
ME_ORG = f'CN="Haas, Magdalena, Dr.":mailto:{MEW}'


def ios(uid, summary, start, end, extra="", created="20260110T080000Z", allday=False):
    if allday:
        times = f"DTSTART;VALUE=DATE:{start}\nDTEND;VALUE=DATE:{end}"
    else:
        times = f"DTSTART;TZID=Europe/Vienna:{start}\nDTEND;TZID=Europe/Vienna:{end}"
    return fold(f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 19.3//EN
CALSCALE:GREGORIAN
{VIENNA}
BEGIN:VEVENT
CREATED:{created}
DTSTAMP:{created}
LAST-MODIFIED:{created}
UID:{uid}
SUMMARY:{summary}
{times}
{extra}TRANSP:OPAQUE
SEQUENCE:0
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""")


EVENTS = []

# 1 patient intake talk ("Erstgespräch") in the ward calendar
EVENTS.append(other(
    "outlook-patient-erstgespraech",
    "040000008200E00074C5B7101A82E00800000000B0B1B2B3C0C1DC01000000000000000010000000E1E2E3E4E5E6E7E8E9EAEBECEDEEEF01",
    outlook(
        "040000008200E00074C5B7101A82E00800000000B0B1B2B3C0C1DC01000000000000000010000000E1E2E3E4E5E6E7E8E9EAEBECEDEEEF01",
        'CN="Stationssekretariat Station 5":mailto:station5@klinik-donaupark.at', [ME_ATT],
        "Erstgespräch Pat. K.M. (Zi. 14) – Neuaufnahme Psychosomatik", "20260113T100000", "20260113T110000",
        r"Neuaufnahme gestern\, Zuweisung Hausarzt: V.a. somatoforme Schmerzstörung\, Erschöpfung. Bitte klinisch-psychologisches Erstgespräch + Indikation Gruppe.",
        r"Station 5\, Therapieraum 2", stamp="20260112T151500Z"),
    "patient-intake-erstgespraech-interview-vocabulary"))

# 2 structured diagnostic interview (SKID)
EVENTS.append(other(
    "thunderbird-skid-interview",
    "7a2c4e6f-8b1d-4a3c-9e5f-0b2d4f6a8c1e",
    r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260120T121212Z
LAST-MODIFIED:20260120T121240Z
DTSTAMP:20260120T121240Z
UID:7a2c4e6f-8b1d-4a3c-9e5f-0b2d4f6a8c1e
SUMMARY:SKID-5-PD Interview Pat. R.T. (Teil 2)
DTSTART:20260122T133000
DTEND:20260122T150000
LOCATION:Testraum Psychologie
DESCRIPTION:strukturiertes klinisches Interview\, Borderline-Sektion + Auswertung\, Befund bis Mo an OA
END:VEVENT
END:VCALENDAR
""",
    "structured-clinical-interview-skid-floating"))

# 3 collateral history with relatives
EVENTS.append(other(
    "outlook-fremdanamnese",
    "040000008200E00074C5B7101A82E00800000000B1B2B3B4C1C2DC01000000000000000010000000E2E3E4E5E6E7E8E9EAEBECEDEEEF0102",
    outlook(
        "040000008200E00074C5B7101A82E00800000000B1B2B3B4C1C2DC01000000000000000010000000E2E3E4E5E6E7E8E9EAEBECEDEEEF0102",
        ME_ORG, [att("Station 5", "station5@klinik-donaupark.at", role="OPT-PARTICIPANT")],
        "Anamnesegespräch / Fremdanamnese Angehörige Fr. S. (Tochter)", "20260204T160000", "20260204T165000",
        r"Tochter der Pat. S. kommt nach der Arbeit. Einverständnis zur Fremdanamnese liegt vor.",
        r"Station 5\, Therapieraum 1", stamp="20260130T100000Z"),
    "anamnesis-talk-with-relative"))

# 4 weekly supervision of trainees, recurring with one moved instance
EVENTS.append(other(
    "outlook-recurring-supervision-override",
    "040000008200E00074C5B7101A82E00800000000B2B3B4B5C2C3DC01000000000000000010000000E3E4E5E6E7E8E9EAEBECEDEEEF010203",
    fold(rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{WEST}
BEGIN:VEVENT
ORGANIZER;{ME_ORG}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Stranzl, Teresa Mag.":mailto:teresa.stranzl@klinik-donaupark.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Gruber, Lena Mag.":mailto:lena.gruber@klinik-donaupark.at
DESCRIPTION;LANGUAGE=de-AT:Fallsupervision Psycholog:innen in Ausbildung: Fallbesprechung\, Befundbesprechung\, Gesprächsführung (Videoanalyse Erstgespräche).
RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20260625T130000Z
UID:040000008200E00074C5B7101A82E00800000000B2B3B4B5C2C3DC01000000000000000010000000E3E4E5E6E7E8E9EAEBECEDEEEF010203
SUMMARY;LANGUAGE=de-AT:Supervision PiA
DTSTART;TZID=W. Europe Standard Time:20260115T140000
DTEND;TZID=W. Europe Standard Time:20260115T153000
CLASS:PUBLIC
DTSTAMP:20260108T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Büro Dr. Haas
END:VEVENT
BEGIN:VEVENT
ORGANIZER;{ME_ORG}
RECURRENCE-ID;TZID=W. Europe Standard Time:20260312T140000
UID:040000008200E00074C5B7101A82E00800000000B2B3B4B5C2C3DC01000000000000000010000000E3E4E5E6E7E8E9EAEBECEDEEEF010203
SUMMARY;LANGUAGE=de-AT:Supervision PiA (verschoben wg. Hearing-Vorbereitung)
DTSTART;TZID=W. Europe Standard Time:20260313T080000
DTEND;TZID=W. Europe Standard Time:20260313T093000
DTSTAMP:20260305T090000Z
SEQUENCE:1
LOCATION;LANGUAGE=de-AT:Büro Dr. Haas
END:VEVENT
END:VCALENDAR
"""),
    "recurring-trainee-supervision-override-mentions-hearing"))

# 5 annual appraisal with her own head of department
EVENTS.append(other(
    "outlook-mitarbeitergespraech",
    "040000008200E00074C5B7101A82E00800000000B3B4B5B6C3C4DC01000000000000000010000000E4E5E6E7E8E9EAEBECEDEEEF01020304",
    outlook(
        "040000008200E00074C5B7101A82E00800000000B3B4B5B6C3C4DC01000000000000000010000000E4E5E6E7E8E9EAEBECEDEEEF01020304",
        'CN="Lindner, Harald Prim. Dr.":mailto:harald.lindner@klinik-donaupark.at', [ME_ATT],
        "Mitarbeiter:innengespräch 2026 – Dr. Haas", "20260128T140000", "20260128T150000",
        r"Jährliches Mitarbeiter:innengespräch (Zielvereinbarung\, Fortbildung\, Entwicklungsperspektiven). Bitte den Vorbereitungsbogen aus dem Intranet mitbringen.",
        "Arztzimmer Prim. Lindner", stamp="20260114T081500Z"),
    "annual-appraisal-with-own-boss-gespraech"))

# 6 case conference where the user presents a patient
EVENTS.append(other(
    "outlook-fallvorstellung-team",
    "040000008200E00074C5B7101A82E00800000000B4B5B6B7C4C5DC01000000000000000010000000E5E6E7E8E9EAEBECEDEEEF0102030405",
    outlook(
        "040000008200E00074C5B7101A82E00800000000B4B5B6B7C4C5DC01000000000000000010000000E5E6E7E8E9EAEBECEDEEEF0102030405",
        'CN="Psychosomatik Teamsitzung":mailto:psy-psychosomatik@klinik-donaupark.at', [ME_ATT],
        "Fallvorstellung Teamsitzung – Pat. M.K. (präsentiert: Dr. Haas)", "20260211T123000", "20260211T133000",
        r"Interdisziplinäre Fallvorstellung: Verlauf\, Testbefund\, Entlassungsplanung.",
        "Seminarraum Psychosomatik", stamp="20260204T100000Z"),
    "case-presentation-word-used-in-interviews-too"))

# 7 mock hearing with a friend
EVENTS.append(other(
    "ios-mock-hearing",
    "3E5A7C9B-1D2F-4A6B-8C0E-2F4A6C8E0B1D",
    ios("3E5A7C9B-1D2F-4A6B-8C0E-2F4A6C8E0B1D", r"Probe-Hearing mit Verena (Mock\, Salzachklinik-Fragen)",
        "20260412T190000", "20260412T203000",
        "DESCRIPTION:Verena spielt Prim. + BR\\, ich Präsi 15 min\\, danach Feedback. Bei ihr\\, Wein mitbringen\n",
        created="20260408T210011Z"),
    "mock-hearing-with-friend-names-real-employer"))

# 8 webinar about hearings (professional association)
EVENTS.append(other(
    "zoom-webinar-hearing-training",
    "ZOOM-WEB-89012345678-vkpoe@vkpoe.example",
    fold(rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20260105T100000Z
DTSTART:20260121T173000Z
DTEND:20260121T190000Z
SUMMARY:Webinar: Souverän im Hearing – Bewerbungstraining für Klinische Psycholog:innen
UID:ZOOM-WEB-89012345678-vkpoe@vkpoe.example
DESCRIPTION:Sie sind für das Webinar des VKPÖ (Verband Klinischer Psycholog:innen Österreichs) angemeldet.\n\nInhalte: typische Fragen in Hearings und Vorstellungsgesprächen\, Gehaltsverhandlung nach KV\, Präsentation vor Kommissionen.\nReferentin: Mag. Doris Feldhofer\, Karriereberaterin\n\n{zoom('890 1234 5678', 'VKPOE26', 'us06web', 'de')}
LOCATION:https://us06web.zoom.us/j/89012345678
ORGANIZER;CN=VKPÖ Fortbildung:mailto:fortbildung@vkpoe.example
END:VEVENT
END:VCALENDAR
"""),
    "webinar-about-hearings-and-interviews"))

# 9 radio interview (press)
EVENTS.append(other(
    "google-invite-radio-interview",
    "8k3m6p9s2v5y8b1e4h7k0n3q6t@google.com",
    fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260209T073000
DTEND;TZID=Europe/Vienna:20260209T080000
DTSTAMP:20260202T140211Z
ORGANIZER;CN=Radio Donauwelle Redaktion:mailto:redaktion@radio-donauwelle.example
UID:8k3m6p9s2v5y8b1e4h7k0n3q6t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={MEW};X-NUM-GUESTS=0:mailto:{MEW}
CREATED:20260202T140205Z
DESCRIPTION:Liebe Frau Dr. Haas\, vielen Dank für die Zusage! Live-Interview in der Morgensendung zum Thema "Winterblues oder Burnout?" – ca. 6 Minuten\, wir rufen Sie um 7:40 an. Freigabe durch Ihre Pressestelle liegt vor.\nMoritz Ebner\, Redaktion\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20260202T140211Z
LOCATION:Telefon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Live-Interview Radio Donauwelle: Winterblues oder Burnout? (Dr. Haas)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    "press-interview-radio-user-is-expert"))

# 10 research interview where the user is the expert interviewee
EVENTS.append(other(
    "outlook-research-expert-interview",
    "040000008200E00074C5B7101A82E00800000000B5B6B7B8C5C6DC01000000000000000010000000E6E7E8E9EAEBECEDEEEF010203040506",
    outlook(
        "040000008200E00074C5B7101A82E00800000000B5B6B7B8C5C6DC01000000000000000010000000E6E7E8E9EAEBECEDEEEF010203040506",
        'CN="Johanna Bauer":mailto:johanna.bauer@students.example.ac.at', [ME_ATT],
        "Experteninterview Masterarbeit 'Psychologische Versorgung in der stationären Psychosomatik'",
        "20260226T170000", "20260226T180000",
        r"Sehr geehrte Frau Dr. Haas\,\n\nvielen Dank\, dass Sie sich für ein leitfadengestütztes Experteninterview (ca. 45 Min.\, Audioaufnahme\, anonymisiert) für meine Masterarbeit am Institut für Klinische Psychologie zur Verfügung stellen.\n\nMit freundlichen Grüßen\nJohanna Bauer\, BSc\n\n" + teams("de", "YjEyYzM0ZDUtNmU3", "375 190 226 418", "Rt4mL8"),
        "Microsoft Teams-Besprechung", stamp="20260218T201000Z"),
    "research-expert-interview-user-interviewed"))

# 11 informal coffee with a psychologist at a clinic she applies to
EVENTS.append(other(
    "ios-informational-coffee",
    "6C8E0A2B-4D6F-4B8A-9C1E-3A5C7E9B1D3F",
    ios("6C8E0A2B-4D6F-4B8A-9C1E-3A5C7E9B1D3F", "Kaffee m. Anja Wallner (Salzachklinik) – informell",
        "20260131T103000", "20260131T113000",
        "LOCATION:Café Bazar\\, Salzburg\nDESCRIPTION:Studienkollegin\\, arbeitet dort seit 2019 – Stimmung im Team\\, Primar? KEIN Bewerbungsgespräch\\, nur Infos vorher\n",
        created="20260125T090100Z"),
    "informational-coffee-with-insider-before-applying"))

# 12 job fair visit
EVENTS.append(other(
    "google-export-job-fair",
    "1b4d7f0h3j6l9n2p5r8t1v4x7z@google.com",
    r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Magdalena privat
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260307
DTEND;VALUE=DATE:20260308
DTSTAMP:20260301T080000Z
UID:1b4d7f0h3j6l9n2p5r8t1v4x7z@google.com
CREATED:20260220T190000Z
DESCRIPTION:Jobmesse Gesundheitsberufe & Psychologie\, Messe Wien Halle D. Stände: Reha-Zentren\, Krankenhausträger\, EAP-Anbieter. CV-Check 11:00. Nur schauen!
LAST-MODIFIED:20260220T190000Z
LOCATION:Messe Wien\, Halle D
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jobmesse Gesundheit & Psychologie
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    "job-fair-all-day-lists-employer-types"))

# 13 reference call where the user is the referee
EVENTS.append(other(
    "outlook-reference-call-referee",
    "040000008200E00074C5B7101A82E00800000000B6B7B8B9C6C7DC01000000000000000010000000E7E8E9EAEBECEDEEEF01020304050607",
    outlook(
        "040000008200E00074C5B7101A82E00800000000B6B7B8B9C6C7DC01000000000000000010000000E7E8E9EAEBECEDEEEF01020304050607",
        'CN="Kälin Nadja":mailto:nadja.kaelin@klinik-seeholz.ch', [ME_ATT],
        "Referenzauskunft Tobias Leitner – Klinik Seeholz / Dr. Haas", "20260318T120000", "20260318T122000",
        r"Grüezi Frau Dr. Haas\,\n\nHerr Mag. Tobias Leitner hat Sie als Referenz angegeben (er war Psychologe in Ausbildung unter Ihrer Supervision). Dürfen wir Sie kurz telefonisch dazu befragen? Ich rufe Sie auf Ihrer Stationsnummer an.\n\nFreundliche Grüsse\nNadja Kälin\, HR Klinik Seeholz",
        "Telefon", tzblock=outlook_tz(UTC1_DE), tzid=UTC1_DE, lang="de-CH", stamp="20260313T101000Z"),
    "reference-call-user-is-referee-same-employer-she-applies-to"))

# 14 prep block for her own hearing
EVENTS.append(other(
    "google-export-prep-block",
    "5e8g1i4k7m0o3q6s9u2w5y8a1c@google.com",
    r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Magdalena privat
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260414T180000
DTEND;TZID=Europe/Vienna:20260414T210000
DTSTAMP:20260415T050000Z
UID:5e8g1i4k7m0o3q6s9u2w5y8a1c@google.com
CREATED:20260410T200000Z
DESCRIPTION:Präsi fertig machen + laut üben (15 min!)\, Fragen: Konflikt im Team\, Budget\, Qualitätssicherung\, warum weg aus Wien?
LAST-MODIFIED:20260410T200000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorbereitung Hearing Salzachklinik
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    "prep-block-for-own-hearing-names-employer"))

# 15 thank-you reminder
EVENTS.append(other(
    "ios-thank-you-reminder",
    "8A0C2E4B-6D8F-4C1A-B3E5-7D9F1B3D5F70",
    ios("8A0C2E4B-6D8F-4C1A-B3E5-7D9F1B3D5F70", "Danke-Mail an Dr. Brandl + Hr. Kirchleitner (Loisachtal)",
        "20260325T080000", "20260325T081500",
        "BEGIN:VALARM\nTRIGGER:PT0S\nACTION:DISPLAY\nDESCRIPTION:Reminder\nEND:VALARM\n", created="20260324T191500Z"),
    "thank-you-reminder-after-hospitation"))

# 16 headhunter who names no employer yet
EVENTS.append(other(
    "outlook-headhunter-confidential-client",
    "040000008200E00074C5B7101A82E00800000000B7B8B9BAC7C8DC01000000000000000010000000E8E9EAEBECEDEEEF0102030405060708",
    outlook(
        "040000008200E00074C5B7101A82E00800000000B7B8B9BAC7C8DC01000000000000000010000000E8E9EAEBECEDEEEF0102030405060708",
        'CN="Lichtenegger, Marion":mailto:m.lichtenegger@alpine-executive.example',
        ['ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=magdalena.haas@gmx.at:mailto:magdalena.haas@gmx.at'],
        "Telefonat Fr. Lichtenegger / Dr. Haas – vertrauliche Leitungsposition", "20260305T183000", "20260305T190000",
        r"Sehr geehrte Frau Dr. Haas\,\n\nwie angekündigt möchte ich Ihnen eine vertrauliche Leitungsposition (Leitung Psychologie\, Klinik im Salzkammergut) vorstellen. Den Namen unseres Mandanten darf ich erst nach Ihrem grundsätzlichen Interesse und einer Vertraulichkeitserklärung nennen.\n\nBeste Grüße\nMarion Lichtenegger\nAlpine Executive Search",
        "Telefon", stamp="20260302T121500Z"),
    "headhunter-call-client-not-named-yet"))

# 17 partner's job interview
EVENTS.append(other(
    "ios-partner-interview",
    "2D4F6A8C-0E1B-4D3F-A5C7-9E1B3D5F7A9C",
    ios("2D4F6A8C-0E1B-4D3F-A5C7-9E1B3D5F7A9C", "Florian VG Alpentech Linz (er nimmt Auto!)",
        "20260219T090000", "20260219T120000",
        "DESCRIPTION:Leonie abholen 13:00 übernehme ich\n", created="20260212T200000Z"),
    "partner-job-interview-abbreviated-vg"))

# 18 daughter's school admission talk ("Aufnahmegespräch")
EVENTS.append(other(
    "google-export-school-aufnahmegespraech",
    "7g0i3k6m9o2q5s8u1w4y7a0c3e@google.com",
    r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Familie Haas
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260203T150000
DTEND;TZID=Europe/Vienna:20260203T153000
DTSTAMP:20260202T060000Z
UID:7g0i3k6m9o2q5s8u1w4y7a0c3e@google.com
CREATED:20260115T193000Z
DESCRIPTION:Leonie + ich\, Zeugnis 1. Semester + Schulnachricht mitnehmen
LAST-MODIFIED:20260115T193000Z
LOCATION:BG/BRG Donaustadt\, Direktion
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aufnahmegespräch Gymnasium Leonie
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    "child-school-admission-aufnahmegespraech"))

# 19 French oral exam ("entretien")
EVENTS.append(other(
    "french-exam-entretien",
    "delf-b2-oral-2026-05-09-0412@institut-langues.example",
    fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Institut de langues Vienne//Inscriptions//FR
METHOD:PUBLISH
{VIENNA}
BEGIN:VEVENT
UID:delf-b2-oral-2026-05-09-0412@institut-langues.example
DTSTAMP:20260415T090000Z
DTSTART;TZID=Europe/Vienna:20260509T101500
DTEND;TZID=Europe/Vienna:20260509T105000
SUMMARY:DELF B2 – épreuve orale (entretien avec le jury)
LOCATION:Institut de langues\, salle 3\, Wien
DESCRIPTION:Madame Haas\,\nvotre épreuve de production orale (présentation et défense d'un point de vue\, 20 min + 30 min de préparation) aura lieu à l'heure indiquée. Merci de vous présenter 30 minutes avant avec une pièce d'identité.\nLe secrétariat des examens
END:VEVENT
END:VCALENDAR
"""),
    "french-language-exam-entretien-jury"))

# 20 Spanish podcast interview
EVENTS.append(other(
    "zoom-spanish-podcast",
    "ZOOM-83377120045-mente-en-calma@podcast.example",
    fold(rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20260420T150000Z
DTSTART:20260428T160000Z
DTEND:20260428T170000Z
SUMMARY:Entrevista podcast "Mente en Calma" – psicosomática y burnout (Dra. Haas)
UID:ZOOM-83377120045-mente-en-calma@podcast.example
DESCRIPTION:Hola Magdalena\, ¡gracias por aceptar! Grabaremos la entrevista en inglés con subtítulos en español. Duración aprox. 45 min.\nLucía Herrera\, productora\n\n{zoom('833 7712 0045', '661902', 'us05web')}
LOCATION:https://us05web.zoom.us/j/83377120045
ORGANIZER;CN=Lucía Herrera:mailto:lucia@menteencalma-podcast.example
ATTENDEE;CN=Magdalena Haas;RSVP=TRUE:mailto:magdalena.haas@gmx.at
END:VEVENT
END:VCALENDAR
"""),
    "spanish-podcast-entrevista-user-is-guest"))

# 21 Motivational Interviewing workshop (two days, recurring)
EVENTS.append(other(
    "outlook-motivational-interviewing-course",
    "040000008200E00074C5B7101A82E00800000000B8B9BABBC8C9DC01000000000000000010000000E9EAEBECEDEEEF010203040506070809",
    fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{WEST}
BEGIN:VEVENT
ORGANIZER;CN="Fortbildung KDP":mailto:fortbildung@klinik-donaupark.at
{ME_ATT}
DESCRIPTION;LANGUAGE=de-AT:Innerbetriebliche Fortbildung: Motivational Interviewing (MI) – Grundlagen und Praxis\, Trainerin: Dr. Kathrin Vogl (MINT-Trainerin). 2 Tage\, 16 Fortbildungseinheiten.
RRULE:FREQ=DAILY;COUNT=2
UID:040000008200E00074C5B7101A82E00800000000B8B9BABBC8C9DC01000000000000000010000000E9EAEBECEDEEEF010203040506070809
SUMMARY;LANGUAGE=de-AT:Fortbildung Motivational Interviewing (2 Tage)
DTSTART;TZID=W. Europe Standard Time:20260615T090000
DTEND;TZID=W. Europe Standard Time:20260615T163000
CLASS:PUBLIC
DTSTAMP:20260410T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Bildungszentrum KDP\, Seminarraum 2
END:VEVENT
END:VCALENDAR
"""),
    "motivational-interviewing-training-recurring"))

# 22 exit interview with a leaving colleague (user as team lead)
EVENTS.append(other(
    "outlook-exit-interview",
    "040000008200E00074C5B7101A82E00800000000B9BABBBCC9CADC01000000000000000010000000EAEBECEDEEEF01020304050607080910",
    outlook(
        "040000008200E00074C5B7101A82E00800000000B9BABBBCC9CADC01000000000000000010000000EAEBECEDEEEF01020304050607080910",
        ME_ORG, [att("Egger, Sandra Mag.", "sandra.egger@klinik-donaupark.at")],
        "Austrittsgespräch / Exit-Interview Mag. Egger", "20260430T140000", "20260430T143000",
        r"Leitfaden Exit-Interview der Personalentwicklung\, Übergabe der Patient:innen\, Abschlussfeier planen.",
        "Büro Dr. Haas", stamp="20260422T090000Z"),
    "exit-interview-with-leaving-colleague"))

# 23 career coaching session
EVENTS.append(other(
    "calendly-career-coaching",
    "calendly-5d3b1f9e-7a2c-4e84-b6d0-1f3a5c7e9b02",
    fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-5d3b1f9e-7a2c-4e84-b6d0-1f3a5c7e9b02
DTSTAMP:20260202T090000Z
DTSTART:20260206T160000Z
DTEND:20260206T170000Z
SUMMARY:Karrierecoaching Sitzung 3 (Bewerbungsstrategie & Interviewtraining) zwischen Doris Feldhofer und Magdalena Haas
ORGANIZER;CN=Doris Feldhofer:mailto:doris@feldhofer-coaching.example
ATTENDEE;CN=Magdalena Haas;PARTSTAT=ACCEPTED:mailto:magdalena.haas@gmx.at
LOCATION:Praxis Feldhofer\, Kaiserstraße 41\, 1070 Wien
DESCRIPTION:Event Name: Karrierecoaching Sitzung (60 Min)\n\nThemen heute: Gesprächssimulation Hearing\, Antworten auf "Warum wollen Sie wechseln?"\, Gehaltsverhandlung.\n\nPowered by Calendly.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    "career-coaching-interview-training"))

# 24 first session with her own supervisor
EVENTS.append(other(
    "ios-own-supervision-erstgespraech",
    "4F6A8C0E-2B4D-4F6A-8C0E-2B4D6F8A0C2E",
    ios("4F6A8C0E-2B4D-4F6A-8C0E-2B4D6F8A0C2E", "Erstgespräch Supervision Dr. Kainz (für mich)",
        "20260116T173000", "20260116T183000",
        "LOCATION:Praxis Dr. Kainz\\, Wien 4\nDESCRIPTION:Einzelsupervision f. Leitungsrolle\\, 120€/h\\, Honorarnote für Steuer aufheben\n",
        created="20260109T120000Z"),
    "own-supervision-intake-user-is-client"))

# 25 thesis supervision: interview guide
EVENTS.append(other(
    "outlook-thesis-interview-guide",
    "040000008200E00074C5B7101A82E00800000000BABBBCBDCACBDC01000000000000000010000000EBECEDEEEF0102030405060708091011",
    outlook(
        "040000008200E00074C5B7101A82E00800000000BABBBCBDCACBDC01000000000000000010000000EBECEDEEEF0102030405060708091011",
        ME_ORG, [att("Bauer, Johanna", "johanna.bauer@students.example.ac.at")],
        "Interviewleitfaden besprechen – Masterandin J. Bauer", "20260115T163000", "20260115T171500",
        r"Leitfaden für die Experteninterviews (Versorgungsforschung) durchgehen\, Stichprobe\, Transkriptionsregeln.",
        "Büro Dr. Haas", stamp="20260109T090000Z"),
    "thesis-supervision-interview-guide"))

# 26 conference symposium on diagnostic interviews (multi-day, all-day)
EVENTS.append(other(
    "google-export-conference",
    "3i6k9m2o5q8s1u4w7y0a3c6e9g@google.com",
    r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Magdalena Arbeit
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260528
DTEND;VALUE=DATE:20260530
DTSTAMP:20260301T080000Z
UID:3i6k9m2o5q8s1u4w7y0a3c6e9g@google.com
CREATED:20260112T070000Z
DESCRIPTION:Psychosomatik-Tagung Salzburg. Fr 10:30 Symposium "Das diagnostische Interview in der Psychosomatik" (Poster MH Nr. 14). Hotel gebucht.
LAST-MODIFIED:20260112T070000Z
LOCATION:Congress Salzburg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Psychosomatik-Tagung Salzburg
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    "conference-multi-day-symposium-diagnostic-interview"))

# 27 weekly ward jour fixe (recurring, no overrides)
EVENTS.append(other(
    "outlook-recurring-jour-fixe",
    "040000008200E00074C5B7101A82E00800000000BBBCBDBECBCCDC01000000000000000010000000ECEDEEEF010203040506070809101112",
    fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{WEST}
BEGIN:VEVENT
ORGANIZER;CN="Lindner, Harald Prim. Dr.":mailto:harald.lindner@klinik-donaupark.at
{ME_ATT}
DESCRIPTION;LANGUAGE=de-AT:Jour fixe Leitungsteam Psychosomatik: Belegung\, Aufnahmen\, Personal (offene Stellen\, Bewerbungen PiA)\, Qualität.
RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=30
UID:040000008200E00074C5B7101A82E00800000000BBBCBDBECBCCDC01000000000000000010000000ECEDEEEF010203040506070809101112
SUMMARY;LANGUAGE=de-AT:JF Leitungsteam Psychosomatik
DTSTART;TZID=W. Europe Standard Time:20260112T081500
DTEND;TZID=W. Europe Standard Time:20260112T090000
CLASS:PUBLIC
DTSTAMP:20260105T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Arztzimmer Prim. Lindner
END:VEVENT
END:VCALENDAR
"""),
    "recurring-jour-fixe-agenda-mentions-applications"))

# 28 photographer for application photos
EVENTS.append(other(
    "ios-application-photos",
    "1A3C5E7A-9B1D-4F3A-8C5E-7A9B1D3F5A7C",
    ios("1A3C5E7A-9B1D-4F3A-8C5E-7A9B1D3F5A7C", "Bewerbungsfotos Fotostudio Lichtblick",
        "20260110T110000", "20260110T120000",
        "LOCATION:Neubaugasse 12\\, 1070 Wien\nDESCRIPTION:Blazer dunkelblau + Bluse weiß\n", created="20260103T100000Z"),
    "application-photos-personal-prep"))

# 29 friend's hearing (all-day reminder)
EVENTS.append(other(
    "ios-friend-hearing-all-day",
    "5C7E9A1B-3D5F-4A7C-9E1B-3D5F7A9C1E3A",
    ios("5C7E9A1B-3D5F-4A7C-9E1B-3D5F7A9C1E3A", "Daumen drücken: Verena Hearing Klinik Gmundnerberg 10h",
        "20260422", "20260423", created="20260418T090000Z", allday=True),
    "friend-hearing-all-day-reminder"))

# 30 trainee's leave for her own job interview
EVENTS.append(other(
    "outlook-trainee-leave-interview",
    "040000008200E00074C5B7101A82E00800000000BCBDBEBFCCCDDC01000000000000000010000000EDEEEF01020304050607080910111213",
    outlook(
        "040000008200E00074C5B7101A82E00800000000BCBDBEBFCCCDDC01000000000000000010000000EDEEEF01020304050607080910111213",
        'CN="Stranzl, Teresa Mag.":mailto:teresa.stranzl@klinik-donaupark.at', [ME_ATT],
        "Abwesend: Teresa – Vorstellungsgespräch Reha Almtal (Zeitausgleich)", "20260508T080000", "20260508T130000",
        r"Liebe Magdalena\, wie besprochen bin ich am Vormittag beim Vorstellungsgespräch in Grünau (ZA). Die Gruppe übernimmt Lena. Danke!! Teresa",
        "", method="REQUEST", stamp="20260429T142000Z"),
    "trainee-absence-for-her-own-interview"))

# 31 bank appointment (Beratungsgespräch)
EVENTS.append(other(
    "google-export-bank-gespraech",
    "9m2o5q8s1u4w7y0a3c6e9g2i5k@google.com",
    r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Magdalena privat
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
DTSTART:20260224T160000Z
DTEND:20260224T170000Z
DTSTAMP:20260224T060000Z
UID:9m2o5q8s1u4w7y0a3c6e9g2i5k@google.com
CREATED:20260210T183000Z
DESCRIPTION:Beratungsgespräch Wohnkredit mit Hr. Sedlak\, Gehaltszettel x3 + Kontoauszüge. Falls Jobwechsel: Probezeit-Frage klären!
LAST-MODIFIED:20260210T183000Z
LOCATION:Donaubank Filiale Kagran
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Termin Donaubank – Kreditgespräch
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    "bank-appointment-gespraech-mentions-job-change"))

# 32 English webinar on structured interviewing for clinical leaders
EVENTS.append(other(
    "teams-webinar-structured-interviewing-en",
    "040000008200E00074C5B7101A82E00800000000BDBEBFC0CDCEDC01000000000000000010000000EEEF0102030405060708091011121314",
    fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=EAPA Europe Events:mailto:events@eapa-europe.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=magdalena.haas@gmx.at:mailto:magdalena.haas@gmx.at
DESCRIPTION;LANGUAGE=en-GB:Thank you for registering for "Structured Interviewing for Clinical Leaders: hiring counsellors who stay". Speakers will cover competency-based interview questions\, scorecards and bias in panel interviews.\n\n{teams('en', 'MDk4ZjEyMzQtYWJj', '399 012 457 318', 'Ev3nT7')}\n
UID:040000008200E00074C5B7101A82E00800000000BDBEBFC0CDCEDC01000000000000000010000000EEEF0102030405060708091011121314
SUMMARY;LANGUAGE=en-GB:Webinar: Structured Interviewing for Clinical Leaders
DTSTART:20260325T150000Z
DTEND:20260325T163000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260311T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""),
    "english-webinar-on-interviewing-scorecards"))
