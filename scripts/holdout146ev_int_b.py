# ruff: noqa: E501, W291  (raw iCalendar text: long property lines and folded lines ending in a space)
"""holdout146: the user's own interviews, part B (offshore, dredging, towage, agencies)."""
from holdout146ev_common import ev

EVENTS = [
ev("teams-invite", "040000008200E00074C5B7101A82E00800000000F1D2C3B4A526DC0100000000000000001000000011223344556677889900AABBCCDDEEFF",
   "outlook-teams-competency-interview-hseq",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Jansen, Petra":mailto:petra.jansen@boskalis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pieter.degraaf@ziggo.nl:mailto:pieter.degraaf@ziggo.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Willems, Joost":mailto:joost.willems@boskalis.com
DESCRIPTION;LANGUAGE=en-US:Dear Pieter\,\n\nAs discussed\, please find bel
 ow the invitation for a (competency-based) interview for the HSEQ Coordin
 ator Fleet vacancy with Joost Willems\, Fleet HSEQ Manager.\n\nBest regar
 ds\,\nPetra Jansen\nRecruiter Marine & Offshore | Boskalis\n\n___________
 _____________________________________________________________________\nMi
 crosoft Teams meeting\nJoin on your computer\, mobile app or room device\n
 Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_BskHSEQ>\nMeeting ID: 312 774 120 558\nPasscode: 8hXq2L\nOr 
 call in (audio only)\n+31 20 708 5119\,\,714230671#   Netherlands\, Amste
 rdam\nPhone Conference ID: 714 230 671#\n_________________________________
 _______________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F1D2C3B4A526DC0100000000000000001000000011223344556677889900AABBCCDDEEFF
SUMMARY;LANGUAGE=en-US:Interview HSEQ Coordinator Fleet | Pieter de Graaf
DTSTART;TZID=W. Europe Standard Time:20250930T130000
DTEND;TZID=W. Europe Standard Time:20250930T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250923T150210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"OnlineMeetingProvider":3}
END:VEVENT
END:VCALENDAR
""", "Boskalis", "HSEQ Coordinator Fleet", "hiring_manager", "joost.willems@boskalis.com"),

ev("outlook-longtz", "040000008200E00074C5B7101A82E008000000007C2D1E0F3A27DC01000000000000000010000000FEDCBA98765432100123456789ABCDEF",
   "legacy-exchange-long-windows-zone-onsite",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 14.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna@@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Beste Pieter\,\n\nHierbij bevestig ik je bezoek aan ons hoofdk
 antoor voor de functie Marine Superintendent (Dredging Fleet). Programma: 
 gesprek met Arjen Mulder (Manager Marine Operations) en Femke Hendriks (Sr.
  Superintendent)\, aansluitend rondleiding op de Vlaardingen-werf.\n\nGroe
 ten\,\nLinda Bakker\nTalent Acquisition Van Oord
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20251016T123000
DTSTAMP:20251006T101112Z
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna":20251016T093000
LOCATION:Van Oord\, Schaverijstraat 35\, Rotterdam
ORGANIZER;CN="Bakker, Linda":mailto:l.bakker@vanoord.com
ATTENDEE;CN="Mulder, Arjen";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:a.mulder@vanoord.com
ATTENDEE;CN="Hendriks, Femke";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:f.hendriks@vanoord.com
ATTENDEE;CN="Pieter de Graaf";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=nl:Bezoek Van Oord - Marine Superintendent (P. de Graaf)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000007C2D1E0F3A27DC01000000000000000010000000FEDCBA98765432100123456789ABCDEF
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "Van Oord", "Marine Superintendent (Dredging Fleet)", "onsite",
   "a.mulder@vanoord.com;f.hendriks@vanoord.com"),

ev("workday-screen", "WD-HMC-INTV-7731902@myworkday.com",
   "workday-recruiter-screen-offshore-contractor",
   r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-HMC-INTV-7731902@myworkday.com
DTSTAMP:20250910T094530Z
DTSTART:20250915T090000Z
DTEND:20250915T093000Z
SUMMARY:Interview - R-2025-0871 Marine Assurance Coordinator
DESCRIPTION:Candidate: Pieter de Graaf\nJob Requisition: R-2025-0871 Mari
 ne Assurance Coordinator (Open)\nInterview: Recruiter Screen\nInterviewer
 s: Sophie van Leeuwen\nLocation: Microsoft Teams (link follows from inter
 viewer)\n\nHeerema Marine Contractors Nederland SE
ORGANIZER;CN=Heerema Recruitment:mailto:heerema@myworkday.com
ATTENDEE;CN=Sophie van Leeuwen;ROLE=REQ-PARTICIPANT:mailto:svleeuwen@heerema.com
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "Heerema Marine Contractors", "Marine Assurance Coordinator", "recruiter_screen",
   "svleeuwen@heerema.com"),

ev("exchange-final", "040000008200E00074C5B7101A82E00800000000A9B8C7D6E528DC01000000000000000010000000ABABABAB12121212CDCDCDCD34343434",
   "outlook-final-with-resource-and-visitor-badge",
   r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTIMEZONE W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=Karin Smits:mailto:k.smits@allseas.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pieter de Graaf:mailto:pieter.degraaf@ziggo.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wouter Kok:mailto:w.kok@allseas.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN=Hans Rietveld:mailto:h.rietveld@allseas.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN=DLF-Poortweg-2.17 Pioneering:mailto:dlf.room217@allseas.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN=Visitor badge desk:mailto:reception.delft@allseas.com
DESCRIPTION;LANGUAGE=en-US:Hi Pieter\,\n\nThank you for your time so far. 
 This final conversation for the Marine Superintendent role is with Wouter
  Kok (Vessel Manager Pioneering Spirit) and Hans Rietveld (Director Marin
 e Operations).\nPlease bring your passport for the visitor badge.\n\nKind 
 regards\,\nKarin\n
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E528DC01000000000000000010000000ABABABAB12121212CDCDCDCD34343434
SUMMARY;LANGUAGE=en-US:Final interview Marine Superintendent - Pieter de Graaf
DTSTART;TZID=W. Europe Standard Time:20251105T150000
DTEND;TZID=W. Europe Standard Time:20251105T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251028T124401Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:DLF-Poortweg-2.17 Pioneering
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "Allseas", "Marine Superintendent", "final", "w.kok@allseas.com;h.rietveld@allseas.com"),

ev("workday-cancel", "WD-SBM-INTV-5520417@myworkday.com",
   "workday-cancelled-hiring-manager-interview",
   r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:WD-SBM-INTV-5520417@myworkday.com
DTSTAMP:20251006T160212Z
SEQUENCE:1
STATUS:CANCELLED
DTSTART:20251008T120000Z
DTEND:20251008T130000Z
SUMMARY:Canceled: Interview - JR104422 Marine Superintendent FPSO
DESCRIPTION:This interview has been cancelled.\n\nCandidate: Pieter de Gr
 aaf\nJob Requisition: JR104422 Marine Superintendent FPSO\nInterview: Hir
 ing Manager Interview\nInterviewers: Ricardo Alves\n\nThe recruiter will 
 contact you to agree a new date.\nSBM Offshore
ORGANIZER;CN=SBM Offshore Talent Acquisition:mailto:sbmoffshore@myworkday.com
ATTENDEE;CN=Ricardo Alves;ROLE=REQ-PARTICIPANT:mailto:ricardo.alves@sbmoffshore.com
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT:mailto:pieter.degraaf@ziggo.nl
END:VEVENT
END:VCALENDAR
""", "SBM Offshore", "Marine Superintendent FPSO", "hiring_manager",
   "ricardo.alves@sbmoffshore.com"),

ev("workday-technical", "WD-FUGRO-INTV-3318820@myworkday.com",
   "workday-technical-scenario-interview-survey-fleet",
   r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE Europe/Amsterdam@@
BEGIN:VEVENT
UID:WD-FUGRO-INTV-3318820@myworkday.com
DTSTAMP:20251001T081500Z
DTSTART;TZID=Europe/Amsterdam:20251010T110000
DTEND;TZID=Europe/Amsterdam:20251010T121500
SUMMARY:Interview Scheduled: Vessel Superintendent (Marine Asset Management) - Round 2
DESCRIPTION:Candidate: Pieter de Graaf\nInterview: Technical Interview - s
 cenario based (ISM\, dry-dock planning\, DP incidents)\nInterviewers: Jan
 -Willem Oosterhout\; Priya Raman\nLocation: Fugro\, Veurse Achterweg 10\, 
 Leidschendam\n\nPlease report to reception 10 minutes early.
ORGANIZER;CN=Fugro Careers:mailto:fugro@myworkday.com
ATTENDEE;CN=Jan-Willem Oosterhout;ROLE=REQ-PARTICIPANT:mailto:j.oosterhout@fugro.com
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT:mailto:p.raman@fugro.com
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
LOCATION:Veurse Achterweg 10\, Leidschendam
END:VEVENT
END:VCALENDAR
""", "Fugro", "Vessel Superintendent (Marine Asset Management)", "technical",
   "j.oosterhout@fugro.com;p.raman@fugro.com"),

ev("teams-flemish", "040000008200E00074C5B7101A82E008000000001B2C3D4E5F29DC0100000000000000001000000099887766554433221100FFEEDDCCBBAA",
   "romance-zone-belgian-technical-interview",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Wouters Lies":mailto:wouters.lies@deme-group.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Pieter de Graaf":mailto:pieter.degraaf@ziggo.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Maes Dirk":mailto:maes.dirk@deme-group.com
DESCRIPTION;LANGUAGE=nl-BE:Dag Pieter\,\n\nZoals afgesproken plannen we ee
 n technisch gesprek in met Dirk Maes (Fleet Superintendent Hoppers) voor 
 de functie Marine Superintendent. Verwacht een paar cases rond drydock-pl
 anning en PSC-deficiencies.\n\nMet vriendelijke groeten\,\nLies\n\n______
 __________________________________________\nMicrosoft Teams Hulp nodig?\nN
 u deelnemen aan de vergadering<https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_DmeMS>\nVergaderings-id: 355 210 776 31\nWachtwoordcode: Zt4
 kP9\n________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000001B2C3D4E5F29DC0100000000000000001000000099887766554433221100FFEEDDCCBBAA
SUMMARY;LANGUAGE=nl-BE:Technisch gesprek Marine Superintendent
DTSTART;TZID=Romance Standard Time:20251013T140000
DTEND;TZID=Romance Standard Time:20251013T150000
DTSTAMP:20251003T091822Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=nl-BE:Microsoft Teams-vergadering
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", "DEME", "Marine Superintendent", "technical", "maes.dirk@deme-group.com"),

ev("phone-screen", "d3a9e1f0-6b7c-4d8e-9f0a-jdn-hseq-0923@jandenul.com",
   "flemish-phone-screen-hr-no-video",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.89//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE Europe/Brussels@@
BEGIN:VEVENT
UID:d3a9e1f0-6b7c-4d8e-9f0a-jdn-hseq-0923@jandenul.com
DTSTAMP:20250918T142000Z
DTSTART;TZID=Europe/Brussels:20250923T091500
DTEND;TZID=Europe/Brussels:20250923T094500
SUMMARY:Telefonisch gesprek HSEQ Coordinator – Pieter de Graaf
DESCRIPTION:Ik bel je op +31 6 2813 4470.\n\nKorte kennismaking: motivatie
 \, beschikbaarheid\, loonverwachting\, rotatie versus kantoorfunctie.\n\nG
 roeten\,\nNathalie De Smet\nHR Recruiter | Jan De Nul Group\nTragel 60\, 9
 308 Hofstade-Aalst
ORGANIZER;CN=Nathalie De Smet:mailto:nathalie.desmet@jandenul.com
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
LOCATION:Telefoon
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "Jan De Nul", "HSEQ Coordinator", "recruiter_screen", "nathalie.desmet@jandenul.com"),

ev("workday-panel", "WD-ORSTED-INTV-9002213@myworkday.com",
   "workday-hiring-manager-offshore-wind-marine-coordinator",
   r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-ORSTED-INTV-9002213@myworkday.com
DTSTAMP:20250926T113000Z
DTSTART:20251003T070000Z
DTEND:20251003T080000Z
SUMMARY:Ørsted interview: Marine Coordinator - Gemini/Borssele O&M
DESCRIPTION:Candidate: Pieter de Graaf\nPosition: Marine Coordinator (O&M
  Eemshaven)\nInterview type: Hiring manager interview\nInterviewer: Mads 
 Kjær Nielsen\, Head of Marine Operations NL\nTeams link will be sent sepa
 rately by the interviewer.\n\nØrsted - Let's create a world that runs en
 tirely on green energy
ORGANIZER;CN=Ørsted Talent Acquisition:mailto:orsted@myworkday.com
ATTENDEE;CN=Mads Kjær Nielsen;ROLE=REQ-PARTICIPANT:mailto:madni@orsted.com
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
END:VEVENT
END:VCALENDAR
""", "Ørsted", "Marine Coordinator (O&M Eemshaven)", "hiring_manager", "madni@orsted.com"),

ev("icims-utc", "icims-int-2025-33871-0@icims.com",
   "icims-utc-recruiter-call-during-rotation",
   r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-int-2025-33871-0@icims.com
DTSTAMP:20250820T171500Z
DTSTART:20250828T130000Z
DTEND:20250828T133000Z
SUMMARY:Tidewater - Phone Interview - Marine Superintendent\, North Sea (2025-33871)
DESCRIPTION:Hello Pieter\,\n\nThank you for your interest in Tidewater. Th
 is confirms your phone interview with Gordon McLeish\, Talent Acquisition 
 Partner EMEA.\nGordon will call you on +31 6 2813 4470. If you are at sea 
 at that time\, please reply with a satellite number or a new time.\n\nTim
 e: 13:00 UTC\n\nTidewater Marine UK Ltd\, Aberdeen
ORGANIZER;CN=Gordon McLeish:mailto:gmcleish@tdw.com
ATTENDEE;CN=Pieter de Graaf;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pieter.degraaf@ziggo.nl
LOCATION:Phone
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "Tidewater", "Marine Superintendent, North Sea", "recruiter_screen", "gmcleish@tdw.com"),

ev("google-onsite", "4kq2nd8r1vjp6s0ho3bt9ce7m5@google.com",
   "google-calendar-heavy-lift-onsite-hr-manager",
   r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251021T080000Z
DTEND:20251021T100000Z
DTSTAMP:20251014T134511Z
ORGANIZER;CN=Ellen Groen:mailto:e.groen@jumbomaritime.nl
UID:4kq2nd8r1vjp6s0ho3bt9ce7m5@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ellen Groen;X-NUM-GUESTS=0:mailto:e.groen@jumbomaritime.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Rob Schouten;X-NUM-GUESTS=0:mailto:r.schouten@jumbomaritime.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pieter.degraaf@ziggo.nl;X-NUM-GUESTS=0:mailto:pieter.degraaf@ziggo.nl
DESCRIPTION:Hi Pieter\, leuk dat je langskomt! Je spreekt met mij en Rob 
 Schouten (Head of Port Captains). Na het gesprek lopen we even langs de J
 umbo Jubilee als die binnen ligt.<br>Adres: Van Vollenhovenstraat 3\, Schi
 edam.<br><br>Groet\, Ellen
LOCATION:Jumbo Maritime\, Van Vollenhovenstraat 3\, 3115 HH Schiedam\, Nederland
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jumbo - gesprek Port Captain (Pieter de Graaf)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "Jumbo Maritime", "Port Captain", "onsite", "e.groen@jumbomaritime.nl;r.schouten@jumbomaritime.nl"),

ev("agency-screen", "atlas-cal-20250912-pdegraaf-01@atlasprofessionals.com",
   "crewing-agency-screen-for-named-client",
   r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@VTIMEZONE W. Europe Standard Time@@
BEGIN:VEVENT
UID:atlas-cal-20250912-pdegraaf-01@atlasprofessionals.com
DTSTAMP:20250910T103322Z
DTSTART;TZID=W. Europe Standard Time:20250912T143000
DTEND;TZID=W. Europe Standard Time:20250912T150000
SUMMARY:Atlas Professionals | screening call Pieter de Graaf
DESCRIPTION:Hi Pieter\,\n\nThanks for the chat on LinkedIn. As mentioned\, 
 our client Boluda Towage Europe is looking for a Port Captain for their R
 otterdam/Europoort towage operation (permanent\, shore-based). In this ca
 ll I'll go through your CV\, certificates and availability before I prese
 nt you to Boluda.\n\nI'll call you on your mobile.\n\nBest\,\nDennis Vos\n
 Senior Consultant Maritime | Atlas Professionals
ORGANIZER;CN="Vos, Dennis":mailto:dennis.vos@atlasprofessionals.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Pieter de Graaf":mailto:pieter.degraaf@ziggo.nl
LOCATION:Phone
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "Boluda Towage", "Port Captain", "recruiter_screen", "dennis.vos@atlasprofessionals.com"),
]
