"""holdout70: the user's own interviews in Mexico (part C: Prisma Derma, La Loma, Hogarex, Clairval, ...)."""

from __future__ import annotations

from holdout70ev_ics import cal, item

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"


def events() -> list[dict[str, str]]:
    out = []

    uid = ("040000008200E00074C5B7101A82E008000000003A7C61D08283DB01000000000000000010000000"
           "F0B4C2E9176D3A4F95E2A8C0D4B61F73")
    out.append(item("outlook-screen-teams-es", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Hola Mariana\,\n\nGracias por tu tiempo. Te envío la liga para nuestra conversación inicial sobr
        |e la posición de Gerente de Producto Dermocosmética. Revisaremos tu trayectoria\, motivos de cambio y expec
        |tativas.\n\nSaludos\,\nDiana Cervantes | Talent Partner\nLaboratorios Prisma Derma\n\n@@TEAMS_ES:218 773 40
        |5 962|pQ6vT2|ZmE0NWQx@@
        DTEND;TZID="Central Standard Time (Mexico)":20250210T173000
        DTSTAMP:20250207T184100Z
        DTSTART;TZID="Central Standard Time (Mexico)":20250210T170000
        LOCATION:Reunión de Microsoft Teams
        ORGANIZER;CN="Cervantes, Diana":mailto:dcervantes@prismaderma.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mariana.gtz.salas@hotmail.com:mailto:mari
        |ana.gtz.salas@hotmail.com
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-MX:Conversación inicial - Gerente de Producto Dermocosmética
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, tzs=("mx_win",)), uid, True, "Laboratorios Prisma Derma", "Gerente de Producto Dermocosmética",
        "recruiter_screen", "dcervantes@prismaderma.com.mx", "outlook-screen-es"))

    uid = "5e1c8b70-talentia-2025-0219-lal0ma@talentia.mx"
    out.append(item("agency-hr-interview-es", cal("-//Zoho Corporation//Zoho Recruit//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250214T201533Z
        DTSTART;TZID=America/Mexico_City:20250219T120000
        DTEND;TZID=America/Mexico_City:20250219T130000
        SUMMARY:Entrevista con Gerencia de Talento - Grupo Lechero La Loma / Mariana Gutiérrez
        ORGANIZER;CN=Rocío Bermúdez (Talentia):mailto:rocio.bermudez@talentia.mx
        ATTENDEE;CN=Mariana Gutiérrez Salas;RSVP=TRUE:mailto:mariana.gtz.salas@hotmail.com
        ATTENDEE;CN=Norma Quiroga;RSVP=TRUE:mailto:nquiroga@lalomalacteos.com
        LOCATION:Zoom
        DESCRIPTION:Mariana\, te confirmo la entrevista con Norma Quiroga\, Gerente de Talento de nuestro client
        |e Grupo Lechero La Loma\, para la posición de Brand Manager Yoghurts. Es una primera entrevista de compete
        |ncias; después vendría la del área de marketing.\n\n@@ZOOM_ES:863 1907 2254|448120@@\n\nRocío Bermúdez\nC
        |onsultora Sr. | Talentia Executive Search
        STATUS:CONFIRMED
        END:VEVENT
        """, tzs=("mx",)), uid, True, "Grupo Lechero La Loma", "Brand Manager Yoghurts", "recruiter_screen",
        "nquiroga@lalomalacteos.com", "agency-zoho-client-hr-es"))

    uid = "3ac8pt1l9mkd0s2fhqv6u7b4ej@google.com"
    out.append(item("google-floating-wrtz-es", cal(GOOGLE, rf"""
        BEGIN:VEVENT
        DTSTART:20250307T110000
        DTEND:20250307T120000
        DTSTAMP:20250303T154450Z
        ORGANIZER;CN=Roberto Cantú:mailto:rcantu@botaneradelnorte.com
        UID:{uid}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mariana.gtz.salas@hotma
        |il.com;X-NUM-GUESTS=0:mailto:mariana.gtz.salas@hotmail.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Roberto Cantú;X-NUM-GUESTS=0
        |:mailto:rcantu@botaneradelnorte.com
        DESCRIPTION:Mariana\, mucho gusto. Soy el Director de Mercadotecnia y la vacante de Brand Manager Totopos
        | Regios reportaría a mí. Platicamos una hora por Meet; si hace match te invitamos a Monterrey.\n\n@@MEET_ES:
        |fkr-wbnt-ouy|290 665 812@@
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Botanera del Norte - entrevista Brand Manager (Mariana Gutiérrez)
        TRANSP:OPAQUE
        END:VEVENT
        """, head=("X-WR-CALNAME:Entrevistas", "X-WR-TIMEZONE:America/Monterrey")), uid, True, "Botanera del Norte",
        "Brand Manager Totopos Regios", "hiring_manager", "rcantu@botaneradelnorte.com", "floating-wr-timezone-es"))

    uid = ("040000008200E00074C5B7101A82E00800000000B29F04E1A195DB01000000000000000010000000"
           "8E5D3C1A0F2B47B6A9D18E4C7F06B253")
    out.append(item("exchange-onsite-room-resource-es", cal(EXCHANGE, rf"""
        BEGIN:VEVENT
        ORGANIZER;CN=Itzel Navarro:mailto:inavarro@solpacifico.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mariana Gutiérrez Salas:mailto:mariana.gt
        |z.salas@hotmail.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fabián Esparza:mailto:fesparza@solpacifico
        |.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gloria Anaya:mailto:ganaya@solpacifico.co
        |m.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tomás Villalobos:mailto:tvillalobos@solpac
        |ifico.com.mx
        ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=GDL-Sala Pacífico:mailto:gdl.salapacifico@sol
        |pacifico.com.mx
        ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=GDL-Proyector 3:mailto:gdl.proyector3@so
        |lpacifico.com.mx
        DESCRIPTION;LANGUAGE=es-MX:Mariana\, te esperamos en la planta de Zapopan para tu día de entrevistas prese
        |nciales (Gerente de Marca Refrescos Regionales):\n\n• 9:00 Fabián Esparza - Director de Mercadotecnia\n• 1
        |0:00 Gloria Anaya - Gerente Comercial Occidente\n• 11:00 Tomás Villalobos - HR Business Partner\n\nYo coo
        |rdino la visita y te acompaño al recorrido. Trae identificación para el acceso.\n\nItzel Navarro\nAtracci
        |ón de Talento · Embotelladora Sol del Pacífico
        SUMMARY;LANGUAGE=es-MX:Entrevistas presenciales Sol del Pacífico - Gerente de Marca (M. Gutiérrez)
        DTSTART:20250325T150000Z
        DTEND:20250325T180000Z
        UID:{uid}
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20250318T172025Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-MX:GDL-Sala Pacífico (Planta Zapopan)
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        """), uid, True, "Embotelladora Sol del Pacífico", "Gerente de Marca Refrescos Regionales", "onsite",
        "fesparza@solpacifico.com.mx;ganaya@solpacifico.com.mx;tvillalobos@solpacifico.com.mx",
        "exchange-room-resource-coordinator-es"))

    uid = ("040000008200E00074C5B7101A82E00800000000705C2AE39A98DB01000000000000000010000000"
           "C4E1F08B6D2A3945B7E06D9F1A8C2E50")
    teams = "@@TEAMS_ES:290 113 648 752|Gh4kLp|OWQ0MmE3@@"
    out.append(item("outlook-recurring-override-es", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Mariana\, bienvenida al Assessment de Liderazgo en Marketing de Hogarex (2 sesiones virtuales)
        |.\nDía 1: caso de negocio Home Care y presentación a panel (Verónica Salgado\, Marketing Director Home Care
        |\; Andrés Kuri\, Category Lead).\nDía 2: entrevista por competencias con los mismos evaluadores.\n\nAnabel T
        |orres\, Talent Acquisition Hogarex México\n\n{teams}
        DTSTART;TZID="Central Standard Time (Mexico)":20250408T090000
        DTEND;TZID="Central Standard Time (Mexico)":20250408T120000
        RRULE:FREQ=DAILY;COUNT=2
        DTSTAMP:20250401T155012Z
        LOCATION:Reunión de Microsoft Teams
        ORGANIZER;CN="Torres, Anabel":mailto:anabel.torres@hgx-global.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Salgado, Verónica":mailto:veronica.salgad
        |o@hgx-global.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kuri, Andrés":mailto:andres.kuri@hgx-glob
        |al.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mariana Gutiérrez Salas:mailto:mariana.gtz
        |.salas@hotmail.com
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-MX:Hogarex - Assessment Marketing Leadership (Senior Brand Manager Home Care)
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Cambio de horario del día 2: iniciamos a las 12:00 por un comité de Verónica. Entrevista por co
        |mpetencias con Verónica Salgado y Andrés Kuri.\n\n{teams}
        RECURRENCE-ID;TZID="Central Standard Time (Mexico)":20250409T090000
        DTSTART;TZID="Central Standard Time (Mexico)":20250409T120000
        DTEND;TZID="Central Standard Time (Mexico)":20250409T133000
        DTSTAMP:20250404T012233Z
        LOCATION:Reunión de Microsoft Teams
        ORGANIZER;CN="Torres, Anabel":mailto:anabel.torres@hgx-global.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Salgado, Verónica":mailto:veronica.salgad
        |o@hgx-global.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kuri, Andrés":mailto:andres.kuri@hgx-glob
        |al.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mariana Gutiérrez Salas:mailto:mariana.gtz
        |.salas@hotmail.com
        SEQUENCE:1
        SUMMARY;LANGUAGE=es-MX:Hogarex - Assessment día 2: entrevista por competencias (NUEVO HORARIO)
        TRANSP:OPAQUE
        UID:{uid}
        END:VEVENT
        """, tzs=("mx_win",)), uid, True, "Hogarex", "Senior Brand Manager Home Care", "onsite",
        "veronica.salgado@hgx-global.com;andres.kuri@hgx-global.com", "outlook-recurring-override-assessment-es"))

    uid = "ml1ph0q7c2v5r9kt8nsd4a3fbg@google.com"
    out.append(item("google-hm-clairval-es", cal(GOOGLE, rf"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Mexico_City:20250402T170000
        DTEND;TZID=America/Mexico_City:20250402T180000
        DTSTAMP:20250328T194420Z
        ORGANIZER;CN=Sofía Landa:mailto:sofia.landa@clairval.com
        UID:{uid}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sofía Landa;X-NUM-GUESTS=0:m
        |ailto:sofia.landa@clairval.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mariana.gtz.salas@hotma
        |il.com;X-NUM-GUESTS=0:mailto:mariana.gtz.salas@hotmail.com
        CREATED:20250328T194418Z
        DESCRIPTION:Hola Mariana\, después de tu conversación con Camille en París me encantaría conocerte. Soy la
        | Country Marketing Manager de Maison Clairval México; el puesto de Gerente de Grupo de Marca Skincare repo
        |rta a mí. Nos vemos en la oficina de Lomas (Paseo de los Tamarindos 90\, torre 2\, piso 7).\n\nSofía
        LAST-MODIFIED:20250328T194420Z
        LOCATION:Maison Clairval México\, Paseo de los Tamarindos 90\, Bosques de las Lomas\, CDMX
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista Mariana Gutiérrez - Gerente de Grupo de Marca Skincare
        TRANSP:OPAQUE
        END:VEVENT
        """, tzs=("mx",)), uid, True, "Maison Clairval", "Gerente de Grupo de Marca Skincare", "hiring_manager",
        "sofia.landa@clairval.com", "google-company-in-body-es"))

    uid = "c7p3vq0n2k9sb1ea4mtl8o6jdh@google.com"
    out.append(item("greenhouse-case-es", cal(GOOGLE, rf"""
        BEGIN:VEVENT
        DTSTART:20250311T170000Z
        DTEND:20250311T181500Z
        DTSTAMP:20250305T232901Z
        ORGANIZER;CN=Valeria Ochoa:mailto:valeria.ochoa@mandaditos.app
        UID:{uid}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tania Rivas;X-NUM-GUESTS=0:m
        |ailto:tania.rivas@mandaditos.app
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hugo Beltrán;X-NUM-GUESTS=0:
        |mailto:hugo.beltran@mandaditos.app
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mariana.gtz.salas@hotmai
        |l.com;X-NUM-GUESTS=0:mailto:mariana.gtz.salas@hotmail.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Valeria Ochoa;X-NUM-GUESTS=0
        |:mailto:valeria.ochoa@mandaditos.app
        DESCRIPTION:Hola Mariana 👋\n\nTe compartimos los detalles de tu caso práctico para Brand Marketing Manage
        |r (CDMX).\n\nPanel:\n- Tania Rivas\, Head of Brand\n- Hugo Beltrán\, Growth Marketing Lead\n\nFormato: 20
        | min de presentación del caso que te mandamos + 40 min de preguntas. Comparte pantalla desde Meet.\n\nCua
        |lquier duda escríbeme.\nValeria Ochoa · Recruiting Coordinator · Mandaditos\n\n@@MEET_ES:ypd-ghzs-nqa|613
        | 092 447@@
        LAST-MODIFIED:20250305T232901Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Caso práctico: Brand Marketing Manager - Mariana Gutiérrez Salas
        TRANSP:OPAQUE
        END:VEVENT
        """, head=("X-WR-TIMEZONE:America/Mexico_City",)), uid, True, "Mandaditos", "Brand Marketing Manager",
        "technical", "tania.rivas@mandaditos.app;hugo.beltran@mandaditos.app", "greenhouse-coordinator-case-es"))

    uid = "E2A71C4B-9F30-4D8E-B615-0C3D7A92F1E8"
    out.append(item("apple-icloud-invite-es", cal("-//Apple Inc.//macOS 14.3.1//EN", rf"""
        BEGIN:VEVENT
        ATTENDEE;CN="Ximena Pardo";CUTYPE=INDIVIDUAL;EMAIL="xpardo@jugueteskimba.com";PARTSTAT=ACCEPTED;ROLE=CHAIR
        |:mailto:xpardo@jugueteskimba.com
        ATTENDEE;CN="Mariana Gutiérrez";CUTYPE=INDIVIDUAL;EMAIL="mariana.gtz.salas@hotmail.com";PARTSTAT=NEEDS-ACTI
        |ON;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mariana.gtz.salas@hotmail.com
        CREATED:20250314T213355Z
        DESCRIPTION:Mariana\, te espero en nuestras oficinas para platicar del puesto de Gerente de Marca Kimba Ba
        |by. Pregunta por mí en recepción.\nXimena Pardo\nDirectora de Marketing\, Juguetes Kimba
        DTEND;TZID=America/Mexico_City:20250320T130000
        DTSTAMP:20250314T213410Z
        DTSTART;TZID=America/Mexico_City:20250320T120000
        LAST-MODIFIED:20250314T213402Z
        LOCATION:Juguetes Kimba\nAv. Río Churubusco 601\, Xoco\, CDMX
        ORGANIZER;CN="Ximena Pardo";EMAIL="xpardo@jugueteskimba.com":mailto:xpardo@jugueteskimba.com
        SEQUENCE:0
        SUMMARY:Entrevista Juguetes Kimba - Mariana Gutiérrez
        TRANSP:OPAQUE
        UID:{uid}
        X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
        END:VEVENT
        """, tzs=("mx",), calscale=False), uid, True, "Juguetes Kimba", "Gerente de Marca Kimba Baby",
        "hiring_manager", "xpardo@jugueteskimba.com", "apple-icloud-es"))

    uid = "8a4f0c2e-63b1-4d7a-9e58-2f1b7c6d0a93"
    out.append(item("thunderbird-tijuana-es", cal("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", rf"""
        BEGIN:VEVENT
        CREATED:20250309T190211Z
        LAST-MODIFIED:20250309T190540Z
        DTSTAMP:20250309T190540Z
        UID:{uid}
        SUMMARY:Entrevista - Coordinación de Marca y Enoturismo (Vinos Cieloalto)
        ORGANIZER;CN=Santiago Ibarra Lanz:mailto:santiago@vinoscieloalto.mx
        ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:mariana.gtz.salas@hotmail.com
        ATTENDEE;RSVP=FALSE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Santiago Ibarra Lanz:mailto:santiago@vinosciel
        |oalto.mx
        DTSTART;TZID=America/Tijuana:20250314T100000
        DTEND;TZID=America/Tijuana:20250314T110000
        DESCRIPTION:Hola Mariana\, gracias por escribirnos. Te propongo platicar por Zoom sobre la coordinación de
        | marca y enoturismo de la bodega (Valle de Guadalupe). Son las 10 am hora de Ensenada\, 11 am en CDMX.\n
        |\n@@ZOOM_ES:849 5521 0036|770913@@\n\nSantiago Ibarra Lanz\nVinos Cieloalto
        LOCATION:Zoom
        SEQUENCE:0
        TRANSP:OPAQUE
        X-MOZ-SEND-INVITATIONS:TRUE
        X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE
        END:VEVENT
        """, tzs=("tijuana",), calscale=False), uid, True, "Vinos Cieloalto", "Coordinación de Marca y Enoturismo",
        "", "santiago@vinoscieloalto.mx", "thunderbird-pacific-zone-es"))

    uid = "zoom-sched-0f6e8a31b2c94d7e@tiendaspronto.com.mx"
    out.append(item("zoom-invite-es", cal("-//zoom.us//iCalendar Event//EN", rf"""
        BEGIN:VEVENT
        DTSTAMP:20250321T170244Z
        DTSTART:20250326T013000Z
        DTEND:20250326T021500Z
        SUMMARY:Entrevista Gerente de Marca Propia Bebidas - Tiendas Pronto
        UID:{uid}
        ORGANIZER;CN=Marcela Ugalde:mailto:mugalde@tiendaspronto.com.mx
        ATTENDEE;CN=Mariana Gutiérrez Salas;RSVP=TRUE:mailto:mariana.gtz.salas@hotmail.com
        LOCATION:https://us06web.zoom.us/j/87710456221?pwd=VmR2dVhjS2d4eUN1
        DESCRIPTION:Marcela Ugalde le está invitando a una reunión de Zoom programada.\n\n@@ZOOM_ES:877 1045 6221|6
        |31084@@\n\nHola Mariana\, perdona el horario tardío: entre tiendas y juntas es lo único que tengo. Platica
        |mos de la posición y del equipo de marcas propias.\nMarcela Ugalde\, Gerente Sr. Marcas Propias
        BEGIN:VALARM
        TRIGGER:-PT10M
        ACTION:DISPLAY
        DESCRIPTION:Reminder
        END:VALARM
        END:VEVENT
        """, method=None), uid, True, "Tiendas Pronto", "Gerente de Marca Propia Bebidas", "",
        "mugalde@tiendaspronto.com.mx", "zoom-ics-late-utc-es"))

    return out
