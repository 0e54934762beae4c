"""holdout217 events, part c: Broekman (Rotterdam), Kuehne+Nagel, TIBA, Amazon, Flexport."""

from holdout217ev_tz import AMSTERDAM, BERLIN, MADRID, W_EUROPE

EVENTS = [
    {
        "kind": "recruitee-screen",
        "crlf": True,
        "label": (
            "recruitee-interview-2841177@recruitee.com", 1, "Broekman Logistics",
            "Operations Manager Deepsea", "recruiter_screen", "sanne.dekker@broekmanlogistics.com",
            "dutch-company-english-recruitee-amsterdam-zone",
        ),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Calendar//EN
METHOD:REQUEST
{AMSTERDAM}
BEGIN:VEVENT
UID:recruitee-interview-2841177@recruitee.com
DTSTAMP:20250127T094811Z
DTSTART;TZID=Europe/Amsterdam:20250130T110000
DTEND;TZID=Europe/Amsterdam:20250130T114500
SUMMARY:Video call Broekman Logistics - Operations Manager Deepsea
LOCATION:https://broekman.zoom.us/j/86310477215?pwd=VnR0bXhTaWU
DESCRIPTION:Hi Irene\,\n\nThanks for picking a time! This is an introduct
 ory video call with Sanne Dekker (Recruiter) about the Operations Manager
  Deepsea vacancy at our Rotterdam office (Waalhaven). We'll talk about yo
 ur background in terminal operations\, your move to the Netherlands and t
 he next steps.\n\nPlease note the time shown is Dutch time (CET).\n\nJoin
  Zoom Meeting\nhttps://broekman.zoom.us/j/86310477215?pwd=VnR0bXhTaWU\nMeet
 ing ID: 863 1047 7215\nPasscode: 540912\n\nKind regards\,\nTeam Broekman L
 ogistics
ORGANIZER;CN=Sanne Dekker:mailto:sanne.dekker@broekmanlogistics.com
ATTENDEE;CN=Irene Sanchis Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTIO
 N;RSVP=TRUE:mailto:irene.sanchis.ferrer@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "rotterdam-onsite",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E00800000000C7B1A2F03C86DB01000000000000000010000000A9D4E3C2B1F0E7D6C5B4A39281706F5E",
            1, "Broekman Logistics", "", "onsite",
            "maarten.vandijk@broekmanlogistics.com;sanne.dekker@broekmanlogistics.com",
            "outlook-w-europe-onsite-rotterdam-travel",
        ),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Dekker, Sanne":mailto:Sanne.Dekker@broekmanlogistics.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=irene.sanc
 his.ferrer@gmail.com:mailto:irene.sanchis.ferrer@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="van Dijk, Maa
 rten":mailto:Maarten.vanDijk@broekmanlogistics.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=RTM Waa
 lhaven - Boardroom:mailto:rtm-boardroom@broekmanlogistics.com
DESCRIPTION;LANGUAGE=nl-NL:Hi Irene\,\n\nGreat to have you over in Rotterda
 m. Agenda:\n13:00 Meet Maarten van Dijk (Director Deepsea Operations) and
  me\n14:15 Walk through our warehouse and the quay at Waalhaven\n15:00 Wrap
 -up\n\nOur address: Reeweg 21\, Rotterdam (Waalhaven Zuidzijde). Parking
  in front of the building\, report at the front desk.\n\nGroet\,\nSanne\n
UID:040000008200E00074C5B7101A82E00800000000C7B1A2F03C86DB0100000000000000
 0010000000A9D4E3C2B1F0E7D6C5B4A39281706F5E
SUMMARY;LANGUAGE=nl-NL:Irene Sanchis Ferrer - on site Waalhaven
DTSTART;TZID=W. Europe Standard Time:20250219T130000
DTEND;TZID=W. Europe Standard Time:20250219T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250206T143050Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:RTM Waalhaven - Boardroom
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
        "kind": "prueba-ingles",
        "crlf": True,
        "label": (
            "sfsf-int-KN-2025-88310-01@kuehne-nagel.com", 1, "Kuehne+Nagel",
            "Sea Logistics Operations Manager", "technical", "",
            "prueba-de-ingles-telefonica-stage",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//ES
VERSION:2.0
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
UID:sfsf-int-KN-2025-88310-01@kuehne-nagel.com
DTSTAMP:20250205T111900Z
SEQUENCE:0
DTSTART;TZID=Europe/Madrid:20250207T124500
DTEND;TZID=Europe/Madrid:20250207T130500
SUMMARY:Prueba de inglés telefónica - Sea Logistics Operations Manager (B
 arcelona)
LOCATION:Teléfono (te llamarán desde un número del Reino Unido +44)
DESCRIPTION:Hola Irene\,\n\nComo siguiente paso del proceso de selección
  para la posición Sea Logistics Operations Manager (Req. 88310)\, te hemo
 s programado una prueba de nivel de inglés por teléfono de unos 20 minut
 os. La realizará un evaluador externo de nuestro proveedor de idiomas\;
  el resultado se incorporará a tu candidatura.\n\nNo es necesario preparar
  nada. Asegúrate de tener buena cobertura.\n\nSaludos\,\nTalent Acquisiti
 on Iberia\nKuehne+Nagel
ORGANIZER;CN=Kuehne+Nagel Talent Acquisition:mailto:no-reply.recruiting@ku
 ehne-nagel.com
ATTENDEE;CN=Irene Sanchis Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTIO
 N;RSVP=TRUE:mailto:irene.sanchis.ferrer@gmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-head-sea",
        "crlf": True,
        "label": (
            "sfsf-int-KN-2025-88310-02@kuehne-nagel.com", 1, "Kuehne+Nagel",
            "Sea Logistics Operations Manager", "hiring_manager",
            "oriol.puig@kuehne-nagel.com;laura.casals@kuehne-nagel.com",
            "successfactors-spanish-teams-head-of-sea",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//ES
VERSION:2.0
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
UID:sfsf-int-KN-2025-88310-02@kuehne-nagel.com
DTSTAMP:20250212T164402Z
SEQUENCE:0
DTSTART;TZID=Europe/Madrid:20250218T170000
DTEND;TZID=Europe/Madrid:20250218T180000
SUMMARY:Entrevista - Sea Logistics Operations Manager (Req. 88310)
LOCATION:Microsoft Teams
DESCRIPTION:Hola Irene\,\n\nTe confirmamos la entrevista con Oriol Puig (
 Head of Sea Logistics Barcelona) y Laura Casals (Talent Acquisition).\n\
 nUnirse a la reunión: https://teams.microsoft.com/l/meetup-join/19%3amee
 ting_ZTQ3N2Ri\nId. de reunión: 365 118 203 744\nCódigo de acceso: Wq4tR9
 \n\nSaludos\,\nTalent Acquisition Iberia
ORGANIZER;CN=Kuehne+Nagel Talent Acquisition:mailto:no-reply.recruiting@ku
 ehne-nagel.com
ATTENDEE;CN=Irene Sanchis Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTIO
 N;RSVP=TRUE:mailto:irene.sanchis.ferrer@gmail.com
ATTENDEE;CN=Oriol Puig;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:oriol.
 puig@kuehne-nagel.com
ATTENDEE;CN=Laura Casals;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:laur
 a.casals@kuehne-nagel.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "caso-practico",
        "crlf": True,
        "label": (
            "4fj8s1k0d3qv7hbm2n6cl9ret5@google.com", 1, "TIBA",
            "Demand & Transport Planner", "technical", "pablo.navarro@tibagroup.com",
            "caso-practico-route-planning-meet",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250306T160000
DTEND;TZID=Europe/Madrid:20250306T173000
DTSTAMP:20250303T092045Z
ORGANIZER;CN=Pablo Navarro:mailto:pablo.navarro@tibagroup.com
UID:4fj8s1k0d3qv7hbm2n6cl9ret5@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Pablo Navarro;X-NUM-GUESTS=0:mailto:pablo.navarro@tibagroup.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=irene.sanchis.ferrer@gmail.com;X-NUM-GUESTS=0:mailto:irene.sanchis
 .ferrer@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/ruv-hxkc-pzt
DESCRIPTION:Irene\, como te comenté\, te enviamos el caso práctico 48 h a
 ntes (planificación de rutas de distribución desde el puerto de Valencia
  a 14 clientes de Castilla-La Mancha\, con ventanas horarias\, contenedo
 res de 20'/40' y un reefer). En la sesión nos lo presentas (20-30 min) y
  luego lo comentamos.\n\nPuesto: Demand & Transport Planner\n\n-::~:~::~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚnete
  con Google Meet: https://meet.google.com/ruv-hxkc-pzt\nO marca: (ES) +34
  910 48 93 61 PIN: 318 224 907#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:TIBA - Presentación caso práctico (Irene Sanchis)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "chime-phone-screen",
        "crlf": True,
        "label": (
            "amzn-recruiting-3f0e91c2b7a44d1e@amazon.com", 1, "Amazon",
            "Operations Manager - Sort Center (VLC1)", "recruiter_screen", "mgsoler@amazon.es",
            "amazon-chime-phone-screen-utc",
        ),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Amazon.com//Recruiting Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:amzn-recruiting-3f0e91c2b7a44d1e@amazon.com
DTSTAMP:20250224T153012Z
DTSTART:20250227T083000Z
DTEND:20250227T091500Z
SUMMARY:Amazon Phone Screen - Irene Sanchis Ferrer - Operations Manager -
  Sort Center (VLC1)
LOCATION:Amazon Chime - Meeting ID 8412 77 3096
DESCRIPTION:Hello Irene\,\n\nYour phone interview for Operations Manager
  - Sort Center (VLC1)\, Job ID 2874455\, is confirmed. Your interviewer\,
  María G. Soler\, will call you on the number in your profile. If you pr
 efer to join through Amazon Chime: https://chime.aws/8412773096\n\nWe enc
 ourage you to review our Leadership Principles and to prepare examples us
 ing the STAR method.\n\nAmazon Recruiting
ORGANIZER;CN=Amazon Recruiting:mailto:no-reply-scheduling@amazon.com
ATTENDEE;CN=Irene Sanchis Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTIO
 N;RSVP=TRUE:mailto:irene.sanchis.ferrer@gmail.com
ATTENDEE;CN=Maria G. Soler;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mg
 soler@amazon.es
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "virtual-loop",
        "crlf": True,
        "label": (
            "amzn-recruiting-loop-9b21c7e0f4d3a518@amazon.com", 1, "Amazon",
            "Operations Manager - Sort Center (VLC1)", "onsite",
            "hkovac@amazon.de;lpradas@amazon.es;tbernal@amazon.es",
            "amazon-virtual-loop-bar-raiser-utc",
        ),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Amazon.com//Recruiting Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:amzn-recruiting-loop-9b21c7e0f4d3a518@amazon.com
DTSTAMP:20250310T120445Z
DTSTART:20250318T080000Z
DTEND:20250318T110000Z
SUMMARY:Virtual Interview Loop - Operations Manager - Sort Center (VLC1)
LOCATION:Amazon Chime
DESCRIPTION:Hello Irene\,\n\nYour virtual interview day is confirmed. Each
  interview lasts 55 minutes with a short break in between:\n09:00 Lidia P
 radas - Senior Operations Manager\n10:00 Tomás Bernal - Area Manager\n11:
 00 Hrvoje Kovac - Bar Raiser\n(Times in CET)\n\nChime link: https://chime
 .aws/5520918346\n\nGood luck!\nAmazon Recruiting
ORGANIZER;CN=Amazon Recruiting:mailto:no-reply-scheduling@amazon.com
ATTENDEE;CN=Irene Sanchis Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTIO
 N;RSVP=TRUE:mailto:irene.sanchis.ferrer@gmail.com
ATTENDEE;CN=Lidia Pradas;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lpr
 adas@amazon.es
ATTENDEE;CN=Tomas Bernal;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tbe
 rnal@amazon.es
ATTENDEE;CN=Hrvoje Kovac;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hko
 vac@amazon.de
ATTENDEE;CN=Interview Coordinator;ROLE=NON-PARTICIPANT:mailto:eu-ops-intcoo
 rd@amazon.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goodtime-case",
        "crlf": True,
        "label": (
            "goodtime-evt-6a1f0d93b2c84e7f@goodtime.io", 1, "Flexport",
            "Operations Manager, Ocean (Hamburg)", "technical", "jonas.weber@flexport.com",
            "goodtime-greenhouse-case-interview-berlin",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:goodtime-evt-6a1f0d93b2c84e7f@goodtime.io
DTSTAMP:20250303T170211Z
DTSTART;TZID=Europe/Berlin:20250311T150000
DTEND;TZID=Europe/Berlin:20250311T160000
SUMMARY:Flexport Interview: Irene Sanchis Ferrer - Case Study
LOCATION:https://flexport.zoom.us/j/92833104476
DESCRIPTION:Hi Irene\,\n\nYou're confirmed for your Case Study interview
  for Operations Manager\, Ocean (Hamburg).\n\nInterviewer: Jonas Weber\, S
 enior Manager Ocean Operations\nDuration: 60 min\nFormat: a live exercise
  on an exception scenario (rolled bookings\, blank sailing\, B/L amendment
 s). No preparation required - bring a notepad.\n\nZoom: https://flexport.z
 oom.us/j/92833104476\n\nScheduled by Anika (Recruiting Coordinator) via Go
 odTime. Need to reschedule? Reply to this email.
ORGANIZER;CN=Flexport Recruiting:mailto:recruiting-scheduling@flexport.com
ATTENDEE;CN=Irene Sanchis Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTIO
 N;RSVP=TRUE:mailto:irene.sanchis.ferrer@gmail.com
ATTENDEE;CN=Jonas Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jonas
 .weber@flexport.com
ATTENDEE;CN=Anika Brandt;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:anik
 a.brandt@flexport.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse-hiring-manager",
        "crlf": True,
        "label": (
            "greenhouse-interview-55128904-2@greenhouse.io", 1, "Flexport",
            "Operations Manager, Ocean (Hamburg)", "hiring_manager", "katrin.moeller@flexport.com",
            "greenhouse-zoom-hiring-manager-berlin",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:greenhouse-interview-55128904-2@greenhouse.io
DTSTAMP:20250317T091030Z
DTSTART;TZID=Europe/Berlin:20250320T113000
DTEND;TZID=Europe/Berlin:20250320T121500
SUMMARY:Irene Sanchis Ferrer <> Katrin Möller (Flexport)
LOCATION:Zoom - https://flexport.zoom.us/j/97112058833
DESCRIPTION:Hiring Manager conversation for Operations Manager\, Ocean (Ha
 mburg).\n\nKatrin leads Ocean Operations for Central Europe. Expect quest
 ions about team leadership\, carrier relations and how you'd run the Hamb
 urg ocean desk.\n\nZoom: https://flexport.zoom.us/j/97112058833
ORGANIZER;CN=Anika Brandt:mailto:anika.brandt@flexport.com
ATTENDEE;CN=Katrin Möller;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kat
 rin.moeller@flexport.com
ATTENDEE;CN=Irene Sanchis Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTIO
 N;RSVP=TRUE:mailto:irene.sanchis.ferrer@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
