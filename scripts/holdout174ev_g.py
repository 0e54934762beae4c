"""holdout174 events, part g: the user on the hiring side at the hospital (written blind, raw iCalendar)."""

from holdout174ev_tz import MADRID_GOOGLE, ROMANCE

NEG = (0, "", "", "", "")

EVENTS = [
    {
        "kind": "tribunal-recurring",
        "uid": "040000008200E00074C5B7101A82E00800000000TFAR25BOLSA0100000000000000001000000ENTREV",
        "label": (*NEG, "user-as-interviewer-tribunal-bolsa-recurring-override"),
        "hiring_side": True,
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Personal - Selección":mailto:personal_seleccion@gva-hospital
 .es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferrer S
 oler, Lucía":mailto:ferrer_luc@gva-hospital.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Llopis
  Martí, Rosa":mailto:llopis_ros@gva-hospital.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Boix Ca
 talà, Enric":mailto:boix_enr@gva-hospital.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Sala
  Juntas Farmacia (Planta -1)":mailto:sala.farmacia@gva-hospital.es
DESCRIPTION;LANGUAGE=es-ES:Buenos días\,\n\nSe convoca a los miembros de l
 a comisión de valoración de la bolsa de Técnicos/as en Farmacia (TFAR) pa
 ra la realización de las entrevistas a los aspirantes admitidos.\n\nPresi
 denta: Lucía Ferrer Soler (FEA Farmacia Hospitalaria)\nVocales: Rosa Llop
 is (Supervisora)\, Enric Boix (TFAR)\n\nSe citará a los aspirantes cada 2
 0 minutos. La relación de aspirantes y la plantilla de puntuación están e
 n la carpeta compartida de Personal.\n\nServicio de Personal – Selección\n
UID:040000008200E00074C5B7101A82E00800000000TFAR25BOLSA010000000000000000
 1000000ENTREV
SUMMARY;LANGUAGE=es-ES:Comisión valoración bolsa TFAR – entrevistas aspir
 antes
DTSTART;TZID=Romance Standard Time:20251117T090000
DTEND;TZID=Romance Standard Time:20251117T133000
RRULE:FREQ=DAILY;COUNT=3
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251105T083012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala Juntas Farmacia (Planta -1)
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Personal - Selección":mailto:personal_seleccion@gva-hospital
 .es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferrer S
 oler, Lucía":mailto:ferrer_luc@gva-hospital.es
UID:040000008200E00074C5B7101A82E00800000000TFAR25BOLSA010000000000000000
 1000000ENTREV
RECURRENCE-ID;TZID=Romance Standard Time:20251118T090000
SUMMARY;LANGUAGE=es-ES:Comisión valoración bolsa TFAR – entrevistas aspir
 antes (TARDE)
DESCRIPTION;LANGUAGE=es-ES:El martes las entrevistas pasan a turno de tard
 e por la Comisión de Farmacia.\n
DTSTART;TZID=Romance Standard Time:20251118T150000
DTEND;TZID=Romance Standard Time:20251118T190000
DTSTAMP:20251110T120044Z
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Sala Juntas Farmacia (Planta -1)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "comision-seleccion",
        "uid": "040000008200E00074C5B7101A82E00800000000FEAINT26MEZCLAS01000000000000001000000SEL",
        "label": (*NEG, "user-as-interviewer-comision-seleccion-fea-interinidad"),
        "hiring_side": True,
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Peris Andreu, Ramón":mailto:peris_ram@gva-hospital.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferrer S
 oler, Lucía":mailto:ferrer_luc@gva-hospital.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sanchis Vidal
 , Consuelo":mailto:sanchis_con@gva-hospital.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Director
 a de Personal":mailto:dir_personal@gva-hospital.es
DESCRIPTION;LANGUAGE=es-ES:Comisión de selección para la cobertura interin
 a de una plaza de FEA de Farmacia Hospitalaria (Unidad de Mezclas Intrave
 nosas y Citostáticos).\n\nCandidatos/as convocados/as (defensa de currícul
 um y entrevista\, 30 min cada uno):\n 09:30 – A. M. G.\n 10:00 – J. C. R.
 \n 10:30 – P. S. L.\n 11:00 – descanso\n 11:15 – M. T. V.\n\nCriterios y ba
 remo según la instrucción de la Dirección de Personal. Lucía: te toca el
  bloque técnico (preparación\, validación\, NIOSH).\n\nRamón\n
UID:040000008200E00074C5B7101A82E00800000000FEAINT26MEZCLAS010000000000000
 01000000SEL
SUMMARY;LANGUAGE=es-ES:Comisión selección interinidad FEA Farmacia (Mezclas)
DTSTART;TZID=Romance Standard Time:20260120T093000
DTEND;TZID=Romance Standard Time:20260120T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260109T110512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho Jefatura Servicio Farmacia
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "candidate-reply",
        "uid": "040000008200E00074C5B7101A82E00800000000SUSTTFAR26VERANO000000000001000000CAND",
        "label": (*NEG, "user-as-interviewer-candidate-accepted-reply"),
        "hiring_side": True,
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Android//ES
VERSION:2.0
METHOD:REPLY
{ROMANCE}BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000SUSTTFAR26VERANO00000000000100
 0000CAND
DTSTAMP:20260302T194210Z
SEQUENCE:0
DTSTART;TZID=Romance Standard Time:20260305T131500
DTEND;TZID=Romance Standard Time:20260305T134500
SUMMARY:Aceptado: Entrevista sustitución TFAR (verano 2026) - Farmacia
ORGANIZER;CN="Ferrer Soler, Lucía":mailto:ferrer_luc@gva-hospital.es
ATTENDEE;PARTSTAT=ACCEPTED;CN=Nerea Simó Bataller:mailto:nerea.simo.b@hot
 mail.com
COMMENT:Allí estaré\, muchas gracias!
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-candidate",
        "uid": "RNDSTD-LS-PRES-2026-0211-77@randstad.es",
        "label": (*NEG, "user-as-interviewer-agency-presents-candidate"),
        "hiring_side": True,
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
VERSION:2.0
METHOD:REQUEST
{ROMANCE}BEGIN:VEVENT
UID:RNDSTD-LS-PRES-2026-0211-77@randstad.es
DTSTAMP:20260211T091500Z
DTSTART;TZID=Romance Standard Time:20260217T123000
DTEND;TZID=Romance Standard Time:20260217T130000
SUMMARY:Randstad Life Sciences – Entrevista candidata Técnico/a de Ensayos
  Clínicos (Unidad Farmacia)
DESCRIPTION:Hola Dra. Ferrer\,\n\nComo hablamos\, te presento a Claudia Ro
 mero Giner para la posición de Técnico/a de Ensayos Clínicos de la Unida
 d de Ensayos de Farmacia (contrato Fundación). Te adjunto su CV y mi info
 rme de preselección. Claudia tiene 3 años de experiencia como coordinador
 a de ensayos en un hospital de Madrid.\n\nLa entrevista sería con vosotra
 s en el hospital; yo no estaré presente. Cualquier feedback después de la
  entrevista me lo puedes dar por teléfono.\n\nUn saludo\,\nLaura Mestre\n
 Consultora – Randstad Life Sciences Valencia
ORGANIZER;CN=Laura Mestre:mailto:laura.mestre@randstad.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferrer S
 oler, Lucía":mailto:ferrer_luc@gva-hospital.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Claudia R
 omero Giner:mailto:claudia.romero.giner@gmail.com
LOCATION:Unidad de Ensayos Clínicos - Farmacia (planta -1)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cv-scoring",
        "uid": "A0D1E2F3-4455-4667-8899-LUC-CVTFAR",
        "label": (*NEG, "user-as-interviewer-hand-typed-cv-scoring"),
        "hiring_side": True,
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A0D1E2F3-4455-4667-8899-LUC-CVTFAR
DTSTAMP:20251110T215010Z
DTSTART:20251113T160000
DTEND:20251113T180000
SUMMARY:puntuar CVs bolsa TFAR (47!!)
DESCRIPTION:baremo: exp. hosp público 0\,1/mes\, privado 0\,05. cursos >20
 h. ojo: 3 sin titulación homologada -> excluir. pasar a Rosa antes del lu
 nes
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ope-baremo",
        "uid": "040000008200E00074C5B7101A82E00800000000OPEFEAFH24BAREMO00000000001000000TRIB",
        "label": (*NEG, "user-as-interviewer-tribunal-ope-baremacion"),
        "hiring_side": True,
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Secretaría Tribunal OPE FEA FH":mailto:tribunal_opefh@gva-ho
 spital.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferrer S
 oler, Lucía":mailto:ferrer_luc@gva-hospital.es
DESCRIPTION;LANGUAGE=es-ES:Sesión de trabajo del Tribunal Calificador (OPE
  2024 – FEA Farmacia Hospitalaria\, turno libre) para la baremación de mé
 ritos de la fase de concurso de los aspirantes que han superado la fase
  de oposición.\n\nSe ruega puntualidad y traer la declaración de no conc
 urrencia de causas de abstención firmada.\n
UID:040000008200E00074C5B7101A82E00800000000OPEFEAFH24BAREMO000000000010000
 00TRIB
SUMMARY;LANGUAGE=es-ES:Tribunal OPE FEA Farmacia Hospitalaria – baremación
  fase de concurso
DTSTART;TZID=Romance Standard Time:20260211T160000
DTEND;TZID=Romance Standard Time:20260211T200000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260129T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Conselleria de Sanitat – C/ Misser Mascó 31\, Sala
  2
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ope-exam-allday",
        "uid": "opefh-ejercicio-practico-20260124@gva-hospital.es",
        "label": (*NEG, "user-as-interviewer-tribunal-exam-day-all-day"),
        "hiring_side": True,
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Secretaría Tribunal OPE FEA FH":mailto:tribunal_opefh@gva-ho
 spital.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferrer S
 oler, Lucía":mailto:ferrer_luc@gva-hospital.es
DESCRIPTION;LANGUAGE=es-ES:Celebración del ejercicio práctico (resolución d
 e supuestos clínicos) de la OPE FEA Farmacia Hospitalaria. Los miembros d
 el tribunal deben estar en la sede a las 8:00 para la custodia y reparto
  de los exámenes. Corrección anónima por la tarde.\n
UID:opefh-ejercicio-practico-20260124@gva-hospital.es
SUMMARY;LANGUAGE=es-ES:OPE FEA FH – Ejercicio práctico (miembros del tribun
 al)
DTSTART;VALUE=DATE:20260124
DTEND;VALUE=DATE:20260125
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260112T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Facultat de Farmàcia – Campus de Burjassot
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "tribunal-acta",
        "uid": "040000008200E00074C5B7101A82E00800000000TFAR25ACTA0000000000000000001000000DELIB",
        "label": (*NEG, "user-as-interviewer-deliberation-and-minutes"),
        "hiring_side": True,
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Ferrer Soler, Lucía":mailto:ferrer_luc@gva-hospital.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Llopis Martí
 , Rosa":mailto:llopis_ros@gva-hospital.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Boix Cat
 alà, Enric":mailto:boix_enr@gva-hospital.es
DESCRIPTION;LANGUAGE=es-ES:Puesta en común de las puntuaciones de las entr
 evistas\, desempates y firma del acta provisional para Personal. Traed vue
 stras hojas.\nLucía\n
UID:040000008200E00074C5B7101A82E00800000000TFAR25ACTA000000000000000000100
 0000DELIB
SUMMARY;LANGUAGE=es-ES:Deliberación + acta bolsa TFAR
DTSTART;TZID=Romance Standard Time:20251120T140000
DTEND;TZID=Romance Standard Time:20251120T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251119T180000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala Juntas Farmacia (Planta -1)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "future-residents",
        "uid": "jornada-fir-eleccion-2026-farmacia@gva-hospital.es",
        "label": (*NEG, "user-as-interviewer-hosting-prospective-residents"),
        "hiring_side": True,
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
VERSION:2.0
METHOD:REQUEST
{ROMANCE}BEGIN:VEVENT
UID:jornada-fir-eleccion-2026-farmacia@gva-hospital.es
DTSTAMP:20260226T080000Z
DTSTART;TZID=Romance Standard Time:20260312T170000
DTEND;TZID=Romance Standard Time:20260312T190000
SUMMARY:Jornada de puertas abiertas FIR 2026 – futuros residentes
DESCRIPTION:Recepción de los aspirantes FIR que están valorando elegir nue
 stro hospital: presentación del Servicio\, rotaciones\, guardias y actividad
  investigadora\, visita a las unidades y turno de preguntas con residentes
  actuales. Lucía (tutora) presenta el itinerario formativo y responde dud
 as; apuntad nombre y nº de orden de los interesados.\n
ORGANIZER;CN="Comisión de Docencia":mailto:docencia@gva-hospital.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferrer S
 oler, Lucía":mailto:ferrer_luc@gva-hospital.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Peris Andreu, Ramón":m
 ailto:peris_ram@gva-hospital.es
LOCATION:Salón de actos – Edificio Docencia
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "shadowing",
        "uid": "4n8b1q0e5ahv6df2k3t7shadow@google.com",
        "label": (*NEG, "user-as-interviewer-observer-shadowing-panel"),
        "hiring_side": True,
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID_GOOGLE}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251023T100000
DTEND;TZID=Europe/Madrid:20251023T123000
DTSTAMP:20251016T101212Z
ORGANIZER;CN=Consuelo Sanchis:mailto:sanchis_con@gva-hospital.es
UID:4n8b1q0e5ahv6df2k3t7shadow@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Consuelo Sanchis;X-NUM-GUESTS=0:mailto:sanchis_con@gva-hospital.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Lucía Ferrer;X-NUM-GUESTS=0:mailto:ferrer_luc@gva-hospital.es
DESCRIPTION:Lucía\, como vas a presidir la comisión de la bolsa TFAR en no
 viembre\, vente de oyente a las entrevistas de técnicos de Radiofarmacia.
  Tú solo observas y tomas notas del formato\; puntuamos Jaume y yo.
LOCATION:Radiofarmacia – despacho supervisión
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevistas TER/TFAR Radiofarmacia (Lucía de observadora)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "trial-supervision",
        "uid": "BC54F2A0-8E11-4D7A-A3F2-PRUEBA-MEZCLAS",
        "label": (*NEG, "user-as-interviewer-supervises-candidate-trial-shift"),
        "hiring_side": True,
        "eol": "lf",
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
X-WR-TIMEZONE:Europe/Madrid
{MADRID_GOOGLE}BEGIN:VEVENT
UID:BC54F2A0-8E11-4D7A-A3F2-PRUEBA-MEZCLAS
DTSTAMP:20260219T133000Z
DTSTART;TZID=Europe/Madrid:20260224T080000
DTEND;TZID=Europe/Madrid:20260224T150000
SUMMARY:Jornada de prueba candidata técnica Fundación – sala blanca (superv
 isa Lucía)
DESCRIPTION:Candidata: Claudia R. (vía Randstad). Turno completo en mezcla
 s con Enric. Evaluar: técnica aséptica\, EPIs\, trazabilidad en el program
 a\, actitud. Rellenar hoja de valoración al final y mandarla a la Fundaci
 ón.
LOCATION:Unidad de Mezclas – Farmacia
END:VEVENT
END:VCALENDAR
""",
    },
]
