# ruff: noqa: E501, W291  (raw iCalendar text: long property lines and folded lines ending in a space)
"""holdout146: the user's own interviews, part D (France, Spain, Cyprus, maritime tech)."""
from holdout146ev_common import ev

EVENTS = [
ev("outlook-french", "040000008200E00074C5B7101A82E00800000000D5E4F3A2B12CDC01000000000000000010000000C0FFEE00C0FFEE00BADC0FFEE0DDF00D",
   "french-entretien-port-authority-teams",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="LEFEBVRE Camille":mailto:camille.lefebvre@haropaport.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Pieter de Graaf":mailto:pieter.degraaf@ziggo.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="MARTIN Yannick":mailto:yannick.martin@haropaport.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Monsieur de Graaf\,\n\nSuite à votre ca
 ndidature au poste d'Officier de port adjoint (H/F) – Capitainerie du Hav
 re\, nous avons le plaisir de vous convier à un entretien en visioconfére
 nce avec le Commandant Yannick Martin\, Commandant de port adjoint\, et m
 oi-même.\n\nL'entretien pourra se dérouler en anglais si vous le souhaite
 z.\n\nBien cordialement\,\nCamille Lefebvre\nChargée de recrutement – HAR
 OPA PORT\n\n____________\nRéunion Microsoft Teams\nRejoindre : https://te
 ams.microsoft.com/l/meetup-join/19%3ameeting_HrpOPA\nID de réunion : 372 
 991 004 225   Code secret : 7wJm3c\n
UID:040000008200E00074C5B7101A82E00800000000D5E4F3A2B12CDC01000000000000000010000000C0FFEE00C0FFEE00BADC0FFEE0DDF00D
SUMMARY;LANGUAGE=fr-FR:Entretien – Officier de port adjoint (H/F) – M. de Graaf
DTSTART;TZID=Romance Standard Time:20251014T100000
DTEND;TZID=Romance Standard Time:20251014T110000
DTSTAMP:20251006T134500Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "HAROPA PORT", "Officier de port adjoint (H/F)", "",
   "camille.lefebvre@haropaport.com;yannick.martin@haropaport.com"),

ev("workday-french", "WD-CMACGM-ENT-4419023@myworkday.com",
   "workday-french-telephone-prequalification",
   r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//FR
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE Europe/Paris@@
BEGIN:VEVENT
UID:WD-CMACGM-ENT-4419023@myworkday.com
DTSTAMP:20250922T080000Z
DTSTART;TZID=Europe/Paris:20250926T143000
DTEND;TZID=Europe/Paris:20250926T150000
SUMMARY:Entretien : Pré-qualification téléphonique – Marine Superintendent (H/F)
DESCRIPTION:Candidat : Pieter de Graaf\nOffre : REQ-88214 Marine Superinte
 ndent (H/F) – Fleet Management\, Marseille\nType d'entretien : Pré-quali
 fication téléphonique\nRecruteur : Sarah Benali\n\nCMA CGM – Tour CMA CGM
 \, 4 quai d'Arenc\, 13002 Marseille
ORGANIZER;CN=CMA CGM Talent Acquisition:mailto:cmacgm@myworkday.com
ATTENDEE;CN=Sarah Benali;ROLE=REQ-PARTICIPANT:mailto:ext.sbenali@cma-cgm.com
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
LOCATION:Téléphone
END:VEVENT
END:VCALENDAR
""", "CMA CGM", "Marine Superintendent (H/F)", "recruiter_screen", "ext.sbenali@cma-cgm.com"),

ev("wttj-french", "wttj-rdv-61f0b2e4a9c8@welcometothejungle.com",
   "welcome-to-the-jungle-french-hiring-manager",
   r"""BEGIN:VCALENDAR
PRODID:-//Welcome to the Jungle//Welcome Kit//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:wttj-rdv-61f0b2e4a9c8@welcometothejungle.com
DTSTAMP:20251007T091500Z
DTSTART:20251017T080000Z
DTEND:20251017T090000Z
SUMMARY:Rendez-vous : Responsable QHSE Flotte (H/F) – Louis Dreyfus Armateurs
DESCRIPTION:Bonjour Pieter\,\n\nVotre entretien avec Anne-Sophie Guérin (D
 irectrice Technique & QHSE) est confirmé.\nLieu : visio Google Meet – ht
 tps://meet.google.com/ldz-qhse-frt\n\nÀ bientôt\,\nL'équipe recrutement L
 DA\n\nEnvoyé avec Welcome to the Jungle
ORGANIZER;CN=Louis Dreyfus Armateurs:mailto:notifications@welcomekit.co
ATTENDEE;CN=Anne-Sophie Guérin;ROLE=REQ-PARTICIPANT:mailto:as.guerin@lda.fr
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
LOCATION:Google Meet
END:VEVENT
END:VCALENDAR
""", "Louis Dreyfus Armateurs", "Responsable QHSE Flotte (H/F)", "hiring_manager",
   "as.guerin@lda.fr"),

ev("google-final", "1b8m4t6q0s2v9x3z5c7e1g3i5k@google.com",
   "google-french-final-round-roscoff",
   r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251104T100000
DTEND;TZID=Europe/Paris:20251104T120000
DTSTAMP:20251024T161044Z
ORGANIZER;CN=Gwenaëlle Le Bihan:mailto:gwenaelle.lebihan@brittany-ferries.fr
UID:1b8m4t6q0s2v9x3z5c7e1g3i5k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gwenaëlle Le Bihan;X-NUM-GUESTS=0:mailto:gwenaelle.lebihan@brittany-ferries.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Erwan Caradec;X-NUM-GUESTS=0:mailto:erwan.caradec@brittany-ferries.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pieter.degraaf@ziggo.nl;X-NUM-GUESTS=0:mailto:pieter.degraaf@ziggo.nl
DESCRIPTION:Bonjour Pieter\,<br>Comme convenu\, voici l'invitation pour l'
 entretien final avec Erwan Caradec\, Directeur de l'Armement\, au siège à
  Roscoff. La traversée Portsmouth/Caen ou le train via Paris sont à votre
  choix\; nous remboursons sur justificatifs.<br><br>Gwenaëlle
LOCATION:Brittany Ferries\, Port du Bloscon\, 29680 Roscoff
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien final – Capitaine d'armement adjoint
TRANSP:OPAQUE
END:VEVENT
@@VTIMEZONE Europe/Paris@@
END:VCALENDAR
""", "Brittany Ferries", "Capitaine d'armement adjoint", "final",
   "gwenaelle.lebihan@brittany-ferries.fr;erwan.caradec@brittany-ferries.fr"),

ev("spanish-entrevista", "040000008200E00074C5B7101A82E0080000000066F5E4D3C22DDC01000000000000000010000000E5E5E5E5F6F6F6F6A7A7A7A7B8B8B8B8",
   "spanish-technical-entrevista-terminal-operator",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Ruiz Navarro, Lucía":mailto:lucia.ruiz@apmterminals.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Pieter de Graaf":mailto:pieter.degraaf@ziggo.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Moreno Gil, Antonio":mailto:antonio.moreno@apmterminals.com
DESCRIPTION;LANGUAGE=es-ES:Estimado Pieter:\n\nTe confirmamos la entrevist
 a técnica para el puesto de Port Captain (Jefe de Operaciones Marítimas) 
 en APM Terminals Algeciras con Antonio Moreno\, Director de Operaciones. 
 Parte de la entrevista será en inglés.\n\nUn saludo\,\nLucía Ruiz – Talen
 t Acquisition Iberia\n\nReunión de Microsoft Teams\nUnirse: https://teams
 .microsoft.com/l/meetup-join/19%3ameeting_ApmAlg\n
UID:040000008200E00074C5B7101A82E0080000000066F5E4D3C22DDC01000000000000000010000000E5E5E5E5F6F6F6F6A7A7A7A7B8B8B8B8
SUMMARY;LANGUAGE=es-ES:Entrevista técnica – Port Captain (Jefe de Operaciones Marítimas)
DTSTART;TZID=Romance Standard Time:20251020T120000
DTEND;TZID=Romance Standard Time:20251020T130000
DTSTAMP:20251010T104010Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "APM Terminals Algeciras", "Port Captain (Jefe de Operaciones Marítimas)", "technical",
   "antonio.moreno@apmterminals.com"),

ev("meet-spanish", "3h7j9l1n3p5r7t9v1x3z5b7d9f@google.com",
   "google-meet-spanish-videollamada-ferry-fleet-inspector",
   r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251001T083000Z
DTEND:20251001T091500Z
DTSTAMP:20250925T112233Z
ORGANIZER;CN=Marta Sendra:mailto:msendra@balearia.com
UID:3h7j9l1n3p5r7t9v1x3z5b7d9f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marta Sendra;X-NUM-GUESTS=0:mailto:msendra@balearia.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pieter.degraaf@ziggo.nl;X-NUM-GUESTS=0:mailto:pieter.degraaf@ziggo.nl
DESCRIPTION:Hola Pieter\, te envío la convocatoria para la primera entrevi
 sta (videollamada) para el puesto de Inspector/a de Flota – Línea del Estr
 echo (Algeciras–Tánger Med). Hablaremos de tu experiencia y disponibilidad
 .<br><br>Únete con Google Meet: https://meet.google.com/bla-rnxe-ztq<br>O
  llama al: (ES) +34 932 98 10 47 PIN: 551 204 884#<br><br>Marta Sendra – 
 Selección de Personal\, Baleària
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Baleària – Inspector/a de Flota
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "Baleària", "Inspector/a de Flota – Línea del Estrecho", "recruiter_screen",
   "msendra@balearia.com"),

ev("oposicion-entrevista", "sasemar-proc-2025-17-entrev-0412@salvamentomaritimo.es",
   "spanish-public-selection-personal-interview-madrid-zone",
   r"""BEGIN:VCALENDAR
PRODID:-//Sociedad de Salvamento y Seguridad Marítima//Portal de Empleo//ES
VERSION:2.0
METHOD:PUBLISH
@@VTIMEZONE Europe/Madrid@@
BEGIN:VEVENT
UID:sasemar-proc-2025-17-entrev-0412@salvamentomaritimo.es
DTSTAMP:20251023T070000Z
DTSTART;TZID=Europe/Madrid:20251106T093000
DTEND;TZID=Europe/Madrid:20251106T103000
SUMMARY:Proceso selectivo 17/2025 – Controlador/a Marítimo – Entrevista personal
DESCRIPTION:Candidato nº 0412 (DE GRAAF\, PIETER)\n\nFase: entrevista pers
 onal ante el Tribunal de selección\nLugar: Centro de Coordinación de Salv
 amento de Algeciras\, Avda. de la Hispanidad s/n\, Algeciras\nDocumentaci
 ón: DNI/pasaporte y títulos profesionales originales.\n\nLa no presentaci
 ón supondrá la exclusión del proceso.
LOCATION:CCS Algeciras
END:VEVENT
END:VCALENDAR
""", "Salvamento Marítimo", "Controlador/a Marítimo", "onsite", ""),

ev("outlook-nicosia", "040000008200E00074C5B7101A82E00800000000A1B2C3D4E52EDC0100000000000000001000000012AB34CD56EF78901A2B3C4D5E6F7A8B",
   "gtb-zone-cyprus-ship-manager-first-call",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE GTB Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Georgiou, Elena":mailto:e.georgiou@csmcy.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Pieter de Graaf":mailto:pieter.degraaf@ziggo.nl
DESCRIPTION;LANGUAGE=en-GB:Dear Pieter\,\n\nThank you for applying for the
  Marine Superintendent position with Columbia Shipmanagement Ltd. I would 
 like to have an initial Teams call to go through your background and the 
 position in Limassol.\n\nPlease note the time is Cyprus time (EEST)\, i.e.
  11:00 in Rotterdam.\n\nBest regards\,\nElena Georgiou\nHR Officer – Recru
 itment\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/me
 etup-join/19%3ameeting_CsmMS1\n
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E52EDC0100000000000000001000000012AB34CD56EF78901A2B3C4D5E6F7A8B
SUMMARY;LANGUAGE=en-GB:Marine Superintendent - initial call (P. de Graaf)
DTSTART;TZID=GTB Standard Time:20250916T120000
DTEND;TZID=GTB Standard Time:20250916T123000
DTSTAMP:20250911T061500Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""", "Columbia Shipmanagement", "Marine Superintendent", "recruiter_screen",
   "e.georgiou@csmcy.com"),

ev("nicosia-technical", "csm-tech-int-20250929-pdg@csmcy.com",
   "asia-nicosia-technical-interview-fleet-manager",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.89//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE Asia/Nicosia@@
BEGIN:VEVENT
UID:csm-tech-int-20250929-pdg@csmcy.com
DTSTAMP:20250922T093000Z
DTSTART;TZID=Asia/Nicosia:20250929T150000
DTEND;TZID=Asia/Nicosia:20250929T161500
SUMMARY:Technical interview – Marine Superintendent (Bulk/Tanker) – Capt. Christodoulou
DESCRIPTION:Dear Pieter\,\n\nFurther to your call with Elena\, Capt. Andre
 as Christodoulou (Fleet Manager – Marine) and Capt. Rajesh Nair (DPA) wil
 l hold the technical interview: TMSA\, SIRE 2.0 preparation\, incident in
 vestigation\, superintendent visits.\n\nTeams: https://teams.microsoft.c
 om/l/meetup-join/19%3ameeting_CsmTech\n\nRegards\,\nElena Georgiou
ORGANIZER;CN=Elena Georgiou:mailto:e.georgiou@csmcy.com
ATTENDEE;CN=Andreas Christodoulou;ROLE=REQ-PARTICIPANT:mailto:a.christodoulou@csmcy.com
ATTENDEE;CN=Rajesh Nair;ROLE=REQ-PARTICIPANT:mailto:r.nair@csmcy.com
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
LOCATION:Microsoft Teams Meeting
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "Columbia Shipmanagement", "Marine Superintendent (Bulk/Tanker)", "technical",
   "a.christodoulou@csmcy.com;r.nair@csmcy.com"),

ev("limassol-final", "C5D6E7F8-1122-4334-8556-LIMASSOL1016",
   "self-typed-final-abroad-local-time-trip-notes",
   r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
@@VTIMEZONE Asia/Nicosia@@
BEGIN:VEVENT
CREATED:20251007T174501Z
DTSTAMP:20251007T174630Z
LAST-MODIFIED:20251007T174630Z
UID:C5D6E7F8-1122-4334-8556-LIMASSOL1016
DTSTART;TZID=Asia/Nicosia:20251016T100000
DTEND;TZID=Asia/Nicosia:20251016T130000
SUMMARY:Columbia final interview Limassol
LOCATION:Columbia House\, 21 Spyrou Kyprianou Ave\, Limassol
DESCRIPTION:met Dir. Fleet Mgmt + Capt Christodoulou + HR. vlucht TUI RTM-
 LCA 15/10 07:05\, hotel Amathus (betaalt CSM). salaris: min 95k + rotatie
  nvt. Vragen naar relocatie/school kids
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "Columbia Shipmanagement", "", "final", "Capt Christodoulou", eol="\n"),

ev("greenhouse-zoom", "greenhouse-interview-41887230-1@greenhouse.io",
   "greenhouse-zoom-maritime-ai-recruiter-screen",
   r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-41887230-1@greenhouse.io
DTSTAMP:20250917T140010Z
DTSTART:20250922T130000Z
DTEND:20250922T133000Z
SUMMARY:Pieter de Graaf - Maritime Domain Expert - Recruiter Screen
DESCRIPTION:Hi Pieter\,\n\nLooking forward to our chat!\n\nJoin Zoom Meeti
 ng\nhttps://windward.zoom.us/j/93120044718\nMeeting ID: 931 2004 4718\n\nO
 ne tap mobile: +31207947345\,\,93120044718# Netherlands\n\nInterviewer: N
 oa Ben-David (Talent Acquisition)\n\nWindward\nScheduled with Greenhouse
ORGANIZER;CN=Noa Ben-David:mailto:noa.bendavid@windward.ai
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""", "Windward", "Maritime Domain Expert", "recruiter_screen", "noa.bendavid@windward.ai"),

ev("ashby-case", "ashby-7c1d0e52-9b84-4a3f-8e67-2d5f1c9a0b3e@ashbyhq.com",
   "ashby-case-study-maritime-startup",
   r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-7c1d0e52-9b84-4a3f-8e67-2d5f1c9a0b3e@ashbyhq.com
DTSTAMP:20251009T071500Z
DTSTART:20251015T120000Z
DTEND:20251015T131500Z
SUMMARY:Orca AI | Case Study with Yoav & Tamar (Pieter de Graaf)
DESCRIPTION:Maritime Operations Specialist (Master Mariner)\n\nIn this ses
 sion you'll walk Yoav Shalev (VP Customer Operations) and Tamar Levi (Nav
 igation Product Lead) through a close-quarters situation recorded by our 
 system and how you'd coach a bridge team.\n\nZoom: https://orca-ai.zoom.
 us/j/86600122983\n\nNeed to reschedule? Reply to this email.\n\nScheduled 
 via Ashby
ORGANIZER;CN=Orca AI Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Yoav Shalev;ROLE=REQ-PARTICIPANT:mailto:yoav@orca-ai.io
ATTENDEE;CN=Tamar Levi;ROLE=REQ-PARTICIPANT:mailto:tamar@orca-ai.io
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""", "Orca AI", "Maritime Operations Specialist (Master Mariner)", "technical",
   "yoav@orca-ai.io;tamar@orca-ai.io"),

ev("modernloop-panel", "ml-evt-4f2a8c0e6b1d@modernloop.io",
   "modernloop-virtual-onsite-panel-copenhagen",
   r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE Europe/Copenhagen@@
BEGIN:VEVENT
UID:ml-evt-4f2a8c0e6b1d@modernloop.io
DTSTAMP:20251022T081000Z
DTSTART;TZID=Europe/Copenhagen:20251030T130000
DTEND;TZID=Europe/Copenhagen:20251030T160000
SUMMARY:[Virtual Onsite] Pieter de Graaf - Senior Marine Superintendent\, Customer Success
DESCRIPTION:Schedule (CET):\n13:00-13:45  Voyage optimisation deep dive - 
 Rasmus Kjeldsen\n13:45-14:30  Customer scenario role-play - Hanne Sørens
 en\n14:30-14:45  Break\n14:45-15:30  Values & collaboration - Jonas Friis
 \n15:30-16:00  Q&A with hiring manager - Hanne Sørensen\n\nGoogle Meet: h
 ttps://meet.google.com/zno-mlps-cst\n\nCoordinated by ModernLoop on behal
 f of ZeroNorth. Questions: talent@zeronorth.com
ORGANIZER;CN=ZeroNorth Talent:mailto:talent@zeronorth.com
ATTENDEE;CN=Rasmus Kjeldsen;ROLE=REQ-PARTICIPANT:mailto:rk@zeronorth.com
ATTENDEE;CN=Hanne Sørensen;ROLE=REQ-PARTICIPANT:mailto:hs@zeronorth.com
ATTENDEE;CN=Jonas Friis;ROLE=REQ-PARTICIPANT:mailto:jf@zeronorth.com
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
END:VEVENT
END:VCALENDAR
""", "ZeroNorth", "Senior Marine Superintendent, Customer Success", "onsite",
   "rk@zeronorth.com;hs@zeronorth.com;jf@zeronorth.com"),

ev("goodtime-invite", "gt-1a2b3c4d5e6f7081@goodtime.io",
   "goodtime-hiring-manager-coordinator-sends",
   r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-1a2b3c4d5e6f7081@goodtime.io
DTSTAMP:20251003T180000Z
DTSTART:20251007T140000Z
DTEND:20251007T144500Z
SUMMARY:Interview: Pieter de Graaf for Maritime Performance Specialist
DESCRIPTION:Hello Pieter\,\n\nYou are confirmed to speak with Daniel Okafor
 \, Director of Fleet Performance. Mia Torres (Recruiting Coordinator) arr
 anged this call and will not join.\n\nZoom: https://nautiluslabs.zoom.us/
 j/81544092210\n\nNautilus Labs\nScheduled with GoodTime
ORGANIZER;CN=Mia Torres:mailto:mia.torres@nautiluslabs.co
ATTENDEE;CN=Daniel Okafor;ROLE=REQ-PARTICIPANT:mailto:daniel.okafor@nautiluslabs.co
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""", "Nautilus Labs", "Maritime Performance Specialist", "hiring_manager",
   "daniel.okafor@nautiluslabs.co"),

ev("founder-freemail", "0p9o8i7u6y5t4r3e2w1q0a9s8d@google.com",
   "startup-founder-free-mail-coffee-that-is-an-interview",
   r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251027T090000Z
DTEND:20251027T100000Z
DTSTAMP:20251023T210511Z
ORGANIZER;CN=Bram Hulshof:mailto:bram.hulshof@gmail.com
UID:0p9o8i7u6y5t4r3e2w1q0a9s8d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Bram Hulshof;X-NUM-GUESTS=0:mailto:bram.hulshof@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pieter.degraaf@ziggo.nl;X-NUM-GUESTS=0:mailto:pieter.degraaf@ziggo.nl
DESCRIPTION:Hoi Pieter\, leuk dat je wilt praten over de rol van Head of M
 arine Operations bij Hullwise (we bouwen hull-inspectie met drones\, 6 me
 nsen\, seed-ronde rond). Ik wil vooral horen hoe jij met superintendents 
 en klassebureaus omgaat. Koffie is van mij :)<br><br>Bram (co-founder/CE
 O)
LOCATION:Koffiebar Bakkerij Vrij\, Maassilo\, Rotterdam
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Koffie Bram / Pieter - Hullwise
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "Hullwise", "Head of Marine Operations", "", "bram.hulshof@gmail.com"),
]
