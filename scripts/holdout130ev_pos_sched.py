"""holdout130: the user's own interviews from schedulers and the bigger suites (SuccessFactors, GoodTime,
ModernLoop, Calendly, Cal.com, Microsoft Bookings, Zoho Recruit), one cancelled and one rescheduled."""

from holdout130ev_ics import CALCOM, CALENDLY, EXCHANGE, GOODTIME, MODERNLOOP, SUCCESSF, ZOHO, cal, item

MEF = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paula Andrade:mailto:" \
      "paula.andrade.epi@hotmail.com"

EVENTS = [
    item("successfactors-es", cal(rf"""
        UID:SF-RCM-INTV-00018842-20251121
        DTSTART;TZID=America/Bogota:20251121T100000
        DTEND;TZID=America/Bogota:20251121T110000
        SUMMARY:Invitación a entrevista: Epidemióloga Senior - Farmacovigilancia (Req. 18842)
        LOCATION:Teams
        DESCRIPTION:Estimada Paula Andrade:\n\nNos complace invitarla a una entrevista con el gerente de
        | contratación para la vacante Epidemióloga Senior - Farmacovigilancia en BioSigma CRO.\n\nEntrevistador:
        | Dr. Hernán Quintero\, Director Médico\nCoordinadora del proceso: Lorena Patiño (Talento Humano)\n\nÚnase
        | a la reunión de Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_QmlvU2ln\nID de
        | reunión: 255 918 004 332 Código de acceso: Xy7pQk\n\nEste mensaje fue generado automáticamente por SAP
        | SuccessFactors.
        ORGANIZER;CN=Lorena Patiño:mailto:lpatino@biosigma-cro.com
        ATTENDEE;CN=Hernán Quintero;ROLE=REQ-PARTICIPANT:mailto:hquintero@biosigma-cro.com
        {MEF}
        """, SUCCESSF, tz=("bog",)), 1, "BioSigma CRO", "Epidemióloga Senior - Farmacovigilancia", "hiring_manager",
        "hquintero@biosigma-cro.com", "successfactors-hm-es"),

    item("goodtime-onsite-en", cal(rf"""
        UID:goodtime-7e4b7f6c-9a1d-4d3e-b1f0-5a6c8e2d9b04
        DTSTART;TZID=America/New_York:20251209T090000
        DTEND;TZID=America/New_York:20251209T123000
        SUMMARY:Virtual Onsite Interview - Paula Andrade - Immunization Data Officer
        LOCATION:Zoom
        DESCRIPTION:Vaccine Equity Initiative - Virtual Onsite\n\n9:00 AM Immunization coverage data exercise
        | (Nkechi Obi)\n10:00 AM Regional programs (Carlos Restrepo\, Director LAC)\n11:00 AM Partnerships & donor
        | reporting (Emily Hart)\n12:00 PM Wrap-up with People team (Jordan Lee - coordinator\, not an
        | interview)\n\nZoom link: https://vaxequity.zoom.us/j/93318802271\n\nScheduled with GoodTime
        ORGANIZER;CN=Jordan Lee:mailto:jordan.lee@vaxequity.org
        ATTENDEE;CN=Nkechi Obi:mailto:nkechi.obi@vaxequity.org
        ATTENDEE;CN=Carlos Restrepo:mailto:carlos.restrepo@vaxequity.org
        ATTENDEE;CN=Emily Hart:mailto:emily.hart@vaxequity.org
        {MEF}
        """, GOODTIME, tz=("ny",)), 1, "Vaccine Equity Initiative", "Immunization Data Officer", "onsite",
        "nkechi.obi@vaxequity.org;carlos.restrepo@vaxequity.org;emily.hart@vaxequity.org", "goodtime-onsite-en"),

    item("modernloop-tech-en", cal(rf"""
        UID:ml_evt_01JC8W2X6T9R3Q5N7K2M4P8B1Z
        DTSTART:20251203T193000Z
        DTEND:20251203T203000Z
        SUMMARY:Technical Interview: Epidemiology Lead - Sentinel
        DESCRIPTION:Interview for Epidemiology Lead at Sentinel Health Labs\n\nInterviewer: Dr. Wei Zhang (Chief
        | Scientific Officer)\nFocus: study design\, bias\, and a short live exercise on syndromic surveillance
        | signals.\n\nGoogle Meet: https://meet.google.com/hzt-oqmb-xre\n\nScheduled by ModernLoop on behalf of
        | Sentinel Recruiting
        ORGANIZER;CN=Sentinel Recruiting:mailto:recruiting@sentinelhealth.ai
        ATTENDEE;CN=Wei Zhang:mailto:wei@sentinelhealth.ai
        {MEF}
        """, MODERNLOOP), 1, "Sentinel Health Labs", "Epidemiology Lead", "technical", "wei@sentinelhealth.ai",
        "modernloop-tech-en"),

    item("calendly-es", cal(r"""
        UID:calendly-3c9f2a17-88e1-4b2d-a6d4-0e5f1c7b2a90
        DTSTART:20251114T150000Z
        DTEND:20251114T153000Z
        SUMMARY:Entrevista inicial - Coordinadora de Vigilancia Comunitaria (Paula Andrade)
        DESCRIPTION:Evento programado con: Gabriela Yánez\n\nFundación Salud Andina - proceso de selección
        | Coordinadora de Vigilancia Comunitaria\n\nUbicación: Llamada de Zoom. Gabriela le enviará el enlace
        | por correo.\n\nNecesita hacer cambios a este evento?\nCancelar: https://calendly.com/cancellations/
        |3c9f2a17\nReprogramar: https://calendly.com/reschedulings/3c9f2a17\n\nCon tecnología de Calendly.com
        ORGANIZER;CN=Gabriela Yánez:mailto:gyanez@saludandina.org
        ATTENDEE;CN=Gabriela Yánez;PARTSTAT=ACCEPTED:mailto:gyanez@saludandina.org
        ATTENDEE;CN=Paula Andrade;PARTSTAT=ACCEPTED:mailto:paula.andrade.epi@hotmail.com
        LOCATION:Zoom
        """, CALENDLY), 1, "Fundación Salud Andina", "Coordinadora de Vigilancia Comunitaria", "recruiter_screen",
        "gyanez@saludandina.org", "calendly-invitee-es"),

    item("calcom-founder-en", cal(r"""
        UID:calcom-booking-wq8Jd2LrP1xZ@cal.com
        DTSTART:20251110T220000Z
        DTEND:20251110T223000Z
        SUMMARY:Outbreak Analyst chat between Diego Salinas and Paula Andrade
        DESCRIPTION:What: 30 min intro call\nInvitee time zone: America/Guayaquil\n\nAdditional notes: Hi Diego
        | - as discussed on LinkedIn\, happy to talk about the outbreak analyst opening at Brotelab. Attaching my
        | CV. - Paula\n\nWhere: https://app.cal.com/video/wq8Jd2LrP1xZ\n\nNeed to reschedule or cancel?
        | https://app.cal.com/booking/wq8Jd2LrP1xZ
        ORGANIZER;CN=Diego Salinas:mailto:diego.salinas.md@gmail.com
        ATTENDEE;CN=Diego Salinas;PARTSTAT=ACCEPTED:mailto:diego.salinas.md@gmail.com
        ATTENDEE;CN=Paula Andrade;PARTSTAT=ACCEPTED:mailto:paula.andrade.epi@hotmail.com
        LOCATION:Cal Video
        """, CALCOM), 1, "Brotelab", "Outbreak Analyst", "hiring_manager", "diego.salinas.md@gmail.com",
        "calcom-founder-gmail-en"),

    item("bookings-es", cal(r"""
        UID:040000008200E00074C5B7101A82E00800000000A0F1B3C7B24EDC01000000000000000010000000D41C6E6B1A5F4E4B9E3E
        |2B0C1D7A4F21
        DTSTART;TZID=SA Pacific Standard Time:20251124T110000
        DTEND;TZID=SA Pacific Standard Time:20251124T114500
        SUMMARY:Entrevista docente investigador/a - Facultad de Ciencias de la Salud
        LOCATION:Reunión de Microsoft Teams
        DESCRIPTION:Su cita ha sido reservada.\n\nServicio: Entrevista docente investigador/a (Epidemiología)\n
        |Personal: Dr. Fernando Cevallos\, Decano\nNegocio: Universidad de la Mitad del Mundo - Selección Docente
        |\n\nUnirse a la reunión: https://teams.microsoft.com/l/meetup-join/19%3ameeting_VU1NZG9j\n\nMicrosoft
        | Bookings
        ORGANIZER;CN=Selección Docente UMM:mailto:SeleccionDocente@umm.edu.ec
        ATTENDEE;CN=Fernando Cevallos;ROLE=REQ-PARTICIPANT:mailto:fcevallos@umm.edu.ec
        ATTENDEE;CN=Paula Andrade;ROLE=REQ-PARTICIPANT:mailto:paula.andrade.epi@hotmail.com
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        """, EXCHANGE, tz=("sapac",)), 1, "Universidad de la Mitad del Mundo",
        "Docente investigador/a (Epidemiología)", "hiring_manager", "fcevallos@umm.edu.ec", "bookings-dean-es"),

    item("zoho-cancel-es", cal(rf"""
        UID:zr-interview-611204000004518093
        SEQUENCE:2
        STATUS:CANCELLED
        DTSTART;TZID=America/Lima:20251126T100000
        DTEND;TZID=America/Lima:20251126T110000
        SUMMARY:Cancelada: Entrevista - Especialista en Sistemas de Información en Salud - EpiData Perú
        DESCRIPTION:Estimada Paula\,\n\nLamentamos informarle que la entrevista con Rosa Huamán (Jefa de
        | Proyectos) ha sido cancelada por motivos de agenda. Nos comunicaremos para reprogramarla.\n\nEpiData
        | Perú S.A.C. - Reclutamiento
        ORGANIZER;CN=Reclutamiento EpiData Perú:mailto:reclutamiento@epidataperu.pe
        ATTENDEE;CN=Rosa Huamán:mailto:rhuaman@epidataperu.pe
        {MEF}
        """, ZOHO, method="CANCEL", tz=("lim",)), 1, "EpiData Perú", "Especialista en Sistemas de Información en Salud",
        "hiring_manager", "rhuaman@epidataperu.pe", "zoho-cancelled-es"),

    item("calendly-resched-en", cal(r"""
        UID:calendly-71be0a3d-2f49-4c1a-9d8e-b5e4f3a21c66
        SEQUENCE:3
        DTSTART:20251119T213000Z
        DTEND:20251119T220000Z
        SUMMARY:Updated: Paula Andrade and Nadia Karimi - Screening call
        DESCRIPTION:Rescheduled by Nadia Karimi\nReason: "Apologies\, a board call moved - same questions\, new
        | time!"\n\nEvent Type: Screening call - Research Manager\, Pulsar Public Health\nLocation: Nadia will
        | call you on +593994182270\n\nInvitee: Paula Andrade\nInvitee Email: paula.andrade.epi@hotmail.com\n\nPowered
        | by Calendly.com
        ORGANIZER;CN=Nadia Karimi:mailto:nadia@pulsarpublichealth.com
        ATTENDEE;CN=Paula Andrade;PARTSTAT=ACCEPTED:mailto:paula.andrade.epi@hotmail.com
        LOCATION:+593994182270
        """, CALENDLY), 1, "Pulsar Public Health", "Research Manager", "recruiter_screen",
        "nadia@pulsarpublichealth.com", "calendly-rescheduled-en"),

    item("goodtime-hm-es", cal(rf"""
        UID:goodtime-0b2d8c51-5e77-4f10-8a4e-19c6d3e7f2aa
        DTSTART;TZID=America/Lima:20251201T160000
        DTEND;TZID=America/Lima:20251201T164500
        SUMMARY:Kuntur Salud Digital | Entrevista con Hiring Manager | Líder de Epidemiología Digital
        LOCATION:https://meet.google.com/qwd-xuyn-bpa
        DESCRIPTION:Hola Paula\, te compartimos los detalles de tu entrevista con Martín Quispe (CTO y líder del
        | equipo). Duración: 45 min.\nCoordinación: Andrea Salas (People Ops)\n\nGoogle Meet: https://meet.google.
        |com/qwd-xuyn-bpa\n\nProgramado con GoodTime
        ORGANIZER;CN=Andrea Salas:mailto:andrea.salas@kuntursalud.pe
        ATTENDEE;CN=Martín Quispe:mailto:martin.quispe@kuntursalud.pe
        ATTENDEE;CN=Andrea Salas;ROLE=OPT-PARTICIPANT:mailto:andrea.salas@kuntursalud.pe
        {MEF}
        """, GOODTIME, tz=("lim",)), 1, "Kuntur Salud Digital", "Líder de Epidemiología Digital", "hiring_manager",
        "martin.quispe@kuntursalud.pe", "goodtime-hm-es-coordinator"),
]
