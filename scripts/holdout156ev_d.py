"""holdout156 events, part D: own interviews (German/Swiss leisure, training centres, founder, bizjet)."""
from holdout156ev_common import iv

EVENTS = [
    iv("adapt-sim", "english-sim-assessment-base-palma",
       "Eurowings", "Captain A320 - Base Palma de Mallorca", "technical", "",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eurowings//Pilot Recruitment//EN
METHOD:REQUEST
@@TZ Europe/Berlin@@
BEGIN:VEVENT
UID:ew-pr-simassess-20250527-0832@eurowings.com
DTSTAMP:20250509T111111Z
DTSTART;TZID=Europe/Berlin:20250527T070000
DTEND;TZID=Europe/Berlin:20250527T130000
SUMMARY:Eurowings Sim Assessment - Captain A320 (Base PMI)
DESCRIPTION:Dear Mr Ruiz Centeno\,\n\nCongratulations on passing the onlin
 e tests. Your simulator assessment for Captain A320 - Base Palma de Mallor
 ca is scheduled as follows:\n\nVenue: Lufthansa Aviation Training\, Airpor
 t Köln/Bonn\, Building 440\nReport 07:00 local time - briefing - FFS sessi
 on (4 h) - individual debrief\nYou will be paired with another candidate.\n
 \nPlease bring: valid licence with A320 type rating\, medical\, passport.\n
 \nEurowings Pilot Recruitment
LOCATION:LAT Köln/Bonn
ORGANIZER;CN=Eurowings Pilot Recruitment:mailto:pilotrecruitment@eurowings.
 com
ATTENDEE;CN=Alvaro Ruiz Centeno;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:alv
 aro.ruizc@hotmail.es
END:VEVENT
END:VCALENDAR
"""),
    iv("gespraech-zuerich", "swiss-german-outlook-no-clear-stage",
       "Edelweiss", "Kapitän A320 (Direct Entry)", "",
       "stefan.ammann@flyedelweiss.com;corinne.baumgartner@flyedelweiss.com",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Baumgartner, Corinne":mailto:corinne.baumgartner@flyedelweiss.com
ATTENDEE;CN="Ammann, Stefan";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:Stefan.Ammann@flyedelweiss.com
ATTENDEE;CN=alvaro.ruizc@hotmail.es;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvaro.ruizc@hotmail.es
ATTENDEE;CN="ZRH OPS Sitzungszimmer Säntis";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT:mailto:zrh-saentis@flyedelweiss.com
DESCRIPTION;LANGUAGE=de-CH:Grüezi Herr Ruiz Centeno\n\nWie telefonisch bes
 prochen\, bestätigen wir Ihnen das Gespräch bei uns in Zürich-Flughafen.
  Teilnehmende: Stefan Ammann (Chefpilot A320) und ich.\nWir sprechen Englis
 ch und ein wenig Deutsch - keine Sorge.\n\nEdelweiss Air AG\, Operation Cen
 ter 1\, 8058 Zürich-Flughafen\n\nFreundliche Grüsse\nCorinne Baumgartner\,
  HR Cockpit
DTSTART;TZID="W. Europe Standard Time":20250604T100000
DTEND;TZID="W. Europe Standard Time":20250604T113000
DTSTAMP:20250520T071522Z
LOCATION:Operation Center 1\, Säntis
SUMMARY;LANGUAGE=de-CH:Gespräch Kapitän A320 - Ruiz Centeno
UID:040000008200E00074C5B7101A82E00800000000A0B4E6D13FC8DB01000000000000000
 01000000008192A3B4C5D6E7F8091A2B3C4D5E6F7
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", crlf=True),
    iv("founder-gmail", "founder-on-gmail-startup-acmi",
       "Aerojet Levante", "Comandante A320 / Jefe de Pilotos", "hiring_manager", "vicente.llorens.aero@gmail.com",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250319T183000
DTEND;TZID=Europe/Madrid:20250319T193000
DTSTAMP:20250317T212233Z
ORGANIZER;CN=Vicente Llorens:mailto:vicente.llorens.aero@gmail.com
UID:3qg8fnb4s0e5mcb7k1t2pv6d9j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Vicente Llorens;X-NUM-GUESTS=0:mailto:vicente.llorens.aero@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=alvaro.ruizc@hotmail.es;X-NUM-GUESTS=0:mailto:alvaro.ruizc@hotmail.es
X-GOOGLE-CONFERENCE:https://meet.google.com/vkz-emzd-pwa
DESCRIPTION:Álvaro\, como te dije por LinkedIn: somos Aerojet Levante\, est
 amos sacando el AOC (ACMI con 2 A320ceo desde Valencia\, primer avión en
  otoño). Busco Comandante A320 que pueda asumir también Jefe de Pilotos (no
 minated person flight ops). Te cuento el proyecto y te hago unas preguntas
  sobre tu experiencia y tu disponibilidad. Una hora más o menos.\nVicente
  Llorens - fundador\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n
 Unirse con Google Meet: https://meet.google.com/vkz-emzd-pwa\n-::~:~::~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Comandante A320 - Aerojet Levante
TRANSP:OPAQUE
END:VEVENT
@@TZ Europe/Madrid@@
END:VCALENDAR
""", crlf=True),
    iv("entretien-tri", "smartrecruiters-french-instructor-interview",
       "Airbus", "Type Rating Instructor A320 Family (H/F)", "hiring_manager", "helene.durand@airbus.com",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview//EN
METHOD:REQUEST
@@TZ Europe/Paris@@
BEGIN:VEVENT
UID:sr-interview-6f1e2d3c4b5a69788796a5b4@smartrecruiters.com
DTSTAMP:20250410T131020Z
DTSTART;TZID=Europe/Paris:20250417T100000
DTEND;TZID=Europe/Paris:20250417T110000
SUMMARY:Entretien - Type Rating Instructor A320 Family (H/F) - Airbus Flig
 ht Training
DESCRIPTION:Bonjour Alvaro\,\n\nVous avez rendez-vous avec Hélène Durand\,
  Head of Instructor Pool (Flight Training Toulouse)\, pour le poste Type Ra
 ting Instructor A320 Family (H/F).\n\nLieu : Microsoft Teams (lien envoyé
  par Hélène)\nDurée : 60 min - entretien en anglais et en français.\n\nCord
 ialement\,\nAirbus Talent Acquisition\n\nPowered by SmartRecruiters
ORGANIZER;CN=Airbus Talent Acquisition:mailto:no-reply@smartrecruiters.com
ATTENDEE;CN=Hélène Durand;ROLE=REQ-PARTICIPANT:mailto:helene.durand@airbus.c
 om
ATTENDEE;CN=Alvaro Ruiz Centeno;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvar
 o.ruizc@hotmail.es
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    iv("webex-berlin", "webex-german-instructor-interview",
       "Lufthansa Aviation Training", "Typerating-Instructor (TRI/SFI) A320", "", "k.wendt@lat.lufthansa.com",
       r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems Inc.//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Europe/Berlin@@
BEGIN:VEVENT
UID:6c4a1f02e3b84d5f9a7e0b1c2d3e4f50
DTSTAMP:20250502T084455Z
DTSTART;TZID=Europe/Berlin:20250513T150000
DTEND;TZID=Europe/Berlin:20250513T160000
SUMMARY:Interview TRI/SFI A320 - LAT Berlin - Ruiz Centeno
DESCRIPTION:Klaus Wendt lädt Sie zu einem Webex-Meeting ein.\n\nThema: Inte
 rview TRI/SFI A320 - LAT Berlin\nGesprächspartner: Klaus Wendt (Leiter Tr
 aining Berlin-Schönefeld) und eine Kollegin aus HR\n\nMeeting beitreten:\nh
 ttps://lat.webex.com/lat/j.php?MTID=m8b0f3c4d5a6e7f8091a2b3c4d5e6f7a8\nMeet
 ing-Kennnummer: 2741 339 0562\nPasswort: TRIa320!\n\nPer Telefon beitreten\n
 +49-619-6781-9736 Deutschland gebührenpflichtig\nZugriffscode: 274 133 90562
ORGANIZER;CN=Klaus Wendt:mailto:k.wendt@lat.lufthansa.com
ATTENDEE;CN=alvaro.ruizc@hotmail.es;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:a
 lvaro.ruizc@hotmail.es
LOCATION:https://lat.webex.com/lat/j.php?MTID=m8b0f3c4d5a6e7f8091a2b3c4d5e6f7a8
END:VEVENT
END:VCALENDAR
"""),
    iv("gta-typed", "phone-typed-terse-training-centre",
       "Global Training Aviation", "", "", "Eva Sancho",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:c4f01a3b-9e21-4f6a-a2b0-5d7e9f012c44
DTSTAMP:20250224T190012Z
DTSTART:20250305T103000
DTEND:20250305T113000
SUMMARY:entrevista GTA instructor
LOCATION:GTA Madrid (Getafe)
DESCRIPTION:preguntar por Eva Sancho (jefa de instrucción)\nllevar cv impr
 eso + licencia\nsi sale: TRI A320 a tiempo parcial compatible con IBJ??
END:VEVENT
END:VCALENDAR
"""),
    iv("calendly-barcelona", "calendly-booked-technical-interview",
       "BAA Training", "Type Rating Instructor A320 - Barcelona", "technical", "tomas.kazlauskas@baatraining.com",
       r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:7d2f0c46-2b8a-4b0e-a2d3-ff41c2a1e9b7@calendly.com
DTSTAMP:20250422T091512Z
DTSTART:20250429T080000Z
DTEND:20250429T090000Z
SUMMARY:Technical Interview - TRI A320 Barcelona between Tomas Kazlauskas
  and Alvaro Ruiz Centeno
DESCRIPTION:Event Name: Technical Interview - TRI A320 Barcelona\n\nLocati
 on: This is a Microsoft Teams web conference.\nhttps://teams.microsoft.com
 /l/meetup-join/19%3ameeting_YmFhdHJhaW5pbmc@thread.v2/0\n\nPlease share an
 ything that will help prepare for our meeting.: Current TRI course starts
  in June\, I hold 4900 h / 3100 h A320.\n\nNeed to make changes to this eve
 nt?\nCancel: https://calendly.com/cancellations/7d2f0c46\nReschedule: https:
 //calendly.com/reschedulings/7d2f0c46\n\nPowered by Calendly.com
ORGANIZER;CN=Tomas Kazlauskas:mailto:tomas.kazlauskas@baatraining.com
ATTENDEE;CN=Alvaro Ruiz Centeno;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mail
 to:alvaro.ruizc@hotmail.es
ATTENDEE;CN=Tomas Kazlauskas;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:
 tomas.kazlauskas@baatraining.com
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    iv("taleo-bahrain", "taleo-bahrain-zone-no-stage",
       "Gulf Air", "Captain A320neo", "", "",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Oracle//Taleo Enterprise Scheduling Center//EN
METHOD:REQUEST
@@TZ Asia/Bahrain@@
BEGIN:VEVENT
UID:TESC-2025-GF-230411-2
DTSTAMP:20250512T070000Z
DTSTART;TZID=Asia/Bahrain:20250526T100000
DTEND;TZID=Asia/Bahrain:20250526T113000
SUMMARY:Gulf Air - Captain A320neo - Interview Invitation
DESCRIPTION:Dear Alvaro\,\n\nFurther to your application for Captain A320n
 eo\, we are pleased to invite you to an interview. Please confirm your at
 tendance by replying to this invitation.\n\nVenue: Gulf Air Headquarters\,
  Muharraq\, Kingdom of Bahrain (flights and hotel will be arranged).\n\nRe
 cruitment & Selection - Gulf Air B.S.C. (c)
ORGANIZER;CN=Gulf Air Recruitment:mailto:recruitment@gulfair.com
ATTENDEE;CN=ALVARO RUIZ CENTENO;RSVP=TRUE:mailto:alvaro.ruizc@hotmail.es
LOCATION:Gulf Air HQ\, Muharraq
END:VEVENT
END:VCALENDAR
"""),
    iv("tech-sim-riyadh", "outlook-arab-standard-time-tech-and-sim",
       "flynas", "DEC Captain A320neo", "technical", "capt.f.alotaibi@flynas.com",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Arab Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="flynas Pilot Recruitment";SENT-BY="mailto:a.qahtani@flynas.com":mailto:pilotrecruitment@flynas.com
ATTENDEE;CN="Alotaibi, Faisal (Capt.)";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:Capt.F.Alotaibi@flynas.com
ATTENDEE;CN=alvaro.ruizc@hotmail.es;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvaro.ruizc@hotmail.es
DESCRIPTION;LANGUAGE=en-US:Dear Capt. Alvaro\,\n\nPlease find your Technic
 al Interview and Sim Evaluation for DEC Captain A320neo.\n08:00 Technical
  interview with Capt. Faisal Alotaibi (Chief Pilot Training)\n10:00 Sim eva
 luation A320 FFS\n\nVenue: flynas Training Centre\, Riyadh. E-visa and tic
 ket RUH will be issued by our travel team.\n\nBest regards\nAbdullah Al-Qah
 tani
DTSTART;TZID="Arab Standard Time":20250602T080000
DTEND;TZID="Arab Standard Time":20250602T140000
DTSTAMP:20250519T062233Z
LOCATION:flynas Training Centre\, Riyadh
SUMMARY;LANGUAGE=en-US:Technical Interview & Sim Evaluation - DEC A320neo
UID:040000008200E00074C5B7101A82E00800000000C01B7F52E7CADB01000000000000000
 0100000001A2B3C4D5E6F708192A3B4C5D6E7F809
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", crlf=True),
    iv("greenhouse-screen", "greenhouse-recruiter-screen-google",
       "Riyadh Air", "Captain - A321neo", "recruiter_screen", "hannah.price@riyadhair.com",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250407T120000Z
DTEND:20250407T123000Z
DTSTAMP:20250402T084511Z
ORGANIZER;CN=Hannah Price:mailto:hannah.price@riyadhair.com
UID:6bm2r0kd3h4l9s1v7eq5tj8cpo@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Hannah Price;X-NUM-GUESTS=0:mailto:hannah.price@riyadhair.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=alvaro.ruizc@hotmail.es;X-NUM-GUESTS=0:mailto:alvaro.ruizc@hotmail.es
X-GOOGLE-CONFERENCE:https://meet.google.com/hqp-ztwa-ysn
DESCRIPTION:Hi Alvaro\,<br><br>Looking forward to our chat about the <b>Cap
 tain - A321neo</b> role at Riyadh Air. We'll cover your background\, the
  type rating and relocation package\, and next steps (technical interview
  + sim).<br><br>Hannah Price\, Talent Acquisition Partner - Flight Operatio
 ns<br><br>This event was scheduled via Greenhouse.<br><br>-::~:~::~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-<br>
 Join with Google Meet: https://meet.google.com/hqp-ztwa-ysn
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Alvaro Ruiz Centeno - Recruiter Screen (Captain - A321neo)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", crlf=True),
    iv("modernloop-panel", "modernloop-final-panel-multiple-interviewers",
       "Riyadh Air", "Captain - A321neo", "final",
       "capt.james.oconnor@riyadhair.com;n.alsaud@riyadhair.com;hannah.price@riyadhair.com",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//Scheduling//EN
METHOD:REQUEST
@@TZ Europe/Madrid@@
BEGIN:VEVENT
UID:ml-evt-0c91d7a2f44b@modernloop.io
DTSTAMP:20250509T160233Z
DTSTART;TZID=Europe/Madrid:20250520T100000
DTEND;TZID=Europe/Madrid:20250520T120000
SUMMARY:Riyadh Air - Final Panel - Alvaro Ruiz Centeno (Captain - A321neo)
DESCRIPTION:Agenda (your local time):\n10:00-10:50 Flight Operations panel
  - Capt. James O'Connor (Chief Pilot A321neo)\, Capt. Nawaf Al Saud (Head
  of Training)\n10:50-11:00 Break\n11:00-11:45 Values & culture - Hannah P
 rice (TA)\n11:45-12:00 Q&A\n\nZoom: https://riyadhair.zoom.us/j/96310452277\n\n
 Coordinated by ModernLoop on behalf of Riyadh Air. Coordinator: Dana Whit
 e (dana.white@riyadhair.com)
ORGANIZER;CN=Dana White:mailto:dana.white@riyadhair.com
ATTENDEE;CN=James O'Connor;ROLE=REQ-PARTICIPANT:mailto:capt.james.oconnor@r
 iyadhair.com
ATTENDEE;CN=Nawaf Al Saud;ROLE=REQ-PARTICIPANT:mailto:n.alsaud@riyadhair.com
ATTENDEE;CN=Hannah Price;ROLE=REQ-PARTICIPANT:mailto:hannah.price@riyadhair
 .com
ATTENDEE;CN=Alvaro Ruiz Centeno;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvar
 o.ruizc@hotmail.es
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
"""),
]
