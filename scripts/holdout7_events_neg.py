"""holdout7: near-misses that are not the user's own interview (mock, classes, press, personal, chats, fairs...)."""

from __future__ import annotations

from holdout7_boiler import meet, teams, webex, zoom
from holdout7_ics import ME_GMAIL as G
from holdout7_ics import ME_WORK as W
from holdout7_ics import Entry, att, cal, neg, org, uid, vevent, when

N: list[Entry] = []


def _add(kind: str, lang: str, text: str, u: str, trap: str) -> None:
    N.append((kind, lang, text, {u: neg(trap)}))


# mock and practice interviews
u = uid("h7-mock-peer")
_add(
    "mock",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Mock interview (system design) - Alex practising with me",
            when("20260306T1800", "20260306T1900", "Europe/Berlin"),
            organizer=org("alex.kim.codes@gmail.com", "Alex Kim"),
            attendees=(
                att("alex.kim.codes@gmail.com", "Alex Kim", partstat="ACCEPTED", google=True),
                att(G, "Jordan Lee", google=True),
            ),
            desc="Practice round before my real loops next week - you play the interviewer for 30 min, then we "
            "swap.\n\n" + meet("mck-sysd-akm"),
        ),
        tzs=("Europe/Berlin",),
    ),
    u,
    "mock interview",
)

u = uid("h7-mock-platform", "interviewing.io")
_add(
    "mock",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Practice interview: Senior Backend (anonymous, interviewing.io)",
            when("20260308T1700", "20260308T1800", "Z"),
            organizer=org("sessions@interviewing.io", "interviewing.io"),
            attendees=(att(G, "Jordan Lee", google=True),),
            desc="Your anonymous practice interview with a senior engineer from a top company. This is a mock: no "
            "hiring "
            "decision will be made. Join: https://interviewing.io/practice/room/7f1c",
        ),
        method="REQUEST",
    ),
    u,
    "mock interview",
)

u = uid("h7-mock-de")
_add(
    "mock",
    "de",
    cal(
        "google",
        vevent(
            u,
            "Probeinterview mit Mentorin (Karriere-Coaching)",
            when("20260311T1900", "20260311T2000", "Europe/Berlin"),
            organizer=org("birgit.sommer@karrierewerk-coaching.de", "Birgit Sommer"),
            attendees=(att(G, "Jordan Lee", google=True),),
            desc="Wir simulieren ein Vorstellungsgespräch für eine Senior-Position, danach Feedback zu Körpersprache "
            "und "
            "Gehaltsverhandlung.\n\n" + zoom("Birgit Sommer", "843 7720 1185", "de"),
        ),
        tzs=("Europe/Berlin",),
    ),
    u,
    "mock interview",
)

# classes, webinars, workshops about interviewing
u = uid("h7-webinar-behav", "zoom")
_add(
    "webinar",
    "en",
    cal(
        "zoom",
        vevent(
            u,
            "Webinar: Nailing the Behavioral Interview (STAR method)",
            when("20260305T1700", "20260305T1800", "America/New_York"),
            organizer=org("no-reply@zoom.us", "CareerLift Webinars"),
            attendees=(att(G, "Jordan Lee"),),
            desc="Thank you for registering for Nailing the Behavioral Interview. Please submit any questions to: "
            "events@careerlift.co\n\nJoin from a PC, Mac, iPad, iPhone or Android device: "
            "https://careerlift.zoom.us/w/9901",
        ),
        tzs=("America/New_York",),
    ),
    u,
    "webinar",
)

u = uid("h7-atelier-fr")
_add(
    "workshop",
    "fr",
    cal(
        "google",
        vevent(
            u,
            "Atelier : réussir ses entretiens d'embauche (APEC)",
            when("20260317T0930", "20260317T1200", "Europe/Paris"),
            desc="Atelier collectif en ligne : préparer ses réponses, questions pièges, négociation. Inscrit via "
            "l'espace cadre.",
            loc="En ligne",
            stamp="20260302T110000Z",
        ),
        method=None,
        tzs=("Europe/Paris",),
    ),
    u,
    "class about interviewing",
)

u = uid("h7-taller-es")
_add(
    "workshop",
    "es",
    cal(
        "google",
        vevent(
            u,
            "Taller: cómo preparar una entrevista técnica",
            when("20260325T1830", "20260325T2000", "Europe/Madrid"),
            organizer=org("eventos@comunidad-devs.es", "Comunidad Devs Madrid"),
            attendees=(att(G, "Jordan Lee", google=True),),
            desc="Taller práctico para desarrolladores: algoritmos, system design y cómo hablar de tus proyectos. "
            "Plazas limitadas.",
            loc="Impact Hub Madrid, Calle de Alameda 22",
        ),
        tzs=("Europe/Madrid",),
    ),
    u,
    "class about interviewing",
)

# research, press and podcast "interviews"
u = uid("h7-ux-research")
_add(
    "user-research",
    "en",
    cal(
        "google",
        vevent(
            u,
            "User interview: checkout flow research (participant 6)",
            when("20260312T1500", "20260312T1545", "Europe/Berlin"),
            organizer=org("nina.brandt@northwind-labs.com", "Nina Brandt"),
            attendees=(
                att(W, "Jordan Lee", google=True),
                att("research.participant06@gmail.com", "Participant 6", google=True),
            ),
            desc="Jordan takes notes, Nina moderates. Consent form signed. Script: "
            "https://docs.google.com/document/d/1uxr\n\n" + meet("nwl-uxr-p06"),
        ),
        tzs=("Europe/Berlin",),
    ),
    u,
    "user research",
)

u = uid("h7-podcast", "riverside")
_add(
    "podcast",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Interview for the 'Pipelines & Pints' podcast (ep. 48)",
            when("20260319T1800", "20260319T1900", "Europe/London"),
            organizer=org("host@pipelinesandpints.fm", "Maeve O'Connor"),
            attendees=(att(G, "Jordan Lee", google=True),),
            desc="Recording on Riverside: https://riverside.fm/studio/pipelines-pints. We'll chat about your talk on "
            "streaming at PyCon and your open-source work. ~45 min recorded.",
        ),
        tzs=("Europe/London",),
    ),
    u,
    "podcast interview",
)

u = uid("h7-presse-de")
_add(
    "press",
    "de",
    cal(
        "apple",
        vevent(
            u,
            "Interview Tagesspiegel Background (Thema KI-Regulierung)",
            when("20260402T1200", "20260402T1230", "Europe/Berlin"),
            desc="Journalistin ruft an, Zitatfreigabe vereinbart. Mit Pressestelle abgestimmt.",
            stamp="20260330T090000Z",
        ),
        method=None,
        tzs=("Europe/Berlin",),
    ),
    u,
    "press interview",
)

# personal appointments
u = uid("h7-dentist-de", "apple")
_add(
    "personal",
    "de",
    cal(
        "ios",
        vevent(
            u,
            "Zahnarzt Dr. Keller",
            when("20260310T0800", "20260310T0845", "Europe/Berlin"),
            loc="Kastanienallee 12, 10435 Berlin",
            alarm=True,
        ),
        method=None,
        tzs=("Europe/Berlin",),
    ),
    u,
    "personal",
)

u = uid("h7-guarderia-es")
_add(
    "personal",
    "es",
    cal(
        "google",
        vevent(
            u,
            "Entrevista en la guardería (plaza para Leo)",
            when("20260320T0915", "20260320T1000", "Europe/Madrid"),
            desc="Llevar libro de familia y cartilla de vacunación. Entrevista con la directora.",
            loc="Escuela Infantil El Olivo, Calle Pez 8, Madrid",
            stamp="20260312T210000Z",
        ),
        method=None,
        xwr="Europe/Madrid",
        calname="Familia",
    ),
    u,
    "personal (daycare interview)",
)

u = uid("h7-citizenship")
_add(
    "personal",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Naturalisation interview - Landesamt (bring documents)",
            when("20260415", "20260416", "DATE"),
            desc="Appointment 10:40, Room 2.104. Passport, residence permit, B1 certificate.",
            stamp="20260320T100000Z",
        ),
        method=None,
        calname="Jordan (personal)",
    ),
    u,
    "personal (authority interview)",
)

u = uid("h7-flat-viewing", "apple")
_add(
    "personal",
    "fr",
    cal(
        "ios",
        vevent(
            u,
            "Visite appartement rue Oberkampf",
            when("20260328T1100", "20260328T1130", "Europe/Paris"),
            desc="Agence: M. Dubois 06 55 55 12 34. Dossier complet à apporter.",
            loc="112 rue Oberkampf, 75011 Paris",
        ),
        method=None,
        tzs=("Europe/Paris",),
    ),
    u,
    "personal",
)

# internal meetings at Northwind Labs
u = uid("h7-nw-1on1")
_add(
    "internal",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Jordan / Priya 1:1",
            when("20260309T1000", "20260309T1030", "Europe/Berlin"),
            organizer=org("priya.shah@northwind-labs.com", "Priya Shah"),
            attendees=(
                att("priya.shah@northwind-labs.com", "Priya Shah", partstat="ACCEPTED", google=True),
                att(W, "Jordan Lee", google=True),
            ),
            desc="Weekly. Agenda in the doc.",
            extra=("RRULE:FREQ=WEEKLY;BYDAY=MO",),
        ),
        tzs=("Europe/Berlin",),
    ),
    u,
    "internal meeting",
)

u = uid("h7-nw-perf", "outlook")
_add(
    "internal",
    "en",
    cal(
        "exchange",
        vevent(
            u,
            "Mid-year performance review - Jordan Lee",
            when("20260324T1400", "20260324T1500", "W. Europe Standard Time"),
            organizer=org("priya.shah@northwind-labs.com", "Shah, Priya"),
            attendees=(att(W, "Lee, Jordan"),),
            desc="Self-assessment due the day before. We'll discuss goals for H2 and your growth plan.\n\n"
            + teams("311 009 662 781"),
        ),
        tzs=("W. Europe Standard Time",),
        outlook_tz=True,
    ),
    u,
    "internal meeting",
)

u = uid("h7-nw-planning")
_add(
    "internal",
    "de",
    cal(
        "google",
        vevent(
            u,
            "Sprint-Planung Plattform-Team",
            when("20260330T0930", "20260330T1100", "Europe/Berlin"),
            organizer=org("katja.meyer@northwind-labs.com", "Katja Meyer"),
            attendees=(
                att(W, "Jordan Lee", google=True),
                att("sven.ahlers@northwind-labs.com", "Sven Ahlers", google=True),
            ),
            desc="Backlog-Refinement und Planung Sprint 14.\n\n" + meet("nwl-spr-plt", "de"),
        ),
        tzs=("Europe/Berlin",),
    ),
    u,
    "internal meeting",
)

# informational coffee chats and recruiter contact that is not (yet) an interview
u = uid("h7-coffee-mei")
_add(
    "coffee-chat",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Coffee with Mei (ex-colleague, now at Larkspur)",
            when("20260313T0830", "20260313T0915", "Europe/Berlin"),
            organizer=org("mei.lin@larkspur.io", "Mei Lin"),
            attendees=(
                att("mei.lin@larkspur.io", "Mei Lin", partstat="ACCEPTED", google=True),
                att(G, "Jordan Lee", google=True),
            ),
            desc="Catching up! Happy to tell you what it's like at Larkspur - no pressure, just coffee.",
            loc="Bonanza Coffee, Adalbertstraße 70, Berlin",
        ),
        tzs=("Europe/Berlin",),
    ),
    u,
    "coffee chat",
)

u = uid("h7-cafe-antoine")
_add(
    "coffee-chat",
    "fr",
    cal(
        "google",
        vevent(
            u,
            "Café avec Antoine – networking data",
            when("20260326T0900", "20260326T0945", "Europe/Paris"),
            organizer=org("antoine.leclerc@gmail.com", "Antoine Leclerc"),
            attendees=(
                att("antoine.leclerc@gmail.com", "Antoine Leclerc", partstat="ACCEPTED", google=True),
                att(G, "Jordan Lee", google=True),
            ),
            desc="Échange informel sur le marché data à Paris, rien de formel :)",
        ),
        tzs=("Europe/Paris",),
    ),
    u,
    "coffee chat",
)

u = uid("h7-agency-catchup", "outlook")
_add(
    "recruiter-catchup",
    "en",
    cal(
        "outlook",
        vevent(
            u,
            "Catch-up call: Lena (Redwood Talent) / Jordan",
            when("20260303T1230", "20260303T1300", "GMT Standard Time"),
            organizer=org("lena.fischer@redwoodtalent.co.uk", "Lena Fischer"),
            attendees=(att(G, "Jordan Lee"),),
            desc="Hi Jordan, great to connect on LinkedIn. No specific role yet - I'd like to understand what you're "
            "looking "
            "for, your salary range and notice period so I can keep you in mind for upcoming briefs.\n\nLena Fischer | "
            "Redwood Talent Partners\n\n" + teams("344 210 678 905"),
        ),
        tzs=("GMT Standard Time",),
        outlook_tz=True,
    ),
    u,
    "agency catch-up, no employer yet",
)

# job fairs, prep blocks, reference calls
u = uid("h7-jobfair-berlin")
_add(
    "job-fair",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Tech job fair Berlin @ STATION",
            when("20260404T1000", "20260404T1700", None),
            desc="Bring 10 printed CVs. Booths: Zalando, N26, HelloFresh... Talks on interviewing at 14:00.",
            loc="STATION Berlin, Luckenwalder Str. 4-6",
            stamp="20260301T100000Z",
        ),
        method=None,
        xwr="Europe/Berlin",
    ),
    u,
    "job fair",
)

u = uid("h7-feria-empleo")
_add(
    "job-fair",
    "es",
    cal(
        "google",
        vevent(
            u,
            "Feria de empleo tecnológico – IFEMA (entrevistas rápidas)",
            when("20260411", "20260412", "DATE"),
            desc="Feria con empresas tech; hay zona de 'speed interviews' con reclutadores. Inscripción hecha.",
            loc="IFEMA Madrid, Pabellón 10",
            stamp="20260318T100000Z",
        ),
        method=None,
        calname="Jordan (personal)",
    ),
    u,
    "job fair",
)

u = uid("h7-prep-block", "apple")
_add(
    "prep-block",
    "en",
    cal(
        "apple",
        vevent(
            u,
            "Prep: Lattice Ridge onsite (review notes, STAR stories)",
            when("20260325T1900", "20260325T2030", "Europe/Berlin"),
            desc="re-read job ad, prepare 5 stories, questions for Dev Patel",
            stamp="20260320T080000Z",
        ),
        method=None,
        tzs=("Europe/Berlin",),
    ),
    u,
    "prep block",
)

u = uid("h7-reference-en")
_add(
    "reference-call",
    "en",
    cal(
        "google",
        vevent(
            u,
            "Reference call re: Sam Patel (Harbourline asking)",
            when("20260407T1130", "20260407T1200", "Europe/Berlin"),
            organizer=org("claire.ward@harbourline.com", "Claire Ward"),
            attendees=(
                att("claire.ward@harbourline.com", "Claire Ward", partstat="ACCEPTED", google=True),
                att(W, "Jordan Lee", google=True),
            ),
            desc="Hi Jordan, Sam Patel listed you as a reference for our Senior Engineer role. 20-30 minutes about "
            "your time "
            "working together at Northwind Labs. Thank you!\n\n" + webex("harbourline", "2651 330 7812"),
        ),
        tzs=("Europe/Berlin",),
    ),
    u,
    "reference call (user is the reference)",
)

u = uid("h7-reference-de")
_add(
    "reference-call",
    "de",
    cal(
        "outlook",
        vevent(
            u,
            "Referenzgespräch zu Tom Becker",
            when("20260414T0900", "20260414T0920", "W. Europe Standard Time"),
            organizer=org("a.krause@elbwerft-digital.de", "Krause, Anja"),
            attendees=(att(W, "Lee, Jordan"),),
            desc="Guten Tag Herr Lee,\n\nHerr Becker hat Sie als Referenz angegeben. Wir würden gern kurz über seine "
            "Arbeit in "
            "Ihrem Team sprechen.\n\nAnja Krause, HR Elbwerft Digital",
        ),
        tzs=("W. Europe Standard Time",),
        outlook_tz=True,
    ),
    u,
    "reference call (user is the reference)",
)
