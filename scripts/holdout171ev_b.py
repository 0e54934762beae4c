"""holdout171 events, part b: Madrid universities, agencies and the Junta (the user's own interviews)."""

from holdout171ev_tz import MADRID_APPLE, MADRID_GOOGLE, ROMANCE

EVENTS = [
    dict(
        k="ld-gerente", uid="040000008200E00074C5B7101A82E00800000000F1B2E8A03C2EDB0100000000000000001000000088AD3E",
        i=1, co="Universidad Complutense de Madrid", role="Jefe/a de Servicio de Gestión Académica",
        st="hiring_manager",
        iv="agarciap@ucm.es", trap="outlook-ucm-sent-by-secretaria-gerente-interviews",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="García Pardo, Alberto";SENT-BY="mailto:secgerencia@ucm.es":mailto:agarciap@ucm.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Navarro Gil, Rocío":mailto:rocionavarro
 .gil@hotmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Secretaría Gerencia":mailto:secgerencia@ucm
 .es
DESCRIPTION;LANGUAGE=es-ES:Por indicación del Gerente\, D. Alberto García P
 ardo\, le convocamos a una entrevista en relación con su solicitud al pues
 to de Jefe/a de Servicio de Gestión Académica (Facultad de Educación - Cen
 tro de Formación del Profesorado)\, convocatoria LD 11/2024.\n\nLa entrevi
 sta será por Teams.\n\n_____________________________________________________
 ___________________________\nReunión de Microsoft Teams\nÚnase desde el eq
 uipo\, la aplicación móvil o el dispositivo de la sala\nHaga clic aquí par
 a unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeti
 ng_ZTk2NTU@thread.v2/0>\nId. de la reunión: 330 921 774 815\nCódigo de acce
 so: b5Uq9K\nO llame (solo audio)\n+34 917 94 32 11\,\,602318441# Spain\, Ma
 drid\n________________________________________________________________________
 ________\n
UID:040000008200E00074C5B7101A82E00800000000F1B2E8A03C2EDB0100000000000000001000000088AD3E
SUMMARY;LANGUAGE=es-ES:Entrevista candidata LD 11/2024 - Jefe/a Servicio Gestión Académica (Fac. Educación)
DTSTART;TZID=Romance Standard Time:20241031T120000
DTEND;TZID=Romance Standard Time:20241031T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241024T091755Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="doctorado-gcal", uid="0fh2s6c8u1v3k5p7q9r4t6w8y0@google.com",
        i=1, co="Universidad Autónoma de Madrid", role="Coordinador/a de la Escuela de Doctorado", st="",
        iv="elena.marquez@uam.es;director.eid@uam.es", trap="google-event-title-candidate-name-doctorado",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20241113T100000
DTEND;TZID=Europe/Madrid:20241113T104500
DTSTAMP:20241106T154210Z
ORGANIZER;CN=Elena Márquez (EID-UAM):mailto:elena.marquez@uam.es
UID:0fh2s6c8u1v3k5p7q9r4t6w8y0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Elena Márquez (EID-UAM);X-NUM-GUESTS=0:mailto:elena.marquez@uam.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dirección EID;X-NUM-GUESTS=0:mailto:director.eid@uam.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rocionavarro.gil@hotmail.com;X-NUM-GUESTS=0:mailto:rocionavarro.gi
 l@hotmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/hvk-qpdz-wmu
DESCRIPTION:Puesto: Coordinador/a de la Escuela de Doctorado (PTGAS\, A1/A2
  nivel 26). Conversación con el Director de la Escuela y conmigo sobre tu
  experiencia en gestión de doctorado y tesis.\n\n-::~:~::~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚnete con Goo
 gle Meet: https://meet.google.com/hvk-qpdz-wmu\nO marca el: (ES) +34 936 9
 4 45 10 PIN: 902 113 447#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rocío Navarro Gil - Coordinación EID
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="aneca-ld", uid="040000008200E00074C5B7101A82E008000000004D9A1C7B2F30DB01000000000000000010000000ANECA24",
        i=1, co="ANECA", role="Jefe/a de Área de Evaluación de Titulaciones", st="hiring_manager",
        iv="direccion.evaluacion@aneca.es;mteresa.blanco@aneca.es", trap="outlook-agency-acronym-ld-area",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Blanco Ruiz, María Teresa":mailto:mteresa.blanco@aneca.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rocionavarro.gil@hotmail.com:mailto:rocio
 navarro.gil@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dirección de Evaluación y Acreditación":mail
 to:direccion.evaluacion@aneca.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="SALA 3.2 (8p) C/ Orense":mailto:sala3
 2@aneca.es
DESCRIPTION;LANGUAGE=es-ES:Estimada Rocío:\n\nTal como le hemos indicado te
 lefónicamente\, le citamos para mantener una entrevista con la Directora d
 e Evaluación y Acreditación y la Jefa de Recursos Humanos en relación con
  el puesto de libre designación Jefe/a de Área de Evaluación de Titulacione
 s (BOE 8-11-2024).\n\nC/ Orense 11\, 7ª planta. Identifíquese en recepción
 .\n\nUn cordial saludo\,\nM.ª Teresa Blanco\nRecursos Humanos - ANECA\n
UID:040000008200E00074C5B7101A82E008000000004D9A1C7B2F30DB01000000000000000010000000ANECA24
SUMMARY;LANGUAGE=es-ES:Entrevista - Puesto LD Jefe/a Área Evaluación Titulaciones
DTSTART;TZID=Romance Standard Time:20241210T113000
DTEND;TZID=Romance Standard Time:20241210T122000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241202T120112Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:SALA 3.2 (8p) C/ Orense
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="sepie-teams", uid="SEPIE-SEL-2025-014-entrevistas-RNG@sepie.es",
        i=1, co="SEPIE", role="Técnico/a Superior - Unidad de Educación Superior", st="",
        iv="", trap="teams-agency-acronym-tecnico-superior",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250114T110002Z
DESCRIPTION:Buenos días:\n\nLe comunicamos que ha superado la fase de valor
 ación curricular del proceso 14/2025 (Técnico/a Superior\, Unidad de Educa
 ción Superior - KA1/KA2) y le convocamos a la entrevista personal\, que se
  realizará por videoconferencia.\n\nReunión de Microsoft Teams\nUnirse: ht
 tps://teams.microsoft.com/l/meetup-join/19%3ameeting_SEPIE14@thread.v2/0\n
 Id. de la reunión: 312 004 889 251  Código: 9hWtA2\n\nUnidad de Recursos Hu
 manos - SEPIE\nC/ General Oráa 55\, Madrid
DTEND;TZID="Romance Standard Time":20250122T093000
DTSTAMP:20250114T110002Z
DTSTART;TZID="Romance Standard Time":20250122T090000
LAST-MODIFIED:20250114T110002Z
LOCATION:Microsoft Teams
ORGANIZER;CN="Selección SEPIE":mailto:seleccion@sepie.es
ATTENDEE;CN="rocionavarro.gil@hotmail.com";RSVP=TRUE:mailto:rocionavarro.gil@hotmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es:Proceso 14/2025 - Entrevista personal (R. Navarro Gil)
TRANSP:OPAQUE
UID:SEPIE-SEL-2025-014-entrevistas-RNG@sepie.es
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="llamada-rrhh", uid="aac-rrhh-202411-0087@juntadeandalucia.es",
        i=1, co="Agencia Andaluza del Conocimiento", role="Jefe/a de Departamento de Evaluación (DEVA)",
        st="recruiter_screen", iv="rocio.pineda@juntadeandalucia.es", trap="phone-screen-rrhh-agencia-publica",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Hola Rocío\, según hablamos\, te llamo al 6XX XXX 218 para una p
 rimera conversación (unos 20 minutos) sobre tu candidatura al puesto de Je
 fe/a de Departamento de Evaluación (DEVA)\, ref. AAC/SEL/2024/09.\n\nRocío
  Pineda\nRecursos Humanos\nAgencia Andaluza del Conocimiento\nC/ Max Planc
 k 6\, Isla de la Cartuja\, Sevilla
DTEND;TZID="Romance Standard Time":20241118T103000
DTSTAMP:20241113T081540Z
DTSTART;TZID="Romance Standard Time":20241118T101000
LOCATION:Llamada telefónica
ORGANIZER;CN="Rocio Pineda Castro":mailto:rocio.pineda@juntadeandalucia.es
ATTENDEE;CN="rocionavarro.gil@hotmail.com";RSVP=TRUE:mailto:rocionavarro.gil@hotmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es:Llamada AAC/SEL/2024/09 - primera toma de contacto
TRANSP:OPAQUE
UID:aac-rrhh-202411-0087@juntadeandalucia.es
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="caso-practico", uid="aac-rrhh-202411-0112@juntadeandalucia.es",
        i=1, co="Agencia Andaluza del Conocimiento", role="Jefe/a de Departamento de Evaluación (DEVA)",
        st="technical", iv="rocio.pineda@juntadeandalucia.es;fco.lorente@juntadeandalucia.es",
        trap="second-round-caso-practico-presencial",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Buenos días\, Rocío:\n\nTe confirmo la segunda fase del proceso
  AAC/SEL/2024/09: resolución de un caso práctico (60 min) sobre un expedie
 nte de verificación de título y\, a continuación\, presentación y pregunta
 s con Francisco Lorente (Director de Evaluación y Acreditación) y conmigo.
 \nSede: C/ Max Planck 6\, Isla de la Cartuja\, planta 2ª. Trae portátil si
  quieres\, aunque tendrás un equipo disponible.\n\nSaludos\nRocío Pineda
DTEND;TZID="Romance Standard Time":20241203T120000
DTSTAMP:20241126T121455Z
DTSTART;TZID="Romance Standard Time":20241203T100000
LOCATION:AAC - Max Planck 6\, sala de reuniones 2ª planta
ORGANIZER;CN="Rocio Pineda Castro":mailto:rocio.pineda@juntadeandalucia.es
ATTENDEE;CN="rocionavarro.gil@hotmail.com";RSVP=TRUE:mailto:rocionavarro.gil@hotmail.com
ATTENDEE;CN="Francisco Lorente Arjona";ROLE=REQ-PARTICIPANT:mailto:fco.lorente@juntadeandalucia.es
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es:AAC/SEL/2024/09 - 2ª fase: caso práctico y presentación
TRANSP:OPAQUE
UID:aac-rrhh-202411-0112@juntadeandalucia.es
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="direccion-final", uid="aac-dg-20241217-agenda@juntadeandalucia.es",
        i=1, co="Agencia Andaluza del Conocimiento", role="Jefe/a de Departamento de Evaluación (DEVA)",
        st="final", iv="direccion.gerencia.aac@juntadeandalucia.es",
        trap="final-with-director-sent-by-assistant-agenda-title",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Estimada Rocío:\n\nEl Director-Gerente de la Agencia desea cono
 certe antes de resolver el proceso AAC/SEL/2024/09. Será un encuentro brev
 e en su despacho.\n\nAtentamente\,\nAna Belén Morales\nSecretaría de Direc
 ción-Gerencia
DTEND;TZID="Romance Standard Time":20241217T133000
DTSTAMP:20241211T100233Z
DTSTART;TZID="Romance Standard Time":20241217T130000
LOCATION:Despacho Dirección-Gerencia (planta 3ª)
ORGANIZER;CN="Direccion Gerencia AAC";SENT-BY="mailto:anabelen.morales@juntadeandalucia.es":mailto:direcci
 on.gerencia.aac@juntadeandalucia.es
ATTENDEE;CN="rocionavarro.gil@hotmail.com";RSVP=TRUE:mailto:rocionavarro.gil@hotmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es:Reunión D. Gerente - Dña. Rocío Navarro Gil
TRANSP:OPAQUE
UID:aac-dg-20241217-agenda@juntadeandalucia.es
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="consejeria-ld", uid="040000008200E00074C5B7101A82E00800000000B5C3A2E4D73EDB0100000000000000001000000C4E1",
        i=1, co="Consejería de Universidad, Investigación e Innovación",
        role="Jefatura de Servicio de Coordinación Universitaria", st="",
        iv="secretariageneral.cuii@juntadeandalucia.es", trap="outlook-junta-ld-torretriana-room",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Secretaría General de Universidades";SENT-BY="mailto:mjose.caro@juntadeandalucia.es":mailto:
 secretariageneral.cuii@juntadeandalucia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rocionavarro.gil@hotmail.com:mailto:rocio
 navarro.gil@hotmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="TORRETRIANA - Sala Reuniones SGU 4ª pl
 anta":mailto:sala.sgu.torretriana@juntadeandalucia.es
DESCRIPTION;LANGUAGE=es-ES:Convocatoria de puesto de libre designación (BOJ
 A núm. 221\, de 13/11/2024)\, código SIRHUS 13047210 - Sv. Coordinación Un
 iversitaria.\n\nEl Secretario General de Universidades mantendrá una entre
 vista con las personas solicitantes. Edificio Torretriana\, C/ Juan Antoni
 o de Vizarrón s/n\, Isla de la Cartuja. Acceso por control con DNI.
UID:040000008200E00074C5B7101A82E00800000000B5C3A2E4D73EDB0100000000000000001000000C4E1
SUMMARY;LANGUAGE=es-ES:Entrevista solicitantes LD SIRHUS 13047210
DTSTART;TZID=Romance Standard Time:20250114T170000
DTEND;TZID=Romance Standard Time:20250114T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250108T082510Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:TORRETRIANA - Sala Reuniones SGU 4ª planta
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="ayto-typed", uid="7b21e0c9-3f5e-4c8d-a6b2-0d9e1f3a5c77",
        i=1, co="Ayuntamiento de Sevilla", role="jefatura Servicio Educacion", st="",
        iv="", trap="self-typed-android-ayto-ld-typo",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
UID:7b21e0c9-3f5e-4c8d-a6b2-0d9e1f3a5c77
DTSTAMP:20250123T190305Z
DTSTART;TZID=Europe/Madrid:20250131T093000
DTEND;TZID=Europe/Madrid:20250131T103000
SUMMARY:Ayto - entrevsita jefatura Servicio Educacion (LD)
LOCATION:Plaza Nueva 1
DESCRIPTION:con la Delegada de Educación y el Director Gral. Llevar CV imp
 reso x2
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="uimp-zoom", uid="uimp-7723015@zoom.us",
        i=1, co="Universidad Internacional Menéndez Pelayo", role="Jefe/a de Sección de Alumnos", st="",
        iv="", trap="zoom-uimp-seccion-alumnos-utc",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20250203T160002Z
DTSTART:20250211T110000Z
DTEND:20250211T114500Z
SUMMARY:UIMP - Entrevista Jefe/a de Sección de Alumnos
UID:uimp-7723015@zoom.us
ORGANIZER;CN=Recursos Humanos UIMP:mailto:rrhh@uimp.es
ATTENDEE;CN=Rocío Navarro Gil;RSVP=TRUE:mailto:rocionavarro.gil@hotmail.com
DESCRIPTION:Recursos Humanos UIMP le invita a una reunión de Zoom programad
 a.\n\nProceso de selección de personal laboral temporal - Jefe/a de Secció
 n de Alumnos (Madrid\, C/ Isaac Peral 23).\n\nUnirse a la reunión Zoom\nht
 tps://us06web.zoom.us/j/86611237704?pwd=bHVqR2ZtM0xUeUZ3\nID de reunión: 8
 66 1123 7704\nCódigo de acceso: 305118
LOCATION:https://us06web.zoom.us/j/86611237704?pwd=bHVqR2ZtM0xUeUZ3
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="une-typed", uid="0b7b8f0e-una-2025-0301@rocio.local",
        i=1, co="UNED", role="secretaría centro asociado", st="",
        iv="", trap="self-typed-thunderbird-entrevista-centro-asociado",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
""" + MADRID_APPLE + r"""BEGIN:VEVENT
CREATED:20250219T203311Z
LAST-MODIFIED:20250219T203455Z
DTSTAMP:20250219T203455Z
UID:0b7b8f0e-una-2025-0301@rocio.local
SUMMARY:Entrevista UNED Sevilla (secretaría centro asociado)
DTSTART;TZID=Europe/Madrid:20250306T183000
DTEND;TZID=Europe/Madrid:20250306T191500
LOCATION:C/ Jericó 10\, Sevilla
DESCRIPTION:Con el director del centro. Es por la tarde xq ellos abren de
  tarde. Preguntar compatibilidad con la US (¿solicitar compatibilidad o ex
 cedencia?)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
