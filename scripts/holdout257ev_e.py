# ruff: noqa: E501, W291, W293, RUF100
"""holdout257 events, part E: the user's own interviews at employers with a single round in this calendar."""

from holdout257ev_zones import CHICAGO, MONTERREY, NEW_YORK, TEAMS_FOOTER, TORONTO, WIN_CENTRAL, WIN_EASTERN

EVENTS = [
    dict(
        kind="calendly-user-booked-screen",
        uid="b1d5e7f0-2c3a-4b69-8e1f-0a9c7d6e5b42@calendly.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:b1d5e7f0-2c3a-4b69-8e1f-0a9c7d6e5b42@calendly.com
DTSTAMP:20250207T004411Z
DTSTART:20250213T200000Z
DTEND:20250213T203000Z
SUMMARY:Ember Robotics Recruiter Intro (Brandon Whitaker)
ORGANIZER;CN=Laila Farouk:mailto:laila.farouk@emberrobotics.example
ATTENDEE;CN=Brandon Whitaker;PARTSTAT=ACCEPTED:mailto:brandon.whitaker.tx@gm
 ail.com
LOCATION:https://emberrobotics.zoom.example/j/97731200458
DESCRIPTION:Event Name: Ember Robotics Recruiter Intro\n\nInvitee: Brandon 
 Whitaker\nInvitee Email: brandon.whitaker.tx@gmail.com\n\nLocation: This i
 s a Zoom web conference.\nhttps://emberrobotics.zoom.example/j/97731200458\
 n\nQuestions:\nWhich role are you applying for?\nTalent Acquisition Partne
 r - Engineering (Pittsburgh/remote)\nLinkedIn URL\nlinkedin.com/in/brandon-
 whitaker-recruits\n\nNeed to make changes to this event?\nCancel: https://c
 alendly.com/cancellations/b1d5e7f0\nReschedule: https://calendly.com/resch
 edulings/b1d5e7f0\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Ember Robotics",
        role="Talent Acquisition Partner - Engineering",
        stage="recruiter_screen",
        interviewers="laila.farouk@emberrobotics.example",
        trap="calendly-user-is-invitee-not-host",
        hiring=False,
    ),
    dict(
        kind="goodtime-panel-attendees",
        uid="goodtime-9120443-driftwood-77aa@goodtime.example",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//Interview Scheduling//EN
METHOD:REQUEST
{NEW_YORK}BEGIN:VEVENT
UID:goodtime-9120443-driftwood-77aa@goodtime.example
DTSTAMP:20250317T140522Z
DTSTART;TZID=America/New_York:20250324T120000
DTEND;TZID=America/New_York:20250324T150000
SUMMARY:Driftwood Games - Panel Interview: Lead Recruiter\, Creative & Engin
 eering
ORGANIZER;CN=Driftwood Games Talent:mailto:talent@driftwoodgames.example
ATTENDEE;CN=Brandon Whitaker;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:brandon.w
 hitaker.tx@gmail.com
ATTENDEE;CN=Hollis Ng;ROLE=REQ-PARTICIPANT:mailto:hollis.ng@driftwoodgames.ex
 ample
ATTENDEE;CN=Beatriz Almeida;ROLE=REQ-PARTICIPANT:mailto:beatriz.almeida@drif
 twoodgames.example
ATTENDEE;CN=Cal Whitford;ROLE=REQ-PARTICIPANT:mailto:cal.whitford@driftwoodg
 ames.example
LOCATION:Zoom: https://driftwoodgames.zoom.example/j/88120044371
DESCRIPTION:Back-to-back panel (times Eastern):\n12:00 Hollis Ng - Head of T
 alent\n12:50 Beatriz Almeida - Art Director (portfolio reviews & hiring ar
 tists)\n1:40 Cal Whitford - Engineering Manager\, Gameplay\n2:30 wrap-up\n
 \nScheduled with GoodTime
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Driftwood Games",
        role="Lead Recruiter, Creative & Engineering",
        stage="onsite",
        interviewers="hollis.ng@driftwoodgames.example;beatriz.almeida@driftwoodgames.example;cal.whitford@driftwoodgames.example",
        trap="eastern-zone-panel-escaped-comma-role",
        hiring=False,
    ),
    dict(
        kind="ios-terse-phone-screen",
        uid="5E0B9C71-3A2D-4F88-B6C1-9D4E7A20F3B8",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:5E0B9C71-3A2D-4F88-B6C1-9D4E7A20F3B8
DTSTAMP:20250129T221003Z
CREATED:20250129T220951Z
DTSTART:20250204T121500
DTEND:20250204T124500
SUMMARY:phone scrn cobalt ridge - TA mgr (they call me)
DESCRIPTION:recruiter = Wendy Tran? comp 120-130 + bonus
SEQUENCE:0
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Cobalt Ridge Insurance",
        role="TA mgr",
        stage="recruiter_screen",
        interviewers="Wendy Tran",
        trap="ios-abbreviations-floating-lowercase-company",
        hiring=False,
    ),
    dict(
        kind="agency-hm-call-client-named",
        uid="northstar-7782-orbitly-hm@northstarsearch.example",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{CHICAGO}BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250305T103000
DTEND;TZID=America/Chicago:20250305T111500
DTSTAMP:20250228T171000Z
ORGANIZER;CN=Gabe Moretti:mailto:gabe@northstarsearch.example
UID:northstar-7782-orbitly-hm@northstarsearch.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=brandon.whitaker.tx@gmail.com:mailto:brandon.whitaker.tx@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sunita 
 Rao:mailto:sunita.rao@orbitly.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gabe Mo
 retti:mailto:gabe@northstarsearch.example
DESCRIPTION:Brandon\, as promised - intro to Sunita Rao (Director of People
  Ops at Orbitly) for the Recruiting Operations Manager search. I'll join th
 e first 5 min for intros and then drop. Call me after!\n\nGabe Moretti | Nor
 thstar Search Group\n\nJoin with Google Meet: https://meet.google.com/orb-n
 str-hmx
LOCATION:https://meet.google.com/orb-nstr-hmx
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Orbitly x Brandon Whitaker (via Northstar) - Recruiting Ops Manager
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Orbitly",
        role="Recruiting Operations Manager",
        stage="hiring_manager",
        interviewers="sunita.rao@orbitly.example",
        trap="agency-organizer-drops-after-intro-client-hm",
        hiring=False,
    ),
    dict(
        kind="method-cancel-screen",
        uid="greyfield-icims-int-300417@greyfieldbank.icims.example",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//Interview Scheduler//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:greyfield-icims-int-300417@greyfieldbank.icims.example
DTSTAMP:20250218T150200Z
SEQUENCE:1
STATUS:CANCELLED
DTSTART:20250220T150000Z
DTEND:20250220T153000Z
SUMMARY:CANCELED: Phone Interview - Sr. Talent Acquisition Specialist (IT) -
  Greyfield Bank
ORGANIZER;CN=Greyfield Bank Recruiting:mailto:careers@greyfieldbank.example
ATTENDEE;CN=Brandon Whitaker;ROLE=REQ-PARTICIPANT:mailto:brandon.whitaker.t
 x@gmail.com
ATTENDEE;CN=Monica Strand;ROLE=REQ-PARTICIPANT:mailto:monica.strand@greyfield
 bank.example
DESCRIPTION:Dear Brandon\,\n\nUnfortunately we need to cancel your phone in
 terview with Monica Strand scheduled for 2/20. The requisition has been pla
 ced on hold. We will reach out if it reopens.\n\nGreyfield Bank Talent Acq
 uisition
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Greyfield Bank",
        role="Sr. Talent Acquisition Specialist (IT)",
        stage="recruiter_screen",
        interviewers="monica.strand@greyfieldbank.example",
        trap="icims-method-cancel-req-on-hold",
        hiring=False,
    ),
    dict(
        kind="google-canceled-event",
        uid="4nd8k2p6x0c1v9m3b5q7z2w8hr@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{CHICAGO}BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250227T140000
DTEND;TZID=America/Chicago:20250227T144500
DTSTAMP:20250226T181512Z
ORGANIZER;CN=Audra Kim:mailto:audra.kim@pinecrestsoftware.example
UID:4nd8k2p6x0c1v9m3b5q7z2w8hr@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=bra
 ndon.whitaker.tx@gmail.com;X-NUM-GUESTS=0:mailto:brandon.whitaker.tx@gmail
 .com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Audra K
 im;X-NUM-GUESTS=0:mailto:audra.kim@pinecrestsoftware.example
CREATED:20250219T154401Z
DESCRIPTION:Hiring manager conversation for Technical Recruiter (Contract-t
 o-Hire)\n\nSorry Brandon - something came up on my end\, Luke will reach 
 out to find a new time next week.\n\nInvitation from Google Calendar: http
 s://calendar.google.com/calendar/
LAST-MODIFIED:20250226T181511Z
LOCATION:https://meet.google.com/pnc-rqvx-kmw
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Canceled event: Brandon Whitaker / Audra Kim (Pinecrest) @ Thu Feb 
 27\, 2025 2pm - 2:45pm (CST) (brandon.whitaker.tx@gmail.com)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Pinecrest Software",
        role="Technical Recruiter (Contract-to-Hire)",
        stage="hiring_manager",
        interviewers="audra.kim@pinecrestsoftware.example",
        trap="google-canceled-event-status-cancelled",
        hiring=False,
    ),
    dict(
        kind="hirevue-all-day-one-way",
        uid="hirevue-invite-sanselm-4471902@hirevue.example",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HireVue//Candidate Reminder//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:hirevue-invite-sanselm-4471902@hirevue.example
DTSTAMP:20250210T130000Z
DTSTART;VALUE=DATE:20250214
DTEND;VALUE=DATE:20250215
SUMMARY:Complete your video interview - St. Anselm Medical Center (Recruite
 r II\, Physician & APP Recruitment)
DESCRIPTION:Hello Brandon\,\n\nSt. Anselm Medical Center has invited you to
  complete an on-demand video interview for Recruiter II\, Physician & APP
  Recruitment. You will answer 6 recorded questions (about 25 minutes). Ple
 ase complete it by 11:59 PM CT on Friday\, February 14.\n\nStart here: http
 s://app.hirevue.example/i/sanselm/4471902\n\nThis is an automated reminder.
TRANSP:TRANSPARENT
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="St. Anselm Medical Center",
        role="Recruiter II, Physician & APP Recruitment",
        stage="recruiter_screen",
        interviewers="",
        trap="one-way-video-all-day-deadline-no-interviewer",
        hiring=False,
    ),
    dict(
        kind="calendly-head-of-talent",
        uid="e7a2c419-5d8b-4f06-a31e-6b9c0d2f7e88@calendly.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:e7a2c419-5d8b-4f06-a31e-6b9c0d2f7e88@calendly.com
DTSTAMP:20250304T162040Z
DTSTART:20250307T170000Z
DTEND:20250307T174500Z
SUMMARY:Brandon Whitaker and Ines Cavanagh
ORGANIZER;CN=Ines Cavanagh:mailto:ines@tessellate.ai.example
ATTENDEE;CN=Brandon Whitaker;PARTSTAT=ACCEPTED:mailto:brandon.whitaker.tx@gm
 ail.com
LOCATION:Google Meet (instructions in description)
DESCRIPTION:Event Name: 45 min - Hiring Manager Interview (GTM Recruiter)\n
 \nInvitee: Brandon Whitaker\nInvitee Email: brandon.whitaker.tx@gmail.com\n
 \nTessellate AI | Head of Talent: Ines Cavanagh\n\nLocation: This is a Goo
 gle Meet web conference.\nhttps://meet.google.com/tsl-hmgr-int\n\nPowered b
 y Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Tessellate AI",
        role="GTM Recruiter",
        stage="hiring_manager",
        interviewers="ines@tessellate.ai.example",
        trap="calendly-summary-only-names-role-in-event-name",
        hiring=False,
    ),
    dict(
        kind="ms-bookings-screen",
        uid="7c0e3b1f-9a52-4d6e-b8f1-2a4c6e8d0b97@bookings.ridgelinecu.example",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_CENTRAL}BEGIN:VEVENT
ORGANIZER;CN=Ridgeline CU Careers:mailto:RidgelineCareers@ridgelinecu.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brandon Wh
 itaker:mailto:brandon.whitaker.tx@gmail.com
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed.\n\nService: Recruiter
  Phone Screen - Talent Acquisition Specialist\nStaff: Dominic Fairweather\n
 \nDominic will call you at the number you provided. To cancel or reschedul
 e\, use Manage booking.\n\nRidgeline Credit Union\nPowered by Microsoft Boo
 kings
UID:7c0e3b1f-9a52-4d6e-b8f1-2a4c6e8d0b97@bookings.ridgelinecu.example
SUMMARY;LANGUAGE=en-US:Recruiter Phone Screen - Talent Acquisition Specialis
 t
DTSTART;TZID=Central Standard Time:20250401T110000
DTEND;TZID=Central Standard Time:20250401T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250326T154801Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Ridgeline Credit Union",
        role="Talent Acquisition Specialist",
        stage="recruiter_screen",
        interviewers="Dominic Fairweather",
        trap="bookings-staff-name-only-company-in-footer",
        hiring=False,
    ),
    dict(
        kind="lever-toronto-zone",
        uid="lever-interview-31c0f7e9-2b84-4d5a-96e0-7a1b3c5d9f20@hire.lever.example",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
{TORONTO}BEGIN:VEVENT
UID:lever-interview-31c0f7e9-2b84-4d5a-96e0-7a1b3c5d9f20@hire.lever.example
DTSTAMP:20250311T141500Z
DTSTART;TZID=America/Toronto:20250314T110000
DTEND;TZID=America/Toronto:20250314T113000
SUMMARY:Mapleworks Digital: Intro call - Senior Talent Partner (US hiring)
ORGANIZER;CN=Mapleworks Digital:mailto:scheduling@hire.lever.example
ATTENDEE;CN=Brandon Whitaker;RSVP=TRUE:mailto:brandon.whitaker.tx@gmail.com
ATTENDEE;CN=Fiona MacPherson:mailto:fiona.macpherson@mapleworks.example
LOCATION:Phone: Fiona will call you
DESCRIPTION:Hi Brandon\, you'll chat with Fiona MacPherson (Talent Partner\
 , Toronto) about our Senior Talent Partner role supporting US hiring. 11:00
  Toronto time = 10:00 Chicago.\n\nSent via Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Mapleworks Digital",
        role="Senior Talent Partner (US hiring)",
        stage="recruiter_screen",
        interviewers="fiona.macpherson@mapleworks.example",
        trap="toronto-zone-intro-call-wording",
        hiring=False,
    ),
    dict(
        kind="french-entrevue-teams",
        uid="040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DB01000000000000000010000000A1A2A3A4A5A6A7A8",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_EASTERN}BEGIN:VEVENT
ORGANIZER;CN="Gagnon, Émilie":mailto:emilie.gagnon@groupelumiq.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=brandon.whi
 taker.tx@gmail.com:mailto:brandon.whitaker.tx@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Tremblay, Lu
 c":mailto:luc.tremblay@groupelumiq.example
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Brandon\,\n\nMerci pour votre intérêt en
 vers le poste de Conseiller principal\, acquisition de talents (marché amé
 ricain). Vous rencontrerez Luc Tremblay\, directeur Talents et Culture\, po
 ur une entrevue d'environ 45 minutes. L'entrevue se déroulera en anglais.\
 n\n--\nHello Brandon\, thank you for your interest in the Senior Talent Acq
 uisition Advisor (US market) role. You'll meet Luc Tremblay\, Director\, Ta
 lent & Culture. The interview will be in English.\n\nÉmilie Gagnon\nCoordon
 natrice RH | HR Coordinator{TEAMS_FOOTER}
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DB01000000000000000010000000A1A2A3A4A5A6A7A8
SUMMARY;LANGUAGE=fr-CA:Entrevue - Conseiller principal\, acquisition de tal
 ents / Senior TA Advisor - Brandon Whitaker
DTSTART;TZID=Eastern Standard Time:20250319T140000
DTEND;TZID=Eastern Standard Time:20250319T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250313T180032Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Groupe Lumiq",
        role="Conseiller principal, acquisition de talents",
        stage="hiring_manager",
        interviewers="luc.tremblay@groupelumiq.example",
        trap="french-quebec-entrevue-coordinator-organizer",
        hiring=False,
    ),
    dict(
        kind="spanish-google-entrevista",
        uid="8sx3n0q7b1v5k9c2z4m6p8r1dt@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MONTERREY}BEGIN:VEVENT
DTSTART;TZID=America/Monterrey:20250320T100000
DTEND;TZID=America/Monterrey:20250320T104500
DTSTAMP:20250314T220145Z
ORGANIZER;CN=Mariana Treviño:mailto:mariana.trevino@finvera.mx.example
UID:8sx3n0q7b1v5k9c2z4m6p8r1dt@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marian
 a Treviño;X-NUM-GUESTS=0:mailto:mariana.trevino@finvera.mx.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=brandon.whitaker.tx@gmail.com;X-NUM-GUESTS=0:mailto:brandon.whitake
 r.tx@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/fnv-rcls-ent
CREATED:20250314T220144Z
DESCRIPTION:Hola Brandon\,<br><br>Gracias por tu interés en la vacante de <
 b>Reclutador Senior TI (remoto\, EE. UU./LatAm)</b>. Te comparto la invita
 ción para una entrevista inicial de 45 minutos con Mariana Treviño (Gerente
  de Atracción de Talento). Podemos hacerla en inglés o español.<br><br>Sal
 udos\,<br>Equipo de Talento Finvera<br><br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-<br>Unirse con Google Meet: https://mee
 t.google.com/fnv-rcls-ent<br><br>Invitación de Google Calendar: https://cal
 endar.google.com/calendar/<br><br>Recibes este correo electrónico porque er
 es un invitado al evento.
LAST-MODIFIED:20250314T220144Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista: Reclutador Senior TI - Brandon Whitaker
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Finvera",
        role="Reclutador Senior TI",
        stage="recruiter_screen",
        interviewers="mariana.trevino@finvera.mx.example",
        trap="spanish-entrevista-monterrey-zone",
        hiring=False,
    ),
    dict(
        kind="thunderbird-floating-terse",
        uid="a7c3e1f9-40b2-4d8e-9c16-5f2b8e0d3a71",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250301T024512Z
LAST-MODIFIED:20250301T024640Z
DTSTAMP:20250301T024640Z
UID:a7c3e1f9-40b2-4d8e-9c16-5f2b8e0d3a71
SUMMARY:Intvw - Bluegill (Sr recruiter) w/ Nate + Olivia
DTSTART:20250306T141500
DTEND:20250306T151500
LOCATION:zoom link in email from olivia
DESCRIPTION:Nate = hiring mgr (Dir Eng Ops)\, Olivia = recruiter. prep STA
 R stories: 40 contractors in 6 wks for Fintrust migration\n
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT30M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        eol="\n",
        is_interview=1,
        company="Bluegill Payments",
        role="Sr recruiter",
        stage="",
        interviewers="Nate;Olivia",
        trap="thunderbird-floating-abbreviated-first-names-only",
        hiring=False,
    ),
    dict(
        kind="icims-phone-interview",
        uid="icims-harborline-int-88120-brandon@harborline.icims.example",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-harborline-int-88120-brandon@harborline.icims.example
DTSTAMP:20250205T200012Z
DTSTART:20250207T193000Z
DTEND:20250207T200000Z
SUMMARY:Harborline Software | Phone Interview | Technical Recruiter
ORGANIZER;CN=Harborline Talent Team:mailto:talent@harborlinesoftware.example
ATTENDEE;CN=Brandon Whitaker;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:brandon.w
 hitaker.tx@gmail.com
ATTENDEE;CN=Shauna Pruitt;ROLE=REQ-PARTICIPANT:mailto:spruitt@harborlinesoft
 ware.example
LOCATION:Phone - (312) 555-0123 will call you
DESCRIPTION:Job: Technical Recruiter (Req 2025-0142)\nInterview Type: Phone
  Interview\nInterviewer(s): Shauna Pruitt\nDuration: 30 minutes\n\nPowered 
 by iCIMS
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Harborline Software",
        role="Technical Recruiter",
        stage="recruiter_screen",
        interviewers="spruitt@harborlinesoftware.example",
        trap="icims-pipe-separated-summary",
        hiring=False,
    ),
    dict(
        kind="outlook-zoom-escaped-commas",
        uid="040000008200E00074C5B7101A82E00800000000E1D2C3B4A596DB01000000000000000010000000F0E1D2C3B4A59687",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_CENTRAL}BEGIN:VEVENT
ORGANIZER;CN="Vale, Harriet":mailto:hvale@quarryvale.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brandon Wh
 itaker:mailto:brandon.whitaker.tx@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Quarry, 
 Simon":mailto:squarry@quarryvale.example
DESCRIPTION;LANGUAGE=en-US:Brandon\, thanks again for your note. Simon and 
 I would like to talk with you about the Recruiting Manager\, Consulting Ta
 lent role (we're a 300-person tech consultancy\, offices in Chicago\, Denv
 er\, and Austin).\n\nHarriet Vale\, Managing Partner\n\nJoin Zoom Meeting\
 nhttps://quarryvale.zoom.example/j/83144520998?pwd=Q3Z2\n\nMeeting ID: 831
  4452 0998\nPasscode: 226104\n\n---\n\nOne tap mobile\n+13125550191\,\,83144
 520998#\,\,\,\,*226104# US (Chicago)
UID:040000008200E00074C5B7101A82E00800000000E1D2C3B4A596DB01000000000000000010000000F0E1D2C3B4A59687
SUMMARY;LANGUAGE=en-US:Quarry & Vale <> Brandon Whitaker
DTSTART;TZID=Central Standard Time:20250408T083000
DTEND;TZID=Central Standard Time:20250408T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250402T143022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:https://quarryvale.zoom.example/j/83144520998?pwd=Q
 3Z2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Quarry & Vale",
        role="Recruiting Manager, Consulting Talent",
        stage="hiring_manager",
        interviewers="hvale@quarryvale.example;squarry@quarryvale.example",
        trap="managing-partners-invite-no-interview-word-escaped-commas",
        hiring=False,
    ),
    dict(
        kind="webex-timed-assessment",
        uid="c1e9a7b5d3f14268a0b2c4d6e8f0a1b3@webex.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
{CHICAGO}BEGIN:VEVENT
UID:c1e9a7b5d3f14268a0b2c4d6e8f0a1b3@webex.com
DTSTAMP:20250320T160212Z
DTSTART;TZID=America/Chicago:20250325T130000
DTEND;TZID=America/Chicago:20250325T140000
SUMMARY:Telluric Systems - Timed Sourcing Assessment (Technical Recruiter I
 I)
ORGANIZER;CN=Ben Oyelaran:mailto:ben.oyelaran@telluricsystems.example
ATTENDEE;CN=Brandon Whitaker;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:brandon.w
 hitaker.tx@gmail.com
LOCATION:https://telluric.webex.example/meet/b.oyelaran
DESCRIPTION:Brandon\, you'll have 45 minutes to source 15 qualified profile
 s for an embedded firmware engineer req and write two outreach messages. 
 I'll stay on the bridge for questions and debrief for the last 15 minutes.
 \n\nBen Oyelaran\, Sr. Manager\, Talent Acquisition\n\nJoin meeting: https
 ://telluric.webex.example/meet/b.oyelaran\nMeeting number: 2551 009 3312
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Telluric Systems",
        role="Technical Recruiter II",
        stage="technical",
        interviewers="ben.oyelaran@telluricsystems.example",
        trap="timed-sourcing-assessment-organizer-is-assessor",
        hiring=False,
    ),
    dict(
        kind="workday-hospital-panel",
        uid="wd-int-9904417@lakeshorechildrens.myworkday.example",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-int-9904417@lakeshorechildrens.myworkday.example
DTSTAMP:20250317T120500Z
DTSTART:20250402T140000Z
DTEND:20250402T153000Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview - Recruiter II - Nursing (JR-25-0311) - Panel
ORGANIZER;CN=Lakeshore Children's Hospital Recruitment:mailto:recruitment-n
 oreply@lakeshorechildrens.example
ATTENDEE;CN=Brandon Whitaker;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:brandon.
 whitaker.tx@gmail.com
ATTENDEE;CN=Rosa Villanueva;ROLE=REQ-PARTICIPANT:mailto:rvillanueva@lakesh
 orechildrens.example
ATTENDEE;CN=Eileen Prochaska;ROLE=REQ-PARTICIPANT:mailto:eprochaska@lakesh
 orechildrens.example
LOCATION:Microsoft Teams (link to follow from interviewer)
DESCRIPTION:Dear Brandon\,\n\nYour panel interview for Recruiter II - Nursin
 g has been scheduled with Rosa Villanueva (Manager\, Nurse Recruitment) an
 d Eileen Prochaska (Magnet Program Director\, RN).\n\nDate: April 2\, 2025 
 9:00 AM CDT\n\nLakeshore Children's Hospital
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Lakeshore Children's Hospital",
        role="Recruiter II - Nursing",
        stage="onsite",
        interviewers="rvillanueva@lakeshorechildrens.example;eprochaska@lakeshorechildrens.example",
        trap="hospital-workday-panel-virtual-apostrophe-company",
        hiring=False,
    ),
    dict(
        kind="google-meet-screen-footer",
        uid="9kc4x2b7n0q5v1m8z3p6w0r2hs@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{NEW_YORK}BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250212T160000
DTEND;TZID=America/New_York:20250212T163000
DTSTAMP:20250208T151822Z
ORGANIZER;CN=Dev Chaudhry:mailto:dev.chaudhry@zephyrine.example
UID:9kc4x2b7n0q5v1m8z3p6w0r2hs@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dev Ch
 audhry;X-NUM-GUESTS=0:mailto:dev.chaudhry@zephyrine.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=brandon.whitaker.tx@gmail.com;X-NUM-GUESTS=0:mailto:brandon.whitake
 r.tx@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/zph-ytrq-aww
CREATED:20250208T151821Z
DESCRIPTION:Zephyrine - Senior Recruiter\, Engineering: 30 min recruiter ch
 at\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~:
 :-\nJoin with Google Meet: https://meet.google.com/zph-ytrq-aww\nOr dial: (
 US) +1 646-555-0102 PIN: 771 220 913#\n\nPlease do not edit this section.\n
 -::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n\n
 Invitation from Google Calendar: https://calendar.google.com/calendar/\n\nY
 ou are receiving this email because you are an attendee on the event.
LAST-MODIFIED:20250208T151821Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Brandon <> Dev (Zephyrine)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Zephyrine",
        role="Senior Recruiter, Engineering",
        stage="recruiter_screen",
        interviewers="dev.chaudhry@zephyrine.example",
        trap="first-names-summary-recruiter-chat",
        hiring=False,
    ),
    dict(
        kind="modernloop-hm-interview",
        uid="modernloop-evt-4f2a9d81c7b3@modernloop.example",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:modernloop-evt-4f2a9d81c7b3@modernloop.example
DTSTAMP:20250321T170044Z
DTSTART:20250327T193000Z
DTEND:20250327T201500Z
SUMMARY:Nimbus Freight Interview: Brandon Whitaker - Hiring Manager Round
ORGANIZER;CN=Nimbus Freight Recruiting:mailto:recruiting@nimbusfreight.example
ATTENDEE;CN=Brandon Whitaker;RSVP=TRUE:mailto:brandon.whitaker.tx@gmail.com
ATTENDEE;CN=Carla Jimenez-Ward:mailto:carla.jw@nimbusfreight.example
LOCATION:Microsoft Teams
DESCRIPTION:Position: Talent Acquisition Manager\, Tech & Product\nIntervie
 wer: Carla Jimenez-Ward (VP\, People & Culture)\n\nTeams link: https://tea
 ms.microsoft.com/l/meetup-join/19%3ameeting_nimbus8841\n\nScheduled with M
 odernLoop
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Nimbus Freight",
        role="Talent Acquisition Manager, Tech & Product",
        stage="hiring_manager",
        interviewers="carla.jw@nimbusfreight.example",
        trap="modernloop-scheduler-utc",
        hiring=False,
    ),
    dict(
        kind="virtual-assessment-centre",
        uid="copperleaf-ac-2025-03-28-bw@copperleafbank.example",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{WIN_CENTRAL}BEGIN:VEVENT
CLASS:PUBLIC
DTSTAMP:20250319T200100Z
DTSTART;TZID="Central Standard Time":20250328T090000
DTEND;TZID="Central Standard Time":20250328T123000
SUMMARY:Copperleaf Bank - Virtual Assessment Center - Talent Acquisition Sp
 ecialist
ORGANIZER;CN="Copperleaf Early & Experienced Hiring":mailto:hiring@copperlea
 fbank.example
ATTENDEE;CN="Brandon Whitaker";RSVP=TRUE:mailto:brandon.whitaker.tx@gmail.com
ATTENDEE;CN="Harold Beaumont";ROLE=REQ-PARTICIPANT:mailto:harold.beaumont@co
 pperleafbank.example
ATTENDEE;CN="Jasmine Okoro";ROLE=REQ-PARTICIPANT:mailto:jasmine.okoro@copper
 leafbank.example
DESCRIPTION:Assessment Center schedule (3.5 hrs):\n- Intake role-play: run 
 an intake meeting with a 'hiring manager' (played by Harold Beaumont)\n- Ca
 ndidate call role-play: sell the role to a passive candidate\n- Written exe
 rcise: job ad rewrite (30 min)\n- Competency interview with Jasmine Okoro\n
 \nCameras on please. Microsoft Teams link will be sent the day before.
LOCATION:Microsoft Teams
PRIORITY:5
SEQUENCE:0
TRANSP:OPAQUE
UID:copperleaf-ac-2025-03-28-bw@copperleafbank.example
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Copperleaf Bank",
        role="Talent Acquisition Specialist",
        stage="technical",
        interviewers="harold.beaumont@copperleafbank.example;jasmine.okoro@copperleafbank.example",
        trap="assessment-center-role-play-intake-words",
        hiring=False,
    ),
    dict(
        kind="outlook-onsite-room-resource",
        uid="040000008200E00074C5B7101A82E00800000000F7E6D5C4B3A2DB01000000000000000010000000ABCDEF0123456789",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_CENTRAL}BEGIN:VEVENT
ORGANIZER;CN="Sato, Kenji":mailto:kenji.sato@hexbyte.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brandon Wh
 itaker:mailto:brandon.whitaker.tx@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sato, Kenji":
 mailto:kenji.sato@hexbyte.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lindgren, Ast
 rid":mailto:astrid.lindgren@hexbyte.example
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Visitor
  Badge Desk - 2nd Fl":mailto:badgedesk@hexbyte.example
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="FM-Zero Da
 y (8)":mailto:room-zeroday@hexbyte.example
DESCRIPTION;LANGUAGE=en-US:Brandon - onsite for Senior Recruiter\, Security
  Engineering. Kenji (Head of Talent) + Astrid (CISO). Please bring ID for t
 he visitor badge.
UID:040000008200E00074C5B7101A82E00800000000F7E6D5C4B3A2DB01000000000000000010000000ABCDEF0123456789
SUMMARY;LANGUAGE=en-US:Onsite: Brandon Whitaker (Sr Recruiter\, Sec Eng)
DTSTART;TZID=Central Standard Time:20250403T130000
DTEND;TZID=Central Standard Time:20250403T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T210300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:FM-Zero Day (8); 1000 W Fulton Market\, Chicago
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Hexbyte Security",
        role="Senior Recruiter, Security Engineering",
        stage="onsite",
        interviewers="kenji.sato@hexbyte.example;astrid.lindgren@hexbyte.example",
        trap="room-and-badge-resource-attendees-not-interviewers",
        hiring=False,
    ),
    dict(
        kind="zoom-utc-final-ceo",
        uid="zoom-89120334871-20250409@zoom.us",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20250403T151203Z
DTSTART:20250409T153000Z
DTEND:20250409T161500Z
SUMMARY:Final conversation: Brandon Whitaker x Pallas Learning CEO
UID:zoom-89120334871-20250409@zoom.us
TZID:America/Chicago
DESCRIPTION:Gwen Abara is inviting you to a scheduled Zoom meeting.\n\nHi B
 randon - last step for the Head of Recruiting role: a conversation with ou
 r CEO\, Malcolm Idris. Gwen (our People partner) will set it up and not jo
 in.\n\nJoin Zoom Meeting\nhttps://pallaslearning.zoom.example/j/8912033487
 1\n\nMeeting ID: 891 2033 4871\n\n
LOCATION:https://pallaslearning.zoom.example/j/89120334871
ORGANIZER;CN=Gwen Abara:mailto:gwen.abara@pallaslearning.example
ATTENDEE;CN=Brandon Whitaker;RSVP=TRUE:mailto:brandon.whitaker.tx@gmail.com
ATTENDEE;CN=Malcolm Idris;RSVP=TRUE:mailto:malcolm@pallaslearning.example
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Pallas Learning",
        role="Head of Recruiting",
        stage="final",
        interviewers="malcolm@pallaslearning.example",
        trap="zoom-native-utc-organizer-does-not-join",
        hiring=False,
    ),
    dict(
        kind="outlook-utc-label-no-vtimezone",
        uid="040000008200E00074C5B7101A82E0080000000033445566778899AADB0100000000000000001000000012344321ABCD",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Whitlock, Danielle":mailto:dwhitlock@canopycommerce.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=brandon.whi
 taker.tx@gmail.com:mailto:brandon.whitaker.tx@gmail.com
DESCRIPTION;LANGUAGE=en-US:Brandon\, looking forward to our interview for t
 he Recruiting Lead\, Commerce Engineering role. I lead the engineering org 
 and own this hire.\n\nDanielle{TEAMS_FOOTER}
UID:040000008200E00074C5B7101A82E0080000000033445566778899AADB0100000000000000001000000012344321ABCD
SUMMARY;LANGUAGE=en-US:Canopy Commerce | Interview | Danielle Whitlock / Br
 andon Whitaker
DTSTART;TZID="(UTC-06:00) Central Time (US & Canada)":20250326T110000
DTEND;TZID="(UTC-06:00) Central Time (US & Canada)":20250326T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250320T185500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Canopy Commerce",
        role="Recruiting Lead, Commerce Engineering",
        stage="hiring_manager",
        interviewers="dwhitlock@canopycommerce.example",
        trap="utc-label-zone-without-vtimezone-organizer-interviews",
        hiring=False,
    ),
    dict(
        kind="outlook-hand-typed-recruiter-call",
        uid="040000008200E00074C5B7101A82E00800000000123456789ABCDB0100000000000000001000000099887766554433",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
{WIN_CENTRAL}BEGIN:VEVENT
CLASS:PRIVATE
CREATED:20250317T024501Z
DESCRIPTION:InMail from Priya @ Skillset Talent - Ironbark Systems\, TA Lea
 d\, remote\, 140-160. she calls my cell\n
DTEND;TZID="Central Standard Time":20250318T124500
DTSTAMP:20250317T024501Z
DTSTART;TZID="Central Standard Time":20250318T121500
LAST-MODIFIED:20250317T024501Z
LOCATION:cell
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:call w/ Priya (Skillset) re Ironbark TA Lead
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000123456789ABCDB0100000000000000001000000099887766554433
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Ironbark Systems",
        role="TA Lead",
        stage="recruiter_screen",
        interviewers="Priya",
        trap="hand-typed-outlook-agency-recruiter-names-employer",
        hiring=False,
    ),
    dict(
        kind="outlook-sent-by-ea-final",
        uid="040000008200E00074C5B7101A82E00800000000ABCDEF9876543210DB01000000000000000010000000FEDCBA0011223344",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_EASTERN}BEGIN:VEVENT
ORGANIZER;CN="Oduya, Michael";SENT-BY="mailto:tess.gallo@lanternhealth.exam
 ple":mailto:michael.oduya@lanternhealth.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brandon Wh
 itaker:mailto:brandon.whitaker.tx@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Oduya, Micha
 el":mailto:michael.oduya@lanternhealth.example
DESCRIPTION;LANGUAGE=en-US:Scheduled by Tess Gallo on behalf of Michael Odu
 ya\, Chief People Officer.\n\nFinal interview - Director\, Talent Acquisiti
 on.{TEAMS_FOOTER}
UID:040000008200E00074C5B7101A82E00800000000ABCDEF9876543210DB01000000000000000010000000FEDCBA0011223344
SUMMARY;LANGUAGE=en-US:Michael Oduya / Brandon Whitaker
DTSTART;TZID=Eastern Standard Time:20250407T150000
DTEND;TZID=Eastern Standard Time:20250407T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T130012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Lantern Health",
        role="Director, Talent Acquisition",
        stage="final",
        interviewers="michael.oduya@lanternhealth.example",
        trap="ea-sent-by-names-only-summary-company-in-domain",
        hiring=False,
    ),
    dict(
        kind="gem-scheduler-screen",
        uid="gem-sched-juniperledger-51a7c3@gem.example",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Gem//Gem Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gem-sched-juniperledger-51a7c3@gem.example
DTSTAMP:20250124T184400Z
DTSTART:20250130T170000Z
DTEND:20250130T173000Z
SUMMARY:Juniper Ledger <> Brandon Whitaker | Recruiter Screen | Senior Tech
 nical Recruiter
ORGANIZER;CN=Quentin Ashby:mailto:quentin@juniperledger.example
ATTENDEE;CN=Brandon Whitaker;RSVP=TRUE:mailto:brandon.whitaker.tx@gmail.com
ATTENDEE;CN=Quentin Ashby:mailto:quentin@juniperledger.example
LOCATION:https://meet.google.com/jnp-ldgr-scr
DESCRIPTION:Looking forward to chatting! - Quentin\n\nScheduled with Gem
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Juniper Ledger",
        role="Senior Technical Recruiter",
        stage="recruiter_screen",
        interviewers="quentin@juniperledger.example",
        trap="interviewer-surname-looks-like-ats-brand",
        hiring=False,
    ),
    dict(
        kind="outlook-no-attendees-phone",
        uid="040000008200E00074C5B7101A82E0080000000055AA66BB77CCDB01000000000000000010000000D00DFEED00C0FFEE",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
{WIN_CENTRAL}BEGIN:VEVENT
CLASS:PRIVATE
CREATED:20250409T013000Z
DTEND;TZID="Central Standard Time":20250411T080000
DTSTAMP:20250409T013000Z
DTSTART;TZID="Central Standard Time":20250411T073000
LOCATION:(847) 555-0168
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Phone Interview - Rookwood
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000055AA66BB77CCDB01000000000000000010000000D00DFEED00C0FFEE
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Rookwood Analytics",
        role="",
        stage="recruiter_screen",
        interviewers="",
        trap="private-early-morning-block-short-company-only",
        hiring=False,
    ),
]
