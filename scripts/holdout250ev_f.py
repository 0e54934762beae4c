# ruff: noqa: E501, W291
"""holdout250 events, part f: other negatives (French, childcare, bank, doctor, the trade's own meetings,
recurring events, audits, congress, application admin, CPD Hospitation, onboarding)."""
from holdout250ev_zones import APPLE_BERLIN, APPLE_HEAD, BERLIN, OUTLOOK_HEAD, TB_BERLIN, TB_HEAD, UTC1, WEST, ZURICH


def _neg(kind, uid, ics, trap):
    return dict(kind=kind, uid=uid, ics=ics, is_interview=0, company="", role="", stage="", interviewers="",
                trap=trap, hiring=trap.startswith("user-as-interviewer-"))


EVENTS = [
    # O18 friend's job interview, French
    _neg("apple-event", "9D0E1F2A-3B4C-4D5E-8F6A-7B8C9D0E1F2A",
         APPLE_HEAD + r"""BEGIN:VEVENT
CREATED:20251124T220000Z
UID:9D0E1F2A-3B4C-4D5E-8F6A-7B8C9D0E1F2A
DTEND:20251128T150000
TRANSP:TRANSPARENT
SUMMARY:Entretien d'embauche Camille (Clinique du Parc-Rhône\, Lyon) – l'a
 ppeler après !
DTSTART:20251128T140000
DTSTAMP:20251124T220000Z
DESCRIPTION:Camille passe son entretien pour le poste de sage-femme coordinat
 rice. Lui envoyer un petit message avant 🤞
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "friend-entretien-french-same-trade"),

    # O19 childcare admission talk for her daughter
    _neg("apple-event", "0E1F2A3B-4C5D-4E6F-9A7B-8C9D0E1F2A3B",
         APPLE_HEAD + APPLE_BERLIN + r"""BEGIN:VEVENT
CREATED:20250915T070000Z
UID:0E1F2A3B-4C5D-4E6F-9A7B-8C9D0E1F2A3B
DTEND;TZID=Europe/Berlin:20250923T094500
TRANSP:OPAQUE
SUMMARY:Aufnahmegespräch Kita Sonnenschein (Mila) mit Fr. Obermeier
DTSTART;TZID=Europe/Berlin:20250923T090000
DTSTAMP:20250915T070000Z
LOCATION:Kita Sonnenschein\, Fasangartenstr. 12
DESCRIPTION:Impfpass + U-Heft mitnehmen\, Eingewöhnung ab 1.11.?
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "kita-aufnahmegespraech-for-child"),

    # O20 bank advisory meeting
    _neg("outlook-invite", "BANK-TERMIN-20251017-118420@isartaler-vb.de",
         r"""BEGIN:VCALENDAR
PRODID:-//Isartaler Volksbank eG//Terminvereinbarung//DE
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:BANK-TERMIN-20251017-118420@isartaler-vb.de
DTSTAMP:20251008T101010Z
DTSTART;TZID=Europe/Berlin:20251017T163000
DTEND;TZID=Europe/Berlin:20251017T173000
SUMMARY:Ihr Beratungsgespräch: Baufinanzierung
ORGANIZER;CN=Isartaler Volksbank eG:mailto:termine@isartaler-vb.de
ATTENDEE;CN=Theresa Brandl;RSVP=TRUE:mailto:theresa.brandl@web.de
LOCATION:Filiale Sendling\, Lindwurmstr. 140
DESCRIPTION:Sehr geehrte Frau Brandl\,\n\nvielen Dank für Ihre Terminbuchung
 . Ihr Berater Herr Florian Schätzl freut sich auf das Gespräch. Bitte bring
 en Sie Ihre letzten drei Gehaltsabrechnungen mit.\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "bank-beratungsgespraech-gehaltsabrechnungen"),

    # O21 doctor appointment via a booking platform
    _neg("doctolib-appointment", "doctolib-appt-7731199204@doctolib.de",
         r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib Calendar//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:doctolib-appt-7731199204@doctolib.de
DTSTAMP:20251020T090000Z
DTSTART:20251030T070000Z
DTEND:20251030T071500Z
SUMMARY:Termin bei Dr. med. Ruth Falkenhahn – Betriebsmedizinische Untersuch
 ung
LOCATION:Praxis Dr. Falkenhahn\, Plinganserstr. 50\, 81369 München
DESCRIPTION:Bitte bringen Sie Ihre Versichertenkarte und Ihren Impfpass mit.
  Absagen bis 24 Stunden vorher über Doctolib.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "doctolib-occupational-health-check"),

    # O22 monthly team meeting with an override
    _neg("outlook-recurring", "040000008200E00074C5B7101A82E0080000000039BCDEF01234DC01000000000000000010000000BB44556677889900AABBCCDDEEFF1122",
         OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Ostermaier, Gabriele":mailto:gabriele.ostermaier@klinikum-isa
 rauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Team Kreißsaa
 l":mailto:team.kreisssaal@klinikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brandl, Ther
 esa":mailto:theresa.brandl@klinikum-isarauen.de
DESCRIPTION;LANGUAGE=de-DE:Monatliche Dienstbesprechung Hebammen: Dienstpla
 n\, neue SOPs\, Stand Stellenbesetzungen (Bewerbungsgespräche laufen)\, Ve
 rschiedenes.\n
RRULE:FREQ=MONTHLY;BYDAY=1TU;INTERVAL=1;COUNT=12
UID:040000008200E00074C5B7101A82E0080000000039BCDEF01234DC01000000000000000
 010000000BB44556677889900AABBCCDDEEFF1122
SUMMARY;LANGUAGE=de-DE:Dienstbesprechung Kreißsaal
DTSTART;TZID=W. Europe Standard Time:20251007T141500
DTEND;TZID=W. Europe Standard Time:20251007T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250915T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Elternschule
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Ostermaier, Gabriele":mailto:gabriele.ostermaier@klinikum-isa
 rauen.de
RECURRENCE-ID;TZID=W. Europe Standard Time:20260106T141500
UID:040000008200E00074C5B7101A82E0080000000039BCDEF01234DC01000000000000000
 010000000BB44556677889900AABBCCDDEEFF1122
SUMMARY;LANGUAGE=de-DE:Dienstbesprechung Kreißsaal (verschoben wg. Feiertag
 )
DTSTART;TZID=W. Europe Standard Time:20260108T141500
DTEND;TZID=W. Europe Standard Time:20260108T151500
DTSTAMP:20251210T090000Z
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Elternschule
END:VEVENT
END:VCALENDAR
""", "recurring-team-meeting-override-mentions-interviews"),

    # O23 perinatal case conference
    _neg("outlook-invite", "040000008200E00074C5B7101A82E008000000004ACDEF012345DC01000000000000000010000000CC5566778899AABBCCDDEEFF00112233",
         OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Aigner, Dr. Stefanie":mailto:stefanie.aigner@klinikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandl, T
 heresa":mailto:theresa.brandl@klinikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Neonatolo
 gie Oberärzte":mailto:oae.neonatologie@klinikum-isarauen.de
DESCRIPTION;LANGUAGE=de-DE:Perinatalkonferenz / Fallbesprechung: 2 Fälle (
 Notsectio bei Nabelschnurvorfall\, PPH > 1500 ml). Fr. Brandl stellt Fall 
 1 aus Hebammensicht vor. Debriefing nach Simulationsstandard.\n
UID:040000008200E00074C5B7101A82E008000000004ACDEF012345DC01000000000000000
 010000000CC5566778899AABBCCDDEEFF00112233
SUMMARY;LANGUAGE=de-DE:Perinatalkonferenz – Fallbesprechung
DTSTART;TZID=W. Europe Standard Time:20251119T153000
DTEND;TZID=W. Europe Standard Time:20251119T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251110T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Hörsaal Frauenklinik
END:VEVENT
END:VCALENDAR
""", "case-conference-debriefing-word"),

    # O24 emergency drill with skills assessment
    _neg("outlook-invite", "040000008200E00074C5B7101A82E008000000005BDEF0123456DC01000000000000000010000000DD66778899AABBCCDDEEFF0011223344",
         r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + UTC1 + r"""BEGIN:VEVENT
ORGANIZER;CN="Simulationszentrum":mailto:simzentrum@klinikum-isarauen.de
ATTENDEE;CN="Brandl, Theresa";RSVP=TRUE:mailto:theresa.brandl@klinikum-isar
 auen.de
CLASS:PUBLIC
DESCRIPTION:Interprofessionelles Notfalltraining Geburtshilfe (Schulterdysto
 kie\, Eklampsie\, Reanimation Neugeborenes). Zum Abschluss individuelles S
 kills-Assessment mit Feedbackgespräch (Pflichtfortbildung\, 8 UE).\n
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20
 260115T080000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":2026
 0115T161500
DTSTAMP:20251201T100000Z
LOCATION:Simulationszentrum\, Raum Sim 2
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Notfalltraining Geburtshilfe mit Skills-Assessment
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000005BDEF0123456DC01000000000000000
 010000000DD66778899AABBCCDDEEFF0011223344
END:VEVENT
END:VCALENDAR
""", "simulation-training-with-skills-assessment"),

    # O25 certification audit with staff interviews
    _neg("outlook-invite", "040000008200E00074C5B7101A82E008000000006CEF01234567DC01000000000000000010000000EE778899AABBCCDDEEFF001122334455",
         OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Qualitätsmanagement":mailto:qm@klinikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandl, T
 heresa":mailto:theresa.brandl@klinikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ostermaie
 r, Gabriele":mailto:gabriele.ostermaier@klinikum-isarauen.de
DESCRIPTION;LANGUAGE=de-DE:Re-Zertifizierung „Babyfreundliche Geburtsklinik
 “: Die Auditorinnen führen Interviews mit Mitarbeitenden (Hebammen\, Pflege
 \, Ärzt*innen) und mit Müttern auf Station. Sie sind für ein Interview um 1
 0:20 Uhr eingeplant (ca. 20 Min.\, Themen Bonding\, Stillen in der ersten S
 tunde).\n
UID:040000008200E00074C5B7101A82E008000000006CEF01234567DC01000000000000000
 010000000EE778899AABBCCDDEEFF001122334455
SUMMARY;LANGUAGE=de-DE:Audit Babyfreundlich – Mitarbeiterinterviews Kreißsaa
 l
DTSTART;TZID=W. Europe Standard Time:20251202T101500
DTEND;TZID=W. Europe Standard Time:20251202T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251118T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Kreißsaal\, Stationszimmer
END:VEVENT
END:VCALENDAR
""", "certification-audit-staff-interviews"),

    # O26 monthly info evening for expectant parents, recurring with override
    _neg("google-export", "3h6k9n2q5t8v1c4m7p0s3b6d9r@google.com",
         r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Dienst Kreißsaal
X-WR-TIMEZONE:Europe/Berlin
""" + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251002T190000
DTEND;TZID=Europe/Berlin:20251002T203000
RRULE:FREQ=MONTHLY;BYDAY=1TH
DTSTAMP:20260125T103000Z
UID:3h6k9n2q5t8v1c4m7p0s3b6d9r@google.com
CREATED:20250901T120000Z
DESCRIPTION:Infoabend für werdende Eltern mit Kreißsaalführung – ich bin mi
 t Vortrag „Ablauf der Geburt“ dran. Fragen der Eltern sammeln.
LAST-MODIFIED:20251120T120000Z
LOCATION:Elternschule Klinikum Isarauen
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Infoabend werdende Eltern + Kreißsaalführung
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251211T190000
DTEND;TZID=Europe/Berlin:20251211T203000
DTSTAMP:20260125T103000Z
UID:3h6k9n2q5t8v1c4m7p0s3b6d9r@google.com
RECURRENCE-ID;TZID=Europe/Berlin:20251204T190000
CREATED:20250901T120000Z
DESCRIPTION:Verschoben wegen Weihnachtsfeier. Diesmal mit Vorstellung des n
 euen Chefarztes.
LAST-MODIFIED:20251120T120000Z
LOCATION:Elternschule Klinikum Isarauen
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Infoabend werdende Eltern + Kreißsaalführung (verschoben)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "parents-info-evening-recurring-override"),

    # O27 midwifery congress, multi-day all-day
    _neg("apple-event", "1F2A3B4C-5D6E-4F7A-8B9C-0D1E2F3A4B5C",
         APPLE_HEAD + r"""BEGIN:VEVENT
CREATED:20250905T180000Z
UID:1F2A3B4C-5D6E-4F7A-8B9C-0D1E2F3A4B5C
DTEND;VALUE=DATE:20260131
TRANSP:TRANSPARENT
SUMMARY:Süddeutscher Hebammenkongress Nürnberg (Fortbildungspunkte!)
DTSTART;VALUE=DATE:20260129
DTSTAMP:20250905T180000Z
LOCATION:NürnbergMesse
DESCRIPTION:Workshop Fr: „Hebammengeleiteter Kreißsaal einführen“. Netzwe
 rken mit Pegnitzgrund-Leuten?
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "congress-multiday-mentions-employer"),

    # O28 application photos
    _neg("apple-event", "2A3B4C5D-6E7F-4A8B-9C0D-1E2F3A4B5C6D",
         APPLE_HEAD + APPLE_BERLIN + r"""BEGIN:VEVENT
CREATED:20250910T120000Z
UID:2A3B4C5D-6E7F-4A8B-9C0D-1E2F3A4B5C6D
DTEND;TZID=Europe/Berlin:20250919T163000
TRANSP:OPAQUE
SUMMARY:Bewerbungsfotos – Fotostudio Lichtkante
DTSTART;TZID=Europe/Berlin:20250919T160000
DTSTAMP:20250910T120000Z
LOCATION:Fotostudio Lichtkante\, Sendlinger Str. 33
DESCRIPTION:Blazer + helle Bluse\, Haare offen
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "application-photo-shoot"),

    # O29 application deadline, all-day, Zurich
    _neg("google-export", "7v0c3m6p9s2b5d8h1k4n7q0t3r@google.com",
         r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Bewerbungen 2025/26
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251116
DTEND;VALUE=DATE:20251117
DTSTAMP:20260125T103000Z
UID:7v0c3m6p9s2b5d8h1k4n7q0t3r@google.com
CREATED:20251101T090000Z
DESCRIPTION:Bewerbungsfrist Spital Limmatfeld (Stv. Leitung Gebärsaal) – Un
 terlagen im Portal hochladen: Diplom\, Arbeitszeugnisse\, Motivationsschreib
 en (Schweizer Format\, mit Foto).
LAST-MODIFIED:20251101T090000Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DEADLINE Bewerbung Limmatfeld!
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "application-deadline-all-day-names-employer"),

    # O30 diploma recognition advice call (Switzerland)
    _neg("outlook-invite", "anerkennung-ch-beratung-20251028-3391@anerkennung-gesundheitsberufe.ch",
         r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:anerkennung-ch-beratung-20251028-3391@anerkennung-gesundheitsberufe.ch
DTSTAMP:20251020T080000Z
DTSTART;TZID=Europe/Zurich:20251028T083000
DTEND;TZID=Europe/Zurich:20251028T084500
SUMMARY:Telefonisches Beratungsgespräch Diplomanerkennung Hebamme
ORGANIZER;CN=Anerkennungsstelle Gesundheitsberufe:mailto:beratung@anerkennu
 ng-gesundheitsberufe.ch
ATTENDEE;CN=Theresa Brandl;RSVP=TRUE:mailto:theresa.brandl@web.de
LOCATION:Telefon
DESCRIPTION:Grüezi Frau Brandl\n\nIhr Beratungstermin zur Anerkennung Ihres
  ausländischen Hebammendiploms (Deutschland\, Bachelor/Examen) ist bestätig
 t. Bitte halten Sie Ihre Dossiernummer bereit.\n\nFreundliche Grüsse\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "diploma-recognition-beratungsgespraech-zurich-zone"),

    # O31 Hospitation as continuing education, not an application
    _neg("thunderbird-event", "d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70",
         TB_HEAD + TB_BERLIN + r"""BEGIN:VEVENT
CREATED:20251015T200000Z
LAST-MODIFIED:20251015T200000Z
DTSTAMP:20251015T200000Z
UID:d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70
SUMMARY:Hospitation Geburtshaus Lichtblick (Fortbildung außerklin. Geburtshi
 lfe)
DTSTART;TZID=Europe/Berlin:20251108T090000
DTEND;TZID=Europe/Berlin:20251108T160000
DESCRIPTION:Fortbildungshospitation für die Zusatzqualifikation\, Bescheinig
 ung für die Fortbildungspflicht (HebBO) mitnehmen. Ansprechpartnerin Doris
  Gruber.
LOCATION:Geburtshaus Lichtblick\, Freising
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
""", "hospitation-as-cpd-not-application"),

    # O32 the team meets the new head physician
    _neg("teams-invite", "040000008200E00074C5B7101A82E008000000007DF012345678DC01000000000000000010000000FF8899AABBCCDDEEFF00112233445566",
         OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Sekretariat Frauenklinik":mailto:sekretariat.frauenklinik@kli
 nikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Team Kreiß
 saal":mailto:team.kreisssaal@klinikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Falkenberg, Dr
 . Jonas":mailto:jonas.falkenberg@klinikum-isarauen.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Hebammen\,\n\nunser neuer Chefarzt Dr. Jona
 s Falkenberg (ab 1.1.) möchte das Hebammenteam kennenlernen. Kurze Vorstell
 ungsrunde\, danach offene Fragen.\n\n____________________________________
 ____________________________________________\nMicrosoft Teams-Besprechung\n
 Besprechungs-ID: 344 210 557 019\nPasscode: Kr3iss\n
UID:040000008200E00074C5B7101A82E008000000007DF012345678DC01000000000000000
 010000000FF8899AABBCCDDEEFF00112233445566
SUMMARY;LANGUAGE=de-DE:Kennenlernen neuer Chefarzt – Vorstellungsrunde Hebam
 menteam
DTSTART;TZID=W. Europe Standard Time:20251217T140000
DTEND;TZID=W. Europe Standard Time:20251217T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251205T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Elternschule / Teams
END:VEVENT
END:VCALENDAR
""", "team-kennenlernen-vorstellungsrunde-new-chief"),

    # O33 onboarding a newly hired colleague, the user as mentor
    _neg("outlook-invite", "040000008200E00074C5B7101A82E008000000008E0123456789DC0100000000000000001000000000AA99BBCCDDEEFF0011223344556677",
         OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Ostermaier, Gabriele":mailto:gabriele.ostermaier@klinikum-isa
 rauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandl, T
 heresa":mailto:theresa.brandl@klinikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Huber, Le
 na":mailto:lena.huber@klinikum-isarauen.de
DESCRIPTION;LANGUAGE=de-DE:Erster Arbeitstag Lena Huber (neue Kollegin Kreiß
 saal). Theresa ist ihre Mentorin in der Einarbeitung: Begrüßung\, Rundgang\,
  Einarbeitungsplan und Checkliste durchgehen. Einführungsgespräch nach 4 Wo
 chen folgt.\n
UID:040000008200E00074C5B7101A82E008000000008E0123456789DC01000000000000000
 01000000000AA99BBCCDDEEFF0011223344556677
SUMMARY;LANGUAGE=de-DE:Einarbeitung neue Kollegin L. Huber – Tag 1
DTSTART;TZID=W. Europe Standard Time:20260102T070000
DTEND;TZID=W. Europe Standard Time:20260102T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251215T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Kreißsaal
END:VEVENT
END:VCALENDAR
""", "onboarding-new-colleague-user-as-mentor"),
]
