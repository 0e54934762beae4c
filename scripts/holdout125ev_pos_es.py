"""holdout125: the user's own interviews, Spanish institutions, direct invites (Outlook, Google, Apple, Thunderbird)."""

from __future__ import annotations

from holdout125ev_ics import Ev, cal, pos

OUTLOOK = "Microsoft Exchange Server 2010"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
APPLE = "-//Apple Inc.//iPhone OS 17.4.1//EN"
TBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


def events() -> list[Ev]:
    out: list[Ev] = []
    out.append(pos("outlook-sentby-es", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Sánchez Vidal, Carmen";SENT-BY="mailto:secretaria.direccion@fundacionarenal.org":mailto:carmen.sa
+nchez@fundacionarenal.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.marin.arte@gmail.com:mailto:lucia.marin.a
+rte@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Ibarra, Paloma":mailto:secretaria.direccion@fundac
+ionarenal.org
DESCRIPTION;LANGUAGE=es-ES:Estimada Lucía:\n\nTal como hablamos por teléfono, le confirmo la entrevista con Carmen
+ Sánchez Vidal, directora de Colecciones de la Fundación Colección Arenal, para la plaza de Conservador/a Jefe de
+ Colecciones.\n\nSerá en nuestra sede de la calle Fortuny. Pregunte en recepción por mí y la acompañaré al
+ despacho.\n\nUn saludo cordial,\nPaloma Ibarra\nSecretaría de Dirección\nFundación Colección Arenal\n
UID:040000008200E00074C5B7101A82E008000000009C6A3D1F4B8BDB01000000000000000010000000A1B2C3D4E5F607182930A4B5C6D7
SUMMARY;LANGUAGE=es-ES:Entrevista - Conservador/a Jefe de Colecciones
DTSTART;TZID=Romance Standard Time:20250311T103000
DTEND;TZID=Romance Standard Time:20250311T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T091512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Fundación Colección Arenal, C/ Fortuny 21, 28010 Madrid
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
""", OUTLOOK, tz="Romance Standard Time"), "Fundación Colección Arenal", "Conservador/a Jefe de Colecciones",
        "hiring_manager", "carmen.sanchez@fundacionarenal.org", "outlook-sentby-coordinator-es",
        "Colección Arenal|Fundación Arenal"))

    out.append(pos("outlook-room-es", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Sánchez Vidal, Carmen":mailto:carmen.sanchez@fundacionarenal.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="lucia.marin.arte@gmail.com":mailto:lucia.marin.a
+rte@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Olazábal Ruiz, Íñigo":mailto:iolazabal@fundacionarenal.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ferrer, Montserrat":mailto:mferrer@fundacionarenal.org
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Sala de Juntas 2ª planta":mailto:salajuntas2@fund
+acionarenal.org
DESCRIPTION;LANGUAGE=es-ES:Lucía\, buenos días:\n\nComo le anticipé\, la segunda fase consiste en la presentación
+ de un proyecto expositivo (20 minutos) sobre una selección de obras de nuestra colección\, seguida de preguntas
+ del comité: Íñigo Olazábal (director gerente)\, Montserrat Ferrer (patrona) y yo misma.\n\nDispondrá de
+ proyector y conexión HDMI.\n\nSaludos\,\nCarmen\n
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Lucía, buenos días:</p><p>Como le anticipé, la segunda fase consiste
+ en la <b>presentación de un proyecto expositivo</b> (20 minutos) sobre una selección de obras de nuestra
+ colección, seguida de preguntas del comité.</p><p>Saludos,<br>Carmen</p></body></html>
UID:040000008200E00074C5B7101A82E00800000000D0F1E2A34C95DB01000000000000000010000000FF00AA11BB22CC33DD44EE55FF667788
SUMMARY;LANGUAGE=es-ES:2ª fase: presentación de proyecto expositivo (Colección Arenal)
DTSTART;TZID=Romance Standard Time:20250325T160000
DTEND;TZID=Romance Standard Time:20250325T171500
DTSTAMP:20250317T120244Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=es-ES:Sala de Juntas 2ª planta
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
""", OUTLOOK, tz="Romance Standard Time"), "Fundación Colección Arenal", "", "technical",
        "carmen.sanchez@fundacionarenal.org;iolazabal@fundacionarenal.org;mferrer@fundacionarenal.org",
        "outlook-room-presentation-es"))

    out.append(pos("google-direct-es", cal(r"""
BEGIN:VEVENT
DTSTART:20250408T090000Z
DTEND:20250408T100000Z
DTSTAMP:20250401T174512Z
ORGANIZER;CN=Alfonso Ochoa:mailto:alfonso@ochoapardo.com
UID:5l2k9qv0d7h3m1n8p4r6s2t0u9@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Alfonso Ochoa;X-NUM-GUESTS=0:mai
+lto:alfonso@ochoapardo.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.marin.arte@gmail.com;X-
+NUM-GUESTS=0:mailto:lucia.marin.arte@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Begoña Pardo;X-NUM-GUESTS=0:mailt
+o:begona@ochoapardo.com
CREATED:20250401T174510Z
DESCRIPTION:Hola Lucía\, te esperamos en la galería para hablar del puesto de coordinación de exposiciones. Estaremos
+ Begoña y yo. Cualquier cosa\, mi móvil es el 654 22 19 80.\n\nAlfonso
LAST-MODIFIED:20250401T174512Z
LOCATION:Galería Ochoa Pardo\, Calle del Doctor Fourquet 14\, Madrid
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lucía Marín / Galería Ochoa Pardo - coordinación de exposiciones
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE), "Galería Ochoa Pardo", "coordinación de exposiciones", "",
        "alfonso@ochoapardo.com;begona@ochoapardo.com", "google-direct-gallery-es", "Ochoa Pardo"))

    out.append(pos("apple-freemail-founder-es", cal(r"""
BEGIN:VEVENT
CREATED:20250219T201133Z
DTEND;TZID=Europe/Madrid:20250224T133000
DTSTAMP:20250219T201206Z
DTSTART;TZID=Europe/Madrid:20250224T123000
LAST-MODIFIED:20250219T201206Z
ORGANIZER;CN=Nuria Sanz:mailto:nuriasanz.galeria@gmail.com
ATTENDEE;CN=Nuria Sanz;CUTYPE=INDIVIDUAL;EMAIL=nuriasanz.galeria@gmail.com;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:nu
+riasanz.galeria@gmail.com
ATTENDEE;CN=Lucía Marín;CUTYPE=INDIVIDUAL;EMAIL=lucia.marin.arte@gmail.com;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTIC
+IPANT;RSVP=TRUE:mailto:lucia.marin.arte@gmail.com
LOCATION:Café Comercial\, Glorieta de Bilbao 7\, Madrid
SEQUENCE:0
SUMMARY:Nuria / Lucía
DESCRIPTION:Para hablar con calma del puesto de coordinadora de exposiciones en la galería (Galería Nuria Sanz). Te
+ cuento cómo trabajamos y me cuentas tú. Besos\, N.
TRANSP:OPAQUE
UID:7C1E4D2B-93A8-4F6E-B2D1-0A8E55C3F914
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
""", APPLE, tz="Europe/Madrid"), "Galería Nuria Sanz", "coordinadora de exposiciones", "",
        "nuriasanz.galeria@gmail.com", "apple-freemail-gallerist-es", "Nuria Sanz"))

    out.append(pos("thunderbird-bilbao-es", cal(r"""
BEGIN:VEVENT
CREATED:20250428T081516Z
LAST-MODIFIED:20250428T081702Z
DTSTAMP:20250428T081702Z
UID:3a9f1c2e-5b7d-4e80-9a11-c4d2e6f70b38
SUMMARY:Entrevista personal - Técnica/o de Colecciones (Museo Ribera)
ORGANIZER;CN=Aitor Etxeberria:mailto:aetxeberria@museoribera.eus
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:lucia.marin.arte@gmail.com
ATTENDEE;RSVP=FALSE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Miren Goikoetxea:mailto:mgoikoetxea@museoribera.eus
ATTENDEE;RSVP=FALSE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Aitor Etxeberria:mailto:aetxeberria@museoribera.eus
DTSTART;TZID=Europe/Madrid:20250506T110000
DTEND;TZID=Europe/Madrid:20250506T123000
LOCATION:Museo Ribera\, Plaza del Museo 3\, Bilbao (entrada por administración)
DESCRIPTION:Egun on Lucía\,\n\nTe confirmamos la entrevista presencial en el museo. Incluye una visita a los almacenes
+ y una breve prueba de catalogación (ficha de inventario de una pieza de la colección).\n\nMiren Goikoetxea\,
+ jefa de Colecciones\nAitor Etxeberria\, Registro
SEQUENCE:0
X-MOZ-GENERATION:2
END:VEVENT
""", TBIRD, tz="Europe/Madrid"), "Museo Ribera", "Técnica/o de Colecciones", "onsite",
        "aetxeberria@museoribera.eus;mgoikoetxea@museoribera.eus", "thunderbird-onsite-es", "Museo Ribera Bilbao"))

    out.append(pos("outlook-utc-zone-name-bcn", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN=Jordi Serrat Puig:mailto:jserrat@lafarinera.cat
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Marín Ortega:mailto:lucia.marin.arte@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Clara Vives:mailto:cvives@lafarinera.cat
DESCRIPTION;LANGUAGE=es-ES:Hola Lucía\,\n\nPara la prueba práctica del puesto de Coordinador/a de Exposiciones te
+ enviaremos 24 horas antes un dossier con un caso (calendario de montaje y presupuesto de una itinerancia). Lo
+ comentaremos juntos en la llamada.\n\n________________________________________________________________________________
+\nReunión de Microsoft Teams\nÚnase desde el equipo\, la aplicación móvil o el dispositivo de sala\nHaga clic aquí
+ para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGQ2ZTk4@thread.v2/0>\nId. de
+ reunión: 384 112 907 551\nCódigo de acceso: q7Xb2K\nDescargar Teams | Unirse en la web\nMás información |
+ Opciones de reunión\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000020B7C44E5196DB01000000000000000010000000772C1E09A4D3B848B1E0C9F1A6D25E01
SUMMARY;LANGUAGE=es-ES:Prueba práctica - Coordinador/a de Exposiciones | Centre d'Art La Farinera
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250514T100000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250514T111500
CLASS:PUBLIC
DTSTAMP:20250507T153301Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGQ2ZTk4@thread.v2/0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:jserrat@lafarinera.cat\;gruu\;opaque=app:conf:focus:id:384112907551
END:VEVENT
""", OUTLOOK, tz="(UTC+01:00) Bruselas, Copenhague, Madrid, París"), "Centre d'Art La Farinera",
        "Coordinador/a de Exposiciones", "technical", "jserrat@lafarinera.cat;cvives@lafarinera.cat",
        "outlook-teams-utc-zone-es", "La Farinera"))

    out.append(pos("hand-floating-es", cal(r"""
BEGIN:VEVENT
UID:A0B3C9E1-22F4-4C1B-8D77-5E6F0A1B2C3D
DTSTAMP:20250402T212040Z
DTSTART:20250410T170000
DTEND:20250410T180000
SUMMARY:2ª entrevista Velarde
LOCATION:C/ Lagasca 88
DESCRIPTION:llevar portfolio + catálogo Maruja. Preguntar por Rocío
END:VEVENT
""", APPLE, method=None), "Subastas Velarde", "", "", "", "hand-typed-floating-es", "Velarde"))

    out.append(pos("google-meet-es-mx", cal(r"""
BEGIN:VEVENT
DTSTART:20250415T160000Z
DTEND:20250415T170000Z
DTSTAMP:20250409T220113Z
ORGANIZER;CN=Recursos Humanos Museo Xólotl:mailto:rh@museoxolotl.mx
UID:0q8j3c7d6e5f4g3h2i1jklmn0p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.marin.arte@gmail.com;X-
+NUM-GUESTS=0:mailto:lucia.marin.arte@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Fernanda Ríos Tapia;X-NUM-GUESTS=0
+:mailto:fernanda.rios@museoxolotl.mx
X-GOOGLE-CONFERENCE:https://meet.google.com/kxq-ptwb-ose
DESCRIPTION:Estimada Lucía:\n\nGracias por tu interés en la vacante de Curadora en Jefe. Te agendamos una primera
+ entrevista por videollamada con Fernanda Ríos\, de Recursos Humanos\, para conocer tu trayectoria y
+ expectativas.\n\nLa hora está en horario de la Ciudad de México (10:00 h).\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~
+:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚnete con Google Meet: https://meet.google.com/
+kxq-ptwb-ose\n\nO llama al: (MX) +52 55 8421 0193 PIN: 617 204 118#\n\nMás números de teléfono:
+ https://tel.meet/kxq-ptwb-ose?pin=7142339841\n\nMás información sobre Meet: https://support.google.com/a/users/
+answer/9282720\n\nNo edites esta sección de la descripción.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
+:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista inicial - Curadora en Jefe | Museo Xólotl
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, head="X-WR-TIMEZONE:America/Mexico_City\nX-WR-CALNAME:Museo Xólotl"), "Museo Xólotl",
        "Curadora en Jefe", "recruiter_screen", "fernanda.rios@museoxolotl.mx", "google-meet-xwr-tz-mx", "Xólotl"))

    out.append(pos("google-final-mx", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20250507T090000
DTEND;TZID=America/Mexico_City:20250507T103000
DTSTAMP:20250428T150031Z
ORGANIZER;CN=Fernanda Ríos Tapia:mailto:fernanda.rios@museoxolotl.mx
UID:3r7t1y9u8i2o4p6a5s3d0fghjk@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.marin.arte@gmail.com;X-
+NUM-GUESTS=0:mailto:lucia.marin.arte@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mtro. Emilio Zavala Cuevas;X-NUM-GU
+ESTS=0:mailto:direccion@museoxolotl.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dra. Itzel Monroy;X-NUM-GUESTS=0:
+mailto:imonroy@museoxolotl.mx
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Fernanda Ríos Tapia;X-NUM-GUESTS=0
+:mailto:fernanda.rios@museoxolotl.mx
DESCRIPTION:Lucía\, te compartimos la liga para la entrevista final con el Director General\, Mtro. Emilio Zavala\,
+ y la Subdirectora de Curaduría\, Dra. Itzel Monroy. Yo solo estaré para apoyar con la conexión.\n\nÚnete con
+ Google Meet: https://meet.google.com/ubm-rrqa-hzt
LOCATION:https://meet.google.com/ubm-rrqa-hzt
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista final con Dirección General - Museo Xólotl
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, tz="America/Mexico_City"), "Museo Xólotl", "", "final",
        "direccion@museoxolotl.mx;imonroy@museoxolotl.mx", "google-final-coordinator-mx"))

    out.append(pos("zoom-rescheduled-mx", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Central Standard Time (Mexico):20250422T113000
DTEND;TZID=Central Standard Time (Mexico):20250422T123000
DTSTAMP:20250416T001944Z
ORGANIZER;CN="Leyva, Ximena":mailto:xleyva@fundacionleyva.org.mx
UID:040000008200E00074C5B7101A82E00800000000B2D5A0C61D9FDB010000000000000000100000003E1D6A7B8C9D0E1F2A3B4C5D6E7F8091
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Marín:mailto:lucia.marin.arte@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Cárdenas, Rodrigo":mailto:rcardenas@fundacionleyva.org.mx
SUMMARY;LANGUAGE=es-MX:Reprogramada: Entrevista Coordinación de Exposiciones - Fundación Amparo Leyva
DESCRIPTION;LANGUAGE=es-MX:Hola Lucía\, movimos la entrevista al martes 22 a la misma hora por un viaje de
+ Rodrigo. Te pedimos una disculpa.\n\nXimena Leyva\nDirección de Exposiciones\n\nÚnase a la reunión Zoom\n
+https://fundacionleyva.zoom.us/j/84410293377?pwd=UzVhSXlGbDNqR0tR\n\nID de reunión: 844 1029 3377\nCódigo de acce
+so: 512094\n\nMóvil con un toque\n+525554237333\,\,84410293377#\,\,\,\,*512094# México
LOCATION;LANGUAGE=es-MX:https://fundacionleyva.zoom.us/j/84410293377?pwd=UzVhSXlGbDNqR0tR
SEQUENCE:2
STATUS:CONFIRMED
X-MICROSOFT-CDO-APPT-SEQUENCE:2
END:VEVENT
""", OUTLOOK, tz="Central Standard Time (Mexico)"), "Fundación Amparo Leyva", "Coordinación de Exposiciones", "",
        "xleyva@fundacionleyva.org.mx;rcardenas@fundacionleyva.org.mx", "zoom-rescheduled-mx", "Fundación Leyva"))

    out.append(pos("hand-phone-es", cal(r"""
BEGIN:VEVENT
UID:20250227T182233Z-lucia-4471@ical.marin
DTSTAMP:20250227T182233Z
DTSTART;TZID=Europe/Madrid:20250305T134500
DTEND;TZID=Europe/Madrid:20250305T141500
SUMMARY:llamada RRHH Salvatierra (screening)
DESCRIPTION:Me llama Elena Gómez de RRHH al móvil. Puesto: Coordinadora de Colecciones. Tener a mano pretensión
+ salarial
END:VEVENT
""", APPLE, method=None, tz="Europe/Madrid"), "Fundación Marqués de Salvatierra", "Coordinadora de Colecciones",
        "recruiter_screen", "Elena Gómez", "hand-typed-phone-screen-es", "Fundación Salvatierra|Salvatierra"))

    out.append(pos("allday-onsite-es", cal(r"""
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250402
DTEND;VALUE=DATE:20250403
DTSTAMP:20250320T101010Z
UID:jornada-seleccion-2025-04-02-lmarin@fundacionsalvatierra.es
ORGANIZER;CN=Elena Gómez (RRHH):mailto:rrhh@fundacionsalvatierra.es
ATTENDEE;CN=Lucía Marín Ortega;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.marin.arte@gmail.com
SUMMARY:Jornada de selección presencial - Fundación Marqués de Salvatierra
DESCRIPTION:Buenos días Lucía:\n\nLe convocamos a la jornada de selección para el puesto de Coordinador/a de
+ Colecciones.\n\n9:30 Recepción (Elena Gómez\, RRHH)\n10:00 Entrevista con la Directora de Patrimonio\, Dña.
+ Inmaculada Roldán\n11:30 Prueba práctica en la sala de reserva\n13:00 Entrevista con el Director General\, D.
+ Fernando Quirós\n\nLugar: Palacio de Salvatierra\, Calle de San Bernardo 52\, Madrid.\n\nAtentamente\,\nDpto.
+ de Recursos Humanos
LOCATION:Palacio de Salvatierra\, C/ San Bernardo 52\, Madrid
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
""", "-//Fundacion Salvatierra//Agenda RRHH 1.0//ES"), "Fundación Marqués de Salvatierra",
        "Coordinador/a de Colecciones", "onsite", "Inmaculada Roldán;Fernando Quirós", "all-day-onsite-es"))

    out.append(pos("outlook-cancelled-es", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Urquijo Lasa, Ane":mailto:ane.urquijo@bag.eus
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.marin.arte@gmail.com:mailto:lucia.marin.a
+rte@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Lucía\, lamentablemente tenemos que anular la entrevista del jueves por la huelga de
+ transporte. Te propondremos otra fecha esta misma semana.\nAne
UID:040000008200E00074C5B7101A82E0080000000011A2B3C4D5E6DB0100000000000000001000000054C0FFEE11223344556677889900AABB
SUMMARY;LANGUAGE=es-ES:Cancelada: Entrevista Coordinador/a de exposiciones - BAG Bilbao Arte Garaikidea
DTSTART;TZID=Romance Standard Time:20250417T100000
DTEND;TZID=Romance Standard Time:20250417T110000
DTSTAMP:20250414T073012Z
STATUS:CANCELLED
SEQUENCE:1
PRIORITY:1
LOCATION;LANGUAGE=es-ES:BAG\, Muelle de Uribitarte 4\, Bilbao
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
""", OUTLOOK, method="CANCEL", tz="Romance Standard Time"), "Bilbao Arte Garaikidea",
        "Coordinador/a de exposiciones", "", "ane.urquijo@bag.eus", "outlook-method-cancel-es", "BAG"))

    out.append(pos("bookings-es", cal(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000003E99F2AB77A2DB01000000000000000010000000C0B1A2938475665748392A1B0C0D0E0F
SUMMARY;LANGUAGE=es-ES:Entrevistas BAG - Lucía Marín Ortega
DESCRIPTION;LANGUAGE=es-ES:Se ha reservado su cita con BAG Bilbao Arte Garaikidea - Entrevistas.\n\nServicio:
+ Entrevista de selección (60 min)\nPersonal: Ane Urquijo Lasa\n\nSi necesita realizar algún cambio en la cita\,
+ use el vínculo Administrar reserva.\n\nUnirse a la reunión de Microsoft Teams:
+ https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yjk1MzEx@thread.v2/0\n\nCon tecnología de Microsoft
+ Bookings
DTSTART;TZID=Romance Standard Time:20250424T120000
DTEND;TZID=Romance Standard Time:20250424T130000
DTSTAMP:20250415T091144Z
ORGANIZER;CN="BAG Bilbao Arte Garaikidea - Entrevistas":mailto:Entrevistas@bag.eus
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Marín Ortega:mailto:lucia.marin.arte@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ane Urquijo Lasa:mailto:ane.urquijo@bag.eus
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", OUTLOOK, tz="Romance Standard Time"), "Bilbao Arte Garaikidea", "", "", "ane.urquijo@bag.eus",
        "ms-bookings-es"))

    out.append(pos("tribunal-oposicion-es", cal(r"""
BEGIN:VEVENT
UID:convocatoria-CM-2025-017-fase2-00418@madrid.es
DTSTAMP:20250509T080000Z
DTSTART;TZID=Europe/Madrid:20250603T093000
DTEND;TZID=Europe/Madrid:20250603T101500
ORGANIZER;CN=Tribunal Calificador - Conservador/a de Museos:mailto:seleccionpersonal@madrid.es
ATTENDEE;CN="MARIN ORTEGA, LUCIA";PARTSTAT=NEEDS-ACTION:mailto:lucia.marin.arte@gmail.com
SUMMARY:Convocatoria lectura y exposición oral ante el Tribunal - Conservador/a de Museos (Ayto. de Madrid)
DESCRIPTION:AYUNTAMIENTO DE MADRID - Área de Cultura\nProceso selectivo: Conservador/a de Museos\, turno libre
+ (BOAM 9.812).\nSegundo ejercicio: exposición oral del tema y del supuesto práctico ante el Tribunal
+ Calificador\, que podrá dialogar con la aspirante durante 15 minutos.\n\nAspirante: MARÍN ORTEGA\, LUCÍA - DNI
+ ***4571**\nLlamamiento: 09:30 h. Deberá presentarse con DNI original.
LOCATION:Centro Cultural Conde Duque\, Sala de Conferencias\, C/ Conde Duque 9-11\, Madrid
STATUS:CONFIRMED
END:VEVENT
""", "-//Ayuntamiento de Madrid//Seleccion de Personal//ES", tz="Europe/Madrid"), "Ayuntamiento de Madrid",
        "Conservador/a de Museos", "technical", "", "oposicion-tribunal-es", "Ayto. de Madrid"))
    return out
