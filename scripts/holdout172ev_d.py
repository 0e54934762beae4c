"""holdout172 events, part d: single-event processes via ATS tools, German/French/Spanish (raw iCalendar text)."""

from holdout172ev_tz import BERLIN, MADRID, PARIS, W_EUROPE

EVENTS = [
    dict(
        kind="teamtailor-interview",
        uid="tt-interview-3b0c9a71@teamtailor.com",
        is_interview=1,
        company="Quellwerk Energy",
        role="Director Engineering",
        stage="recruiter_screen",
        interviewers=["ronja.meyer@quellwerk.energy"],
        trap="teamtailor-video-interview-talent-acquisition",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-3b0c9a71@teamtailor.com
DTSTAMP:20260202T090215Z
DTSTART:20260204T130000Z
DTEND:20260204T133000Z
SUMMARY:Video interview: Director Engineering – Quellwerk Energy
ORGANIZER;CN=Ronja Meyer:mailto:ronja.meyer@quellwerk.energy
ATTENDEE;CN=Katrin Vogt;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:katrin.vogt
 @posteo.de
LOCATION:https://app.teamtailor.com/meetings/join/3b0c9a71
DESCRIPTION:Hi Katrin\, thanks for applying for Director Engineering at Qu
 ellwerk Energy! Ronja Meyer (Talent Acquisition) is looking forward to spe
 aking with you.\n\nJoin the video meeting: https://app.teamtailor.com/meet
 ings/join/3b0c9a71\n\nBest regards\,\nQuellwerk Energy
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="telefoninterview",
        uid="SR-7e0f4b2a-2026-0210-interview@smartrecruiters.com",
        is_interview=1,
        company="Sonnenfeld Mobility",
        role="Head of Engineering (w/m/d)",
        stage="recruiter_screen",
        interviewers=["t.gruber@sonnenfeld-mobility.de"],
        trap="smartrecruiters-telefoninterview-munich",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:SR-7e0f4b2a-2026-0210-interview@smartrecruiters.com
DTSTAMP:20260205T162002Z
DTSTART;TZID=Europe/Berlin:20260210T080000
DTEND;TZID=Europe/Berlin:20260210T083000
SUMMARY:Telefoninterview: Head of Engineering (w/m/d) – Katrin Vogt
ORGANIZER;CN=Sonnenfeld Mobility Recruiting:mailto:noreply@smartrecruiters.
 com
ATTENDEE;CN=Katrin Vogt;RSVP=TRUE:mailto:katrin.vogt@posteo.de
ATTENDEE;CN=Theresa Gruber:mailto:t.gruber@sonnenfeld-mobility.de
LOCATION:Telefon – wir rufen Sie an
DESCRIPTION:Guten Tag Frau Vogt\,\n\nhiermit bestätigen wir Ihr Telefoninte
 rview für die Position Head of Engineering (w/m/d) in München. Ihre Gespr
 ächspartnerin ist Theresa Gruber (Senior Recruiterin). Sie ruft Sie unter
  der angegebenen Nummer an.\n\nFreundliche Grüße\nIhr Recruiting-Team der
  Sonnenfeld Mobility GmbH
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="founder-gmail",
        uid="6r1n0f3c9hq2v8m5t7d4k0s2pj@google.com",
        is_interview=1,
        company="Kiezkasse",
        role="VP Engineering",
        stage="hiring_manager",
        interviewers=["jonas.richter.berlin@gmail.com"],
        trap="founder-free-mail-kaffee-about-open-vp-role",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260219T083000
DTEND;TZID=Europe/Berlin:20260219T093000
DTSTAMP:20260216T215530Z
ORGANIZER;CN=Jonas Richter:mailto:jonas.richter.berlin@gmail.com
UID:6r1n0f3c9hq2v8m5t7d4k0s2pj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=katrin.vogt@posteo.de;X-NUM-GUESTS=0:mailto:katrin.vogt@posteo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jonas Richter;X-NUM-GUESTS=0:mailto:jonas.richter.berlin@gmail.com
DESCRIPTION:Hey Katrin\, danke für deine Antwort auf LinkedIn! Wie gesagt:
  Wir haben gerade unsere Series A zugemacht und suchen jemanden\, der als
  VP Engineering das Tech-Team (aktuell 11) aufbaut. Lass uns bei einem Kaf
 fee schauen\, ob das passt – ich erzähl dir alles\, und ich hab auch ein
 paar Fragen an dich :)\n\nJonas (Co-Founder & CEO\, Kiezkasse)
LOCATION:Café Frieda\, Lychener Str. 37\, 10437 Berlin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kaffee Katrin / Jonas (Kiezkasse)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-teams",
        uid="WD-INT-000418822-R-10231@wunderwerk.wd3.myworkdayjobs.com",
        is_interview=1,
        company="Wunderwerk Robotics",
        role="Director of Software Engineering",
        stage="hiring_manager",
        interviewers=["stefan.aigner@wunderwerk-robotics.com"],
        trap="workday-teams-hiring-manager",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:WD-INT-000418822-R-10231@wunderwerk.wd3.myworkdayjobs.com
DTSTAMP:20260213T151140Z
DTSTART;TZID=W. Europe Standard Time:20260220T110000
DTEND;TZID=W. Europe Standard Time:20260220T120000
SUMMARY:Interview: R-10231 Director of Software Engineering - Katrin Vogt
ORGANIZER;CN=Wunderwerk Robotics Talent Acquisition:mailto:wunderwerk@myworkd
 ay.com
ATTENDEE;CN=Katrin Vogt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:katrin.vogt@p
 osteo.de
ATTENDEE;CN="Aigner, Stefan";ROLE=REQ-PARTICIPANT:mailto:stefan.aigner@wund
 erwerk-robotics.com
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Interview Type: Hiring Manager Interview\nJob Requisition: R-10
 231 Director of Software Engineering (Munich)\nInterviewer: Stefan Aigner\,
  VP R&D\n\n________________________________________________________________
 ________________\nMicrosoft Teams Need help?\nJoin the meeting now\nMeeting
  ID: 318 552 770 119\nPasscode: hT7bQ2\nDial in by phone\n+49 89 2441 58421
 \,\,618447392# Germany\, Munich\n_____________________________________________
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entretien-wttj",
        uid="wttj-meeting-5529104@welcometothejungle.com",
        is_interview=1,
        company="Alvéole",
        role="Head of Engineering (Berlin)",
        stage="recruiter_screen",
        interviewers=["camille.moreau@alveole.fr"],
        trap="french-entretien-welcome-to-the-jungle",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Welcome Kit ATS//FR
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
UID:wttj-meeting-5529104@welcometothejungle.com
DTSTAMP:20260206T101500Z
DTSTART;TZID=Europe/Paris:20260211T140000
DTEND;TZID=Europe/Paris:20260211T143000
SUMMARY:Entretien téléphonique – Katrin Vogt – Head of Engineering (Berlin)
ORGANIZER;CN=Camille Moreau:mailto:camille.moreau@alveole.fr
ATTENDEE;CN=Katrin Vogt;RSVP=TRUE:mailto:katrin.vogt@posteo.de
LOCATION:Google Meet : https://meet.google.com/cpx-wuae-tnm
DESCRIPTION:Bonjour Katrin\,\n\nMerci pour votre candidature ! Je vous con
 firme notre premier échange de 30 minutes au sujet du poste de Head of En
 gineering pour notre nouveau bureau à Berlin. L'entretien pourra se faire
  en anglais.\n\nÀ bientôt\,\nCamille Moreau\nTalent Acquisition Manager\, A
 lvéole\n\nEnvoyé via Welcome Kit
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entretien-technique",
        uid="calcom-booking-8fJ2kQ0wYzTq3nVb@cal.com",
        is_interview=1,
        company="Cobalt Finance",
        role="Director of Engineering",
        stage="technical",
        interviewers=["hugo@cobalt.finance"],
        trap="french-cal-com-entretien-technique-architecture",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-booking-8fJ2kQ0wYzTq3nVb@cal.com
DTSTAMP:20260217T092011Z
DTSTART:20260224T100000Z
DTEND:20260224T111500Z
SUMMARY:Entretien technique (architecture) entre Hugo Lefebvre et Katrin V
 ogt
ORGANIZER;CN=Hugo Lefebvre:mailto:hugo@cobalt.finance
ATTENDEE;CN=Katrin Vogt;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:katrin.vogt@pos
 teo.de
LOCATION:https://app.cal.com/video/8fJ2kQ0wYzTq3nVb
DESCRIPTION:Quoi : Entretien technique (architecture) – Director of Engine
 ering\nQui : Hugo Lefebvre (CTO\, Cobalt Finance)\, Katrin Vogt\nOù : Cal V
 ideo\n\nNotes supplémentaires : Étude de cas : migration de notre ledger
  monolithique vers des services. On en discute ensemble\, pas besoin de sl
 ides.\n\nAnnuler ou reprogrammer : https://app.cal.com/booking/8fJ2kQ0wYzT
 q3nVb
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entrevista",
        uid="factorial-interview-77120948@factorialhr.com",
        is_interview=1,
        company="Rumbo Viajes",
        role="Head of Engineering (Remote EU)",
        stage="hiring_manager",
        interviewers=["lucia.navarro@rumboviajes.es"],
        trap="spanish-factorial-entrevista-madrid-zone",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Factorial HR//Recruitment//ES
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
UID:factorial-interview-77120948@factorialhr.com
DTSTAMP:20260218T110045Z
DTSTART;TZID=Europe/Madrid:20260225T170000
DTEND;TZID=Europe/Madrid:20260225T180000
SUMMARY:Entrevista con Lucía Navarro (CTO) – Head of Engineering
ORGANIZER;CN=Rumbo Viajes Talento:mailto:talento@rumboviajes.es
ATTENDEE;CN=Katrin Vogt;RSVP=TRUE:mailto:katrin.vogt@posteo.de
ATTENDEE;CN=Lucía Navarro:mailto:lucia.navarro@rumboviajes.es
LOCATION:https://meet.google.com/tyr-oejm-bqa
DESCRIPTION:Hola Katrin\,\n\nTe confirmamos la entrevista con Lucía Navarr
 o\, nuestra CTO\, para el puesto de Head of Engineering (Remote EU). La e
 ntrevista será en inglés y durará unos 60 minutos.\n\n¡Mucha suerte!\nEqui
 po de Talento – Rumbo Viajes\n\nEnviado con Factorial
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entrevista-final",
        uid="1o8c3k6v0n2q9s4f7h5m1d3b6t@google.com",
        is_interview=1,
        company="Nubera",
        role="VP of Engineering",
        stage="final",
        interviewers=["marc.puig@nubera.io"],
        trap="spanish-google-entrevista-final-ceo",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260317T160000
DTEND;TZID=Europe/Madrid:20260317T170000
DTSTAMP:20260311T084512Z
ORGANIZER;CN=Marta Soler:mailto:marta.soler@nubera.io
UID:1o8c3k6v0n2q9s4f7h5m1d3b6t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marc Puig;X-NUM-GUESTS=0:mailto:marc.puig@nubera.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=katrin.vogt@posteo.de;X-NUM-GUESTS=0:mailto:katrin.vogt@posteo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marta Soler;X-NUM-GUESTS=0:mailto:marta.soler@nubera.io
DESCRIPTION:Hola Katrin\, como hablamos\, esta es la entrevista final con
  Marc (CEO y cofundador). Después te contamos los próximos pasos. ¡Un salu
 do!\nMarta (People)\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~::~:~::-\nÚnete con Google Meet: https://meet.google.com/ken-sd
 vz-gxo\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~:
 :-
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista final – Katrin Vogt / Marc Puig (Nubera)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="join-erstgespraech",
        uid="join-com-interview-1180342@join.com",
        is_interview=1,
        company="Grundriss",
        role="Head of Engineering",
        stage="recruiter_screen",
        interviewers=["lena@grundriss.app"],
        trap="join-com-erstgespraech-berlin",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//JOIN Solutions AG//JOIN//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:join-com-interview-1180342@join.com
DTSTAMP:20260202T163012Z
DTSTART:20260209T150000Z
DTEND:20260209T153000Z
SUMMARY:Erstgespräch Head of Engineering | Grundriss
ORGANIZER;CN=Lena Vogel:mailto:lena@grundriss.app
ATTENDEE;CN=Katrin Vogt;RSVP=TRUE:mailto:katrin.vogt@posteo.de
LOCATION:https://meet.google.com/dqz-pimv-ybf
DESCRIPTION:Hallo Katrin\, danke für deine Bewerbung! Im Erstgespräch ler
 nen wir uns kennen und ich beantworte deine Fragen zur Rolle. – Lena (Pe
 ople & Culture\, Grundriss)\n\nGesendet mit JOIN
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="softgarden-einladung",
        uid="softgarden-appointment-6640219@softgarden.io",
        is_interview=1,
        company="Kessler Digital",
        role="Head of Engineering (m/w/d)",
        stage="",
        interviewers=["andrea.kessler@kessler-digital.de", "m.pohl@kessler-digital.de"],
        trap="softgarden-einladung-zum-vorstellungsgespraech",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:softgarden-appointment-6640219@softgarden.io
DTSTAMP:20260224T081500Z
DTSTART;TZID=Europe/Berlin:20260302T140000
DTEND;TZID=Europe/Berlin:20260302T153000
SUMMARY:Einladung zum Vorstellungsgespräch – Kessler Digital GmbH
ORGANIZER;CN=Kessler Digital GmbH:mailto:noreply@softgarden.io
ATTENDEE;CN=Katrin Vogt;RSVP=TRUE:mailto:katrin.vogt@posteo.de
ATTENDEE;CN=Andrea Kessler:mailto:andrea.kessler@kessler-digital.de
ATTENDEE;CN=Markus Pohl:mailto:m.pohl@kessler-digital.de
LOCATION:Kessler Digital GmbH\, Leopoldstraße 180\, 80804 München
DESCRIPTION:Sehr geehrte Frau Vogt\,\n\nwir freuen uns\, Sie zu einem pers
 önlichen Vorstellungsgespräch für die Position Head of Engineering (m/w/d
 ) einzuladen. Ihre Gesprächspartner: Andrea Kessler (Geschäftsführerin)\,
  Markus Pohl (Leiter IT).\n\nBitte bringen Sie ein gültiges Ausweisdokume
 nt mit.\n\nMit freundlichen Grüßen\nKessler Digital GmbH\n\nDiese Nachrich
 t wurde über softgarden versendet.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="dvinci-interview",
        uid="dvinci-termin-39918-elbwerk@dvinci-easy.com",
        is_interview=1,
        company="Elbwerk Medien",
        role="Head of Engineering (m/w/d)",
        stage="hiring_manager",
        interviewers=["ole.brandt@elbwerk-medien.de"],
        trap="dvinci-hamburg-gespraech-mit-fachbereich",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//d.vinci HR-Systems GmbH//d.vinci easy//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:dvinci-termin-39918-elbwerk@dvinci-easy.com
DTSTAMP:20260210T134411Z
DTSTART;TZID=Europe/Berlin:20260216T160000
DTEND;TZID=Europe/Berlin:20260216T170000
SUMMARY:Gespräch Fachbereich: Katrin Vogt (Head of Engineering)
ORGANIZER;CN=Elbwerk Medien Recruiting:mailto:karriere@elbwerk-medien.de
ATTENDEE;CN=Katrin Vogt;RSVP=TRUE:mailto:katrin.vogt@posteo.de
ATTENDEE;CN=Ole Brandt:mailto:ole.brandt@elbwerk-medien.de
LOCATION:Microsoft Teams
DESCRIPTION:Liebe Frau Vogt\,\n\nnach unserem ersten Telefonat möchte Sie
  nun Ole Brandt (CTO) kennenlernen. Das Gespräch findet per Microsoft Team
 s statt\, den Link erhalten Sie separat.\n\nHerzliche Grüße\nIhr Recruiting
 -Team Elbwerk Medien
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
