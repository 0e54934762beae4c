"""holdout151 events, part f: consultancies, a start-up, a county council, Paris and Dubai (written blind)."""

from holdout151ev_tz import DUBAI, GMT_STANDARD, LONDON, PARIS, E

EVENTS = [
    E(
        "google-invite",
        "6kd2p9s4m1b7xq0vh3n8cr5tw@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261013T150000Z
DTEND:20261013T160000Z
DTSTAMP:20261007T110215Z
ORGANIZER;CN=Lars Nygaard:mailto:lany@ramboll.co.uk
UID:6kd2p9s4m1b7xq0vh3n8cr5tw@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lars Nygaard;X-NUM-GUESTS=0:mailto:lany@ramboll.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Kirsty Abbott;X-NUM-GUESTS=0:mailto:kiab@ramboll.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sam.mensah.ce@btinternet.com;X-NUM-GUESTS=0:mailto:sam.mensah.ce@b
 tinternet.com
DESCRIPTION:Interview for Technical Director - Bridges & Highways\, Ramboll
  UK. Lars Nygaard (Director\, Transport) and Kirsty Abbott (People Partne
 r).\n\nJoin with Google Meet: https://meet.google.com/abt-rwkq-mzd\nJoin b
 y phone: (GB) +44 20 3873 7654 PIN: 229 018 774#\n\nLearn more about Meet
  at: https://support.google.com/a/users/answer/9282720
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ramboll UK | Samuel Mensah | Technical Director - Bridges & Highwa
 ys
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Ramboll",
        role="Technical Director - Bridges & Highways",
        stage="",
        who="lany@ramboll.co.uk;kiab@ramboll.co.uk",
        trap="google-meet-initials-addresses",
    ),
    E(
        "conversation-arup",
        "040000008200E00074C5B7101A82E00800000000B7C8D9E0F16BDC01000000000000000010000000ABBA0000ABBA1111ABBA2222ABBA3333",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN=Hugo Chambers:mailto:hugo.chambers@arup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sam.mensah
 .ce@btinternet.com:mailto:sam.mensah.ce@btinternet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Meera Pillai:m
 ailto:meera.pillai@arup.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=8FS-Level 5-Roo
 m 5B (6):mailto:8fs-l5-5b@arup.com
DESCRIPTION;LANGUAGE=en-GB:Samuel\, thanks for your application for Associ
 ate Director - Highways Project Management. Meera and I will be your pane
 l. Come to 8 Fitzroy Street\, ask for me at reception.\n\nHugo\n
UID:040000008200E00074C5B7101A82E00800000000B7C8D9E0F16BDC010000000000000000
 10000000ABBA0000ABBA1111ABBA2222ABBA3333
SUMMARY;LANGUAGE=en-GB:Arup | Samuel Mensah | Associate Director Highways
  PM
DTSTART;TZID=GMT Standard Time:20261105T100000
DTEND;TZID=GMT Standard Time:20261105T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261026T152233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:8FS-Level 5-Room 5B (6)
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Arup",
        role="Associate Director - Highways Project Management",
        stage="onsite",
        who="hugo.chambers@arup.com;meera.pillai@arup.com",
        trap="outlook-panel-room-resource-as-location",
    ),
    E(
        "modernloop-goto",
        "modernloop-evt-9b3d1f7a2c@modernloop.io",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//Interview Scheduling//EN
METHOD:REQUEST
"""
        + LONDON
        + r"""
BEGIN:VEVENT
UID:modernloop-evt-9b3d1f7a2c@modernloop.io
DTSTAMP:20261030T120000Z
DTSTART;TZID=Europe/London:20261106T103000
DTEND;TZID=Europe/London:20261106T113000
SUMMARY:Turner & Townsend - Panel Interview - Programme Manager (Client-sid
 e\, Highways)
LOCATION:GoTo Meeting
DESCRIPTION:Panel: Rhiannon Jones (Director\, Infrastructure)\; Kwame Asan
 te (Associate Director)\n\nPlease join my meeting from your computer\, tab
 let or smartphone.\nhttps://meet.goto.com/518224907\n\nYou can also dial i
 n using your phone.\nAccess Code: 518-224-907\nUnited Kingdom: +44 20 3713
  5011\n\nScheduled by Freya Lamb (Recruitment Coordinator) via ModernLoop
ORGANIZER;CN=Freya Lamb:mailto:freya.lamb@turntown.com
ATTENDEE;CN=Samuel Mensah;RSVP=TRUE:mailto:sam.mensah.ce@btinternet.com
ATTENDEE;CN=Rhiannon Jones:mailto:rhiannon.jones@turntown.com
ATTENDEE;CN=Kwame Asante:mailto:kwame.asante@turntown.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Turner & Townsend",
        role="Programme Manager (Client-side, Highways)",
        stage="",
        who="rhiannon.jones@turntown.com;kwame.asante@turntown.com",
        trap="modernloop-goto-coordinator-not-interviewer",
    ),
    E(
        "calendly-intro",
        "0e7a9c52-4b31-4f8d-a6e0-13c5d7f92b48",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:0e7a9c52-4b31-4f8d-a6e0-13c5d7f92b48
DTSTAMP:20260925T140010Z
DTSTART:20261001T113000Z
DTEND:20261001T115000Z
SUMMARY:Samuel Mensah and Aisling Murray
LOCATION:Microsoft Teams
DESCRIPTION:Event Name: Mace - Introductory call (20 mins)\n\nLocation: Mi
 crosoft Teams - details to follow\n\nQuestions:\nWhich role are you consid
 ering?: Programme Director - Transport & Infrastructure\nNotice period: 3
  months\n\nNeed to make changes to this event?\nCancel: https://calendly.c
 om/cancellations/0e7a9c52-4b31-4f8d-a6e0-13c5d7f92b48\nReschedule: https:
 //calendly.com/reschedulings/0e7a9c52-4b31-4f8d-a6e0-13c5d7f92b48\n\nPowe
 red by Calendly.com
ORGANIZER;CN=Aisling Murray:mailto:aisling.murray@macegroup.com
ATTENDEE;CN=Samuel Mensah;RSVP=TRUE:mailto:sam.mensah.ce@btinternet.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Mace",
        role="Programme Director - Transport & Infrastructure",
        stage="recruiter_screen",
        who="aisling.murray@macegroup.com",
        trap="calendly-summary-only-names-employer-in-event-name",
    ),
    E(
        "calcom-founder",
        "calcom-3jU8vKq2rT5xW9yZ1aB4cD",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cal.com Inc.//Cal.com Event//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-3jU8vKq2rT5xW9yZ1aB4cD
DTSTAMP:20261019T213045Z
DTSTART:20261022T170000Z
DTEND:20261022T174500Z
SUMMARY:Head of Delivery chat between Priyanka Desai and Samuel Mensah
LOCATION:https://app.cal.com/video/3jU8vKq2rT5xW9yZ1aB4cD
DESCRIPTION:What: Head of Delivery chat\nInvitee time zone: Europe/London\n
 Who:\nPriyanka Desai - Organizer\npriyanka@kerbside.ai\nSamuel Mensah\nsa
 m.mensah.ce@btinternet.com\n\nAdditional notes: Kerbside is 14 people\, w
 e sell AI road-condition surveys to councils. We need someone who has run
  highways delivery to own rollout with our first 6 authorities. Keen to hea
 r how you'd do it.\n\nNeed to reschedule or cancel? https://app.cal.com/bo
 oking/3jU8vKq2rT5xW9yZ1aB4cD
ORGANIZER;CN=Priyanka Desai:mailto:priyanka@kerbside.ai
ATTENDEE;CN=Samuel Mensah;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:sam.mensah.ce@
 btinternet.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Kerbside Analytics",
        role="Head of Delivery",
        stage="hiring_manager",
        who="priyanka@kerbside.ai",
        trap="calcom-startup-founder-chat",
    ),
    E(
        "agency-council",
        "3pc7x1m9k4v0t6bq2hn8rd5sw@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261027T090000Z
DTEND:20261027T093000Z
DTSTAMP:20261023T154400Z
ORGANIZER;CN=Dan Fletcher:mailto:dan.fletcher@carringtonwest.com
UID:3pc7x1m9k4v0t6bq2hn8rd5sw@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sam.mensah.ce@btinternet.com;X-NUM-GUESTS=0:mailto:sam.mensah.ce@b
 tinternet.com
DESCRIPTION:Surrey CC perm role - Highways Programme Manager (Major Scheme
 s)\, £68-74k + LGPS. Quick screening before I send your CV to the hiring
  manager. Will call your mobile.\n\nDan - Carrington West
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Samuel Mensah - call - Carrington West
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Surrey County Council",
        role="Highways Programme Manager (Major Schemes)",
        stage="recruiter_screen",
        who="dan.fletcher@carringtonwest.com",
        trap="highways-agency-screening-client-abbreviated-in-body",
    ),
    E(
        "council-panel",
        "jobtrain-SCC-HPM-0417-iv-7712@surreycc.jobtrain.co.uk",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Jobtrain//Jobtrain Recruitment//EN
METHOD:PUBLISH
"""
        + LONDON
        + r"""
BEGIN:VEVENT
UID:jobtrain-SCC-HPM-0417-iv-7712@surreycc.jobtrain.co.uk
DTSTAMP:20261106T101000Z
DTSTART;TZID=Europe/London:20261118T140000
DTEND;TZID=Europe/London:20261118T150000
SUMMARY:Interview: Highways Programme Manager (Major Schemes) - Surrey Cou
 nty Council
LOCATION:Woodhatch Place\, 11 Cockshot Hill\, Reigate RH2 8EF
DESCRIPTION:Dear Samuel\,\n\nThank you for your application. We are pleas
 ed to invite you to a panel interview. The panel will be Lucy Hammond (As
 sistant Director\, Highways) and Tariq Javed (Major Schemes Lead). Please
  prepare a 10 minute presentation on delivering the A320 HIF scheme.\n\nSu
 rrey County Council Recruitment
ORGANIZER;CN=Surrey County Council:mailto:donotreply@jobtrain.co.uk
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Surrey County Council",
        role="Highways Programme Manager (Major Schemes)",
        stage="onsite",
        who="Lucy Hammond;Tariq Javed",
        trap="county-council-panel-jobtrain-publish",
    ),
    E(
        "entretien-visio",
        "8v2n5c1q9h3k7mx0pb4sd6tr1z@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS
        + r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261126T093000
DTEND;TZID=Europe/Paris:20261126T103000
DTSTAMP:20261118T084512Z
ORGANIZER;CN=Camille Bernard:mailto:camille.bernard@egis-group.com
UID:8v2n5c1q9h3k7mx0pb4sd6tr1z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Camille Bernard;X-NUM-GUESTS=0:mailto:camille.bernard@egis-group.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sam.mensah.ce@btinternet.com;X-NUM-GUESTS=0:mailto:sam.mensah.ce@b
 tinternet.com
DESCRIPTION:Bonjour Samuel\,\n\nComme convenu\, voici l'invitation pour no
 tre entretien en visio concernant le poste de Directeur de Programme Infr
 astructures Routières (H/F). Je serai accompagnée de Thomas Garnier\, Dir
 ecteur des opérations Routes.\n\nRejoindre avec Google Meet : https://mee
 t.google.com/vex-qpjn-kra\n\nBien à vous\,\nCamille Bernard\nResponsable
  Talent Acquisition\, Egis
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien visio - S. Mensah / Egis
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Egis",
        role="Directeur de Programme Infrastructures Routières (H/F)",
        stage="",
        who="camille.bernard@egis-group.com;Thomas Garnier",
        trap="french-google-entretien-visio-second-interviewer-in-body",
    ),
    E(
        "interview-uae",
        "TALEO-INT-NKH-2604417-1@nakheel.taleo.net",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Oracle//Taleo Enterprise//EN
METHOD:REQUEST
"""
        + DUBAI
        + r"""
BEGIN:VEVENT
UID:TALEO-INT-NKH-2604417-1@nakheel.taleo.net
DTSTAMP:20261110T063000Z
DTSTART;TZID=Asia/Dubai:20261117T110000
DTEND;TZID=Asia/Dubai:20261117T120000
SUMMARY:Interview Invitation - Director\, Infrastructure Delivery - Nakhee
 l
LOCATION:Zoom - https://nakheel.zoom.us/j/97315520846
DESCRIPTION:Dear Samuel Mensah\,\n\nWe are pleased to invite you for an in
 terview for the position of Director\, Infrastructure Delivery (Requisiti
 on 2604417). The interview will be held via Zoom at 11:00 AM UAE time (07
 :00 UK time).\n\nInterview panel:\nEng. Omar Bin Hamad\, Executive Directo
 r - Projects\nSarah Jennings\, Senior Manager - Talent Acquisition\n\nKind
  regards\,\nNakheel Talent Acquisition
ORGANIZER;CN=Nakheel Careers:mailto:careers-noreply@nakheel.com
ATTENDEE;CN=Samuel Mensah;RSVP=TRUE:mailto:sam.mensah.ce@btinternet.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Nakheel",
        role="Director, Infrastructure Delivery",
        stage="",
        who="Omar Bin Hamad;Sarah Jennings",
        trap="taleo-dubai-zone-panel-in-body",
    ),
]
