"""holdout156 events, part E: own interviews (bizjet, long-haul Spanish, Asia, finals)."""
from holdout156ev_common import iv

EVENTS = [
    iv("ashby-intro", "ashby-intro-call-bizjet",
       "VistaJet", "Captain - Global 7500", "recruiter_screen", "e.camilleri@vistajet.com",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-8b31f0d9-7a62-4d1e-9c55-3e0d2b7a1f44
DTSTAMP:20250227T101500Z
DTSTART:20250306T140000Z
DTEND:20250306T143000Z
SUMMARY:Intro call: Alvaro Ruiz Centeno <> VistaJet (Captain - Global 7500)
DESCRIPTION:Hi Alvaro\, thanks for making time to speak with us about the
  Captain - Global 7500 role (type rating provided). You'll be speaking with
  Elena Camilleri from our Aviation Talent team.\n\nGoogle Meet: https://mee
 t.google.com/ufd-rkcm-jvo\nOr dial: (MT) +356 2778 0125 PIN: 482 117 903#\n\n
 Scheduled with Ashby
ORGANIZER;CN=Elena Camilleri:mailto:e.camilleri@vistajet.com
ATTENDEE;CN=Elena Camilleri;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:e
 .camilleri@vistajet.com
ATTENDEE;CN=Alvaro Ruiz Centeno;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvar
 o.ruizc@hotmail.es
LOCATION:Google Meet
END:VEVENT
END:VCALENDAR
"""),
    iv("factorial-madrid", "spanish-hr-tool-long-haul-type-change",
       "Wamos Air", "Comandante A330 (habilitación a cargo de la compañía)", "hiring_manager", "rvillalba@wamosair.com",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Factorial HR//Reclutamiento//ES
METHOD:REQUEST
@@TZ Europe/Madrid@@
BEGIN:VEVENT
UID:factorial-ats-event-220517@factorialhr.com
DTSTAMP:20250423T101010Z
DTSTART;TZID=Europe/Madrid:20250430T170000
DTEND;TZID=Europe/Madrid:20250430T180000
SUMMARY:Entrevista con Director de Operaciones - Comandante A330 (habilita
 ción a cargo de la compañía)
DESCRIPTION:Hola Álvaro\,\n\nHas sido seleccionado para la siguiente fase d
 el proceso. Tendrás una entrevista con Ramón Villalba (Director de Operaci
 ones de Vuelo) en nuestras oficinas.\n\nDirección: Wamos Air\, C/ Santiago
  de Compostela 100\, 28035 Madrid\n\nEquipo de Personas - Wamos Air\nEnvia
 do con Factorial
ORGANIZER;CN=Wamos Air - Personas:mailto:personas@wamosair.com
ATTENDEE;CN=Ramón Villalba;ROLE=REQ-PARTICIPANT:mailto:rvillalba@wamosair.c
 om
ATTENDEE;CN=Álvaro Ruiz Centeno;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvar
 o.ruizc@hotmail.es
LOCATION:Wamos Air\, Madrid
END:VEVENT
END:VCALENDAR
"""),
    iv("convocatoria-bizneo", "convocatoria-spanish-ats-onsite",
       "Plus Ultra", "Comandante A330/A340", "onsite", "",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Bizneo HR//ATS//ES
METHOD:PUBLISH
@@TZ Europe/Madrid@@
BEGIN:VEVENT
UID:bizneo-ats-3319982-plusultra
DTSTAMP:20250514T090000Z
DTSTART;TZID=Europe/Madrid:20250528T090000
DTEND;TZID=Europe/Madrid:20250528T140000
SUMMARY:Convocatoria proceso de selección: Comandante A330/A340 - Plus Ult
 ra Líneas Aéreas
DESCRIPTION:Estimado/a candidato/a\,\n\nLe convocamos a la fase presencial
  del proceso de selección Comandante A330/A340\, que incluye:\n· Prueba de
  nivel de inglés\n· Test técnico escrito\n· Entrevista personal con Direcci
 ón de Operaciones y RRHH\n\nLugar: Plus Ultra Líneas Aéreas\, C/ Ramírez de
  Arellano 29\, Madrid.\nRogamos puntualidad.\n\nDepartamento de Recursos Hu
 manos
ORGANIZER;CN=Plus Ultra RRHH:mailto:noreply@bizneohr.com
LOCATION:Plus Ultra Líneas Aéreas - Madrid
END:VEVENT
END:VCALENDAR
"""),
    iv("bookings-level", "microsoft-bookings-candidate-booked-slot",
       "Level", "Comandante A330 - Entrada directa (Barcelona)", "", "",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Level Pilot Recruitment":mailto:LevelPilotRecruitment@flylevel.onmicrosoft.com
ATTENDEE;CN=Álvaro Ruiz Centeno;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvaro.ruizc@hotmail.es
DESCRIPTION;LANGUAGE=es-ES:Se ha reservado su cita.\n\nServicio: Entrevist
 a DEC A330 (45 min)\nPersonal: Equipo de Selección Pilotos\n\nÚnase a la re
 unión de Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3am
 eeting_bGV2ZWxib29raW5ncw@thread.v2/0\n\nSi necesita realizar cambios\, uti
 lice el enlace de administración de reservas: https://outlook.office365.co
 m/owa/calendar/LevelPilotRecruitment@flylevel.onmicrosoft.com/bookings/\n\n
 Proceso: Comandante A330 - Entrada directa (Barcelona)
DTSTART;TZID="Romance Standard Time":20250613T120000
DTEND;TZID="Romance Standard Time":20250613T124500
DTSTAMP:20250605T151233Z
LOCATION:Reunión de Microsoft Teams
SUMMARY;LANGUAGE=es-ES:Entrevista DEC A330
UID:040000008200E00074C5B7101A82E00800000000D7E19E41A1D1DB01000000000000000
 0100000002B3C4D5E6F708192A3B4C5D6E7F8091A
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_bGV2ZWxib29raW5ncw@thread.v2/0
END:VEVENT
END:VCALENDAR
""", crlf=True),
    iv("calcom-sundair", "calcom-german-first-call-founder-airline",
       "Sundair", "Kapitän A320 (m/w/d)", "recruiter_screen", "m.koenig@sundair.com",
       r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:calcom-4nx8Ybq1KzR2uL5oVw3pTg
DTSTAMP:20250317T091500Z
DTSTART:20250324T090000Z
DTEND:20250324T093000Z
SUMMARY:Erstgespräch Kapitän A320 zwischen Martin König und Alvaro Ruiz Ce
 nteno
DESCRIPTION:Was: Erstgespräch Kapitän A320 (m/w/d)\nWann: Montag\, 24. Mä
 rz 2025 10:00 - 10:30 (Mitteleuropäische Normalzeit)\nWer:\n- Martin König
  - Veranstalter (Crew Recruiting\, Sundair GmbH)\n- Alvaro Ruiz Centeno\nW
 o: Cal Video\nhttps://app.cal.com/video/4nx8Ybq1KzR2uL5oVw3pTg\n\nAbsagen o
 der verschieben: https://app.cal.com/booking/4nx8Ybq1KzR2uL5oVw3pTg
ORGANIZER;CN=Martin König:mailto:m.koenig@sundair.com
ATTENDEE;CN=Alvaro Ruiz Centeno;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSV
 P=TRUE:mailto:alvaro.ruizc@hotmail.es
LOCATION:https://app.cal.com/video/4nx8Ybq1KzR2uL5oVw3pTg
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    iv("recruitee-acmi", "recruitee-utc-no-stage-acmi",
       "GetJet Airlines", "Captain A320 (ACMI, contract)", "", "egle.vaitkute@getjet.eu",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Interviews//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-interview-71554920@recruitee.com
DTSTAMP:20250131T130000Z
DTSTART:20250207T100000Z
DTEND:20250207T104500Z
SUMMARY:Interview: Captain A320 (ACMI\, contract) - GetJet Airlines
DESCRIPTION:Dear Alvaro\,\n\nYou have been invited to an interview for the
  position Captain A320 (ACMI\, contract).\nInterviewer: Eglė Vaitkutė\, Cr
 ew Manager\nVideo call: https://meet.google.com/kqa-fxmn-dpr\n\nKind regar
 ds\,\nGetJet Airlines recruitment team\n\nSent via Recruitee
ORGANIZER;CN=GetJet Airlines:mailto:getjet@inbox.recruitee.com
ATTENDEE;CN=Eglė Vaitkutė;ROLE=REQ-PARTICIPANT:mailto:egle.vaitkute@getjet.eu
ATTENDEE;CN=Alvaro Ruiz Centeno;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvar
 o.ruizc@hotmail.es
LOCATION:Google Meet
END:VEVENT
END:VCALENDAR
"""),
    iv("meet-vietnam", "google-ho-chi-minh-technical-interview",
       "VietJet Air", "Captain A320/A321", "technical", "nguyen.thanhhai@vietjetair.com",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ Asia/Ho_Chi_Minh@@
BEGIN:VEVENT
DTSTART;TZID=Asia/Ho_Chi_Minh:20250318T150000
DTEND;TZID=Asia/Ho_Chi_Minh:20250318T163000
DTSTAMP:20250311T030055Z
ORGANIZER;CN=VJ Pilot Recruitment:mailto:pilotrecruitment@vietjetair.com
UID:1jt7b5n0q9ks3d6g2mvep4rh8c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nguyen Thanh Hai;X-NUM-GUESTS=0:mailto:nguyen.thanhhai@vietjetair.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=alvaro.ruizc@hotmail.es;X-NUM-GUESTS=0:mailto:alvaro.ruizc@hotmail.es
X-GOOGLE-CONFERENCE:https://meet.google.com/bdx-tuvq-nhp
DESCRIPTION:Dear Capt. Alvaro\,\nThis is your Technical Interview for the p
 osition Captain A320/A321 (expat contract\, SGN/HAN base). Interviewer: Ca
 pt. Nguyen Thanh Hai (Deputy Director Flight Operations). Topics: A320 sys
 tems\, performance\, EASA/CAAV regulations\, scenarios.\nTime is Vietnam t
 ime (GMT+7) = 09:00 Madrid.\n\nJoin with Google Meet: https://meet.google.
 com/bdx-tuvq-nhp
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:VietJet - Technical Interview CPT A320/A321 - Alvaro Ruiz Centeno
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", crlf=True),
    iv("entretien-geneve", "french-swiss-bizjet-director-interview",
       "Jet Aviation", "Commandant de bord Airbus ACJ (H/F) - Genève", "hiring_manager", "olivier.roux@jetaviation.com",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Europe/Zurich@@
BEGIN:VEVENT
ORGANIZER;CN="Roux, Olivier":mailto:olivier.roux@jetaviation.com
ATTENDEE;CN=alvaro.ruizc@hotmail.es;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvaro.ruizc@hotmail.es
ATTENDEE;CN="GVA Salle Léman";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT:mailto:gva-salle-leman@jetaviation.com
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Monsieur Ruiz Centeno\,\n\nJe vous confi
 rme notre entretien pour le poste de Commandant de bord Airbus ACJ (H/F)
  basé à Genève\, dans nos locaux de l'aéroport (Route de l'Aéroport 10\, 12
 15 Genève 15). Merci de vous présenter à l'accueil FBO.\n\nMeilleures salu
 tations\,\nOlivier Roux\nDirector Flight Operations\, Jet Aviation Geneva
DTSTART;TZID=Europe/Zurich:20250616T140000
DTEND;TZID=Europe/Zurich:20250616T153000
DTSTAMP:20250603T140020Z
LOCATION:Jet Aviation Genève - Salle Léman
SUMMARY;LANGUAGE=fr-CH:Entretien CDB ACJ - M. Ruiz Centeno
UID:040000008200E00074C5B7101A82E00800000000E5A2C0F01CD9DB01000000000000000
 0100000003C4D5E6F708192A3B4C5D6E7F8091A2B
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", crlf=True),
    iv("goodtime-final", "goodtime-final-interview-abu-dhabi",
       "Etihad Airways", "Direct Entry Captain A320", "final", "capt.r.alshamsi@etihad.ae",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Hire//EN
METHOD:REQUEST
@@TZ Asia/Dubai@@
BEGIN:VEVENT
UID:goodtime-5f8a2c41e9b34d07a1c6@goodtime.io
DTSTAMP:20250508T051522Z
DTSTART;TZID=Asia/Dubai:20250519T090000
DTEND;TZID=Asia/Dubai:20250519T100000
SUMMARY:Final Interview | Direct Entry Captain A320 | Alvaro Ruiz Centeno
DESCRIPTION:Interview Schedule for Alvaro Ruiz Centeno\n\n09:00 - 10:00 GS
 T  Final Interview\nInterviewer: Capt. Rashid Al Shamsi (Vice President F
 light Operations)\nLocation: Etihad Training Academy\, Khalifa City\, Abu
  Dhabi\n\nQuestions about your schedule? Contact your coordinator Priya Me
 non (pmenon@etihad.ae).\n\nScheduled with GoodTime
ORGANIZER;CN=Priya Menon:mailto:pmenon@etihad.ae
ATTENDEE;CN=Rashid Al Shamsi;ROLE=REQ-PARTICIPANT:mailto:capt.r.alshamsi@et
 ihad.ae
ATTENDEE;CN=Alvaro Ruiz Centeno;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alva
 ro.ruizc@hotmail.es
LOCATION:Etihad Training Academy\, Abu Dhabi
END:VEVENT
END:VCALENDAR
"""),
    iv("assessment-madrid", "recruitment-event-hotel-madrid-all-day",
       "Emirates", "Direct Entry Captain", "onsite", "",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250325
DTEND;VALUE=DATE:20250327
DTSTAMP:20250306T212101Z
UID:0v8h2k5p1m3qr7bs9ld4tc6gfe@google.com
CREATED:20250306T212058Z
DESCRIPTION:Emirates Pilot Assessment (invitado tras digital interview)\n
 Día 1: técnico escrito + Compass + group exercise\nDía 2: entrevista HR/ca
 pitán + si pasas\, sim en Dubai más adelante\nHotel Meliá Castilla\, sala
  Goya. 07:45 en punto. Traje oscuro.\nref candidato 88231
LAST-MODIFIED:20250306T212101Z
LOCATION:Meliá Castilla\, Calle del Poeta Joan Maragall 43\, Madrid
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:EMIRATES assessment Madrid (2 días)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
