"""holdout213 events: federal selection processes (TBS, PCO, Finance, ESDC, Health, NRCan)."""

from holdout213ev_tz import EST, EST_LONG, TOR

TBS = "Treasury Board of Canada Secretariat"
PCO = "Privy Council Office"

EVENTS = []

EVENTS.append(dict(
    kind="written-exam",
    uid="040000008200E00074C5B7101A82E008000000009A4C2F1E5C1ADC01000000000000000010000000B7D3E1F0A2C4",
    lab=(1, TBS, "Senior Policy Analyst", "technical", "", "gc-written-exam-bilingual-outlook-no-assessors"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Roy, Geneviève":mailto:genevieve.roy@tbs-sct.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
DESCRIPTION;LANGUAGE=en-CA:*** Le français suit ***\n\nGood afternoon Priya\,
 \n\nThank you for your interest in selection process 25-TBS-EA-OCIO-418812
  – Senior Policy Analyst (EC-06)\, Office of the Chief Information Officer
 .\n\nYou are invited to complete the written exam on the date below. The e
 xam will be sent to this e-mail address at 9:00 a.m. (ET) and your respon
 se must be returned to TBS.Staffing-Dotation.SCT@tbs-sct.gc.ca no later t
 han 12:00 p.m. (ET). The exam is open book. Answers received after the de
 adline will not be marked.\n\nPlease confirm your language of preference
  for the exam.\n\nRegards\,\nGeneviève Roy\nStaffing Advisor | Conseillère
  en dotation\n\n--------\n\nBonjour Priya\,\n\nVous êtes invitée à faire l
 ’examen écrit... L’examen sera envoyé à 9 h (HE) et votre réponse doit êt
 re retournée au plus tard à 12 h (HE).\n
UID:040000008200E00074C5B7101A82E008000000009A4C2F1E5C1ADC01000000000000000010000000B7D3E1F0A2C4
SUMMARY;LANGUAGE=en-CA:Written Exam / Examen écrit – 25-TBS-EA-OCIO-418812 (EC-06)
DTSTART;TZID=Eastern Standard Time:20250923T090000
DTEND;TZID=Eastern Standard Time:20250923T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250911T181502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Virtual – by e-mail / Virtuel – par courriel
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="board-interview",
    uid="040000008200E00074C5B7101A82E00800000000F07A88E36B2ADC0100000000000000001000000042AE9D1B77C1",
    lab=(1, TBS, "Senior Policy Analyst", "onsite",
         "daniel.okafor@tbs-sct.gc.ca;isabelle.berube@tbs-sct.gc.ca",
         "gc-board-interview-room-resource-staffing-advisor-organizer"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Roy, Geneviève":mailto:genevieve.roy@tbs-sct.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Okafor, Dani
 el":mailto:Daniel.Okafor@tbs-sct.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Bérubé, Isab
 elle":mailto:Isabelle.Berube@tbs-sct.gc.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="TBS-90ELG-07-71
 12 (12) Boardroom":mailto:TBS-90ELG-07-7112@tbs-sct.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Good morning Priya\,\n\nFurther to your results o
 n the written exam\, we are pleased to invite you to a board interview fo
 r process 25-TBS-EA-OCIO-418812.\n\nDate: Thursday October 16\, 2025\nTim
 e: 1:30 p.m. – 3:00 p.m.\nLocation: 90 Elgin Street\, 7th floor\, room 71
 12. Please report to the commissionaire on the ground floor with photo ID
 \; someone will escort you up.\n\nYou will have 20 minutes before the inte
 rview to review the questions. The board will assess: Knowledge of the GC
  digital policy framework\, Analytical thinking\, Communication (oral).\n
 \nBoard members: Daniel Okafor (Director\, Digital Policy) and Isabelle Bé
 rubé (Manager\, Policy Research).\n\nPlease let me know of any accommodati
 on needs as soon as possible.\n\nGeneviève Roy\nStaffing Advisor\, HR Serv
 ices\n
UID:040000008200E00074C5B7101A82E00800000000F07A88E36B2ADC0100000000000000001000000042AE9D1B77C1
SUMMARY;LANGUAGE=en-CA:Board interview – EC-06 Senior Policy Analyst – Natarajan\, Priya
DTSTART;TZID=Eastern Standard Time:20251016T131000
DTEND;TZID=Eastern Standard Time:20251016T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251002T141950Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:90 Elgin\, 7th floor\, Room 7112
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="take-home-case",
    uid="040000008200E00074C5B7101A82E0080000000033D1A4F0B63ADC0100000000000000001000000019FF03C2AA65",
    lab=(1, PCO, "Policy Analyst, Priorities and Planning", "technical", "",
         "gc-take-home-policy-case-all-day-window"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="PCO Staffing / Dotation BCP":mailto:Dotation-Staffing@pco-bcp.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
DESCRIPTION;LANGUAGE=en-CA:Process / Processus: 25-PCO-EA-PP-77120 – EC-06
  Policy Analyst\, Priorities and Planning\n\nASSESSMENT – TAKE-HOME POLICY
  CASE\n\nThe case package will be e-mailed at 8:00 a.m. ET. You will have
  until 8:00 p.m. ET the same day to submit a 2-page memo to the Clerk (max
 . 1\,000 words) and a one-page annex. Submissions are evaluated on Analys
 is and Synthesis\, Judgement and Written Communication.\n\nDo not add you
 r name to the document – use your candidate number (C-0419).\n\nÉVALUATIO
 N – ÉTUDE DE CAS À DOMICILE – voir courriel.\n
UID:040000008200E00074C5B7101A82E0080000000033D1A4F0B63ADC0100000000000000001000000019FF03C2AA65
SUMMARY;LANGUAGE=en-CA:PCO EC-06 – Assessment: take-home policy case (C-0419)
DTSTART;VALUE=DATE:20251007
DTEND;VALUE=DATE:20251008
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250926T130211Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
"""))

_PCO_BOARD_HEAD = r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Lalonde, Marc-André":mailto:Marc-Andre.Lalonde@pco-bcp.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Henderson, Ka
 te":mailto:Kate.Henderson@pco-bcp.gc.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dotation-
 Staffing PCO-BCP":mailto:Dotation-Staffing@pco-bcp.gc.ca
"""

EVENTS.append(dict(
    kind="board-interview",
    uid="040000008200E00074C5B7101A82E00800000000C1E6B3A07D3ADC010000000000000000100000005C2D7E9A31F0",
    lab=(1, PCO, "Policy Analyst, Priorities and Planning", "onsite",
         "marc-andre.lalonde@pco-bcp.gc.ca;kate.henderson@pco-bcp.gc.ca",
         "gc-board-interview-teams-before-reschedule"),
    ics=_PCO_BOARD_HEAD + r"""DESCRIPTION;LANGUAGE=en-CA:Hello Priya\,\n\nCongratulations – you have
  been screened in to the next stage. Please join the board for an intervi
 ew of approx. 75 min. The first 15 minutes are for a short presentation o
 f your take-home case recommendation (no slides needed). The board will t
 hen ask questions on Judgement\, Working effectively with others and Show
 ing initiative.\n\nBoard: Marc-André Lalonde (Director\, P&P) and Kate He
 nderson (Senior Policy Advisor).\n________________________________________
 ________________________________________\nMicrosoft Teams Need help?\nJoi
 n the meeting now\nMeeting ID: 252 331 908 114\nPasscode: Lh6Qz3\n_______
 _________________________________________________________________________
 \nFor organizers: Meeting options\n
UID:040000008200E00074C5B7101A82E00800000000C1E6B3A07D3ADC010000000000000000100000005C2D7E9A31F0
SUMMARY;LANGUAGE=en-CA:Interview / Entrevue – EC-06 P&P (25-PCO-EA-PP-77120)
DTSTART;TZID=Eastern Standard Time:20251022T100000
DTEND;TZID=Eastern Standard Time:20251022T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251010T153344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA1ZTQx@thread.v2/0?context=%7b%22Tid%22%3a%22pco%22%7d
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="board-interview-moved",
    uid="040000008200E00074C5B7101A82E00800000000C1E6B3A07D3ADC010000000000000000100000005C2D7E9A31F0",
    lab=(1, PCO, "Policy Analyst, Priorities and Planning", "onsite",
         "marc-andre.lalonde@pco-bcp.gc.ca;kate.henderson@pco-bcp.gc.ca",
         "gc-board-interview-rescheduled-same-uid-sequence-2"),
    ics=_PCO_BOARD_HEAD + r"""DESCRIPTION;LANGUAGE=en-CA:Hello Priya\, apologies – one of our board me
 mbers has been called to a Cabinet committee briefing on the 22nd. The in
 terview is moved to Friday October 24 at 2:00 p.m. Everything else (15-min
  case presentation\, then questions) stays the same.\n\nMarc-André\n______
 __________________________________________________________________________
 \nMicrosoft Teams Need help?\nJoin the meeting now\nMeeting ID: 252 331 9
 08 114\nPasscode: Lh6Qz3\n
UID:040000008200E00074C5B7101A82E00800000000C1E6B3A07D3ADC010000000000000000100000005C2D7E9A31F0
SUMMARY;LANGUAGE=en-CA:Interview / Entrevue – EC-06 P&P (25-PCO-EA-PP-77120)
DTSTART;TZID=Eastern Standard Time:20251024T140000
DTEND;TZID=Eastern Standard Time:20251024T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251020T120907Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA1ZTQx@thread.v2/0?context=%7b%22Tid%22%3a%22pco%22%7d
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="exam-note",
    uid="6kq3a0v1rj8m2bt9e6l4o7hc5s@google.com",
    lab=(1, "Finance Canada", "", "technical", "", "user-typed-written-exam-floating-abbrev"),
    lf=True,
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:priya.natarajan.ott@gmail.com
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20250930T130000
DTEND:20250930T160000
DTSTAMP:20250919T004411Z
UID:6kq3a0v1rj8m2bt9e6l4o7hc5s@google.com
CREATED:20250919T004411Z
DESCRIPTION:FIN EC-06 (Econ Dev & Corp Finance) - exam emailed at 1pm\, 3h
 rs. open book. have Budget 2025 ch.4 + FES open. laptop charged!! tell Mar
 tine I'm WFH pm
LAST-MODIFIED:20250919T004411Z
LOCATION:home
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:FIN written exam
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="board-interview",
    uid="040000008200E00074C5B7101A82E00800000000A7C0D5119B4ADC01000000000000000010000000E3A61B0C5D28",
    lab=(1, "Finance Canada",
         "Senior Policy Analyst, Economic Development and Corporate Finance", "onsite",
         "olivia.tran@fin.gc.ca;jean-francois.cote@fin.gc.ca;rebecca.moss@fin.gc.ca",
         "gc-board-interview-teams-three-members"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="FIN Staffing - Dotation FIN":mailto:fin.staffing-dotation.fin@fin.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tran\, Ol
 ivia":mailto:Olivia.Tran@fin.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Côté\, Je
 an-François":mailto:Jean-Francois.Cote@fin.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Moss\, Re
 becca":mailto:Rebecca.Moss@fin.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Le français suit l'anglais\n\nDear candidate\,\n
 \nYou are invited to an interview for the position of Senior Policy Analy
 st\, Economic Development and Corporate Finance (EC-06)\, selection proces
 s 25-FIN-EA-EDCF-60231.\n\nThe interview will last approximately 60 minut
 es and will be conducted via Microsoft Teams. Please have photo identific
 ation ready. You may answer in the official language of your choice.\n\nB
 oard members: Olivia Tran\, Jean-François Côté\, Rebecca Moss.\n\nMadame\
 , Monsieur\,\n\nVous êtes invitée à une entrevue...\n\n__________________
 ______________________________________________________________\nMicrosoft
  Teams meeting\nJoin on your computer\, mobile app or room device\nClick
  here to join the meeting\nMeeting ID: 219 884 015 772\nPasscode: 7cLk2W\n
 Dial in by phone\n+1 613-319-2154\,\,508812217# Canada\, Ottawa-Hull\nPho
 ne Conference ID: 508 812 217#\n
UID:040000008200E00074C5B7101A82E00800000000A7C0D5119B4ADC01000000000000000010000000E3A61B0C5D28
SUMMARY;LANGUAGE=en-CA:Interview - EC-06 - 25-FIN-EA-EDCF-60231 / Entrevue
DTSTART;TZID=Eastern Standard Time:20251028T093000
DTEND;TZID=Eastern Standard Time:20251028T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251017T190245Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="ex01-board",
    uid="040000008200E00074C5B7101A82E0080000000055B2EF3C874ADC010000000000000000100000008810A9FF6E21",
    lab=(1, "Employment and Social Development Canada",
         "Manager, Skills and Employment Policy", "onsite",
         "sylvie.martin@hrsdc-rhdcc.gc.ca;tom.achebe@hrsdc-rhdcc.gc.ca;natasha.ivanova@hrsdc-rhdcc.gc.ca",
         "sent-by-executive-assistant-dg-chaired-ex01-board"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST_LONG + r"""BEGIN:VEVENT
ORGANIZER;CN="Martin, Sylvie [NC]";SENT-BY="mailto:chantal.gagnon@hrsdc-rhdc
 c.gc.ca":mailto:sylvie.martin@hrsdc-rhdcc.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Achebe, Tom [
 NC]":mailto:tom.achebe@hrsdc-rhdcc.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Ivanova, Nat
 asha [NC]":mailto:natasha.ivanova@hrsdc-rhdcc.gc.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gagnon, Chant
 al [NC]":mailto:chantal.gagnon@hrsdc-rhdcc.gc.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="PDP-III-C-9-Salle/Ro
 om 912":mailto:PDPIIIC9.912@hrsdc-rhdcc.gc.ca
DESCRIPTION;LANGUAGE=fr-CA:Sent on behalf of Sylvie Martin\, Director Gener
 al\, Skills and Employment Branch.\n\nPriya\, the selection board for the
  EX-01 Manager\, Skills and Employment Policy (25-ESDC-EA-SEB-01142) look
 s forward to meeting you. The interview (90 min) includes a 30-minute in-
 basket simulation handed to you on arrival\, followed by the board discus
 sion. Please bring a pen\; laptops are not permitted.\n\nPlace du Portage
  Phase III\, 140 Promenade du Portage\, Gatineau\, 9th floor. Visitor pas
 s at the security desk.\n\nChantal Gagnon\nAdjointe exécutive / Executive
  Assistant to the DG\n
UID:040000008200E00074C5B7101A82E0080000000055B2EF3C874ADC010000000000000000100000008810A9FF6E21
SUMMARY;LANGUAGE=fr-CA:EX-01 Manager SEB – board (P. Natarajan)
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251105T090000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251105T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251027T201133Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-CA:PDP III - 9th floor - Room 912
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="discussion",
    uid="040000008200E00074C5B7101A82E008000000001F64A0BC275ADC01000000000000000010000000D4E8C7A90B13",
    lab=(1, "Health Canada", "Senior Policy Analyst", "",
         "aisha.rahman@hc-sc.gc.ca;paul.desrosiers@hc-sc.gc.ca",
         "discussion-wording-webex-no-interview-word-in-summary"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Rahman, Aisha (HC/SC)":mailto:aisha.rahman@hc-sc.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Desrosier
 s, Paul (HC/SC)":mailto:paul.desrosiers@hc-sc.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Hi Priya\,\n\nThanks for applying to our inventor
 y for EC-06 Senior Policy Analysts in the Health Products and Food Branch
  (HPFB). Paul and I would like to meet you for a 45-minute discussion abo
 ut your experience with regulatory modernization and how you would appro
 ach a few scenarios we are dealing with. We will be taking notes for the
  assessment.\n\nAisha\n\n-- Do not delete or change any of the following t
 ext. --\n\nJoin Webex meeting\nhttps://hc-sc.webex.com/hc-sc/j.php?MTID=m4
 b1f0e2a\nMeeting number (access code): 2632 118 4471\nMeeting password: HP
 FB2025\n\nJoin by phone\n+1-613-960-7510 Canada Toll (Ottawa)\n+1-844-426-
 4405 Canada Toll Free\n
UID:040000008200E00074C5B7101A82E008000000001F64A0BC275ADC01000000000000000010000000D4E8C7A90B13
SUMMARY;LANGUAGE=en-CA:Discussion – EC-06 opportunity (HPFB)
DTSTART;TZID=Eastern Standard Time:20250917T150000
DTEND;TZID=Eastern Standard Time:20250917T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250910T172203Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Webex
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="deployment-chat",
    uid="040000008200E00074C5B7101A82E00800000000B3F11D6E8E5ADC0100000000000000001000000067A2C4D9E0B5",
    lab=(1, "Natural Resources Canada", "Policy Analyst", "hiring_manager",
         "graham.mcleod@nrcan-rncan.gc.ca", "deployment-conversation-with-director-work-address"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TOR + r"""BEGIN:VEVENT
ORGANIZER;CN="McLeod, Graham (NRCan/RNCan)":mailto:graham.mcleod@nrcan-rncan.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Natarajan,
  Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Hi Priya – as discussed with your DG\, I'd like
  to have a conversation about a possible deployment at level (EC-04) into
  the policy analyst position in our Critical Minerals Policy division (La
 nds and Minerals Sector)\, with acting EC-05 right away. I'll ask you a few que
 stions about your files and how you'd handle the Critical Minerals Strate
 gy refresh\, and you can ask me anything.\n\nGraham\n\nMicrosoft Teams mee
 ting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ4@thr
 ead.v2/0\nMeeting ID: 287 004 551 903  Passcode: Wk3tS9\n
UID:040000008200E00074C5B7101A82E00800000000B3F11D6E8E5ADC0100000000000000001000000067A2C4D9E0B5
SUMMARY;LANGUAGE=en-CA:Deployment conversation – EC-04 CMP (Natarajan)
DTSTART;TZID=America/Toronto:20251113T111500
DTEND;TZID=America/Toronto:20251113T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251106T143012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))
