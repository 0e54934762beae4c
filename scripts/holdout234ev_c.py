"""holdout234 events, part C: concertada, private and foreign schools in Valencia and Madrid (hand-written, blind)."""

from holdout234ev_tz import BERLIN, MADRID, W_EUROPE


def _neg(uid: str, trap: str) -> dict[str, object]:
    return {"uid": uid, "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "", "trap": trap}


EVENTS = [
    {
        "kind": "director-concertada",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250130T190422Z
DTSTAMP:20250130T190431Z
DTSTART:20250204T173000
DTEND:20250204T183000
LAST-MODIFIED:20250130T190431Z
LOCATION:Carmelitas\, c/ Guillem de Castro
SEQUENCE:0
SUMMARY:Entrevista Carmelitas - director (D. Ramón)
DESCRIPTION:plaça 1r cicle\, jornada completa\, concertada (pagament delega
 t). Portar CV imprés\, títol de valencià (C1) i DECA!! Preguntar per l'ite
 ma de religió.
UID:91C4D0AA-2F1B-4E7B-9C3D-5A6B7C8D9E01
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "91C4D0AA-2F1B-4E7B-9C3D-5A6B7C8D9E01",
                "is_interview": 1,
                "company": "Colegio Nuestra Señora del Carmen",
                "role": "",
                "stage": "hiring_manager",
                "interviewers": "D. Ramón",
                "trap": "typed-entry-concertada-director-floating-short-name",
            }
        ],
    },
    {
        "kind": "titularidad",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250225T120000
DTEND;TZID=Europe/Madrid:20250225T130000
DTSTAMP:20250218T085900Z
ORGANIZER;CN=Secretaría Fundación Educativa Carmelitas:mailto:secretaria.fe
 c@gmail.com
UID:6bq0pe4c1i9kn3l2m5o7r8s0t1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=laia.ferrandis.mestra@gmail.com:mailto:laia.ferrandis.mestra@gmail
 .com
DESCRIPTION:Buenos días\, Laia. Por indicación de D. Ramón Esteve\, te conv
 ocamos a la entrevista con la Titularidad (Hna. Pilar Ortiz\, representan
 te de la Entidad Titular) para la plaza de maestra de 1.º ciclo del Colegi
 o Nuestra Señora del Carmen. Es el último paso antes de la propuesta de co
 ntratación a Conselleria.\n\nFundación Educativa Carmelitas - Secretaría
LOCATION:Sede Fundación\, c/ Cirilo Amorós 60\, Valencia
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Titularidad - Laia Ferrandis Soler
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "6bq0pe4c1i9kn3l2m5o7r8s0t1@google.com",
                "is_interview": 1,
                "company": "Colegio Nuestra Señora del Carmen",
                "role": "maestra de 1.º ciclo",
                "stage": "final",
                "interviewers": "Hna. Pilar Ortiz",
                "trap": "concertada-entity-owner-final-secretary-on-gmail",
            }
        ],
    },
    {
        "kind": "jefa-estudios",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250404T160000
DTEND;TZID=Europe/Madrid:20250404T164500
DTSTAMP:20250331T101011Z
ORGANIZER;CN=Noelia Castelló:mailto:ncastello@aitanainternacional.es
UID:0a2c4e6g8i1k3m5o7q9s2u4w6y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=laia.ferrandis.mestra@gmail.com:mailto:laia.ferrandis.mestra@gmail
 .com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Noelia
  Castelló:mailto:ncastello@aitanainternacional.es
DESCRIPTION:Hola Laia\, encantada. Te propongo una primera entrevista conmi
 go (jefa de estudios de Primaria) para la vacante de tutora de 2.º con inglé
 s (B2/C1). Si encaja\, el siguiente paso sería una clase muestra.\n\nUnirse
  con Google Meet: https://meet.google.com/fok-gqsw-abn
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Laia Ferrandis - tutora 2.º EP
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "0a2c4e6g8i1k3m5o7q9s2u4w6y@google.com",
                "is_interview": 1,
                "company": "Colegio Aitana Internacional",
                "role": "tutora de 2.º con inglés",
                "stage": "hiring_manager",
                "interviewers": "ncastello@aitanainternacional.es",
                "trap": "private-school-head-of-studies-meet",
            }
        ],
    },
    {
        "kind": "clase-muestra",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250423T093000
DTEND;TZID=Europe/Madrid:20250423T101500
DTSTAMP:20250410T120021Z
ORGANIZER;CN=Noelia Castelló:mailto:ncastello@aitanainternacional.es
UID:7h9j1l3n5p7r9t1v3x5z7b9d1f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=laia.ferrandis.mestra@gmail.com:mailto:laia.ferrandis.mestra@gmail
 .com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Noelia
  Castelló:mailto:ncastello@aitanainternacional.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ferran
  Roig (Dirección):mailto:froig@aitanainternacional.es
DESCRIPTION:Clase muestra en 2.º B (24 alumnos). 30 minutos de sesión de Sc
 ience en inglés (los seres vivos) + 15 min de conversación con Dirección.\n
 Puedes usar la PDI. Avisa si necesitas fotocopias antes del martes.
LOCATION:Colegio Aitana Internacional\, Edificio Primaria\, aula 2.º B
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Clase muestra - Laia Ferrandis (2.º B)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "7h9j1l3n5p7r9t1v3x5z7b9d1f@google.com",
                "is_interview": 1,
                "company": "Colegio Aitana Internacional",
                "role": "",
                "stage": "technical",
                "interviewers": "ncastello@aitanainternacional.es;froig@aitanainternacional.es",
                "trap": "clase-muestra-demo-lesson-selection-stage",
            }
        ],
    },
    {
        "kind": "telefonat-dsv",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Brandt, Katrin":mailto:k.brandt@dsvalencia.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=laia.ferra
 ndis.mestra@gmail.com:mailto:laia.ferrandis.mestra@gmail.com
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Ferrandis Soler\,\n\nvielen Da
 nk für Ihre Bewerbung als Ortslehrkraft für Spanisch und Valencianisch in d
 er Grundschule. Gerne möchte ich mit Ihnen ein erstes telefonisches Kennenl
 erngespräch führen (ca. 20 Minuten\, auf Deutsch und Spanisch). Ich rufe Si
 e unter der angegebenen Mobilnummer an.\n\nMit freundlichen Grüßen\nKatrin
  Brandt\nVerwaltungsleitung / Personal\n
UID:040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DB0100000000000000
 0010000000DEADBEEF0000111122223333444455AA
SUMMARY;LANGUAGE=de-DE:Telefonat Frau Ferrandis Soler - Ortslehrkraft GS
DTSTART;TZID=W. Europe Standard Time:20250226T143000
DTEND;TZID=W. Europe Standard Time:20250226T145000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250220T095018Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DB010000000000000000100000"
                "00DEADBEEF0000111122223333444455AA",
                "is_interview": 1,
                "company": "Deutsche Schule Valencia",
                "role": "Ortslehrkraft für Spanisch und Valencianisch in der Grundschule",
                "stage": "recruiter_screen",
                "interviewers": "k.brandt@dsvalencia.org",
                "trap": "german-telefonat-kennenlerngespraech-w-europe-zone",
            }
        ],
    },
    {
        "kind": "vorstellungsgespraech",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{BERLIN}BEGIN:VEVENT
ORGANIZER;CN="Brandt, Katrin":mailto:k.brandt@dsvalencia.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=laia.ferra
 ndis.mestra@gmail.com:mailto:laia.ferrandis.mestra@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Hoffmann, Dr. Stefan (S
 chulleiter)":mailto:s.hoffmann@dsvalencia.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Vidal Morant, Begoña":m
 ailto:b.vidal@dsvalencia.org
DESCRIPTION;LANGUAGE=de-DE:Vorstellungsgespräch mit Hospitation: Sie halten
  bitte eine 25-minütige Unterrichtsstunde Spanisch in einer 3. Klasse\, anc
 hließend Gespräch mit Herrn Dr. Hoffmann (Schulleiter) und Frau Vidal (Grun
 dschulleitung). Bitte melden Sie sich am Empfang (Jaume Roig 14-16).\n
UID:040000008200E00074C5B7101A82E008000000003C4D5E6F7A8BDB0100000000000000
 00100000000102030405060708090A0B0C0D0E0F10
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Frau Ferrandis Soler (GS\, Spa
 nisch/Valencianisch)
DTSTART;TZID=Europe/Berlin:20250312T113000
DTEND;TZID=Europe/Berlin:20250312T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T141200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Deutsche Schule Valencia\, Raum 114
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "040000008200E00074C5B7101A82E008000000003C4D5E6F7A8BDB0100000000000000001000000"
                "00102030405060708090A0B0C0D0E0F10",
                "is_interview": 1,
                "company": "Deutsche Schule Valencia",
                "role": "",
                "stage": "onsite",
                "interviewers": "s.hoffmann@dsvalencia.org;b.vidal@dsvalencia.org",
                "trap": "german-vorstellungsgespraech-mit-hospitation-onsite",
            }
        ],
    },
    {
        "kind": "entretien-lycee",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250514T140000
DTEND;TZID=Europe/Madrid:20250514T143000
DTSTAMP:20250507T073355Z
ORGANIZER;CN=Secrétariat du Proviseur:mailto:secretariat.proviseur@lfvalenc
 e.net
UID:2d4f6h8j0l2n4p6r8t0v2x4z6b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=laia.ferrandis.mestra@gmail.com:mailto:laia.ferrandis.mestra@gmail
 .com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Julien
  Marchetti:mailto:julien.marchetti@lfvalence.net
DESCRIPTION:Madame\,\n\nSuite à votre candidature au poste d'enseignante d'
 espagnol et de valencien (contrat local\, cycles 2 et 3)\, M. Marchetti\, d
 irecteur de l'école primaire\, vous recevra pour un entretien.\nMerci de vo
 us présenter à l'accueil muni(e) d'une pièce d'identité.\n\nLe secrétariat
LOCATION:Lycée Français de Valence - bâtiment primaire
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Mme Ferrandis Soler - poste espagnol/valencien primaire
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "2d4f6h8j0l2n4p6r8t0v2x4z6b@google.com",
                "is_interview": 1,
                "company": "Lycée Français de Valence",
                "role": "enseignante d'espagnol et de valencien",
                "stage": "hiring_manager",
                "interviewers": "julien.marchetti@lfvalence.net",
                "trap": "french-entretien-secretariat-organizer",
            }
        ],
    },
]
