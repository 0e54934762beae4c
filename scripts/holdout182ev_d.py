# ruff: noqa: E501
"""holdout182 events, part d: medical devices, telehealth and start-ups (written blind, raw iCalendar text)."""

EVENTS = [
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000C1E3A5B7D9A8DB01000000000000000010000000A2B4C6D8E0F2A4B6C8D0E2F4A6B8C0D2",
        "is_interview": 1,
        "company": "Medtronic",
        "role": "Clinical Specialist, Cardiac Rhythm Management",
        "stage": "hiring_manager",
        "interviewers": "jean-francois.giroux@medtronic.com",
        "trap": "device-company-hm-teams-workday-req-in-body",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Giroux, Jean-Francois":mailto:jean-francois.giroux@medtronic.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
DESCRIPTION;LANGUAGE=en-US:Bonjour Geneviève\,\n\nMerci d'avoir pris le temps de parler avec notre recruteuse. I'd like to meet you for the Clinical Specialist\, Cardiac Rhythm Management role (Workday req R29517\, Montréal – East territory). We can do it in French or English\, as you prefer.\n\nI'll ask about your experience with pacemaker/ICD patients on the unit\, your comfort in the OR/EP lab and your availability for on-call (implant cases\, device interrogations in the ED).\n\nJean-François Giroux\nRegional Manager\, CRM Québec/Atlantic – Medtronic Canada\nC: 514-555-0176\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjYzNDk0ZjctNTM0OS00YmQ0LWFmNGEtN2M3OGI2OTYzNWY3%40thread.v2/0>\nMeeting ID: 226 401 553 781\nPasscode: Zb6tK2\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C1E3A5B7D9A8DB01000000000000000010000000A2B4C6D8E0F2A4B6C8D0E2F4A6B8C0D2
SUMMARY;LANGUAGE=en-US:Geneviève Tremblay // JF Giroux – CRM Clinical Specialist
DTSTART;TZID=Eastern Standard Time:20250502T073000
DTEND;TZID=Eastern Standard Time:20250502T081500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250428T231506Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E0080000000034A6C8E0F2A9DB010000000000000000100000005D7F9B1D3F5A7C9E1B3D5F7A9C1E3B5D",
        "is_interview": 1,
        "company": "Abbott",
        "role": "Heart Failure Clinical Specialist – Montreal, QC",
        "stage": "hiring_manager",
        "interviewers": "luc.berube@abbott.com;sandra.ellis@abbott.com",
        "trap": "central-time-coordinator-organizer-panel-of-two",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Central Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Kowalski, Megan":mailto:megan.kowalski@abbott.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Berube, Luc":mailto:luc.berube@abbott.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ellis, Sandra":mailto:sandra.ellis@abbott.com
DESCRIPTION;LANGUAGE=en-US:Hi Geneviève\,\n\nI'm the recruiting coordinator supporting Abbott's Heart Failure division. Please find your interview details below for the Heart Failure Clinical Specialist – Montreal\, QC position (req 31093481).\n\nInterviewers:\n- Luc Bérubé\, Regional Sales Manager\, Eastern Canada\n- Sandra Ellis\, Clinical Manager\, Heart Failure (HeartMate 3 / CardioMEMS)\n\nPlease note the time is shown in Central Time (our HQ)\; it is 2:00 PM Eastern for you.\n\nMegan Kowalski\nRecruiting Coordinator | Abbott\nAbbott Park\, Illinois\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDkwYTk0MTAtNmQ2Zi00ZWQ1LWI5YjUtMjFiYzg1ZjAwYjU1%40thread.v2/0\nMeeting ID: 257 118 604 390  Passcode: HhW4ps\nDial in: +1 872-242-8140\,\,551230784#  United States\, Chicago\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000034A6C8E0F2A9DB010000000000000000100000005D7F9B1D3F5A7C9E1B3D5F7A9C1E3B5D
SUMMARY;LANGUAGE=en-US:Abbott HF Interview: Geneviève Tremblay (Bérubé / Ellis)
DTSTART;TZID=Central Standard Time:20250521T130000
DTEND;TZID=Central Standard Time:20250521T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250515T171248Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goodtime-invite",
        "uid": "gt-7b1e0c93-41d5-4f8a-9e26-0c3d5b7a9f11@goodtime.io",
        "is_interview": 1,
        "company": "Edwards Lifesciences",
        "role": "Clinical Specialist, Transcatheter Heart Valves (TAVR) – Montréal",
        "stage": "onsite",
        "interviewers": "marc.desrosiers@edwards.com;julia.hartmann@edwards.com;kevin.osei@edwards.com",
        "trap": "goodtime-virtual-onsite-back-to-back",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-7b1e0c93-41d5-4f8a-9e26-0c3d5b7a9f11@goodtime.io
DTSTAMP:20250520T151122Z
DTSTART:20250527T130000Z
DTEND:20250527T150000Z
SUMMARY:Edwards Lifesciences Virtual Onsite: Geneviève Tremblay - Clinical Specialist\, Transcatheter Heart Valves (TAVR) – Montréal
ORGANIZER;CN=Edwards Lifesciences Talent Acquisition:mailto:scheduling@edwards.goodtime.io
ATTENDEE;CN=Geneviève Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gen.tremblay@videotron.ca
ATTENDEE;CN=Marc Desrosiers;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marc.desrosiers@edwards.com
ATTENDEE;CN=Julia Hartmann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:julia.hartmann@edwards.com
ATTENDEE;CN=Kevin Osei;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kevin.osei@edwards.com
LOCATION:Zoom
DESCRIPTION:Hi Geneviève\,\n\nYour virtual onsite with Edwards Lifesciences is confirmed. All times below are Eastern Time.\n\n9:00 – 9:40 AM  Marc Desrosiers\, Regional Clinical Manager\, TAVR Canada – Zoom https://edwards.zoom.us/j/91847206621\n9:40 – 10:20 AM  Julia Hartmann\, Senior Clinical Specialist – case review: walk us through a TAVR patient from valve clinic to discharge – Zoom https://edwards.zoom.us/j/91847206621\n10:20 – 11:00 AM  Kevin Osei\, Director\, Therapy Development – Zoom https://edwards.zoom.us/j/91847206621\n\nNeed to reschedule? https://edwards.goodtime.io/candidate/reschedule/7b1e0c93\n\nThis invitation was sent by GoodTime on behalf of Edwards Lifesciences.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "personio-invite",
        "uid": "personio-interview-4471930-b7d2@biotronik.jobs.personio.de",
        "is_interview": 1,
        "company": "Biotronik",
        "role": "Clinical Specialist CRM (m/w/d) – Montréal, Kanada",
        "stage": "",
        "interviewers": "katrin.vogel@biotronik.com;martin.leclerc@biotronik.com",
        "trap": "german-personio-vorstellungsgespraech-berlin-tz",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
@@TZ Europe/Berlin@@
BEGIN:VEVENT
UID:personio-interview-4471930-b7d2@biotronik.jobs.personio.de
DTSTAMP:20250407T091544Z
DTSTART;TZID=Europe/Berlin:20250414T170000
DTEND;TZID=Europe/Berlin:20250414T174500
SUMMARY:Vorstellungsgespräch: Clinical Specialist CRM (m/w/d) – Montréal\, Kanada
ORGANIZER;CN=BIOTRONIK Recruiting:mailto:recruiting@biotronik.jobs.personio.de
ATTENDEE;CN=Geneviève Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gen.tremblay@videotron.ca
ATTENDEE;CN=Katrin Vogel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:katrin.vogel@biotronik.com
ATTENDEE;CN=Martin Leclerc;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:martin.leclerc@biotronik.com
LOCATION:Microsoft Teams
DESCRIPTION:Hallo Geneviève\,\n\nvielen Dank für Ihre Bewerbung als Clinical Specialist CRM (m/w/d) – Montréal\, Kanada. Wir freuen uns\, Sie zu einem ersten Gespräch per Microsoft Teams einzuladen.\n\nIhre Gesprächspartner:\n- Katrin Vogel\, Talent Acquisition\, BIOTRONIK SE & Co. KG\, Berlin\n- Martin Leclerc\, Country Manager Canada\n\nDas Gespräch findet auf Englisch statt (Herr Leclerc spricht auch Französisch). Bitte beachten Sie: 17:00 Uhr Berliner Zeit entspricht 11:00 Uhr in Montréal.\n\nTeams-Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWI2ZGI0YWMtNGNkNi00ZDk0LWIyOWQtMjU2NDFhZDUxY2Q0%40thread.v2/0\n\nMit freundlichen Grüßen\nIhr BIOTRONIK Recruiting-Team\n\nDiese Nachricht wurde über Personio versendet.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "lever-invite",
        "uid": "lever-interview-3b9f2e71-0a6c-4d58-8e14-c7a2f05d9b36",
        "is_interview": 1,
        "company": "Dialogue",
        "role": "Infirmière clinicienne – Soins virtuels / Virtual Care Nurse",
        "stage": "recruiter_screen",
        "interviewers": "noemie.lafleur@dialogue.co",
        "trap": "lever-startup-french-phone-screen-utc",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-3b9f2e71-0a6c-4d58-8e14-c7a2f05d9b36
DTSTAMP:20250318T200411Z
DTSTART:20250321T163000Z
DTEND:20250321T170000Z
SUMMARY:Geneviève Tremblay - Appel initial / Phone screen - Infirmière clinicienne – Soins virtuels / Virtual Care Nurse
ORGANIZER;CN=Noémie Lafleur:mailto:noemie.lafleur@dialogue.co
ATTENDEE;CN=Noémie Lafleur;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:noemie.lafleur@dialogue.co
ATTENDEE;CN=gen.tremblay@videotron.ca;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gen.tremblay@videotron.ca
LOCATION:https://meet.google.com/sxw-hgtn-ufo
DESCRIPTION:Bonjour Geneviève\,\n\nMerci pour ta candidature chez Dialogue! Voici les détails de notre appel initial (30 min) : je vais te présenter Dialogue\, l'équipe des soins infirmiers et le quotidien d'une infirmière en soins virtuels (chat\, vidéo\, triage\, suivi de maladies chroniques). On parlera aussi de tes disponibilités (soirs/fins de semaine) et de tes attentes.\n\nGoogle Meet : https://meet.google.com/sxw-hgtn-ufo\n\nÀ bientôt!\nNoémie Lafleur\nPartenaire acquisition de talents\, Dialogue\n\n---\nScheduled via Lever
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "lever-invite",
        "uid": "lever-interview-9e47a1c0-5f2b-43d8-b6a9-1d0e3c8f7a25",
        "is_interview": 1,
        "company": "Dialogue",
        "role": "Infirmière clinicienne – Soins virtuels",
        "stage": "technical",
        "interviewers": "kevin.tran@dialogue.co;sarah-maude.bolduc@dialogue.co",
        "trap": "lever-mise-en-situation-clinique-triage-cases",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-9e47a1c0-5f2b-43d8-b6a9-1d0e3c8f7a25
DTSTAMP:20250326T134522Z
DTSTART:20250401T180000Z
DTEND:20250401T190000Z
SUMMARY:Geneviève Tremblay - Mise en situation clinique - Infirmière clinicienne – Soins virtuels
ORGANIZER;CN=Noémie Lafleur:mailto:noemie.lafleur@dialogue.co
ATTENDEE;CN=Kevin Tran;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kevin.tran@dialogue.co
ATTENDEE;CN=Sarah-Maude Bolduc;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sarah-maude.bolduc@dialogue.co
ATTENDEE;CN=gen.tremblay@videotron.ca;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gen.tremblay@videotron.ca
LOCATION:https://meet.google.com/pzr-vbcd-qkt
DESCRIPTION:Bonjour Geneviève\,\n\nProchaine étape : une mise en situation clinique de 60 minutes avec Kevin Tran (infirmier-chef\, soins virtuels) et Sarah-Maude Bolduc (conseillère en pratique clinique).\n\nOn te présentera 3 consultations simulées par clavardage et vidéo (douleur thoracique chez un patient de 58 ans\, cystite\, suivi de TA). On évalue ton jugement clinique\, ta documentation et ta communication — pas besoin de te préparer\, aucune lecture préalable.\n\nGoogle Meet : https://meet.google.com/pzr-vbcd-qkt\n\nBonne chance!\nNoémie\n\n---\nScheduled via Lever
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "modernloop-invite",
        "uid": "ml_evt_01HV3K9Q2X7M5B8R4T6Y0Z1C2D@modernloop.io",
        "is_interview": 1,
        "company": "Dialogue",
        "role": "",
        "stage": "final",
        "interviewers": "annick.lavoie@dialogue.co",
        "trap": "modernloop-final-director-of-nursing",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ America/Toronto@@
BEGIN:VEVENT
UID:ml_evt_01HV3K9Q2X7M5B8R4T6Y0Z1C2D@modernloop.io
DTSTAMP:20250404T172233Z
DTSTART;TZID=America/Toronto:20250410T170000
DTEND;TZID=America/Toronto:20250410T174500
SUMMARY:[Dialogue] Final: Geneviève Tremblay x Annick Lavoie
ORGANIZER;CN=Dialogue Recruiting:mailto:recruiting@dialogue.co
ATTENDEE;CN=Annick Lavoie;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:annick.lavoie@dialogue.co
ATTENDEE;CN=Geneviève Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gen.tremblay@videotron.ca
LOCATION:https://meet.google.com/eaj-mnwq-rvy
DESCRIPTION:Hi Geneviève\,\n\nLast step! You'll meet Annick Lavoie\, VP Clinical Operations & Director of Nursing\, for 45 minutes. Expect a conversation about values\, how you handle difficult cases remotely\, and your questions for us. The conversation will be in French.\n\nJoin: https://meet.google.com/eaj-mnwq-rvy\n\nScheduled with ModernLoop on behalf of Dialogue.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-invite",
        "uid": "7ab3kqv0s1e2n8r9c5t4m6j0fd@google.com",
        "is_interview": 1,
        "company": "Nocti Santé",
        "role": "Infirmière responsable clinique",
        "stage": "hiring_manager",
        "interviewers": "olivier.nadeau.md@gmail.com",
        "trap": "founder-gmail-interview-in-cafe",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:America/Toronto
@@TZ America/Toronto@@
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250426T100000
DTEND;TZID=America/Toronto:20250426T110000
DTSTAMP:20250422T011758Z
ORGANIZER;CN=Olivier Nadeau:mailto:olivier.nadeau.md@gmail.com
UID:7ab3kqv0s1e2n8r9c5t4m6j0fd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Olivier Nadeau;X-NUM-GUESTS=0:mailto:olivier.nadeau.md@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gen.tremblay@videotron.ca;X-NUM-GUESTS=0:mailto:gen.tremblay@videot
 ron.ca
CREATED:20250422T011757Z
DESCRIPTION:Salut Geneviève!\n\nMerci d'avoir répondu à mon message LinkedIn
 . Comme je disais\, on lance Nocti (télésurveillance à domicile des patient
 s en insuffisance cardiaque après l'hospitalisation — on est 4\, financés p
 ar du pré-amorçage). Je cherche notre première Infirmière responsable clin
 ique : bâtir les protocoles de suivi\, former les infirmières\, parler aux
  cardiologues.\n\nOn se voit au café pour une vraie entrevue\, mais relax. J
 'aimerais que tu me parles de comment tu gères les appels de patients à la
  clinique IC et de ce qui manque selon toi dans les suivis post-congé.\n\nO
 livier\n(urgentologue\, cofondateur)
LAST-MODIFIED:20250422T011758Z
LOCATION:Café Olimpico\, 124 Rue Saint-Viateur O\, Montréal\, QC H2T 2L1\, C
 anada
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Geneviève / Olivier – Nocti (entrevue)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ashby-invite",
        "uid": "ashby-interview-schedule-5e1f7c3a-8d24-4b90-a61e-2c9f0b8d7e13",
        "is_interview": 1,
        "company": "Maple",
        "role": "Registered Nurse, Virtual Care (Bilingual)",
        "stage": "recruiter_screen",
        "interviewers": "priyanka.shah@getmaple.ca",
        "trap": "ashby-english-recruiter-screen-zoom",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ America/Toronto@@
BEGIN:VEVENT
UID:ashby-interview-schedule-5e1f7c3a-8d24-4b90-a61e-2c9f0b8d7e13
DTSTAMP:20250506T141907Z
DTSTART;TZID=America/Toronto:20250512T120000
DTEND;TZID=America/Toronto:20250512T122500
SUMMARY:Maple <> Geneviève Tremblay | Recruiter Screen
ORGANIZER;CN=Maple Talent:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Priyanka Shah;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:priyanka.shah@getmaple.ca
ATTENDEE;CN=Geneviève Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gen.tremblay@videotron.ca
LOCATION:https://maple.zoom.us/j/88104372251?pwd=Q0ZjVWpxZ3dNd0lkS1R2ZkF6dUxtQT09
DESCRIPTION:Hi Geneviève\,\n\nLooking forward to chatting! This is a 25-minute recruiter screen for the Registered Nurse\, Virtual Care (Bilingual) role. We'll cover your nursing background\, your licences (OIIQ — do you hold or plan to hold a licence in another province?)\, scheduling preferences and salary expectations.\n\nZoom: https://maple.zoom.us/j/88104372251?pwd=Q0ZjVWpxZ3dNd0lkS1R2ZkF6dUxtQT09\nMeeting ID: 881 0437 2251\nPasscode: 205516\n\nPriyanka Shah\, Talent Partner\, Maple\n\nPowered by Ashby
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-invite",
        "uid": "1fq9p0l2k7c3v5b8n4m6x0z2ws@google.com",
        "is_interview": 1,
        "company": "TELUS Santé",
        "role": "Infirmière clinicienne – Télésanté",
        "stage": "hiring_manager",
        "interviewers": "genevieve.lapointe@telus.com",
        "trap": "interviewer-shares-user-first-name-google-meet",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ America/Toronto@@
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250604T093000
DTEND;TZID=America/Toronto:20250604T101500
DTSTAMP:20250530T160151Z
ORGANIZER;CN=Geneviève Lapointe:mailto:genevieve.lapointe@telus.com
UID:1fq9p0l2k7c3v5b8n4m6x0z2ws@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Geneviève Lapointe;X-NUM-GUESTS=0:mailto:genevieve.lapointe@telus.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gen.tremblay@videotron.ca;X-NUM-GUESTS=0:mailto:gen.tremblay@videot
 ron.ca
CREATED:20250530T160150Z
DESCRIPTION:Bonjour Geneviève (une autre Geneviève! 😊)\,\n\nJe suis gestio
 nnaire de l'équipe infirmière Télésanté chez TELUS Santé. Suite à ton appe
 l avec notre recruteur\, j'aimerais te rencontrer pour le poste Infirmière
  clinicienne – Télésanté (Info-soins employeurs\, quarts de soir).\n\nOn pa
 rlera de ton expérience en évaluation à distance\, de l'utilisation des pr
 otocoles et de ta vision du travail à domicile.\n\n-::~:~::~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
 \nParticiper avec Google Meet : https://meet.google.com/wkc-ombf-jrs\nOu com
 poser le : (CA) +1 438-899-1632 Code : 802 119 437#\n\n-::~:~::~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~:
 :-
LAST-MODIFIED:20250530T160151Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevue Geneviève T. – Infirmière clinicienne Télésanté
TRANSP:OPAQUE
X-GOOGLE-CONFERENCE:https://meet.google.com/wkc-ombf-jrs
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teamtailor-invite",
        "uid": "teamtailor-meeting-2719044-alayacare@teamtailor.com",
        "is_interview": 1,
        "company": "AlayaCare",
        "role": "Clinical Product Specialist (RN)",
        "stage": "",
        "interviewers": "hugo.marchetti@alayacare.com;renee.st-pierre@alayacare.com",
        "trap": "teamtailor-clinical-product-role-two-interviewers",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-meeting-2719044-alayacare@teamtailor.com
DTSTAMP:20250519T133340Z
DTSTART:20250523T150000Z
DTEND:20250523T154500Z
SUMMARY:Interview: Clinical Product Specialist (RN) – AlayaCare
ORGANIZER;CN=AlayaCare:mailto:noreply@teamtailor.com
ATTENDEE;CN=Geneviève Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gen.tremblay@videotron.ca
ATTENDEE;CN=Hugo Marchetti;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hugo.marchetti@alayacare.com
ATTENDEE;CN=Renée St-Pierre;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:renee.st-pierre@alayacare.com
LOCATION:Google Meet
DESCRIPTION:Hi Geneviève!\n\nYou have been invited to an interview for Clinical Product Specialist (RN) at AlayaCare.\n\nParticipants: Hugo Marchetti (Product Manager\, Clinical Workflows)\, Renée St-Pierre (Clinical Lead\, Home Care)\nWhere: https://meet.google.com/ybn-tqds-xaf\n\nWe'd love to hear how nurses actually document a home visit and what drives you crazy in the tools you use today.\n\nSee you soon!\nThe AlayaCare team\n\nSent with Teamtailor
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
