# ruff: noqa: E501  (raw iCalendar lines are kept as the tools write them)
"""holdout184 events, part D: more employers – Outlook/Exchange from US corporates, Webex, GoTo, a
contract staffing firm, Teamtailor in Spanish, SuccessFactors in German, a French first call, Workable
in London, Lever in Toronto, a CEO final, Gem, Zoho Recruit. Raw iCalendar text, written blind."""

from holdout184ev_common import TZ_MX, TZ_NY, TZ_TOR, WIN_CST_US, WIN_EST, ev, tz_cet, tz_wet

EVENTS = [
    ev("recruiter-intro", "5s7u9w1y3a5c7e9g1i3k5m7o9q@google.com", 1, "Halcyon Games",
       "Senior Backend Engineer (Remote LATAM)", "recruiter_screen", "becca.lindqvist@halcyongames.com",
       "linkedin-recruiter-intro-call", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_NY}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260407T153000
DTEND;TZID=America/New_York:20260407T160000
DTSTAMP:20260403T190507Z
ORGANIZER;CN=Becca Lindqvist:mailto:becca.lindqvist@halcyongames.com
UID:5s7u9w1y3a5c7e9g1i3k5m7o9q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Becca Lindqvist;X-NUM-GUESTS=0:mailto:becca.lindqvist@halcyongames.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alex.riosm.dev@gmail.com;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260403T190505Z
DESCRIPTION:Thanks for replying on LinkedIn! Let's do a quick intro on the Senior Backend Engineer (Remote LATAM) opening on our live-ops platform team.\n\nJoin with Google Meet: https://meet.google.com/hgm-intr-bec\nJoin by phone: (US) +1 929-266-3052 PIN: 907 114 225#
LAST-MODIFIED:20260403T190507Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Intro call – Halcyon Games <> Alejandro
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("outlook-us-corporate", "040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C7DC01000000000000000010000000112233445566778899AABBCCDDEEFF00",
       1, "Meridian Insurance Group", "Sr. Software Engineer", "hiring_manager", "jwhitfield@meridianins.com",
       "outlook-eastern-last-first-cn-teams", ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_EST}
BEGIN:VEVENT
ORGANIZER;CN="Whitfield, Jason":mailto:jwhitfield@meridianins.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alex.riosm.dev@gmail.com:mailto:alex.riosm.dev@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kim, Soo-jin":mailto:skim@meridianins.com
DESCRIPTION;LANGUAGE=en-US:Alejandro – looking forward to speaking with you about the Sr. Software Engineer opening on the Claims Platform team. Soo-jin from Talent Acquisition may join for the first few minutes.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ1NmE4%40thread.v2/0>\nMeeting ID: 297 331 640 018\nPasscode: Ju7eB2\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nOr call in (audio only)\n+1 860-724-0152\,\,551093848#   United States\, Hartford\nPhone Conference ID: 551 093 848#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C7DC01000000000000000010000000112233445566778899AABBCCDDEEFF00
SUMMARY;LANGUAGE=en-US:Interview - Alejandro Rios Medina - Sr. Software Engineer
DTSTART;TZID=Eastern Standard Time:20260421T140000
DTEND;TZID=Eastern Standard Time:20260421T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260415T203301Z
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
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    ev("webex-panel", "6A1F0C2E9B8D47A3B5C4D3E2F1A0B9C8@webex.com", 1, "Pinecrest Financial",
       "Backend Developer (Contractor)", "final",
       "dhernandez@pinecrestfinancial.com;aoconnell@pinecrestfinancial.com;vshah@pinecrestfinancial.com",
       "webex-final-panel-outlook-central-us", ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WIN_CST_US}
BEGIN:VEVENT
ORGANIZER;CN="Hernandez, Diana":mailto:dhernandez@pinecrestfinancial.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O'Connell, Aidan":mailto:aoconnell@pinecrestfinancial.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Shah, Vikram":mailto:vshah@pinecrestfinancial.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alex.riosm.dev@gmail.com:mailto:alex.riosm.dev@gmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="DAL-12-Conf Bluebonnet":mailto:dal12bluebonnet@pinecrestfinancial.com
DESCRIPTION;LANGUAGE=en-US:Final panel interview – Backend Developer (Contractor)\n\nPanel: Diana Hernandez (Engineering Manager)\, Aidan O'Connell (Architect)\, Vikram Shah (QA Lead). The panel will be in the Bluebonnet room in Dallas; you join remotely.\n\n-- Do not delete or change any of the following text. --\n\nJoin Webex meeting\nhttps://pinecrestfinancial.webex.com/pinecrestfinancial/j.php?MTID=m6a1f0c2e9b8d47a3\nMeeting number (access code): 2553 901 7728\nMeeting password: Pnc2026!\n\nJoin by phone\n+1-469-210-7159 United States Toll (Dallas)\n
UID:6A1F0C2E9B8D47A3B5C4D3E2F1A0B9C8@webex.com
SUMMARY;LANGUAGE=en-US:Panel Interview - Backend Developer (Contractor) - A. Rios Medina
DTSTART;TZID=Central Standard Time:20260427T100000
DTEND;TZID=Central Standard Time:20260427T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260422T150921Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Webex / DAL-12-Conf Bluebonnet
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("goto-spanish", "gtm-518-774-293-20260416@goto.com", 1, "Grupo Ventix", "Desarrollador Backend Python (Remoto)",
       "hiring_manager", "ricardo.lozano@ventix.com.mx", "goto-meeting-spanish-gdl-lider-tecnico", ics=rf"""BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Meeting//ES
VERSION:2.0
METHOD:REQUEST
{TZ_MX}
BEGIN:VEVENT
UID:gtm-518-774-293-20260416@goto.com
DTSTAMP:20260413T174400Z
DTSTART;TZID=America/Mexico_City:20260416T120000
DTEND;TZID=America/Mexico_City:20260416T130000
SUMMARY:Entrevista — Desarrollador Backend Python (Remoto) — Grupo Ventix
ORGANIZER;CN=Ricardo Lozano:mailto:ricardo.lozano@ventix.com.mx
ATTENDEE;CN=Alejandro Ríos Medina;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Hola Alejandro\, te espero para platicar con calma. Soy el líder técnico del área de plataforma y sería tu jefe directo. Hablaremos de tu experiencia en e-commerce y del proyecto.\n\nÚnete a mi reunión desde tu computadora\, tableta o smartphone.\nhttps://meet.goto.com/518774293\n\nTambién puedes marcar por teléfono.\nMéxico: +52 55 4161 3711\n- Código de acceso: 518-774-293
LOCATION:https://meet.goto.com/518774293
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("contract-staffing-client", "7t9v1x3z5b7d9f1h3j5l7n9p1r@google.com", 1, "Brightfield Insurance",
       "Python Engineer (12-month contract)", "hiring_manager", "kmurphy@brightfieldins.com",
       "contract-staffing-client-interview-english", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_NY}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260420T120000
DTEND;TZID=America/New_York:20260420T123000
DTSTAMP:20260416T210012Z
ORGANIZER;CN=Shawn Delgado:mailto:sdelgado@luminastaffing.com
UID:7t9v1x3z5b7d9f1h3j5l7n9p1r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kevin Murphy;X-NUM-GUESTS=0:mailto:kmurphy@brightfieldins.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alex.riosm.dev@gmail.com;X-NUM-GUESTS=0:mailto:alex.riosm.dev@gmail.com
CREATED:20260416T210010Z
DESCRIPTION:Client Interview – Brightfield Insurance – Python Engineer (12-month contract)\n\nAlejandro\, you'll be speaking with Kevin Murphy\, the hiring manager at Brightfield. Keep it concise and mention the claims-processing integrations you did at Mercanta. Call me right after!\n\nShawn Delgado | Sr. Technical Recruiter | Lumina Staffing\n\nJoin with Google Meet: https://meet.google.com/lmn-brfd-kmy
LAST-MODIFIED:20260416T210012Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Client Interview - Alejandro Rios / Brightfield
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("teamtailor-barcelona", "tt-interview-0b7e3c58-91d2-4a6f-8c3e-5f1d2b9a7e40@teamtailor.com", 1,
       "Tramuntana Travel", "Backend Engineer (Python) – Remoto", "hiring_manager", "jordi.puig@tramuntana.travel",
       "teamtailor-spain-spanish-con-el-equipo", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Calendar//ES
VERSION:2.0
METHOD:REQUEST
{tz_cet("Europe/Madrid")}
BEGIN:VEVENT
UID:tt-interview-0b7e3c58-91d2-4a6f-8c3e-5f1d2b9a7e40@teamtailor.com
DTSTAMP:20260414T071233Z
DTSTART;TZID=Europe/Madrid:20260417T173000
DTEND;TZID=Europe/Madrid:20260417T181500
SUMMARY:Entrevista con Tramuntana Travel
ORGANIZER;CN=Tramuntana Travel:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Jordi Puig;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jordi.puig@tramuntana.travel
ATTENDEE;CN=Alejandro Ríos Medina;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:¡Hola Alejandro!\n\nTe confirmamos la entrevista para Backend Engineer (Python) – Remoto con Jordi Puig\, Head of Engineering. Será una conversación de 45 minutos sobre tu experiencia y el equipo de reservas.\n\nEnlace: https://meet.google.com/tmt-jrdi-bcn\n\nSi necesitas cambiar la hora\, responde a este correo.\n\nEl equipo de Tramuntana Travel
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("successfactors-german", "SF-INTV-ALPK-7719-004418@successfactors.eu", 1, "Alpenkern AG",
       "Senior Software Engineer Backend (Remote)", "technical", "lukas.meier@alpenkern.ch;sara.frei@alpenkern.ch",
       "successfactors-german-vorstellungsgespraech-zurich", ics=rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Management//DE
VERSION:2.0
METHOD:REQUEST
{tz_cet("Europe/Zurich")}
BEGIN:VEVENT
UID:SF-INTV-ALPK-7719-004418@successfactors.eu
DTSTAMP:20260421T061502Z
DTSTART;TZID=Europe/Zurich:20260429T163000
DTEND;TZID=Europe/Zurich:20260429T173000
SUMMARY:Einladung zum Vorstellungsgespräch – Senior Software Engineer Backend (Remote)
ORGANIZER;CN=Alpenkern AG Recruiting:mailto:recruiting@alpenkern.ch
ATTENDEE;CN=Lukas Meier;ROLE=REQ-PARTICIPANT:mailto:lukas.meier@alpenkern.ch
ATTENDEE;CN=Sara Frei;ROLE=REQ-PARTICIPANT:mailto:sara.frei@alpenkern.ch
ATTENDEE;CN=Alejandro Ríos Medina;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Sehr geehrter Herr Ríos Medina\,\n\nwir freuen uns\, Sie zu einem fachlichen Gespräch für die Position Senior Software Engineer Backend (Remote) einzuladen.\n\nGesprächspartner: Lukas Meier (Teamleiter Plattform)\, Sara Frei (Senior Engineer)\nDauer: 60 Minuten\, auf Englisch\nTeil des Gesprächs ist eine kurze Code-Review-Übung.\n\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_QWxwZW5r%40thread.v2/0\n\nFreundliche Grüsse\nIhr Alpenkern Recruiting-Team
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("premier-echange", "wttj-rdv-4471-quantiq-20260423@welcometothejungle.com", 1, "Quantiq",
       "Ingénieur·e Backend Senior (Python) – Remote", "recruiter_screen", "lea.martin@quantiq.fr",
       "welcome-to-the-jungle-french-premier-echange", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Welcome to the Jungle//Recruiting//FR
VERSION:2.0
METHOD:REQUEST
{tz_cet("Europe/Paris")}
BEGIN:VEVENT
UID:wttj-rdv-4471-quantiq-20260423@welcometothejungle.com
DTSTAMP:20260417T091400Z
DTSTART;TZID=Europe/Paris:20260423T160000
DTEND;TZID=Europe/Paris:20260423T163000
SUMMARY:Premier échange – Quantiq x Alejandro Ríos Medina
ORGANIZER;CN=Léa Martin:mailto:lea.martin@quantiq.fr
ATTENDEE;CN=Léa Martin;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lea.martin@quantiq.fr
ATTENDEE;CN=Alejandro Ríos Medina;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Bonjour Alejandro\,\n\nComme convenu\, voici l'invitation pour notre premier échange au sujet du poste d'Ingénieur·e Backend Senior (Python) – Remote. 30 minutes pour faire connaissance\, parler de votre parcours et de nos process de recrutement.\n\nLien : https://meet.google.com/qtq-lea-mrtn\n\nBelle journée\,\nLéa Martin – Talent Acquisition\, Quantiq (Lyon)
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("workable-london", "workable-ev-9c4e12d7a6f3@fenwicklabs.workable.com", 1, "Fenwick Labs",
       "Backend Engineer (Python)", "technical", "priyanka.shah@fenwicklabs.co.uk;george.hale@fenwicklabs.co.uk",
       "workable-london-technical-stage", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
{tz_wet("Europe/London")}
BEGIN:VEVENT
UID:workable-ev-9c4e12d7a6f3@fenwicklabs.workable.com
DTSTAMP:20260428T100512Z
DTSTART;TZID=Europe/London:20260505T160000
DTEND;TZID=Europe/London:20260505T170000
SUMMARY:Interview with Fenwick Labs for Backend Engineer (Python)
ORGANIZER;CN=Fenwick Labs:mailto:fenwicklabs@notifications.workablemail.com
ATTENDEE;CN=Priyanka Shah;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:priyanka.shah@fenwicklabs.co.uk
ATTENDEE;CN=George Hale;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:george.hale@fenwicklabs.co.uk
ATTENDEE;CN=Alejandro Ríos Medina;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Hi Alejandro\,\n\nYou have been invited to an interview with Fenwick Labs.\n\nStage: Technical Interview\nType: Video call\nDuration: 60 minutes\nWith: Priyanka Shah\, George Hale\n\nJoin: https://meet.google.com/fwl-tech-ldn\n\nPowered by Workable
LOCATION:https://meet.google.com/fwl-tech-ldn
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("lever-toronto", "lever-interview-e2b5c8a1-7f4d-4c39-b06e-91d3a5f7c2e8", 1, "Maplewood Analytics",
       "Senior Backend Developer", "hiring_manager", "nathan.cho@maplewoodanalytics.ca",
       "lever-toronto-hiring-manager", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
{TZ_TOR}
BEGIN:VEVENT
UID:lever-interview-e2b5c8a1-7f4d-4c39-b06e-91d3a5f7c2e8
DTSTAMP:20260427T164001Z
DTSTART;TZID=America/Toronto:20260501T110000
DTEND;TZID=America/Toronto:20260501T114500
SUMMARY:Maplewood Analytics Interview – Hiring Manager (Senior Backend Developer)
ORGANIZER;CN=Priya Desai:mailto:priya.desai@maplewoodanalytics.ca
ATTENDEE;CN=Nathan Cho;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nathan.cho@maplewoodanalytics.ca
ATTENDEE;CN=Alejandro Ríos Medina;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Hi Alejandro\,\n\nYou'll meet Nathan Cho\, Director of Engineering\, for 45 minutes. Expect questions about leading projects\, working across time zones and a few architecture scenarios.\n\nGoogle Meet: https://meet.google.com/mwa-nath-cho\n\nPriya Desai\, Talent Partner
LOCATION:https://meet.google.com/mwa-nath-cho
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("ceo-final-utc", "sparrow-final-20260507-arm@sparrowfinance.com", 1, "Sparrow Finance",
       "Senior Backend Engineer", "final", "noah@sparrowfinance.com", "final-with-ceo-utc-times", fold=False,
       ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sparrow-final-20260507-arm@sparrowfinance.com
DTSTAMP:20260501T225959Z
DTSTART:20260507T210000Z
DTEND:20260507T213000Z
SUMMARY:Final Interview – Noah (CEO) x Alejandro Ríos Medina
ORGANIZER;CN=Sparrow Finance Talent:mailto:talent@sparrowfinance.com
ATTENDEE;CN=Noah Fischer;PARTSTAT=ACCEPTED:mailto:noah@sparrowfinance.com
ATTENDEE;CN=Alejandro Ríos Medina;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Final step for the Senior Backend Engineer role at Sparrow Finance – 30 minutes with Noah\, our CEO. Values\, motivation\, and your questions.\n\nZoom: https://us02web.zoom.us/j/88300219476\n\nScheduled with Ashby
LOCATION:https://us02web.zoom.us/j/88300219476
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("gem-live-coding", "gem-sched-71a3f0e2c5b8@gem.com", 1, "Tessellate", "Senior Backend Engineer",
       "technical", "wei.zhang@tessellate.ai", "gem-scheduler-live-coding-coderpad", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Gem//Gem Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{TZ_NY}
BEGIN:VEVENT
UID:gem-sched-71a3f0e2c5b8@gem.com
DTSTAMP:20260505T190433Z
DTSTART;TZID=America/New_York:20260511T120000
DTEND;TZID=America/New_York:20260511T130000
SUMMARY:Alejandro Ríos Medina – Live Coding (Tessellate)
ORGANIZER;CN=Tessellate Recruiting:mailto:recruiting@tessellate.ai
ATTENDEE;CN=Wei Zhang;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:wei.zhang@tessellate.ai
ATTENDEE;CN=Alejandro Ríos Medina;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Hi Alejandro\,\n\nHere are the details for your live coding interview for Senior Backend Engineer.\n\nInterviewer: Wei Zhang\nCoderPad: https://app.coderpad.io/TSL-8QH2M\nVideo: https://meet.google.com/tsl-wzng-cdp\n\nSent via Gem
LOCATION:https://app.coderpad.io/TSL-8QH2M
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("zoho-generic", "zr-interview-419000012887331@zohorecruit.com", 1, "Nexum Digital", "Backend Developer",
       "", "fernanda.ibarra@nexumdigital.mx", "zoho-recruit-generic-entrevista-no-stage", ics=rf"""BEGIN:VCALENDAR
PRODID:-//Zoho Corporation//Zoho Recruit//ES
VERSION:2.0
METHOD:REQUEST
{TZ_MX}
BEGIN:VEVENT
UID:zr-interview-419000012887331@zohorecruit.com
DTSTAMP:20260504T165501Z
DTSTART;TZID=America/Mexico_City:20260506T110000
DTEND;TZID=America/Mexico_City:20260506T114500
SUMMARY:Entrevista - Backend Developer
ORGANIZER;CN=Nexum Digital:mailto:notificaciones@nexumdigital.mx
ATTENDEE;CN=Fernanda Ibarra;ROLE=REQ-PARTICIPANT:mailto:fernanda.ibarra@nexumdigital.mx
ATTENDEE;CN=Alejandro Ríos Medina;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:alex.riosm.dev@gmail.com
DESCRIPTION:Hola Alejandro\,\n\nNexum Digital te invita a una entrevista para el puesto Backend Developer.\n\nFecha: 06/05/2026\nHora: 11:00 a.m. (hora del centro de México)\nEntrevistador: Fernanda Ibarra\nLugar: Zoom – https://us05web.zoom.us/j/83377104452\n\nSaludos\,\nNexum Digital
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
