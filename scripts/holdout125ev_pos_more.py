"""holdout125: further rounds of the user's own interviews (hand-typed, ATS follow-ups, DE/EN/ES)."""

from __future__ import annotations

from holdout125ev_ics import Ev, cal, pos

OUTLOOK = "Microsoft Exchange Server 2010"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
APPLE = "-//Apple Inc.//iPhone OS 17.5//EN"


def events() -> list[Ev]:
    out: list[Ev] = []
    out.append(pos("hand-final-mx", cal(r"""
BEGIN:VEVENT
UID:5D0C3B2A-1F9E-4E8D-A7C6-B5A493827160
DTSTAMP:20250325T221000Z
DTSTART;TZID=Europe/Madrid:20250401T180000
DTEND;TZID=Europe/Madrid:20250401T190000
SUMMARY:Tezontle final (zoom) - con Regina
DESCRIPTION:Regina Olvera = directora. 11h CDMX. Link en el correo de Valeria
END:VEVENT
""", APPLE, method=None, tz="Europe/Madrid"), "Galería Tezontle", "", "final", "Regina Olvera",
        "hand-typed-final-mx"))

    out.append(pos("hand-second-round-en", cal(r"""
BEGIN:VEVENT
UID:8B1F6E2D-4C3A-4B9F-8E7D-6C5B4A392817
DTSTAMP:20250502T193000Z
DTSTART:20250508T100000Z
DTEND:20250508T110000Z
SUMMARY:Whitcombe 2ª ronda (Teams) ¡hora UK!
DESCRIPTION:Jane Holloway + director (Mark Saunders?). Preparar objeto: el Nash
END:VEVENT
""", APPLE, method=None), "Whitcombe Museum", "", "", "Jane Holloway;Mark Saunders", "hand-typed-utc-en-es"))

    out.append(pos("workday-practical-en", cal(r"""
BEGIN:VEVENT
UID:WD-INTERVIEW-EVT-0009a71c33e2101a4f5b2c7e8d9f7c2d
DTSTAMP:20250318T120044Z
DTSTART:20250325T100000Z
DTEND:20250325T113000Z
SUMMARY:Interview - Collections Manager (R-0041187) - Practical Assessment
ORGANIZER;CN=Harcourt & Vane Talent Acquisition:mailto:harcourtvane@myworkday.com
ATTENDEE;CN=Lucia Marin Ortega;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.marin.arte@gmail.com
ATTENDEE;CN=Sophie Lindqvist;PARTSTAT=ACCEPTED:mailto:sophie.lindqvist@harcourtvane.com
DESCRIPTION:Dear Lucia\,\n\nYour next step is a practical assessment (object handling\, condition checking and a
+ short inventory exercise) with Sophie Lindqvist\, Head of Collections Management\, at our Battersea
+ warehouse.\n\nAddress: Unit 4\, Parkgate Road\, London SW11\n\nKind regards\,\nTalent Acquisition
LOCATION:Harcourt & Vane Battersea Store
END:VEVENT
""", "-//Workday//Workday Recruiting//EN"), "Harcourt & Vane", "Collections Manager", "technical",
        "sophie.lindqvist@harcourtvane.com", "workday-practical-en"))

    out.append(pos("greenhouse-cancel-en", cal(r"""
BEGIN:VEVENT
UID:greenhouse-interview-38827104-0@greenhouse.io
DTSTAMP:20250310T101500Z
DTSTART:20250312T153000Z
DTEND:20250312T160000Z
SUMMARY:Canceled: Recruiter Screen - Lucía Marín Ortega (Gavelworth)
ORGANIZER;CN=Gavelworth Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Lucía Marín Ortega:mailto:lucia.marin.arte@gmail.com
ATTENDEE;CN=Abbie Rowe:mailto:abbie.rowe@gavelworth.com
DESCRIPTION:This interview has been canceled. Abbie will reach out with new times for your recruiter screen for
+ Curator\, Post-War & Contemporary Sales.
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
""", "-//Greenhouse Software//Greenhouse//EN", method="CANCEL"), "Gavelworth",
        "Curator, Post-War & Contemporary Sales", "recruiter_screen", "abbie.rowe@gavelworth.com",
        "greenhouse-method-cancel-en"))

    out.append(pos("google-technical-mx", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20250424T100000
DTEND;TZID=America/Mexico_City:20250424T113000
DTSTAMP:20250417T180000Z
ORGANIZER;CN=Dra. Itzel Monroy:mailto:imonroy@museoxolotl.mx
UID:4e5r6t7y8u9i0o1p2a3s4dfghq@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.marin.arte@gmail.com:ma
+ilto:lucia.marin.arte@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dra. Itzel Monroy:mailto:imonroy@museoxolotl.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mauricio Téllez:mailto:mtellez@museoxolotl.mx
DESCRIPTION:Presentación de tu propuesta curatorial (máx. 15 láminas) para la sala temporal 2026 y preguntas de
+ Mauricio Téllez (museografía) y mías.\n\nÚnete con Google Meet: https://meet.google.com/wjx-ukdh-rvz
SUMMARY:Xólotl - presentación de propuesta curatorial (Lucía Marín)
STATUS:CONFIRMED
END:VEVENT
""", GOOGLE, tz="America/Mexico_City"), "Museo Xólotl", "", "technical",
        "imonroy@museoxolotl.mx;mtellez@museoxolotl.mx",
        "google-curatorial-proposal-mx"))

    out.append(pos("thunderbird-second-bcn", cal(r"""
BEGIN:VEVENT
CREATED:20250314T094500Z
DTSTAMP:20250314T094500Z
UID:c7e2a1b9-0f4d-4a3e-8b6c-95d1e0f2a7b4
SUMMARY:Segunda entrevista y visita a la Fundació - Lucía Marín
ORGANIZER;CN=Pere Vidal i Soler:mailto:pere.vidal@fcasalsvidal.cat
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:lucia.marin.arte@gmail.com
ATTENDEE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Pere Vidal i Soler:mailto:pere.vidal@fcasalsvidal.cat
ATTENDEE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Laia Casals Ferrer:mailto:laia.casals@fcasalsvidal.cat
DTSTART;TZID=Europe/Madrid:20250321T110000
DTEND;TZID=Europe/Madrid:20250321T130000
LOCATION:Fundació Casals i Vidal\, Carrer d'Avinyó 15\, Barcelona
DESCRIPTION:Hola Lucía\, tal como te avanzó Laia\, te esperamos en la Fundació para la segunda entrevista y una
+ visita a la colección y a la reserva. Pere (gerente)
X-MOZ-GENERATION:1
END:VEVENT
""", "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", tz="Europe/Madrid"), "Fundació Casals i Vidal", "",
        "onsite", "pere.vidal@fcasalsvidal.cat;laia.casals@fcasalsvidal.cat", "thunderbird-onsite-es"))

    out.append(pos("outlook-phone-de", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Weber, Anja":mailto:a.weber@haberland-galerie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.marin.arte@gmail.com:mailto:lucia.marin.a
+rte@gmail.com
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Marín\,\n\nwie besprochen rufe ich Sie am Montag für ein kurzes
+ Telefoninterview (ca. 20 Minuten) zur Stelle Ausstellungskoordination Madrid an.\n\nViele Grüße\nAnja Weber\n
+Office Management\, Galerie Haberland\, Berlin
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0
SUMMARY;LANGUAGE=de-DE:Telefoninterview Lucía Marín Ortega
DTSTART;TZID=W. Europe Standard Time:20250428T100000
DTEND;TZID=W. Europe Standard Time:20250428T102000
DTSTAMP:20250423T140000Z
LOCATION;LANGUAGE=de-DE:Telefon
END:VEVENT
""", OUTLOOK, tz="W. Europe Standard Time"), "Galerie Haberland", "Ausstellungskoordination Madrid",
        "recruiter_screen", "a.weber@haberland-galerie.de", "phone-screen-de"))

    out.append(pos("successfactors-final-es", cal(r"""
BEGIN:VEVENT
UID:SF-ICS-INTV-00291733-9140@successfactors.eu
DTSTAMP:20250404T091500Z
DTSTART;TZID=W. Europe Standard Time:20250411T130000
DTEND;TZID=W. Europe Standard Time:20250411T140000
SUMMARY:Entrevista final - Gestor/a de Colección de Arte (Req. 24817)
ORGANIZER;CN=Banco Meridional - Selección:mailto:seleccion@bancomeridional.es
ATTENDEE;CN=LUCIA MARIN ORTEGA;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lucia.marin.arte@gmail.com
ATTENDEE;CN="Zubiri Anguita, Cristina":mailto:cristina.zubiri@bancomeridional.es
ATTENDEE;CN="Selección, Equipo":mailto:seleccion@bancomeridional.es
DESCRIPTION:Estimada candidata:\n\nLe convocamos a la entrevista final con Dña. Cristina Zubiri Anguita\, Directora
+ de Responsabilidad Corporativa y Fundación. Le acompañará una persona del equipo de Selección.\n\nLugar: Paseo de
+ la Castellana 120\, planta 14.\n\nMensaje generado automáticamente desde SAP SuccessFactors.
LOCATION:Paseo de la Castellana 120\, planta 14\, Madrid
END:VEVENT
""", "-//SAP SuccessFactors//Recruiting//EN", tz="W. Europe Standard Time"), "Banco Meridional",
        "Gestor/a de Colección de Arte", "final", "cristina.zubiri@bancomeridional.es", "successfactors-final-es"))

    out.append(pos("google-onsite-en", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250320T120000
DTEND;TZID=Europe/London:20250320T140000
DTSTAMP:20250314T160000Z
ORGANIZER;CN=Tom Ashcroft:mailto:tom@camberwellcontemporary.com
UID:2w3e4r5t6y7u8i9o0p1lkjhgfd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.marin.arte@gmail.com:ma
+ilto:lucia.marin.arte@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tom Ashcroft:mailto:tom@camberwellcontemporary.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Yemi Okafor:mailto:yemi@camberwellcontemporary.com
DESCRIPTION:In-person interview at the gallery - walk-through of the current show\, then a conversation with Yemi
+ (Director) and me about the Exhibitions Coordinator role. 48 Peckham Road\, SE5.
LOCATION:Camberwell Contemporary\, 48 Peckham Road\, London SE5
SUMMARY:Lucía Marín - in-person interview
STATUS:CONFIRMED
END:VEVENT
""", GOOGLE, tz="Europe/London"), "Camberwell Contemporary", "Exhibitions Coordinator", "onsite",
        "tom@camberwellcontemporary.com;yemi@camberwellcontemporary.com", "google-onsite-en"))

    out.append(pos("calendly-es", cal(r"""
BEGIN:VEVENT
UID:9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d@calendly.com
DTSTAMP:20250505T083000Z
DTSTART:20250507T080000Z
DTEND:20250507T084500Z
SUMMARY:Lucía Marín Ortega y Sofía Requena
ORGANIZER;CN=Sofía Requena:mailto:sofia.requena@fundacioneulaliarequena.org
ATTENDEE;CN=Lucía Marín Ortega;PARTSTAT=ACCEPTED:mailto:lucia.marin.arte@gmail.com
DESCRIPTION:Nombre del evento: Entrevista - Conservador/a (45 min)\n\nUbicación: Zoom. La información de la
+ conferencia se añadirá a la invitación.\n\nSofía Requena\, patrona delegada de la Fundación Eulalia Requena\,
+ responde a tu candidatura.\n\n¿Necesitas hacer cambios en este evento?\nCancelar:
+ https://calendly.com/cancellations/9a8b7c6d\nReprogramar: https://calendly.com/reschedulings/9a8b7c6d\n\nCon la
+ tecnología de Calendly.com
LOCATION:Zoom
END:VEVENT
""", "-//Calendly//Calendly//EN", method="PUBLISH"), "Fundación Eulalia Requena", "Conservador/a", "",
        "sofia.requena@fundacioneulaliarequena.org", "calendly-invitee-es", "Fundación Requena"))

    out.append(pos("zoom-direct-bilbao", cal(r"""
BEGIN:VEVENT
UID:zoom-71233984410@zoom.us
DTSTAMP:20250519T150000Z
DTSTART;TZID=Europe/Madrid:20250526T163000
DTEND;TZID=Europe/Madrid:20250526T173000
SUMMARY:Videollamada Colección Ibáñez-Oteiza / Lucía Marín
ORGANIZER;CN=Koldo Ibáñez:mailto:koldo@ibanezoteiza.com
ATTENDEE;CN=Lucía Marín Ortega:mailto:lucia.marin.arte@gmail.com
DESCRIPTION:Koldo Ibáñez le está invitando a una reunión de Zoom programada.\n\nTema: entrevista para el puesto de
+ conservadora de la colección (Bilbao)\n\nUnirse a la reunión Zoom\nhttps://us06web.zoom.us/j/71233984410\n\nID
+ de reunión: 712 3398 4410\nCódigo de acceso: 99017
LOCATION:https://us06web.zoom.us/j/71233984410
END:VEVENT
""", "-//zoom.us//iCalendar Event//EN", tz="Europe/Madrid"), "Colección Ibáñez-Oteiza", "conservadora de la colección",
        "", "koldo@ibanezoteiza.com", "zoom-direct-es", "Ibáñez-Oteiza"))

    out.append(pos("outlook-hm-mx", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Huerta Nava, Graciela":mailto:ghuerta@museotlalli.org.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Marín Ortega:mailto:lucia.marin.arte@gmail.com
DESCRIPTION;LANGUAGE=es-MX:Estimada Lucía\, la Subdirección de Colecciones la entrevistará para la plaza de
+ Registradora / Gestora de Colecciones del Museo de Arte Popular Tlalli. Por favor confirme.\n\nGraciela Huerta
+ Nava\, Subdirectora de Colecciones
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DB01000000000000000010000000123456789ABCDEF0123456789ABCDEF0
SUMMARY;LANGUAGE=es-MX:Entrevista con Subdirección de Colecciones - Museo Tlalli
DTSTART;TZID=Central Standard Time (Mexico):20250529T090000
DTEND;TZID=Central Standard Time (Mexico):20250529T100000
DTSTAMP:20250521T230000Z
LOCATION;LANGUAGE=es-MX:Microsoft Teams
END:VEVENT
""", OUTLOOK, tz="Central Standard Time (Mexico)"), "Museo de Arte Popular Tlalli",
        "Registradora / Gestora de Colecciones", "hiring_manager", "ghuerta@museotlalli.org.mx",
        "outlook-hiring-manager-mx", "Museo Tlalli|Tlalli"))
    return out
