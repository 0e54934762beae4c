# ruff: noqa: E501, W291, W293, RUF100
"""holdout280 events, part B: the user's own interviews at further employers (Berlin, Paris, Montevideo, local
radio, press, audio platforms, TV, media group, telecom, bank through a consultora)."""

from holdout280ev_zones import APPLE_BA, GOOGLE_BA, OUTLOOK_ARG, OUTLOOK_ROMANCE, THUNDERBIRD_BA, fold

FORMS = {
    "Klangwerk Audio": "Klangwerk|Klangwerk Audio GmbH",
    "Ondes Latines": "",
    "Podcastería": "Podcasteria",
    "FM Ribera": "Ribera|FM Ribera 99.1",
    "Diario El Puente": "El Puente",
    "Sonar Audio": "Sonar",
    "Leelo Audiolibros": "Leelo",
    "Canal Ciudad": "Ciudad TV",
    "Grupo Atlántico Medios": "Grupo Atlántico|Atlántico Medios",
    "Conecta Telecom": "Conecta",
    "Banco Pampa": "",
}

GOOGLE_MONTEVIDEO = """BEGIN:VTIMEZONE
TZID:America/Montevideo
X-LIC-LOCATION:America/Montevideo
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:GMT-3
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

TEAMS_ATLANTICO = r"""\n________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase desde su equipo\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk1YTgwN2ItMzQ2Ni00ZjE3LWJkYjEtNGE3OWM4ZTJmMDA1%40thread.v2/0?context=%7b%22Tid%22%3a%227e4d1f08-93ab-4c62-b5d0-1a2f8e6c3b97%22%7d>\nId. de la reunión: 257 903 114 662\nCódigo de acceso: pR7sV2\n________________________________________________________________________________\n"""

EVENTS = [
    dict(
        kind="personio-invite",
        uid="personio-interview-88213-4f0c2b@klangwerk-audio.personio-mail.example.de",
        is_interview=1,
        company="Klangwerk Audio",
        role="Producer (m/w/d) Spanischsprachige Podcasts",
        stage="recruiter_screen",
        interviewers="m.scholz@klangwerk-audio.example.de",
        trap="personio-german-kennenlerngespraech-berlin-tzid",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-88213-4f0c2b@klangwerk-audio.personio-mail.example.de
DTSTAMP:20260914T091533Z
DTSTART;TZID=Europe/Berlin:20260921T150000
DTEND;TZID=Europe/Berlin:20260921T153000
SUMMARY:Kennenlerngespräch – Producer (m/w/d) Spanischsprachige Podcasts – Lucía Benedetti
DESCRIPTION:Liebe Lucía\,\n\nvielen Dank für deine Bewerbung als Producer (m/w/d) Spanischsprachige Podcasts bei der Klangwerk Audio GmbH. Wir freuen uns\, dich in einem ersten Kennenlerngespräch (30 Minuten\, auf Englisch oder Spanisch) kennenzulernen. Gesprächspartnerin: Miriam Scholz\, People & Culture.\n\nZeit: 15:00 Uhr (Berlin) / 10:00 Uhr (Buenos Aires)\nGoogle Meet: https://meet.google.com/kwa-ptrs-bzu\n\nViele Grüße\nDein Klangwerk-Team
LOCATION:Google Meet
ORGANIZER;CN=Miriam Scholz:mailto:m.scholz@klangwerk-audio.example.de
ATTENDEE;CN=Lucía Benedetti;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lu.benedetti.radio@gmail.com
ATTENDEE;CN=Miriam Scholz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.scholz@klangwerk-audio.example.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-german",
        uid="040000008200E00074C5B7101A82E00800000000B37CF4633338AB690000000000000000100000000AE5B5B4455BC5BF4CD21579FFC1EE376",
        is_interview=1,
        company="Klangwerk Audio",
        role="Producer (m/w/d) Spanischsprachige Podcasts",
        stage="technical",
        interviewers="k.vogel@klangwerk-audio.example.de;j.brenner@klangwerk-audio.example.de",
        trap="outlook-weurope-no-vtimezone-german-zweitgespraech",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Vogel, Katrin":mailto:k.vogel@klangwerk-audio.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com:mailto:lu.benedetti.radio@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brenner, Jonas":mailto:j.brenner@klangwerk-audio.example.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Scholz, Miriam":mailto:m.scholz@klangwerk-audio.example.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Lucía\,\n\nwie besprochen hier die Einladung zum Zweitgespräch mit Arbeitsprobe. Bitte bereite einen 5-minütigen Ablaufplan für eine Folge unseres Nachrichtenpodcasts auf Spanisch vor\; wir gehen ihn gemeinsam durch und sprechen danach über Produktionsabläufe. Dabei sind Katrin Vogel (Head of Production) und Jonas Brenner (Redaktionsleitung Spanisch).\n\nBeste Grüße\nKatrin\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nNehmen Sie über Ihren Computer\, Ihre mobile App oder Ihr Raumgerät teil\nKlicken Sie hier\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTJhNTc0ZTgtYWQ5Ni00MTRhLWIwZjQtN2I1ZDYzZjA4YzE5%40thread.v2/0?context=%7b%22Tid%22%3a%2250b1c3d7-2e44-4c8a-a61f-9d0b72e5c318%22%7d>\nBesprechungs-ID: 392 614 870 221\nKenncode: Zp6rT4\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000B37CF4633338AB690000000000000000100000000AE5B5B4455BC5BF4CD21579FFC1EE376
SUMMARY;LANGUAGE=de-DE:Zweitgespräch + Arbeitsprobe: Producer (m/w/d) Spanischsprachige Podcasts
DTSTART;TZID=W. Europe Standard Time:20261002T160000
DTEND;TZID=W. Europe Standard Time:20261002T171500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260924T140233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-french",
        uid="040000008200E00074C5B7101A82E00800000000E0481EB4CBB3DFBC00000000000000001000000007DB302393AB4F99D10BB16FBC3B0417F",
        is_interview=1,
        company="Ondes Latines",
        role="Chargée de production (service espagnol)",
        stage="hiring_manager",
        interviewers="claire.dubreuil@ondeslatines.example.fr;mathieu.roussel@ondeslatines.example.fr",
        trap="outlook-french-entretien-romance-zone",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{OUTLOOK_ROMANCE}
BEGIN:VEVENT
ATTENDEE;CN=lu.benedetti.radio@gmail.com;RSVP=TRUE:mailto:lu.benedetti.radio@gmail.com
ATTENDEE;CN="Roussel, Mathieu";RSVP=TRUE:mailto:mathieu.roussel@ondeslatines.example.fr
CLASS:PUBLIC
CREATED:20261006T091220Z
DESCRIPTION:Bonjour Lucía\,\n\nSuite à votre candidature au poste de Chargée de production (service espagnol)\, nous vous proposons un entretien avec Claire Dubreuil\, rédactrice en chef du service espagnol\, et Mathieu Roussel\, chargé de recrutement. L'entretien pourra se dérouler en espagnol et en français.\n\n15h00 Paris / 10h00 Buenos Aires\n\nBien cordialement\,\nClaire Dubreuil\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzE4ZTQwNjctNjJkMi00YjFjLTg4YTctMTU5ZjI0MWEwOTNk%40thread.v2/0?context=%7b%22Tid%22%3a%22a3c9e2f1-5b60-4d7e-8f21-0c4b96d1e7a2%22%7d>\nID de la réunion : 315 220 964 118\nCode secret : d4Kx9P\n________________________________________________________________________________\n
DTEND;TZID="Romance Standard Time":20261015T160000
DTSTAMP:20261006T091220Z
DTSTART;TZID="Romance Standard Time":20261015T150000
LAST-MODIFIED:20261006T091220Z
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN="Dubreuil, Claire":mailto:claire.dubreuil@ondeslatines.example.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-fr:Entretien de recrutement – Chargée de production (service espagnol) – Lucía Benedetti
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E0481EB4CBB3DFBC00000000000000001000000007DB302393AB4F99D10BB16FBC3B0417F
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="google-invite-gmail-founder",
        uid="dvovgduep2ivldhdobdojj4iok@google.com",
        is_interview=1,
        company="Podcastería",
        role="productora ejecutiva",
        stage="hiring_manager",
        interviewers="martin.olivera.uy@gmail.com",
        trap="founder-gmail-charla-montevideo",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_MONTEVIDEO}
BEGIN:VEVENT
DTSTART;TZID=America/Montevideo:20260914T183000
DTEND;TZID=America/Montevideo:20260914T191000
DTSTAMP:20260911T234418Z
ORGANIZER;CN=Martín Olivera:mailto:martin.olivera.uy@gmail.com
UID:dvovgduep2ivldhdobdojj4iok@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Martín Olivera;X-NUM-GUESTS=0:mailto:martin.olivera.uy@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
CREATED:20260911T234417Z
DESCRIPTION:Hola Lu! Como te dije por WhatsApp\, en Podcastería estamos buscando productora ejecutiva para la temporada 2027 (tres series propias + clientes). Charlamos 40 min\, te cuento el proyecto y vos me contás de vos. Si te sirve mandame antes algún episodio que te guste cómo quedó.\nAbrazo\nMartín\n\nUnirse con Google Meet: https://meet.google.com/ydr-kqvo-ubm\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n\nRecibes este correo electrónico porque eres un invitado del evento. Para dejar de recibir actualizaciones futuras de este evento\, rechaza este evento.\n\nMás información https://support.google.com/calendar/answer/37135#forwarding
LAST-MODIFIED:20260911T234417Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lucía / Martín – charla por productora ejecutiva
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="ios-floating-call",
        uid="73870204-2FC2-4F9C-8C46-C566E036CA5F",
        is_interview=1,
        company="FM Ribera",
        role="productora mañana",
        stage="hiring_manager",
        interviewers="Gabi Nieto",
        trap="ios-terse-call-radio-station-floating",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260901T204409Z
DTEND:20260903T130000
DTSTAMP:20260901T204438Z
DTSTART:20260903T123000
LAST-MODIFIED:20260901T204438Z
SEQUENCE:0
SUMMARY:Llamado FM Ribera – Gabi Nieto (dir. artística) x puesto productora mañana
TRANSP:OPAQUE
UID:73870204-2FC2-4F9C-8C46-C566E036CA5F
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT10M
UID:0D64BE1C-5E62-4C43-8E51-3B9B4F6A2C11
X-WR-ALARMUID:0D64BE1C-5E62-4C43-8E51-3B9B4F6A2C11
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="ios-trial-shift",
        uid="3CD96697-ADFF-4B5B-89A5-27EFFC65199D",
        is_interview=1,
        company="FM Ribera",
        role="",
        stage="onsite",
        interviewers="Gabriela Nieto",
        trap="trial-shift-jornada-de-prueba-early-morning",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
{APPLE_BA}
BEGIN:VEVENT
CREATED:20260904T001512Z
DESCRIPTION:Preguntar por Gabriela Nieto en recepción. Llevar auris y cargador. Producís el bloque de 7 a 9 con el equipo de Despertá Ribera. Es jornada de prueba paga\, después te dicen si seguís en el proceso.
DTEND;TZID=America/Argentina/Buenos_Aires:20260911T100000
DTSTAMP:20260904T001631Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20260911T060000
LAST-MODIFIED:20260904T001631Z
LOCATION:FM Ribera 99.1\nAv. del Libertador 13210\, Martínez\, Buenos Aires\, Argentina
SEQUENCE:0
SUMMARY:Jornada de prueba FM Ribera 🎙️ (Despertá Ribera) 6 a 10
TRANSP:OPAQUE
UID:3CD96697-ADFF-4B5B-89A5-27EFFC65199D
X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="Av. del Libertador 13210, Martínez, Buenos Aires, Argentina";X-APPLE-RADIUS=70.58;X-TITLE="FM Ribera 99.1":geo:-34.494120,-58.507311
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:6F1B9A62-2D1E-4F0B-A7D3-91C5E84B0F27
X-WR-ALARMUID:6F1B9A62-2D1E-4F0B-A7D3-91C5E84B0F27
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="hiringroom-invite",
        uid="hr-entrevista-552190-elpuente@hiringroom-mail.example.com",
        is_interview=1,
        company="Diario El Puente",
        role="Productor/a de Podcasts",
        stage="hiring_manager",
        interviewers="pceballos@elpuente.example.com.ar;ilaborde@elpuente.example.com.ar",
        trap="hiringroom-local-ats-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HiringRoom//Agenda de entrevistas//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:hr-entrevista-552190-elpuente@hiringroom-mail.example.com
DTSTAMP:20260910T152011Z
DTSTART:20260916T143000Z
DTEND:20260916T151500Z
SUMMARY:Entrevista - Productor/a de Podcasts | Diario El Puente
DESCRIPTION:Hola Lucía\,\n\nDiario El Puente te invita a una entrevista para la búsqueda Productor/a de Podcasts.\n\nEntrevistadores: Pablo Ceballos (Editor General) e Inés Laborde (Jefa de Multimedia)\nModalidad: Videollamada – https://meet.google.com/bnq-ejva-hte\nDuración: 45 minutos\n\nPor favor confirmá tu asistencia desde el portal del candidato.\n\nEste mensaje fue enviado a través de HiringRoom.
LOCATION:https://meet.google.com/bnq-ejva-hte
ORGANIZER;CN=Diario El Puente - Selección:mailto:seleccion@elpuente.example.com.ar
ATTENDEE;CN=Lucía Benedetti;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lu.benedetti.radio@gmail.com
ATTENDEE;CN=Pablo Ceballos;ROLE=REQ-PARTICIPANT:mailto:pceballos@elpuente.example.com.ar
ATTENDEE;CN=Inés Laborde;ROLE=REQ-PARTICIPANT:mailto:ilaborde@elpuente.example.com.ar
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-in-person",
        uid="mq0cqf9qr5us569ue0mq5f7k7v@google.com",
        is_interview=1,
        company="Diario El Puente",
        role="Productor/a de Podcasts",
        stage="technical",
        interviewers="ilaborde@elpuente.example.com.ar",
        trap="google-invite-in-person-editing-test",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20260925T100000
DTEND;TZID=America/Argentina/Buenos_Aires:20260925T120000
DTSTAMP:20260919T121408Z
ORGANIZER;CN=Inés Laborde:mailto:ilaborde@elpuente.example.com.ar
UID:mq0cqf9qr5us569ue0mq5f7k7v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Inés Laborde;X-NUM-GUESTS=0:mailto:ilaborde@elpuente.example.com.ar
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Redacción-3-Isla de edición 2 (4);X-NUM-GUESTS=0:mailto:c_1889a7d2f04e6b3c@resource.calendar.google.com
CREATED:20260919T121407Z
DESCRIPTION:Lucía\, como te contó Pablo\, la segunda instancia es una prueba técnica presencial: vas a tener 2 horas para editar un episodio de 12 minutos a partir de material crudo (entrevista + ambiente) en Reaper o Audition\, y escribir el guion de apertura. Te espero en la redacción. Inés\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n\nRecibes este correo electrónico porque eres un invitado del evento. Para dejar de recibir actualizaciones futuras de este evento\, rechaza este evento.
LAST-MODIFIED:20260919T121407Z
LOCATION:Redacción El Puente – Tacuarí 1842\, Constitución\, CABA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prueba técnica edición – Lucía Benedetti (Productor/a de Podcasts)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="lever-invite",
        uid="lever-interview-7d3e9b20-1c55-4a7f-b0e2-sonaraudio",
        is_interview=1,
        company="Sonar Audio",
        role="Senior Podcast Producer, Spanish-language Originals",
        stage="recruiter_screen",
        interviewers="chloe.hart@sonaraudio.example.com",
        trap="lever-english-utc-recruiter-call",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-7d3e9b20-1c55-4a7f-b0e2-sonaraudio
DTSTAMP:20260903T172930Z
DTSTART:20260909T190000Z
DTEND:20260909T193000Z
SUMMARY:Sonar Audio | Lucía Benedetti <> Chloe Hart
DESCRIPTION:Hi Lucía\,\n\nYou're confirmed for a 30-minute video call with Chloe Hart\, Recruiter\, about the Senior Podcast Producer\, Spanish-language Originals position at Sonar Audio.\n\nGoogle Meet: https://meet.google.com/rfw-nbcx-qpe\n\nWe're looking forward to speaking with you!\nSonar Audio Talent Team
LOCATION:https://meet.google.com/rfw-nbcx-qpe
ORGANIZER;CN=Chloe Hart:mailto:chloe.hart@sonaraudio.example.com
ATTENDEE;CN=Chloe Hart;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:chloe.hart@sonaraudio.example.com
ATTENDEE;CN=Lucía Benedetti;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lu.benedetti.radio@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="ms-bookings",
        uid="040000008200E00074C5B7101A82E00800000000A6A4B1AFF5D262030000000000000000100000000B1B1FEAE6D554A566A3EA716D01D7BC0",
        is_interview=1,
        company="Leelo Audiolibros",
        role="Productor/a de Audiolibros",
        stage="technical",
        interviewers="rocio.anzorena@leelo.example.com.ar",
        trap="ms-bookings-staff-member-technical-test",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{OUTLOOK_ARG}
BEGIN:VEVENT
ORGANIZER;CN=Leelo Selección:mailto:LeeloSeleccion@leelo.example.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Benedetti:mailto:lu.benedetti.radio@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Anzorena, Rocío":mailto:rocio.anzorena@leelo.example.com.ar
DESCRIPTION;LANGUAGE=es-AR:Tu reserva está confirmada\n\nServicio: Prueba técnica – Dirección de locución\nPersonal: Rocío Anzorena (Jefa de Estudio)\nBúsqueda: Productor/a de Audiolibros\n\nVas a dirigir a un locutor durante la grabación de dos capítulos de prueba (ficción y no ficción) y después comentamos las correcciones de edición. Llegá 10 minutos antes.\n\nDirección: Leelo Audiolibros – Estudio A\, Av. Corrientes 4820\, Villa Crespo\n\nAdministrar reserva: https://outlook.office365.com/owa/calendar/LeeloSeleccion@leelo.example.com.ar/bookings/\n\nCon tecnología de Microsoft Bookings
UID:040000008200E00074C5B7101A82E00800000000A6A4B1AFF5D262030000000000000000100000000B1B1FEAE6D554A566A3EA716D01D7BC0
SUMMARY;LANGUAGE=es-AR:Prueba técnica – Dirección de locución
DTSTART;TZID=Argentina Standard Time:20261007T140000
DTEND;TZID=Argentina Standard Time:20261007T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261001T205533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Leelo Audiolibros – Estudio A\, Av. Corrientes 4820\, Villa Crespo
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="macos-cancelled",
        uid="E2170A21-680B-48E1-A354-27D5F0EA977A",
        is_interview=1,
        company="Canal Ciudad",
        role="Productor/a Periodístico/a – Noticiero Central",
        stage="hiring_manager",
        interviewers="federico.almiron@canalciudad.example.com.ar",
        trap="macos-status-cancelled-tv-channel",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6//EN
CALSCALE:GREGORIAN
{APPLE_BA}
BEGIN:VEVENT
ATTENDEE;CN="Federico Almirón";CUTYPE=INDIVIDUAL;EMAIL="federico.almiron@canalciudad.example.com.ar";PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:federico.almiron@canalciudad.example.com.ar
ATTENDEE;CN="Lucía Benedetti";CUTYPE=INDIVIDUAL;EMAIL="lu.benedetti.radio@gmail.com";PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:lu.benedetti.radio@gmail.com
CREATED:20261012T193207Z
DESCRIPTION:Entrevista para Productor/a Periodístico/a – Noticiero Central. Presentarse en recepción de Canal Ciudad con DNI.\n\nCANCELADA por el organizador: "Lucía\, tenemos que suspender la entrevista por la cobertura especial\, te escribo para reprogramar. Federico"
DTEND;TZID=America/Argentina/Buenos_Aires:20261020T110000
DTSTAMP:20261019T214512Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20261020T100000
LAST-MODIFIED:20261019T214512Z
LOCATION:Canal Ciudad – Av. Córdoba 6180\, Chacarita
ORGANIZER;CN="Federico Almirón":mailto:federico.almiron@canalciudad.example.com.ar
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Cancelado: Entrevista Canal Ciudad – Productor/a Periodístico/a
TRANSP:TRANSPARENT
UID:E2170A21-680B-48E1-A354-27D5F0EA977A
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="successfactors-invite",
        uid="sf-interview-26418-0031-grupoatlantico@successfactors-mail.example.com",
        is_interview=1,
        company="Grupo Atlántico Medios",
        role="Productor/a de Contenidos de Audio",
        stage="recruiter_screen",
        interviewers="melina.spadaro@grupoatlantico.example.com.ar",
        trap="successfactors-legacy-tzid-alias",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sf-interview-26418-0031-grupoatlantico@successfactors-mail.example.com
DTSTAMP:20260917T120944Z
DTSTART;TZID=America/Buenos_Aires:20260923T090000
DTEND;TZID=America/Buenos_Aires:20260923T094500
SUMMARY:Invitación a entrevista: Productor/a de Contenidos de Audio (Req. 26418)
DESCRIPTION:Estimada Lucía Benedetti:\n\nGracias por tu postulación a la vacante Productor/a de Contenidos de Audio (Req. 26418) de Grupo Atlántico Medios. Te invitamos a una entrevista con Melina Spadaro\, Talent Acquisition.\n\nModalidad: Microsoft Teams (el enlace se enviará por separado)\n\nPor favor\, aceptá o rechazá esta invitación desde el enlace del correo.\n\nGrupo Atlántico Medios – Talent Acquisition
ORGANIZER;CN=Melina Spadaro:mailto:melina.spadaro@grupoatlantico.example.com.ar
ATTENDEE;CN=Lucía Benedetti;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lu.benedetti.radio@gmail.com
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="outlook-rescheduled",
        uid="040000008200E00074C5B7101A82E008000000002652F97170D49D410000000000000000100000000701875483E3C70AF82922BAE1CAA1DA3",
        is_interview=1,
        company="Grupo Atlántico Medios",
        role="",
        stage="technical",
        interviewers="carlos.beltrame@grupoatlantico.example.com.ar",
        trap="outlook-rescheduled-sequence-2-reprogramada",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{OUTLOOK_ARG}
BEGIN:VEVENT
ATTENDEE;CN="Benedetti, Lucía";RSVP=TRUE:mailto:lu.benedetti.radio@gmail.com
ATTENDEE;CN="Beltrame, Carlos";RSVP=TRUE:mailto:carlos.beltrame@grupoatlantico.example.com.ar
CLASS:PUBLIC
CREATED:20260925T150118Z
DESCRIPTION:Lucía\, te pido disculpas: reprogramamos nuevamente la entrevista técnica con Carlos Beltrame (Gerente de Radio y Podcasts) por un cambio en la grilla. Queda el viernes 9/10 a las 15 h.\n\nEn la entrevista te va a pedir que armes en el momento la pauta de un programa de una hora a partir de las noticias del día\, y que comentes cómo manejarías un corte de transmisión.\n\nMelina Spadaro\nTalent Acquisition – Grupo Atlántico Medios{TEAMS_ATLANTICO}
DTEND;TZID="Argentina Standard Time":20261009T160000
DTSTAMP:20261005T191250Z
DTSTART;TZID="Argentina Standard Time":20261009T150000
LAST-MODIFIED:20261005T191250Z
LOCATION:Microsoft Teams
ORGANIZER;CN="Spadaro, Melina":mailto:melina.spadaro@grupoatlantico.example.com.ar
PRIORITY:5
SEQUENCE:2
SUMMARY;LANGUAGE=es-ar:REPROGRAMADA – Entrevista técnica Gerencia de Radio – Lucía Benedetti
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000002652F97170D49D410000000000000000100000000701875483E3C70AF82922BAE1CAA1DA3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="webex-workday",
        uid="wd-interview-R-0045123-3b81f2@myworkday-mail.example.com",
        is_interview=1,
        company="Conecta Telecom",
        role="Content Producer – Audio Branding",
        stage="hiring_manager",
        interviewers="lorena.quintana@conecta.example.com.ar",
        trap="workday-webex-utc-requisition-id",
        hiring=False,
        ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-interview-R-0045123-3b81f2@myworkday-mail.example.com
DTSTAMP:20261014T121500Z
DTSTART:20261021T170000Z
DTEND:20261021T174500Z
SUMMARY:Interview: Content Producer – Audio Branding (R-0045123) – Lucía Benedetti
DESCRIPTION:Dear Lucía\,\n\nYour interview for Content Producer – Audio Branding (R-0045123) at Conecta Telecom has been scheduled.\n\nInterviewer: Lorena Quintana\, Gerente de Marca y Contenidos\nDuration: 45 minutes\n\nJoin Webex meeting: https://conecta.webex.com/conecta/j.php?MTID=m4f2b7e91c0a35d86e1f4b2c7a90d3e58\nMeeting number (access code): 2634 118 9027\nMeeting password: Audio2026!\n\nPlease log in to your candidate home to review or update your application.\n\nConecta Telecom Talent Acquisition
LOCATION:Webex
ORGANIZER;CN=Conecta Telecom Recruiting:mailto:conecta@myworkday-mail.example.com
ATTENDEE;CN=Lucía Benedetti;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lu.benedetti.radio@gmail.com
ATTENDEE;CN=Lorena Quintana;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lorena.quintana@conecta.example.com.ar
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="google-invite-consultora",
        uid="09drc71jbj63s6co4mpohfqeoj@google.com",
        is_interview=1,
        company="Banco Pampa",
        role="Analista Sr. de Comunicación Interna",
        stage="recruiter_screen",
        interviewers="druffo@huntersur.example.com.ar",
        trap="consultora-names-bank-client-google",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{GOOGLE_BA}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20260930T093000
DTEND;TZID=America/Argentina/Buenos_Aires:20260930T103000
DTSTAMP:20260924T164420Z
ORGANIZER;CN=Diego Ruffo:mailto:druffo@huntersur.example.com.ar
UID:09drc71jbj63s6co4mpohfqeoj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Diego Ruffo;X-NUM-GUESTS=0:mailto:druffo@huntersur.example.com.ar
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lu.benedetti.radio@gmail.com;X-NUM-GUESTS=0:mailto:lu.benedetti.radio@gmail.com
CREATED:20260924T164419Z
DESCRIPTION:Lucía\, buenos días. Te confirmo la entrevista en nuestras oficinas por la búsqueda de Analista Sr. de Comunicación Interna para nuestro cliente Banco Pampa (área de Comunicación Interna y Cultura – proyecto de podcast interno y radio corporativa).\n\nDiego Ruffo\nHunter Sur – Consultora en RRHH\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n\nRecibes este correo electrónico porque eres un invitado del evento.
LAST-MODIFIED:20260924T164419Z
LOCATION:Hunter Sur – Maipú 942\, 8° piso\, CABA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Hunter Sur – Analista Sr. Comunicación Interna (cliente: Banco Pampa)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        kind="thunderbird-hand-typed",
        uid="a1f0e36c-5b7d-4b5e-9d2a-3f8c61e70b44",
        is_interview=1,
        company="Banco Pampa",
        role="",
        stage="",
        interviewers="",
        trap="thunderbird-psicotecnico-consultora-client",
        hiring=False,
        ics=fold(rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{THUNDERBIRD_BA}
BEGIN:VEVENT
CREATED:20261002T011832Z
LAST-MODIFIED:20261002T012015Z
DTSTAMP:20261002T012015Z
UID:a1f0e36c-5b7d-4b5e-9d2a-3f8c61e70b44
SUMMARY:Evaluación psicotécnica – proceso Banco Pampa (Hunter Sur)
DTSTART;TZID=America/Argentina/Buenos_Aires:20261009T090000
DTEND;TZID=America/Argentina/Buenos_Aires:20261009T120000
LOCATION:Hunter Sur\, Maipú 942 8°
DESCRIPTION:3 hs aprox. Tests + entrevista con la psicóloga. Llevar anteojos\, desayunar antes.
TRANSP:OPAQUE
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT1H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ),
]
