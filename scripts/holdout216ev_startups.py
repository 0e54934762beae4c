"""holdout216: start-ups (Welcome to the Jungle, Ashby, founder on free mail, Flatchr, Workable, Personio)."""

from holdout216ev_tz import PARIS_GOOGLE

EVENTS = [
    (
        "wttj-invite",
        {
            "uid": "wttj-meeting-5c1f0a2e-aeromine-01@welcometothejungle.com",
            "i": 1,
            "company": "Aeromine",
            "role": "R&D Scientist - Aérogels (CDI)",
            "stage": "",
            "who": "sophie.lambert@aeromine.fr",
            "trap": "welcome-to-the-jungle-premier-echange-cofounder",
        },
        """BEGIN:VCALENDAR
PRODID:-//Welcome to the Jungle//ATS//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:wttj-meeting-5c1f0a2e-aeromine-01@welcometothejungle.com
DTSTAMP:20250115T091140Z
DTSTART:20250120T163000Z
DTEND:20250120T170000Z
SUMMARY:Aeromine - Premier échange avec Sophie Lambert
ORGANIZER;CN=Aeromine via Welcome to the Jungle:mailto:noreply@welcometothejungle.com
ATTENDEE;CN=Sophie Lambert;ROLE=REQ-PARTICIPANT:mailto:sophie.lambert@aeromine.fr
ATTENDEE;CN=Clément Rousseau;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:clement.rousseau.chimie@free.fr
LOCATION:Google Meet - https://meet.google.com/ghr-pzwx-ntd
DESCRIPTION:Bonjour Clément\\,\\n\\nSophie Lambert (co-fondatrice & CSO) vous a i
 nvité(e) à un rendez-vous concernant l'offre « R&D Scientist - Aérogels (CDI)
  » - Grenoble.\\n\\nLien de visio : https://meet.google.com/ghr-pzwx-ntd\\n\\nBonn
 e chance !\\nL'équipe Welcome to the Jungle
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "gmail-invite",
        {
            "uid": "9d3f5h7j1k3l5z7x9c1v3b5n7m@google.com",
            "i": 1,
            "company": "Aeromine",
            "role": "R&D Scientist - Aérogels (CDI)",
            "stage": "technical",
            "who": "sophie.lambert@aeromine.fr;maxime.girod@aeromine.fr",
            "trap": "startup-etude-de-cas-take-home-debrief",
        },
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250129T140000
DTEND;TZID=Europe/Paris:20250129T150000
DTSTAMP:20250122T181945Z
ORGANIZER;CN=Sophie Lambert:mailto:sophie.lambert@aeromine.fr
UID:9d3f5h7j1k3l5z7x9c1v3b5n7m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sophie Lambert;X-NUM-GUESTS=0:mailto:sophie.lambert@aeromine.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Maxime Girod;X-NUM-GUESTS=0:mailto:maxime.girod@aeromine.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=clement.rousseau.chimie@free.fr;X-NUM-GUESTS=0:mailto:clement.rouss
 eau.chimie@free.fr
CREATED:20250122T181943Z
DESCRIPTION:Hello Clément\\, comme convenu : tu nous présentes ta proposition
  sur le cas (séchage supercritique vs ambiant pour nos aérogels silice-cellul
 ose\\, cf. PDF envoyé)\\, 20 min max\\, puis on challenge ensemble avec Maxime (
 ingé procédés).<br><br>Rejoindre avec Google Meet : https://meet.google.com/
 ahz-ktmq-ecd
LAST-MODIFIED:20250122T181944Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aeromine - étude de cas Clément
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "gmail-invite",
        {
            "uid": "4k6m8o0q2s4u6w8y0a2c4e6g8i@google.com",
            "i": 1,
            "company": "Aeromine",
            "role": "R&D Scientist - Aérogels (CDI)",
            "stage": "final",
            "who": "sophie.lambert@aeromine.fr;arnaud.lambert@aeromine.fr;maxime.girod@aeromine.fr",
            "trap": "startup-journee-immersion-trial-day-all-day",
        },
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250207
DTEND;VALUE=DATE:20250208
DTSTAMP:20250131T103012Z
ORGANIZER;CN=Sophie Lambert:mailto:sophie.lambert@aeromine.fr
UID:4k6m8o0q2s4u6w8y0a2c4e6g8i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sophie Lambert;X-NUM-GUESTS=0:mailto:sophie.lambert@aeromine.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Arnaud Lambert;X-NUM-GUESTS=0:mailto:arnaud.lambert@aeromine.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Maxime Girod;X-NUM-GUESTS=0:mailto:maxime.girod@aeromine.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=clement.rousseau.chimie@free.fr;X-NUM-GUESTS=0:mailto:clement.rouss
 eau.chimie@free.fr
CREATED:20250131T103010Z
DESCRIPTION:Journée d'immersion chez Aeromine (dernière étape) :<br>- 9h30 ca
 fé + tour du labo<br>- matin : synthèse d'un gel avec Maxime (blouse + lunet
 tes fournies)<br>- 12h déj avec l'équipe<br>- 14h échange avec Arnaud (CEO)<
 br>- 15h30 débrief avec moi<br><br>Adresse : 5 rue des Arts et Métiers\\, Gre
 noble (Bâtiment Minatec Entreprises).
LAST-MODIFIED:20250131T103011Z
LOCATION:Aeromine\\, Minatec Entreprises\\, Grenoble
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Journée immersion Aeromine - Clément R.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "ashby-invite",
        {
            "uid": "ashby-interview-schedule-f3a8b2c1-polyvia",
            "i": 1,
            "company": "Polyvia",
            "role": "Senior Polymer Chemist",
            "stage": "technical",
            "who": "nora.klein@polyvia.io;adrien.costa@polyvia.io",
            "trap": "ashby-english-technical-paris-startup",
        },
        """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-schedule-f3a8b2c1-polyvia
DTSTAMP:20250317T080500Z
DTSTART:20250321T090000Z
DTEND:20250321T100000Z
SUMMARY:Polyvia | Technical Interview | Clément Rousseau
ORGANIZER;CN=Polyvia Hiring:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Clément Rousseau;RSVP=TRUE:mailto:clement.rousseau.chimie@free.fr
ATTENDEE;CN=Nora Klein:mailto:nora.klein@polyvia.io
ATTENDEE;CN=Adrien Costa:mailto:adrien.costa@polyvia.io
LOCATION:Zoom: https://us06web.zoom.us/j/81270458831?pwd=dGhZ
DESCRIPTION:Hi Clément\\,\\n\\nYou're confirmed for your Technical Interview for
  the Senior Polymer Chemist role.\\n\\nInterviewers:\\n- Nora Klein\\, Head of Ch
 emistry\\n- Adrien Costa\\, Senior Scientist\\n\\nWhat to expect: a whiteboard d
 iscussion on designing a recyclable vitrimer formulation\\; no slides needed.
 \\n\\nPowered by Ashby
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "gmail-invite",
        {
            "uid": "1b3d5f7h9j1l3n5p7r9t1v3x5z@google.com",
            "i": 1,
            "company": "Kemeo",
            "role": "Lead Chemist",
            "stage": "",
            "who": "julien.perrot.kemeo@gmail.com",
            "trap": "founder-on-gmail-entretien-lead-chemist",
        },
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250225T183000
DTEND;TZID=Europe/Paris:20250225T191500
DTSTAMP:20250220T221104Z
ORGANIZER;CN=Julien Perrot:mailto:julien.perrot.kemeo@gmail.com
UID:1b3d5f7h9j1l3n5p7r9t1v3x5z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Julien Perrot;X-NUM-GUESTS=0:mailto:julien.perrot.kemeo@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=clement.rousseau.chimie@free.fr;X-NUM-GUESTS=0:mailto:clement.rouss
 eau.chimie@free.fr
CREATED:20250220T221102Z
DESCRIPTION:Salut Clément\\, merci pour ta candidature au poste de Lead Chemis
 t chez Kemeo. On se cale un entretien en visio pour que je te présente le pr
 ojet (revêtements biosourcés\\, incubés à Lyon) et qu'on parle de ton parcours
  ? Je suis encore sur mon gmail perso\\, le domaine kemeo.fr arrive bientôt ;)
 <br><br>Julien<br><br>Rejoindre avec Google Meet : https://meet.google.com/k
 pe-vbrs-qya
LAST-MODIFIED:20250220T221103Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kemeo <> Clément - entretien
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "flatchr-invite",
        {
            "uid": "flatchr-evt-220418-lumicell",
            "i": 1,
            "company": "Lumicell",
            "role": "Ingénieur(e) R&D électrolytes",
            "stage": "hiring_manager",
            "who": "Bastien Royer",
            "trap": "french-ats-flatchr-rencontre-manager-floating-utc",
        },
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Flatchr//Agenda//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:flatchr-evt-220418-lumicell
DTSTAMP:20250404T140210Z
DTSTART:20250409T073000Z
DTEND:20250409T083000Z
SUMMARY:Rencontre avec Bastien Royer - Ingénieur(e) R&D électrolytes - Lumicell
ORGANIZER;CN=Lumicell:mailto:jobs@lumicell.flatchr.io
ATTENDEE;CN=Clément Rousseau;RSVP=TRUE:mailto:clement.rousseau.chimie@free.fr
LOCATION:Lumicell\\, 14 rue Marius Berliet\\, Lyon 8e
DESCRIPTION:Bonjour Clément\\,\\n\\nNous vous confirmons votre rendez-vous avec
  Bastien Royer\\, responsable R&D\\, pour le poste Ingénieur(e) R&D électrolyte
 s.\\nDurée estimée : 1 h.\\n\\nL'équipe Lumicell
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "workable-invite",
        {
            "uid": "workable-event-7e2f9c31d0@workable.com",
            "i": 1,
            "company": "Carbonext",
            "role": "Chimiste R&D - Capture du CO2 (MOF)",
            "stage": "recruiter_screen",
            "who": "lina.boukhris@carbonext.fr",
            "trap": "workable-phone-call-mof-startup",
        },
        """BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-7e2f9c31d0@workable.com
DTSTAMP:20250306T110000Z
DTSTART:20250311T153000Z
DTEND:20250311T160000Z
SUMMARY:Phone call: Chimiste R&D - Capture du CO2 (MOF) - Carbonext
ORGANIZER;CN=Lina Boukhris:mailto:lina.boukhris@carbonext.fr
ATTENDEE;CN=Clément Rousseau;RSVP=TRUE:mailto:clement.rousseau.chimie@free.fr
LOCATION:Phone call (+33 6 71 24 55 90)
DESCRIPTION:Bonjour Clément\\, je vous appellerai pour un premier échange d'e
 nviron 30 minutes sur le poste de Chimiste R&D (MOF). Lina\\, Office & Talent
  Manager\\, Carbonext (Paris 13e).\\n\\n--\\nScheduled via Workable
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "personio-invite",
        {
            "uid": "personio-interview-1188203-hylon@personio.de",
            "i": 1,
            "company": "Hylon Energy",
            "role": "Senior Materials Scientist (m/w/d) - Elektrolyse",
            "stage": "",
            "who": "jana.hoffmann@hylon-energy.de;felix.kraemer@hylon-energy.de",
            "trap": "german-personio-interview-berlin-tz",
        },
        """BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:personio-interview-1188203-hylon@personio.de
DTSTAMP:20250407T063000Z
DTSTART;TZID=Europe/Berlin:20250414T110000
DTEND;TZID=Europe/Berlin:20250414T120000
SUMMARY:Interview: Senior Materials Scientist (m/w/d) - Elektrolyse | Clément Rousseau
ORGANIZER;CN=Hylon Energy GmbH:mailto:noreply@hylon-energy.jobs.personio.de
ATTENDEE;CN=Clément Rousseau;RSVP=TRUE:mailto:clement.rousseau.chimie@free.fr
ATTENDEE;CN=Jana Hoffmann:mailto:jana.hoffmann@hylon-energy.de
ATTENDEE;CN=Felix Krämer:mailto:felix.kraemer@hylon-energy.de
LOCATION:Microsoft Teams
DESCRIPTION:Hallo Clément\\,\\n\\nvielen Dank für deine Bewerbung bei Hylon Ener
 gy in Freiburg. Hiermit bestätigen wir dein Interview mit Jana Hoffmann (Tea
 m Lead Materials) und Felix Krämer (CTO). Das Gespräch findet auf Englisch st
 att.\\n\\nTeams-Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Mm
 Q4\\n\\nViele Grüße\\nDein Hylon People Team
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
