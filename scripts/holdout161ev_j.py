"""holdout161 events, part J: more of the user on the HIRING side at Assurances Boréal (all negatives)."""

_NEG = dict(is_interview=0, company="", role="", stage="", interviewers="", hiring_side=True)

EVENTS = [
    dict(
        _NEG,
        kind="lunch-finaliste",
        uid="2c4e6a8b-boreal-lunch-finaliste-0404",
        trap="user-as-interviewer-sell-lunch-with-finalist",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ Eastern Standard Time
BEGIN:VEVENT
UID:2c4e6a8b-boreal-lunch-finaliste-0404
DTSTAMP:20250331T160000Z
DTSTART;TZID=Eastern Standard Time:20250404T120000
DTEND;TZID=Eastern Standard Time:20250404T133000
SUMMARY:Lunch avec Priya Sharma (finaliste) + équipe
DESCRIPTION:Lunch informel avec notre finaliste pour lui présenter l'équ
 ipe - réservation au Pastaga pour 5. Pas d'évaluation formelle\, mais on
  vend le poste!
ORGANIZER;CN="Tremblay, Marc-André":mailto:marc-andre.tremblay@assurancesboreal.ca
ATTENDEE;CN=Priya Sharma:mailto:priya.sharma.ds@outlook.com
ATTENDEE;CN="Vachon, Élise":mailto:elise.vachon@assurancesboreal.ca
LOCATION:Pastaga\, 6389 boul. Saint-Laurent
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="sync-recrutement-recurring",
        uid="040000008200E00074C5B7101A82E0080000000018293A4B5CDB01000000000000000010000000ABCDEF0123456789AB06",
        trap="user-as-interviewer-weekly-ta-sync-with-override",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Eastern Standard Time
BEGIN:VEVENT
ORGANIZER;CN="Ménard, Sophie (RH)":mailto:sophie.menard@assurancesboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Tremblay, Marc-André":mailto:marc-andre.tremblay@assurancesboreal.ca
DESCRIPTION;LANGUAGE=fr-CA:Suivi hebdo des affichages DS (REQ-2291\, REQ-
 2307\, stages) : pipeline\, entrevues à planifier\, rétroactions en retard.\n
RRULE:FREQ=WEEKLY;UNTIL=20250530T140000Z;INTERVAL=1;BYDAY=TU;WKST=SU
UID:040000008200E00074C5B7101A82E0080000000018293A4B5CDB01000000000000000010000000ABCDEF0123456789AB06
SUMMARY;LANGUAGE=fr-CA:Sync recrutement DS / Acquisition de talents
DTSTART;TZID=Eastern Standard Time:20250304T100000
DTEND;TZID=Eastern Standard Time:20250304T103000
DTSTAMP:20250228T150000Z
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Ménard, Sophie (RH)":mailto:sophie.menard@assurancesboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Tremblay, Marc-André":mailto:marc-andre.tremblay@assurancesboreal.ca
RECURRENCE-ID;TZID=Eastern Standard Time:20250325T100000
UID:040000008200E00074C5B7101A82E0080000000018293A4B5CDB01000000000000000010000000ABCDEF0123456789AB06
SUMMARY;LANGUAGE=fr-CA:Sync recrutement DS (déplacé - calibration des gr
 illes)
DTSTART;TZID=Eastern Standard Time:20250326T140000
DTEND;TZID=Eastern Standard Time:20250326T150000
DTSTAMP:20250320T150000Z
STATUS:CONFIRMED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="verif-references-candidat",
        uid="BC1D2E3F-4A5B-4C6D-8E7F-90A1B2C3D4E5",
        trap="user-as-interviewer-calling-candidate-references",
        eol="\n",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Mac 16.92//EN
@TZ America/Toronto
BEGIN:VEVENT
UID:BC1D2E3F-4A5B-4C6D-8E7F-90A1B2C3D4E5
DTSTAMP:20250327T130000Z
DTSTART;TZID=America/Toronto:20250331T160000
DTEND;TZID=America/Toronto:20250331T163000
SUMMARY:Appel références - K. Nguyen (ex-gestionnaire chez Beneva)
DESCRIPTION:Appeler Marco Rinaldi 418-555-0166. Questions dans le gabarit
  RH. Vérifier autonomie\, mise en prod\, relation avec les actuaires.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="salon-kiosque-boreal",
        uid="evt-boreal-kiosque-hec-20250320@assurancesboreal.ca",
        trap="user-as-interviewer-employer-booth-career-fair",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ Eastern Standard Time
BEGIN:VEVENT
UID:evt-boreal-kiosque-hec-20250320@assurancesboreal.ca
DTSTAMP:20250305T150000Z
DTSTART;TZID=Eastern Standard Time:20250320T110000
DTEND;TZID=Eastern Standard Time:20250320T150000
SUMMARY:Kiosque Assurances Boréal - Journée carrières HEC Montréal
DESCRIPTION:Merci de tenir le kiosque avec Élise : accueil des étudiant(e
 )s\, collecte de CV pour les stages d'automne\, mini-entrevues de 10 min s
 ur place avec les profils intéressants. Polo Boréal fourni.
ORGANIZER;CN="Ménard, Sophie (RH)":mailto:sophie.menard@assurancesboreal.ca
ATTENDEE;CN="Tremblay, Marc-André":mailto:marc-andre.tremblay@assurancesboreal.ca
ATTENDEE;CN="Vachon, Élise":mailto:elise.vachon@assurancesboreal.ca
LOCATION:HEC Montréal\, édifice Côte-Sainte-Catherine\, atrium
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="exercice-presentiel-supervise",
        uid="040000008200E00074C5B7101A82E0080000000029304A5B6CDB01000000000000000010000000ABCDEF0123456789AB07",
        trap="user-as-interviewer-supervises-onsite-exercise",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Eastern Standard Time
BEGIN:VEVENT
ORGANIZER;CN="Tremblay, Marc-André":mailto:marc-andre.tremblay@assurancesboreal.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="MTL - Salle 1
 4.02 (4)":mailto:salle1402@assurancesboreal.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Nadeau, Julien":mailto:julien.nadeau@assurancesboreal.ca
DESCRIPTION;LANGUAGE=fr-CA:Mise en situation en présentiel - A. Benali (R
 EQ-2307). Portable de test avec données anonymisées préparé par Julien. M
 A surveille la 1re heure\, Julien la 2e. Accueil à la réception 8h45.\n
UID:040000008200E00074C5B7101A82E0080000000029304A5B6CDB01000000000000000010000000ABCDEF0123456789AB07
SUMMARY;LANGUAGE=fr-CA:Mise en situation - A. Benali (bloquer salle)
DTSTART;TZID=Eastern Standard Time:20250409T090000
DTEND;TZID=Eastern Standard Time:20250409T110000
DTSTAMP:20250403T120000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:MTL - Salle 14.02 (4)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="formation-entrevues-structurees",
        uid="cornerstone-boreal-LRN-2025-0211-session3",
        trap="user-as-interviewer-structured-interview-training",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Cornerstone OnDemand//Learning//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:cornerstone-boreal-LRN-2025-0211-session3
DTSTAMP:20250220T140000Z
DTSTART:20250311T130000Z
DTEND:20250311T160000Z
SUMMARY:Formation : Mener des entrevues structurées et sans biais (gestio
 nnaires et intervieweurs)
DESCRIPTION:Inscription confirmée. Cette formation obligatoire pour tout
 membre d'un comité de sélection couvre les questions comportementales\, la
  grille de notation et les biais inconscients.\nFormatrice : Sophie Ménar
 d\, RH.
ORGANIZER;CN=Boréal Apprentissage:mailto:apprentissage@assurancesboreal.ca
ATTENDEE;CN=Marc-André Tremblay:mailto:marc-andre.tremblay@assurancesboreal.ca
LOCATION:Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG,
        kind="appel-stagiaire-cellulaire",
        uid="1q2w3e4r5t6y7u8i9o0p1a2s3d@google.com",
        trap="user-as-interviewer-phone-screen-of-intern-personal-calendar",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:America/Montreal
BEGIN:VEVENT
DTSTART;TZID=America/Montreal:20250307T121500
DTEND;TZID=America/Montreal:20250307T123500
DTSTAMP:20250306T030000Z
UID:1q2w3e4r5t6y7u8i9o0p1a2s3d@google.com
SUMMARY:appeler Thomas Bui (stagiaire UdeM) - présélection
DESCRIPTION:pour le stage été chez nous. 514-555-0199. vérifier python + d
 ispo 16 semaines
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
