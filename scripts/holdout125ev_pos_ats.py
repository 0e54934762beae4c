"""holdout125: the user's own interviews sent by applicant-tracking systems (EN/ES/DE)."""

from __future__ import annotations

from holdout125ev_ics import Ev, cal, pos


def events() -> list[Ev]:
    out: list[Ev] = []
    out.append(pos("greenhouse-en", cal(r"""
BEGIN:VEVENT
UID:greenhouse-interview-38827104-1@greenhouse.io
DTSTAMP:20250312T141502Z
DTSTART:20250319T140000Z
DTEND:20250319T150000Z
SUMMARY:Interview: Lucía Marín Ortega for Curator\, Post-War & Contemporary Sales (Gavelworth)
ORGANIZER;CN=Gavelworth Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Lucía Marín Ortega;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lucia.marin.arte@gmail.com
ATTENDEE;CN=Harriet Colville;ROLE=REQ-PARTICIPANT:mailto:harriet.colville@gavelworth.com
ATTENDEE;CN=Sanjay Mehta;ROLE=REQ-PARTICIPANT:mailto:sanjay.mehta@gavelworth.com
DESCRIPTION:Hi Lucía\,\n\nThanks again for your time so far! This is the case-study round for the Curator\,
+ Post-War & Contemporary Sales role. You will walk Harriet (Head of Sales Curation) and Sanjay (Data & Pricing)
+ through the mock sale you prepared: lot selection\, estimates and the editorial angle.\n\nJoin Zoom Meeting\n
+https://gavelworth.zoom.us/j/93117402265\nMeeting ID: 931 1740 2265\n\nYour interview is scheduled by Abbie
+ Rowe\, Recruiting Coordinator. Questions? Reply to this email.\n\nPowered by Greenhouse
LOCATION:https://gavelworth.zoom.us/j/93117402265
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""", "-//Greenhouse Software//Greenhouse//EN"), "Gavelworth", "Curator, Post-War & Contemporary Sales", "technical",
        "harriet.colville@gavelworth.com;sanjay.mehta@gavelworth.com", "greenhouse-case-en"))

    out.append(pos("modernloop-onsite-en", cal(r"""
BEGIN:VEVENT
UID:ml_evt_6f1c0a9e2b7d4c55a0e3@modernloop.io
DTSTAMP:20250326T100233Z
DTSTART;TZID=Europe/London:20250402T100000
DTEND;TZID=Europe/London:20250402T130000
SUMMARY:Gavelworth Onsite Interview - Lucía Marín Ortega
ORGANIZER;CN=Abbie Rowe:mailto:abbie.rowe@gavelworth.com
ATTENDEE;CN=Lucía Marín Ortega;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.marin.arte@gmail.com
ATTENDEE;CN=Harriet Colville;PARTSTAT=ACCEPTED:mailto:harriet.colville@gavelworth.com
ATTENDEE;CN=Oliver Kemp;PARTSTAT=ACCEPTED:mailto:oliver.kemp@gavelworth.com
ATTENDEE;CN=Priya Natarajan;PARTSTAT=ACCEPTED:mailto:priya.natarajan@gavelworth.com
ATTENDEE;CUTYPE=ROOM;CN=LDN-3F-Whistler (8);PARTSTAT=ACCEPTED:mailto:ldn-3f-whistler@resource.gavelworth.com
DESCRIPTION:Your onsite at our Shoreditch office\, 41 Great Eastern Street\, London EC2A 3HX.\n\nAgenda\n10:00
+ Welcome with Abbie Rowe (Recruiting Coordinator)\n10:15 Curatorial deep dive - Harriet Colville\n11:00
+ Stakeholders & specialists - Oliver Kemp (Director\, Auctions)\n11:45 Values interview - Priya Natarajan (VP
+ People)\n12:30 Lunch with the team\n\nPlease bring photo ID for building security.\n\nScheduled with ModernLoop
LOCATION:LDN-3F-Whistler (8)\, 41 Great Eastern Street\, London
STATUS:CONFIRMED
END:VEVENT
""", "-//ModernLoop//Interview Scheduling//EN", tz="Europe/London"), "Gavelworth", "", "onsite",
        "harriet.colville@gavelworth.com;oliver.kemp@gavelworth.com;priya.natarajan@gavelworth.com",
        "modernloop-onsite-room-en"))

    out.append(pos("workday-screen-utc-en", cal(r"""
BEGIN:VEVENT
UID:WD-INTERVIEW-EVT-0009a71c33e2101a4f5b2c7e8d9f0a1b
DTSTAMP:20250304T170455Z
DTSTART:20250310T150000Z
DTEND:20250310T153000Z
SUMMARY:Interview - Collections Manager (R-0041187) - Harcourt & Vane
ORGANIZER;CN=Harcourt & Vane Talent Acquisition:mailto:harcourtvane@myworkday.com
ATTENDEE;CN=Lucia Marin Ortega;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.marin.arte@gmail.com
ATTENDEE;CN=Fiona Blackwood;PARTSTAT=ACCEPTED:mailto:fiona.blackwood@harcourtvane.com
DESCRIPTION:Dear Lucia\,\n\nYou are invited to a telephone interview for the position of Collections Manager
+ (R-0041187)\, London\, King Street.\n\nInterviewer: Fiona Blackwood\, Senior Talent Partner\nFormat: phone call
+ - Fiona will call you on +34 6** *** 312.\nDuration: 30 minutes\n\nKind regards\,\nTalent Acquisition\nHarcourt
+ & Vane Ltd
LOCATION:Phone call
STATUS:CONFIRMED
END:VEVENT
""", "-//Workday//Workday Recruiting//EN"), "Harcourt & Vane", "Collections Manager", "recruiter_screen",
        "fiona.blackwood@harcourtvane.com", "workday-phone-utc-en", "Harcourt and Vane"))

    out.append(pos("goodtime-final-en", cal(r"""
BEGIN:VEVENT
UID:gt-9c1d0f2e-41a5-4f8b-b9e3-7aa21d5c6e04
DTSTAMP:20250401T090912Z
DTSTART;TZID=Europe/London:20250409T140000
DTEND;TZID=Europe/London:20250409T160000
SUMMARY:Final Round Interview | Harcourt & Vane | Collections Manager
ORGANIZER;CN=Harcourt & Vane Interviews:mailto:interviews@harcourtvane.goodtime.io
ATTENDEE;CN=Lucia Marin Ortega;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.marin.arte@gmail.com
ATTENDEE;CN=Edward Pryce-Jones;PARTSTAT=ACCEPTED:mailto:edward.pryce-jones@harcourtvane.com
ATTENDEE;CN=Claudia Ferrante;PARTSTAT=ACCEPTED:mailto:claudia.ferrante@harcourtvane.com
ATTENDEE;CN=Fiona Blackwood;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:fiona.blackwood@harcourtvane.com
DESCRIPTION:Hello Lucia\,\n\nWe are delighted to confirm your final round at 8 King Street\, St James's\, London
+ SW1Y 6QT.\n\n14:00 - 15:00 Edward Pryce-Jones\, Global Head of Collections\n15:00 - 16:00 Claudia Ferrante\, COO
+ Europe (incl. a walk-through of the stores)\n\nFiona Blackwood (Talent) will meet you at reception.\n\nThis
+ invitation was sent via GoodTime on behalf of Harcourt & Vane.
LOCATION:Harcourt & Vane\, 8 King Street\, St James's\, London
STATUS:CONFIRMED
END:VEVENT
""", "-//GoodTime.io//Hire//EN", tz="Europe/London"), "Harcourt & Vane", "Collections Manager", "final",
        "edward.pryce-jones@harcourtvane.com;claudia.ferrante@harcourtvane.com", "goodtime-final-en"))

    out.append(pos("ashby-en", cal(r"""
BEGIN:VEVENT
UID:ashby-interview-event-b3e4c8a1-0d2f-4e7a-9b61-55c0f3e2a9d7
DTSTAMP:20250220T112345Z
DTSTART:20250226T093000Z
DTEND:20250226T101500Z
SUMMARY:Lucía Marín Ortega <> Curio Atlas: Hiring Manager Interview
ORGANIZER;CN=Curio Atlas:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Lucía Marín Ortega;RSVP=TRUE:mailto:lucia.marin.arte@gmail.com
ATTENDEE;CN=Tomás Beltrán:mailto:tomas@curioatlas.com
DESCRIPTION:Interview for Head of Curation (Madrid / hybrid)\n\nInterviewers: Tomás Beltrán (Co-founder & CPO)\n
+\nGoogle Meet: https://meet.google.com/fvp-qxdj-ahn\n\nNeed to reschedule? https://app.ashbyhq.com/interview-
+schedule/reschedule/b3e4c8a1\n\nSent with Ashby
LOCATION:https://meet.google.com/fvp-qxdj-ahn
END:VEVENT
""", "-//Ashby//Ashby Calendar//EN"), "Curio Atlas", "Head of Curation", "hiring_manager", "tomas@curioatlas.com",
        "ashby-hiring-manager-en"))

    out.append(pos("calcom-founder-es", cal(r"""
BEGIN:VEVENT
UID:kZ4pQe8w1nRr6T2vYx9bLm@Cal.com
DTSTAMP:20250304T181200Z
DTSTART:20250306T163000Z
DTEND:20250306T171500Z
SUMMARY:Charla final entre Marta Guzmán y Lucía Marín Ortega
ORGANIZER;CN=Marta Guzmán:mailto:marta@curioatlas.com
ATTENDEE;CN=Lucía Marín Ortega;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:lucia.marin.arte@gmail.com
DESCRIPTION:Evento: Charla final (45 min)\nOrganizadora: Marta Guzmán - CEO\, Curio Atlas\n\nNotas de la
+ invitada: Proceso Head of Curation\, última entrevista con Marta antes de la oferta.\n\n¿Necesitas hacer
+ cambios? Cancelar o reprogramar: https://cal.com/booking/kZ4pQe8w1nRr6T2vYx9bLm
LOCATION:https://cal.com/video/kZ4pQe8w1nRr6T2vYx9bLm
END:VEVENT
""", "-//Cal.com Inc.//Cal.com Event//EN"), "Curio Atlas", "Head of Curation", "final", "marta@curioatlas.com",
        "calcom-founder-final-es"))

    out.append(pos("lever-practical-es", cal(r"""
BEGIN:VEVENT
UID:lever-6a9e1f70-3c2b-4d58-8e14-f0b2c7a9d613
DTSTAMP:20250513T083015Z
DTSTART;TZID=Europe/Madrid:20250520T100000
DTEND;TZID=Europe/Madrid:20250520T120000
SUMMARY:Transarte - Prueba práctica Registrar de Obras de Arte - Lucía Marín Ortega
ORGANIZER;CN=Transarte Talento:mailto:talento@transarte.es
ATTENDEE;CN=Lucía Marín Ortega;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.marin.arte@gmail.com
ATTENDEE;CN=Gonzalo Prieto;PARTSTAT=ACCEPTED:mailto:gonzalo.prieto@transarte.es
ATTENDEE;CN=Noelia Castaño;PARTSTAT=ACCEPTED:mailto:noelia.castano@transarte.es
DESCRIPTION:Hola Lucía\,\n\nTe esperamos en nuestra nave de Coslada para la prueba práctica: elaboración de un
+ informe de estado (condition report) de dos obras y revisión de la documentación de un préstamo internacional.\n
+\nEntrevistadores: Gonzalo Prieto (Jefe de Registro) y Noelia Castaño (Conservación-Restauración)\n\nDirección:
+ Avda. de la Industria 14\, Coslada (Madrid)\n\nEnviado a través de Lever
LOCATION:Transarte Fine Art Logistics\, Avda. de la Industria 14\, Coslada
STATUS:CONFIRMED
END:VEVENT
""", "-//Lever//Lever Hire//EN", tz="Europe/Madrid"), "Transarte", "Registrar de Obras de Arte", "technical",
        "gonzalo.prieto@transarte.es;noelia.castano@transarte.es", "lever-practical-es",
        "Transarte Fine Art Logistics"))

    out.append(pos("smartrecruiters-es", cal(r"""
BEGIN:VEVENT
UID:sr-interview-5f8d2c1a9e0b4a7c@smartrecruiters.com
DTSTAMP:20250227T101010Z
DTSTART;TZID=Europe/Madrid:20250306T160000
DTEND;TZID=Europe/Madrid:20250306T164500
SUMMARY:Entrevista: Conservador/a de Arte Contemporáneo - Fundació Casals i Vidal
ORGANIZER;CN=Fundació Casals i Vidal:mailto:notification@smartrecruiters.com
ATTENDEE;CN=Lucía Marín Ortega;RSVP=TRUE:mailto:lucia.marin.arte@gmail.com
ATTENDEE;CN=Laia Casals Ferrer:mailto:laia.casals@fcasalsvidal.cat
DESCRIPTION:Hola Lucía\,\n\nGracias por aceptar la invitación. Detalles de tu entrevista:\n\nPuesto: Conservador/a
+ de Arte Contemporáneo (Barcelona)\nEntrevistador/a: Laia Casals Ferrer\, Directora Artística\nTipo: Videollamada
+ (Microsoft Teams)\n\nUnirse: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA1Y2M0@thread.v2/0\n\nUn
+ saludo\,\nEquipo de Personas - Fundació Casals i Vidal
LOCATION:Microsoft Teams
END:VEVENT
""", "-//SmartRecruiters//SmartRecruiters Calendar//EN", tz="Europe/Madrid"), "Fundació Casals i Vidal",
        "Conservador/a de Arte Contemporáneo", "hiring_manager", "laia.casals@fcasalsvidal.cat", "smartrecruiters-es",
        "Fundación Casals i Vidal|Casals i Vidal"))

    out.append(pos("successfactors-es", cal(r"""
BEGIN:VEVENT
UID:SF-ICS-INTV-00291733-8812@successfactors.eu
DTSTAMP:20250321T091500Z
DTSTART;TZID=W. Europe Standard Time:20250328T120000
DTEND;TZID=W. Europe Standard Time:20250328T130000
SUMMARY:Entrevista con Responsable de Área - Gestor/a de Colección de Arte (Req. 24817)
ORGANIZER;CN=Banco Meridional - Selección:mailto:seleccion@bancomeridional.es
ATTENDEE;CN=LUCIA MARIN ORTEGA;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lucia.marin.arte@gmail.com
ATTENDEE;CN="de la Fuente Mora, Álvaro";ROLE=REQ-PARTICIPANT:mailto:alvaro.delafuente@bancomeridional.es
DESCRIPTION:Estimada candidata:\n\nLe confirmamos la entrevista para la posición Gestor/a de Colección de Arte
+ (Colección Banco Meridional\, Dirección de Responsabilidad Corporativa).\n\nEntrevistador: Álvaro de la Fuente
+ Mora\, Responsable de Patrimonio Artístico\nLugar: Paseo de la Castellana 120\, planta 9\, Madrid. Acuda a
+ recepción con su DNI.\n\nEste mensaje se ha generado automáticamente desde SAP SuccessFactors.
LOCATION:Paseo de la Castellana 120\, planta 9\, Madrid
END:VEVENT
""", "-//SAP SuccessFactors//Recruiting//EN", tz="W. Europe Standard Time"), "Banco Meridional",
        "Gestor/a de Colección de Arte", "hiring_manager", "alvaro.delafuente@bancomeridional.es",
        "successfactors-windows-zone-es", "Colección Banco Meridional"))

    out.append(pos("teamtailor-es", cal(r"""
BEGIN:VEVENT
UID:tt-meeting-3391047-candidate-8812003@teamtailor.com
DTSTAMP:20250324T120000Z
DTSTART:20250327T083000Z
DTEND:20250327T090000Z
SUMMARY:Entrevista telefónica con Subastas Velarde
ORGANIZER;CN=Rocío Velarde:mailto:rocio@velardesubastas.com
ATTENDEE;CN=Lucía Marín Ortega:mailto:lucia.marin.arte@gmail.com
DESCRIPTION:¡Hola Lucía!\n\nRocío Velarde te ha invitado a una entrevista telefónica para el puesto de
+ Responsable de Colecciones y Catalogación.\n\nTe llamaremos al número que indicaste en tu candidatura.\n\nSaludos
+\,\nSubastas Velarde\n\nEnviado con Teamtailor
LOCATION:Llamada telefónica
END:VEVENT
""", "-//Teamtailor//Teamtailor//EN"), "Subastas Velarde", "Responsable de Colecciones y Catalogación",
        "recruiter_screen", "rocio@velardesubastas.com", "teamtailor-phone-es"))

    out.append(pos("personio-de", cal(r"""
BEGIN:VEVENT
UID:personio-interview-7f2a91c3-ee04-4d1f-9b8a-2c5d7e1f0a66
DTSTAMP:20250505T134400Z
DTSTART;TZID=Europe/Madrid:20250512T150000
DTEND;TZID=Europe/Madrid:20250512T160000
SUMMARY:Vorstellungsgespräch: Ausstellungskoordination (m/w/d) Madrid - Lucía Marín Ortega
ORGANIZER;CN=Galerie Haberland:mailto:jobs@haberland-galerie.de
ATTENDEE;CN=Lucía Marín Ortega;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.marin.arte@gmail.com
ATTENDEE;CN=Katrin Haberland;PARTSTAT=ACCEPTED:mailto:k.haberland@haberland-galerie.de
ATTENDEE;CN=Felix Ortmann;PARTSTAT=ACCEPTED:mailto:f.ortmann@haberland-galerie.de
DESCRIPTION:Liebe Frau Marín Ortega\,\n\nvielen Dank für Ihre Bewerbung. Wir freuen uns\, Sie zu einem
+ Videogespräch mit Katrin Haberland (Inhaberin) und Felix Ortmann (Leitung Ausstellungen) einzuladen. Das
+ Gespräch kann gerne auch auf Englisch oder Spanisch geführt werden.\n\nGoogle Meet:
+ https://meet.google.com/hzr-vuke-mpa\n\nMit freundlichen Grüßen\nIhr Team der Galerie Haberland\n\nVersendet über
+ Personio
LOCATION:Google Meet
END:VEVENT
""", "-//Personio GmbH//Personio Recruiting//DE", tz="Europe/Madrid"), "Galerie Haberland",
        "Ausstellungskoordination (m/w/d) Madrid", "hiring_manager",
        "k.haberland@haberland-galerie.de;f.ortmann@haberland-galerie.de",
        "personio-de", "Haberland"))

    out.append(pos("softgarden-de", cal(r"""
BEGIN:VEVENT
UID:softgarden-appointment-11839302@softgarden.io
DTSTAMP:20250602T071500Z
DTSTART;TZID=Europe/Madrid:20250610T103000
DTEND;TZID=Europe/Madrid:20250610T113000
SUMMARY:Interview Kurator*in Kunstraum Madrid - Stiftung Kerber
ORGANIZER;CN=Stiftung Kerber Personalabteilung:mailto:noreply@softgarden.io
ATTENDEE;CN=Lucía Marín Ortega;RSVP=TRUE:mailto:lucia.marin.arte@gmail.com
DESCRIPTION:Sehr geehrte Frau Marín Ortega\,\n\nhiermit bestätigen wir Ihren Termin für das Auswahlgespräch als
+ Kurator*in für unseren Kunstraum in Madrid.\n\nGesprächspartner: Dr. Benedikt Aurich (Vorstand) und Sabine
+ Lorenz (Leitung Sammlung)\nOrt: Kunstraum Kerber\, Calle de Alcalá 94\, Madrid\n\nMit freundlichen Grüßen\nIhre
+ Personalabteilung\nStiftung Kerber
LOCATION:Kunstraum Kerber\, Calle de Alcalá 94\, Madrid
END:VEVENT
""", "-//softgarden//e-recruiting//DE", tz="Europe/Madrid"), "Stiftung Kerber", "Kurator*in Kunstraum Madrid",
        "", "Benedikt Aurich;Sabine Lorenz", "softgarden-de", "Kerber"))

    out.append(pos("workable-es-mx", cal(r"""
BEGIN:VEVENT
UID:workable-event-4b7e2d90c1@workable.com
DTSTAMP:20250311T200000Z
DTSTART;TZID=America/Mexico_City:20250318T120000
DTEND;TZID=America/Mexico_City:20250318T123000
SUMMARY:Galería Tezontle: llamada con Lucía Marín Ortega
ORGANIZER;CN=Galería Tezontle:mailto:tezontle@apply.workable.com
ATTENDEE;CN=Lucía Marín Ortega:mailto:lucia.marin.arte@gmail.com
ATTENDEE;CN=Valeria Arriaga:mailto:valeria@galeriatezontle.com
DESCRIPTION:Hola Lucía\, te agendamos una primera llamada de 30 minutos con Valeria Arriaga (Talento) para la vacante
+ de Coordinadora de Exposiciones y Ferias. Te marcará por WhatsApp al número de tu CV.\n\nGalería Tezontle\, Col.
+ San Rafael\, CDMX
LOCATION:Llamada / WhatsApp
END:VEVENT
""", "-//Workable//Workable//EN", tz="America/Mexico_City"), "Galería Tezontle",
        "Coordinadora de Exposiciones y Ferias", "recruiter_screen", "valeria@galeriatezontle.com",
        "workable-phone-mx", "Tezontle"))

    out.append(pos("icims-en", cal(r"""
BEGIN:VEVENT
UID:iCIMS-Interview-5529187-20250422@icims.com
DTSTAMP:20250414T163000Z
DTSTART;TZID=GMT Standard Time:20250422T110000
DTEND;TZID=GMT Standard Time:20250422T120000
SUMMARY:Interview Invitation: Assistant Curator\, Modern British Art (Job ID 2025-1184)
ORGANIZER;CN=Whitcombe Museum Careers:mailto:careers@whitcombe.org.uk
ATTENDEE;CN=Lucia Marin;RSVP=TRUE:mailto:lucia.marin.arte@gmail.com
ATTENDEE;CN="Holloway, Jane":mailto:j.holloway@whitcombe.org.uk
ATTENDEE;CN="Adeyemi, Tunde":mailto:t.adeyemi@whitcombe.org.uk
ATTENDEE;CN="Patel, Nisha (HR)":mailto:n.patel@whitcombe.org.uk
DESCRIPTION:Dear Lucia\,\n\nThank you for applying to the Whitcombe Museum. The panel will be Dr Jane Holloway
+ (Senior Curator)\, Tunde Adeyemi (Head of Interpretation) and Nisha Patel (HR Business Partner\, note-taker
+ only).\n\nYou will be asked to give a 10-minute presentation on an object from our collection of your
+ choice.\n\nThe interview will take place on Microsoft Teams.\n\nWhitcombe Museum\, Kensington\, London
LOCATION:Microsoft Teams Meeting
END:VEVENT
""", "-//iCIMS//iCIMS Talent Platform//EN", tz="GMT Standard Time"), "Whitcombe Museum",
        "Assistant Curator, Modern British Art", "", "j.holloway@whitcombe.org.uk;t.adeyemi@whitcombe.org.uk",
        "icims-panel-notetaker-en", "The Whitcombe Museum|Whitcombe|The Whitcombe"))

    out.append(pos("calendly-invitee-en", cal(r"""
BEGIN:VEVENT
UID:2f6e0d8c-b1a4-4c9e-8e30-7d1b5f2a9c44@calendly.com
DTSTAMP:20250305T121212Z
DTSTART:20250311T163000Z
DTEND:20250311T170000Z
SUMMARY:Lucía Marín Ortega and Tom Ashcroft
ORGANIZER;CN=Tom Ashcroft:mailto:tom@camberwellcontemporary.com
ATTENDEE;CN=Lucía Marín Ortega;PARTSTAT=ACCEPTED:mailto:lucia.marin.arte@gmail.com
DESCRIPTION:Event Name: Intro call - Exhibitions Coordinator\n\nLocation: This is a Google Meet web
+ conference.\nhttps://meet.google.com/zbr-ptmx-wuq\n\nA quick first chat about the Exhibitions Coordinator
+ position at Camberwell Contemporary (London SE5).\n\nNeed to make changes to this event?\nCancel:
+ https://calendly.com/cancellations/2f6e0d8c\nReschedule: https://calendly.com/reschedulings/2f6e0d8c\n\nPowered by
+ Calendly.com
LOCATION:https://meet.google.com/zbr-ptmx-wuq
END:VEVENT
""", "-//Calendly//Calendly//EN", method="PUBLISH"), "Camberwell Contemporary", "Exhibitions Coordinator",
        "recruiter_screen", "tom@camberwellcontemporary.com", "calendly-invitee-en"))

    out.append(pos("agency-en", cal(r"""
BEGIN:VEVENT
UID:arp-20250429-LMO-pemberton@artsrecruitpartners.co.uk
DTSTAMP:20250424T101500Z
DTSTART;TZID=(UTC+00:00) Dublin, Edinburgh, Lisbon, London:20250429T113000
DTEND;TZID=(UTC+00:00) Dublin, Edinburgh, Lisbon, London:20250429T123000
SUMMARY:Interview: Pemberton Art Advisory - Collections Manager (via ARP)
ORGANIZER;CN=Georgina Hale:mailto:georgina@artsrecruitpartners.co.uk
ATTENDEE;CN=Lucía Marín Ortega:mailto:lucia.marin.arte@gmail.com
ATTENDEE;CN=Rupert Pemberton:mailto:rupert@pembertonart.co.uk
ATTENDEE;CN=Alice Nguyen:mailto:alice.nguyen@pembertonart.co.uk
DESCRIPTION:Hi Lucía\,\n\nAs discussed\, here are the details for your interview with Pemberton Art Advisory for
+ the Collections Manager role (corporate & private collections). You will meet Rupert Pemberton (Founder) and
+ Alice Nguyen (Senior Registrar) on Teams.\n\nCall me after and let me know how it went!\n\nGeorgina Hale\nSenior
+ Consultant\, Arts Recruit Partners
LOCATION:Microsoft Teams
END:VEVENT
""", "Microsoft Exchange Server 2010", tz="(UTC+00:00) Dublin, Edinburgh, Lisbon, London"),
        "Pemberton Art Advisory", "Collections Manager", "",
        "rupert@pembertonart.co.uk;alice.nguyen@pembertonart.co.uk",
        "agency-names-employer-en", "Pemberton"))
    return out
