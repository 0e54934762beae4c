"""holdout234 events, part F: more hiring-side events, school life, oposiciones and personal life (blind)."""

from holdout234ev_tz import MADRID, ROMANCE


def _neg(uid: str, trap: str) -> dict[str, object]:
    return {"uid": uid, "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "", "trap": trap}


def _typed(uid: str, start: str, end: str, summary: str, desc: str = "", loc: str = "") -> str:
    """An entry the user typed on her phone (floating or all-day times, no attendees)."""
    value = ";VALUE=DATE" if len(start) == 8 else ""
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Apple Inc.//iPhone OS 18.3//EN", "VERSION:2.0", "BEGIN:VEVENT",
        f"UID:{uid}", "DTSTAMP:20250110T090000Z", f"DTSTART{value}:{start}", f"DTEND{value}:{end}",
        f"SUMMARY:{summary}",
    ]
    if desc:
        lines.append(f"DESCRIPTION:{desc}")
    if loc:
        lines.append(f"LOCATION:{loc}")
    return "\n".join([*lines, "END:VEVENT", "END:VCALENDAR", ""])


def _gva(uid: str, start: str, end: str, summary: str, desc: str, extra: str = "") -> str:
    """An Outlook invite from the school's edu.gva.es accounts, in Romance Standard Time."""
    return (
        "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
        f"{ROMANCE}BEGIN:VEVENT\n"
        "ORGANIZER;CN=\"Martí Esteve, Vicenta\":mailto:vicenta.marti@edu.gva.es\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Ferrandis Soler, Laia\":mailto:l"
        "aia.ferrandis@edu.gva.es\n"
        f"{extra}DESCRIPTION;LANGUAGE=ca-ES:{desc}\nUID:{uid}\nSUMMARY;LANGUAGE=ca-ES:{summary}\n"
        f"DTSTART;TZID=Romance Standard Time:{start}\nDTEND;TZID=Romance Standard Time:{end}\n"
        "CLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:20250110T120000Z\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )


EVENTS = [
    # ---- hiring side, continued ----
    {
        "kind": "notes-candidats",
        "ics": _typed("notes-monitors-0515", "20250515T180000", "20250515T181500", "notes monitors EdE",
                      r"Andrea: molt bé amb xiquets\, té MTL\, tot juliol -> SÍ. Quique: no té titulació\, "
                      r"només 1a quinzena -> reserva. Lucía (ETT): esperar referències."),
        "labels": [_neg("notes-monitors-0515", "user-as-interviewer-typed-notes-on-candidates")],
    },
    {
        "kind": "posada-en-comu",
        "ics": _gva("040000008200E00074C5B7101A82E00800000000EDE0001", "20250522T140000", "20250522T143000",
                    "Posada en comú selecció monitors Escola d'Estiu",
                    r"Direcció + AMPA + Laia (coordinadora EdE). Decidim els 6 monitors i 2 de reserva."),
        "labels": [_neg("040000008200E00074C5B7101A82E00800000000EDE0001", "user-as-interviewer-hiring-debrief")],
    },
    {
        "kind": "rubriques",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250519
DTEND;VALUE=DATE:20250520
DTSTAMP:20250512T101000Z
UID:rubriques-coord-ede@google.com
SUMMARY:Omplir graelles de valoració candidats coordinació EdE
DESCRIPTION:puntuar 0-3: experiència\, titulació DATL\, proposta d'activita
 ts\, valencià. Enviar a direcció abans de dijous.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "labels": [_neg("rubriques-coord-ede@google.com", "user-as-interviewer-scorecard-task-all-day")],
    },
    {
        "kind": "comissio-seleccio",
        "ics": _gva("040000008200E00074C5B7101A82E00800000000EDE0002", "20250526T150000", "20250526T170000",
                    "Comissió de selecció - coordinació Escola d'Estiu (presideix Laia)",
                    r"Entrevistes als 3 finalistes per a coordinar l'Escola d'Estiu 2025 (25 min cadascú). "
                    r"Laia presideix i alça acta. Sala de professorat.",
                    "ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN=\"Sala professorat\":mailto:sala.prof@ed"
                    "u.gva.es\n"),
        "labels": [_neg("040000008200E00074C5B7101A82E00800000000EDE0002",
                        "user-as-interviewer-chairs-selection-committee")],
    },
    {
        "kind": "preguntes-entrevista",
        "ics": _typed("preguntes-ede-0513", "20250513T210000", "20250513T220000",
                      "preparar preguntes entrevistes monitors",
                      r"situació conflicte al pati\, xiquet amb al·lèrgia\, activitat en valencià de 10 min"),
        "labels": [_neg("preguntes-ede-0513", "user-as-interviewer-prep-questions-for-candidates")],
    },
    {
        "kind": "decisio-ampa",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250130T170000
DTEND;TZID=Europe/Madrid:20250130T173000
DTSTAMP:20250129T100000Z
ORGANIZER;CN=AMPA CEIP:mailto:ampa.ceip.benimaclet@gmail.com
UID:ampa-decisio-matinera@google.com
ATTENDEE;CN=laia.ferrandis@edu.gva.es;PARTSTAT=NEEDS-ACTION:mailto:laia.ferrandis@edu.gva.es
SUMMARY:Decidir monitor/a matinera (Sergio o Nerea?)
DESCRIPTION:Junta AMPA + Laia. Votem i Rosa els truca.
END:VEVENT
END:VCALENDAR
""",
        "labels": [_neg("ampa-decisio-matinera@google.com", "user-as-interviewer-hiring-decision-meeting")],
    },
    {
        "kind": "ombra-candidata",
        "ics": _typed("ombra-andrea-0602", "20250602T163000", "20250602T180000",
                      "Andrea (candidata EdE) m'acompanya a l'extraescolar",
                      r"que observe com treballem amb el grup de 1r i després em conta què faria ella."),
        "labels": [_neg("ombra-andrea-0602", "user-as-interviewer-candidate-shadows-her")],
    },
    {
        "kind": "valoracio-cv",
        "ics": _gva("040000008200E00074C5B7101A82E00800000000EDE0003", "20250507T140000", "20250507T150000",
                    "Valoració currículums - Escola d'Estiu",
                    r"Revisem els 19 CV rebuts per a monitor/a i coordinador/a i fem la preselecció."),
        "labels": [_neg("040000008200E00074C5B7101A82E00800000000EDE0003", "user-as-interviewer-cv-screening")],
    },
    # ---- oposiciones and adjudicaciones: exams and allocations, not interviews ----
    {
        "kind": "oposicions-prova",
        "ics": _typed("opos-1a-prova-2025", "20250614", "20250615", "OPOSICIONS - 1a prova (part A + B)",
                      r"Tribunal 12\, IES Lluís Vives. DNI\, bolis blaus\, aigua. Crida a les 8:30!!"),
        "labels": [_neg("opos-1a-prova-2025", "oposiciones-written-exam-all-day")],
    },
    {
        "kind": "defensa-programacio",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250701T101500
DTEND;TZID=Europe/Madrid:20250701T113000
DTSTAMP:20250625T190000Z
UID:opos-defensa-pd-t12@google.com
SUMMARY:Defensa programació didàctica + unitat - Tribunal 12
DESCRIPTION:Ordre d'actuació: 14a. 1 h preparació (sense mòbil) + 30' ex
 posició + 15' de preguntes del tribunal. Portar 3 còpies? NO\, ja està pujad
 a a la plataforma. Presidenta del tribunal: Mª José Tarín.
LOCATION:IES Lluís Vives\, aula 2.07
END:VEVENT
END:VCALENDAR
""",
        "labels": [_neg("opos-defensa-pd-t12@google.com", "oposiciones-defence-before-tribunal-exam-not-interview")],
    },
    {
        "kind": "acte-presentacio",
        "ics": _typed("opos-acte-presentacio", "20250613T190000", "20250613T200000",
                      "Acte de presentació oposicions (obligatori)", r"si no vas\, quedes fora. DNI.",
                      "IES Lluís Vives"),
        "labels": [_neg("opos-acte-presentacio", "oposiciones-presentation-act")],
    },
    {
        "kind": "adjudicacio",
        "ics": _typed("adjudicacio-juliol", "20250722", "20250723", "Adjudicacions telemàtiques - resultats",
                      r"mirar a les 9 la web de Conselleria\, presa de possessió el 1/9"),
        "labels": [_neg("adjudicacio-juliol", "interim-post-online-allocation")],
    },
    {
        "kind": "simulacre-defensa",
        "ics": _typed("simulacre-academia-0524", "20250524T100000", "20250524T120000",
                      "Simulacre defensa programació (acadèmia)",
                      r"el preparador fa de tribunal\, 3 companyes observen. Cronometrar 30'.",
                      "Acadèmia Magister\\, c/ Xàtiva"),
        "labels": [_neg("simulacre-academia-0524", "mock-tribunal-at-exam-academy")],
    },
    # ---- look-alikes: press, research, appraisal, fairs, references, medical ----
    {
        "kind": "premsa-hort",
        "ics": _gva("040000008200E00074C5B7101A82E00800000000PRS0001", "20250408T123000", "20250408T131500",
                    "Entrevista Levante-EMV - hort escolar",
                    r"Ve la periodista (Clara S.) amb fotògraf. Laia explica el projecte de l'hort i 3r ense"
                    r"nya els bancals. Autoritzacions d'imatge revisades."),
        "labels": [_neg("040000008200E00074C5B7101A82E00800000000PRS0001", "press-interview-school-garden")],
    },
    {
        "kind": "investigacio-uv",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250220T173000
DTEND;TZID=Europe/Madrid:20250220T183000
DTSTAMP:20250214T113000Z
ORGANIZER;CN=Marta Sellés:mailto:marta.selles@alumni.uv.es
UID:tesi-coeducacio-entrevista@google.com
ATTENDEE;CN=laia.ferrandis.mestra@gmail.com:mailto:laia.ferrandis.mestra@gmail.com
SUMMARY:Entrevista semiestructurada - tesi doctoral coeducació
DESCRIPTION:Gràcies per participar! És l'entrevista de la meua tesi sobre
  pràctiques coeducatives a Primària. S'enregistra (consentiment signat).
  Meet: https://meet.google.com/fgh-wqpt-uzo
END:VEVENT
END:VCALENDAR
""",
        "labels": [_neg("tesi-coeducacio-entrevista@google.com", "research-interview-phd-participant")],
    },
    {
        "kind": "inspeccio",
        "ics": _gva("040000008200E00074C5B7101A82E00800000000INS0001", "20250305T090000", "20250305T100000",
                    "Visita inspecció - entrevista amb la mestra tutora de 3r",
                    r"L'inspectora (Sra. Gimeno) revisarà programació d'aula i PGA i farà una entrevista brev"
                    r"e amb la tutora sobre l'avaluació del 1r trimestre."),
        "labels": [_neg("040000008200E00074C5B7101A82E00800000000INS0001", "inspection-interview-own-work-review")],
    },
    {
        "kind": "fira-ocupacio",
        "ics": _typed("fira-docents-ifema", "20250315", "20250316", "Feria de Empleo Docente - colegios intl (IFEMA)",
                      r"llevar 20 CV impresos en inglés. ¡Fallas! volver el domingo"),
        "labels": [_neg("fira-docents-ifema", "careers-fair-international-schools")],
    },
    {
        "kind": "referencia-anna",
        "ics": _typed("ref-anna-0418", "20250410T163000", "20250410T164500",
                      "Em truquen de l'Aitana per referències de l'Anna",
                      r"l'Anna (companya de cicle) m'ha posat de referència. Ser concreta: tutoria\, famílies."),
        "labels": [_neg("ref-anna-0418", "reference-call-user-is-referee")],
    },
    {
        "kind": "reconeixement-medic",
        "ics": _typed("recmed-0901", "20250901T083000", "20250901T090000",
                      "Reconeixement mèdic incorporació (Quirónprevención)",
                      r"en dejú! analítica + vista. Portar el full que em van enviar de RRHH.",
                      "Quirónprevención\\, Av. del Cid 24"),
        "labels": [_neg("recmed-0901", "pre-employment-medical")],
    },
    {
        "kind": "webinar-concertada",
        "ics": _typed("webinar-stepv-concertada", "20250211T180000", "20250211T193000",
                      "Webinar: com preparar l'entrevista i la classe demostrativa a la concertada",
                      r"organitza el sindicat. Link al correu."),
        "labels": [_neg("webinar-stepv-concertada", "webinar-about-concertada-interviews")],
    },
    # ---- school life ----
    {
        "kind": "tutoria-families",
        "ics": _gva("040000008200E00074C5B7101A82E00800000000TUT0001", "20250219T140000", "20250219T143000",
                    "Tutoria amb la família d'Hugo (3r B) + orientadora",
                    r"Entrevista amb la família: seguiment TEA\, revisió de l'ACIS i coordinació amb la PT."),
        "labels": [_neg("040000008200E00074C5B7101A82E00800000000TUT0001", "parent-meeting-entrevista-family-tea")],
    },
    {
        "kind": "reunio-cicle",
        "ics": _gva("040000008200E00074C5B7101A82E00800000000CIC0001", "20250113T140000", "20250113T150000",
                    "Reunió de cicle (2n cicle)", r"Ordre del dia: eixida\, criteris d'avaluació\, CCP.",
                    "RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20250616T130000Z\n"),
        "labels": [_neg("040000008200E00074C5B7101A82E00800000000CIC0001", "weekly-cycle-meeting-recurring")],
    },
    {
        "kind": "sessio-avaluacio",
        "ics": _gva("040000008200E00074C5B7101A82E00800000000AVA0002", "20250407T150000", "20250407T163000",
                    "Sessió d'avaluació 2n trimestre - 3r A i 3r B",
                    r"Portar notes a ITACA abans. Alumnat NEE amb la PT."),
        "labels": [_neg("040000008200E00074C5B7101A82E00800000000AVA0002", "evaluation-session-grading-pupils")],
    },
    {
        "kind": "claustre",
        "ics": _gva("040000008200E00074C5B7101A82E00800000000CLA0003", "20250624T150000", "20250624T170000",
                    "Claustre ordinari final de curs", r"Memòria\, PGA 25-26\, horaris provisionals."),
        "labels": [_neg("040000008200E00074C5B7101A82E00800000000CLA0003", "staff-meeting-claustre")],
    },
    {
        "kind": "eixida",
        "ics": _typed("eixida-albufera", "20250523", "20250524", "Eixida 3r - Albufera (barca + Racó de l'Olla)",
                      r"autobús 9h. Farmacioles. Autoritzacions!"),
        "labels": [_neg("eixida-albufera", "school-trip-all-day")],
    },
    # ---- personal ----
    {
        "kind": "comunio",
        "ics": _typed("comunio-nil", "20250510T120000", "20250510T180000", "Comunió de Nil", "",
                      "Parròquia Sant Valer + dinar a Meliana"),
        "labels": [_neg("comunio-nil", "nephew-communion")],
    },
    {
        "kind": "dentista",
        "ics": _typed("dentista-0318", "20250228T173000", "20250228T181500", "Dentista (revisió + neteja)"),
        "labels": [_neg("dentista-0318", "dentist-appointment")],
    },
    {
        "kind": "mascleta",
        "ics": _typed("mascleta-0317", "20250317T133000", "20250317T150000", "Mascletà amb les xiques",
                      loc="Pl. de l'Ajuntament"),
        "labels": [_neg("mascleta-0317", "fallas-personal")],
    },
    {
        "kind": "dni-cita",
        "ics": _typed("dni-cita-0404", "20250404T091000", "20250404T093000", "Cita previa DNI (renovar)",
                      r"Comisaría Ruzafa. Foto + DNI antiguo. 12€", "Comisaría de Policía\\, Gran Vía Ramón y Cajal"),
        "labels": [_neg("dni-cita-0404", "official-appointment-id-card")],
    },
    {
        "kind": "gimnas",
        "ics": _typed("gym-pilates", "20250115T190000", "20250115T200000", "pilates", "",
                      "GO fit"),
        "labels": [_neg("gym-pilates", "gym-class")],
    },
]
