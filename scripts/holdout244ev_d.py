# ruff: noqa: E501
"""holdout244 events, part D: negatives with the user on the hiring / assessing side (trap user-as-interviewer-*)."""
from holdout244ev_c import att, outlook
from holdout244ev_zones import GOOGLE_FOOTER, UTC1_DE, VIENNA, fold, outlook_tz, teams


def H(kind, uid, ics, trap, eol=None):
    assert trap.startswith("user-as-interviewer-")
    d = dict(kind=kind, uid=uid, ics=ics, is_interview=0, company="", role="", stage="", interviewers="",
             trap=trap, hiring=True)
    if eol:
        d["eol"] = eol
    return d


MEW = "magdalena.haas@klinik-donaupark.at"
ME_ATT = f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Haas, Magdalena, Dr.":mailto:{MEW}'
ME_ORG = f'CN="Haas, Magdalena, Dr.":mailto:{MEW}'

EVENTS = []

# 1 user organizes a Hearing slot for a trainee candidate
EVENTS.append(H(
    "outlook-user-organizes-hearing",
    "040000008200E00074C5B7101A82E00800000000A0A1A2A3B0B1DC0100000000000000001000000010203040506070809000A0B0C0D0E0F0",
    outlook(
        "040000008200E00074C5B7101A82E00800000000A0A1A2A3B0B1DC0100000000000000001000000010203040506070809000A0B0C0D0E0F0",
        ME_ORG,
        [att("Lindner, Harald Prim. Dr.", "harald.lindner@klinik-donaupark.at"),
         att("Kovacs, Bernhard, Mag.", "bernhard.kovacs@klinik-donaupark.at"),
         att("Lena Gruber", "lena.gruber.psy@gmail.com", stat="NEEDS-ACTION")],
        "Hearing PiA-Ausbildungsstelle – Kandidatin 3: Mag. Lena Gruber", "20260225T110000", "20260225T114500",
        r"Liebe Frau Mag. Gruber\,\n\nvielen Dank für Ihre Bewerbung um eine Ausbildungsstelle für Klinische Psychologie (PiA\, 1.500 Praxisstunden) an der Abteilung für Psychosomatik. Wir laden Sie herzlich zum Hearing ein. Kommission: Prim. Dr. Harald Lindner\, Mag. Bernhard Kovacs (Personalentwicklung) und ich.\n\nBitte bereiten Sie eine kurze Fallschilderung aus Ihrem Praktikum vor (5 Min.).\n\nMit freundlichen Grüßen\nDr. Magdalena Haas\nKlinische Psychologin\, Abteilung für Psychosomatik\nKlinik Donaupark",
        r"Station 5\, Besprechungsraum", stamp="20260211T101122Z"),
    "user-as-interviewer-organizer-invites-trainee-candidate"))

# 2 HR invites the user as panel member to an "Aufnahmegespräch"
EVENTS.append(H(
    "outlook-panel-aufnahmegespraech",
    "040000008200E00074C5B7101A82E00800000000A1A2A3A4B1B2DC01000000000000000010000000F0E0D0C0B0A090807060504030201000",
    outlook(
        "040000008200E00074C5B7101A82E00800000000A1A2A3A4B1B2DC01000000000000000010000000F0E0D0C0B0A090807060504030201000",
        'CN="Personalabteilung KDP";SENT-BY="mailto:sabrina.horvath@klinik-donaupark.at":mailto:personal@klinik-donaupark.at',
        [ME_ATT, att("Lindner, Harald Prim. Dr.", "harald.lindner@klinik-donaupark.at"),
         'ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="KDP Personal Besprechung 0.14":mailto:kdp-pers-0.14@klinik-donaupark.at'],
        "Aufnahmegespräch Bewerber PiA: Jakob Wimmer, BSc MSc", "20260226T090000", "20260226T094500",
        r"Sehr geehrte Damen und Herren\,\n\nanbei der Termin für das Aufnahmegespräch mit Herrn Jakob Wimmer\, BSc MSc (Bewerbung Psycholog:in in Ausbildung\, Psychosomatik). Lebenslauf und Motivationsschreiben finden Sie im Bewerbermanagement. Bitte bringen Sie den ausgefüllten Bewertungsbogen zum Gespräch mit.\n\nFreundliche Grüße\nSabrina Horvath\nPersonalabteilung",
        "KDP Personal Besprechung 0.14", stamp="20260216T134512Z"),
    "user-as-interviewer-panel-member-aufnahmegespraech-word"))

# 3 softgarden notification: the user is scheduled as interviewer
EVENTS.append(H(
    "softgarden-interviewer-notice",
    "softgarden-appt-7730115-0093@klinik-donaupark.softgarden.example",
    fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:REQUEST
{VIENNA}
BEGIN:VEVENT
UID:softgarden-appt-7730115-0093@klinik-donaupark.softgarden.example
DTSTAMP:20260218T080012Z
DTSTART;TZID=Europe/Vienna:20260303T133000
DTEND;TZID=Europe/Vienna:20260303T141500
SUMMARY:Interview: Psycholog:in in Ausbildung (PiA) Psychosomatik – Marco Steiner
ORGANIZER;CN=Klinik Donaupark Recruiting:mailto:noreply@softgarden.example
ATTENDEE;CN=Dr. Magdalena Haas;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{MEW}
ATTENDEE;CN=Marco Steiner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marco.steiner94@gmx.at
LOCATION:Station 5\, Besprechungsraum
DESCRIPTION:Hallo Dr. Magdalena Haas\,\n\nSie wurden als Interviewer:in für folgenden Termin eingeplant:\n\nKandidat: Marco Steiner\nStelle: Psycholog:in in Ausbildung (PiA) Psychosomatik\nPhase: Interview 1\n\nBewerbungsunterlagen und Interviewleitfaden: https://app.softgarden.example/hiring/7730115\nBitte tragen Sie Ihre Bewertung bis spätestens 24 Stunden nach dem Gespräch ein.\n\n-- Versendet mit softgarden --
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    "user-as-interviewer-ats-interviewer-notification"))

# 4 debrief after the selection talks
EVENTS.append(H(
    "outlook-debrief",
    "040000008200E00074C5B7101A82E00800000000A2A3A4A5B2B3DC010000000000000000100000001122334455667788990011223344AA01",
    outlook(
        "040000008200E00074C5B7101A82E00800000000A2A3A4A5B2B3DC010000000000000000100000001122334455667788990011223344AA01",
        'CN="Lindner, Harald Prim. Dr.":mailto:harald.lindner@klinik-donaupark.at',
        [ME_ATT, att("Kovacs, Bernhard, Mag.", "bernhard.kovacs@klinik-donaupark.at")],
        "Nachbesprechung Auswahlgespräche PiA (Bewertungsbögen mitbringen)", "20260304T153000", "20260304T161500",
        r"Kurze Nachbesprechung der Hearings vom 25./26.2. und 3.3.: Reihung der Kandidat:innen\, Vorschlag an die Direktion. Bitte Bewertungsbögen (Fachkompetenz\, Gesprächsführung\, Teamfit\, Belastbarkeit) mitbringen.\nHL",
        "Arztzimmer Prim. Lindner", stamp="20260226T160102Z"),
    "user-as-interviewer-debrief-ranking-candidates"))

# 5 scorecard reminder typed by the user (all-day)
EVENTS.append(H(
    "ios-scorecard-reminder",
    "9A3C5E71-2B4D-4F60-8E1A-C3B5D7F9A1E2",
    r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 19.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260225T190101Z
DTSTAMP:20260225T190109Z
LAST-MODIFIED:20260225T190109Z
UID:9A3C5E71-2B4D-4F60-8E1A-C3B5D7F9A1E2
SUMMARY:Bewertungsbögen Hearing PiA ausfüllen (Gruber\, Wimmer) bis Fr!
DTSTART;VALUE=DATE:20260227
DTEND;VALUE=DATE:20260228
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    "user-as-interviewer-scorecard-deadline-all-day"))

# 6 Calendly host notification (the user is the host)
EVENTS.append(H(
    "calendly-host-notification",
    "calendly-0b9e7c5a-3d1f-4e28-96a4-d8c2f0e1b7a3",
    fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-0b9e7c5a-3d1f-4e28-96a4-d8c2f0e1b7a3
DTSTAMP:20260109T113402Z
DTSTART:20260114T140000Z
DTEND:20260114T142000Z
SUMMARY:Sophie Brandl and Magdalena Haas
ORGANIZER;CN=Magdalena Haas:mailto:{MEW}
ATTENDEE;CN=Sophie Brandl;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sophie.brandl@students.example.ac.at
ATTENDEE;CN=Magdalena Haas;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{MEW}
LOCATION:Telefon: +43 699 1402 7788 (Invitee)
DESCRIPTION:Event Type: Kennenlerngespräch Pflichtpraktikum Klinische Psychologie (20 min)\n\nInvitee: Sophie Brandl\nInvitee Email: sophie.brandl@students.example.ac.at\nInvitee Phone: +43 699 1402 7788\n\nQuestions:\nZeitraum des Praktikums?\nJuli - September 2026 (Masterpraktikum\, 240h)\n\nView event in Calendly: https://calendly.com/events/0b9e7c5a/invitee\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    "user-as-interviewer-calendly-host-internship-applicant"))

# 7 candidate's accepted reply, in Spanish (Erasmus+ intern)
EVENTS.append(H(
    "reply-accepted-spanish-candidate",
    "040000008200E00074C5B7101A82E00800000000A3A4A5A6B3B4DC01000000000000000010000000AB01CD02EF03AB04CD05EF06AB07CD08",
    fold(rf"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20260123T090000Z
DTEND:20260123T093000Z
DTSTAMP:20260116T182244Z
ORGANIZER;CN="Haas, Magdalena, Dr.":mailto:{MEW}
UID:040000008200E00074C5B7101A82E00800000000A3A4A5A6B3B4DC01000000000000000010000000AB01CD02EF03AB04CD05EF06AB07CD08
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marta López Ferrer;X-NUM-GUESTS=0:mailto:marta.lopez.ferrer@gmail.com
COMMENT:¡Muchas gracias! Allí estaré. / Vielen Dank\, ich freue mich auf das Gespräch. Marta
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aceptada: Entrevista prácticas Psicología Clínica (Erasmus+) / Gespräch Praktikum
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    "user-as-interviewer-candidate-reply-accepted-spanish"))

# 8 agency presents a candidate to the user
EVENTS.append(H(
    "agency-presents-candidate",
    "040000008200E00074C5B7101A82E00800000000A4A5A6A7B4B5DC0100000000000000001000000022446688AACCEE00113355779BBDDFF1",
    outlook(
        "040000008200E00074C5B7101A82E00800000000A4A5A6A7B4B5DC0100000000000000001000000022446688AACCEE00113355779BBDDFF1",
        'CN="Wurm, Patrick":mailto:p.wurm@psystaff.at',
        [ME_ATT, att("Daniel Koller", "daniel.koller.psy@gmx.at", stat="ACCEPTED")],
        "Kandidatenvorstellung: Mag. Daniel Koller – Klinischer Psychologe (Karenzvertretung Psychosomatik)",
        "20260409T140000", "20260409T144500",
        r"Sehr geehrte Frau Dr. Haas\,\n\nwie telefonisch besprochen darf ich Ihnen für die Karenzvertretung (Klinischer Psychologe\, 30h\, befristet 14 Monate) Herrn Mag. Daniel Koller vorstellen. Profil anbei. Herr Koller kann kurzfristig starten. Ich moderiere das Kennenlernen und steige nach 5 Minuten aus.\n\nBeste Grüße\nPatrick Wurm\nPsyStaff Personaldienstleistungen GmbH\n\n" + teams("de", "ZmM3ODIyNDEtN2Ew", "367 201 884 415", "Vg7tN3"),
        "Microsoft Teams-Besprechung", stamp="20260402T092010Z"),
    "user-as-interviewer-agency-presents-candidate-to-user"))

# 9 candidate's trial day on the user's ward
EVENTS.append(H(
    "outlook-candidate-probetag",
    "040000008200E00074C5B7101A82E00800000000A5A6A7A8B5B6DC0100000000000000001000000033557799BBDDFF0022446688AACCEE12",
    outlook(
        "040000008200E00074C5B7101A82E00800000000A5A6A7A8B5B6DC0100000000000000001000000033557799BBDDFF0022446688AACCEE12",
        'CN="Horvath, Sabrina":mailto:sabrina.horvath@klinik-donaupark.at',
        [ME_ATT, att("Weiß, Andrea DGKP", "andrea.weiss@klinik-donaupark.at")],
        "Probetag Bewerberin Mag. Lisa Pichler – Begleitung durch Dr. Haas", "20260317T073000", "20260317T143000",
        r"Liebe Frau Dr. Haas\,\n\nFrau Mag. Lisa Pichler (Bewerbung Klinische Psychologin\, Karenzvertretung) absolviert am 17.3. einen Probetag auf Station 5. Bitte nehmen Sie sie in die Morgenbesprechung\, die Gruppe und ein Erstgespräch (mit Einverständnis der Patientin) mit und geben Sie uns danach Ihre Einschätzung (Formular Probetag).\n\nDanke & LG\nSabrina Horvath\, Personal",
        "Station 5", stamp="20260309T111500Z"),
    "user-as-interviewer-hosts-candidate-trial-day-rates-her"))

# 10 Microsoft Bookings staff notification (the user is the staff member)
EVENTS.append(H(
    "bookings-staff-side",
    "4c1e8a2b-93d7-4f05-b6e2-7a0d5c9f1e84",
    fold(rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:4c1e8a2b-93d7-4f05-b6e2-7a0d5c9f1e84
DTSTAMP:20260204T071100Z
DTSTART:20260210T120000Z
DTEND:20260210T123000Z
SUMMARY:Auswahlgespräch Praktikumsplatz Psychosomatik – Tobias Fink
ORGANIZER;CN=KDP Praktikumsvergabe Psychologie:mailto:praktikum-psychologie@klinik-donaupark.at
ATTENDEE;CN=Dr. Magdalena Haas;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{MEW}
ATTENDEE;CN=Tobias Fink;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tobias.fink@students.example.ac.at
LOCATION:Station 5\, Besprechungsraum
DESCRIPTION:Neue Buchung\n\nDienst: Auswahlgespräch Praktikumsplatz Psychosomatik\nMitarbeiter:in: Dr. Magdalena Haas\n\nKundeninformationen\nName: Tobias Fink\nE-Mail: tobias.fink@students.example.ac.at\nNotizen: Masterstudium Psychologie\, 6. Semester\; Praktikum ab Juli gewünscht\n\nMicrosoft Bookings
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    "user-as-interviewer-bookings-staff-member"))

# 11 Teams panel for a maternity-cover post, organised by the head of department
EVENTS.append(H(
    "teams-panel-kandidatin-3",
    "040000008200E00074C5B7101A82E00800000000A6A7A8A9B6B7DC0100000000000000001000000044668800AACCEE113355779911BBDD23",
    outlook(
        "040000008200E00074C5B7101A82E00800000000A6A7A8A9B6B7DC0100000000000000001000000044668800AACCEE113355779911BBDD23",
        'CN="Lindner, Harald Prim. Dr.":mailto:harald.lindner@klinik-donaupark.at',
        [ME_ATT, att("Horvath, Sabrina", "sabrina.horvath@klinik-donaupark.at")],
        "Interview Klinische Psychologin (Karenzvertretung) – Kandidatin 3", "20260413T100000", "20260413T104500",
        r"Online-Interview mit Kandidatin 3 (Mag. Lisa Pichler). Kommission: Prim. Lindner\, Dr. Haas\, Fr. Horvath (Personal). Leitfaden im Teams-Kanal 'Personal Psychosomatik'.\n\n" + teams("de", "NDQ3ZjBmMzQtZTVh", "329 660 112 084", "Hr5xP9"),
        "Microsoft Teams-Besprechung", stamp="20260406T140512Z"),
    "user-as-interviewer-panel-candidate-numbered-like-own-hearing"))

# 12 candidate presents a case to the team
EVENTS.append(H(
    "outlook-candidate-case-presentation",
    "040000008200E00074C5B7101A82E00800000000A7A8A9AAB7B8DC0100000000000000001000000055779911BBDDFF224466880022CCEE34",
    outlook(
        "040000008200E00074C5B7101A82E00800000000A7A8A9AAB7B8DC0100000000000000001000000055779911BBDDFF224466880022CCEE34",
        ME_ORG,
        [att("Psychologie Psychosomatik (Verteiler)", "psy-psychosomatik@klinik-donaupark.at"),
         att("Kerstin Lang", "kerstin.lang@praxis-lang.example.at", stat="NEEDS-ACTION")],
        "Fallvorstellung Bewerberin Dr. Kerstin Lang (Stationspsychologin) – Team bitte bewerten",
        "20260422T141500", "20260422T150000",
        r"Liebes Team\,\n\nFrau Dr. Kerstin Lang (Bewerbung Stationspsychologin Station 6) stellt uns einen anonymisierten Fall aus ihrer Praxis vor (20 Min.)\, danach Fragen. Bitte gebt mir bis Freitag eure Rückmeldung anhand des Kurzbogens.\n\nLG Magdalena",
        "Seminarraum Psychosomatik", stamp="20260414T085544Z"),
    "user-as-interviewer-candidate-case-presentation-team-rates"))

# 13 user plays the patient in role-play assessments of trainee candidates
EVENTS.append(H(
    "outlook-role-play-assessment",
    "040000008200E00074C5B7101A82E00800000000A8A9AAABB8B9DC0100000000000000001000000066880022CCEE113355779900AADDFF45",
    outlook(
        "040000008200E00074C5B7101A82E00800000000A8A9AAABB8B9DC0100000000000000001000000066880022CCEE113355779900AADDFF45",
        'CN="Kovacs, Bernhard, Mag.":mailto:bernhard.kovacs@klinik-donaupark.at',
        [ME_ATT, att("Stranzl, Teresa Mag.", "teresa.stranzl@klinik-donaupark.at")],
        "Rollenspiel-Assessment Bewerber:innen PiA (4 Kandidat:innen) – Rolle Patientin: Dr. Haas",
        "20260603T080000", "20260603T120000",
        r"Ablauf: je Kandidat:in 10 Min. Vorbereitung\, 20 Min. Rollenspiel Erstgespräch (Patientin mit somatoformer Schmerzstörung\, gespielt von Dr. Haas)\, 10 Min. Beobachtung/Bewertung durch Mag. Stranzl. Beobachtungsbögen liegen im Raum.",
        "Seminarraum Psychosomatik", stamp="20260520T120000Z"),
    "user-as-interviewer-role-plays-patient-in-assessment"))

# 14 user's own block to mark a candidate's test-diagnostics task
EVENTS.append(H(
    "thunderbird-grading-block",
    "e5b3a1c9-0d7f-4e26-8b4a-f2c6d8e0a1b3",
    r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Europe/Vienna
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
CREATED:20260227T160012Z
LAST-MODIFIED:20260227T160040Z
DTSTAMP:20260227T160040Z
UID:e5b3a1c9-0d7f-4e26-8b4a-f2c6d8e0a1b3
SUMMARY:Auswertung Testdiagnostik-Aufgabe Bewerbung Steiner + Gruber
DTSTART;TZID=Europe/Vienna:20260302T080000
DTEND;TZID=Europe/Vienna:20260302T090000
DESCRIPTION:Befundentwürfe der PiA-Bewerber:innen gegen Musterlösung prüfen\, Punkte in softgarden eintragen
CLASS:PRIVATE
END:VEVENT
END:VCALENDAR
""",
    "user-as-interviewer-grades-candidates-test-task"))

# 15 colleague's Google invite to a second talk with a trainee candidate
EVENTS.append(H(
    "google-invite-second-talk-candidate",
    "2r7t4v1x8z5b2d9f6h3j0l7n4p@google.com",
    fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260310T160000
DTEND;TZID=Europe/Vienna:20260310T163000
DTSTAMP:20260305T180233Z
ORGANIZER;CN=Teresa Stranzl:mailto:teresa.stranzl.psy@gmail.com
UID:2r7t4v1x8z5b2d9f6h3j0l7n4p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Teresa Stranzl;X-NUM-GUESTS=0:mailto:teresa.stranzl.psy@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=magdalena.haas@gmx.at;X-NUM-GUESTS=0:mailto:magdalena.haas@gmx.at
X-GOOGLE-CONFERENCE:https://meet.google.com/ujd-wvkp-qtr
CREATED:20260305T180227Z
DESCRIPTION:Hi Magdalena\, hab dir das an die private Adresse geschickt\, weil Teams bei mir spinnt. Zweitgespräch mit Marco Steiner (PiA-Kandidat) – er fragt nach Arbeitszeiten\, Supervision und ob er die Gruppe mitmachen darf. Wir zwei reichen\, oder?\nLG Teresa\n\nJoin with Google Meet: https://meet.google.com/ujd-wvkp-qtr\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20260305T180233Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Zweitgespräch PiA-Kandidat Marco Steiner
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    "user-as-interviewer-second-talk-sent-to-private-address"))

# 16 calibrating the interview guide
EVENTS.append(H(
    "outlook-interview-guide-calibration",
    "040000008200E00074C5B7101A82E00800000000A9AAABACB9BADC010000000000000000100000007799BB00DDFF2244668800AACC11EE56",
    outlook(
        "040000008200E00074C5B7101A82E00800000000A9AAABACB9BADC010000000000000000100000007799BB00DDFF2244668800AACC11EE56",
        ME_ORG,
        [att("Stranzl, Teresa Mag.", "teresa.stranzl@klinik-donaupark.at"),
         att("Kovacs, Bernhard, Mag.", "bernhard.kovacs@klinik-donaupark.at", role="OPT-PARTICIPANT")],
        "Kalibrierung Interviewleitfaden PiA-Auswahl 2026", "20260212T130000", "20260212T140000",
        r"Leitfragen und Bewertungsskala (1-5) für die Hearings PiA abstimmen\, Beispielantworten verankern\, Beobachtungsbogen Rollenspiel finalisieren.",
        "Büro Dr. Haas", stamp="20260205T100000Z"),
    "user-as-interviewer-prepares-interview-kit"))

# 17 external assessment-centre observer for an ambulance control centre
EVENTS.append(H(
    "ac-observer-external",
    "ac-2026-04-leitstelle-beob-03@rettungsverbund-ost.example",
    fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Rettungsverbund Ost//Personalauswahl//DE
METHOD:REQUEST
{VIENNA}
BEGIN:VEVENT
UID:ac-2026-04-leitstelle-beob-03@rettungsverbund-ost.example
DTSTAMP:20260320T090000Z
DTSTART;TZID=Europe/Vienna:20260418T080000
DTEND;TZID=Europe/Vienna:20260418T170000
SUMMARY:Assessment Center Leitstellendisponent:innen – Beobachterin Dr. Haas (extern)
ORGANIZER;CN=Rettungsverbund Ost Personalauswahl:mailto:auswahl@rettungsverbund-ost.example
ATTENDEE;CN=Magdalena Haas;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:magdalena.haas@gmx.at
LOCATION:Ausbildungszentrum Rettungsverbund Ost\, Wiener Neustadt
DESCRIPTION:Sehr geehrte Frau Dr. Haas\,\n\ndanke\, dass Sie uns wieder als externe psychologische Beobachterin unterstützen. 8 Bewerber:innen\, Übungen: Stress-Simulation Notruf\, Gruppendiskussion\, strukturiertes Interview. Honorar gemäß Werkvertrag.\n\nPersonalauswahl Rettungsverbund Ost
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    "user-as-interviewer-external-assessment-centre-observer"))

# 18 user sits on the commission for a nursing ward head
EVENTS.append(H(
    "outlook-commission-member-nursing",
    "040000008200E00074C5B7101A82E00800000000AAABACADBABBDC0100000000000000001000000088AA00CCEE11335577990022BBDDFF67",
    outlook(
        "040000008200E00074C5B7101A82E00800000000AAABACADBABBDC0100000000000000001000000088AA00CCEE11335577990022BBDDFF67",
        'CN="Weißensteiner, Karin Dir.":mailto:karin.weissensteiner@klinik-donaupark.at',
        [ME_ATT, att("Lindner, Harald Prim. Dr.", "harald.lindner@klinik-donaupark.at")],
        "Hearing Stationsleitung Pflege Station 6 – Kommission", "20260506T083000", "20260506T123000",
        r"Liebe Kommissionsmitglieder\,\n\n4 Bewerber:innen à 45 Min. Dr. Haas bitte mit Fokus auf Konfliktlösung und Teamführung (Fragen 7-10 im Leitfaden).\n\nKarin Weißensteiner\, Pflegedirektorin",
        r"Verwaltungsgebäude\, Sitzungssaal 3. OG", tzblock=outlook_tz(UTC1_DE), tzid=UTC1_DE, stamp="20260424T063002Z"),
    "user-as-interviewer-commission-member-other-profession"))

# 19 ATS sends the interview kit for a candidate
EVENTS.append(H(
    "softgarden-interview-kit",
    "softgarden-appt-7730190-0121@klinik-donaupark.softgarden.example",
    fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:softgarden-appt-7730190-0121@klinik-donaupark.softgarden.example
DTSTAMP:20260520T090010Z
DTSTART:20260527T113000Z
DTEND:20260527T121500Z
SUMMARY:Interviewleitfaden & Bewertung: Elias Huber (PiA Psychosomatik)
ORGANIZER;CN=Klinik Donaupark Recruiting:mailto:noreply@softgarden.example
ATTENDEE;CN=Dr. Magdalena Haas;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{MEW}
LOCATION:Station 5\, Besprechungsraum
DESCRIPTION:Ihr Interview-Kit für das Gespräch mit Elias Huber:\n1. Motivation für die Psychosomatik\n2. Erfahrung mit Testdiagnostik (Fallbeispiel)\n3. Umgang mit suizidalen Patient:innen\n4. Selbstfürsorge/Supervision\nBewertung (1-5) je Kriterium im Bewerbermanagement eintragen.\n\n-- Versendet mit softgarden --
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    "user-as-interviewer-ats-interview-kit-utc"))

# 20 HR invites the user to a job interview with a ward psychologist candidate
EVENTS.append(H(
    "outlook-vorstellungsgespraech-candidate-name",
    "040000008200E00074C5B7101A82E00800000000ABACADAEBBBCDC0100000000000000001000000099BB11DDFF224466880033CCEE00AA78",
    outlook(
        "040000008200E00074C5B7101A82E00800000000ABACADAEBBBCDC0100000000000000001000000099BB11DDFF224466880033CCEE00AA78",
        'CN="Horvath, Sabrina":mailto:sabrina.horvath@klinik-donaupark.at',
        [ME_ATT, att("Lindner, Harald Prim. Dr.", "harald.lindner@klinik-donaupark.at"),
         att("Kerstin Lang", "kerstin.lang@praxis-lang.example.at")],
        "Vorstellungsgespräch Stationspsychologin – Bewerberin Dr. Kerstin Lang", "20260429T100000", "20260429T110000",
        r"Sehr geehrte Frau Dr. Lang\,\n\nwir freuen uns\, Sie zum Vorstellungsgespräch für die Stelle Stationspsychologin (Station 6\, 40h) einzuladen. Gesprächspartner: Prim. Dr. Harald Lindner und Dr. Magdalena Haas (Klinische Psychologin).\n\nMit freundlichen Grüßen\nSabrina Horvath\, Personalabteilung Klinik Donaupark",
        "KDP Personal Besprechung 0.14", stamp="20260423T074455Z"),
    "user-as-interviewer-named-as-interviewer-in-candidate-invite"))
