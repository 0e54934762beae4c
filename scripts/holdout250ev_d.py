# ruff: noqa: E501, W291
"""holdout250 events, part d: negatives with the user on the hiring or assessing side."""
from holdout250ev_zones import APPLE_BERLIN, APPLE_HEAD, BERLIN, OUTLOOK_HEAD, TB_BERLIN, TB_HEAD, UTC1, WEST


def _neg(kind, uid, ics, trap):
    return dict(kind=kind, uid=uid, ics=ics, is_interview=0, company="", role="", stage="", interviewers="",
                trap=trap, hiring=trap.startswith("user-as-interviewer-"))


EVENTS = [
    # H1 the user sits on the panel for a new colleague
    _neg("outlook-invite", "040000008200E00074C5B7101A82E0080000000011AA22BB33CCDC01000000000000000010000000AA11BB22CC33DD44EE55FF6600778899",
         OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Kaltenecker, Monika":mailto:monika.kaltenecker@klinikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandl, T
 heresa":mailto:theresa.brandl@klinikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ostermaier, G
 abriele":mailto:gabriele.ostermaier@klinikum-isarauen.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="PD Besprechungsraum 2.014 (8 
 Pers.)":mailto:raum.pd2014@klinikum-isarauen.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Ostermaier\, liebe Frau Brandl\,\n\nh
 ier der Termin für das Vorstellungsgespräch mit Frau Lena Huber (Bewerbung 
 Hebamme Kreißsaal\, Vollzeit\, Berufsanfängerin\, Examen 09/2025). Unterla
 gen liegen im Bewerberportal. Frau Brandl\, bitte übernehmen Sie den fachl
 ichen Teil (Fallfragen CTG\, Notfallmanagement).\n\nDanke\, M. Kaltenecker\n
UID:040000008200E00074C5B7101A82E0080000000011AA22BB33CCDC01000000000000000
 010000000AA11BB22CC33DD44EE55FF6600778899
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Hebamme (m/w/d) – Lena Huber
DTSTART;TZID=W. Europe Standard Time:20251007T130000
DTEND;TZID=W. Europe Standard Time:20251007T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250929T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:PD Besprechungsraum 2.014 (8 Pers.)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-outlook-panel-candidate-name"),

    # H2 applicant shadows the user
    _neg("outlook-invite", "040000008200E00074C5B7101A82E0080000000022BB33CC44DDDC01000000000000000010000000BB22CC33DD44EE55FF66007788990011",
         OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Ostermaier, Gabriele":mailto:gabriele.ostermaier@klinikum-isa
 rauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandl, T
 heresa":mailto:theresa.brandl@klinikum-isarauen.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Theresa\,\n\nFrau Carina Maier (Bewerberin
  Hebamme\, kommt aus Regensburg) hospitiert am Dienstag bei uns. Kannst du 
 sie im Frühdienst mitnehmen und mir danach kurz deinen Eindruck schildern 
 (Kommunikation mit Gebärenden\, Ruhe im Notfall\, Teamfit)?\n\nDanke dir!
 \nGabi\n
UID:040000008200E00074C5B7101A82E0080000000022BB33CC44DDDC01000000000000000
 010000000BB22CC33DD44EE55FF66007788990011
SUMMARY;LANGUAGE=de-DE:Hospitation Bewerberin C. Maier – begleitet durch Th
 eresa
DTSTART;TZID=W. Europe Standard Time:20251111T064500
DTEND;TZID=W. Europe Standard Time:20251111T141500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251105T150505Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Kreißsaal
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-hospitation-applicant-shadows-user"),

    # H3 placement interviews for midwifery students
    _neg("outlook-invite", "040000008200E00074C5B7101A82E0080000000033CC44DD55EEDC01000000000000000010000000CC33DD44EE55FF660077889900112233",
         OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Zentrale Praxisanleitung":mailto:praxisanleitung@klinikum-isa
 rauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandl, T
 heresa":mailto:theresa.brandl@klinikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ilić, Mar
 ina":mailto:marina.ilic@klinikum-isarauen.de
DESCRIPTION;LANGUAGE=de-DE:Auswahlgespräche für die Praxiseinsätze Kreißsaa
 l (duales Studium Hebammenwissenschaft\, Kohorte 2026). Je 20 Minuten pro 
 Studierender\, 6 Bewerberinnen. Bitte den Bewertungsbogen (Motivation\, Bel
 astbarkeit\, Kommunikation) nutzen.\n
UID:040000008200E00074C5B7101A82E0080000000033CC44DD55EEDC01000000000000000
 010000000CC33DD44EE55FF660077889900112233
SUMMARY;LANGUAGE=de-DE:Auswahlgespräche Praxiseinsatz Hebammenstudium (Kohor
 te 2026)
DTSTART;TZID=W. Europe Standard Time:20251118T120000
DTEND;TZID=W. Europe Standard Time:20251118T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251103T083000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Bildungszentrum\, Raum 1.03
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-student-placement-selection"),

    # H4 scorecard reminder, all-day, hand-typed
    _neg("apple-event", "0B1C2D3E-4F50-4617-8293-A4B5C6D7E8F9",
         APPLE_HEAD + r"""BEGIN:VEVENT
CREATED:20251007T154402Z
UID:0B1C2D3E-4F50-4617-8293-A4B5C6D7E8F9
DTEND;VALUE=DATE:20251009
TRANSP:TRANSPARENT
SUMMARY:Bewertungsbögen Bewerbungsgespräch (Huber) an PD schicken!
DTSTART;VALUE=DATE:20251008
DTSTAMP:20251007T154402Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-bewertungsbogen-reminder-all-day"),

    # H5 debrief / selection decision
    _neg("teams-invite", "040000008200E00074C5B7101A82E0080000000044DD55EE66FFDC01000000000000000010000000DD44EE55FF6600778899001122334455",
         r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Kaltenecker, Monika":mailto:monika.kaltenecker@klinikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandl, T
 heresa":mailto:theresa.brandl@klinikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ostermaier, G
 abriele":mailto:gabriele.ostermaier@klinikum-isarauen.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Personalrat
  KI":mailto:personalrat@klinikum-isarauen.de
DESCRIPTION;LANGUAGE=de-DE:Nachbesprechung der drei Vorstellungsgespräche (
 Huber\, Maier\, Winkler) und Auswahlentscheidung für die Stellen Hebamme Kr
 eißsaal. Bitte Bewertungsbögen vorab ausgefüllt.\n\n______________________
 __________________________________________________________\nMicrosoft Teams
 -Besprechung\nBesprechungs-ID: 311 552 877 201\nPasscode: 7ZkqW2\n\n
UID:040000008200E00074C5B7101A82E0080000000044DD55EE66FFDC01000000000000000
 010000000DD44EE55FF6600778899001122334455
SUMMARY;LANGUAGE=de-DE:Nachbesprechung Bewerberinnen Kreißsaal / Auswahlents
 cheidung
DTSTART;TZID=W. Europe Standard Time:20251120T141500
DTEND;TZID=W. Europe Standard Time:20251120T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251113T111100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-debrief-auswahlentscheidung"),

    # H6 Bookings page of the clinic; the user is the staff member
    _neg("bookings-invite", "040000008200E00074C5B7101A82E0080000000055EE66FF7700DC01000000000000000010000000EE55FF66007788990011223344556677",
         OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN=Karriere Klinikum Isarauen:mailto:KarriereKreisssaal@klinikum-i
 sarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Brandl, Ther
 esa":mailto:theresa.brandl@klinikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jana Petro
 vić:mailto:jana.petrovic.hebamme@gmail.com
DESCRIPTION;LANGUAGE=de-DE:Neue Buchung\n\nDienst: Kennenlerngespräch Bewer
 bung Hebamme (m/w/d)\nKunde: Jana Petrović\nTelefon: +49 176 5550 2291\nMi
 tarbeiter: Theresa Brandl\n\nAnmerkungen des Kunden: Ich bin im Anerkennun
 gsverfahren (Diplom aus Kroatien) und würde gern den Kreißsaal kennenlerne
 n.\n\nMicrosoft Bookings\n
UID:040000008200E00074C5B7101A82E0080000000055EE66FF7700DC01000000000000000
 010000000EE55FF66007788990011223344556677
SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch Bewerbung Hebamme (m/w/d) – Jana 
 Petrović
DTSTART;TZID=W. Europe Standard Time:20251204T150000
DTEND;TZID=W. Europe Standard Time:20251204T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251128T193312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Kreißsaal\, Stationszimmer
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-bookings-staff-host"),

    # H7 candidate's accepted reply
    _neg("outlook-reply", "040000008200E00074C5B7101A82E0080000000066FF77008811DC01000000000000000010000000FF6600778899001122334455667788AA",
         r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20251127T130000Z
DTEND:20251127T140000Z
DTSTAMP:20251121T075502Z
ORGANIZER;CN="Brandl, Theresa":mailto:theresa.brandl@klinikum-isarauen.de
UID:040000008200E00074C5B7101A82E0080000000066FF77008811DC01000000000000000
 010000000FF6600778899001122334455667788AA
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sarah
  Winkler;X-NUM-GUESTS=0:mailto:sarah.winkler94@gmail.com
SEQUENCE:0
SUMMARY:Angenommen: Vorstellungsgespräch Hebamme Kreißsaal (S. Winkler)
COMMENT:Vielen Dank für die Einladung\, ich freue mich auf das Gespräch!
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-candidate-accepted-reply"),

    # H8 agency presents a candidate to the user (same agency that once placed her)
    _neg("outlook-invite", "040000008200E00074C5B7101A82E0080000000077008811992ADC01000000000000000010000000008811992A3B4C5D6E7F8091A2B3C4D5E6",
         OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Schwaiger, Tobias (MedConnect)":mailto:t.schwaiger@medconnec
 t-personal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandl, T
 heresa":mailto:theresa.brandl@klinikum-isarauen.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Brandl\,\n\nwie mit Frau Ostermaier ab
 gestimmt stelle ich Ihnen kurz zwei Kandidatinnen für Ihre offene Hebammens
 telle im Kreißsaal vor (Profile anonymisiert im Anhang): Kandidatin A (7 J
 ahre Level-1-Perinatalzentrum)\, Kandidatin B (Wiedereinsteigerin nach Elt
 ernzeit). Wenn Sie Interesse haben\, organisiere ich die Vorstellungsgespräc
 he.\n\nBeste Grüße\nTobias Schwaiger\n
UID:040000008200E00074C5B7101A82E0080000000077008811992ADC01000000000000000
 010000000008811992A3B4C5D6E7F8091A2B3C4D5E6
SUMMARY;LANGUAGE=de-DE:Kandidatenvorstellung Hebamme Kreißsaal – MedConnect
DTSTART;TZID=W. Europe Standard Time:20251209T123000
DTEND;TZID=W. Europe Standard Time:20251209T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251202T161500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-agency-presents-candidates"),

    # H9 trial shift of an applicant, hosted by the user
    _neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000880099AA11BBDC010000000000000000100000000099AA11BB22CC33DD44EE55FF66007788",
         r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + UTC1 + r"""BEGIN:VEVENT
ORGANIZER;CN="Ostermaier, Gabriele":mailto:gabriele.ostermaier@klinikum-isa
 rauen.de
ATTENDEE;CN="Brandl, Theresa";RSVP=TRUE:mailto:theresa.brandl@klinikum-isar
 auen.de
CLASS:PUBLIC
DESCRIPTION:Probearbeitstag Bewerberin Johanna Koch (Hebamme\, aktuell Gebu
 rtshaus). Theresa leitet sie im Spätdienst an und gibt mir am Folgetag Rüc
 kmeldung über den Probearbeitstag (Bogen „Einschätzung Probearbeit“).\n
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20
 251216T133000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":2025
 1216T220000
DTSTAMP:20251208T090000Z
LOCATION:Kreißsaal
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Probearbeitstag Bewerberin J. Koch – Anleitung Theresa
  Brandl
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000880099AA11BBDC01000000000000000
 0100000000099AA11BB22CC33DD44EE55FF66007788
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-trial-shift-host"),

    # H10 university admission interviews; same institution the user applied to
    _neg("zoom-invite", "hfg-isartal-auswahl-bsc-2026-kommission-3@hfg-isartal.de",
         r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WEST + r"""BEGIN:VEVENT
UID:hfg-isartal-auswahl-bsc-2026-kommission-3@hfg-isartal.de
DTSTAMP:20260107T100000Z
DTSTART;TZID=W. Europe Standard Time:20260129T090000
DTEND;TZID=W. Europe Standard Time:20260129T160000
SUMMARY:Auswahlgespräche B.Sc. Hebammenwissenschaft – Kommission 3
ORGANIZER;CN=Studiengangsbüro Hebammenwissenschaft:mailto:hebammenwissensch
 aft@hfg-isartal.de
ATTENDEE;CN="Kowalczyk, Agnieszka (M.Sc.)";ROLE=CHAIR:mailto:agnieszka.kowal
 czyk@hfg-isartal.de
ATTENDEE;CN=Theresa Brandl (Praxisvertreterin Klinikum Isarauen);ROLE=REQ-P
 ARTICIPANT;RSVP=TRUE:mailto:theresa.brandl@klinikum-isarauen.de
LOCATION:Zoom
DESCRIPTION:Liebe Kommissionsmitglieder\,\n\nvielen Dank\, dass Sie als Ver
 treterin der Praxispartner in der Auswahlkommission mitwirken. Es sind 14 
 Studienbewerber*innen à 25 Minuten eingeplant. Bewertung nach dem Leitfaden
  (Motivation\, Kommunikation\, Reflexionsfähigkeit)\, Punkte bitte direkt i
 m Auswahlbogen eintragen.\n\nZoom-Meeting beitreten\nhttps://hfg-isartal.zo
 om.us/j/86200114452\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-university-admission-panel"),

    # H11 OSCE examiner
    _neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000991AA2BB3CC4DC0100000000000000001000000011AA22BB33CC44DD55EE66FF77008899",
         OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Prüfungsamt HfG Isartal":mailto:pruefungsamt@hfg-isartal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandl, T
 heresa":mailto:theresa.brandl@klinikum-isarauen.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Prüferinnen und Prüfer\,\n\nSie sind
  als Fachprüferin für die staatliche praktische Prüfung (OSCE) eingeteilt:
  Station 3 „Leitung einer physiologischen Geburt (Simulation)“. Bitte 7:3
 0 Uhr zur Prüferinnenbesprechung erscheinen. Kandidatinnen: 12.\n
UID:040000008200E00074C5B7101A82E00800000000991AA2BB3CC4DC01000000000000000
 01000000011AA22BB33CC44DD55EE66FF77008899
SUMMARY;LANGUAGE=de-DE:OSCE Staatsprüfung 7. Semester – Prüferin Station 3
DTSTART;TZID=W. Europe Standard Time:20260211T073000
DTEND;TZID=W. Europe Standard Time:20260211T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260115T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Skills Lab HfG Isartal
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-osce-examiner"),

    # H12 ATS notification to the user as interviewer
    _neg("softgarden-invite", "softgarden-7790518-interview@klinikum-isarauen.de",
         r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:softgarden-7790518-interview@klinikum-isarauen.de
DTSTAMP:20251114T080000Z
DTSTART;TZID=Europe/Berlin:20251127T140000
DTEND;TZID=Europe/Berlin:20251127T150000
SUMMARY:Interviewtermin: Sarah Winkler – Hebamme (m/w/d) Kreißsaal
ORGANIZER;CN=Klinikum Isarauen via softgarden:mailto:noreply@softgarden.io
ATTENDEE;CN=Theresa Brandl;ROLE=REQ-PARTICIPANT:mailto:theresa.brandl@klini
 kum-isarauen.de
ATTENDEE;CN=Gabriele Ostermaier;ROLE=REQ-PARTICIPANT:mailto:gabriele.osterm
 aier@klinikum-isarauen.de
LOCATION:Kreißsaal\, Besprechungsraum
DESCRIPTION:Hallo Theresa Brandl\,\n\nSie wurden als Interviewer*in für fol
 gendes Gespräch eingetragen:\n\nKandidat*in: Sarah Winkler\nStelle: Hebamm
 e (m/w/d) Kreißsaal (Job-ID 40017)\nInterviewleitfaden und Bewertungsbogen:
  https://klinikum-isarauen.softgarden.io/hiring/40017/interview\n\nBitte ge
 ben Sie Ihre Bewertung spätestens 24 Std. nach dem Gespräch ab.\n\nsoftgar
 den e-recruiting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-ats-interviewer-notification"),

    # H13 phone screen of a pre-study intern applicant
    _neg("apple-event", "5C6D7E8F-9A0B-4C1D-8E2F-3A4B5C6D7E8F",
         APPLE_HEAD + APPLE_BERLIN + r"""BEGIN:VEVENT
CREATED:20251002T101500Z
UID:5C6D7E8F-9A0B-4C1D-8E2F-3A4B5C6D7E8F
DTEND;TZID=Europe/Berlin:20251006T141500
TRANSP:OPAQUE
SUMMARY:Tel.interview Praktikumsbewerberin (Vorpraktikum) – ich rufe an!
DTSTART;TZID=Europe/Berlin:20251006T140000
DTSTAMP:20251002T101500Z
DESCRIPTION:Emily Sanftl\, 0151 5550 7781\, Abi 2025\, will Hebammenstudium
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-intern-phone-screen-user-calls"),

    # H14 assessment centre observer
    _neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000A12B23C34D45DC0100000000000000001000000022BB33CC44DD55EE66FF7700881199AA",
         OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Personalentwicklung Klinikum Isarauen":mailto:personalentwick
 lung@klinikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandl, T
 heresa":mailto:theresa.brandl@klinikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ferstl, Anna"
 :mailto:anna.ferstl@klinikum-isarauen.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Beobachterinnen und Beobachter\,\n\nvielen 
 Dank für Ihre Unterstützung beim Assessment Center für das Nachwuchsführun
 gsprogramm Pflege & Hebammen. Sie beobachten und bewerten die Teilnehmenden
  in Gruppendiskussion und Rollenspiel. Beobachterschulung 7:45 Uhr.\n
UID:040000008200E00074C5B7101A82E00800000000A12B23C34D45DC01000000000000000
 01000000022BB33CC44DD55EE66FF7700881199AA
SUMMARY;LANGUAGE=de-DE:AC Nachwuchsführungskräfte – Beobachterin T. Brandl
DTSTART;TZID=W. Europe Standard Time:20260127T074500
DTEND;TZID=W. Europe Standard Time:20260127T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260112T141414Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Casino\, Saal 2
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-assessment-center-observer"),

    # H15 panel for another profession, Teams, no VTIMEZONE
    _neg("teams-invite", "040000008200E00074C5B7101A82E00800000000B23C34D45E56DC0100000000000000001000000033CC44DD55EE66FF77008811992AAB",
         r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Dr. Aigner, Stefanie":mailto:stefanie.aigner@klinikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandl, T
 heresa":mailto:theresa.brandl@klinikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=murat.ozdem
 ir.mfa@outlook.de:mailto:murat.ozdemir.mfa@outlook.de
DESCRIPTION;LANGUAGE=de-DE:Interview mit Herrn Özdemir (Bewerbung MFA für d
 ie Kreißsaal-Ambulanz/Schwangerenambulanz). Frau Brandl bitte für die Fra
 gen zur Zusammenarbeit mit den Hebammen dazu.\n\n__________________________
 ______________________________________________________\nMicrosoft Teams-Bes
 prechung\nBesprechungs-ID: 392 114 065 338\nPasscode: cR2mT8\n
UID:040000008200E00074C5B7101A82E00800000000B23C34D45E56DC01000000000000000
 01000000033CC44DD55EE66FF77008811992AAB
SUMMARY;LANGUAGE=de-DE:Interview MFA Schwangerenambulanz – Hr. Özdemir
DTSTART;TZID=W. Europe Standard Time:20251021T153000
DTEND;TZID=W. Europe Standard Time:20251021T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251014T121212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-teams-panel-candidate-attendee"),

    # H16 prep block for interviews she conducts
    _neg("thunderbird-event", "a1f0e2d3-c4b5-4a69-8877-665544332211",
         TB_HEAD + TB_BERLIN + r"""BEGIN:VEVENT
CREATED:20251124T193000Z
LAST-MODIFIED:20251124T193000Z
DTSTAMP:20251124T193000Z
UID:a1f0e2d3-c4b5-4a69-8877-665544332211
SUMMARY:Interviewfragen vorbereiten – Bewerberin Winkler (Do)
DTSTART;TZID=Europe/Berlin:20251126T200000
DTEND;TZID=Europe/Berlin:20251126T210000
DESCRIPTION:Fallfragen: pathologisches CTG\, Schulterdystokie\, Umgang mit
  Konflikt im Team. Leitfaden PD nehmen.
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-prep-block-interview-questions"),

    # H17 examiner in a knowledge test for foreign-trained midwives
    _neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000C34D45E56F67DC0100000000000000001000000044DD55EE66FF77008811992AAB3BBC",
         OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Landesstelle Anerkennung Gesundheitsberufe":mailto:kenntnispr
 uefung@lags-bayern.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandl, T
 heresa":mailto:theresa.brandl@klinikum-isarauen.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Brandl\,\n\nwir bestellen Sie 
 als Fachprüferin für die Kenntnisprüfung (praktischer Teil) im Anerkennungs
 verfahren von Frau Adaeze N. (Ausbildung Nigeria). Prüfungsort: Kreißsaal 
 Klinikum Isarauen. Die Prüfungsniederschrift erhalten Sie vor Ort.\n
UID:040000008200E00074C5B7101A82E00800000000C34D45E56F67DC01000000000000000
 01000000044DD55EE66FF77008811992AAB3BBC
SUMMARY;LANGUAGE=de-DE:Kenntnisprüfung Hebamme (Anerkennung) – Fachprüferin
DTSTART;TZID=W. Europe Standard Time:20260204T080000
DTEND;TZID=W. Europe Standard Time:20260204T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260108T090909Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Kreißsaal Klinikum Isarauen
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-kenntnispruefung-examiner"),

    # H18 weekly applicant hours, recurring with an override
    _neg("outlook-recurring", "040000008200E00074C5B7101A82E00800000000D45E56F67A78DC0100000000000000001000000055EE66FF77008811992AAB3BBC4CCD",
         OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Brandl, Theresa":mailto:theresa.brandl@klinikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ostermaier, G
 abriele":mailto:gabriele.ostermaier@klinikum-isarauen.de
DESCRIPTION;LANGUAGE=de-DE:Offene Bewerbersprechstunde Kreißsaal: Interessie
 rte Hebammen und Studierende können ohne Termin vorbeikommen\, Fragen stell
 en und ein kurzes Erstgespräch führen. Durchgeführt von Theresa Brandl.\n
RRULE:FREQ=WEEKLY;UNTIL=20260225T140000Z;INTERVAL=1;BYDAY=WE;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000D45E56F67A78DC01000000000000000
 01000000055EE66FF77008811992AAB3BBC4CCD
SUMMARY;LANGUAGE=de-DE:Bewerbersprechstunde Kreißsaal
DTSTART;TZID=W. Europe Standard Time:20251105T150000
DTEND;TZID=W. Europe Standard Time:20251105T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251029T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Kreißsaal\, Stationszimmer
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Brandl, Theresa":mailto:theresa.brandl@klinikum-isarauen.de
RECURRENCE-ID;TZID=W. Europe Standard Time:20251224T150000
UID:040000008200E00074C5B7101A82E00800000000D45E56F67A78DC01000000000000000
 01000000055EE66FF77008811992AAB3BBC4CCD
SUMMARY;LANGUAGE=de-DE:Bewerbersprechstunde Kreißsaal (vorgezogen\, Heiligab
 end)
DTSTART;TZID=W. Europe Standard Time:20251223T150000
DTEND;TZID=W. Europe Standard Time:20251223T160000
DTSTAMP:20251210T080000Z
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Kreißsaal\, Stationszimmer
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-recurring-applicant-hours-override"),

    # H19 the user sits in on a friend's birth centre interview
    _neg("apple-event", "6A7B8C9D-0E1F-4A2B-9C3D-4E5F6A7B8C9D",
         APPLE_HEAD + APPLE_BERLIN + r"""BEGIN:VEVENT
CREATED:20251201T210010Z
UID:6A7B8C9D-0E1F-4A2B-9C3D-4E5F6A7B8C9D
DTEND;TZID=Europe/Berlin:20251212T180000
TRANSP:OPAQUE
SUMMARY:Geburtshaus Sonnenau: Bewerbungsgespräch neue Kollegin – ich als
  Beisitz (Miri fragt mich)
DTSTART;TZID=Europe/Berlin:20251212T170000
DTSTAMP:20251201T210010Z
LOCATION:Geburtshaus Sonnenau\, Pasing
DESCRIPTION:Miri will eine zweite Meinung zur Bewerberin (Kathi aus Köln)
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-beisitz-at-friends-birth-centre"),

    # H20 the user rates another candidate's teaching demonstration
    _neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000E56F67A78B89DC0100000000000000001000000066FF77008811992AAB3BBC4CCD5DDE",
         OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Zentrale Praxisanleitung":mailto:praxisanleitung@klinikum-isa
 rauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandl, T
 heresa":mailto:theresa.brandl@klinikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ilić, Marina"
 :mailto:marina.ilic@klinikum-isarauen.de
DESCRIPTION;LANGUAGE=de-DE:Lehrprobe der Bewerberin für die Stelle Praxisan
 leiterin Kreißsaal (Nachfolge M. Ilić): Frau Dr. Miriam Tatzel\, Thema „Ge
 burtsmechanik am Phantom“. Bitte anschließend den Bewertungsbogen Lehrprob
 e ausfüllen.\n
UID:040000008200E00074C5B7101A82E00800000000E56F67A78B89DC01000000000000000
 01000000066FF77008811992AAB3BBC4CCD5DDE
SUMMARY;LANGUAGE=de-DE:Lehrprobe Bewerberin Praxisanleitung (Dr. Tatzel) – B
 ewertung
DTSTART;TZID=W. Europe Standard Time:20260120T140000
DTEND;TZID=W. Europe Standard Time:20260120T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260113T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Skills Lab Bildungszentrum
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-lehrprobe-rater"),
]
