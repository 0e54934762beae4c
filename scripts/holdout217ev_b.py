"""holdout217 events, part b: Hapag-Lloyd (Hamburg, with a reschedule), Mercadona, Consum."""

from holdout217ev_tz import BERLIN, MADRID, MADRID_APPLE

_HL_FACH = r"""BEGIN:VEVENT
UID:sf-interview-20250212-6611843-hlag@successfactors.eu
DTSTAMP:{stamp}
SEQUENCE:{seq}
DTSTART;TZID=Europe/Berlin:{start}
DTEND;TZID=Europe/Berlin:{end}
SUMMARY:Fachgespräch: Demand Planner Equipment (m/w/d) - Irene Sanchis Fe
 rrer
LOCATION:Microsoft Teams
DESCRIPTION:Sehr geehrte Frau Sanchis Ferrer\,\n\n{lead}\n\nStelle: Deman
 d Planner Equipment (m/w/d)\, Job-ID 6611843\, Hamburg\nGesprächspartner:
  Dr. Hendrik Baumann (Director Equipment Management Europe)\, Svenja Ko
 ch (Senior Demand Planner)\nDauer: 60 Minuten\, davon ca. 20 Minuten Fall
 beispiel (Leercontainer-Reposition Mittelmeer)\nGesprächssprache: Englisc
 h/Deutsch\n\nTeams-Link: https://teams.microsoft.com/l/meetup-join/19%3am
 eeting_OGE2MzNk\n\nMit freundlichen Grüßen\nIhr Recruiting-Team Hapag-Ll
 oyd AG
ORGANIZER;CN=Hapag-Lloyd Recruiting:mailto:noreply@successfactors.eu
ATTENDEE;CN=Irene Sanchis Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTIO
 N;RSVP=TRUE:mailto:irene.sanchis.ferrer@gmail.com
ATTENDEE;CN=Hendrik Baumann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:h
 endrik.baumann@hlag.com
ATTENDEE;CN=Svenja Koch;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:svenj
 a.koch@hlag.com
STATUS:CONFIRMED
END:VEVENT"""

_HL_LABEL = (
    "sf-interview-20250212-6611843-hlag@successfactors.eu", 1, "Hapag-Lloyd",
    "Demand Planner Equipment (m/w/d)", "technical",
    "hendrik.baumann@hlag.com;svenja.koch@hlag.com",
)

EVENTS = [
    {
        "kind": "successfactors-screen",
        "crlf": True,
        "label": (
            "sf-interview-20250203-6611843-hlag@successfactors.eu", 1, "Hapag-Lloyd",
            "Demand Planner Equipment (m/w/d)", "recruiter_screen",
            "jana.petersen@hlag.com", "successfactors-english-screen-berlin-zone",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Management//EN
VERSION:2.0
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:sf-interview-20250203-6611843-hlag@successfactors.eu
DTSTAMP:20250129T081201Z
SEQUENCE:0
DTSTART;TZID=Europe/Berlin:20250203T140000
DTEND;TZID=Europe/Berlin:20250203T143000
SUMMARY:Interview Invitation - Demand Planner Equipment (m/w/d) - Hapag-L
 loyd AG
LOCATION:Telephone - Jana Petersen will call you on +34 6XX XXX 318
DESCRIPTION:Dear Ms. Sanchis Ferrer\,\n\nThank you for your interest in Ha
 pag-Lloyd. We would like to invite you to a first telephone interview for
  the position Demand Planner Equipment (m/w/d)\, Job ID 6611843\, locati
 on Hamburg.\n\nYour contact: Jana Petersen\, Talent Acquisition\n\nPlease
  confirm the appointment via the candidate portal.\n\nBest regards\nYour
  Hapag-Lloyd Recruiting Team
ORGANIZER;CN=Hapag-Lloyd Recruiting:mailto:noreply@successfactors.eu
ATTENDEE;CN=Irene Sanchis Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTIO
 N;RSVP=TRUE:mailto:irene.sanchis.ferrer@gmail.com
ATTENDEE;CN=Jana Petersen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ja
 na.petersen@hlag.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successfactors-fachgespraech",
        "crlf": True,
        "label": (*_HL_LABEL, "successfactors-german-fachgespraech-original"),
        "ics": f"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Management//EN
VERSION:2.0
METHOD:REQUEST
{BERLIN}
"""
        + _HL_FACH.format(
            stamp="20250206T101544Z", seq="0", start="20250212T100000",
            end="20250212T110000",
            lead="wir freuen uns\\, Sie zu einem Fachgespräch einzuladen.",
        )
        + "\nEND:VCALENDAR\n",
    },
    {
        "kind": "fachgespraech-rescheduled",
        "crlf": True,
        "label": (*_HL_LABEL, "same-uid-higher-sequence-rescheduled-german"),
        "ics": f"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Management//EN
VERSION:2.0
METHOD:REQUEST
{BERLIN}
"""
        + _HL_FACH.format(
            stamp="20250210T154902Z", seq="1", start="20250214T150000",
            end="20250214T160000",
            lead="leider müssen wir Ihr Fachgespräch verschieben. Der neue Termi"
            "n ist Freitag\\, 14.02.2025\\, 15:00 Uhr (deutsche Zeit). Wir bit"
            "ten um Ihr Verständnis.",
        )
        + "\nEND:VCALENDAR\n",
    },
    {
        "kind": "vor-ort-final",
        "crlf": False,
        "label": (
            "hl-vorort-2025-03-05-sanchis@hlag.com", 1, "Hapag-Lloyd",
            "Demand Planner Equipment (m/w/d)", "final",
            "hendrik.baumann@hlag.com;kathrin.lueders@hlag.com",
            "german-vor-ort-final-hamburg-ballindamm",
        ),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:hl-vorort-2025-03-05-sanchis@hlag.com
DTSTAMP:20250221T132700Z
SEQUENCE:0
DTSTART;TZID=Europe/Berlin:20250305T103000
DTEND;TZID=Europe/Berlin:20250305T140000
SUMMARY:Vor-Ort-Termin Hapag-Lloyd / Frau Sanchis Ferrer - Demand Planner
  Equipment (m/w/d)
LOCATION:Hapag-Lloyd AG\, Ballindamm 25\, 20095 Hamburg\, Empfang Erdgesc
 hoss
DESCRIPTION:Liebe Frau Sanchis Ferrer\,\n\nwie telefonisch besprochen laden
  wir Sie zum abschließenden Gespräch bei uns in Hamburg ein:\n10:30 Gesp
 räch mit Dr. Hendrik Baumann und Kathrin Lüders (HR Business Partner)\n
 12:00 gemeinsames Mittagessen mit dem Team\n13:00 Rundgang Fleet Operatio
 ns Center\n\nDie Reisekosten (Flug VLC-HAM\, 1 Hotelnacht) übernehmen wi
 r\; bitte Belege aufbewahren.\n\nBeste Grüße\nKathrin Lüders
ORGANIZER;CN="Lüders, Kathrin":mailto:Kathrin.Lueders@hlag.com
ATTENDEE;CN="Baumann, Hendrik";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailt
 o:Hendrik.Baumann@hlag.com
ATTENDEE;CN=irene.sanchis.ferrer@gmail.com;ROLE=REQ-PARTICIPANT;PARTSTAT=NE
 EDS-ACTION;RSVP=TRUE:mailto:irene.sanchis.ferrer@gmail.com
ATTENDEE;CUTYPE=ROOM;CN=HH-Ballindamm-4.12 Elbe;ROLE=NON-PARTICIPANT:mailto
 :hh-ballindamm-412@hlag.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed-phone-screen",
        "crlf": False,
        "label": (
            "A1F3C9E2-77B4-4D0E-9C61-2B8E5D4F0A13", 1, "Mercadona", "", "recruiter_screen",
            "Sonia", "handtyped-floating-phone-screen-terse",
        ),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250109T191204Z
DTSTAMP:20250109T191209Z
DTSTART:20250113T103000
DTEND:20250113T110000
LAST-MODIFIED:20250109T191209Z
SEQUENCE:0
SUMMARY:Mercadona tlf RRHH
DESCRIPTION:Me llama Sonia de RRHH. Planif. demanda / aprovisionamiento\,
  bloque logístico Riba-roja. Tener a mano: disponibilidad\, salario actua
 l\, por qué dejo TMC. Estar en sitio tranquilo (NO en muelle!!)
UID:A1F3C9E2-77B4-4D0E-9C61-2B8E5D4F0A13
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT15M
UID:5F21B0C4-90DE-4B3C-8E2A-7F14C6D3B901
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "competencias-interview",
        "crlf": True,
        "label": (
            "0m4rk7qv2c9ls1d6ebt3hg8p5u@google.com", 1, "Mercadona",
            "Técnico/a de Planificación de la Demanda", "",
            "sonia.gimeno@mercadona.es;raul.ferrandis@mercadona.es",
            "entrevista-por-competencias-no-clear-stage",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250122T093000
DTEND;TZID=Europe/Madrid:20250122T110000
DTSTAMP:20250115T120930Z
ORGANIZER;CN=Sonia Gimeno:mailto:sonia.gimeno@mercadona.es
UID:0m4rk7qv2c9ls1d6ebt3hg8p5u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sonia Gimeno;X-NUM-GUESTS=0:mailto:sonia.gimeno@mercadona.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Raúl Ferrandis;X-NUM-GUESTS=0:mailto:raul.ferrandis@mercadona.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=irene.sanchis.ferrer@gmail.com;X-NUM-GUESTS=0:mailto:irene.sanchis
 .ferrer@gmail.com
DESCRIPTION:Hola Irene\,\n\nTal y como hablamos\, te citamos para la entre
 vista por competencias del proceso de Técnico/a de Planificación de la D
 emanda. Te atenderemos Raúl Ferrandis y yo. Duración aproximada: 90 minu
 tos.\n\nDirección: Oficinas centrales\, C/ Valencia 5\, Tavernes Blanques
  (Valencia). Preséntate en el control de acceso con el DNI.\n\nUn saludo
 \,\nSonia Gimeno\nDpto. de Personas
LOCATION:Mercadona - Oficinas centrales\, Tavernes Blanques
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mercadona · Entrevista Irene Sanchis Ferrer
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "assessment-center",
        "crlf": True,
        "label": (
            "EPS-CONV-2025-000418-113@epreselec.com", 1, "Consum",
            "Responsable de Planificació Logística", "onsite", "",
            "valencian-assessment-center-dinamica-grup",
        ),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Epreselec//Convocatorias 4.2//ES
METHOD:PUBLISH
{MADRID}
BEGIN:VEVENT
UID:EPS-CONV-2025-000418-113@epreselec.com
DTSTAMP:20250204T070014Z
DTSTART;TZID=Europe/Madrid:20250211T090000
DTEND;TZID=Europe/Madrid:20250211T140000
SUMMARY:Consum - Assessment center: Responsable de Planificació Logística
LOCATION:Consum S. Coop. V.\, Avda. Espioca s/n\, 46460 Silla (València)
 \, Edifici Serveis Centrals - Sala Formació 2
DESCRIPTION:Benvolguda Irene\,\n\nEt convoquem a la jornada d'assessment
  center del procés de selecció Responsable de Planificació Logística.\n\
 nPrograma:\n- 09:00 Benvinguda i presentació de la cooperativa\n- 09:30
  Dinàmica de grup (6 persones candidates)\n- 11:00 Cas pràctic individual
 \n- 12:30 Entrevista breu amb l'equip de selecció\n\nCal portar DNI i bol
 ígraf. Aparcament per a visites a l'entrada nord.\n\nAtentament\,\nDepa
 rtament de Persones - Consum
ORGANIZER;CN=Consum Selecció:mailto:noreply@epreselec.com
ATTENDEE;CN=Irene Sanchis Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTIO
 N;RSVP=FALSE:mailto:irene.sanchis.ferrer@gmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entrevista-final",
        "crlf": False,
        "label": (
            "E6B0D2A8-3C41-4F7E-A1D9-58C2F0B7E344", 1, "Consum", "", "final",
            "Amparo Bellver", "handtyped-valencian-final-apple-vtimezone",
        ),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}
BEGIN:VEVENT
CREATED:20250218T201533Z
DTSTAMP:20250218T201615Z
DTSTART;TZID=Europe/Madrid:20250224T123000
DTEND;TZID=Europe/Madrid:20250224T133000
LAST-MODIFIED:20250218T201615Z
LOCATION:Consum\, Silla - Serveis Centrals
SEQUENCE:0
SUMMARY:Consum - entrevista final amb Amparo Bellver (dir. logística)
DESCRIPTION:Última fase!! Portar: dades de rotació estoc\, exemple proj
 ecte reducció temps estada contenidor. Aparcar entrada nord. Eixir de TM
 C a les 11:45 com a molt tard.
UID:E6B0D2A8-3C41-4F7E-A1D9-58C2F0B7E344
TRANSP:OPAQUE
URL;VALUE=URI:
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:0C9E1D77-2B35-4A60-9F8C-61D2E3A4B5C6
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
]
