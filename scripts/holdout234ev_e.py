"""holdout234 events, part E: last employers, and the user on the hiring side at school (hand-written, blind)."""

from holdout234ev_tz import MADRID, ROMANCE


def _iv(uid: str, company: str, role: str, stage: str, who: str, trap: str) -> dict[str, object]:
    return {"uid": uid, "is_interview": 1, "company": company, "role": role, "stage": stage,
            "interviewers": who, "trap": trap}


def _neg(uid: str, trap: str) -> dict[str, object]:
    return {"uid": uid, "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "", "trap": trap}


def _g(uid: str, start: str, end: str, summary: str, desc: str, extra: str = "") -> str:
    """A Google Calendar export of the user's own calendar (X-WR-TIMEZONE, UTC times)."""
    return (
        "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
        "X-WR-TIMEZONE:Europe/Madrid\nBEGIN:VEVENT\n"
        f"DTSTART:{start}\nDTEND:{end}\nDTSTAMP:20250601T080000Z\nUID:{uid}\n{extra}"
        f"SUMMARY:{summary}\nDESCRIPTION:{desc}\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n"
    )


GVA_ORG = "ORGANIZER;CN=\"Martí Esteve, Vicenta\":mailto:vicenta.marti@edu.gva.es\n"
GVA_ME = ("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Ferrandis Soler, Laia\":mailto:"
          "laia.ferrandis@edu.gva.es\n")

EVENTS = [
    {
        "kind": "xuquer-entrevista",
        "ics": _g("edx-22ab91@google.com", "20250326T161500Z", "20250326T170000Z",
                  "Edicions del Xúquer - entrevista (assessora pedagògica val.)",
                  r"amb la Maria Benavent\, editora de llibres de text. Vol vore mostres de correcció en val"
                  r"encià. Videotrucada\, link al correu."),
        "labels": [_iv("edx-22ab91@google.com", "Edicions del Xúquer", "assessora pedagògica", "",
                       "Maria Benavent", "typed-publisher-valencian-utc-export")],
    },
    {
        "kind": "factorial-ats",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Factorial HR//Factorial ATS//ES
VERSION:2.0
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
UID:factorial-ats-interview-204417@factorialhr.com
DTSTAMP:20250224T094500Z
DTSTART;TZID=Europe/Madrid:20250227T123000
DTEND;TZID=Europe/Madrid:20250227T131500
SUMMARY:Saberia · Entrevista con el equipo de Producto · Laia Ferrandis Soler
ORGANIZER;CN=Saberia:mailto:no-reply@factorialhr.com
ATTENDEE;CN=Laia Ferrandis Soler;RSVP=TRUE:mailto:laia.ferrandis.mestra@gma
 il.com
ATTENDEE;CN=Alba Montoya:mailto:alba.montoya@saberia.es
DESCRIPTION:Proceso: Product Owner Educativo (perfil docente)\nEntrevistador
 a: Alba Montoya\nEnlace: https://meet.google.com/zke-wuya-nqs\n\nEnviado d
 esde Factorial
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [_iv("factorial-ats-interview-204417@factorialhr.com", "Saberia",
                       "Product Owner Educativo (perfil docente)", "", "alba.montoya@saberia.es",
                       "factorial-spanish-ats-noreply")],
    },
    {
        "kind": "bizneo-red",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Bizneo//Bizneo ATS//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:bizneo-ats-ev-55201-llevant
DTSTAMP:20250402T101010Z
DTSTART:20250409T143000Z
DTEND:20250409T151500Z
SUMMARY:Entrevista online - Maestro/a de Educación Primaria (inglés) - Red de
  colegios
ORGANIZER;CN=Fundació Escoles Llevant:mailto:notificaciones@bizneo.com
ATTENDEE;CN=Laia Ferrandis Soler:mailto:laia.ferrandis.mestra@gmail.com
DESCRIPTION:Te entrevistará Lorena Gimeno (Coordinación Pedagógica de la Fu
 ndació). La plaza puede ser en Burjassot\, Torrent o Sagunt. Enlace Teams
  enviado por email.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [_iv("bizneo-ats-ev-55201-llevant", "Fundació Escoles Llevant",
                       "Maestro/a de Educación Primaria (inglés)", "", "Lorena Gimeno",
                       "bizneo-concertada-network-interviewer-in-body")],
    },
    {
        "kind": "little-oaks",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
VERSION:2.0
BEGIN:VEVENT
UID:C0FFEE12-3456-4789-ABCD-EF0123456789
DTSTAMP:20250505T200000Z
DTSTART:20250508T183000
DTEND:20250508T190000
SUMMARY:Little Oaks (whatsapp con Bea) ☎️
DESCRIPTION:Bea = directora academia. Me llama ella. Grupos 3-5 años sábados.
END:VEVENT
END:VCALENDAR
""",
        "labels": [_iv("C0FFEE12-3456-4789-ABCD-EF0123456789", "Little Oaks English", "", "", "Bea",
                       "typed-emoji-whatsapp-call-floating")],
    },
    {
        "kind": "escola-infantil",
        "ics": _g("jardi-ent-9911@google.com", "20250617T150000Z", "20250617T160000Z",
                  "EI El Jardí - entrevista amb Carme (directora)",
                  r"plaça de mestra d'Infantil 2-3 anys\, setembre. Demanar per horari i conveni.",
                  "LOCATION:Escola Infantil El Jardí\\, Benimaclet\n"),
        "labels": [_iv("jardi-ent-9911@google.com", "Escola Infantil El Jardí", "mestra d'Infantil 2-3 anys",
                       "hiring_manager", "Carme", "typed-valencian-nursery-director")],
    },
    {
        "kind": "zoom-olivos",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
{MADRID}BEGIN:VEVENT
DTSTAMP:20250516T120000Z
DTSTART;TZID=Europe/Madrid:20250520T134500
DTEND;TZID=Europe/Madrid:20250520T142500
SUMMARY:Colegio Los Olivos - candidata Laia F.
UID:20250516T120000Z-81277004410@fe80:0:0:0:8a2:1fff:fe11:bb20ens5
DESCRIPTION:Amparo Ruiz (Jefa de Estudios\, Colegio Los Olivos - Torrent)
  le está invitando a una reunión de Zoom programada.\n\nUnirse a la reunión
  Zoom\nhttps://us05web.zoom.us/j/81277004410?pwd=aTQ3\n\nID de reunión: 812
  7700 4410\nCódigo de acceso: Olivos
LOCATION:https://us05web.zoom.us/j/81277004410?pwd=aTQ3
END:VEVENT
END:VCALENDAR
""",
        "labels": [_iv("20250516T120000Z-81277004410@fe80:0:0:0:8a2:1fff:fe11:bb20ens5", "Colegio Los Olivos",
                       "", "hiring_manager", "Amparo Ruiz", "zoom-candidata-word-summary")],
    },
    {
        "kind": "escuela-europea",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="Human Resources - EEA":mailto:ali-hr@eursc.eu
ATTENDEE;CN=laia.ferrandis.mestra@gmail.com;RSVP=TRUE:mailto:laia.ferrandis.
 mestra@gmail.com
ATTENDEE;CN="Deputy Director Primary":mailto:ali-deputy-primary@eursc.eu
DESCRIPTION:Selection board - Locally recruited teacher\, Primary Spanish Se
 ction (P1-P5)\, school year 2025-2026. The board will be chaired by the Dep
 uty Director for Primary. Language of the interview: Spanish and English.\n
 Escuela Europea de Alicante\, Avda. Locutor Vicente Hipólito 1.
DTSTART:20250616T083000Z
DTEND:20250616T091500Z
DTSTAMP:20250604T080505Z
UID:{A7E0B8C1-2D3E-4F50-8A9B-0C1D2E3F4A5B}
SUMMARY:Selection board - LRT Primary Spanish - FERRANDIS SOLER Laia
LOCATION:Escuela Europea de Alicante - Board Room
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [_iv("{A7E0B8C1-2D3E-4F50-8A9B-0C1D2E3F4A5B}", "Escuela Europea de Alicante",
                       "Locally recruited teacher, Primary Spanish Section (P1-P5)", "",
                       "ali-deputy-primary@eursc.eu", "selection-board-role-mailbox-interviewer")],
    },
    # ---- the user on the hiring side: student teachers, AMPA monitors, the summer school she coordinates ----
    {
        "kind": "entrevistes-practiques",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
{GVA_ORG}{GVA_ME}ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Llorens Peris, Joan":mailto:joan.llorens@edu.gva.es
DESCRIPTION;LANGUAGE=ca-ES:Entrevistes a les alumnes de Practicum II de Mag
 isteri (UV) que ens han assignat. 15 minuts cadascuna: Júlia Climent\, Ai
 tor Sanz\, Nerea Puchol. Laia\, tu fas de tutora de Júlia. Graella de valor
 ació a la carpeta compartida.\n
UID:040000008200E00074C5B7101A82E00800000000AAAA1111BBBB2222CCCC3333DDDD44
SUMMARY;LANGUAGE=ca-ES:Entrevistes alumnat pràctiques Magisteri (Practicum
  II)
DTSTART;TZID=Romance Standard Time:20250203T140000
DTEND;TZID=Romance Standard Time:20250203T150000
DTSTAMP:20250128T120000Z
SEQUENCE:0
LOCATION;LANGUAGE=ca-ES:Despatx de direcció
END:VEVENT
END:VCALENDAR
""",
        "labels": [_neg("040000008200E00074C5B7101A82E00800000000AAAA1111BBBB2222CCCC3333DDDD44",
                        "user-as-interviewer-panel-student-teachers-practicum")],
    },
    {
        "kind": "classe-observada",
        "ics": _g("obs-julia-3rb@google.com", "20250312T083000Z", "20250312T093000Z",
                  "classe observada Júlia (3r B) - mates",
                  r"Júlia fa la sessió de fraccions sola. Jo observe amb la rúbrica de la UV: gestió d'aula"
                  r"\, instruccions\, atenció a NEE (Hugo\, TEA). Feedback al pati."),
        "labels": [_neg("obs-julia-3rb@google.com", "user-as-interviewer-observing-student-teacher-lesson")],
    },
    {
        "kind": "informe-practicum",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250509
DTEND;VALUE=DATE:20250510
DTSTAMP:20250501T180000Z
UID:informe-tutora-practicum@google.com
SUMMARY:Termini: informe tutora de centre + nota Júlia (Practicum II)
DESCRIPTION:Pujar a la plataforma de la UV: rúbrica (40%)\, informe qualitat
 iu\, proposta de qualificació. NO oblidar signar.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "labels": [_neg("informe-tutora-practicum@google.com", "user-as-interviewer-grading-student-teacher-deadline")],
    },
    {
        "kind": "seguiment-uv",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250402T130000
DTEND;TZID=Europe/Madrid:20250402T133000
DTSTAMP:20250327T091000Z
ORGANIZER;CN=Dra. Anna Puig:mailto:anna.puig@uv.es
UID:seguiment-practicum-jc@uv.es
ATTENDEE;CN=Laia Ferrandis;PARTSTAT=NEEDS-ACTION:mailto:laia.ferrandis@edu.gva.es
SUMMARY:Seguiment Practicum - Júlia Climent (tutora centre / tutora UV)
DESCRIPTION:Valorem com va l'alumna: fortaleses\, aspectes a millorar i si
  proposem excel·lent. Meet: https://meet.google.com/pwr-kzyd-ibo
END:VEVENT
END:VCALENDAR
""",
        "labels": [_neg("seguiment-practicum-jc@uv.es", "user-as-interviewer-debrief-on-student-teacher")],
    },
    {
        "kind": "reply-accepted",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REPLY
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250129T170000
DTEND;TZID=Europe/Madrid:20250129T171500
DTSTAMP:20250127T210011Z
ORGANIZER;CN=Laia Ferrandis:mailto:laia.ferrandis@edu.gva.es
UID:primer-contacte-practiques-julia@edu.gva.es
ATTENDEE;PARTSTAT=ACCEPTED;CN=Júlia Climent:mailto:juliaclimentb@gmail.com
SUMMARY:Acceptat: Primer contacte pràctiques - CEIP
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [_neg("primer-contacte-practiques-julia@edu.gva.es", "user-as-interviewer-candidate-reply-accepted")],
    },
    {
        "kind": "fct-infantil",
        "ics": _g("fct-tei-entrevista@google.com", "20250310T130000Z", "20250310T133000Z",
                  "Entrevista alumna FCT TEI (IES Benlliure)",
                  r"ve amb la tutora de l'IES. Vore si encaixa a Infantil 3 anys o a l'aula CyL. Preguntar"
                  r" horari i si té el certificat de delictes."),
        "labels": [_neg("fct-tei-entrevista@google.com", "user-as-interviewer-vocational-intern-entrevista")],
    },
    {
        "kind": "seleccio-matinera",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250121T164500
DTEND;TZID=Europe/Madrid:20250121T183000
DTSTAMP:20250117T200000Z
ORGANIZER;CN=AMPA CEIP:mailto:ampa.ceip.benimaclet@gmail.com
UID:ampa-matinera-seleccio@google.com
ATTENDEE;CN=laia.ferrandis@edu.gva.es;PARTSTAT=ACCEPTED:mailto:laia.ferrandis@edu.gva.es
ATTENDEE;CN=Rosa (presidenta AMPA);PARTSTAT=ACCEPTED:mailto:rosaamparo.b@gmail.com
SUMMARY:Escola matinera: conéixer candidats monitor/a
DESCRIPTION:Rosa\, Laia (per part de l'escola) i Vicent (tresorer) parlem amb
  els 4 candidats que han enviat CV. 20 min cadascun a la biblioteca.
LOCATION:Biblioteca CEIP
END:VEVENT
END:VCALENDAR
""",
        "labels": [_neg("ampa-matinera-seleccio@google.com", "user-as-interviewer-ampa-monitor-candidates")],
    },
    {
        "kind": "candidat-gmail",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250122T171500
DTEND;TZID=Europe/Madrid:20250122T173500
DTSTAMP:20250121T190000Z
ORGANIZER;CN=Laia Ferrandis:mailto:laia.ferrandis.mestra@gmail.com
UID:sergio-monitor-matinera@google.com
ATTENDEE;CN=Sergio Albert;PARTSTAT=NEEDS-ACTION:mailto:sergioalbert.lleure@gmail.com
SUMMARY:Sergio Albert - monitor matinera
DESCRIPTION:Sergio\, com que ahir no vas poder vindre\, et veig demà a les 1
 7:15 a la porta del carrer Mistral. Porta el títol de monitor. Laia
END:VEVENT
END:VCALENDAR
""",
        "labels": [_neg("sergio-monitor-matinera@google.com", "user-as-interviewer-candidate-on-free-mail")],
    },
    {
        "kind": "tarda-prova",
        "ics": _g("tarda-prova-nerea@google.com", "20250128T150000Z", "20250128T163000Z",
                  "Tarda de prova Nerea (monitora extraescolars)",
                  r"Nerea porta el taller de teatre amb 2n. Jo em quede a l'aula i després valorem amb Rosa."),
        "labels": [_neg("tarda-prova-nerea@google.com", "user-as-interviewer-supervising-trial-afternoon")],
    },
    {
        "kind": "ett-candidata",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="Marisa Peiró - Flexiplan ETT":mailto:mpeiro@flexiplan-ett.es
ATTENDEE;CN=laia.ferrandis@edu.gva.es:mailto:laia.ferrandis@edu.gva.es
DESCRIPTION:Laia\, te presento a Lucía Moreno\, candidata para monitora de l
 a Escola d'Estiu (titulación MTL\, 2 veranos en campamentos). Te adjunto
  CV. Si te va bien\, os veis el martes en el colegio.
DTSTART:20250520T150000Z
DTEND:20250520T153000Z
DTSTAMP:20250515T101000Z
UID:{0BB11C22-D33E-44F5-A667-B8889990A0B1}
SUMMARY:Candidata Escola d'Estiu: Lucía Moreno (Flexiplan)
END:VEVENT
END:VCALENDAR
""",
        "labels": [_neg("{0BB11C22-D33E-44F5-A667-B8889990A0B1}", "user-as-interviewer-agency-sends-candidate")],
    },
    {
        "kind": "calendly-host",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-7b21f0de-4c8a-4f11-9e2a-3d5c6b7a8e90
DTSTAMP:20250512T093000Z
DTSTART:20250514T161500Z
DTEND:20250514T163500Z
SUMMARY:Andrea Fuster and Laia Ferrandis
ORGANIZER;CN=Laia Ferrandis:mailto:laia.ferrandis.mestra@gmail.com
ATTENDEE;CN=Andrea Fuster;RSVP=TRUE:mailto:andrea.fuster.99@gmail.com
DESCRIPTION:Event Name: Monitors Escola d'Estiu 2025 - entrevista 20'\n\nIn
 vitee: Andrea Fuster\nQuestions: Titulació? MTL (IVAJ)\; Disponibilitat: t
 ot juliol\n\nLocation: CEIP (porta principal)\n\nNeed to make changes to t
 his event? Cancel: https://calendly.com/cancellations/7b21f0de\n
END:VEVENT
END:VCALENDAR
""",
        "labels": [_neg("calendly-7b21f0de-4c8a-4f11-9e2a-3d5c6b7a8e90", "user-as-interviewer-calendly-host")],
    },
    {
        "kind": "bookings-host",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN=Escola d'Estiu Benimaclet:mailto:EscoladEstiu@ajbenimaclet.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ferrandis Soler, Laia":mailto:laia.ferrandis@edu.gva.es
DESCRIPTION:Nova reserva\nServei: Entrevista monitor/a\nClient: Quique Roig
  Ballester\nCorreu: quiqueroigb@hotmail.com\nPersonal: Laia Ferrandis\n
UID:040000008200E00074C5B7101A82E0080000000099887766554433DB01000000000000
SUMMARY:Entrevista monitor/a - Quique Roig Ballester
DTSTART;TZID=Romance Standard Time:20250515T173000
DTEND;TZID=Romance Standard Time:20250515T175000
DTSTAMP:20250513T081500Z
END:VEVENT
END:VCALENDAR
""",
        "labels": [_neg("040000008200E00074C5B7101A82E0080000000099887766554433DB01000000000000",
                        "user-as-interviewer-bookings-staff-member")],
    },
]
