# ruff: noqa: E501
"""holdout141 events, part h: personal life and other look-alikes (all negatives)."""

EVENTS = [
    dict(
        kind="metge",
        uid="gva-cita-previa-88123311@san.gva.es",
        iv=0,
        trap="personal-doctor-appointment-valencian",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GVA//Cita Previa Sanitat//VA
VERSION:2.0
BEGIN:VEVENT
UID:gva-cita-previa-88123311@san.gva.es
DTSTAMP:20250220T100000Z
DTSTART;TZID=Europe/Madrid:20250224T084000
DTEND;TZID=Europe/Madrid:20250224T085000
SUMMARY:Cita metge de família – Dra. Ferrando
LOCATION:Centre de Salut Russafa\, consulta 12
DESCRIPTION:Cita presencial. Si no pot acudir\, anul·le-la a través de GVA+Salut.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="tutoria-escola",
        uid="C3D4E5F6-A7B8-4C9D-8E0F-1A2B3C4D5E6F",
        iv=0,
        trap="school-tutor-meeting",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4.1//EN
BEGIN:VEVENT
UID:C3D4E5F6-A7B8-4C9D-8E0F-1A2B3C4D5E6F
DTSTAMP:20250315T100000Z
DTSTART;TZID=Europe/Madrid:20250320T171500
DTEND;TZID=Europe/Madrid:20250320T174500
SUMMARY:Tutoria Martí amb la senyoreta Amparo (CEIP)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="banco-hipoteca",
        uid="7b9d1f3h5j7l9n1p3r5t7v9x1z@google.com",
        iv=0,
        trap="bank-appointment",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART:20250404T073000Z
DTEND:20250404T083000Z
DTSTAMP:20250401T100000Z
UID:7b9d1f3h5j7l9n1p3r5t7v9x1z@google.com
SUMMARY:Banco Sabadell – gestora hipoteca (revisar condiciones)
DESCRIPTION:llevar 3 últimas nóminas y renta 2023. ¿Qué pasa si cambio de trabajo / me voy fuera?
LOCATION:Sabadell Gran Vía Marqués del Turia
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="cita-dni",
        uid="citaprevia-dnie-2025-0507-4471@policia.es",
        iv=0,
        trap="official-appointment-passport",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Policia Nacional//Cita Previa DNIe//ES
VERSION:2.0
BEGIN:VEVENT
UID:citaprevia-dnie-2025-0507-4471@policia.es
DTSTAMP:20250420T100000Z
DTSTART;TZID=Europe/Madrid:20250507T091000
DTEND;TZID=Europe/Madrid:20250507T092000
SUMMARY:Cita previa expedición Pasaporte
LOCATION:Comisaría Valencia-Russafa\, C/ Mestre Valls 1
DESCRIPTION:Aporte fotografía reciente y DNI en vigor. Tasa: 30\,00 €.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="mentoring",
        uid="040000008200E00074C5B7101A82E00800000000118FR0044",
        iv=0,
        trap="mentoring-session-career-advice",
        ics=r"""BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="Vallés, Rosa":mailto:rosa.valles@gva.es
ATTENDEE;RSVP=TRUE;CN=martallorens@telefonica.net:mailto:martallorens@telefonica.net
UID:040000008200E00074C5B7101A82E00800000000118FR0044
SUMMARY;LANGUAGE=es-ES:Mentoría Marta / Rosa (programa mentoring COF)
DESCRIPTION;LANGUAGE=es-ES:Seguimos con lo que hablamos: cómo dar el salto de comunitaria a hospital o industria\, qué procesos tienes abiertos y cómo negociar.\n
DTSTART:20250331T170000Z
DTEND:20250331T180000Z
DTSTAMP:20250325T100000Z
LOCATION;LANGUAGE=es-ES:Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="survey-call",
        uid="ipsos-hc-panel-2025-0417@ipsos.com",
        iv=0,
        trap="market-research-paid-interview-pharmacists",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Ipsos//Healthcare Panel//EN
VERSION:2.0
BEGIN:VEVENT
UID:ipsos-hc-panel-2025-0417@ipsos.com
DTSTAMP:20250410T100000Z
DTSTART:20250417T123000Z
DTEND:20250417T131500Z
SUMMARY:Entrevista telefónica estudio de mercado – farmacéuticos comunitarios (OTC)
ORGANIZER;CN=Ipsos Healthcare:mailto:hc-panel@ipsos.com
ATTENDEE;CN=Marta Llorens:mailto:martallorens@telefonica.net
DESCRIPTION:Gracias por participar. Un entrevistador de Ipsos le llamará. Duración 45 min. Incentivo: 90 €.
END:VEVENT
END:VCALENDAR
""",
    ),
]
