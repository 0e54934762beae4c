"""holdout195 raw events, part e: Bloomberg, Oracle, Apple, Tesla, Roblox, agencies, Spanish/French invites."""

EVENTS = [
    {
        "kind": "bloomberg",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251001T170000
DTEND;TZID=America/New_York:20251001T180000
DTSTAMP:20250926T134501Z
ORGANIZER;CN=Bloomberg Engineering Recruiting:mailto:eng-recruiting-noreply@b
 loomberg.net
UID:bbg-int-20251001-ecaldwell-1@bloomberg.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Ethan Caldwell:mailt
 o:ethan.caldwell.dev@gmail.com
DESCRIPTION:2026 Software Engineer - New York. First-round technical interv
 iew (60 min) with two engineers from our team. Please use the HackerRank
  CodePair link below - the interviewers will join there.\nhttps://www.hacke
 rrank.com/interview/bbg-7f3k2p
SUMMARY:Bloomberg Interview - 2026 Software Engineer
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("bbg-int-20251001-ecaldwell-1@bloomberg.net", 1, "Bloomberg", "2026 Software Engineer - New York",
                    "technical", "", "two-unnamed-engineers-codepair")],
    },
    {
        "kind": "zoom-invite",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20251016T210311Z
DTSTART:20251021T153000Z
DTEND:20251021T163000Z
SUMMARY:OCI Hiring - Ethan Caldwell - Interview 2 of 3
UID:ZOOM83309125566@oracle.zoom.us
TZID:America/Chicago
DESCRIPTION:Rahul Gupta is inviting you to a scheduled Zoom meeting.\n\nJo
 in Zoom Meeting\nhttps://oracle.zoom.us/j/83309125566?pwd=a0F2b3JtR1\n\nMe
 eting ID: 833 0912 5566\nPasscode: 771204\n\nOne tap mobile\n+16694449171\,
 \,83309125566# US\n\nRole: Software Developer 1 - Oracle Cloud Infrastructu
 re (Austin)
LOCATION:https://oracle.zoom.us/j/83309125566?pwd=a0F2b3JtR1
ORGANIZER;CN=Rahul Gupta:mailto:rahul.r.gupta@oracle.com
END:VEVENT
END:VCALENDAR
""",
        "labels": [("ZOOM83309125566@oracle.zoom.us", 1, "Oracle",
                    "Software Developer 1 - Oracle Cloud Infrastructure (Austin)", "technical",
                    "rahul.r.gupta@oracle.com", "zoom-generated-invite-interviewer-is-organizer")],
    },
    {
        "kind": "webex",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//Mac OS X 10.15//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WEBEX-2655b1c0e2f7480a9dd1c5e8f3a7b204
DTSTAMP:20251103T171500Z
DTSTART;TZID=America/Chicago:20251106T110000
DTEND;TZID=America/Chicago:20251106T120000
SUMMARY:Apple Interview: Software Engineer\, Siri Infrastructure (Ethan Cal
 dwell)
ORGANIZER;CN=Megan Sorensen:mailto:msorensen@apple.com
ATTENDEE;CN=Megan Sorensen;PARTSTAT=ACCEPTED:mailto:msorensen@apple.com
ATTENDEE;CN=Ethan Caldwell;RSVP=TRUE:mailto:ethan.caldwell.dev@gmail.com
DESCRIPTION:Hi Ethan\, you'll be speaking with Megan Sorensen (Engineering
  Manager). Please do not share details of this interview.\n\nJoin Webex m
 eeting: https://apple.webex.com/meet/msorensen\nMeeting number (access code
 ): 2558 431 9902\nJoin by phone: +1-408-525-6800 United States Toll
LOCATION:Webex
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("WEBEX-2655b1c0e2f7480a9dd1c5e8f3a7b204", 1, "Apple", "Software Engineer, Siri Infrastructure",
                    "hiring_manager", "msorensen@apple.com", "webex-engineering-manager")],
    },
    {
        "kind": "tesla-typed",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
DTSTART:20250919T141500
DTEND:20250919T144500
DTSTAMP:20250917T220145Z
UID:0tsl9giga19sept@google.com
SUMMARY:tesla phone screen (giga tx) - recruiter calls
DESCRIPTION:Software Engineer\, Manufacturing Execution Systems - new grad
 \n"recruiter will call from 737 area code"\nhave $ expectation ready + star
 t date (june)
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("0tsl9giga19sept@google.com", 1, "Tesla", "Software Engineer, Manufacturing Execution Systems",
                    "recruiter_screen", "", "typed-floating-phone-screen")],
    },
    {
        "kind": "karat",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Karat//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:karat-int-5518230-rbx@karat.io
DTSTAMP:20250929T180000Z
DTSTART:20251003T223000Z
DTEND:20251003T233000Z
SUMMARY:Roblox Technical Interview with Karat
ORGANIZER;CN=Karat Scheduling:mailto:scheduling@karat.io
ATTENDEE;CN=Ethan Caldwell;RSVP=TRUE:mailto:ethan.caldwell.dev@gmail.com
DESCRIPTION:Hi Ethan\, Roblox has partnered with Karat to conduct the first
  technical interview for Software Engineer\, Early Career. Your Interview E
 ngineer is Nathaniel Brooks. The interview is 60 minutes: a few quick que
 stions followed by coding.\n\nJoin: https://app.karat.io/interview/b71e3c
 \nPlease test your setup beforehand.
LOCATION:https://app.karat.io/interview/b71e3c
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("karat-int-5518230-rbx@karat.io", 1, "Roblox", "Software Engineer, Early Career", "technical",
                    "Nathaniel Brooks", "third-party-interview-vendor-for-employer")],
    },
    {
        "kind": "kolkata-recruiter",
        "ics": r"""BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:India Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0530
TZOFFSETTO:+0530
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Banerjee, Sohini (Cognizant)":mailto:Sohini.Banerjee@cognizant
 .com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ethan.cald
 well.dev@gmail.com:mailto:ethan.caldwell.dev@gmail.com
DESCRIPTION;LANGUAGE=en-US:Dear Ethan\,\n\nGreetings from Cognizant!\n\nAs
  discussed over email\, please find the invite for your initial HR screeni
 ng for the Programmer Analyst Trainee (US Campus 2026) position. Kindly kee
 p your resume and work authorization details handy.\n\nThanks & Regards\,\
 nSohini Banerjee\nTalent Acquisition - US Campus Hiring\nCognizant\, Kolkat
 a\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-j
 oin/19%3ameeting_Y2ZjNDE0\n
UID:040000008200E00074C5B7101A82E00800000000A1F7E52C8C2EDC01000000000000000
 010000000C4A2D9E1F07B3C4DA81E52F9B6D3C0A7
SUMMARY;LANGUAGE=en-US:HR Screening - Programmer Analyst Trainee - Ethan Ca
 ldwell
DTSTART;TZID=India Standard Time:20251008T050000
DTEND;TZID=India Standard Time:20251008T053000
DTSTAMP:20251006T101512Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000A1F7E52C8C2EDC010000000000000000"
                    "10000000C4A2D9E1F07B3C4DA81E52F9B6D3C0A7", 1, "Cognizant",
                    "Programmer Analyst Trainee (US Campus 2026)",
                    "recruiter_screen", "sohini.banerjee@cognizant.com", "india-zone-hr-screening-mixed-case-email")],
    },
    {
        "kind": "agency-screen",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20251013T120000
DTEND;TZID=America/Chicago:20251013T122000
DTSTAMP:20251010T193300Z
ORGANIZER;CN=Brody Kessler:mailto:bkessler@teksystems.com
UID:2tek0screen1013dellrr@google.com
ATTENDEE;CN=Brody Kessler;PARTSTAT=ACCEPTED:mailto:bkessler@teksystems.com
ATTENDEE;CN=ethan.caldwell.dev@gmail.com;PARTSTAT=NEEDS-ACTION:mailto:ethan.caldwell.dev@gmail.com
SUMMARY:TEKsystems screening call - Ethan C.
DESCRIPTION:Quick screen for the Associate Software Engineer (contract-to-h
 ire) opening with my client Dell Technologies in Round Rock. I'll go over
  rate\, hybrid schedule (3 days onsite) and submit you if it looks like a f
 it. I'll call your cell.
LOCATION:phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("2tek0screen1013dellrr@google.com", 1, "Dell Technologies",
                    "Associate Software Engineer (contract-to-hire)", "recruiter_screen", "bkessler@teksystems.com",
                    "agency-screen-for-named-client")],
    },
    {
        "kind": "headhunter-intro",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-WR-TIMEZONE:America/Chicago
BEGIN:VEVENT
UID:8f0e2a1c-6d3b-4e57-9a0f-b1c2d3e4f5a6
DTSTAMP:20251024T154000Z
DTSTART:20251028T193000Z
DTEND:20251028T200000Z
SUMMARY:Intro call - Ethan Caldwell / Hirewell
ORGANIZER;CN=Kayla Morgan:mailto:kayla.morgan@hirewell.com
ATTENDEE;CN=Ethan Caldwell;RSVP=TRUE:mailto:ethan.caldwell.dev@gmail.com
DESCRIPTION:Hi Ethan\,\n\nGreat connecting on LinkedIn. As mentioned\, I'm
  partnering with Bazaarvoice on their Austin Associate Software Engineer ope
 ning (new grad\, Java/React). I'd like to do a short screen and then present
  you to their hiring manager.\n\nI'll call you at the number on your resume
 .\n\nKayla
LOCATION:Phone
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("8f0e2a1c-6d3b-4e57-9a0f-b1c2d3e4f5a6", 1, "Bazaarvoice", "Associate Software Engineer",
                    "recruiter_screen", "kayla.morgan@hirewell.com", "headhunter-client-named-only-in-body")],
    },
    {
        "kind": "greenhouse-meet",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20251020T153000
DTEND;TZID=America/Chicago:20251020T163000
DTSTAMP:20251014T165200Z
ORGANIZER;CN=Lauren Pace:mailto:lauren.pace@team.bumble.com
UID:1bmbl0gh1020tech@google.com
ATTENDEE;CN=Ethan Caldwell;PARTSTAT=NEEDS-ACTION:mailto:ethan.caldwell.dev@gmail.com
ATTENDEE;CN=Kofi Mensah;PARTSTAT=ACCEPTED:mailto:kofi.mensah@team.bumble.com
ATTENDEE;CN=Jordan Reyes;PARTSTAT=ACCEPTED:mailto:jordan.reyes@team.bumble.com
DESCRIPTION:Bumble - Software Engineer I (Backend) - Tech Round 🐝\n\nInter
 viewers: Kofi Mensah\, Jordan Reyes\nFormat: 30 min coding + 30 min discu
 ssion of a past project\n\nJoin with Google Meet: https://meet.google.com/
 pxe-jdqw-rso\n\nPowered by Greenhouse
SUMMARY:Ethan Caldwell - Tech Round (Bumble)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("1bmbl0gh1020tech@google.com", 1, "Bumble", "Software Engineer I (Backend)", "technical",
                    "kofi.mensah@team.bumble.com;jordan.reyes@team.bumble.com", "greenhouse-emoji-tech-round")],
    },
    {
        "kind": "workday-es",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting Interview Scheduling//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Mexico_City
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:wd-entrevista-JR-118204-99af@myworkday.com
DTSTAMP:20251103T162000Z
DTSTART;TZID=America/Mexico_City:20251110T110000
DTEND;TZID=America/Mexico_City:20251110T120000
SUMMARY:Entrevista técnica - Software Developer Jr (IT Boarding) - Ethan Ca
 ldwell
ORGANIZER;CN=Mercado Libre Talent Acquisition:mailto:mercadolibre@myworkday.
 com
ATTENDEE;CN=Ethan Caldwell;RSVP=TRUE:mailto:ethan.caldwell.dev@gmail.com
ATTENDEE;CN=Mariana Quiroga;ROLE=REQ-PARTICIPANT:mailto:mariana.quiroga@merc
 adolibre.com.mx
DESCRIPTION:¡Hola Ethan!\n\nTe confirmamos tu entrevista técnica con Marian
 a Quiroga (Tech Lead) para la posición Software Developer Jr en Ciudad de M
 éxico. La entrevista será en español con una parte de live coding.\n\nEnl
 ace de Google Meet: https://meet.google.com/qoe-nzrb-kjt\n\n¡Éxitos!\nEquip
 o de Talent Acquisition
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("wd-entrevista-JR-118204-99af@myworkday.com", 1, "Mercado Libre",
                    "Software Developer Jr (IT Boarding)",
                    "technical", "mariana.quiroga@mercadolibre.com.mx", "spanish-entrevista-tecnica-mexico-zone")],
    },
    {
        "kind": "llamada-es",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250917T160000Z
DTEND:20250917T163000Z
DTSTAMP:20250912T130500Z
ORGANIZER;CN=Valentina Sosa:mailto:valentina.sosa@globant.com
UID:5glb0charla0917@google.com
ATTENDEE;CN=Valentina Sosa;PARTSTAT=ACCEPTED:mailto:valentina.sosa@globant.com
ATTENDEE;CN=Ethan Caldwell;PARTSTAT=ACCEPTED:mailto:ethan.caldwell.dev@gmail.com
SUMMARY:Charla inicial Globant - Ethan Caldwell
DESCRIPTION:Hola Ethan\, como hablamos por LinkedIn\, agendamos una primera
  charla de 30 min para conocerte y contarte sobre la posición de Java Devel
 oper (Trainee/Jr) para nuestro estudio de Austin. Podemos hacerla en españo
 l o en inglés\, como prefieras.\n\nMeet: https://meet.google.com/vhc-ueza-k
 wm
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("5glb0charla0917@google.com", 1, "Globant", "Java Developer (Trainee/Jr)", "recruiter_screen",
                    "valentina.sosa@globant.com", "spanish-charla-inicial-recruiter")],
    },
    {
        "kind": "entretien-fr",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251105T170000
DTEND;TZID=Europe/Paris:20251105T180000
DTSTAMP:20251029T094500Z
ORGANIZER;CN=Camille Durand:mailto:camille.durand@algolia.com
UID:6alg0entretien1105@google.com
ATTENDEE;CN=Camille Durand;PARTSTAT=ACCEPTED:mailto:camille.durand@algolia.com
ATTENDEE;CN=Baptiste Morel;PARTSTAT=ACCEPTED:mailto:baptiste.morel@algolia.com
ATTENDEE;CN=Ethan Caldwell;PARTSTAT=NEEDS-ACTION:mailto:ethan.caldwell.dev@gmail.com
SUMMARY:Entretien technique - Ethan Caldwell (Software Engineer - Graduate)
DESCRIPTION:Bonjour Ethan\,\n\nComme convenu\, voici l'invitation pour votr
 e entretien technique avec Baptiste Morel (Engineering Manager\, Search Cor
 e). L'entretien se déroulera en anglais.\n\nHi Ethan - invite for your tech
 nical interview with Baptiste; it will be in English. Heads up: 17h Paris i
 s 10am in Austin.\n\nLien Google Meet : https://meet.google.com/wbo-fkyt-ra
 d\n\nCamille\, Talent Acquisition
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("6alg0entretien1105@google.com", 1, "Algolia", "Software Engineer - Graduate", "technical",
                    "baptiste.morel@algolia.com", "french-entretien-technique-paris-zone")],
    },
]
