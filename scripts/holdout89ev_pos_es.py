"""holdout89: the user's own interviews, Spanish (Spain) invitations, part 1."""

from __future__ import annotations

from holdout89ev_ics import (
    PROD_APPLE,
    PROD_EXCHANGE,
    PROD_GOOGLE,
    PROD_MOZ,
    PROD_OUTLOOK,
    TZ_MADRID,
    TZ_ROMANCE,
    TZ_UTC01_ES,
    cal,
    ev,
    meet,
    teams,
    zoom,
)

G = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
GA = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE"
OL = "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"


def events() -> list[dict[str, str]]:
    out = []

    out.append(ev("google-direct", cal(PROD_GOOGLE, rf"""
BEGIN:VEVENT
DTSTART:20260114T090000Z
DTEND:20260114T100000Z
DTSTAMP:20260108T164211Z
ORGANIZER;CN=Andrés Lloret:mailto:andres.lloret@ortovida.es
UID:2k8v0q9m1c7s4h3t6r5j0n2b8d@google.com
{GA};CN=Andrés Lloret;X-NUM-GUESTS=0:mailto:andres.lloret@ortovida.es
{G};CN=lucia.fernandez.ortega@gmail.com;X-NUM-GUESTS=0:mailto:lucia.fernandez.ortega@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/qve-hxsn-wpa
CREATED:20260108T164209Z
DESCRIPTION:Hola Lucía\,\n\ncomo hablamos por teléfono\, te envío la convoca
 toria para la entrevista para el puesto de Jefa Nacional de Ventas. Seremos
  solo tú y yo\, una hora. Me gustaría que me contaras cómo has llevado las c
 uentas de traumatología en La Fe y el Clínico.\n\nUn saludo\,\nAndrés Lloret
 \nDirector Comercial · Ortovida\n\n{meet("es", "qve-hxsn-wpa", "482 991 307")}
LAST-MODIFIED:20260108T164210Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Lucía Fernández – Jefa Nacional de Ventas (Ortovida)
TRANSP:OPAQUE
END:VEVENT
"""), True, "Ortovida", "Jefa Nacional de Ventas", "hiring_manager", "andres.lloret@ortovida.es",
        "google-direct-es"))

    out.append(ev("outlook-sentby", cal(PROD_OUTLOOK, rf"""
{TZ_ROMANCE}
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260112T094512Z
DESCRIPTION:Estimada Lucía:\n\nTal y como le ha comentado Irene desde Perso
 nas\, le convocamos a la segunda entrevista del proceso de Gerente de Desarr
 ollo de Negocio Hospitalario. Estarán presentes Elena Sempere (Directora de
  Ventas) y Tomás Navarro (Director de Área Levante).\n\nLa reunión será en
  nuestras oficinas de Valencia (sala Júcar)\; si lo prefiere puede conectars
 e por Teams.\n\n{teams("es", "372 118 904 556", "b7QzE2")}
DTEND;TZID=Romance Standard Time:20260121T110000
DTSTAMP:20260112T094512Z
DTSTART;TZID=Romance Standard Time:20260121T100000
LAST-MODIFIED:20260112T094512Z
LOCATION:Sala Júcar (Valencia)\; Reunión de Microsoft Teams
ORGANIZER;CN="Sempere Ruiz, Elena";SENT-BY="mailto:asistente.direccion@alcazarfarma.com":mailto:elena.sempere@alca
 zarfarma.com
ATTENDEE;CN=lucia.fernandez.ortega@gmail.com;RSVP=TRUE:mailto:lucia.fernandez.ortega@gmail.com
ATTENDEE;CN="Navarro Gil, Tomás";RSVP=TRUE:mailto:tomas.navarro@alcazarfarma.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="Sala Júcar (Valencia) - 8 pers.";RSVP=TRUE:mailto:sala.jucar@alcazar
 farma.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:2ª entrevista - Gerente de Desarrollo de Negocio Hospitalario
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A0B3C2F1D683DC01000000000000000010000000E4F6A0B91C2D7E4A9B1F3C5D7E9A0B12
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Estimada Lucía:</p><p>Tal y como le ha comentado Irene desde Personas\
 , le convocamos a la segunda entrevista del proceso de <b>Gerente de Desarrollo de Negocio Hospitalario</b>.</p><
 /body></html>
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
"""), True, "Laboratorios Alcázar Farma", "Gerente de Desarrollo de Negocio Hospitalario", "",
        "elena.sempere@alcazarfarma.com;tomas.navarro@alcazarfarma.com", "outlook-sentby-room-es"))

    out.append(ev("phone-screen", cal(PROD_OUTLOOK, rf"""
{TZ_UTC01_ES}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Hola Lucía\,\n\nTe llamaré al 654 21 88 09 para una primera co
 nversación telefónica de unos 20-25 minutos sobre la posición de Delegada/o
  de Zona Levante (Ortoclinic). Revisaremos tu trayectoria\, expectativas sal
 ariales y disponibilidad.\n\nUn saludo\,\nNoelia Bravo\nTalent Acquisition |
  Ortoclinic Soluciones Ortopédicas\, S.L.
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20260119T163000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20260119T170000
DTSTAMP:20260115T120307Z
LOCATION:Llamada telefónica
ORGANIZER;CN="Bravo, Noelia":mailto:nbravo@ortoclinic.es
{OL};CN=Lucía Fernández Ortega:mailto:lucia.fernandez.ortega@gmail.com
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Llamada telefónica - preselección Ortoclinic
UID:040000008200E00074C5B7101A82E0080000000050C6D19A1086DC010000000000000000100000003B7A8C9D0E1F2A3B4C5D6E7F8091A2B3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
"""), True, "Ortoclinic", "Delegada/o de Zona Levante", "recruiter_screen", "nbravo@ortoclinic.es",
        "phone-screen-outlook-utczone-es"))

    out.append(ev("thunderbird", cal(PROD_MOZ, rf"""
{TZ_MADRID}
BEGIN:VEVENT
CREATED:20260120T181455Z
LAST-MODIFIED:20260120T181602Z
DTSTAMP:20260120T181602Z
UID:5f0d2e1a-77c4-4b0e-9a61-3c2e8d9b4a10
SUMMARY:Entrevista - Responsable Comercial Audiología
ORGANIZER;CN=Vicente Alapont:mailto:valapont@audiomedica.es
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Lucía Fernández:mailto:lucia.fernandez.ortega@gmail.com
ATTENDEE;RSVP=FALSE;PARTSTAT=ACCEPTED;ROLE=CHAIR;CN=Vicente Alapont:mailto:valapont@audiomedica.es
DTSTART;TZID=Europe/Madrid:20260127T183000
DTEND;TZID=Europe/Madrid:20260127T193000
LOCATION:Audiomédica\, C/ Colón 62\, 3º\, Valencia
DESCRIPTION:Lucía\, te espero el martes a las 18:30 en la oficina (después
  de cerrar los centros es cuando tengo tiempo). Trae si puedes algún dato de
  tus cifras en Medisur\, sin nombres de clientes.\n\nVicente
SEQUENCE:0
X-MOZ-GENERATION:2
END:VEVENT
"""), True, "Audiomédica", "Responsable Comercial Audiología", "", "valapont@audiomedica.es",
        "thunderbird-direct-es"))

    out.append(ev("ios-typed", cal(PROD_APPLE, r"""
BEGIN:VTIMEZONE
TZID:Europe/Madrid
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
DTSTART:19810329T020000
TZNAME:CEST
TZOFFSETTO:+0200
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
DTSTART:19961027T030000
TZNAME:CET
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
CREATED:20260122T071944Z
DTEND;TZID=Europe/Madrid:20260129T130000
DTSTAMP:20260122T072003Z
DTSTART;TZID=Europe/Madrid:20260129T113000
LAST-MODIFIED:20260122T072003Z
LOCATION:Ortoplus\nPolígono Fuente del Jarro\, C/ Ciudad de Sevilla 14\, 4
 6988 Paterna
SEQUENCE:0
SUMMARY:Entrevista Ortoplus 2ª ronda
TRANSP:OPAQUE
UID:8C1E4F7A-2B3D-4E5F-9A0B-C1D2E3F4A5B6
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Recordatorio
TRIGGER:-PT1H
UID:0A1B2C3D-4E5F-6A7B-8C9D-0E1F2A3B4C5D
X-WR-ALARMUID:0A1B2C3D-4E5F-6A7B-8C9D-0E1F2A3B4C5D
END:VALARM
END:VEVENT
""", method=None), True, "Ortoplus", "", "", "", "ios-typed-terse-es"))

    out.append(ev("typed-call", cal(PROD_GOOGLE, r"""
BEGIN:VEVENT
DTSTART:20260202T153000Z
DTEND:20260202T160000Z
DTSTAMP:20260130T201114Z
UID:7m3q1lfu9s2k0d8e5p4a6c9h1r@google.com
CREATED:20260130T201113Z
DESCRIPTION:con Begoña (talent)\, me llama ella
LAST-MODIFIED:20260130T201113Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamada RRHH Lab. Vinalopó
TRANSP:OPAQUE
END:VEVENT
""", method="PUBLISH"), True, "Laboratorios Vinalopó", "", "recruiter_screen", "begoña",
        "typed-call-terse-es"))

    out.append(ev("floating", cal("-//Proton AG//ProtonCalendar 1.0.0//EN", r"""
BEGIN:VEVENT
UID:Wq2b8T0vXy5nLk3R9hZc1A==@proton.me
DTSTAMP:20260203T090512Z
DTSTART:20260305T100000
DTEND:20260305T113000
SUMMARY:Entrevista presencial Quirúrgica Levante
LOCATION:Av. de Aragón 30\, planta 12\, Valencia
DESCRIPTION:Con Rafa Monzó (gerente) y alguien de RRHH. Preguntar por car
 tera de hospitales privados y coche de empresa.
END:VEVENT
""", method=None), True, "Quirúrgica Levante", "", "onsite", "rafa monzó", "floating-typed-es"))

    out.append(ev("allday", cal(PROD_GOOGLE, r"""
X-WR-CALNAME:Lucía
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260211
DTEND;VALUE=DATE:20260212
DTSTAMP:20260204T112233Z
UID:3b0a9f7c2d1e@google.com
CREATED:20260204T112230Z
DESCRIPTION:Jornada de entrevistas en Farmasalud (Alcobendas): 10h RRHH\,
  11h Dtor. Ventas\, 12:30 presentación plan 90 días\, comida con el equipo.
  AVE 7:10 desde Joaquín Sorolla\, vuelta 19:40.
LAST-MODIFIED:20260204T112230Z
LOCATION:Farmasalud\, Alcobendas (Madrid)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevistas Madrid – Farmasalud (todo el día)
TRANSP:TRANSPARENT
END:VEVENT
""", method="PUBLISH"), True, "Farmasalud", "", "onsite", "", "allday-onsite-typed-es"))

    out.append(ev("xwr-export", cal(PROD_GOOGLE, rf"""
X-WR-CALNAME:lucia.fernandez.ortega@gmail.com
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20260216T083000Z
DTEND:20260216T093000Z
DTSTAMP:20260210T070000Z
ORGANIZER;CN=Marisa Cuenca:mailto:marisa.cuenca@dispomed.es
UID:0o9n8m7l6k5j4h3g2f1d0s9a8p@google.com
{GA};CN=Lucía Fernández Ortega;X-NUM-GUESTS=0:mailto:lucia.fernandez.ortega@gmail.com
{GA};CN=Marisa Cuenca;X-NUM-GUESTS=0:mailto:marisa.cuenca@dispomed.es
{G};CN=Jaume Ribes;X-NUM-GUESTS=0:mailto:jaume.ribes@dispomed.es
CREATED:20260205T102011Z
DESCRIPTION:Entrevista para Gerente de Cuentas Clave (Sanidad Pública). Ja
 ume Ribes (Director General) se une a los últimos 30 minutos.\n\n{meet("es", "dxr-mkqa-tzu")}
LAST-MODIFIED:20260209T181500Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Dispomed · Entrevista Gerente de Cuentas Clave
TRANSP:OPAQUE
END:VEVENT
""", method="PUBLISH"), True, "Dispomed", "Gerente de Cuentas Clave (Sanidad Pública)", "",
        "marisa.cuenca@dispomed.es;jaume.ribes@dispomed.es", "xwr-timezone-export-es"))

    out.append(ev("zoom-direct", cal(PROD_GOOGLE, rf"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260223T170000
DTEND;TZID=Europe/Madrid:20260223T180000
DTSTAMP:20260217T150143Z
ORGANIZER;CN=Gonzalo Peiró:mailto:gpeiro@nefrocare.es
UID:6t5r4e3w2q1a0s9d8f7g6h5j4k@google.com
{G};CN=Lucía Fernández Ortega;X-NUM-GUESTS=0:mailto:lucia.fernandez.ortega@gmail.com
{GA};CN=Gonzalo Peiró;X-NUM-GUESTS=0:mailto:gpeiro@nefrocare.es
DESCRIPTION:Lucía\, buenas tardes:\n\nTe paso el enlace para la entrevista
  del lunes. Como te comenté\, el puesto de Responsable Nacional de Ventas re
 portaría directamente a mí.\n\n{zoom("es", "us06web", "842 1930 5567", "Nf3xQb91")}
LOCATION:https://us06web.zoom.us/j/84219305567?pwd=Nf3xQb91
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista por Zoom – Responsable Nacional de Ventas (Nefrocare)
TRANSP:OPAQUE
END:VEVENT
""").replace("VERSION:2.0", "VERSION:2.0\n" + TZ_MADRID), True, "Nefrocare", "Responsable Nacional de Ventas",
        "hiring_manager", "gpeiro@nefrocare.es", "zoom-direct-es"))

    out.append(ev("cancel", cal(PROD_OUTLOOK, rf"""
{TZ_ROMANCE}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Lucía\, lamentablemente tenemos que anular la entrevista del ju
 eves: la posición de KAM Cardiología ha quedado en suspenso por una reorga
 nización interna. Te escribiré en cuanto se reactive.\n\nDisculpa las molest
 ias.\nRaquel
DTEND;TZID=Romance Standard Time:20260226T130000
DTSTAMP:20260224T081744Z
DTSTART;TZID=Romance Standard Time:20260226T120000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Oltra, Raquel":mailto:raquel.oltra@cardiomed-iberia.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Lucía Fernández Ortega:mailto:lucia.fernandez.ortega@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Carbonell, Héctor":mailto:hector.carbonell@cardiomed-iberia.com
PRIORITY:1
SEQUENCE:2
STATUS:CANCELLED
SUMMARY;LANGUAGE=es-ES:Cancelada: Entrevista – KAM Cardiología Levante
UID:040000008200E00074C5B7101A82E00800000000F0A1B2C3D4E5DC0100000000000000001000000099AABBCCDDEEFF00112233445566778
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
""", method="CANCEL"), True, "Cardiomed Iberia", "KAM Cardiología Levante", "",
        "raquel.oltra@cardiomed-iberia.com;hector.carbonell@cardiomed-iberia.com", "cancelled-outlook-es"))

    out.append(ev("teams-case", cal(PROD_OUTLOOK, rf"""
{TZ_UTC01_ES}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Buenos días Lucía\,\n\nEn esta fase te pediremos que prepares u
 n caso práctico: plan de cuentas para los 10 principales hospitales de la C
 omunidad Valenciana (20 minutos de presentación + 25 de preguntas). Te envi
 aremos los datos del caso 48 horas antes.\n\nPanel: Íñigo Sáez (Director N
 acional de Ventas) y Carla Moya (Marketing de Producto). Yo solo haré la pr
 esentación inicial.\n\nSaludos\,\nPatricia Lozano\nSelección · Medicalia Sis
 temas\n\n{teams("es", "391 204 775 830", "Kp4sR8")}
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20260304T100000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20260304T110000
DTSTAMP:20260225T112000Z
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN="Lozano Bernal, Patricia":mailto:plozano@medicalia.es
{OL};CN=lucia.fernandez.ortega@gmail.com:mailto:lucia.fernandez.ortega@gmail.com
{OL};CN="Sáez Urrutia, Íñigo":mailto:isaez@medicalia.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Moya, Carla":mailto:cmoya@medicalia.es
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Entrevista técnica: caso práctico plan de cuentas
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC0100000000000000001000000012EF34AB56CD78EF90AB12CD34EF56AB
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
"""), True, "Medicalia Sistemas", "", "technical", "isaez@medicalia.es;cmoya@medicalia.es",
        "teams-case-study-coordinator-es"))

    out.append(ev("bookings", cal(PROD_EXCHANGE, rf"""
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Selección Respira Homecare:mailto:SeleccionRespira@respirahomecare.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Fernández Ortega:mailto:lucia.fernandez.ort
 ega@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Su reserva se ha confirmado.\n\nServicio: Entrev
 ista inicial - Responsable de Ventas Terapias Respiratorias\nPersonal: Móni
 ca Ferrer\nFecha: martes\, 10 de marzo de 2026 11:00 - 11:30 (UTC+01:00) Br
 uselas\, Copenhague\, Madrid\, París\n\nPuede administrar la reserva aquí: htt
 ps://outlook.office365.com/owa/calendar/SeleccionRespira@respirahomecare.es/b
 ookings/\n\n{teams("es", "318 550 662 094", "u9TyW3")}
UID:040000008200E00074C5B7101A82E0080000000077C8D9E0F1A2DC010000000000000000100000005A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D
SUMMARY;LANGUAGE=es-ES:Entrevista inicial - Responsable de Ventas Terapias Respiratorias
DTSTART;TZID=Romance Standard Time:20260310T110000
DTEND;TZID=Romance Standard Time:20260310T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260302T133512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
"""), True, "Respira Homecare", "Responsable de Ventas Terapias Respiratorias", "recruiter_screen",
        "mónica ferrer", "ms-bookings-es"))

    out.append(ev("sentby-final", cal(PROD_OUTLOOK, rf"""
{TZ_ROMANCE}
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260305T101010Z
DESCRIPTION:Sra. Fernández:\n\nPor indicación de D. Ramón Escrivá\, Direct
 or General de Laboratorios Turia Pharma\, le confirmo la entrevista final
  para la posición de Directora Comercial. Tendrá lugar en la sede de Quart
  de Poblet. A su llegada pregunte por mí en recepción.\n\nAtentamente\,\nAmpa
 ro Ruiz\nSecretaría de Dirección General
DTEND;TZID=Romance Standard Time:20260317T130000
DTSTAMP:20260305T101010Z
DTSTART;TZID=Romance Standard Time:20260317T120000
LOCATION:Laboratorios Turia Pharma - Dirección General (planta 2)\, Quart de Poblet
ORGANIZER;CN="Escrivá Mollá, Ramón";SENT-BY="mailto:aruiz@turiapharma.es":mailto:rescriva@turiapharma.es
{OL};CN="Fernández Ortega, Lucía":mailto:lucia.fernandez.ortega@gmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=Proyector portátil 2:mailto:proyector2@turiapharma.es
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Entrevista con D. Ramón Escrivá - Directora Comercial
UID:040000008200E00074C5B7101A82E00800000000D2E3F4A5B6C7DC0100000000000000001000000044BB55CC66DD77EE88FF990011AA22BB
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
"""), True, "Laboratorios Turia Pharma", "Directora Comercial", "final", "rescriva@turiapharma.es",
        "outlook-sentby-assistant-resource-es"))

    out.append(ev("exchange-final", cal(PROD_EXCHANGE, rf"""
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Martínez Soler, Inmaculada":mailto:imartinez@logisan.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Fernández Ortega:mailto:lucia.fernandez.ort
 ega@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gascó, Ferran":mailto:fgasco@logisan.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Peris Llorens, Amparo":mailto:aperis@logisan.es
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sala Consejo:mailto:salaconsejo@logisan.es
DESCRIPTION;LANGUAGE=es-ES:Hola Lucía\,\n\nÚltima fase del proceso de Dire
 ctor/a Comercial: reunión con el Comité de Dirección (Ferran Gascó\, CEO\;
  Amparo Peris\, CFO\; y yo misma). Puedes traer la presentación que compartis
 te con nosotros\, con las cifras actualizadas.\n\nInma
UID:040000008200E00074C5B7101A82E00800000000E3F4A5B6C7D8DC01000000000000000010000000CAFEBABE00112233445566778899AABB
SUMMARY;LANGUAGE=es-ES:Entrevista final con Comité de Dirección – Director/a Comercial
DTSTART;TZID=Romance Standard Time:20260324T163000
DTEND;TZID=Romance Standard Time:20260324T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260316T090912Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala Consejo - Logisan (Parque Tecnológico de Paterna)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
"""), True, "Logisan Software", "Director/a Comercial", "final",
        "imartinez@logisan.es;fgasco@logisan.es;aperis@logisan.es", "exchange-final-committee-es"))

    return out
