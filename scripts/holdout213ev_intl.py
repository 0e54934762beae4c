"""holdout213 events: OECD, IDB, non-profits, telecom, tech, a founder, an agency."""

from holdout213ev_tz import NYC, ROMANCE, TOR, VAN

OECD = "OECD"
OECD_ROLE = "Policy Analyst, Directorate for Science, Technology and Innovation"

EVENTS = []

EVENTS.append(dict(
    kind="epreuve-ecrite",
    uid="oecd-sti-2025-1087-wt-natarajan@oecd.org",
    lab=(1, OECD, OECD_ROLE, "technical", "", "oecd-written-test-paris-time-bilingual"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="STI Recruitment":mailto:sti.recruitment@oecd.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Vacancy 1087 – Policy Analyst (PA3/PA4)\, STI.\n
 \nDear Ms Natarajan\, you have been shortlisted for the written test. The
  test (2 hours) will be sent by e-mail at 15:00 Paris time (09:00 in Otta
 wa) and must be returned within 2 hours. You may answer in English or Fre
 nch.\n\nMadame\, vous avez été présélectionnée pour l'épreuve écrite (2 h
 eures). L'épreuve vous sera envoyée à 15h00\, heure de Paris.\n\nOECD Hum
 an Resource Management
UID:oecd-sti-2025-1087-wt-natarajan@oecd.org
SUMMARY;LANGUAGE=en-GB:Written test / Épreuve écrite – Vacancy 1087 STI
DTSTART;TZID=Romance Standard Time:20251013T150000
DTEND;TZID=Romance Standard Time:20251013T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251006T080312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="entretien-panel",
    uid="oecd-sti-2025-1087-pi-natarajan@oecd.org",
    lab=(1, OECD, OECD_ROLE, "onsite",
         "audrey.vasseur@oecd.org;kenji.morita@oecd.org;charlotte.brunner@oecd.org",
         "oecd-panel-interview-french-entretien-teams"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="STI Recruitment":mailto:sti.recruitment@oecd.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="VASSEUR Audre
 y\, STI/DIR":mailto:Audrey.VASSEUR@oecd.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="MORITA Kenji\
 , STI/DEP":mailto:Kenji.MORITA@oecd.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="BRUNNER Charl
 otte\, EXD/HRM":mailto:Charlotte.BRUNNER@oecd.org
DESCRIPTION;LANGUAGE=fr-FR:Entretien avec le panel de sélection – poste 108
 7.\n\nMadame\, nous avons le plaisir de vous inviter à un entretien (45 m
 in) par Microsoft Teams. Une partie de l'entretien pourra se dérouler en
  français. Panel: Audrey Vasseur\, Kenji Morita\, Charlotte Brunner (HRM).\
 n\nPanel interview – vacancy 1087 – 45 min via Teams. 16:00 Paris = 10:00
  Ottawa.\n
UID:oecd-sti-2025-1087-pi-natarajan@oecd.org
SUMMARY;LANGUAGE=fr-FR:Entretien / Interview – Vacancy 1087 – NATARAJAN Priya
DTSTART;TZID=Romance Standard Time:20251105T160000
DTEND;TZID=Romance Standard Time:20251105T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251027T093044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="entrevista",
    uid="idb-rec-2025-0412-entrevista-tecnica@iadb.org",
    lab=(1, "IDB", "Especialista Senior en Políticas de Innovación", "technical",
         "mariag@iadb.org;carlosr@iadb.org", "spanish-technical-interview-new-york-tz"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
""" + NYC + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251202T110000
DTEND;TZID=America/New_York:20251202T120000
DTSTAMP:20251120T154423Z
ORGANIZER;CN=María Gutiérrez:mailto:mariag@iadb.org
UID:idb-rec-2025-0412-entrevista-tecnica@iadb.org
ATTENDEE;CN=Carlos Rivas;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:carlosr@iadb.org
ATTENDEE;CN=priya.natarajan.ott@gmail.com;ROLE=REQ-PARTICIPANT;PARTSTAT=NEED
 S-ACTION;RSVP=TRUE:mailto:priya.natarajan.ott@gmail.com
DESCRIPTION:Estimada Priya:\n\nLe confirmamos la entrevista técnica para la
  posición de Especialista Senior en Políticas de Innovación (División de C
 ompetitividad\, Tecnología e Innovación\, Banco Interamericano de Desarro
 llo). La entrevista se realizará en inglés y español\; parte de la conver
 sación será un caso sobre políticas de ciencia y tecnología en la región.
 \n\nEntrevistadores: María Gutiérrez (Jefa de División) y Carlos Rivas (Es
 pecialista Líder).\n\nUnirse a Zoom: https://iadb-org.zoom.us/j/9120445508
 3\n
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista técnica – BID/IDB – Priya Natarajan
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="teamtailor-interview",
    uid="teamtailor-interview-1c5e9a27-3b04-4e8c@teamtailor.com",
    lab=(1, "Mitacs", "Policy Manager", "hiring_manager", "nchowdhury@mitacs.ca",
         "teamtailor-nonprofit-hiring-manager"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-1c5e9a27-3b04-4e8c@teamtailor.com
DTSTAMP:20251014T171808Z
DTSTART:20251017T153000Z
DTEND:20251017T161500Z
SUMMARY:Interview: Policy Manager – Mitacs
DESCRIPTION:Hi Priya!\n\nYou're booked in for an interview with Nadia Chowd
 hury (Director\, Policy and Government Relations).\n\nMicrosoft Teams: http
 s://teams.microsoft.com/l/meetup-join/19%3ameeting_TWl0@thread.v2/0\n\nSe
 nt via Teamtailor
LOCATION:Microsoft Teams
ORGANIZER;CN=Mitacs Careers:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Priya Natarajan;RSVP=TRUE:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;CN=Nadia Chowdhury:mailto:nchowdhury@mitacs.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="workable-interview",
    uid="workable-evt-5a3e91b2c8d04f17@workable.com",
    lab=(1, "Canadian Chamber of Commerce", "Senior Policy Analyst", "",
         "vbastien@chamber.ca", "workable-association-interview-unclear-stage"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-evt-5a3e91b2c8d04f17@workable.com
DTSTAMP:20250930T192001Z
DTSTART:20251003T130000Z
DTEND:20251003T134500Z
SUMMARY:Interview for Senior Policy Analyst at Canadian Chamber of Commerce
DESCRIPTION:Priya Natarajan has an interview for the Senior Policy Analyst
  job at Canadian Chamber of Commerce.\n\nInterviewer: Vincent Bastien\n\nV
 ideo call: https://meet.google.com/ccc-bzqa-wkn\n\nPowered by Workable
LOCATION:Google Meet
ORGANIZER;CN=Vincent Bastien:mailto:vbastien@chamber.ca
ATTENDEE;CN=Priya Natarajan;RSVP=TRUE:mailto:priya.natarajan.ott@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="icims-confirmation",
    uid="icims-9b21f7-interview-2025-11871@icims.com",
    lab=(1, "Bell", "Manager, Regulatory Policy", "hiring_manager",
         "sandra.pelletier@bell.ca", "icims-telecom-hiring-manager-teams"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-9b21f7-interview-2025-11871@icims.com
DTSTAMP:20251024T140000Z
DTSTART:20251031T140000Z
DTEND:20251031T150000Z
SUMMARY:Interview Confirmation: Manager\, Regulatory Policy (2025-11871)
DESCRIPTION:Dear Priya\,\n\nThank you for your interest in Bell. Your inte
 rview for Manager\, Regulatory Policy has been confirmed.\n\nInterviewer: S
 andra Pelletier\, Director\, Regulatory Policy (Ottawa)\n\nJoin on Teams: h
 ttps://teams.microsoft.com/l/meetup-join/19%3ameeting_QmVsbA@thread.v2/0\n
 \nThis is an automated message from iCIMS. Please do not reply.
LOCATION:Microsoft Teams
ORGANIZER;CN=Bell Talent Acquisition:mailto:bell-noreply@icims.com
ATTENDEE;CN=Priya Natarajan;RSVP=TRUE:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;CN=Sandra Pelletier:mailto:sandra.pelletier@bell.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="modernloop-panel",
    uid="modernloop-ev-c7f1e0a2-9d34-4b6a-a8f2-clio",
    lab=(1, "Clio", "Government Affairs Manager", "onsite",
         "grace.tam@clio.com;owen.fitzgerald@clio.com",
         "modernloop-panel-vancouver-tz-pipe-summary"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + VAN + r"""BEGIN:VEVENT
UID:modernloop-ev-c7f1e0a2-9d34-4b6a-a8f2-clio
DTSTAMP:20251112T221103Z
DTSTART;TZID=America/Vancouver:20251119T090000
DTEND;TZID=America/Vancouver:20251119T101500
SUMMARY:Clio | Priya Natarajan | Government Affairs Manager – Panel
DESCRIPTION:Agenda (Pacific Time)\n9:00–9:40  Grace Tam\, Director\, Gover
 nment Affairs\n9:40–10:15  Owen Fitzgerald\, Legal Policy Counsel\n\nZoom: h
 ttps://clio.zoom.us/j/81144220907\n\nScheduled with ModernLoop
LOCATION:Zoom
ORGANIZER;CN=Clio Recruiting:mailto:recruiting@clio.com
ATTENDEE;CN=Priya Natarajan;RSVP=TRUE:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;CN=Grace Tam:mailto:grace.tam@clio.com
ATTENDEE;CN=Owen Fitzgerald:mailto:owen.fitzgerald@clio.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="calcom-founder",
    uid="calcom-booking-8uZ2kQ7rLbWf3nXp",
    lab=(1, "Permitly", "Head of Policy & Partnerships", "hiring_manager",
         "dan.kowalski.dk@gmail.com", "founder-on-free-mail-cal-com-booking"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-booking-8uZ2kQ7rLbWf3nXp
DTSTAMP:20251025T011527Z
DTSTART:20251027T220000Z
DTEND:20251027T223000Z
SUMMARY:30 Min Meeting between Dan Kowalski and Priya Natarajan
DESCRIPTION:What: 30 Min Meeting\nInvitee: Priya Natarajan\nAdditional not
 es: Hi Priya – thanks for the note on LinkedIn. Would love to tell you m
 ore about Permitly (we're 9 people\, seed-funded\, selling permitting sof
 tware to municipalities) and hear how you'd shape the Head of Policy & Pa
 rtnerships role. I'll have a few questions about your time on the housin
 g accelerator file.\n\nWhere: Google Meet\nhttps://meet.google.com/pmt-gdxx
 -bzr\n\nNeed to reschedule or cancel? https://cal.com/booking/8uZ2kQ7rLbW
 f3nXp
LOCATION:https://meet.google.com/pmt-gdxx-bzr
ORGANIZER;CN=Dan Kowalski:mailto:dan.kowalski.dk@gmail.com
ATTENDEE;CN=Priya Natarajan;PARTSTAT=ACCEPTED:mailto:priya.natarajan.ott@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="bookings-screen",
    uid="bookings-cboc-4e22f0a1-7b9c-48d3-9f11-acd7e6b53210",
    lab=(1, "Conference Board of Canada", "Senior Research Associate, Economic Policy",
         "recruiter_screen", "", "microsoft-bookings-screening-call-no-named-staff"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TOR + r"""BEGIN:VEVENT
ORGANIZER;CN=Conference Board of Canada Recruitment:mailto:CBoCRecruitment@conferenceboard.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Nata
 rajan:mailto:priya.natarajan.ott@gmail.com
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed.\n\nService: Screening
  call – Senior Research Associate\, Economic Policy (20 min)\nStaff: CBoC
  Talent Team\n\nWe will call you at: 613-555-0148\n\nManage booking: https:
 //outlook.office365.com/owa/calendar/CBoCRecruitment@conferenceboard.ca/b
 ookings/\n
UID:bookings-cboc-4e22f0a1-7b9c-48d3-9f11-acd7e6b53210
SUMMARY;LANGUAGE=en-US:Screening call – Senior Research Associate\, Economic Policy
DTSTART;TZID=America/Toronto:20250916T120000
DTEND;TZID=America/Toronto:20250916T122000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250912T020355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="agency-screen",
    uid="3a7d0e62-excelhr-4c19-b5f2-9e84d1c0a7b3",
    lab=(1, "Women and Gender Equality Canada", "Senior Policy Analyst", "recruiter_screen",
         "mgrenier@excelhr.com", "staffing-agency-screen-client-named-in-body"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251015T141500Z
DTEND:20251015T143000Z
DTSTAMP:20251014T200230Z
ORGANIZER;CN=Mathieu Grenier:mailto:mgrenier@excelhr.com
UID:3a7d0e62-excelhr-4c19-b5f2-9e84d1c0a7b3
ATTENDEE;CN=priya.natarajan.ott@gmail.com;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:ma
 ilto:priya.natarajan.ott@gmail.com
DESCRIPTION:Quick screening call re: Senior Policy Analyst (EC-06 equivalen
 t\, 6-month contract through our standing offer) with Women and Gender Eq
 uality Canada (WAGE)\, GBA Plus Centre of Excellence. Client wants resume
 s by Friday – I'll go through the mandatory criteria with you and your a
 vailability. Reliability status required.\n\nMathieu – Excel HR Ottawa\,
  613-555-0172
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Excel HR – Priya N. – WAGE Sr Policy Analyst
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="lever-panel",
    uid="lever-interview-0f4c8e21-6a9b-42d7-b1e3-cifar",
    lab=(1, "CIFAR", "Senior Manager, AI & Society", "onsite",
         "e.nakamura@cifar.ca;b.tremblay@cifar.ca", "lever-panel-research-institute"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-0f4c8e21-6a9b-42d7-b1e3-cifar
DTSTAMP:20251118T162233Z
DTSTART:20251126T150000Z
DTEND:20251126T161500Z
SUMMARY:Priya Natarajan - Panel Interview - Senior Manager\, AI & Society (CIFAR)
DESCRIPTION:Interview panel:\n- Emi Nakamura\, Director\, AI & Society\n- B
 enoît Tremblay\, Senior Director\, Knowledge Mobilization\n\nZoom: https://c
 ifar.zoom.us/j/88210453321\n\nScheduled via Lever on behalf of CIFAR Peop
 le & Culture.
LOCATION:Zoom
ORGANIZER;CN=CIFAR People & Culture:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Priya Natarajan;RSVP=TRUE:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;CN=Emi Nakamura:mailto:e.nakamura@cifar.ca
ATTENDEE;CN=Benoît Tremblay:mailto:b.tremblay@cifar.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))
