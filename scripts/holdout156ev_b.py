"""holdout156 events, part B: own interviews (Air Corsica, Comlux, CAE, Gulf carriers, agencies)."""
from holdout156ev_common import iv

EVENTS = [
    iv("entretien-rh", "taleez-french-visio-screen",
       "Air Corsica", "Commandant de bord A320neo", "recruiter_screen", "c.pieri@aircorsica.com",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Taleez//Agenda//FR
METHOD:REQUEST
@@TZ Europe/Paris@@
BEGIN:VEVENT
UID:taleez-evt-91f3c0d2-aircorsica@taleez.com
DTSTAMP:20250217T154400Z
DTSTART;TZID=Europe/Paris:20250224T113000
DTEND;TZID=Europe/Paris:20250224T121500
SUMMARY:Entretien RH - Commandant de bord A320neo - Alvaro RUIZ CENTENO
DESCRIPTION:Bonjour Alvaro\,\n\nSuite à votre candidature au poste de Comma
 ndant de bord A320neo (base Ajaccio ou Bastia)\, nous vous proposons un pr
 emier entretien en visioconférence avec Camille Pieri\, chargée de recrut
 ement PN.\n\nLien Google Meet : https://meet.google.com/wqd-hyzk-tre\n\nL'
 entretien se déroulera en français\; une partie pourra être menée en angla
 is.\n\nCordialement\,\nService Recrutement - Air Corsica
LOCATION:Visioconférence (Google Meet)
ORGANIZER;CN=Camille Pieri:mailto:c.pieri@aircorsica.com
ATTENDEE;CN=Alvaro RUIZ CENTENO;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;
 RSVP=TRUE:mailto:alvaro.ruizc@hotmail.es
END:VEVENT
END:VCALENDAR
"""),
    iv("evaluation-simu", "google-french-sim-evaluation",
       "Air Corsica", "Commandant de bord A320neo", "technical", "pa.santoni@aircorsica.com",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Paris
@@TZ Europe/Paris@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250325T140000
DTEND;TZID=Europe/Paris:20250325T190000
DTSTAMP:20250310T082233Z
ORGANIZER;CN=Paul-Antoine Santoni:mailto:pa.santoni@aircorsica.com
UID:0l3vq8c1k2n7h5fbd4e6tqk9sm@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=alvaro.ruizc@hotmail.es;X-NUM-GUESTS=0:mailto:alvaro.ruizc@hotmail.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Paul-Antoine Santoni;X-NUM-GUESTS=0:mailto:pa.santoni@aircorsica.com
DESCRIPTION:Évaluation simulateur A320 - sélection CDB\n\nBriefing 14h00\,
  séance FFS 15h00-18h00 (place gauche)\, débriefing.\nÉvaluateur : Cdt Paul-
 Antoine Santoni (TRE)\nUn OPL Air Corsica tiendra la place droite.\n\nAdres
 se : Airbus Training Centre\, 1 rond-point Maurice Bellonte\, Blagnac.
LOCATION:Airbus Training Centre\, Blagnac
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Air Corsica - Évaluation simulateur A320 (CDB)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", crlf=True),
    iv("lever-chief-pilot", "lever-zurich-chief-pilot-interview",
       "Comlux", "Captain ACJ320", "hiring_manager", "r.meier@comluxaviation.com",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Interview Scheduling//EN
METHOD:REQUEST
@@TZ Europe/Zurich@@
BEGIN:VEVENT
UID:lever-iv-2b7f1a3c-88d4-4e12-b0a1-6f0e2d9c4a55
DTSTAMP:20250305T141502Z
DTSTART;TZID=Europe/Zurich:20250312T160000
DTEND;TZID=Europe/Zurich:20250312T164500
SUMMARY:Alvaro Ruiz Centeno <> Comlux: Interview with Chief Pilot ACJ
DESCRIPTION:Position: Captain ACJ320 (Freelance/Full-time\, base Zurich)\n
 Interviewer: Capt. Reto Meier\, Chief Pilot ACJ\n\nMicrosoft Teams: https:/
 /teams.microsoft.com/l/meetup-join/19%3ameeting_ZjM1NzQ1@thread.v2/0\n\nNe
 ed to reschedule? https://hire.lever.co/interviews/reschedule/2b7f1a3c\n\n
 --\nScheduled via Lever on behalf of Comlux Aviation AG
LOCATION:Microsoft Teams
ORGANIZER;CN=Sabine Keller (Comlux Crew Recruitment):mailto:s.keller@comlux
 aviation.com
ATTENDEE;CN=Reto Meier;ROLE=REQ-PARTICIPANT:mailto:r.meier@comluxaviation.c
 om
ATTENDEE;CN=Alvaro Ruiz Centeno;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvar
 o.ruizc@hotmail.es
END:VEVENT
END:VCALENDAR
"""),
    iv("sim-eval-zurich", "outlook-w-europe-sim-evaluation-bizjet",
       "Comlux", "Captain ACJ320", "technical", "daniel.frei@comluxaviation.com",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Keller, Sabine";SENT-BY="mailto:crew.planning@comluxaviation.com":mailto:s.keller@comluxaviation.com
ATTENDEE;CN="Frei, Daniel";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:Daniel.Frei@comluxaviation.com
ATTENDEE;CN=alvaro.ruizc@hotmail.es;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvaro.ruizc@hotmail.es
DESCRIPTION;LANGUAGE=de-CH:Hi Alvaro\,\n\nas discussed with Reto\, here is
  your evaluation session in the A320 FFS.\n2 hrs brief incl. flight planning
  exercise (LSZH-LSGG with a VIP client change of plans)\, 3 hrs sim\, debrie
 f with Capt. Daniel Frei (Head of Training).\n\nLufthansa Aviation Training
  Switzerland\, Obstgartenstrasse 25\, 8302 Kloten.\n\nBeste Grüsse\nSabine
DTSTART;TZID="W. Europe Standard Time":20250409T130000
DTEND;TZID="W. Europe Standard Time":20250409T190000
DTSTAMP:20250321T100214Z
LOCATION:LAT Switzerland\, Kloten - FFS A320
SUMMARY;LANGUAGE=de-CH:Sim evaluation ACJ320 - A. Ruiz Centeno
UID:040000008200E00074C5B7101A82E00800000000B0C7E1E3A49ADB010000000000000000
 10000000C2F0E1D3A4B5C6D7E8F9A0B1C2D3E4F5
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", crlf=True),
    iv("workday-phone-screen", "workday-phone-screen-training-centre",
       "CAE", "Type Rating Instructor (TRI) A320 - Madrid", "recruiter_screen", "lucia.navarro@cae.com",
       r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Europe/Madrid@@
BEGIN:VEVENT
UID:wd-recruiting-interview-9ad1e6c0b233@myworkday.com
DTSTAMP:20250206T161003Z
DTSTART;TZID=Europe/Madrid:20250213T173000
DTEND;TZID=Europe/Madrid:20250213T180000
SUMMARY:Phone Screen: Type Rating Instructor (TRI) A320 - Madrid (JR-2025-0
 3318)
DESCRIPTION:Candidate: Alvaro Ruiz Centeno\nInterviewer: Lucía Navarro (Tal
 ent Acquisition Partner\, EMEA)\nInterview Format: Phone\n\nLucía will cal
 l you on +34 6XX XXX 412.\n\nCAE Careers
ORGANIZER;CN=CAE Recruiting:mailto:cae@myworkday.com
ATTENDEE;CN=Lucía Navarro;ROLE=REQ-PARTICIPANT:mailto:lucia.navarro@cae.com
ATTENDEE;CN=Alvaro Ruiz Centeno;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvar
 o.ruizc@hotmail.es
LOCATION:Teléfono
END:VEVENT
END:VCALENDAR
"""),
    iv("clase-demo", "instructor-teaching-demo-practical",
       "CAE", "Instructor TRI A320", "technical", "jmartin.garrido@cae.com",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Navarro, Lucía":mailto:lucia.navarro@cae.com
ATTENDEE;CN="Martín Garrido, José";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:JMartin.Garrido@cae.com
ATTENDEE;CN=alvaro.ruizc@hotmail.es;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvaro.ruizc@hotmail.es
ATTENDEE;CN="MAD Aula 3";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT:mailto:mad.aula3@cae.com
DESCRIPTION;LANGUAGE=es-ES:Hola Álvaro\,\n\nTal y como hablamos\, te convo
 camos a la segunda fase para Instructor TRI A320 en el centro de Madrid:\n
 \n- 10:00 Sesión práctica: prepara un briefing de 20 minutos sobre un ejer
 cicio del LOFT (p.ej. fallo de motor tras V1 con RNP en salida). Lo impart
 irás a José Martín (Head of Training) como si fuera un alumno.\n- 10:45 Se
 sión en el simulador desde el puesto de instructor (IOS).\n- 12:00 Entrevi
 sta con José.\n\nCAE Centro de Formación Madrid\, Avda. de la Industria 4\
 , San Sebastián de los Reyes.\n\nUn saludo\,\nLucía
DTSTART;TZID="Romance Standard Time":20250304T100000
DTEND;TZID="Romance Standard Time":20250304T130000
DTSTAMP:20250220T121930Z
LOCATION:CAE Madrid - Aula 3
SUMMARY;LANGUAGE=es-ES:CAE Madrid - sesión práctica + entrevista (TRI A320)
UID:040000008200E00074C5B7101A82E008000000007A1C5F9E5A83DB010000000000000000
 10000000E1A2B3C4D5E6F708192A3B4C5D6E7F80
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", crlf=True),
    iv("icims-online", "icims-teams-dubai-time-no-stage",
       "Air Arabia", "Captain A320", "", "",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//Interview Scheduler//EN
METHOD:REQUEST
@@TZ Asia/Dubai@@
BEGIN:VEVENT
UID:icims-airarabia-int-4407712
DTSTAMP:20250225T060000Z
DTSTART;TZID=Asia/Dubai:20250304T120000
DTEND;TZID=Asia/Dubai:20250304T130000
SUMMARY:Air Arabia - Captain A320 - Online Interview
DESCRIPTION:Dear Alvaro\,\n\nWe are pleased to invite you for an online int
 erview for the position of Captain A320 (Sharjah base).\nThe interview wi
 ll be conducted on Microsoft Teams by members of our Flight Operations te
 am. The link will be shared 1 day prior.\n\nPlease keep your passport\, lic
 ence\, Class 1 medical and last 3 pages of your logbook ready to show on ca
 mera.\n\nBest Regards\,\nTalent Acquisition - Air Arabia PJSC\nThis is an
  automated message from iCIMS.
ORGANIZER;CN=Air Arabia Careers:mailto:careers-noreply@icims.com
ATTENDEE;CN=Alvaro Ruiz Centeno;RSVP=TRUE:mailto:alvaro.ruizc@hotmail.es
LOCATION:Online - Microsoft Teams
END:VEVENT
END:VCALENDAR
"""),
    iv("virtual-assessment", "workday-virtual-assessment-centre",
       "Etihad Airways", "Direct Entry Captain A320", "onsite", "",
       r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Asia/Dubai@@
BEGIN:VEVENT
UID:wd-recruiting-interview-e72c90ff1d16@myworkday.com
DTSTAMP:20250403T080101Z
DTSTART;TZID=Asia/Dubai:20250422T100000
DTEND;TZID=Asia/Dubai:20250422T150000
SUMMARY:Etihad Airways: Virtual Assessment Centre - Direct Entry Captain A
 320 (JR104455)
DESCRIPTION:Dear Alvaro\,\n\nYou are invited to attend the Virtual Assessm
 ent Centre for Direct Entry Captain A320.\n\n10:00 Welcome and company pr
 esentation\n10:30 Group exercise (breakout rooms)\n12:00 Technical intervi
 ew\n13:30 Competency interview with Talent Acquisition and a Training Capt
 ain\n\nAll times are Abu Dhabi time (GST\, UTC+4).\nZoom: https://etihad.zo
 om.us/j/93355120847\n\nEtihad Talent Acquisition
ORGANIZER;CN=Etihad Talent Acquisition:mailto:etihad@myworkday.com
ATTENDEE;CN=Alvaro Ruiz Centeno;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvar
 o.ruizc@hotmail.es
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
"""),
    iv("agency-screen", "agency-names-client-only-in-body",
       "IndiGo", "Expat Captain A320", "recruiter_screen", "fiona.mcallister@rishworthaviation.com",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250220T093000Z
DTEND:20250220T101500Z
DTSTAMP:20250214T161245Z
ORGANIZER;CN=Fiona McAllister:mailto:fiona.mcallister@rishworthaviation.com
UID:7h2c9oqs1uk6b0q5r8pmd3vf4a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Fiona McAllister;X-NUM-GUESTS=0:mailto:fiona.mcallister@rishworthaviat
 ion.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=alvaro.ruizc@hotmail.es;X-NUM-GUESTS=0:mailto:alvaro.ruizc@hotmail.es
X-GOOGLE-CONFERENCE:https://meet.google.com/cgs-pwtk-rmo
DESCRIPTION:Hi Alvaro\, as per my email - this is the screening call for t
 he IndiGo (InterGlobe Aviation) expat Captain A320 contract\, Delhi or Mumb
 ai base\, 5 on / 3 off roster. I'll go through your hours\, licence valida
 tion with DGCA and the timeline for the sim assessment in Gurgaon.\n\nFiona
 \n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin w
 ith Google Meet: https://meet.google.com/cgs-pwtk-rmo\n\nLearn more about
  Meet at: https://support.google.com/a/users/answer/9282720\n-::~:~::~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Alvaro Ruiz / Rishworth Aviation - screening call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", crlf=True),
    iv("agency-zoom", "agency-screen-chinese-carrier-named",
       "Sichuan Airlines", "A320 Captain", "recruiter_screen", "kevin.zhang@wasinc.com",
       r"""BEGIN:VCALENDAR
PRODID:Zoom-Calendar
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ZOOM89104477321
DTSTAMP:20250226T022011Z
DTSTART:20250303T090000Z
DTEND:20250303T094500Z
SUMMARY:WASINC - Sichuan Airlines A320 Captain - Video interview
DESCRIPTION:Kevin Zhang is inviting you to a scheduled Zoom meeting.\n\nTop
 ic: WASINC - Sichuan Airlines A320 Captain - Video interview\n\nJoin Zoom
  Meeting\nhttps://us02web.zoom.us/j/89104477321?pwd=aVV1dXJ3c2dKcGpn\n\nMe
 eting ID: 891 0447 7321\nPasscode: 228615\n\nPlease prepare: licence\, medi
 cal\, last 6 months logbook\, ICAO English level certificate. Salary packa
 ge and Chengdu base details will be discussed.
ORGANIZER;CN=Kevin Zhang:mailto:kevin.zhang@wasinc.com
ATTENDEE;CN=alvaro.ruizc@hotmail.es;RSVP=TRUE:mailto:alvaro.ruizc@hotmail.e
 s
LOCATION:https://us02web.zoom.us/j/89104477321?pwd=aVV1dXJ3c2dKcGpn
END:VEVENT
END:VCALENDAR
"""),
    iv("agency-client-interview", "agency-scheduled-client-fleet-interview",
       "SunExpress", "Captain A320 / B737 (Direct Entry)", "hiring_manager", "okan.yildiz@sunexpress.com",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="O'Brien, Aoife (CAE Parc Aviation)":mailto:aoife.obrien@parcaviation.aero
ATTENDEE;CN="Yildiz, Okan";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:okan.yildiz@sunexpress.com
ATTENDEE;CN=alvaro.ruizc@hotmail.es;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alvaro.ruizc@hotmail.es
ATTENDEE;CN="O'Brien, Aoife (CAE Parc Aviation)";ROLE=OPT-PARTICIPANT:mailto:aoife.obrien@parcaviation.aero
DESCRIPTION;LANGUAGE=en-IE:Hi Alvaro\,\n\nGood news - SunExpress would lik
 e to meet you. Capt. Okan Yildiz (Fleet Manager) will run the interview\;
  I'll join for the first 5 minutes only.\n\n_______________________________
 _________________________________________________\nMicrosoft Teams meeting
 \nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGFlMjc5@threa
 d.v2/0\nMeeting ID: 339 804 117 662  Passcode: 4cJ7mV\nDial in by phone +3
 53 1 653 5921\,\,618204417# Ireland\, Dublin\n_______________________________
 _________________________________________________\n
DTSTART;TZID="Romance Standard Time":20250415T150000
DTEND;TZID="Romance Standard Time":20250415T160000
DTSTAMP:20250408T090312Z
LOCATION:Microsoft Teams Meeting
SUMMARY;LANGUAGE=en-IE:SunExpress / A. Ruiz Centeno - Interview (CAE Parc)
UID:040000008200E00074C5B7101A82E0080000000030B4E2C19A9BDB01000000000000000
 010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", crlf=True),
]
