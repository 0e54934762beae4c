"""holdout125: the user's own interviews, mixed tools and languages (FR/EN/ES), recurring and cancelled ones."""

from __future__ import annotations

from holdout125ev_ics import Ev, cal, pos

OUTLOOK = "Microsoft Exchange Server 2010"
OUTLOOK16 = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"


def events() -> list[Ev]:
    out: list[Ev] = []
    out.append(pos("outlook-fr", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Delorme, Arnaud":mailto:a.delorme@delorme-encheres.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Marín Ortega, Lucía":mailto:lucia.marin.arte@gm
+ail.com
DESCRIPTION;LANGUAGE=fr-FR:Chère Madame\,\n\nSuite à notre échange\, je vous confirme notre entretien concernant
+ le poste de Spécialiste Art contemporain pour notre futur bureau de Madrid. L'entretien se tiendra en visio\;
+ nous pourrons le mener en français ou en espagnol.\n\nBien cordialement\,\nArnaud Delorme\nCommissaire-priseur\,
+ associé\nMaison Delorme Enchères - 14\, rue Drouot - 75009 Paris
UID:040000008200E00074C5B7101A82E00800000000F1C0A3B27D88DB0100000000000000001000000019E2D3C4B5A69788796A5B4C3D2E1F00
SUMMARY;LANGUAGE=fr-FR:Entretien - Spécialiste Art contemporain (bureau de Madrid)
DTSTART;TZID=Romance Standard Time:20250416T150000
DTEND;TZID=Romance Standard Time:20250416T160000
DTSTAMP:20250409T084500Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
""", OUTLOOK, tz="Romance Standard Time"), "Maison Delorme Enchères", "Spécialiste Art contemporain", "hiring_manager",
        "a.delorme@delorme-encheres.fr", "outlook-fr", "Delorme Enchères|Delorme"))

    out.append(pos("zoom-screen-fr", cal(r"""
BEGIN:VEVENT
UID:zoom-88120345512-20250304@fondation-arcelin.org
DTSTAMP:20250226T110000Z
DTSTART;TZID=Europe/Madrid:20250304T100000
DTEND;TZID=Europe/Madrid:20250304T103000
SUMMARY:Premier échange RH - Chargé(e) d'expositions (Résidence de Madrid)
ORGANIZER;CN=Camille Rousset:mailto:c.rousset@fondation-arcelin.org
ATTENDEE;CN=Lucía Marín Ortega;RSVP=TRUE:mailto:lucia.marin.arte@gmail.com
DESCRIPTION:Bonjour Lucía\,\n\nComme convenu\, voici le lien pour notre premier échange de 30 minutes autour du
+ poste de chargé(e) d'expositions à la Résidence de Madrid de la Fondation Arcelin.\n\nCamille Rousset\,
+ responsable RH\n\nRejoindre la réunion Zoom\nhttps://us02web.zoom.us/j/88120345512?pwd=aGZ0T1pKc3\nID de
+ réunion : 881 2034 5512\nCode secret : 230781
LOCATION:Zoom
END:VEVENT
""", "-//zoom.us//iCalendar Event//EN", tz="Europe/Madrid"), "Fondation Arcelin", "Chargé(e) d'expositions",
        "recruiter_screen", "c.rousset@fondation-arcelin.org", "zoom-screen-fr", "Arcelin"))

    out.append(pos("teams-final-fr", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Rousset, Camille":mailto:c.rousset@fondation-arcelin.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Marín Ortega:mailto:lucia.marin.arte@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Arcelin, Hélène":mailto:h.arcelin@fondation-arcelin.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Rousset, Camille":mailto:c.rousset@fondation-arcelin.org
DESCRIPTION;LANGUAGE=fr-FR:Entretien final avec Hélène Arcelin\, présidente de la Fondation. Camille assure
+ l'accueil et la logistique.\n\n________________________________________________________________________________
+\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici
+ pour participer à la réunion\nID de réunion : 319 552 804 117\nCode secret : Xr4Tq9\n
UID:040000008200E00074C5B7101A82E008000000005A6B7C8D9E0FDB010000000000000000100000002B3C4D5E6F708192A3B4C5D6E7F80912
SUMMARY;LANGUAGE=fr-FR:Entretien final - Fondation Arcelin
DTSTART;TZID=Romance Standard Time:20250325T113000
DTEND;TZID=Romance Standard Time:20250325T123000
DTSTAMP:20250318T164100Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
""", OUTLOOK, tz="Romance Standard Time"), "Fondation Arcelin", "", "final", "h.arcelin@fondation-arcelin.org",
        "teams-final-coordinator-fr"))

    out.append(pos("google-direct-en", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250312T143000
DTEND;TZID=Europe/London:20250312T153000
DTSTAMP:20250305T101100Z
ORGANIZER;CN=Imogen Clarke:mailto:imogen.clarke@hartleyfoundation.org.uk
UID:1u5g8k2m4n6b9v3c7x0z1asdfe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.marin.arte@gmail.com;X-
+NUM-GUESTS=0:mailto:lucia.marin.arte@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Imogen Clarke;X-NUM-GUESTS=0:mail
+to:imogen.clarke@hartleyfoundation.org.uk
DESCRIPTION:Hi Lucía\, looking forward to talking about the Exhibitions Coordinator role. I head the exhibitions
+ team and you would report to me.\n\nJoin with Google Meet: https://meet.google.com/cwd-hkne-tre\nJoin by
+ phone: (GB) +44 20 3956 1148 PIN: 540 118 302#
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hartley Foundation - Exhibitions Coordinator interview (Lucía Marín)
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, tz="Europe/London"), "The Hartley Foundation", "Exhibitions Coordinator", "hiring_manager",
        "imogen.clarke@hartleyfoundation.org.uk", "google-hiring-manager-en", "Hartley Foundation|Hartley"))

    out.append(pos("google-status-cancelled-en", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250326T100000
DTEND;TZID=Europe/London:20250326T113000
DTSTAMP:20250321T090000Z
ORGANIZER;CN=Imogen Clarke:mailto:imogen.clarke@hartleyfoundation.org.uk
UID:7h2j4k6l8z0x1c3v5b7n9mqwer@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=lucia.marin.arte@gmail.com:mailto:lucia.mar
+in.arte@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Imogen Clarke:mailto:imogen.clarke@hartleyf
+oundation.org.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dr Rhys Morgan:mailto:rhys.morgan@hartleyfou
+ndation.org.uk
DESCRIPTION:Panel interview with Imogen Clarke and Dr Rhys Morgan (Director). Cancelled - the role has been put on
+ hold\, sorry Lucía. I'll be in touch.
SEQUENCE:3
STATUS:CANCELLED
SUMMARY:Panel interview - Exhibitions Coordinator - Hartley Foundation
END:VEVENT
""", GOOGLE, method="CANCEL", tz="Europe/London"), "The Hartley Foundation", "Exhibitions Coordinator", "",
        "imogen.clarke@hartleyfoundation.org.uk;rhys.morgan@hartleyfoundation.org.uk", "status-cancelled-panel-en"))

    out.append(pos("family-office-body-only-es", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Gil, Mercè":mailto:mgil@lrfamilyoffice.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Marín:mailto:lucia.marin.arte@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lambert, Jaume":mailto:jlambert@lrfamilyoffice.com
DESCRIPTION;LANGUAGE=es-ES:Buenos días\,\n\nEl Sr. Lambert la recibirá en el domicilio de la colección para
+ conversar sobre la posición de responsable de la Colección Lambert-Roig (inventario\, préstamos y
+ conservación preventiva). Yo me encargo de la agenda del Sr. Lambert: cualquier cambio\, escríbame.\n\nMercè
+ Gil\nAsistente de Dirección
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F60718DB010000000000000000100000009988776655443322110FEDCBA9876543
SUMMARY;LANGUAGE=es-ES:Reunión Sr. Lambert / Lucía Marín
DTSTART;TZID=Romance Standard Time:20250508T180000
DTEND;TZID=Romance Standard Time:20250508T190000
DTSTAMP:20250430T092000Z
LOCATION;LANGUAGE=es-ES:Passeig de Gràcia 77\, Barcelona
END:VEVENT
""", OUTLOOK, tz="Romance Standard Time"), "Colección Lambert-Roig", "responsable de la Colección", "",
        "jlambert@lrfamilyoffice.com", "family-office-company-in-body-es", "Col·lecció Lambert-Roig|Lambert-Roig"))

    out.append(pos("webex-final-mx", cal(r"""
BEGIN:VEVENT
UID:webex-2650123498-20250521@webex.com
DTSTAMP:20250514T210000Z
DTSTART;TZID=America/Mexico_City:20250521T100000
DTEND;TZID=America/Mexico_City:20250521T110000
SUMMARY:Entrevista final - Jefa de Colecciones - Museo Casa Azcárate
ORGANIZER;CN=Dirección Museo Casa Azcárate:mailto:direccion@casaazcarate.org.mx
ATTENDEE;CN=Lucía Marín Ortega:mailto:lucia.marin.arte@gmail.com
ATTENDEE;CN=Patricia Azcárate Lugo:mailto:direccion@casaazcarate.org.mx
ATTENDEE;CN=Héctor Villaseñor:mailto:hvillasenor@casaazcarate.org.mx
DESCRIPTION:Entrevista final con la Directora\, Patricia Azcárate Lugo\, y el Presidente del Patronato\, Héctor
+ Villaseñor.\n\nUnirse a la reunión:\nhttps://casaazcarate.webex.com/casaazcarate/j.php?MTID=m3c9a1e\nNúmero de
+ reunión: 2650 123 498\nContraseña: Azc2025\n\nUnirse por teléfono\n+52-55-1209-4400 México
LOCATION:Webex
END:VEVENT
""", "-//Cisco Systems//Webex//EN", tz="America/Mexico_City"), "Museo Casa Azcárate", "Jefa de Colecciones", "final",
        "direccion@casaazcarate.org.mx;hvillasenor@casaazcarate.org.mx", "webex-final-mx", "Casa Azcárate"))

    out.append(pos("google-phone-bcn", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250219T123000
DTEND;TZID=Europe/Madrid:20250219T130000
DTSTAMP:20250214T100500Z
ORGANIZER;CN=Sílvia Roca:mailto:silvia.roca@salarossello.com
UID:9p8o7i6u5y4t3r2e1w0qazxswd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.marin.arte@gmail.com:ma
+ilto:lucia.marin.arte@gmail.com
DESCRIPTION:Llamada telefónica de 30 min (te llamo yo al +34 6xx xxx 312) para el proceso de Catalogador/a de Arte
+ Moderno y Contemporáneo. Sílvia Roca\, Personas y Talento\, Sala Rosselló Subhastes
LOCATION:Teléfono
SUMMARY:Entrevista telefónica - Sala Rosselló
STATUS:CONFIRMED
END:VEVENT
""", GOOGLE, tz="Europe/Madrid"), "Sala Rosselló Subhastes", "Catalogador/a de Arte Moderno y Contemporáneo",
        "recruiter_screen", "silvia.roca@salarossello.com", "google-phone-screen-es",
        "Sala Rosselló|Rosselló Subhastes"))

    out.append(pos("recurring-override-es", cal(r"""
BEGIN:VEVENT
UID:puigvilanova-prova-practica-2025-lmo@fundaciopuigvilanova.org
DTSTAMP:20250526T090000Z
DTSTART;TZID=Europe/Madrid:20250602T090000
DTEND;TZID=Europe/Madrid:20250602T140000
RRULE:FREQ=DAILY;COUNT=2
SUMMARY:Prueba práctica (2 jornadas) - Coordinación de exposiciones - Fundació Puig-Vilanova
ORGANIZER;CN=Oriol Vilanova:mailto:ovilanova@fundaciopuigvilanova.org
ATTENDEE;CN=Lucía Marín Ortega;RSVP=TRUE:mailto:lucia.marin.arte@gmail.com
ATTENDEE;CN=Oriol Vilanova:mailto:ovilanova@fundaciopuigvilanova.org
ATTENDEE;CN=Núria Puig:mailto:npuig@fundaciopuigvilanova.org
DESCRIPTION:Día 1: planificación de montaje de la exposición de primavera con Oriol Vilanova (director de
+ exposiciones). Día 2: presentación de la propuesta a Núria Puig (directora) y Oriol.
LOCATION:Fundació Puig-Vilanova\, Carrer de Montcada 30\, Barcelona
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
UID:puigvilanova-prova-practica-2025-lmo@fundaciopuigvilanova.org
RECURRENCE-ID;TZID=Europe/Madrid:20250603T090000
DTSTAMP:20250528T090000Z
DTSTART;TZID=Europe/Madrid:20250603T113000
DTEND;TZID=Europe/Madrid:20250603T143000
SUMMARY:Prueba práctica (día 2\, presentación) - Fundació Puig-Vilanova
ORGANIZER;CN=Oriol Vilanova:mailto:ovilanova@fundaciopuigvilanova.org
ATTENDEE;CN=Lucía Marín Ortega;RSVP=TRUE:mailto:lucia.marin.arte@gmail.com
ATTENDEE;CN=Oriol Vilanova:mailto:ovilanova@fundaciopuigvilanova.org
ATTENDEE;CN=Núria Puig:mailto:npuig@fundaciopuigvilanova.org
DESCRIPTION:El segundo día empieza a las 11:30 (Núria llega de un viaje).
LOCATION:Fundació Puig-Vilanova\, Carrer de Montcada 30\, Barcelona
SEQUENCE:1
END:VEVENT
""", "-//Fundacio Puig-Vilanova//Nextcloud Calendar//CA", tz="Europe/Madrid"), "Fundació Puig-Vilanova",
        "Coordinación de exposiciones", "technical",
        "ovilanova@fundaciopuigvilanova.org;npuig@fundaciopuigvilanova.org",
        "recurring-override-practical-es", "Fundación Puig-Vilanova|Puig-Vilanova"))

    out.append(pos("headhunter-es", cal(r"""
BEGIN:VEVENT
UID:TCC-2025-0412-LMO@talentocultura.es
DTSTAMP:20250407T120000Z
DTSTART;TZID=Europe/Madrid:20250414T170000
DTEND;TZID=Europe/Madrid:20250414T180000
SUMMARY:Entrevista con cliente - Fundación Seguros Levante (Coordinador/a de Exposiciones)
ORGANIZER;CN=Ignacio Mena - Talento Cultura Consultores:mailto:imena@talentocultura.es
ATTENDEE;CN=Lucía Marín Ortega:mailto:lucia.marin.arte@gmail.com
ATTENDEE;CN=Beatriz Lluch:mailto:blluch@fundacionsegueroslevante.org
DESCRIPTION:Lucía\, te confirmo la entrevista con Beatriz Lluch\, directora de la Fundación Seguros Levante\,
+ en su sede de Madrid (Paseo de Recoletos 19). Yo no estaré\, pero llámame al salir.\nIgnacio
LOCATION:Paseo de Recoletos 19\, Madrid
END:VEVENT
""", "-//Talento Cultura//CRM//ES", tz="Europe/Madrid"), "Fundación Seguros Levante", "Coordinador/a de Exposiciones",
        "hiring_manager", "blluch@fundacionsegueroslevante.org", "headhunter-names-employer-es", "Seguros Levante"))

    out.append(pos("outlookcom-phone-en", cal(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000044E1B2A3C4D5DB010000000000000000100000006F5E4D3C2B1A09F8E7D6C5B4A3928170
DTSTAMP:20250514T110000Z
DTSTART;TZID=GMT Standard Time:20250519T090000
DTEND;TZID=GMT Standard Time:20250519T093000
SUMMARY:Phone screen - Registrar - The Dunmore Collection
ORGANIZER;CN=Hannah Pike:mailto:hannah.pike@dunmorecollection.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucia Marin Ortega:mailto:lucia.marin.arte@gmail.com
DESCRIPTION:Hi Lucia\, Hannah from the Dunmore Collection's HR team. I'll ring you on your mobile for an initial
+ 30-minute conversation about the Registrar role. Please note the time is UK time (10:00 in Madrid).
LOCATION:Phone
END:VEVENT
""", OUTLOOK16, tz="GMT Standard Time"), "The Dunmore Collection", "Registrar", "recruiter_screen",
        "hannah.pike@dunmorecollection.org", "phone-screen-en", "Dunmore Collection|Dunmore"))

    out.append(pos("teams-lastfirst-es", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Rodrigo Alcántara, Elvira":mailto:erodrigo@matm.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Marín Ortega, Lucía":mailto:lucia.marin.arte@gm
+ail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Soler Blasco, Andrés":mailto:asoler@matm.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Proyector portátil MATM":mailto:equipos@matm.es
DESCRIPTION;LANGUAGE=es-ES:Entrevista técnica para la plaza de Conservador/a de Textiles del Museo de Arte Textil
+ de Madrid (MATM). Se le pedirá comentar la ficha de catalogación de dos piezas.\n\nReunión de Microsoft Teams\n
+Unirse a la reunión ahora\nId. de reunión: 271 009 384 552 Código de acceso: 7mQs3P
UID:040000008200E00074C5B7101A82E00800000000E7F8091A2B3CDB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=es-ES:Entrevista técnica - Conservador/a de Textiles
DTSTART;TZID=Romance Standard Time:20250604T123000
DTEND;TZID=Romance Standard Time:20250604T133000
DTSTAMP:20250528T101500Z
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
END:VEVENT
""", OUTLOOK, tz="Romance Standard Time"), "Museo de Arte Textil de Madrid", "Conservador/a de Textiles", "technical",
        "erodrigo@matm.es;asoler@matm.es", "teams-resource-lastfirst-es", "MATM|Museo de Arte Textil"))

    out.append(pos("apple-gallery-en", cal(r"""
BEGIN:VEVENT
CREATED:20250506T084000Z
DTSTAMP:20250506T084012Z
DTSTART;TZID=Europe/London:20250513T110000
DTEND;TZID=Europe/London:20250513T120000
ORGANIZER;CN=Daniel Finch:mailto:daniel.finch@icloud.com
ATTENDEE;CN=Daniel Finch;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:daniel.finch@icloud.com
ATTENDEE;CN=Lucía Marín;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.marin.arte@gmail.com
SUMMARY:Coffee + interview - Lucía
DESCRIPTION:Lucía - great to finally meet. Let's talk through the gallery exhibitions coordinator job at Marlowe &
+ Finch over coffee\, then I'll show you the space. Daniel
LOCATION:Marlowe & Finch\, 12 Cork Street\, London W1S 3NS
UID:E5A7C1B9-3D2F-4A60-9C8E-1B2D3F4A5C6E
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
""", "-//Apple Inc.//macOS 14.4//EN", tz="Europe/London"), "Marlowe & Finch", "exhibitions coordinator", "",
        "daniel.finch@icloud.com", "apple-founder-icloud-en", "Marlowe and Finch"))

    out.append(pos("google-assistant-mx", cal(r"""
BEGIN:VEVENT
DTSTART:20250430T170000Z
DTEND:20250430T180000Z
DTSTAMP:20250424T191500Z
ORGANIZER;CN=Asistente de Dirección FCS:mailto:asistente.direccion@fcervantessaldivar.org
UID:6t5r4e3w2q1a0s9d8f7g6hjklz@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.marin.arte@gmail.com:ma
+ilto:lucia.marin.arte@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Andrés Saldívar Rubio:mailto:asaldivar@fcerv
+antessaldivar.org
DESCRIPTION:Por instrucciones del Lic. Andrés Saldívar Rubio\, Director Ejecutivo de la Fundación Cervantes
+ Saldívar\, le hago llegar la invitación a la entrevista para la Coordinación de Colecciones. Liga de Meet:
+ https://meet.google.com/pqa-mnoz-kte\n\nAtte. Lorena Díaz\, Asistente de Dirección
SUMMARY:Entrevista Coordinación de Colecciones - Lic. Andrés Saldívar
STATUS:CONFIRMED
END:VEVENT
""", GOOGLE, head="X-WR-TIMEZONE:America/Mexico_City"), "Fundación Cervantes Saldívar", "Coordinación de Colecciones",
        "hiring_manager", "asaldivar@fcervantessaldivar.org", "google-assistant-organizer-mx", "Cervantes Saldívar"))

    out.append(pos("work-calendar-own-es", cal(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000077AA88BB99CCDB01000000000000000010000000D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6
DTSTAMP:20250505T073000Z
DTSTART;TZID=Romance Standard Time:20250509T083000
DTEND;TZID=Romance Standard Time:20250509T091500
SUMMARY:Privado - Arteko (entrevista tel.)
CLASS:PRIVATE
ORGANIZER;CN="Marín Ortega, Lucía":mailto:lmarin@museo-arte-contemporaneo.es
DESCRIPTION:Me llama Josune Arrieta\, directora de Arteko Bilbao\, por lo de comisaria de programas. Hacerlo desde
+ casa\, antes de entrar.
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
""", OUTLOOK, method="PUBLISH", tz="Romance Standard Time"), "Arteko Bilbao", "comisaria de programas", "",
        "Josune Arrieta", "own-interview-in-work-calendar-es", "Arteko"))
    return out
