"""holdout234 events, part I (continues C): concertada, private and foreign schools (hand-written, blind)."""

from holdout234ev_tz import MADRID


def _neg(uid: str, trap: str) -> dict[str, object]:
    return {"uid": uid, "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "", "trap": trap}


EVENTS = [
    {
        "kind": "equip-directiu",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250402T171500
DTEND;TZID=Europe/Madrid:20250402T181500
DTSTAMP:20250327T200144Z
ORGANIZER;CN=Escola L'Horta - Direcció:mailto:direccio@escolalhorta.coop
UID:5m7o9q1s3u5w7y9a1c3e5g7i9k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=laia.ferrandis.mestra@gmail.com:mailto:laia.ferrandis.mestra@gmail
 .com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Amparo
  Gómez:mailto:amparo.gomez@escolalhorta.coop
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Xavi M
 oltó:mailto:xavi.molto@escolalhorta.coop
DESCRIPTION:Bon dia Laia\, t'esperem a l'escola per a parlar amb l'equip di
 rectiu (Amparo\, directora\, i Xavi\, cap d'estudis) sobre la plaça de mes
 tra de 5é per al curs 25-26. Som cooperativa: també t'explicarem què sign
 ifica incorporar-se com a sòcia treballadora. Entreu per la porta del pati.
LOCATION:Escola Cooperativa L'Horta\, Camí Vell de Foios\, Alboraia
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Laia Ferrandis - conversa amb l'equip directiu
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "5m7o9q1s3u5w7y9a1c3e5g7i9k@google.com",
                "is_interview": 1,
                "company": "Escola Cooperativa L'Horta",
                "role": "mestra de 5é",
                "stage": "hiring_manager",
                "interviewers": "amparo.gomez@escolalhorta.coop;xavi.molto@escolalhorta.coop",
                "trap": "valencian-conversa-equip-directiu-cooperative",
            }
        ],
    },
    {
        "kind": "dia-de-prova",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250425
DTEND;VALUE=DATE:20250426
DTSTAMP:20250410T180002Z
ORGANIZER;CN=Escola L'Horta - Direcció:mailto:direccio@escolalhorta.coop
UID:8r0t2v4x6z8b0d2f4h6j8l0n2p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=laia.ferrandis.mestra@gmail.com:mailto:laia.ferrandis.mestra@gmail.com
DESCRIPTION:Dia de prova amb el grup de 5é: estaràs tot el matí amb Xavi a
  l'aula\, dinaràs amb l'equip al menjador i a les 15 h fem una xarradeta de
  valoració. Recorda que has de demanar permís a la teua direcció.
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Dia de prova - Laia F. (5é)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "8r0t2v4x6z8b0d2f4h6j8l0n2p@google.com",
                "is_interview": 1,
                "company": "Escola Cooperativa L'Horta",
                "role": "",
                "stage": "onsite",
                "interviewers": "Xavi",
                "trap": "valencian-dia-de-prova-all-day-trial-day",
            }
        ],
    },
    {
        "kind": "sant-ignasi",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="Direcció Primària - Col·legi Sant Ignasi":mailto:primaria@sant
 ignasi.jesuites.net
ATTENDEE;CN=laia.ferrandis.mestra@gmail.com;RSVP=TRUE:mailto:laia.ferrandis.
 mestra@gmail.com
ATTENDEE;CN=Enric Sanchis:mailto:enric.sanchis@santignasi.jesuites.net
CLASS:PUBLIC
DESCRIPTION:Benvolguda Laia\,\nEt convoquem a una entrevista amb Enric Sanchi
 s\, director pedagògic de Primària\, per a la plaça de mestra d'Educació P
 rimària amb perfil de Pedagogia Terapèutica (substitució llarga). Et dema
 nem que portes el teu projecte d'ACIS d'algun alumne (anonimitzat).\nSalut
 acions cordials
DTEND:20250521T163000Z
DTSTAMP:20250514T101501Z
DTSTART:20250521T153000Z
LOCATION:Col·legi Sant Ignasi\, Godella - Sala de Visites
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=ca:Entrevista - Laia Ferrandis Soler (Primària PT)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000050E1F1A3B4C4DB01000000000000000
 01000000077AA88BB99CC00DD11EE22FF33004411
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "040000008200E00074C5B7101A82E0080000000050E1F1A3B4C4DB010000000000000000100000"
                "0077AA88BB99CC00DD11EE22FF33004411",
                "is_interview": 1,
                "company": "Col·legi Sant Ignasi",
                "role": "mestra d'Educació Primària amb perfil de Pedagogia Terapèutica",
                "stage": "hiring_manager",
                "interviewers": "enric.sanchis@santignasi.jesuites.net",
                "trap": "valencian-outlook-utc-concertada-pt-acis",
            }
        ],
    },
    {
        "kind": "ett-cliente",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250303T101500
DTEND;TZID=Europe/Madrid:20250303T103000
DTSTAMP:20250228T115501Z
ORGANIZER;CN=Marisa Peiró - Flexiplan ETT:mailto:mpeiro@flexiplan-ett.es
UID:9c1e3g5i7k9m1o3q5s7u9w1y3a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=laia.ferrandis.mestra@gmail.com:mailto:laia.ferrandis.mestra@gmail
 .com
DESCRIPTION:Laia\, como te adelanté\, el cliente es el Colegio Sorolla Bili
 ngüe (Campanar). Hacemos una videollamada breve para repasar tu experienci
 a con 1.º y 2.º\, tu nivel de inglés y la disponibilidad inmediata antes de
  enviarles tu candidatura.\nhttps://meet.google.com/yue-bmxk-pod
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Videollamada Flexiplan - Laia Ferrandis
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "9c1e3g5i7k9m1o3q5s7u9w1y3a@google.com",
                "is_interview": 1,
                "company": "Colegio Sorolla Bilingüe",
                "role": "",
                "stage": "recruiter_screen",
                "interviewers": "mpeiro@flexiplan-ett.es",
                "trap": "temp-agency-screen-client-named-in-body",
            }
        ],
    },
    {
        "kind": "escolapias-typed",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Samsung Electronics//Calendar//EN
VERSION:2.0
BEGIN:VEVENT
UID:samsung-cal-5522901874@laia
DTSTAMP:20250520T072211Z
DTSTART:20250527T123000
DTEND:20250527T133000
SUMMARY:entrevista escolapias gandia
DESCRIPTION:tren 10:12 desde nord! preguntar por Sor Montse en porteria. PT
  infantil/1r ciclo
LOCATION:Escolapias Gandia
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "samsung-cal-5522901874@laia",
                "is_interview": 1,
                "company": "Colegio Escolapias Gandia",
                "role": "",
                "stage": "",
                "interviewers": "Sor Montse",
                "trap": "typed-lowercase-phone-entry-floating",
            }
        ],
    },
    {
        "kind": "demo-class",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250122T160000Z
DTEND:20250122T170000Z
DTSTAMP:20250119T100001Z
UID:1d3f5h7j9l1n3p5r7t9v1x3z5b@google.com
SUMMARY:Abacus - demo class (kids 5-7)
DESCRIPTION:Demo class of 45 min with a real group + short chat with Nuria (
 academic coordinator). Bring flashcards\, puppet. Salary 14€/h?? ask.
LOCATION:Abacus English Academy\, Av. Blasco Ibáñez 112
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "1d3f5h7j9l1n3p5r7t9v1x3z5b@google.com",
                "is_interview": 1,
                "company": "Abacus English Academy",
                "role": "",
                "stage": "technical",
                "interviewers": "Nuria",
                "trap": "typed-demo-class-language-academy-utc",
            }
        ],
    },
    {
        "kind": "jornada-seleccion",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250507
DTEND;VALUE=DATE:20250508
DTSTAMP:20250428T090511Z
ORGANIZER;CN=RRHH Colegio Arcángel:mailto:rrhh@colegioarcangel.es
UID:4e6g8i0k2m4o6q8s0u2w4y6a8c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=laia.ferrandis.mestra@gmail.com:mailto:laia.ferrandis.mestra@gmail.com
DESCRIPTION:Jornada de selección - Maestro/a de Primaria bilingüe (curso 202
 5-26)\n\n9:30 Acogida y dinámica de grupo con otros candidatos\n11:00 Clase
  muestra (20 min) ante la Coordinadora de Primaria\, Dña. Almudena Pizarro\n
 12:30 Entrevista personal con el Director General\, D. Íñigo Sastre\n\nColeg
 io Arcángel - Las Tablas\, Madrid
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jornada de selección Colegio Arcángel (Madrid)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "4e6g8i0k2m4o6q8s0u2w4y6a8c@google.com",
                "is_interview": 1,
                "company": "Colegio Arcángel",
                "role": "Maestro/a de Primaria bilingüe",
                "stage": "onsite",
                "interviewers": "Dña. Almudena Pizarro;D. Íñigo Sastre",
                "trap": "all-day-selection-day-madrid-group-dynamic",
            }
        ],
    },
    {
        "kind": "ave-madrid",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250507T050500Z
DTEND:20250507T065000Z
DTSTAMP:20250428T091900Z
UID:renfe-ave-02071-20250507@renfe.com
SUMMARY:Tren AVE 02071 València Joaquín Sorolla - Madrid Puerta de Atocha
DESCRIPTION:Localizador: K7PQ3Z\nCoche 6\, plaza 09A\nPasajero: LAIA FERRAN
 DIS SOLER
LOCATION:València Joaquín Sorolla
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [_neg("renfe-ave-02071-20250507@renfe.com", "train-ticket-to-interview-city")],
    },
]
