"""holdout70: the user's own interviews in Mexico (part B: Verdemar, Kuali, La Nieve, Bravía, Cuatro Lunas, ...)."""

from __future__ import annotations

from holdout70ev_ics import cal, item

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"


def events() -> list[dict[str, str]]:
    out = []

    uid = "sr-interview-7a1d5e0c2b9f4e61a3d8@smartrecruiters.com"
    out.append(item("smartrecruiters-hm-es", cal("-//SmartRecruiters//SmartRecruiters Calendar 1.0//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250212T150018Z
        DTSTART;TZID=America/Mexico_City:20250217T113000
        DTEND;TZID=America/Mexico_City:20250217T121500
        SUMMARY:Entrevista: Gerente de Marketing Marcas Propias | Verdemar
        ORGANIZER;CN=Sandra Fuentes:mailto:sandra.fuentes@verdemar.com.mx
        ATTENDEE;CN=Sandra Fuentes;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:sandra.fuentes@verdemar.com.mx
        ATTENDEE;CN=Mariana Gutiérrez Salas;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mariana.gtz.salas@hotmail.com
        LOCATION:Google Meet - https://meet.google.com/wfa-qneu-ryd
        DESCRIPTION:Hola Mariana Gutiérrez Salas\,\n\nTu entrevista para el puesto Gerente de Marketing Marcas Prop
        |ias ha sido confirmada.\n\nEntrevistadora: Sandra Fuentes - Gerente Sr. de Marcas Propias\nDuración: 45 mi
        |nutos\nModalidad: videollamada (Google Meet)\n\nSi necesitas cambiar la fecha responde a este correo.\n\nVe
        |rdemar Retail - Reclutamiento\nEnviado a través de SmartRecruiters
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """, tzs=("mx",)), uid, True, "Verdemar", "Gerente de Marketing Marcas Propias", "hiring_manager",
        "sandra.fuentes@verdemar.com.mx", "smartrecruiters-es"))

    uid = "6ms2q0fhd1kep8r7l3b5v9cn4u@google.com"
    out.append(item("google-cancel-case-es", cal(GOOGLE, rf"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Mexico_City:20250304T100000
        DTEND;TZID=America/Mexico_City:20250304T113000
        DTSTAMP:20250301T002944Z
        ORGANIZER;CN=Sandra Fuentes:mailto:sandra.fuentes@verdemar.com.mx
        UID:{uid}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=mariana.gtz.salas@hotmail.com;X-N
        |UM-GUESTS=0:mailto:mariana.gtz.salas@hotmail.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Óscar Medina;X-NUM-GUESTS=0:mailto:oscar
        |.medina@verdemar.com.mx
        CREATED:20250219T183301Z
        DESCRIPTION:Mariana\, lamentamos avisarte que la vacante quedó en pausa por una reestructura del área. Can
        |celamos la sesión de caso práctico. Te buscaremos si se vuelve a abrir. Gracias por tu tiempo.\n\nSandra
        LAST-MODIFIED:20250301T002944Z
        LOCATION:Verdemar Oficinas Corporativas\, Av. Insurgentes Sur 1602\, Crédito Constructor\, CDMX
        SEQUENCE:3
        STATUS:CANCELLED
        SUMMARY:Caso práctico Gerente de Marketing Marcas Propias - Mariana Gutiérrez
        TRANSP:OPAQUE
        END:VEVENT
        """, method="CANCEL", tzs=("mx",), head=("X-WR-TIMEZONE:America/Mexico_City",)), uid, True, "Verdemar",
        "Gerente de Marketing Marcas Propias", "technical",
        "sandra.fuentes@verdemar.com.mx;oscar.medina@verdemar.com.mx", "cancelled-case-es"))

    uid = "b3e0a9f2-5d1c-4c7e-8f26-0a4d91e7c35b"
    out.append(item("calendly-founder-gmail-es", cal("-//Calendly//Calendly//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250220T031507Z
        DTSTART:20250225T170000Z
        DTEND:20250225T174500Z
        SUMMARY:Entrevista Head of Brand - Kuali Skin entre Daniela Zúñiga y Mariana Gutiérrez Salas
        ORGANIZER;CN=Daniela Zúñiga:mailto:daniela.zuniga.kuali@gmail.com
        ATTENDEE;CN=Mariana Gutiérrez Salas;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mariana.gtz.salas@hotmail.c
        |om
        ATTENDEE;CN=Daniela Zúñiga;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:daniela.zuniga.kuali@gmail.com
        LOCATION:https://us06web.zoom.us/j/81244390157?pwd=cU1kRzVnaGhWbDh3
        DESCRIPTION:Nombre del evento: Entrevista Head of Brand - Kuali Skin\n\nUbicación: Esta es una conferencia
        | web de Zoom. Únete en: https://us06web.zoom.us/j/81244390157?pwd=cU1kRzVnaGhWbDh3\n\nPor favor comparte
        | algo que ayude a prepararnos para la reunión:\nSoy gerente de marketing en consumo masivo\, 7 años en mar
        |cas de alimentos. Me encanta lo que hacen con ingredientes mexicanos.\n\n¿Necesitas hacer cambios en este
        | evento?\nCancelar: https://calendly.com/cancellations/b3e0a9f2-5d1c\nReprogramar: https://calendly.com/re
        |schedulings/b3e0a9f2-5d1c\n\nCon tecnología de Calendly.com
        STATUS:CONFIRMED
        END:VEVENT
        """), uid, True, "Kuali Skin", "Head of Brand", "", "daniela.zuniga.kuali@gmail.com",
        "calendly-founder-freemail-es"))

    uid = "workable-ev-3f7b91d2c6a84e05@workable.com"
    out.append(item("workable-video-es", cal("-//Workable//Workable Calendar//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250224T200147Z
        DTSTART:20250226T180000Z
        DTEND:20250226T183000Z
        SUMMARY:Entrevista por video con Helados La Nieve
        ORGANIZER;CN=Helados La Nieve:mailto:noreply@workablemail.com
        ATTENDEE;CN=Rodrigo Alcántara;ROLE=REQ-PARTICIPANT:mailto:ralcantara@heladoslanieve.mx
        ATTENDEE;CN=Mariana Gutiérrez Salas;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mariana.gtz.salas@hotmail.com
        LOCATION:Video (el enlace se envió por correo)
        DESCRIPTION:Hola Mariana\,\n\nGracias por agendar tu entrevista para Brand Manager en Helados La Nieve.\n\
        |nCon: Rodrigo Alcántara\nCuándo: miércoles 26 de febrero\, 12:00 - 12:30 (CST)\nCómo unirte: https://app
        |.workable.com/video/j/8W2KQ7\n\nSaludos\,\nEl equipo de Helados La Nieve\n\nPowered by Workable
        END:VEVENT
        """), uid, True, "Helados La Nieve", "Brand Manager", "", "ralcantara@heladoslanieve.mx", "workable-es"))

    uid = "7hd0c4a1pvo3qm8e2sgrl56u9t@google.com"
    out.append(item("google-direct-meet-es", cal(GOOGLE, rf"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Mexico_City:20250305T090000
        DTEND;TZID=America/Mexico_City:20250305T100000
        DTSTAMP:20250228T211032Z
        ORGANIZER;CN=Emilio Garza:mailto:emilio@bravia.beer
        UID:{uid}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Emilio Garza;X-NUM-GUESTS=0
        |:mailto:emilio@bravia.beer
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mariana.gtz.salas@hotmai
        |l.com;X-NUM-GUESTS=0:mailto:mariana.gtz.salas@hotmail.com
        CREATED:20250228T211030Z
        DESCRIPTION:Qué tal Mariana\, gracias por la plática del martes con Vero. Como te comentó\, la posición de
        | Brand Manager Bravía Lager me reporta directo; en esta hora quiero conocer cómo has manejado presupuestos
        | de medios y lanzamientos en autoservicio.\n\nSaludos\,\nEmilio Garza\nHead of Marketing · Cervecería Bra
        |vía\n\n@@MEET_ES:jqe-yuzr-tcv|582 917 004@@
        LAST-MODIFIED:20250228T211032Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Mariana G. / Emilio - Brand Manager Bravía Lager
        TRANSP:OPAQUE
        END:VEVENT
        """, tzs=("mx",), head=("X-WR-CALNAME:mariana.gtz.salas@hotmail.com",)), uid, True, "Cervecería Bravía",
        "Brand Manager Bravía Lager", "hiring_manager", "emilio@bravia.beer", "google-direct-es"))

    uid = "AAMkADk0ZjM5LTgxNGUtNDFlMS05ZDRmLTc3YjQwYTc2ZmQ5MgBGAAAAAAC7kR8=-SelectaCL"
    out.append(item("agency-final-es", cal("-//Microsoft Corporation//Outlook for Mac 16.93//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        SUMMARY:Entrevista Tequila Cuatro Lunas - Gerente de Marca Global (Selecta Talent)
        DTSTART;TZID=America/Mexico_City:20250312T183000
        DTEND;TZID=America/Mexico_City:20250312T193000
        DTSTAMP:20250307T165812Z
        ORGANIZER;CN=Alejandra Pimentel:mailto:apimentel@selectatalent.com.mx
        ATTENDEE;CN=Mariana Gutiérrez Salas;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mariana.gtz.
        |salas@hotmail.com
        ATTENDEE;CN=Ignacio Cárdenas;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:icardenas@cuatrolunas.com
        ATTENDEE;CN=Alejandra Pimentel;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:apimentel@selectatalent.com.mx
        LOCATION:Tequila Cuatro Lunas - Oficinas CDMX\, Calle Dakota 95\, Nápoles
        DESCRIPTION:Mariana\, ¡muchas felicidades por llegar a la última etapa!\n\nEsta es la entrevista final co
        |n Ignacio Cárdenas\, Director General de Tequila Cuatro Lunas. Yo no estaré presente; cualquier duda me
        | marcas al 55 3902 1177.\n\nTips: lleva tu propuesta de 90 días para la marca en EE.UU. y el caso del lanza
        |miento que platicamos.\n\nAlejandra Pimentel\nSenior Consultant | Consumo & Retail\nSelecta Talent
        STATUS:CONFIRMED
        SEQUENCE:1
        END:VEVENT
        """, tzs=("mx",)), uid, True, "Tequila Cuatro Lunas", "Gerente de Marca Global", "final",
        "icardenas@cuatrolunas.com", "agency-names-employer-es"))

    uid = ("040000008200E00074C5B7101A82E008000000005B93C1F20E8FDB01000000000000000010000000"
           "D17E0A6C93B4F5428EA01C6D7B2F9E38")
    out.append(item("outlook-practical-es", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Buenas tardes Mariana\,\n\nTe compartimos la invitación para la segunda etapa del proceso (ejer
        |cicio práctico) para Gerente de Trade Marketing OTC. Presentarás tu propuesta de activación en punto de ve
        |nta a Ana Paula Ibarra (Directora de Trade Marketing) y a Jorge Esquivel (Gerente de Categoría Cuidado Pers
        |onal). Yo solo abriré la sesión para presentarlos.\n\nSaludos\,\nLizbeth Ramos\nCoordinadora de Atracción
        | de Talento\nFarmacias Benesalud\n\n@@TEAMS_ES:239 552 804 671|2uNj7R|YTc4ZWVl@@
        DTEND;TZID="(UTC-06:00) Guadalajara, Ciudad de México, Monterrey":20250313T173000
        DTSTAMP:20250310T193412Z
        DTSTART;TZID="(UTC-06:00) Guadalajara, Ciudad de México, Monterrey":20250313T163000
        LOCATION:Reunión de Microsoft Teams
        ORGANIZER;CN="Ramos, Lizbeth":mailto:lizbeth.ramos@benesalud.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ibarra, Ana Paula":mailto:anapaula.ibarr
        |a@benesalud.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Esquivel, Jorge":mailto:jorge.esquivel@ben
        |esalud.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mariana Gutiérrez Salas:mailto:mariana.gtz.
        |salas@hotmail.com
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-MX:2a etapa - Ejercicio práctico Gerente de Trade Marketing OTC
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, tzs=("mx_utc_es",)), uid, True, "Farmacias Benesalud", "Gerente de Trade Marketing OTC", "technical",
        "anapaula.ibarra@benesalud.com.mx;jorge.esquivel@benesalud.com.mx", "outlook-coordinator-practical-es"))

    uid = "0pl3k8t2f5ubq9d1rj6m7ah4si@google.com"
    out.append(item("google-phone-screen-es", cal(GOOGLE, rf"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Mexico_City:20250220T163000
        DTEND;TZID=America/Mexico_City:20250220T170000
        DTSTAMP:20250218T224501Z
        ORGANIZER;CN=Karina Solórzano:mailto:ksolorzano@dulcesanahuac.com
        UID:{uid}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Karina Solórzano;X-NUM-GUEST
        |S=0:mailto:ksolorzano@dulcesanahuac.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mariana.gtz.salas@hotma
        |il.com;X-NUM-GUESTS=0:mailto:mariana.gtz.salas@hotmail.com
        CREATED:20250218T224459Z
        DESCRIPTION:Hola Mariana\, como quedamos por WhatsApp te marco a tu celular (55 4182 9033). Es una llamada
        | breve de filtro para la vacante de Jefe(a) de Marca Chocolates: sueldo\, disponibilidad y tu experiencia.
        | \n\nKarina Solórzano\nReclutamiento y Selección - Dulces Anáhuac
        LAST-MODIFIED:20250218T224501Z
        LOCATION:Llamada telefónica
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Llamada Dulces Anáhuac / Mariana Gutiérrez
        TRANSP:OPAQUE
        END:VEVENT
        """, tzs=("mx",), head=("X-WR-TIMEZONE:America/Mexico_City",)), uid, True, "Dulces Anáhuac",
        "Jefe(a) de Marca Chocolates", "recruiter_screen", "ksolorzano@dulcesanahuac.com", "phone-screen-es"))

    uid = "2b8ho7vj4c1n0lqmd9ke5tf63r@google.com"
    out.append(item("google-typed-es", cal(GOOGLE, rf"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Mexico_City:20250227T100000
        DTEND;TZID=America/Mexico_City:20250227T110000
        DTSTAMP:20250225T050112Z
        UID:{uid}
        CREATED:20250221T030944Z
        DESCRIPTION:con Rebeca Solís (directora comercial)\npreguntar en recepción piso 3\nllevar 2 CVs impresos
        | + muestras de empaques que diseñamos
        LAST-MODIFIED:20250221T031210Z
        LOCATION:Salsas La Abuela Chela\, Calz. de Tlalpan 2980\, Coyoacán
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista Abuela Chela - jefa de marca 🌶️
        TRANSP:OPAQUE
        BEGIN:VALARM
        ACTION:DISPLAY
        DESCRIPTION:This is an event reminder
        TRIGGER:-P0DT1H0M0S
        END:VALARM
        END:VEVENT
        """, method="PUBLISH", tzs=("mx",), head=("X-WR-CALNAME:Mariana", "X-WR-TIMEZONE:America/Mexico_City")),
        uid, True, "Salsas La Abuela Chela", "jefa de marca", "", "Rebeca Solís", "user-typed-google-es"))

    uid = ("040000008200E00074C5B7101A82E00800000000E41D2B6F9590DB01000000000000000010000000"
           "6B3F9A0E2D17C4458B9E0F1A7C3D52E6")
    out.append(item("outlook-onsite-agenda-es", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Mariana:\n\nTe esperamos en nuestras oficinas de Puebla para las entrevistas presenciales de l
        |a vacante Brand Manager - Moravia Jeans.\n\nAgenda:\n10:00 Karla Domínguez\, Gerente de Talento\n11:00 Ma
        |uricio Sáenz\, Director de Marca\n12:00 Recorrido por planta y showroom (con Lucía)\n\nEstacionamiento de v
        |isitas por la calle 11 Sur. Yo te recibo en recepción.\n\nLucía Varela\nCoordinadora de RH\nGrupo Textil M
        |oravia
        DTEND;TZID="Central Standard Time (Mexico)":20250318T130000
        DTSTAMP:20250312T161509Z
        DTSTART;TZID="Central Standard Time (Mexico)":20250318T100000
        LOCATION:Grupo Textil Moravia\, Calle 11 Sur 4107\, Puebla\, Pue.
        ORGANIZER;CN="Varela, Lucía":mailto:lvarela@moravia.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Domínguez, Karla":mailto:kdominguez@mora
        |via.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sáenz, Mauricio":mailto:msaenz@moravia.co
        |m.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mariana Gutiérrez Salas:mailto:mariana.gtz
        |.salas@hotmail.com
        ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=PUE Sala Consejo:mailto:sala.consejo.pue@moravia.com.mx
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-MX:Entrevistas presenciales - Brand Manager Moravia Jeans (Mariana Gutiérrez)
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, tzs=("mx_win",)), uid, True, "Grupo Textil Moravia", "Brand Manager Moravia Jeans", "onsite",
        "kdominguez@moravia.com.mx;msaenz@moravia.com.mx", "outlook-onsite-room-es"))

    return out
