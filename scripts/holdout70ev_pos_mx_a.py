"""holdout70: the user's own interviews in Mexico (part A: Nutrivela, Casa Olmeca, Tlalli, Pan Dorado, ...)."""

from __future__ import annotations

from holdout70ev_ics import cal, item

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//iPhone OS 17.4//EN"


def events() -> list[dict[str, str]]:
    out = []

    uid = "wd-cand-int-6f1c2a71-4b1e-4d0a-9d0c-1f5e2a7b9c01@nutrivela.myworkday.com"
    out.append(item("workday-screen-es", cal("-//Workday Inc.//Workday Calendar//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250203T163211Z
        DTSTART;TZID=America/Mexico_City:20250206T100000
        DTEND;TZID=America/Mexico_City:20250206T104500
        SUMMARY:Entrevista: Gerente de Marca Sr - Nutrición Infantil (JR-014522)
        ORGANIZER;CN=Atracción de Talento Nutrivela:mailto:talento.mx@nutrivela.com
        ATTENDEE;CN=Fernanda Ocampo;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:fernanda.ocampo@nutrivela.com
        ATTENDEE;CN=Mariana Gutiérrez Salas;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mariana.gtz
        |.salas@hotmail.com
        LOCATION:Microsoft Teams
        DESCRIPTION:Hola Mariana\,\n\nGracias por postularte a la vacante Gerente de Marca Sr - Nutrición Infantil
        | en Nutrivela México. Te confirmamos tu entrevista inicial con Fernanda Ocampo (Talent Acquisition Partner)
        |.\n\nFecha: jueves 6 de febrero de 2025\nHora: 10:00 a 10:45 (hora del centro de México)\nDuración aprox
        |imada: 45 minutos\n\nTen a la mano tu CV y tus expectativas económicas.\n\n@@TEAMS_ES:261 804 377 912|a9
        |Bx2Q|NmQ4ZjE2@@\n\nEste mensaje fue generado por Workday en nombre de Nutrivela México\, S.A. de C.V.
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """, tzs=("mx",)), uid, True, "Nutrivela", "Gerente de Marca Sr - Nutrición Infantil", "recruiter_screen",
        "fernanda.ocampo@nutrivela.com", "workday-screen-es"))

    uid = ("040000008200E00074C5B7101A82E00800000000A0D4C3F27F7ADB01000000000000000010000000"
           "9C2E41B7D35A6F4E8B1D0C7A2E95F3B1")
    out.append(item("outlook-case-room-es", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        CREATED:20250210T181502Z
        DESCRIPTION:Mariana\, buen día:\n\nComo lo platicamos con Fernanda\, la siguiente etapa es la presentaci
        |ón de un caso práctico. Te enviamos el brief por correo; tendrás 30 minutos para presentar y 30 para pre
        |guntas con Ricardo y conmigo.\n\nFavor de registrarte en recepción del piso 12 con identificación oficial
        |.\n\nSaludos\,\nClaudia Herrera\nDirectora de Marca | Nutrición Infantil\nNutrivela México
        DTEND;TZID="Central Standard Time (Mexico)":20250219T170000
        DTSTAMP:20250210T181502Z
        DTSTART;TZID="Central Standard Time (Mexico)":20250219T160000
        LAST-MODIFIED:20250210T181502Z
        LOCATION:Sala Tulum - Piso 12 (Corporativo Nutrivela\, Polanco)
        ORGANIZER;CN="Herrera, Claudia":mailto:claudia.herrera@nutrivela.com
        ATTENDEE;CN="Gutiérrez Salas, Mariana";RSVP=TRUE:mailto:mariana.gtz.salas@hotmail.com
        ATTENDEE;CN="Lozano, Ricardo";RSVP=TRUE:mailto:ricardo.lozano@nutrivela.com
        ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN=MX-POL-P12-Sala Tulum (10):mailto:sala.tulum.p12@nutrivela.com
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-MX:Caso práctico - Gerente de Marca Sr (Mariana Gutiérrez)
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        TRIGGER:-PT15M
        ACTION:DISPLAY
        DESCRIPTION:Reminder
        END:VALARM
        END:VEVENT
        """, tzs=("mx_win",)), uid, True, "Nutrivela", "Gerente de Marca Sr", "technical",
        "claudia.herrera@nutrivela.com;ricardo.lozano@nutrivela.com", "outlook-case-room-es"))

    uid = ("040000008200E00074C5B7101A82E00800000000F06A9B1C8B84DB01000000000000000010000000"
           "27D0E6C1A94B3F4DA11C5E7B08F2D6A4")
    out.append(item("outlook-final-resched-es", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Hola Mariana\,\n\nTe pedimos una disculpa: Alejandro tuvo un cambio de agenda y movimos la ent
        |revista final al jueves 6 de marzo a las 12:00. Es en formato virtual\, 45 minutos\, con Alejandro Treviño
        | (VP Marketing Latinoamérica).\n\nQuedo atenta\,\nFernanda Ocampo\nTalent Acquisition Partner\n\n
        |@@TEAMS_ES:247 119 560 083|Xw3sQe|MWY3ZDA5@@
        DTEND;TZID="(UTC-06:00) Guadalajara, Ciudad de México, Monterrey":20250306T124500
        DTSTAMP:20250228T201144Z
        DTSTART;TZID="(UTC-06:00) Guadalajara, Ciudad de México, Monterrey":20250306T120000
        LOCATION:Reunión de Microsoft Teams
        ORGANIZER;CN="Ocampo, Fernanda":mailto:fernanda.ocampo@nutrivela.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Treviño, Alejandro":mailto:alejandro.trevin
        |o@nutrivela.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mariana.gtz.salas@hotmail.com:mailto:marian
        |a.gtz.salas@hotmail.com
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Ocampo, Fernanda":mailto:fernanda.ocampo@
        |nutrivela.com
        PRIORITY:5
        SEQUENCE:2
        SUMMARY;LANGUAGE=es-MX:ACTUALIZADO: Entrevista final Nutrivela - Mariana Gutiérrez / Alejandro Treviño
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-OWNERAPPTID:-1288301776
        END:VEVENT
        """, tzs=("mx_utc_es",)), uid, True, "Nutrivela", "", "final",
        "alejandro.trevino@nutrivela.com", "outlook-rescheduled-final-es"))

    uid = ("040000008200E00074C5B7101A82E008000000006D1FE5A0437CDB01000000000000000010000000"
           "B5A20D94E1C37F46906B3DA2C8E11F07")
    alt = ("<html><body><p style='font-family:Calibri'>Hola Mariana\\,</p><p>Te confirmo la entrevista con Luis "
           "para la posición de <b>Brand Manager Tequila Premium</b>. Será en nuestras oficinas de Santa Fe.</p>"
           "<p>Saludos cordiales\\,<br>Mónica Aranda<br>Asistente de Dirección de Marketing</p></body></html>")
    out.append(item("outlook-sentby-altdesc-es", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Hola Mariana\,\n\nTe confirmo la entrevista con Luis para la posición de Brand Manager Tequila
        | Premium. Será en nuestras oficinas de Santa Fe.\n\nSaludos cordiales\,\nMónica Aranda\nAsistente de Direc
        |ción de Marketing\nCasa Olmeca Bebidas\n
        DTEND;TZID="(UTC-06:00) Guadalajara, Mexico City, Monterrey":20250211T140000
        DTSTAMP:20250206T170355Z
        DTSTART;TZID="(UTC-06:00) Guadalajara, Mexico City, Monterrey":20250211T130000
        LOCATION:Casa Olmeca Bebidas\, Prol. Paseo de la Reforma 1015\, Torre B piso 8\, Santa Fe\, CDMX
        ORGANIZER;CN="Ortega, Luis";SENT-BY="mailto:monica.aranda@casaolmeca.mx":mailto:luis.ortega@casaolmeca.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gutierrez Salas, Mariana":mailto:mariana.
        |gtz.salas@hotmail.com
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-MX:Entrevista Brand Manager Tequila Premium - Mariana Gutiérrez
        TRANSP:OPAQUE
        UID:{uid}
        X-ALT-DESC;FMTTYPE=text/html:{alt}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        """, tzs=("mx_utc_en",)), uid, True, "Casa Olmeca Bebidas", "Brand Manager Tequila Premium",
        "hiring_manager", "luis.ortega@casaolmeca.mx", "outlook-sent-by-es"))

    uid = "SF-ISCH-20250213-884217-Tlalli@successfactors.eu"
    out.append(item("successfactors-screen-es", cal("-//SAP SuccessFactors//Interview Scheduling//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250207T002145Z
        DTSTART:20250213T153000Z
        DTEND:20250213T161500Z
        SUMMARY:Invitación a entrevista - Coordinadora de Marca Botanas (Req. 88421)
        ORGANIZER;CN=Grupo Tlalli Reclutamiento:mailto:noreply@successfactors.eu
        ATTENDEE;CN=Mariana Gutiérrez Salas;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mariana.gtz.salas@hotmail.com
        ATTENDEE;CN=Jimena Castañeda;PARTSTAT=ACCEPTED:mailto:jcastaneda@grupotlalli.com.mx
        LOCATION:Corporativo Grupo Tlalli\, Av. Ejército Nacional 843\, Granada\, Miguel Hidalgo\, 11520 CDMX
        DESCRIPTION:Estimada Mariana Gutiérrez Salas:\n\nHas sido seleccionada para una entrevista con el área de
        | Atracción de Talento de Grupo Tlalli para la posición Coordinadora de Marca Botanas.\n\nEntrevistadora: J
        |imena Castañeda\, Especialista de Reclutamiento\nDirección: Av. Ejército Nacional 843\, Granada\, CDMX (re
        |cepción torre A)\n\nPara confirmar\, reprogramar o cancelar utiliza el enlace del correo de invitación.\n\n
        |Grupo Tlalli - Hacemos botanas con raíz.
        STATUS:CONFIRMED
        END:VEVENT
        """), uid, True, "Grupo Tlalli", "Coordinadora de Marca Botanas", "recruiter_screen",
        "jcastaneda@grupotlalli.com.mx", "successfactors-utc-es"))

    uid = "1v0q8tq6d3m9k2lce5hrs4b7jn@google.com"
    out.append(item("google-rescheduled-hm-es", cal(GOOGLE, rf"""
        BEGIN:VEVENT
        DTSTART:20250227T230000Z
        DTEND:20250228T000000Z
        DTSTAMP:20250224T161955Z
        ORGANIZER;CN=Gabriel Méndez:mailto:gabriel.mendez@grupotlalli.com.mx
        UID:{uid}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Gabriel Méndez;X-NUM-GUESTS
        |=0:mailto:gabriel.mendez@grupotlalli.com.mx
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mariana.gtz.salas@hotmai
        |l.com;X-NUM-GUESTS=0:mailto:mariana.gtz.salas@hotmail.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jimena Castañeda;X-NUM-GUES
        |TS=0:mailto:jcastaneda@grupotlalli.com.mx
        CREATED:20250219T174012Z
        DESCRIPTION:Mariana\, una disculpa por el cambio: la movemos al jueves 27 a las 5 pm. Platicamos del puest
        |o de Coordinadora de Marca (Botanas) y de tu experiencia en lanzamientos. Jimena nos acompaña solo para la
        | logística.\n\nGabriel Méndez\nGerente de Marca Sr | Grupo Tlalli\n\n@@MEET_ES:ozt-vkbm-qjw|418 220 375@@
        LAST-MODIFIED:20250224T161955Z
        LOCATION:
        SEQUENCE:2
        STATUS:CONFIRMED
        SUMMARY:Reprogramada: Entrevista Mariana Gutiérrez - Coordinación de Marca Botanas
        TRANSP:OPAQUE
        END:VEVENT
        """, head=("X-WR-TIMEZONE:America/Mexico_City",)), uid, True, "Grupo Tlalli", "Coordinación de Marca Botanas",
        "hiring_manager", "gabriel.mendez@grupotlalli.com.mx", "google-rescheduled-coordinator-es"))

    uid = ("040000008200E00074C5B7101A82E00800000000C2B7E8404C8ADB01000000000000000010000000"
           "4E0A8D1FB2C6E94D8F6A3B19D0C5E7A2")
    out.append(item("outlook-hm-teams-es", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Estimada Mariana:\n\nPor este medio la invitamos a una entrevista con el Lic. Héctor Villaseñor
        |\, Director de Mercadotecnia\, para la vacante de Gerente de Marca - Panes Dulces.\n\nAtentamente\,\nRecurs
        |os Humanos Corporativo\nPan Dorado Internacional\n\n@@TEAMS_ES:225 690 117 348|Fq8ZtM|ZDUxYzk5@@
        DTEND;TZID="Central Standard Time (Mexico)":20250303T120000
        DTSTAMP:20250226T224410Z
        DTSTART;TZID="Central Standard Time (Mexico)":20250303T110000
        LOCATION:Reunión de Microsoft Teams
        ORGANIZER;CN="Reclutamiento Corporativo PDI":mailto:reclutamiento@pandorado.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Villaseñor Ruiz, Héctor":mailto:hvillasen
        |or@pandorado.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mariana.gtz.salas@hotmail.com:mailto:maria
        |na.gtz.salas@hotmail.com
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-MX:Entrevista Gerente de Marca Panes Dulces / Dirección de Mercadotecnia
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, tzs=("mx_win",)), uid, True, "Pan Dorado Internacional", "Gerente de Marca - Panes Dulces",
        "hiring_manager", "hvillasenor@pandorado.com.mx", "outlook-coordinator-organizer-es"))

    uid = "9D3B6E1A-52C4-4F0B-A8E7-31C0D9F27B64"
    out.append(item("apple-allday-final-es", cal(APPLE, rf"""
        BEGIN:VEVENT
        CREATED:20250311T041822Z
        DTEND;VALUE=DATE:20250321
        DTSTAMP:20250311T041822Z
        DTSTART;VALUE=DATE:20250320
        LAST-MODIFIED:20250311T041844Z
        LOCATION:Guadalajara
        SEQUENCE:0
        SUMMARY:GDL ✈️ entrevista final Pan Dorado
        DESCRIPTION:Vuelo 7:05 AM Aeroméxico. Planta Zapopan 11:00 con Héctor + gerente de planta. Regreso 19:40.
        | Llevar presentación impresa.
        TRANSP:TRANSPARENT
        UID:{uid}
        X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
        END:VEVENT
        """, method=None, calscale=False), uid, True, "Pan Dorado Internacional", "", "final", "",
        "user-typed-allday-final-es"))

    uid = "C81F7A20-0E6B-4D55-9B2A-7E4F13A96D08"
    out.append(item("apple-floating-typed-es", cal(APPLE, rf"""
        BEGIN:VEVENT
        CREATED:20250213T022010Z
        DTEND:20250217T130000
        DTSTAMP:20250213T022010Z
        DTSTART:20250217T120000
        LAST-MODIFIED:20250213T022010Z
        LOCATION:Café Avellaneda\, Higuera 40\, Coyoacán
        SEQUENCE:0
        SUMMARY:entrevista cafetalera sierra norte (gerente mkt)
        DESCRIPTION:con el dueño\, Sr. Arturo Bonilla. llevar portafolio
        TRANSP:OPAQUE
        UID:{uid}
        END:VEVENT
        """, method=None, calscale=False), uid, True, "Cafetalera Sierra Norte", "gerente mkt", "",
        "Arturo Bonilla", "user-typed-floating-es"))

    uid = "4qk1c2n8lj0rfsm6u93vbtd7ao@google.com"
    out.append(item("lever-screen-es", cal(GOOGLE, rf"""
        BEGIN:VEVENT
        DTSTART:20250218T210000Z
        DTEND:20250218T213000Z
        DTSTAMP:20250214T190233Z
        ORGANIZER;CN=Paulina Reyes:mailto:paulina.reyes@mascotia.mx
        UID:{uid}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Paulina Reyes;X-NUM-GUESTS=0
        |:mailto:paulina.reyes@mascotia.mx
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mariana Gutiérrez Salas;
        |X-NUM-GUESTS=0:mailto:mariana.gtz.salas@hotmail.com
        DESCRIPTION:¡Hola Mariana!\n\nGracias por tu interés en Mascotia 🐾. En esta primera llamada (30 min) te c
        |ontaré sobre el equipo de marca y el rol de Brand Lead - Alimento Premium\, y conoceremos tu trayectoria.\n
        |\nPaulina Reyes · People & Talent\n\nAgendado con Lever · https://jobs.lever.co/mascotia\n\n@@MEET_ES:hbr-p
        |xwe-kzm|736 410 228@@
        LOCATION:Google Meet
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Mariana Gutiérrez Salas <> Mascotia | Brand Lead (primera llamada)
        TRANSP:OPAQUE
        END:VEVENT
        """, head=("X-WR-TIMEZONE:America/Mexico_City",)), uid, True, "Mascotia", "Brand Lead - Alimento Premium",
        "recruiter_screen", "paulina.reyes@mascotia.mx", "lever-google-es"))

    return out
