"""Holdout168 events, part E: Australian and Canadian miners and consultants, a visa appointment, a reference check."""
# ruff: noqa: E501

from holdout168ev_tz import iv, neg

EVENTS = [
    {
        "kind": "pageup-invite",
        "label": iv("Rio Tinto", "Superintendent Short Term Planning - Pilbara Iron", "recruiter_screen",
                    "kirra.jackson@riotinto.com", "pageup-perth-zone-fifo-screen"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//PageUp People//Interview Scheduler 5.0//EN
VERSION:2.0
METHOD:REQUEST
@TZ:Australia/Perth@
BEGIN:VEVENT
UID:PU-INT-RIOT-1187724-2
DTSTAMP:20250826T013355Z
DTSTART;TZID=Australia/Perth:20250902T070000
DTEND;TZID=Australia/Perth:20250902T073000
SUMMARY:Interview invitation - Superintendent Short Term Planning - Pilbara Iron (FIFO)
DESCRIPTION:Dear Camila\,\n\nThank you for your application for Superintend
 ent Short Term Planning - Pilbara Iron (FIFO ex Perth\, 8:6 roster)\, Job
  ID 1187724.\n\nWe would like to invite you to a 30 minute video interview
  with Kirra Jackson\, Talent Acquisition Advisor. A Microsoft Teams link w
 ill be sent separately.\n\nTime: 7:00am AWST (Perth)\n\nKind regards\,\nRio
  Tinto Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Rio Tinto Careers:mailto:donotreply@pageuppeople.com
ATTENDEE;CN=Camila Rojas Pizarro;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CN=Kirra Jackson;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kirra.jackson@riotinto.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "assessment-centre",
        "label": iv("Rio Tinto", "Superintendent Short Term Planning", "technical",
                    "tom.brennan@riotinto.com;mei.chen@riotinto.com", "virtual-assessment-centre-utc"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250910T042011Z
DESCRIPTION:Hi Camila\,\n\nCongratulations on progressing to our Virtual As
 sessment Centre for the Superintendent Short Term Planning role.\n\nAgenda
  (AWST):\n0630 Welcome & safety share\n0645 Group exercise - weekly plan r
 ecovery after a crusher outage\n0800 Individual case presentation (15 min
  + 15 min Q&A)\n0845 Behavioural interview with Tom Brennan (Manager Mine
  Planning\, Greater Tom Price) and Mei Chen (Principal Planning Engineer)\n
 \nPlease prepare your case slides from the pack attached and test Teams be
 forehand.\n\nKirra
DTEND:20250917T011500Z
DTSTAMP:20250910T042011Z
DTSTART:20250916T223000Z
LAST-MODIFIED:20250910T042011Z
LOCATION:Microsoft Teams
ORGANIZER;CN="Kirra Jackson":mailto:kirra.jackson@riotinto.com
ATTENDEE;CN=camila.rojas.minera@gmail.com;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CN="Tom Brennan";RSVP=TRUE:mailto:tom.brennan@riotinto.com
ATTENDEE;CN="Mei Chen";RSVP=TRUE:mailto:mei.chen@riotinto.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-au:Virtual Assessment Centre - Superintendent Short Term Planning
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000007A9C1E3B5D70DC0100000000000000001000000083A5C7E9B1D34F4EA6C8E0A2B4D6F8C9
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "livehire-invite",
        "label": iv("Northern Star", "Senior Mine Planning Engineer - KCGM", "hiring_manager", "jpereira@nsrltd.com",
                    "livehire-kalgoorlie-fifo-hiring-manager"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//LiveHire//Talent Community//EN
VERSION:2.0
METHOD:REQUEST
@TZ:Australia/Perth@
BEGIN:VEVENT
UID:lh-interview-6b2f0a91c4d7@livehire.com
DTSTAMP:20251013T064402Z
DTSTART;TZID=Australia/Perth:20251021T160000
DTEND;TZID=Australia/Perth:20251021T164500
SUMMARY:Northern Star Resources - Interview with Jason Pereira
DESCRIPTION:Hi Camila\,\n\nJason Pereira (Mine Planning Manager\, KCGM Supe
 r Pit) has invited you to a video interview for Senior Mine Planning Engi
 neer - KCGM (FIFO ex Perth or DIDO Kalgoorlie).\n\nJoin via LiveHire video:
  https://app.livehire.com/v/nst-7Q2kP\n\nThe LiveHire team on behalf of N
 orthern Star Resources
LOCATION:LiveHire video
ORGANIZER;CN=LiveHire on behalf of Northern Star:mailto:noreply@livehire.com
ATTENDEE;CN=Camila Rojas;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CN=Jason Pereira:mailto:jpereira@nsrltd.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-call",
        "label": iv("Mineral Resources", "Mine Planning Superintendent - Onslow Iron", "recruiter_screen",
                    "lachlan.ward@hays.com.au", "perth-agency-names-client-in-body"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:W. Australia Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Ward, Lachlan":mailto:Lachlan.Ward@hays.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com:mailto:camila.rojas.minera@gmail.com
DESCRIPTION;LANGUAGE=en-AU:Hi Camila\,\n\nThanks for the quick reply on Seek
 . As mentioned\, I'm recruiting for my client Mineral Resources (MinRes) -
  Mine Planning Superintendent\, Onslow Iron\, 2:1 FIFO ex Perth\, 482 visa
  sponsorship available for the right person. I'll give you a call on Whats
 App (+56 9 6123 4570) to run through your background\, salary expectations
  and timing before I put you forward.\n\nCheers\,\nLachlan Ward\nSenior Co
 nsultant | Hays Resources & Mining | Perth\n
UID:040000008200E00074C5B7101A82E00800000000C1E3A5B7D90BDC0100000000000000001000000095B7D9F1A3C54A4EB8D0F2A4C6E8A0B3
SUMMARY;LANGUAGE=en-AU:Camila Rojas - call re MinRes Onslow
DTSTART;TZID=W. Australia Standard Time:20251029T063000
DTEND;TZID=W. Australia Standard Time:20251029T070000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251027T091201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-AU:WhatsApp call
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "modernloop-invite",
        "label": iv("South32", "Principal Mine Planning (Base Metals)", "technical",
                    "Rachel Kim;Hamish Doyle", "modernloop-utc-back-to-back-names-only"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-candidate-8e21f4c0-9a3b-4b7e-a6d2-5c1f3e9b0a77@modernloop.io
DTSTAMP:20251030T021209Z
DTSTART:20251105T000000Z
DTEND:20251105T013000Z
SUMMARY:Interviews with South32 - Principal Mine Planning (Base Metals)
DESCRIPTION:Hi Camila\, here is your interview schedule:\n\n9:00am - 9:45am
  AWST · Technical deep dive · Rachel Kim (Head of Resource Planning)\n9:45a
 m - 10:30am AWST · Technical deep dive · Hamish Doyle (Principal Geotech)\n\n
 Video: https://south32.zoom.us/j/98302218456\n\nQuestions? Reply to this em
 ail and the Talent team will help.\nSent via ModernLoop
LOCATION:https://south32.zoom.us/j/98302218456
ORGANIZER;CN=South32 Talent:mailto:scheduling@south32.modernloop.io
ATTENDEE;CN=Camila Rojas Pizarro;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-panel",
        "label": iv("Gold Fields", "Jefe/a de Planificación Mina - Salares Norte", "final",
                    "grant.mulder@goldfields.com;veronica.castro@goldfields.com",
                    "outlook-spanish-english-panel-chile-site-aussie-owner"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Castro, Veronica":mailto:Veronica.Castro@goldfields.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com:mailto:camila.rojas.minera@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mulder, Grant":mailto:Grant.Mulder@goldfields.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="SCL-Nueva Tajamar-Sala Atacama":mailto:scl.sala.atacama@goldfields.com
DESCRIPTION;LANGUAGE=es-CL:Camila\,\n\nÚltima etapa del proceso Jefe/a de P
 lanificación Mina - Salares Norte. Grant Mulder (Group Head of Mine Planni
 ng\, Perth) se conecta por Teams\, yo estaré contigo en la sala. Parte en
  inglés\, parte en español.\n\nVerónica Castro\nGerente de Personas\, Gold
  Fields Salares Norte\n\n________________________________________________________
 ________________________\nReunión de Microsoft Teams\nUnirse a la reunión ah
 ora<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTNiMjQ5>\n
UID:040000008200E00074C5B7101A82E0080000000093B5D7F9A1C3DC01000000000000000010000000C3E5A7B9D1F34C4EA8C0E2B4D6F8A0D7
SUMMARY;LANGUAGE=es-CL:Entrevista final - C. Rojas - Jefatura Planificación Mina SN
DTSTART;TZID=Pacific SA Standard Time:20251120T180000
DTEND;TZID=Pacific SA Standard Time:20251120T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251113T144017Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:SCL-Nueva Tajamar-Sala Atacama; Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "lever-invite",
        "label": iv("First Quantum", "Senior Mine Planner - Taca Taca", "hiring_manager", "hugh.kettering@fqml.com",
                    "lever-toronto-zone-argentina-project"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Lever//Lever Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@TZ:America/Toronto@
BEGIN:VEVENT
UID:lever-int-2c7a9e41-b0d3-4f8a-9e15-6d2b8c0f1a43
DTSTAMP:20250815T194430Z
DTSTART;TZID=America/Toronto:20250822T090000
DTEND;TZID=America/Toronto:20250822T094500
SUMMARY:Interview: Camila Rojas Pizarro <> Hugh Kettering (First Quantum)
DESCRIPTION:Camila\,\n\nYou're confirmed to speak with Hugh Kettering\, Stud
 ies Manager\, about the Senior Mine Planner - Taca Taca (Salta\, Argentin
 a) role.\n\nGoogle Meet: https://meet.google.com/ofd-ybxn-kqa\nPhone: +1 4
 16-915-2204 PIN: 889 120 443#\n\nTimes are Eastern.\n\nFirst Quantum Miner
 als Recruiting
LOCATION:Google Meet
ORGANIZER;CN=First Quantum Recruiting:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Camila Rojas Pizarro;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CN=Hugh Kettering;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hugh.kettering@fqml.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calcom-booking",
        "label": iv("Lundin Mining", "Jefe/a Planificación Mina - Candelaria", "hiring_manager",
                    "marcela.oyarzun@lundinmining.com", "calcom-booking-spanish-no-interview-word-title"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:calcom-4kYp2mQz8rT1vWx7
DTSTAMP:20251008T211533Z
DTSTART:20251015T133000Z
DTEND:20251015T141500Z
SUMMARY:Conversación 45 min between Marcela Oyarzún and Camila Rojas Pizarro
DESCRIPTION:¿Qué?: Conversación 45 min\n¿Cuándo?: miércoles\, 15 de octubre
  de 2025 10:30 - 11:15 (America/Santiago)\n¿Quién?:\nMarcela Oyarzún - Org
 anizador\nmarcela.oyarzun@lundinmining.com\nCamila Rojas Pizarro\ncamila.r
 ojas.minera@gmail.com\n¿Dónde?: Google Meet\nNotas adicionales: Postulación
  Jefe/a Planificación Mina - Candelaria. Me la recomendó Ignacia (Boyden).
 \n\nCancelar o reprogramar: https://cal.com/booking/4kYp2mQz8rT1vWx7
LOCATION:Google Meet
ORGANIZER;CN=Marcela Oyarzún:mailto:marcela.oyarzun@lundinmining.com
ATTENDEE;CN=Camila Rojas Pizarro;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal-invite",
        "label": iv("Capstone Copper", "Superintendente Planificación Mina - Mantoverde", "final",
                    "azuniga@capstonecopper.com", "google-workspace-final-with-vp"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251125T200000Z
DTEND:20251125T210000Z
DTSTAMP:20251119T132209Z
ORGANIZER;CN=Andrés Zúñiga:mailto:azuniga@capstonecopper.com
UID:0a1s2d3f4g5h6j7k8l9z0x1c2v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Andrés Zúñiga;X-NUM-GUESTS=0:mailto:azuniga@capstonecopper.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com;X-NUM-GUESTS=0:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Paz Retamal;X-NUM-GUESTS=0:mailto:pretamal@capstonecopper.com
CREATED:20251119T132207Z
DESCRIPTION:Camila\, como parte del cierre del proceso para la Superintende
 ncia de Planificación Mina de Mantoverde\, Andrés (VP Operaciones Chile) q
 uiere conversar contigo. Paz (Personas) acompaña.\n\nUnirse con Google Meet
 : https://meet.google.com/mtv-wqoz-cbn\nO marcar: (CL) +56 2 2938 1190 PIN
 : 210 447 903#
LAST-MODIFIED:20251119T132208Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Camila Rojas / Andrés Zúñiga - cierre proceso Supt. Planificación MV
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly-invite",
        "label": iv("AMC Consultants", "Senior Mining Engineer (Vancouver)", "hiring_manager",
                    "ben.harrington@amcconsultants.com", "calendly-utc-consultancy-principal"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:BFHK6Q3XRA2ZDM7T@calendly.com
DTSTAMP:20251105T183022Z
DTSTART:20251112T163000Z
DTEND:20251112T171500Z
SUMMARY:Camila Rojas Pizarro and Ben Harrington
DESCRIPTION:Event Name: 45 Minute Meeting - Senior Mining Engineer (Vancouv
 er)\n\nLocation: This is a Zoom web conference.\nhttps://amcconsultants.zoo
 m.us/j/96603118427\n\nPlease share anything that will help prepare for our
  meeting.: CV sent to Ben by email. 13 years open pit\, Deswik + Whittle\,
  jefa de turno planificación.\n\nNeed to make changes to this event?\nCanc
 el: https://calendly.com/cancellations/BFHK6Q3XRA2ZDM7T\nReschedule: https
 ://calendly.com/reschedulings/BFHK6Q3XRA2ZDM7T\n\nPowered by Calendly.com
LOCATION:https://amcconsultants.zoom.us/j/96603118427
ORGANIZER;CN=Ben Harrington:mailto:ben.harrington@amcconsultants.com
ATTENDEE;CN=Camila Rojas Pizarro;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:camila.rojas.minera@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal-entry",
        "label": neg("visa-biometrics-appointment"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:camila.rojas.minera@gmail.com
X-WR-TIMEZONE:America/Santiago
@TZ:America/Santiago@
BEGIN:VEVENT
DTSTART;TZID=America/Santiago:20251204T094500
DTEND;TZID=America/Santiago:20251204T104500
DTSTAMP:20251201T004512Z
UID:8yt6r4e2w0q9p7o5i3u1y8t6re@google.com
CREATED:20251118T021533Z
DESCRIPTION:VFS Global - Australia Visa Application Centre. Biometría para v
 isa 482 (patrocinio). Llevar pasaporte + carta de cita impresa. Ref: AUSC
 L/251118/0442
LAST-MODIFIED:20251118T021601Z
LOCATION:VFS Global\, Av. Apoquindo 3000 piso 3\, Las Condes
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cita biométrica VFS (visa AUS)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-entry",
        "eol": "\n",
        "label": neg("user-as-interviewer-reference-check-on-candidate", hiring=True),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Android//EN
BEGIN:VEVENT
UID:AAMkAGQ3ZjE1NzA0LWRhYzUtNGQ1Ni1iZTk3LTJlM2Q5YzgxMGE1OABGAAAAAAC8uHz
DTSTAMP:20251029T120300Z
DTSTART:20251030T123000Z
DTEND:20251030T130000Z
SUMMARY:Llamar ref. Benjamín O. - ex jefe Spence
DESCRIPTION:Sr. Patricio Muñoz +56 9 7711 2044. Preguntar: manejo de turno\,
  conflictos con operadores\, por qué salió\, lo recontrataría? Mandar a P
 amela después.
LOCATION:
END:VEVENT
END:VCALENDAR
""",
    },
]
