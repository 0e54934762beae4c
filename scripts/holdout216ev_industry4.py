"""holdout216: industry (Symbio, Verkor, Tiamat, TotalEnergies, EssilorLuxottica, Safran, Lonza) -- raw iCalendar."""

from holdout216ev_tz import PARIS_GOOGLE, ROMANCE, ZURICH

EVENTS = [
    (
        "teamtailor-invite",
        {
            "uid": "teamtailor-meeting-9917342@teamtailor.com",
            "i": 1,
            "company": "Symbio",
            "role": "Ingénieur Matériaux Pile à Combustible - Membranes (H/F)",
            "stage": "recruiter_screen",
            "who": "manon.delorme@symbio.one",
            "trap": "teamtailor-visio-premier-echange-rh",
        },
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-meeting-9917342@teamtailor.com
DTSTAMP:20250108T134455Z
DTSTART:20250114T100000Z
DTEND:20250114T103000Z
SUMMARY:Symbio x Clément Rousseau - Premier échange
ORGANIZER;CN=Manon Delorme:mailto:manon.delorme@symbio.one
ATTENDEE;CN=Clément Rousseau;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:clement.rousseau.chimie@free.fr
ATTENDEE;CN=Manon Delorme;PARTSTAT=ACCEPTED:mailto:manon.delorme@symbio.one
LOCATION:Google Meet
DESCRIPTION:Bonjour Clément\\,\\n\\nMerci d'avoir réservé un créneau pour un pr
 emier échange au sujet du poste Ingénieur Matériaux Pile à Combustible - Mem
 branes (H/F) basé à Vénissieux.\\n\\nLien : https://meet.google.com/xbd-rqtn-w
 oa\\n\\nÀ très vite\\,\\nManon - Talent Acquisition Symbio
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "greenhouse-invite",
        {
            "uid": "gh-interview-44811093-verkor@greenhouse.io",
            "i": 1,
            "company": "Verkor",
            "role": "Senior Cell Materials Engineer - Cathode",
            "stage": "hiring_manager",
            "who": "thibault.leroy@verkor.com",
            "trap": "greenhouse-english-hiring-manager-french-startup",
        },
        """BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
UID:gh-interview-44811093-verkor@greenhouse.io
DTSTAMP:20250212T092218Z
DTSTART;TZID=Europe/Paris:20250218T113000
DTEND;TZID=Europe/Paris:20250218T121500
SUMMARY:Interview with Verkor - Hiring Manager
ORGANIZER;CN=Verkor Recruiting:mailto:no-reply@greenhouse.io
ATTENDEE;CN=Clement Rousseau;RSVP=TRUE:mailto:clement.rousseau.chimie@free.fr
ATTENDEE;CN=Thibault Leroy:mailto:thibault.leroy@verkor.com
LOCATION:Google Meet: https://meet.google.com/ogm-ufzk-vqa
DESCRIPTION:Hi Clement\\,\\n\\nYour interview for Senior Cell Materials Engineer
  - Cathode is confirmed.\\n\\nInterviewer: Thibault Leroy\\, Head of Cathode Mat
 erials\\nDuration: 45 minutes\\n\\nIf you need to reschedule\\, reply to this e-m
 ail.\\n\\nThe Verkor Talent Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "modernloop-invite",
        {
            "uid": "ml-evt-3b81c0d4e5f6-verkor-panel",
            "i": 1,
            "company": "Verkor",
            "role": "Senior Cell Materials Engineer - Cathode",
            "stage": "onsite",
            "who": "thibault.leroy@verkor.com;camille.faure@verkor.com;ravi.menon@verkor.com",
            "trap": "modernloop-onsite-panel-grenoble",
        },
        """BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
UID:ml-evt-3b81c0d4e5f6-verkor-panel
DTSTAMP:20250227T160044Z
DTSTART;TZID=Europe/Paris:20250310T093000
DTEND;TZID=Europe/Paris:20250310T130000
SUMMARY:Onsite loop - Clement Rousseau (Senior Cell Materials Engineer)
ORGANIZER;CN=Verkor Recruiting Coordination:mailto:recruiting@verkor.com
ATTENDEE;CN=Clement Rousseau;RSVP=TRUE:mailto:clement.rousseau.chimie@free.fr
ATTENDEE;CN=Thibault Leroy:mailto:thibault.leroy@verkor.com
ATTENDEE;CN=Camille Faure:mailto:camille.faure@verkor.com
ATTENDEE;CN=Ravi Menon:mailto:ravi.menon@verkor.com
ATTENDEE;CUTYPE=ROOM;CN=Innovation Center - Salle Lithium:mailto:room-lithium@verkor.com
LOCATION:Verkor Innovation Center\\, 2 avenue de Vignate\\, Grenoble
DESCRIPTION:Agenda\\n09:30 Case study presentation (cathode coating issue sent
  last week) - Thibault Leroy\\n10:30 Cell design & scale-up - Camille Faure\\n11
 :30 Values & collaboration - Ravi Menon (VP Engineering)\\n12:15 Lab tour\\n\\nS
 ite access: safety shoes provided.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "calcom-booking",
        {
            "uid": "calcom-8cD2kq0LmN3p@cal.com",
            "i": 1,
            "company": "Tiamat",
            "role": "Chimiste Matériaux Sodium-ion",
            "stage": "",
            "who": "h.benali@tiamat-energy.com",
            "trap": "cal-com-cto-call-no-stage",
        },
        """BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-8cD2kq0LmN3p@cal.com
DTSTAMP:20250305T194011Z
DTSTART:20250312T160000Z
DTEND:20250312T164500Z
SUMMARY:Entretien Chimiste Matériaux Sodium-ion between Hakim Benali and Clément Rousseau
ORGANIZER;CN=Hakim Benali:mailto:h.benali@tiamat-energy.com
ATTENDEE;CN=Clément Rousseau;ROLE=REQ-PARTICIPANT;RSVP=TRUE;PARTSTAT=ACCEPTED:mailto:clement.rousseau.chimie@f
 ree.fr
LOCATION:https://app.cal.com/video/8cD2kq0LmN3p
DESCRIPTION:What: Entretien Chimiste Matériaux Sodium-ion\\nWho:\\nHakim Benali
  - Organizer (CTO\\, Tiamat)\\nClément Rousseau\\nWhere: Cal Video\\nAdditional n
 otes: Postdoc Lyon\\, dispo à partir de septembre\\n\\nNeed to reschedule or can
 cel? https://app.cal.com/booking/8cD2kq0LmN3p
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "gmail-invite",
        {
            "uid": "2r6t8y0u4i1o3p5a7s9d1f3g5h@google.com",
            "i": 1,
            "company": "TotalEnergies",
            "role": "Ingénieur de Recherche Matériaux Polymères - OneTech (CRES Solaize)",
            "stage": "",
            "who": "pauline.moreau@totalenergies.com;yannick.dubreuil@totalenergies.com",
            "trap": "goto-meeting-dial-in-two-interviewers",
        },
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250403T090000
DTEND;TZID=Europe/Paris:20250403T100000
DTSTAMP:20250327T114506Z
ORGANIZER;CN=Pauline Moreau:mailto:pauline.moreau@totalenergies.com
UID:2r6t8y0u4i1o3p5a7s9d1f3g5h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Pauline Moreau;X-NUM-GUESTS=0:mailto:pauline.moreau@totalenergies.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Yannick Dubreuil;X-NUM-GUESTS=0:mailto:yannick.dubreuil@totalenergies.c
 om
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=clement.rousseau.chimie@free.fr;X-NUM-GUESTS=0:mailto:clement.rouss
 eau.chimie@free.fr
CREATED:20250327T114504Z
DESCRIPTION:Entretien avec Yannick Dubreuil (manager R&D Polymères) et moi-m
 ême pour le poste d'ingénieur de recherche au CRES.<br><br>Rejoindre la réun
 ion GoTo Meeting : https://meet.goto.com/518226709<br>Accès par téléphone :
  France : +33 170 950 594 - Code d'accès : 518-226-709<br><br>Pauline Moreau
 \\, Talent Acquisition OneTech
LAST-MODIFIED:20250327T114505Z
LOCATION:GoTo Meeting
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:TotalEnergies OneTech - entretien C. Rousseau
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zimbra-entry",
        {
            "uid": "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b",
            "i": 1,
            "company": "EssilorLuxottica",
            "role": "",
            "stage": "hiring_manager",
            "who": "",
            "trap": "typed-on-work-calendar-private-entretien-manager",
        },
        """BEGIN:VCALENDAR
X-WR-CALNAME:Calendar
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
"""
        + ROMANCE
        + """BEGIN:VEVENT
UID:f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b
SUMMARY:perso - visio Essilor (manager R&D coatings)
DTSTART;TZID="Romance Standard Time":20250227T121500
DTEND;TZID="Romance Standard Time":20250227T130000
STATUS:CONFIRMED
CLASS:PRIVATE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
TRANSP:OPAQUE
LAST-MODIFIED:20250219T170144Z
DTSTAMP:20250219T170144Z
SEQUENCE:0
DESCRIPTION:2e entretien après RH. Teams\\, lien dans mail perso. Bloquer pause
  déj\\, salle 112 libre ?
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "android-entry",
        {
            "uid": "c8e3a1b6f2d94e07@com.google.android.calendar",
            "i": 1,
            "company": "Safran",
            "role": "",
            "stage": "recruiter_screen",
            "who": "",
            "trap": "typed-floating-tel-rh-abbrev",
            "eol": "lf",
        },
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Android Calendar//FR
BEGIN:VEVENT
UID:c8e3a1b6f2d94e07@com.google.android.calendar
DTSTAMP:20250109T171422Z
DTSTART:20250113T123000
DTEND:20250113T130000
SUMMARY:tel RH Safran Tech (poste ingé matériaux & procédés, Saclay)
DESCRIPTION:elle rappelle sur portable. pretentions ~45-48k ?
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "icims-invite",
        {
            "uid": "icims-lonza-int-R56620-1@icims.com",
            "i": 1,
            "company": "Lonza",
            "role": "Scientist, Particle Engineering (Basel)",
            "stage": "",
            "who": "rachel.thompson@lonza.com;beat.fluckiger@lonza.com",
            "trap": "english-video-interview-basel-zurich-tz",
        },
        """BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
"""
        + ZURICH
        + """BEGIN:VEVENT
UID:icims-lonza-int-R56620-1@icims.com
DTSTAMP:20250414T120500Z
DTSTART;TZID=Europe/Zurich:20250422T150000
DTEND;TZID=Europe/Zurich:20250422T160000
SUMMARY:Video Interview - Scientist\\, Particle Engineering (R56620)
ORGANIZER;CN=Lonza Talent Acquisition:mailto:careers-noreply@icims.com
ATTENDEE;CN=Clement Rousseau;RSVP=TRUE:mailto:clement.rousseau.chimie@free.fr
ATTENDEE;CN=Rachel Thompson:mailto:rachel.thompson@lonza.com
ATTENDEE;CN=Beat Flückiger:mailto:beat.fluckiger@lonza.com
LOCATION:Microsoft Teams
DESCRIPTION:Dear Clement\\,\\n\\nWe are pleased to invite you to a video interv
 iew for the role Scientist\\, Particle Engineering at our Basel site.\\nYou wil
 l meet Rachel Thompson (Associate Director\\, Drug Product Services) and Beat
  Flückiger (Principal Scientist).\\n\\nJoin: https://teams.microsoft.com/l/meet
 up-join/19%3ameeting_NzIx\\nMeeting ID: 366 092 118 201 Passcode: Lz3Wq8\\n\\nKi
 nd regards\\,\\nLonza Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
