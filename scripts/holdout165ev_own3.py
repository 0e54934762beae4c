"""holdout165: the user's own interviews (Nordex, Ingeteam, machine-tool makers, R&D centres, Sener, Idom)."""

import holdout165ev_zones as z

EVENTS = [
    dict(
        kind="smartrecruiters-screen",
        uid="sr-interview-7a2b9c44-e1f0-4d3a-9b58-0c6d2e1f7a90",
        is_interview=1, company="Nordex", role="Lead Engineer Rotor Blade Structures (m/f/d)",
        stage="recruiter_screen", interviewers="igoni@nordex-online.com",
        trap="smartrecruiters-wind-recruiter-screen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-7a2b9c44-e1f0-4d3a-9b58-0c6d2e1f7a90
DTSTAMP:20251008T103000Z
DTSTART:20251010T070000Z
DTEND:20251010T073000Z
SUMMARY:Interview - Lead Engineer Rotor Blade Structures (m/f/d) - Nordex
  Group
DESCRIPTION:Hello Iker\,\n\nYour interview has been confirmed.\n\nJob: Lead
  Engineer Rotor Blade Structures (m/f/d) - Pamplona\nInterview type: Phon
 e screen\nInterviewer: Itziar Goñi\, Talent Acquisition\n\nItziar will ca
 ll you on +34 6** *** *18.\n\nGood luck!\nNordex Group Recruiting
LOCATION:Phone call
ORGANIZER;CN=Nordex Group Recruiting:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Itziar Goñi;ROLE=REQ-PARTICIPANT:mailto:igoni@nordex-online.com
ATTENDEE;CN=Iker Etxeberria;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:iker.etx
 eberria.meca@euskaltel.net
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-final-hybrid",
        uid="040000008200E00074C5B7101A82E00800000000109A3DE9EF4ADC010000000000000000100000002C4E6A8B0D1F3E5A7C9B1D3F5E7A9C0B",
        is_interview=1, company="Nordex", role="", stage="final",
        interviewers="smueller@nordex-online.com;jelizalde@nordex-online.com",
        trap="final-round-hybrid-room-plus-teams",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Müller, Stefan";RSVP=TRUE:mailto:smueller@nordex-online.com
ATTENDEE;CN="Elizalde, Javier";RSVP=TRUE:mailto:jelizalde@nordex-online.com
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="ES-SAR-P1-Sala Orreaga";R
 SVP=TRUE:mailto:es-sar-orreaga@nordex-online.com
CLASS:PUBLIC
DESCRIPTION:Hola Iker\,\n\nÚltima entrevista del proceso: Javier Elizalde
  (Director de Ingeniería España) en Sarriguren y Stefan Müller (Head of Bl
 ade Engineering\, Hamburgo) por Teams. La entrevista con Stefan será en in
 glés.\n\nItziar (en nombre de Javier)\n\n_________________________________
 _______________________________________________\nReunión de Microsoft Team
 s\nUnirse: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NDk2\nId
 . de reunión: 371 992 004 118  Código de acceso: hV7eX2\n_________________
 _______________________________________________________________\n
DTEND;TZID="Romance Standard Time":20251125T123000
DTSTAMP:20251114T091533Z
DTSTART;TZID="Romance Standard Time":20251125T110000
LOCATION:ES-SAR-P1-Sala Orreaga\; Reunión de Microsoft Teams
ORGANIZER;CN="Elizalde, Javier";SENT-BY="mailto:igoni@nordex-online.com":ma
 ilto:jelizalde@nordex-online.com
SEQUENCE:1
SUMMARY;LANGUAGE=es-ES:Nordex - entrevista final Iker Etxeberria
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000109A3DE9EF4ADC010000000000000000100000002C4E6A8B0D1F3E5A7C9B1D3F5E7A9C0B
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-teams-spanish",
        uid="040000008200E00074C5B7101A82E00800000000502E8AB1C740DC01000000000000000010000000B7C8D9E0F1A2B3C4D5E6F708192A3B4C",
        is_interview=1, company="Ingeteam", role="Jefe de Proyecto I+D (Convertidores eólicos)",
        stage="hiring_manager", interviewers="bugarte@ingeteam.com",
        trap="teams-interview-wind-converter-rd",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
CLASS:PUBLIC
DESCRIPTION:Iker\, como hablamos con Selección\, te paso convocatoria para
  la entrevista del puesto Jefe de Proyecto I+D (Convertidores eólicos). Yo
  soy la responsable del área mecánica-térmica. Saludos\, Beatriz\n\n______
 __________________________________________________________________________\
 nReunión de Microsoft Teams\n¿Necesita ayuda?<https://aka.ms/JoinTeamsMeet
 ing?omkt=es-ES>\nUnirse a la reunión ahora<https://teams.microsoft.com/l/m
 eetup-join/19%3ameeting_ZTc0>\nId. de reunión: 318 227 650 009\nCódigo de a
 cceso: 3tQ9pL\n___________________________________________________________
 _____________________\n
DTEND;TZID="Romance Standard Time":20251028T130000
DTSTAMP:20251022T154511Z
DTSTART;TZID="Romance Standard Time":20251028T120000
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN="Ugarte, Beatriz":mailto:bugarte@ingeteam.com
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Entrevista Jefe de Proyecto I+D - Iker Etxeberria
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000502E8AB1C740DC01000000000000000010000000B7C8D9E0F1A2B3C4D5E6F708192A3B4C
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="iphone-typed-basque",
        uid="F0E3A1B2-6C7D-4E8F-9A0B-1C2D3E4F5A6B",
        is_interview=1, company="Ibarmia", role="", stage="",
        interviewers="Jon Zubizarreta",
        trap="hand-typed-elkarrizketa-no-attendees",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.0.1//EN
CALSCALE:GREGORIAN
""" + z.MADRID + r"""BEGIN:VEVENT
UID:F0E3A1B2-6C7D-4E8F-9A0B-1C2D3E4F5A6B
DTSTAMP:20251003T174455Z
CREATED:20251003T174450Z
DTSTART;TZID=Europe/Madrid:20251008T170000
DTEND;TZID=Europe/Madrid:20251008T180000
SUMMARY:elkarrizketa Ibarmia
LOCATION:Azkoitia
DESCRIPTION:Jon Zubizarreta (zuzendari teknikoa). eskatu 16:30ean irtetea
  lanetik
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-meet-invite",
        uid="0u3nq5b7k1r8p2s6d4f9g0h3jc@google.com",
        is_interview=1, company="Soraluce", role="Jefe/a de Oficina Técnica", stage="hiring_manager",
        interviewers="elasagabaster@soraluce.com",
        trap="google-meet-machine-tool-hiring-manager",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + z.MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251015T083000
DTEND;TZID=Europe/Madrid:20251015T091500
DTSTAMP:20251009T064501Z
ORGANIZER;CN=Eneko Lasagabaster:mailto:elasagabaster@soraluce.com
UID:0u3nq5b7k1r8p2s6d4f9g0h3jc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Eneko L
 asagabaster;X-NUM-GUESTS=0:mailto:elasagabaster@soraluce.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=iker.etxeberria.meca@euskaltel.net;X-NUM-GUESTS=0:mailto:iker.etxe
 berria.meca@euskaltel.net
X-GOOGLE-CONFERENCE:https://meet.google.com/qzd-hmnb-kya
DESCRIPTION:Iker\, antes de vernos en Bergara prefiero una primera charla p
 or Meet sobre el puesto de Jefe/a de Oficina Técnica. Media hora larga.\n\n
 -::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚnete
  con Google Meet: https://meet.google.com/qzd-hmnb-kya\nO marca: (ES) +34 9
 1 123 92 17 PIN: 318 220 447#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Soraluce - Jefe/a Oficina Técnica (Iker Etxeberria)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-basque-only",
        uid="040000008200E00074C5B7101A82E00800000000803DA4B6F544DC01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6",
        is_interview=1, company="Fagor Arrasate", role="Diseinu mekanikoko arduraduna", stage="",
        interviewers="gazkarate@fagorarrasate.com;imendia@fagorarrasate.com",
        trap="basque-only-elkarrizketa-press-maker",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Mendia, Iñigo";RSVP=TRUE:mailto:imendia@fagorarrasate.com
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
CLASS:PUBLIC
DESCRIPTION:Kaixo Iker\,\n\nDiseinu mekanikoko arduraduna lanposturako haut
 aketa prozesuarekin jarraitzeko\, elkarrizketa bat egingo dugu Arrasaten.
  Iñigo Mendia (Ingeniaritza zuzendaria) eta biok egongo gara.\n\nAurkeztu h
 arreran\, San Andres auzoa 20.\n\nOndo izan\,\nGarazi Azkarate\nPertsonak
  - Fagor Arrasate\n
DTEND;TZID="Romance Standard Time":20251120T103000
DTSTAMP:20251112T110402Z
DTSTART;TZID="Romance Standard Time":20251120T091500
LOCATION:Fagor Arrasate - San Andres auzoa 20\, Arrasate
ORGANIZER;CN="Azkarate, Garazi":mailto:gazkarate@fagorarrasate.com
SEQUENCE:0
SUMMARY;LANGUAGE=eu-ES:Elkarrizketa: Diseinu mekanikoko arduraduna - Iker
  Etxeberria
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000803DA4B6F544DC01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-booking",
        uid="c2f6a9e1-calendly-4b7d-8e03-1f5a9c2d6e4b",
        is_interview=1, company="Ideko", role="Investigador/a Senior - Dinámica de Máquinas",
        stage="recruiter_screen", interviewers="leire.aranburu@ideko.es",
        trap="calendly-candidate-booked-rd-centre",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:c2f6a9e1-calendly-4b7d-8e03-1f5a9c2d6e4b
DTSTAMP:20251016T195812Z
DTSTART:20251020T140000Z
DTEND:20251020T143000Z
SUMMARY:Primera entrevista IDEKO (30 min) entre Leire Aranburu y Iker Etxeb
 erria
DESCRIPTION:Nombre del evento: Primera entrevista IDEKO (30 min)\n\nPuesto:
  Investigador/a Senior - Dinámica de Máquinas\n\nPor favor\, comparte algo
  que ayude a preparar nuestra reunión:\nCandidatura vía web ideko.es - 8 a
 ños diseño bogies\, FEM\, ensayos de fatiga\n\nUbicación: Esta es una reun
 ión de Google Meet. https://meet.google.com/xte-bkap-ruw\n\n¿Necesitas hace
 r cambios en este evento?\nCancelar: https://calendly.com/cancellations/2f
 6a9e1\nReprogramar: https://calendly.com/reschedulings/2f6a9e1\n\nDesarroll
 ado por Calendly.com
LOCATION:https://meet.google.com/xte-bkap-ruw
ORGANIZER;CN=Leire Aranburu:mailto:leire.aranburu@ideko.es
ATTENDEE;CN=Iker Etxeberria;PARTSTAT=ACCEPTED:mailto:iker.etxeberria.meca@e
 uskaltel.net
ATTENDEE;CN=Leire Aranburu;PARTSTAT=ACCEPTED:mailto:leire.aranburu@ideko.es
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workable-technical",
        uid="workable-event-5k2m8n1p4q7r-41188203",
        is_interview=1, company="Tecnalia", role="Senior Researcher - Railway Structures", stage="technical",
        interviewers="oihane.bilbao@tecnalia.com;xabier.olano@tecnalia.com",
        trap="workable-technical-interview-research-centre",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Events//EN
METHOD:REQUEST
""" + z.MADRID + r"""BEGIN:VEVENT
UID:workable-event-5k2m8n1p4q7r-41188203
DTSTAMP:20251103T112233Z
DTSTART;TZID=Europe/Madrid:20251110T100000
DTEND;TZID=Europe/Madrid:20251110T113000
SUMMARY:Entrevista técnica | Senior Researcher - Railway Structures | TECN
 ALIA
DESCRIPTION:Hola Iker\,\n\nTECNALIA te ha invitado a una entrevista.\n\nTip
 o: Entrevista técnica (presencial)\nCon: Oihane Bilbao\, Xabier Olano\nDir
 ección: Parque Científico y Tecnológico de Gipuzkoa\, Mikeletegi Pasealek
 ua 2\, Donostia\n\nTraer: ejemplo de informe de cálculo o ensayo (anonimiz
 ado).\n\nEnviado con Workable
LOCATION:Mikeletegi Pasealekua 2\, 20009 Donostia
ORGANIZER;CN=TECNALIA:mailto:notifications@workablemail.com
ATTENDEE;CN=Oihane Bilbao;ROLE=REQ-PARTICIPANT:mailto:oihane.bilbao@tecnali
 a.com
ATTENDEE;CN=Xabier Olano;ROLE=REQ-PARTICIPANT:mailto:xabier.olano@tecnalia.
 com
ATTENDEE;CN=Iker Etxeberria;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:iker.etx
 eberria.meca@euskaltel.net
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calcom-same-surname",
        uid="calcom-booking-qR8vT2wX9yZ1@cal.com",
        is_interview=1, company="CEIT", role="", stage="",
        interviewers="aetxeberria@ceit.es",
        trap="cal-com-interviewer-shares-user-surname",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-booking-qR8vT2wX9yZ1@cal.com
DTSTAMP:20251104T081500Z
DTSTART:20251107T110000Z
DTEND:20251107T114500Z
SUMMARY:Entrevista Ceit - Transporte entre Aitziber Etxeberria y Iker Etxeb
 erria
DESCRIPTION:Qué: Entrevista Ceit - Transporte\nQuién:\nAitziber Etxeberria
  - Organizador\naetxeberria@ceit.es\nIker Etxeberria\niker.etxeberria.meca@
 euskaltel.net\nDónde: Zoom https://ceit.zoom.us/j/91166204771\nNotas adici
 onales: grupo de Dinámica Ferroviaria\, vacante de investigador/a líder de
  proyecto
LOCATION:https://ceit.zoom.us/j/91166204771
ORGANIZER;CN=Aitziber Etxeberria:mailto:aetxeberria@ceit.es
ATTENDEE;CN=Iker Etxeberria;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:i
 ker.etxeberria.meca@euskaltel.net
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bizneo-convocatoria",
        uid="bizneo-ev-221785-94412",
        is_interview=1, company="Sener", role="Responsable de Ingeniería Mecánica - Mecanismos",
        stage="recruiter_screen", interviewers="paula.rios@sener.es",
        trap="spanish-ats-convocatoria-video",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Bizneo HR//Bizneo ATS//ES
METHOD:REQUEST
""" + z.MADRID + r"""BEGIN:VEVENT
UID:bizneo-ev-221785-94412
DTSTAMP:20251009T090112Z
DTSTART;TZID=Europe/Madrid:20251013T163000
DTEND;TZID=Europe/Madrid:20251013T170000
SUMMARY:Convocatoria: Responsable de Ingeniería Mecánica - Mecanismos (SEN
 ER)
DESCRIPTION:Hola Iker\,\nHas sido convocado/a a una videoentrevista dentro
  del proceso de selección de SENER.\nResponsable: Paula Ríos (Talent Acquis
 ition)\nEnlace: https://meet.google.com/pbn-rqye-fvo\nRecuerda tener a man
 o tu CV actualizado.\n--\nEste correo se ha generado automáticamente desde
  Bizneo ATS.
LOCATION:Videoentrevista (Google Meet)
ORGANIZER;CN=SENER Talento:mailto:no-reply@bizneo.com
ATTENDEE;CN=Paula Ríos;ROLE=REQ-PARTICIPANT:mailto:paula.rios@sener.es
ATTENDEE;CN=Iker Etxeberria;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:iker.etx
 eberria.meca@euskaltel.net
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-area-panel",
        uid="040000008200E00074C5B7101A82E00800000000C08F2D11A945DC01000000000000000010000000D4C3B2A1F0E9D8C7B6A5F4E3D2C1B0A9",
        is_interview=1, company="Sener", role="", stage="technical",
        interviewers="ignacio.delafuente@sener.es;maider.olabarria@sener.es",
        trap="panel-with-area-second-round-teams",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="de la Fuente, Ignacio";RSVP=TRUE:mailto:ignacio.delafuente@se
 ner.es
ATTENDEE;CN="Olabarria, Maider";RSVP=TRUE:mailto:maider.olabarria@sener.es
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
CLASS:PUBLIC
DESCRIPTION:Hola Iker\, te convocamos a la reunión con el área (Mecanismos
  - Getxo). Ignacio y Maider te harán preguntas técnicas de diseño\, toleran
 cias y verificación. Unos 60 min. Saludos\, Paula\n\n_____________________
 ___________________________________________________________\nReunión de Mi
 crosoft Teams\nUnirse a la reunión ahora<https://teams.microsoft.com/l/mee
 tup-join/19%3ameeting_OGU1>\nId. de reunión: 397 665 113 870  Código de ac
 ceso: Ku3f8R\n____________________________________________________________
 ____________________\n
DTEND;TZID="Romance Standard Time":20251031T100000
DTSTAMP:20251024T122101Z
DTSTART;TZID="Romance Standard Time":20251031T090000
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN="Rios, Paula";SENT-BY="mailto:paula.rios@sener.es":mailto:ign
 acio.delafuente@sener.es
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Reunión con el área - Iker Etxeberria
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C08F2D11A945DC01000000000000000010000000D4C3B2A1F0E9D8C7B6A5F4E3D2C1B0A9
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-bilbao-panel",
        uid="040000008200E00074C5B7101A82E00800000000E01BC5D7B24BDC01000000000000000010000000A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4",
        is_interview=1, company="Idom", role="Ingeniero/a Líder Material Rodante", stage="onsite",
        interviewers="kibarra@idom.com;samezaga@idom.com",
        trap="outlook-sent-by-assistant-onsite-bilbao",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Amezaga Ruiz, Sara";RSVP=TRUE:mailto:samezaga@idom.com
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="BIO-Zarandoa-P3-Sala 3.0
 4";RSVP=TRUE:mailto:bio-sala304@idom.com
CLASS:PUBLIC
DESCRIPTION:Estimado Iker:\n\nPor indicación de Koldo Ibarra te envío convo
 catoria para la entrevista en nuestras oficinas de Bilbao (Avda. Zarandoa
  23). Estarán Koldo Ibarra (Director de Ferrocarriles) y Sara Amezaga (Ges
 tión de Personas).\n\nUn saludo\,\nEdurne Sánchez\nSecretaría de Direcció
 n - IDOM\n
DTEND;TZID="Romance Standard Time":20251204T113000
DTSTAMP:20251126T103344Z
DTSTART;TZID="Romance Standard Time":20251204T100000
LOCATION:BIO-Zarandoa-P3-Sala 3.04
ORGANIZER;CN="Ibarra, Koldo";SENT-BY="mailto:esanchez@idom.com":mailto:kib
 arra@idom.com
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Entrevista Ingeniero/a Líder Material Rodante - Ike
 r Etxeberria
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E01BC5D7B24BDC01000000000000000010000000A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-typed",
        uid="3f9e8c21-7d4b-4a6e-b0c1-92e5f7a8d3b6",
        is_interview=1, company="Goizper", role="", stage="",
        interviewers="",
        trap="desktop-typed-second-interview-abbrev",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + z.MADRID + r"""BEGIN:VEVENT
CREATED:20251105T203311Z
LAST-MODIFIED:20251105T203340Z
DTSTAMP:20251105T203340Z
UID:3f9e8c21-7d4b-4a6e-b0c1-92e5f7a8d3b6
SUMMARY:Goizper 2a entrev. (Antzuola)
DTSTART;TZID=Europe/Madrid:20251112T080000
DTEND;TZID=Europe/Madrid:20251112T093000
LOCATION:Goizper\, Antzuola
DESCRIPTION:con dtor. ingenieria y gerente. pedir dia libre a Mikel (asunto
 s propios)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
