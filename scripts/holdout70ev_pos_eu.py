"""holdout70: the user's own interviews with employers in Spain, France and Germany (ES-ES, FR, DE/EN)."""

from __future__ import annotations

from holdout70ev_ics import cal, item

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"


def events() -> list[dict[str, str]]:
    out = []

    uid = "personio-interview-58213-7c4e0a9b@personio.de"
    out.append(item("personio-es", cal("-//Personio GmbH//Personio Recruiting//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250217T091544Z
        DTSTART;TZID=Europe/Madrid:20250224T170000
        DTEND;TZID=Europe/Madrid:20250224T180000
        SUMMARY:Entrevista: Brand Manager Exportación LATAM - Conservas Mar de Vigo
        ORGANIZER;CN=Conservas Mar de Vigo:mailto:noreply@personio.de
        ATTENDEE;CN=Iria Otero;ROLE=REQ-PARTICIPANT:mailto:iria.otero@conservasmardevigo.es
        ATTENDEE;CN=Xosé Barreiro;ROLE=REQ-PARTICIPANT:mailto:xose.barreiro@conservasmardevigo.es
        ATTENDEE;CN=Mariana Gutiérrez Salas;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mariana.gtz.salas@hotmail.com
        LOCATION:Google Meet: https://meet.google.com/kyh-dsbe-tmo
        DESCRIPTION:Hola Mariana:\n\n¡Gracias por tu candidatura! Nos encantaría conocerte en una entrevista para
        | el puesto Brand Manager Exportación LATAM.\n\nFecha: lunes\, 24 de febrero de 2025\nHora: 17:00 - 18:00 (
        |hora de Madrid) - 10:00 en Ciudad de México\nParticipantes: Iria Otero (Personas y Cultura) y Xosé Barreiro
        | (Director de Exportación)\n\nUn saludo\,\nEquipo de Personas - Conservas Mar de Vigo\n\nEnviado con Person
        |io
        STATUS:CONFIRMED
        END:VEVENT
        """, tzs=("madrid",)), uid, True, "Conservas Mar de Vigo", "Brand Manager Exportación LATAM", "",
        "iria.otero@conservasmardevigo.es;xose.barreiro@conservasmardevigo.es", "personio-es-es"))

    uid = "tt-interview-1f8b3e6a-0d74-4c92-85aa-e3c9b17d206f@teamtailor.com"
    out.append(item("teamtailor-screen-es", cal("-//Teamtailor//Teamtailor Calendar//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250219T120355Z
        DTSTART:20250225T163000Z
        DTEND:20250225T170000Z
        SUMMARY:Videoentrevista con Bodegas Altozano
        ORGANIZER;CN=Lucía Maroto:mailto:lucia.maroto@bodegasaltozano.com
        ATTENDEE;CN=Lucía Maroto;PARTSTAT=ACCEPTED:mailto:lucia.maroto@bodegasaltozano.com
        ATTENDEE;CN=Mariana Gutiérrez Salas;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mariana.gtz.salas@hotmail.com
        LOCATION:https://app.teamtailor.com/meetings/altozano-9Qk2
        DESCRIPTION:¡Hola\, Mariana!\n\nTe confirmamos la videoentrevista para el puesto de Brand Manager Mercados
        | Latinoamericanos. Será una primera toma de contacto de 30 minutos con Lucía Maroto\, Talent Acquisition.
        |\n\nÚnete desde este enlace: https://app.teamtailor.com/meetings/altozano-9Qk2\n\nBodegas Altozano · La Ri
        |oja\nEnviado con Teamtailor
        STATUS:CONFIRMED
        END:VEVENT
        """), uid, True, "Bodegas Altozano", "Brand Manager Mercados Latinoamericanos", "recruiter_screen",
        "lucia.maroto@bodegasaltozano.com", "teamtailor-utc-es-es"))

    uid = "SF-ISCH-20250410-902218-GAD@successfactors.eu"
    out.append(item("successfactors-final-madrid-es", cal("-//SAP SuccessFactors//Interview Scheduling//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250402T081207Z
        DTSTART;TZID=Europe/Madrid:20250410T100000
        DTEND;TZID=Europe/Madrid:20250410T130000
        SUMMARY:Entrevista final - Category Manager Iberia (Req. 90221)
        ORGANIZER;CN=Grupo Alimentario Duero - Selección:mailto:noreply@successfactors.eu
        ATTENDEE;CN=Mariana Gutiérrez Salas;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mariana.gtz.salas@hotmail.com
        ATTENDEE;CN=Beatriz Arranz;PARTSTAT=ACCEPTED:mailto:beatriz.arranz@grupoduero.es
        ATTENDEE;CN=Javier Olmedo;PARTSTAT=ACCEPTED:mailto:javier.olmedo@grupoduero.es
        ATTENDEE;CN=Elena Cuesta;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:elena.cuesta@grupoduero.es
        ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Sala Ribera 4ª planta:mailto:sala.ribera@grupoduero.es
        LOCATION:Grupo Alimentario Duero\, Paseo de la Castellana 141\, 4ª planta\, 28046 Madrid
        DESCRIPTION:Estimada Mariana:\n\nNos complace invitarte a la entrevista final presencial para el puesto Ca
        |tegory Manager Iberia.\n\nEntrevistadores: Beatriz Arranz (Directora de Marketing) y Javier Olmedo (Direct
        |or General Comercial)\nAcogida: Elena Cuesta (Selección) te recibirá en recepción y te acompañará a la Sala
        | Ribera.\n\nRecuerda traer tu DNI o pasaporte.\n\nGrupo Alimentario Duero
        STATUS:CONFIRMED
        END:VEVENT
        """, tzs=("madrid",)), uid, True, "Grupo Alimentario Duero", "Category Manager Iberia", "final",
        "beatriz.arranz@grupoduero.es;javier.olmedo@grupoduero.es", "successfactors-final-room-es-es"))

    uid = "workable-ev-a90d47e1b35c2f68@workable.com"
    out.append(item("workable-hm-barcelona-es", cal("-//Workable//Workable Calendar//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250303T104412Z
        DTSTART;TZID=Europe/Madrid:20250306T170000
        DTEND;TZID=Europe/Madrid:20250306T174500
        SUMMARY:Entrevista por vídeo: Brand Manager LATAM - Lumina Beauty Labs
        ORGANIZER;CN=Lumina Beauty Labs:mailto:noreply@workablemail.com
        ATTENDEE;CN=Marta Puig;ROLE=REQ-PARTICIPANT:mailto:marta.puig@luminabeautylabs.com
        ATTENDEE;CN=Mariana Gutiérrez Salas;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mariana.gtz.salas@hotmail.com
        LOCATION:Video (Workable)
        DESCRIPTION:Hola Mariana\,\n\nMarta Puig (Head of Marketing) te ha invitado a una entrevista por vídeo par
        |a el puesto Brand Manager LATAM. Marta será tu responsable directa si te incorporas.\n\nCuándo: jueves\, 6
        | de marzo\, 17:00 - 17:45 (CET)\nEnlace: https://app.workable.com/video/j/L4mB9x\n\nPowered by Workable
        END:VEVENT
        """, tzs=("madrid",)), uid, True, "Lumina Beauty Labs", "Brand Manager LATAM", "hiring_manager",
        "marta.puig@luminabeautylabs.com", "workable-es-es"))

    uid = "tt-interview-7c2a91f0-b4e8-4d63-9a15-58e0d3c7f2b1@teamtailor.com"
    out.append(item("teamtailor-final-ceo-es", cal("-//Teamtailor//Teamtailor Calendar//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250404T143018Z
        DTSTART:20250409T160000Z
        DTEND:20250409T164500Z
        SUMMARY:Entrevista final con nuestro CEO - Vitalia
        ORGANIZER;CN=Carmen Ledesma:mailto:carmen.ledesma@vitalianutricion.es
        ATTENDEE;CN=Íñigo Zubiri;PARTSTAT=ACCEPTED:mailto:inigo.zubiri@vitalianutricion.es
        ATTENDEE;CN=Mariana Gutiérrez Salas;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mariana.gtz.salas@hotmail.com
        ATTENDEE;CN=Carmen Ledesma;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:carmen.ledesma@vitalianutricion.es
        LOCATION:https://app.teamtailor.com/meetings/vitalia-Xr71
        DESCRIPTION:¡Hola Mariana! Enhorabuena\, has llegado a la última fase para Responsable de Marca (Madrid).
        | Charlarás 45 minutos con Íñigo Zubiri\, CEO y cofundador de Vitalia Nutrición. Yo me conecto solo al prin
        |cipio para presentaros.\n\nCarmen Ledesma · People\n\nEnviado con Teamtailor
        STATUS:CONFIRMED
        END:VEVENT
        """), uid, True, "Vitalia Nutrición", "Responsable de Marca", "final", "inigo.zubiri@vitalianutricion.es",
        "teamtailor-final-ceo-es-es"))

    uid = "1qv6b3rk9e0m2sdnt8hoj4lc7a@google.com"
    out.append(item("google-founder-gmail-es", cal(GOOGLE, rf"""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20250328T180000
        DTEND;TZID=Europe/Madrid:20250328T184500
        DTSTAMP:20250324T201101Z
        ORGANIZER;CN=Pau Ferrer:mailto:pauferrer.roaster@gmail.com
        UID:{uid}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Pau Ferrer;X-NUM-GUESTS=0:ma
        |ilto:pauferrer.roaster@gmail.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mariana.gtz.salas@hotmai
        |l.com;X-NUM-GUESTS=0:mailto:mariana.gtz.salas@hotmail.com
        CREATED:20250324T201058Z
        DESCRIPTION:Hola Mariana! Como te dije por mail\, en Nómada Coffee Roasters buscamos a alguien que se haga
        | cargo de la marca (retail + cafeterías + e-commerce) y tu perfil encaja mucho. Te cuento el proyecto y t
        |ú me cuentas lo tuyo. A las 18h de Valencia son las 11h en CDMX\, ¿verdad?\n\nPau\n\n@@MEET_ES:uwr-tkfb-e
        |zq|904 118 273@@
        LAST-MODIFIED:20250324T201101Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Mariana / Pau - charla responsable de marca
        TRANSP:OPAQUE
        END:VEVENT
        """, tzs=("madrid",)), uid, True, "Nómada Coffee Roasters", "responsable de marca", "",
        "pauferrer.roaster@gmail.com", "founder-freemail-company-in-body-es-es"))

    uid = ("040000008200E00074C5B7101A82E00800000000A6F10C3D2B93DB01000000000000000010000000"
           "1D8C5E2A7F04B9419A3E6C0D8B15F2E7")
    out.append(item("outlook-fr-regional-director", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Bonjour Mariana\,\n\nJe vous confirme votre entretien avec Camille Roussel\, Directrice Marketi
        |ng Amériques\, pour le poste de Chef de groupe marketing Skincare - Mexique. L'entretien se déroulera en an
        |glais ou en espagnol\, à votre convenance.\n\nBien cordialement\,\nAurélie Masson\nAssistante de Direction
        | Marketing Amériques - Maison Clairval\n\n@@TEAMS_FR:312 774 098 265|Vc3Hj8|ZjM5YWUy@@
        DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20250321T174500
        DTSTAMP:20250314T101533Z
        DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20250321T170000
        LOCATION:Réunion Microsoft Teams
        ORGANIZER;CN="Roussel, Camille";SENT-BY="mailto:aurelie.masson@clairval.fr":mailto:camille.roussel@clairval.fr
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mariana.gtz.salas@hotmail.com:mailto:mari
        |ana.gtz.salas@hotmail.com
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=fr-FR:Entretien Mariana Gutiérrez Salas / Camille Roussel - Chef de groupe Skincare Mexique
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, tzs=("paris_utc_fr",)), uid, True, "Maison Clairval", "Chef de groupe marketing Skincare - Mexique", "",
        "camille.roussel@clairval.fr", "outlook-sent-by-fr"))

    uid = "softgarden-appointment-4471906-kraeuterhaus@softgarden.io"
    out.append(item("softgarden-de-en", cal("-//softgarden e-recruiting GmbH//softgarden//DE", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250305T083011Z
        DTSTART;TZID=Europe/Berlin:20250312T160000
        DTEND;TZID=Europe/Berlin:20250312T164500
        SUMMARY:Vorstellungsgespräch / Interview: Brand Manager Iberia & LatAm (m/w/d) - Kräuterhaus Naturkosmetik
        ORGANIZER;CN=Kräuterhaus Naturkosmetik GmbH:mailto:jobs@kraeuterhaus-naturkosmetik.de
        ATTENDEE;CN=Katrin Vogel;ROLE=REQ-PARTICIPANT:mailto:katrin.vogel@kraeuterhaus-naturkosmetik.de
        ATTENDEE;CN=Mariana Gutiérrez Salas;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mariana.gtz.salas@hotmail.com
        LOCATION:Microsoft Teams (Link folgt / link to follow)
        DESCRIPTION:Hallo Frau Gutiérrez Salas\,\n\nvielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem e
        |rsten Kennenlerngespräch ein.\n\nDear Ms Gutiérrez Salas\, thank you for your application. We are happy to
        | invite you to a first get-to-know interview (in English).\n\nGesprächspartnerin / Interviewer: Katrin Vog
        |el\, HR Business Partner\nDauer / Duration: 45 Min.\n\nMit freundlichen Grüßen / Kind regards\nKräuterhaus N
        |aturkosmetik GmbH\n\nDiese Einladung wurde mit softgarden versendet.
        STATUS:CONFIRMED
        END:VEVENT
        """, tzs=("berlin",)), uid, True, "Kräuterhaus Naturkosmetik", "Brand Manager Iberia & LatAm (m/w/d)",
        "recruiter_screen", "katrin.vogel@kraeuterhaus-naturkosmetik.de", "softgarden-bilingual-de-en"))

    uid = ("040000008200E00074C5B7101A82E00800000000C8E3A0D15F9CDB01000000000000000010000000"
           "B7D24E9F0A3C81468E5F2B1D0C9A7E36")
    out.append(item("outlook-practical-spain-es", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Buenas tardes\, Mariana:\n\nTal y como hablamos\, te convocamos a la prueba práctica del proceso
        | de Brand Manager México: nos presentarás en 20 minutos tu plan de lanzamiento del aceite de oliva virgen
        | extra en autoservicios mexicanos. Estarán Manuel Cabrera (Director de Exportación) y Sonia Galindo (Respon
        |sable de Marketing).\n\nUn saludo\,\nRosario Peña - RR. HH.\nAceites Olivar de Jaén\n\n@@TEAMS_ES:341 902 7
        |15 388|Hn5pXa|MDk4YzE0@@
        DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250403T190000
        DTSTAMP:20250327T121150Z
        DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250403T180000
        LOCATION:Reunión de Microsoft Teams
        ORGANIZER;CN="Peña Robles, Rosario":mailto:rrhh@olivardejaen.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Cabrera, Manuel":mailto:mcabrera@olivarde
        |jaen.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Galindo, Sonia":mailto:sgalindo@olivardeja
        |en.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mariana Gutiérrez Salas:mailto:mariana.gtz.
        |salas@hotmail.com
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-ES:Prueba práctica - Brand Manager México (Mariana Gutiérrez)
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, tzs=("madrid_utc_es",)), uid, True, "Aceites Olivar de Jaén", "Brand Manager México", "technical",
        "mcabrera@olivardejaen.es;sgalindo@olivardejaen.es", "outlook-utc-zone-practical-es-es"))

    uid = ("040000008200E00074C5B7101A82E008000000007F2C9B0E4D88DB01000000000000000010000000"
           "E9A05C3B1F7D24B8A6C0E1D9F3B72A15")
    out.append(item("bookings-screen-es", cal(EXCHANGE, rf"""
        BEGIN:VEVENT
        ORGANIZER;CN=Frescura Natural - Selección:mailto:Seleccion@frescuranatural.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mariana Gutiérrez Salas:mailto:mariana.gt
        |z.salas@hotmail.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Nuria Sanz:mailto:nuria.sanz@frescuranatural.es
        DESCRIPTION;LANGUAGE=es-ES:Tu reserva está confirmada.\n\nServicio: Entrevista inicial (30 min) - Trade Mark
        |eting Manager\nPersonal: Nuria Sanz\nCliente: Mariana Gutiérrez Salas\nTeléfono: +52 55 4182 9033\n\nTe ll
        |amaremos por teléfono a la hora indicada.\n\n¿Necesitas hacer cambios? Administra tu reserva: https://outlo
        |ok.office365.com/owa/calendar/Seleccion@frescuranatural.es/bookings/
        SUMMARY;LANGUAGE=es-ES:Entrevista inicial (30 min) - Trade Marketing Manager
        DTSTART;TZID=Romance Standard Time:20250318T163000
        DTEND;TZID=Romance Standard Time:20250318T170000
        UID:{uid}
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20250314T094522Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Llamada telefónica
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        """, tzs=("madrid_win",)), uid, True, "Frescura Natural", "Trade Marketing Manager", "recruiter_screen",
        "nuria.sanz@frescuranatural.es", "ms-bookings-phone-es-es"))

    return out
