"""holdout170 events, part c: Madrid and Barcelona searches (Spanish of Spain, French) and Spain look-alikes."""

EVENTS = []


def add(kind, label, ics, **kw):
    uid, i, company, role, stage, who, trap = label
    EVENTS.append(dict(kind=kind, uid=uid, is_interview=i, company=company, role=role, stage=stage,
                       interviewers=who, trap=trap, ics=ics, **kw))


add("entrevista-telefonica", (
    "20250227T101500-casaolivar-rrhh-0031@casaolivar.es", 1, "Casa Olivar", "Directora de Marketing",
    "recruiter_screen", "rrhh.seleccion@casaolivar.es", "spanish-spain-primera-entrevista-telefonica"), r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Madrid
@@TZ_MADRID@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250304T170000
DTEND;TZID=Europe/Madrid:20250304T173000
DTSTAMP:20250227T101500Z
ORGANIZER;CN=Selección Casa Olivar:mailto:rrhh.seleccion@casaolivar.es
UID:20250227T101500-casaolivar-rrhh-0031@casaolivar.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gabytorres.mkt@icloud.com;X-NUM-GUESTS=0:mailto:gabytorres.mkt@ic
 loud.com
DESCRIPTION:Hola Gabriela\,\n\nTal y como hemos hablado por correo\, te co
 nfirmo la primera entrevista telefónica para el puesto de Directora de Ma
 rketing. Te llamará Elena Sanz\, del equipo de Selección\, al +1 312 555 0
 187.\n\nUn saludo\,\nDepartamento de Personas · Casa Olivar Cosmética S.L.
LOCATION:Llamada telefónica
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista telefónica - Casa Olivar
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

_OLIVAR_FINAL = r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_WIN_ROMANCE@@
BEGIN:VEVENT
ATTENDEE;CN="Gabriela Torres-Whitman";RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
ATTENDEE;CN="Ignacio Larrañaga";RSVP=TRUE:mailto:ilarranaga@casaolivar.es
ATTENDEE;CN="Elena Sanz";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:esanz@casaolivar.es
CLASS:PUBLIC
CREATED:{created}
DESCRIPTION:Hola Gabriela\,\n\n{lead}Entrevista final con Ignacio Larrañaga
 \, Director General\, por videoconferencia. Duración aproximada: 1 hora.
 \n\n_____________________________________________________________________
 ___________\nReunión de Microsoft Teams\nÚnase a través de su ordenador\,
  aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la
  reunión\nId. de reunión: 341 772 905 118\nCódigo de acceso: Xm4pQ9\n_____
 ___________________________________________________________________________
 \n
DTEND;TZID="Romance Standard Time":{end}
DTSTAMP:{stamp}
DTSTART;TZID="Romance Standard Time":{start}
LAST-MODIFIED:{stamp}
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN="Elena Sanz":mailto:esanz@casaolivar.es
PRIORITY:5
SEQUENCE:{seq}
SUMMARY;LANGUAGE=es:{summary}
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000001F8E2C7A5D91DB01000000000000000010000000A7C3E1F08B2D4C6E9F1A3B5C7D9E0F12
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""

add("entrevista-final", (
    "040000008200E00074C5B7101A82E008000000001F8E2C7A5D91DB01000000000000000010000000A7C3E1F08B2D4C6E9F1A3B5C7D9E0F12",
    1, "Casa Olivar", "", "final", "ilarranaga@casaolivar.es", "outlook-romance-time-final-original"),
    _OLIVAR_FINAL.format(created="20250314T091200Z", stamp="20250314T091200Z", start="20250325T170000",
                         end="20250325T180000", seq="0", lead="",
                         summary="Entrevista final - Casa Olivar - Gabriela Torres-Whitman"))

add("entrevista-reprogramada", (
    "040000008200E00074C5B7101A82E008000000001F8E2C7A5D91DB01000000000000000010000000A7C3E1F08B2D4C6E9F1A3B5C7D9E0F12",
    1, "Casa Olivar", "", "final", "ilarranaga@casaolivar.es", "rescheduled-same-uid-higher-sequence"),
    _OLIVAR_FINAL.format(created="20250314T091200Z", stamp="20250321T114705Z", start="20250327T163000",
                         end="20250327T173000", seq="2",
                         lead=("Por un cambio de agenda de Ignacio movemos la entrevista al jueves. "
                               "Disculpa las molestias.\\n\\n"),
                         summary="NUEVA FECHA: Entrevista final - Casa Olivar - Gabriela Torres-Whitman"),
    seq=2)

add("teamtailor-primera", (
    "teamtailor-meeting-5520871@teamtailor.com", 1, "Lumbre Bebidas", "Head of Brand",
    "recruiter_screen", "laia.puig@lumbrebebidas.com", "teamtailor-barcelona-first-chat"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-meeting-5520871@teamtailor.com
DTSTAMP:20250306T083002Z
DTSTART:20250311T160000Z
DTEND:20250311T163000Z
SUMMARY:Lumbre Bebidas: Primera entrevista · Head of Brand
DESCRIPTION:¡Hola Gabriela!\n\nGracias por tu interés en Lumbre. Esta prim
 era conversación será con Laia Puig (Talent & Culture) para conocerte un
  poco mejor y contarte el rol de Head of Brand.\n\nEnlace a la videollamad
 a: https://meet.teamtailor.com/lumbre/ccx-771-rta\n\nSi necesitas cambiar
  la hora\, responde a este mensaje.\n\n— Lumbre Bebidas S.L.\, Carrer de P
 allars 108\, Barcelona
LOCATION:Videollamada
ORGANIZER;CN=Lumbre Bebidas:mailto:lumbre@inbound.teamtailor-mail.com
ATTENDEE;CN=Laia Puig;PARTSTAT=ACCEPTED:mailto:laia.puig@lumbrebebidas.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("caso-practico", (
    "teamtailor-meeting-5593044@teamtailor.com", 1, "Lumbre Bebidas", "Head of Brand", "technical",
    "jordi.serra@lumbrebebidas.com;carla.vidal@lumbrebebidas.com", "teamtailor-spanish-caso-practico"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
@@TZ_MADRID@@
BEGIN:VEVENT
UID:teamtailor-meeting-5593044@teamtailor.com
DTSTAMP:20250320T101544Z
DTSTART;TZID=Europe/Madrid:20250401T170000
DTEND;TZID=Europe/Madrid:20250401T181500
SUMMARY:Lumbre Bebidas: Presentación del caso práctico
DESCRIPTION:Hola Gabriela\,\n\nTe esperamos para presentar el caso práctico
  (plan de lanzamiento de Lumbre Cero en México). Estarán Jordi Serra (CMO
 ) y Carla Vidal (CEO). 30 min de presentación y 45 de preguntas.\n\nEnlac
 e: https://meet.teamtailor.com/lumbre/ppq-204-zxe
LOCATION:Videollamada
ORGANIZER;CN=Lumbre Bebidas:mailto:lumbre@inbound.teamtailor-mail.com
ATTENDEE;CN=Jordi Serra;PARTSTAT=ACCEPTED:mailto:jordi.serra@lumbrebebidas.com
ATTENDEE;CN=Carla Vidal;PARTSTAT=ACCEPTED:mailto:carla.vidal@lumbrebebidas.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("successfactors-seleccion", (
    "SF-INTV-ALCAZAR-000188341", 1, "Alcázar Retail", "Responsable de Marca (H/M)", "recruiter_screen",
    "beatriz.gomez@grupoalcazar.es", "successfactors-spanish-tecnica-de-seleccion"), r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_MADRID@@
BEGIN:VEVENT
UID:SF-INTV-ALCAZAR-000188341
DTSTAMP:20250407T074512Z
DTSTART;TZID=Europe/Madrid:20250410T160000
DTEND;TZID=Europe/Madrid:20250410T164500
SUMMARY:Convocatoria: Responsable de Marca (H/M) - Req. 4471
DESCRIPTION:Estimada Gabriela:\n\nNos complace convocarte a una entrevista
  por videoconferencia con Beatriz Gómez\, Técnica de Selección\, en relaci
 ón con tu candidatura a la oferta Responsable de Marca (H/M).\n\nEnlace Te
 ams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_QWxjYXphcg\n\n
 Por favor\, confirma tu asistencia desde el portal del candidato.\n\nAten
 tamente\,\nGrupo Alcázar - Talento
LOCATION:Videoconferencia Microsoft Teams
ORGANIZER;CN=Grupo Alcázar Talento:mailto:noreply@successfactors.eu
ATTENDEE;CN=Beatriz Gómez;PARTSTAT=ACCEPTED:mailto:beatriz.gomez@grupoalcazar.es
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("videollamada", (
    "0k4t7n2p9s1c5v8b3m6d0f2hqa@google.com", 1, "Mar i Muntanya", "", "",
    "marta.riera@maritmuntanya.cat;pau.soler@maritmuntanya.cat", "spanish-videollamada-no-stage"), r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250415T153000Z
DTEND:20250415T163000Z
DTSTAMP:20250409T092211Z
ORGANIZER;CN=Marta Riera:mailto:marta.riera@maritmuntanya.cat
UID:0k4t7n2p9s1c5v8b3m6d0f2hqa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marta
  Riera;X-NUM-GUESTS=0:mailto:marta.riera@maritmuntanya.cat
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pau So
 ler;X-NUM-GUESTS=0:mailto:pau.soler@maritmuntanya.cat
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gabytorres.mkt@icloud.com;X-NUM-GUESTS=0:mailto:gabytorres.mkt@ic
 loud.com
DESCRIPTION:Hola Gabriela\, como te comenté por LinkedIn\, nos gustaría con
 ocerte y contarte el proyecto de expansión a EE. UU. y cómo encajaría el
  rol de marketing. Estaremos Pau (CEO) y yo.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚnete con Go
 ogle Meet: https://meet.google.com/mim-tuqa-vrk\n\nO marca: (ES) +34 932
  75 38 87 PIN: 813 559 201#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Videollamada Mar i Muntanya - Gabriela
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("comite-direccion", (
    "040000008200E00074C5B7101A82E00800000000B3E9D5A1C7A2DB010000000000000000100000005D1E8F2A7C3B4D6E8F9A0B1C2D3E4F56",
    1, "Grupo Hespérides", "Director/a de Marketing - División Alimentación", "onsite",
    "aurora.villanueva@grupohesperides.com;rmarin@grupohesperides.com;cfuentes@grupohesperides.com",
    "outlook-spanish-comite-panel-sent-by-assistant"), r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WIN_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Villanueva, Aurora";SENT-BY="mailto:secretaria.direccion@gru
 pohesperides.com":mailto:aurora.villanueva@grupohesperides.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gabytorre
 s.mkt@icloud.com:mailto:gabytorres.mkt@icloud.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Marín, Rodrigo":mailto:rmarin@grupohesperides.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fuentes, Cristina":mailto:cfuentes@grupohesperides.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="MAD-P3-Sala Retiro":mailto:sala.retiro@grupohesperides.com
DESCRIPTION;LANGUAGE=es-ES:Estimada Gabriela:\n\nLe confirmo la reunión c
 on el Comité de Dirección para el proceso de Director/a de Marketing - Di
 visión Alimentación:\n- Aurora Villanueva\, Consejera Delegada\n- Rodrigo
  Marín\, Director Comercial\n- Cristina Fuentes\, Directora de Personas\n
 \nLa sesión será en nuestras oficinas de Paseo de la Castellana 141 (plan
 ta 3). Recepción le facilitará la acreditación.\n\nUn cordial saludo\,\nM
 ercedes Ortega\nSecretaría de Dirección
UID:040000008200E00074C5B7101A82E00800000000B3E9D5A1C7A2DB010000000000000000100000005D1E8F2A7C3B4D6E8F9A0B1C2D3E4F56
SUMMARY;LANGUAGE=es-ES:Reunión Comité de Dirección - Dª Gabriela Torres-Whitman
DTSTART;TZID=Romance Standard Time:20250429T113000
DTEND;TZID=Romance Standard Time:20250429T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250422T080155Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:MAD-P3-Sala Retiro\; Paseo de la Castellana 141\, Madrid
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""")

add("entretien-visio", (
    "sr-interview-7a2d19f0c4e8@smartrecruiters.com", 1, "Maison Verlaine",
    "Directrice Marketing Ibérie", "hiring_manager", "claire.dubois@maisonverlaine.fr",
    "smartrecruiters-french-entretien-visio"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-7a2d19f0c4e8@smartrecruiters.com
DTSTAMP:20250325T092045Z
DTSTART:20250402T150000Z
DTEND:20250402T160000Z
SUMMARY:Entretien visio - Directrice Marketing Ibérie - Maison Verlaine
DESCRIPTION:Bonjour Gabriela\,\n\nNous avons le plaisir de vous confirmer
  votre entretien avec Claire Dubois\, Directrice Marketing Europe\, pour l
 e poste de Directrice Marketing Ibérie (basé à Madrid).\n\nL'entretien po
 urra se dérouler en français\, en espagnol ou en anglais.\n\nLien Zoom : h
 ttps://verlaine.zoom.us/j/91822043310\n\nBien cordialement\,\nL'équipe Ta
 lent Acquisition\nMaison Verlaine
LOCATION:Zoom
ORGANIZER;CN=Maison Verlaine Recrutement:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Claire Dubois;PARTSTAT=ACCEPTED:mailto:claire.dubois@maisonverlaine.fr
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("headhunter-sin-empresa", (
    "5f1a0c3e-michaelpage-es-20250318-jgr@michaelpage.es", 0, "", "", "", "",
    "spanish-headhunter-call-no-employer"), r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_WIN_ROMANCE@@
BEGIN:VEVENT
ATTENDEE;CN="gabytorres.mkt@icloud.com";RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
CLASS:PUBLIC
DESCRIPTION:Hola Gabriela\,\n\nGracias por tu tiempo. Me gustaría conocer
  tu trayectoria y tus expectativas (salario\, incorporación\, movilidad) d
 e cara a posiciones de Dirección de Marketing en gran consumo que estamos
  gestionando en Madrid. Te llamo a tu móvil.\n\nUn saludo\,\nJavier Gil R
 amos\nSenior Manager · Michael Page Marketing\n
DTEND;TZID="Romance Standard Time":20250318T180000
DTSTAMP:20250314T120233Z
DTSTART;TZID="Romance Standard Time":20250318T173000
LOCATION:Llamada telefónica
ORGANIZER;CN="Javier Gil Ramos":mailto:javier.gilramos@michaelpage.es
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es:Llamada Michael Page - Gabriela Torres-Whitman
TRANSP:OPAQUE
UID:5f1a0c3e-michaelpage-es-20250318-jgr@michaelpage.es
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""")

add("consulado-cita", (
    "cita-cgchicago-NAC-2025-004471@exteriores.gob.es", 0, "", "", "", "",
    "consulate-appointment-nationality"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ministerio de Asuntos Exteriores//Cita Previa//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:cita-cgchicago-NAC-2025-004471@exteriores.gob.es
DTSTAMP:20250201T150321Z
DTSTART:20250320T150000Z
DTEND:20250320T152000Z
SUMMARY:Cita previa - Consulado General de España en Chicago - Nacionalidad
DESCRIPTION:Servicio: Nacionalidad (Ley 20/2022 de Memoria Democrática) –
  entrega de documentación.\nLocalizador: NAC-2025-004471\nTraiga: pasaport
 e\, partida de nacimiento literal del abuelo\, formulario Anexo II.\nDire
 cción: 180 N Michigan Ave\, Suite 1500\, Chicago IL
LOCATION:180 N Michigan Ave\, Suite 1500\, Chicago
END:VEVENT
END:VCALENDAR
""")
