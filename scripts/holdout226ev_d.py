"""holdout226 events, part D: Spanish employers, Dublin, gambling, insurance, retail, telecoms, housing."""

from holdout226ev_tz import DUBLIN, LONDON, MADRID, ROMANCE

EVENTS = [
    dict(
        kind="successfactors-entrevista",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SuccessFactors//Interview Scheduling//ES
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
UID:ISC-e41b9a30-5c7d-4f8e-a2b1-bmeridional-77120
DTSTAMP:20250313T111500Z
DTSTART;TZID="Romance Standard Time":20250319T123000
DTEND;TZID="Romance Standard Time":20250319T133000
SUMMARY:Entrevista: Investigador/a de Fraude - Reino Unido (Req. 77120)
DESCRIPTION:Estimada Aisha Rahman:\n\nNos complace invitarle a una entrevi
 sta por competencias para la posición de Investigador/a de Fraude - Rein
 o Unido en Banco Meridional.\n\nEntrevistadores: Javier Ortega Lumbreras
  (Responsable de Prevención del Fraude\, Madrid) y Lucy Hammond (UK Frau
 d Operations Lead\, Birmingham)\nModalidad: Microsoft Teams (la entrevist
 a se realizará en inglés)\nHora: 12:30 CET (11:30 hora del Reino Unido)\n
 \nUn saludo\,\nBanco Meridional - Selección y Talento
LOCATION:Microsoft Teams
ORGANIZER;CN=Banco Meridional Selección:mailto:noreply@successfactors.eu
ATTENDEE;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aisha.rahm
 an.brum@gmail.com
ATTENDEE;CN=Javier Ortega Lumbreras;ROLE=REQ-PARTICIPANT:mailto:jortega@b
 ancomeridional.es
ATTENDEE;CN=Lucy Hammond;ROLE=REQ-PARTICIPANT:mailto:lucy.hammond@bancome
 ridional.co.uk
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        labels=[("ISC-e41b9a30-5c7d-4f8e-a2b1-bmeridional-77120", 1, "Banco Meridional",
                 "Investigador/a de Fraude - Reino Unido", "",
                 "jortega@bancomeridional.es;lucy.hammond@bancomeridional.co.uk",
                 "spanish-entrevista-por-competencias")],
    ),
    dict(
        kind="meet-entrevista-rrhh",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250428T100000
DTEND;TZID=Europe/Madrid:20250428T103000
DTSTAMP:20250423T141031Z
ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer@modaalbera.com
UID:5kd9f2h7j1l3n6p8r0t4v2x9zb@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRU
 E;CN=Lucía Ferrer;X-NUM-GUESTS=0:mailto:lucia.ferrer@modaalbera.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=aisha.rahman.brum@gmail.com;X-NUM-GUESTS=0:mailto:aisha.rahman.br
 um@gmail.com
DESCRIPTION:Hola Aisha\, gracias por tu interés en Moda Albera. Te propong
 o una primera entrevista con Recursos Humanos para el puesto de Responsab
 le de Prevención de Pérdidas UK (tiendas de Birmingham\, Manchester y Lee
 ds). Hablaremos en inglés\, no te preocupes :)\n\nÚnete con Google Meet: h
 ttps://meet.google.com/kqa-xnpo-drv\nO marca: (ES) +34 910 48 72 19 PIN:
  402 771 993#
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista RRHH - Aisha Rahman - Prevención de Pérdidas UK
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        labels=[("5kd9f2h7j1l3n6p8r0t4v2x9zb@google.com", 1, "Moda Albera",
                 "Responsable de Prevención de Pérdidas UK", "recruiter_screen",
                 "lucia.ferrer@modaalbera.com", "spanish-google-entrevista-rrhh-madrid-tz")],
    ),
    dict(
        kind="lever-dublin",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
""" + DUBLIN + r"""BEGIN:VEVENT
UID:lever-interview-2b9e4c61-0d7a-4e33-8f15-liffeypayments
DTSTAMP:20250407T155001Z
DTSTART;TZID=Europe/Dublin:20250411T110000
DTEND;TZID=Europe/Dublin:20250411T113000
SUMMARY:Liffey Payments - Phone Screen with Siobhán Kearney
DESCRIPTION:Position: Fraud Investigations Manager (UK & IE)\n\nSiobhán wi
 ll call you at +44 7700 900338.\n\nInterviewers:\nSiobhán Kearney (Talent
  Acquisition Lead)\n\nPlease let us know if you need any accommodations.
ORGANIZER;CN=Siobhán Kearney:mailto:siobhan.kearney@liffeypay.ie
ATTENDEE;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:aisha.rahman.brum@gmail.com
ATTENDEE;CN=Siobhán Kearney;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto
 :siobhan.kearney@liffeypay.ie
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        labels=[("lever-interview-2b9e4c61-0d7a-4e33-8f15-liffeypayments", 1, "Liffey Payments",
                 "Fraud Investigations Manager (UK & IE)", "recruiter_screen",
                 "siobhan.kearney@liffeypay.ie", "lever-dublin-tz-phone-screen")],
    ),
    dict(
        kind="lever-panel",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
""" + DUBLIN + r"""BEGIN:VEVENT
UID:lever-interview-8f0a17d2-c3b4-4a61-9e27-liffeypayments
DTSTAMP:20250417T093300Z
DTSTART;TZID=Europe/Dublin:20250429T140000
DTEND;TZID=Europe/Dublin:20250429T160000
SUMMARY:Liffey Payments - Onsite Interview - Aisha Rahman
DESCRIPTION:Position: Fraud Investigations Manager (UK & IE)\n\nLocation:
  Liffey Payments\, 2 Grand Canal Square\, Dublin 2 (travel booked by Siob
 hán - flights BHX-DUB)\n\nSchedule:\n14:00 - 14:45 Conor Byrne\, Head of
  Fraud Operations\n14:45 - 15:30 Case exercise with Aoife Nolan\, Senior I
 nvestigator\n15:30 - 16:00 Meet the team (informal)\n\nInterviewers:\nCon
 or Byrne\nAoife Nolan
ORGANIZER;CN=Siobhán Kearney:mailto:siobhan.kearney@liffeypay.ie
ATTENDEE;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:aisha.rahman.brum@gmail.com
ATTENDEE;CN=Conor Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:con
 or.byrne@liffeypay.ie
ATTENDEE;CN=Aoife Nolan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:aoif
 e.nolan@liffeypay.ie
LOCATION:2 Grand Canal Square\, Dublin 2
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        labels=[("lever-interview-8f0a17d2-c3b4-4a61-9e27-liffeypayments", 1, "Liffey Payments",
                 "Fraud Investigations Manager (UK & IE)", "onsite",
                 "conor.byrne@liffeypay.ie;aoife.nolan@liffeypay.ie",
                 "lever-dublin-onsite-coordinator-organizer")],
    ),
    dict(
        kind="goodtime-panel",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-7f3c9a12e5b04d18@goodtime.io
DTSTAMP:20250320T101010Z
DTSTART:20250402T080000Z
DTEND:20250402T091500Z
SUMMARY:StakeLine | Aisha Rahman | AML Investigations Manager - Panel
DESCRIPTION:Hi Aisha\,\n\nYour virtual panel interview is confirmed.\n\nP
 anel:\nRichard Tay - Director of Compliance & MLRO\nJo Baxter - Head of S
 afer Gambling\n\nYou will be asked to discuss a scenario: a high-value cu
 stomer whose source of funds does not match their declared occupation.\n
 \nZoom: https://stakeline.zoom.us/j/96621840031 Meeting ID 966 2184 0031\n
 \nScheduled by GoodTime on behalf of the StakeLine Talent Team. Coordinat
 or: Mia Shaw
ORGANIZER;CN=StakeLine Talent Team:mailto:scheduling@stakeline.goodtime.io
ATTENDEE;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aisha.rahma
 n.brum@gmail.com
ATTENDEE;CN=Richard Tay;ROLE=REQ-PARTICIPANT:mailto:richard.tay@stakeline.
 com
ATTENDEE;CN=Jo Baxter;ROLE=REQ-PARTICIPANT:mailto:jo.baxter@stakeline.com
ATTENDEE;CN=Mia Shaw;ROLE=OPT-PARTICIPANT:mailto:mia.shaw@stakeline.com
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        labels=[("gt-7f3c9a12e5b04d18@goodtime.io", 1, "StakeLine",
                 "AML Investigations Manager", "",
                 "richard.tay@stakeline.com;jo.baxter@stakeline.com",
                 "goodtime-panel-coordinator-optional-attendee")],
    ),
    dict(
        kind="workday-cancel",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:INTERVIEW_EVENT-6-8871204@cotswoldmutual.wd3.myworkdayjobs.com
SEQUENCE:2
DTSTAMP:20250404T120511Z
DTSTART:20250408T130000Z
DTEND:20250408T140000Z
SUMMARY:Cancelled: Interview - Counter Fraud Manager (JR-10442) - Aisha Rah
 man
DESCRIPTION:Dear Aisha\,\n\nUnfortunately we need to cancel your interview
  with Philippa Grant (Head of Counter Fraud) for Counter Fraud Manager. T
 he requisition has been placed on hold following an internal restructure.
  We will be in touch if the role reopens.\n\nCotswold Mutual Talent Acquis
 ition
LOCATION:Microsoft Teams
ORGANIZER;CN=Cotswold Mutual Talent Acquisition:mailto:cotswoldmutual@myw
 orkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Aisha Rahman:mailto:aisha.rahman.brum@gma
 il.com
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
""",
        labels=[("INTERVIEW_EVENT-6-8871204@cotswoldmutual.wd3.myworkdayjobs.com", 1,
                 "Cotswold Mutual", "Counter Fraud Manager", "", "Philippa Grant",
                 "workday-method-cancel-interview")],
    ),
    dict(
        kind="icims-interview",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//iCIMS Talent Platform//EN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:icims-sched-55102-3318-freshway@icims.com
DTSTAMP:20250417T150233Z
DTSTART;TZID=Europe/London:20250424T110000
DTEND;TZID=Europe/London:20250424T120000
SUMMARY:FreshWay Supermarkets Interview - 2025-3318 Regional Loss Prevent
 ion Manager
DESCRIPTION:Dear Aisha\,\n\nYou are scheduled to interview for Regional Lo
 ss Prevention Manager (Job ID 2025-3318).\n\nInterview Team: Craig Moss\,
  Area Loss Prevention Director\nInterview Location: FreshWay Store 0412\,
  Fort Parkway (Castle Bromwich) - please ask for Craig at the customer s
 ervice desk. Part of the interview will be a walk of the shop floor and
  the CCTV suite.\n\nPlease bring your right-to-work documents.\n\nThank you
 \,\nFreshWay Recruiting
LOCATION:FreshWay Fort Parkway
ORGANIZER;CN=FreshWay Recruiting:mailto:noreply@freshway.icims.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Aisha Rahman:mailto:aisha.rahma
 n.brum@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Craig Moss:mailto:craig.moss@freshway.co.
 uk
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        labels=[("icims-sched-55102-3318-freshway@icims.com", 1, "FreshWay Supermarkets",
                 "Regional Loss Prevention Manager", "onsite", "craig.moss@freshway.co.uk",
                 "icims-store-walk-interview")],
    ),
    dict(
        kind="modernloop-loop",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-candidate-event-91c0e7f2b4a3@modernloop.io
DTSTAMP:20250404T103800Z
DTSTART:20250409T120000Z
DTEND:20250409T133000Z
SUMMARY:Vodaline Interviews - Aisha Rahman (Fraud Investigations Speciali
 st)
DESCRIPTION:Hi Aisha - here is your interview itinerary. All sessions are
  on the same Teams link.\n\n13:00-13:45 BST  Fraud & SIM-swap investigatio
 ns deep-dive - Kieran Walsh\n13:45-14:30 BST  Values & behaviours - Ngozi
  Eze\n\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yz
 k1NjA@thread.v2/0\n\nScheduled with ModernLoop
ORGANIZER;CN=Vodaline Recruiting:mailto:recruiting@vodaline.co.uk
ATTENDEE;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aisha.rahm
 an.brum@gmail.com
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        labels=[("ml-candidate-event-91c0e7f2b4a3@modernloop.io", 1, "Vodaline",
                 "Fraud Investigations Specialist", "", "Kieran Walsh;Ngozi Eze",
                 "modernloop-itinerary-utc")],
    ),
    dict(
        kind="jobtrain-panel",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Jobtrain//Jobtrain Recruitment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:jt-brindley-1148-int-0043
DTSTAMP:20250220T140000Z
DTSTART:20250228T100000Z
DTEND:20250228T110000Z
SUMMARY:Interview - Safeguarding Lead - Brindley Homes
DESCRIPTION:Candidate: Aisha Rahman\nVacancy: Safeguarding Lead (BH1148)\
 nPanel: Donna Whitfield (Director of Housing)\, Raj Sandhu (Tenancy Sustai
 nment Manager)\, tenant panel member\nFormat: 15 minute scenario exercis
 e (a tenant disclosure of cuckooing) then competency questions\nVenue: B
 rindley Homes\, 1 Centenary Plaza\, Birmingham B1 - Meeting Room 2
LOCATION:Brindley Homes\, 1 Centenary Plaza
END:VEVENT
END:VCALENDAR
""",
        labels=[("jt-brindley-1148-int-0043", 1, "Brindley Homes", "Safeguarding Lead", "onsite",
                 "Donna Whitfield;Raj Sandhu", "jobtrain-publish-no-organizer-candidate-line")],
    ),
    dict(
        kind="desktop-typed",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:aisha.rahman.brum@gmail.com
X-WR-TIMEZONE:Europe/London
BEGIN:VEVENT
DTSTART:20250506T083000Z
DTEND:20250506T093000Z
DTSTAMP:20250601T120000Z
UID:3mb8q2r5t7v9x1z3b5d7f9h1jk@google.com
CREATED:20250429T191208Z
DESCRIPTION:SAB Business Manager - Arden BC. Panel = Cllr? + Helen Shaw (
 Director Adult Social Care). Council House Solihull\, Rm 2.14. Present 10
  min on learning from SARs (Safeguarding Adults Reviews!! not suspicious
  activity). Took RD for it.
LAST-MODIFIED:20250429T191208Z
LOCATION:Council House Solihull
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:ARDEN BC INT 9.30
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        labels=[("3mb8q2r5t7v9x1z3b5d7f9h1jk@google.com", 1, "Arden Borough Council",
                 "SAB Business Manager", "", "Helen Shaw",
                 "self-typed-caps-google-export-x-wr-timezone")],
    ),
]
