"""holdout234 events, part H (continues B): edtech start-ups and the educational publisher (hand-written, blind)."""

from holdout234ev_tz import MADRID, NEW_YORK

EVENTS = [
    {
        "kind": "greenhouse-final",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
UID:gh-interview-38821045-2@greenhouse.io
DTSTAMP:20250211T093011Z
DTSTART;TZID=Europe/Madrid:20250214T163000
DTEND;TZID=Europe/Madrid:20250214T171500
SUMMARY:Mates Vivas | Última entrevista con Head of Pedagogy - Laia Ferrandi
 s
ORGANIZER;CN=Lucía Herrero:mailto:lucia.herrero@matesvivas.com
ATTENDEE;CN=Laia Ferrandis;RSVP=TRUE:mailto:laia.ferrandis.mestra@gmail.com
ATTENDEE;CN=Begoña Lluch:mailto:begona.lluch@matesvivas.com
DESCRIPTION:Última fase. Begoña Lluch (Head of Pedagogy). Google Meet: http
 s://meet.google.com/ekp-wzmr-fvb\n\nPowered by Greenhouse
LOCATION:https://meet.google.com/ekp-wzmr-fvb
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "gh-interview-38821045-2@greenhouse.io",
                "is_interview": 1,
                "company": "Mates Vivas",
                "role": "",
                "stage": "final",
                "interviewers": "begona.lluch@matesvivas.com",
                "trap": "greenhouse-ultima-entrevista",
            }
        ],
    },
    {
        "kind": "lever-screen",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-7d2c91f0-5a44-4b8e-a1f3-0c9e88d1b6a2
DTSTAMP:20250117T104400Z
DTSTART:20250122T090000Z
DTEND:20250122T093000Z
SUMMARY:Pequelingo: Laia Ferrandis Soler <> Talent (Learning Designer\, Spa
 nish)
ORGANIZER;CN=Pequelingo Talent:mailto:talent@pequelingo.com
ATTENDEE;CN=Laia Ferrandis Soler;RSVP=TRUE:mailto:laia.ferrandis.mestra@gma
 il.com
ATTENDEE;CN=Sofía Mena:mailto:sofia.mena@pequelingo.com
DESCRIPTION:Hi Laia! Sofía from our Talent team will give you a call to ge
 t to know you and walk you through the Learning Designer (Spanish) role and
  our process. Meet link: https://meet.google.com/qbd-ypuc-cxe
LOCATION:https://meet.google.com/qbd-ypuc-cxe
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "lever-7d2c91f0-5a44-4b8e-a1f3-0c9e88d1b6a2",
                "is_interview": 1,
                "company": "Pequelingo",
                "role": "Learning Designer, Spanish",
                "stage": "recruiter_screen",
                "interviewers": "sofia.mena@pequelingo.com",
                "trap": "lever-utc-talent-call-arrow-summary",
            }
        ],
    },
    {
        "kind": "lever-hm",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-0f6e3b21-9c7d-4a10-b2d5-77e4a1c3f9d8
DTSTAMP:20250128T161900Z
DTSTART:20250131T150000Z
DTEND:20250131T154500Z
SUMMARY:Interview with Tom Becker (Head of Learning Design) - Laia Ferrandis
ORGANIZER;CN=Pequelingo Talent:mailto:talent@pequelingo.com
ATTENDEE;CN=Laia Ferrandis Soler;RSVP=TRUE:mailto:laia.ferrandis.mestra@gma
 il.com
ATTENDEE;CN=Tom Becker:mailto:tom.becker@pequelingo.com
DESCRIPTION:Conversation in English. Tom will ask about how you'd turn a pr
 eschool phonics sequence into short in-app games. Zoom: https://pequelingo.
 zoom.us/j/93120046617
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "lever-0f6e3b21-9c7d-4a10-b2d5-77e4a1c3f9d8",
                "is_interview": 1,
                "company": "Pequelingo",
                "role": "",
                "stage": "hiring_manager",
                "interviewers": "tom.becker@pequelingo.com",
                "trap": "lever-hiring-manager-english",
            }
        ],
    },
    {
        "kind": "ashby-cs",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
UID:ashby-interview-event-c41d7e02-88b1-4f6a-9d0e-2b7a5c1e3f90
DTSTAMP:20250506T120155Z
DTSTART;TZID=Europe/Madrid:20250513T110000
DTEND;TZID=Europe/Madrid:20250513T114500
SUMMARY:Laia Ferrandis Soler - Customer Success Manager (Escuelas) - Entrevi
 sta con Operaciones
ORGANIZER;CN=Tutorea Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Laia Ferrandis Soler;RSVP=TRUE:mailto:laia.ferrandis.mestra@gma
 il.com
ATTENDEE;CN=Gonzalo Ferrer:mailto:gonzalo@tutorea.es
ATTENDEE;CN=Ainhoa Ruiz:mailto:ainhoa@tutorea.es
DESCRIPTION:Interviewers: Gonzalo Ferrer (COO)\, Ainhoa Ruiz (CS Lead)\nVi
 deo: https://meet.google.com/hqx-ncuu-ava\n\nScheduled via Ashby on behalf
  of Tutorea.
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "ashby-interview-event-c41d7e02-88b1-4f6a-9d0e-2b7a5c1e3f90",
                "is_interview": 1,
                "company": "Tutorea",
                "role": "Customer Success Manager (Escuelas)",
                "stage": "",
                "interviewers": "gonzalo@tutorea.es;ainhoa@tutorea.es",
                "trap": "ashby-noreply-organizer-two-interviewers",
            }
        ],
    },
    {
        "kind": "goodtime-ny",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{NEW_YORK}BEGIN:VEVENT
UID:goodtime-6a1b9e3d44f2@goodtime.io
DTSTAMP:20250319T202200Z
DTSTART;TZID=America/New_York:20250325T110000
DTEND;TZID=America/New_York:20250325T114500
SUMMARY:Brightwell Learning - Writing Sample Debrief - Laia Ferrandis Soler
ORGANIZER;CN=Kayla Brooks (Recruiting Coordinator):mailto:scheduling@bright
 welllearning.com
ATTENDEE;CN=Laia Ferrandis Soler;RSVP=TRUE:mailto:laia.ferrandis.mestra@gma
 il.com
ATTENDEE;CN=Dana Whitfield:mailto:dana.whitfield@brightwelllearning.com
DESCRIPTION:Role: Spanish Content Writer\, K-5 (Contract\, Remote)\nYou'll
  walk Dana Whitfield (Senior Editor\, World Languages) through your writing
  sample (leveled reader\, grade 2). This is 4:00 PM for you in Valencia.\n
 Zoom: https://brightwell.zoom.us/j/96644120093\n\nScheduled with GoodTime
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "goodtime-6a1b9e3d44f2@goodtime.io",
                "is_interview": 1,
                "company": "Brightwell Learning",
                "role": "Spanish Content Writer, K-5",
                "stage": "technical",
                "interviewers": "dana.whitfield@brightwelllearning.com",
                "trap": "goodtime-new-york-zone-writing-sample-debrief",
            }
        ],
    },
    {
        "kind": "modernloop-panel",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-4f1c08aa-2d77-4e0b-bb35-91f2c6d0e7a1@modernloop.io
DTSTAMP:20250422T080000Z
DTSTART:20250429T130000Z
DTEND:20250429T143000Z
SUMMARY:Classmint Virtual Onsite: Laia Ferrandis Soler (Teacher Success Spec
 ialist - Spain)
ORGANIZER;CN=Classmint Recruiting:mailto:recruiting@classmint.com
ATTENDEE;CN=Laia Ferrandis Soler;RSVP=TRUE:mailto:laia.ferrandis.mestra@gma
 il.com
ATTENDEE;CN=Rachel Kim:mailto:rachel.kim@classmint.com
ATTENDEE;CN=Jonas Weber:mailto:jonas.weber@classmint.com
ATTENDEE;CN=Marina Costa:mailto:marina.costa@classmint.com
DESCRIPTION:Agenda (CET):\n15:00-15:30 Rachel Kim - Teacher Success Lead\n
 15:30-16:00 Jonas Weber - Product (demo a lesson with Classmint)\n16:00-16
 :30 Marina Costa - Head of EMEA\n\nOne Zoom link for all sessions: https://
 classmint.zoom.us/j/91877203311\n\nThis itinerary was generated by ModernL
 oop.
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "ml-4f1c08aa-2d77-4e0b-bb35-91f2c6d0e7a1@modernloop.io",
                "is_interview": 1,
                "company": "Classmint",
                "role": "Teacher Success Specialist - Spain",
                "stage": "onsite",
                "interviewers": "rachel.kim@classmint.com;jonas.weber@classmint.com;marina.costa@classmint.com",
                "trap": "modernloop-virtual-onsite-itinerary",
            }
        ],
    },
    {
        "kind": "coffee-edtech",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250111T113000Z
DTEND:20250111T123000Z
DTSTAMP:20250108T210000Z
UID:4vcu1sf7pq0b2g6j9a8n3l5m0k@google.com
SUMMARY:café amb Irene (ex-mestra\, ara a Lingokids)
DESCRIPTION:que m'explique com va fer el salt a edtech\, si val la pena el m
 àster\, sous\, teletreball... NO és per cap oferta\, només xarrar.
LOCATION:Ubik Café\, Russafa
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "4vcu1sf7pq0b2g6j9a8n3l5m0k@google.com",
                "is_interview": 0,
                "company": "",
                "role": "",
                "stage": "",
                "interviewers": "",
                "trap": "informational-coffee-former-teacher-in-edtech",
            }
        ],
    },
    {
        "kind": "ett-sin-nombre",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="Selección Flexiplan Valencia":mailto:seleccion.valencia@flexip
 lan-ett.es
ATTENDEE;CN=laia.ferrandis.mestra@gmail.com;RSVP=TRUE:mailto:laia.ferrandis.
 mestra@gmail.com
DESCRIPTION:Hola Laia\, te llamamos por una oferta de maestro/a de Primaria
  para un colegio privado de Valencia (no podemos facilitar el nombre del c
 entro hasta la siguiente fase). Sustitución de baja de maternidad de marz
 o a junio. Llamada de 10 min para validar disponibilidad y titulación.\nFl
 explan ETT - Oficina Colón
DTSTART:20250217T083000Z
DTEND:20250217T084000Z
DTSTAMP:20250214T124500Z
UID:{6F2A1C44-0B7E-4D93-A1C2-88E3F5D0B1A7}
SUMMARY:Llamada Flexiplan - maestro/a Primaria colegio privado
LOCATION:Teléfono
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "{6F2A1C44-0B7E-4D93-A1C2-88E3F5D0B1A7}",
                "is_interview": 0,
                "company": "",
                "role": "",
                "stage": "",
                "interviewers": "",
                "trap": "temp-agency-call-unnamed-private-school",
            }
        ],
    },
]
