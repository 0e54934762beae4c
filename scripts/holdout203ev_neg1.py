# ruff: noqa: E501
"""holdout203 events, part neg1: job-search look-alikes that are not interviews (CC0 1.0)."""

from holdout203ev_tz import TZ_LUX, TZ_PARIS, TZ_WEST

EVENTS = [
    {
        "kind": "google-invite",
        "uid": "0bq6h3k9t2m5v8c1s4dn7rpfja@google.com",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "recruiter-call-unnamed-acteur-majeur-asset-servicing",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250129T114500Z
DTEND:20250129T121500Z
DTSTAMP:20250127T172233Z
ORGANIZER;CN=Camille Morel:mailto:c.morel@ascentis-partners.lu
UID:0bq6h3k9t2m5v8c1s4dn7rpfja@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Camille Morel;X-NUM-GUESTS=0:mailto:c.morel@ascentis-partners.lu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu;X-NUM-GUESTS=0:mailto:julien.weber.lux@pt.lu
CREATED:20250127T172232Z
DESCRIPTION:Bonjour Julien\,<br><br>Merci pour votre retour sur LinkedIn. Je vous propose un premier échange téléphonique pour faire connaissance et vous parler d'une opportunité de Superviseur Fund Accounting chez un acteur majeur de l'asset servicing à Luxembourg (je vous en dirai plus de vive voix\, le client souhaite rester confidentiel à ce stade).<br><br>Bien à vous\,<br>Camille Morel<br>Ascentis Partners
LAST-MODIFIED:20250127T172232Z
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Échange Julien Weber / Camille Morel - Ascentis Partners
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom-invite",
        "uid": "zoom-83310294471-20250301T090000Z@zoom.us",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "mock-interview-with-paid-coach-english",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250224T201104Z
DTSTART:20250301T090000Z
DTEND:20250301T100000Z
SUMMARY:Mock interview (English) - Julien W. - ManCo / NAV oversight roles
UID:zoom-83310294471-20250301T090000Z@zoom.us
TZID:Europe/Luxembourg
DESCRIPTION:Sarah Quinn is inviting you to a scheduled Zoom meeting.\n\nSession 2 of 3 (career coaching package): full mock interview for a Dublin/Lux ManCo role\, competency questions + technical (oversight of delegates\, NAV errors). I will play the hiring manager and give you written feedback afterwards. Please send me your target job description beforehand.\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/83310294471?pwd=bTBrS2xNa\n\nMeeting ID: 833 1029 4471\nPasscode: 204911
LOCATION:https://us06web.zoom.us/j/83310294471?pwd=bTBrS2xNa
ORGANIZER;CN=Sarah Quinn - Quinn Career Coaching:mailto:sarah@quinncareercoaching.ie
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webinar",
        "uid": "on24-event-4409127-julien.weber.lux@pt.lu",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "webinar-acing-competency-interview",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//ON24//ON24 Webcast//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:on24-event-4409127-julien.weber.lux@pt.lu
DTSTAMP:20250210T090312Z
DTSTART:20250220T120000Z
DTEND:20250220T130000Z
SUMMARY:Webinar: How to ace your competency-based interview in Financial Services
DESCRIPTION:Thank you for registering.\n\nJoin our Luxembourg consultants for a practical lunchtime session: what hiring managers in banking\, asset management and fund administration really look for\, the STAR method\, answering salary questions and interviewing in a second language. Live Q&A at the end.\n\nYour personal join link: https://event.on24.com/wcc/r/4409127/8C2B1F0A\n\nRobert Walters Luxembourg
LOCATION:Online - ON24
ORGANIZER;CN=Robert Walters Events:mailto:events@robertwalters.com
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E0080000000017A8B9C0D1E2DB0100000000000000001000000066A6B6C6D6E6F6066676869606162636",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "press-interview-paperjam-frontaliers",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Lorang, Céline":mailto:celine.lorang@maisonmoderne.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu:mailto:julien.weber.lux@pt.lu
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Julien\,\n\nMerci d'avoir accepté de témoigner pour notre dossier « Frontaliers : la place financière peut-elle encore les attirer ? » à paraître dans Paperjam en avril. L'interview durera environ 30 minutes par téléphone ; je vous enverrai vos citations pour relecture avant publication. Un photographe pourrait vous contacter ensuite.\n\nBien à vous\,\nCéline Lorang\nJournaliste\, Paperjam\n
UID:040000008200E00074C5B7101A82E0080000000017A8B9C0D1E2DB0100000000000000001000000066A6B6C6D6E6F6066676869606162636
SUMMARY;LANGUAGE=fr-FR:Interview Paperjam - dossier frontaliers
DTSTART;TZID=W. Europe Standard Time:20250313T123000
DTEND;TZID=W. Europe Standard Time:20250313T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250307T100145Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Téléphone
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
        "kind": "google-invite",
        "uid": "9d4t1k7m0q3v6c2s8bn5jrhpfa@google.com",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "research-interview-liser-cross-border-workers",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250403T170000Z
DTEND:20250403T180000Z
DTSTAMP:20250326T091508Z
ORGANIZER;CN=Anne-Sophie Gengler:mailto:annesophie.gengler@liser.lu
UID:9d4t1k7m0q3v6c2s8bn5jrhpfa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Anne-Sophie Gengler;X-NUM-GUESTS=0:mailto:annesophie.gengler@liser.lu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.weber.lux@pt.lu;X-NUM-GUESTS=0:mailto:julien.weber.lux@pt.lu
CREATED:20250326T091507Z
DESCRIPTION:Bonjour M. Weber\,<br><br>Merci d'avoir accepté de participer à notre étude « Mobilités et carrières des travailleurs frontaliers dans le secteur financier ». L'entretien semi-directif dure environ une heure\, il est enregistré (avec votre accord) et anonymisé. Formulaire de consentement en pièce jointe.<br><br>Anne-Sophie Gengler<br>Chercheuse\, LISER - Luxembourg Institute of Socio-Economic Research
LAST-MODIFIED:20250326T091507Z
LOCATION:https://meet.google.com/hgt-qwns-rbe
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien de recherche LISER - frontaliers secteur financier
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "user-typed",
        "uid": "D8C2B1A0-4E3F-4A6B-9C5D-7E8F9A0B1C2D",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "informational-coffee-ex-colleague-manco",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
""" + TZ_LUX + r"""BEGIN:VEVENT
CREATED:20250318T183300Z
UID:D8C2B1A0-4E3F-4A6B-9C5D-7E8F9A0B1C2D
DTEND;TZID=Europe/Luxembourg:20250325T130000
TRANSP:OPAQUE
SUMMARY:Café Nadia (Waystone)
LAST-MODIFIED:20250318T183412Z
DTSTAMP:20250318T183412Z
DTSTART;TZID=Europe/Luxembourg:20250325T121500
LOCATION:Bloom Café\, Kirchberg
DESCRIPTION:ex-collègue MFS\, maintenant chez Waystone côté oversight. Lui demander comment c'est le quotidien ManCo vs admin\, salaires\, télétravail\, s'ils recrutent. pas un entretien\, juste infos
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "eventbrite",
        "uid": "eventbrite-1094412837-julien.weber.lux@pt.lu",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "careers-fair-all-day-moovijob",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Eventbrite//Eventbrite Calendar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-1094412837-julien.weber.lux@pt.lu
DTSTAMP:20250302T112004Z
DTSTART;VALUE=DATE:20250322
DTEND;VALUE=DATE:20250323
SUMMARY:Moovijob Tour Luxembourg - salon de l'emploi
DESCRIPTION:Votre billet pour Moovijob Tour Luxembourg - Luxexpo The Box\, 10 circuit de la Foire Internationale\, Kirchberg. Plus de 100 recruteurs (banques\, Big Four\, industrie\, IT). Entretiens express sur les stands\, conférences « Réussir son entretien »\, relecture de CV. Entrée gratuite sur présentation de ce billet.\n\nCommande n° 9921884031
LOCATION:Luxexpo The Box\, 10 Circuit de la Foire Internationale\, 1347 Luxembourg
ORGANIZER;CN=Moovijob:mailto:noreply@eventbrite.com
TRANSP:TRANSPARENT
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "user-typed",
        "uid": "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "reference-call-user-as-referee-big-four-recruiter",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + TZ_PARIS + r"""BEGIN:VEVENT
CREATED:20250407T180211Z
LAST-MODIFIED:20250407T180355Z
DTSTAMP:20250407T180355Z
UID:f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b
SUMMARY:Appel référence pour Thomas Lentz (Deloitte)
DTSTART;TZID=Europe/Paris:20250409T123000
DTEND;TZID=Europe/Paris:20250409T125000
DESCRIPTION:Thomas (ex-junior de mon équipe) m'a mis comme référent pour son poste chez Deloitte. La recruteuse (Mme Kaiser) m'appelle sur le portable. Points : autonomie sur les NAV\, fiabilité\, relation client.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "user-typed",
        "uid": "E0A1B2C3-D4E5-4F60-8172-93A4B5C6D7E8",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "prep-block-before-final-interview",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250301T094512Z
UID:E0A1B2C3-D4E5-4F60-8172-93A4B5C6D7E8
DTEND:20250305T223000
TRANSP:OPAQUE
SUMMARY:Prépa State Street (final demain)
LAST-MODIFIED:20250301T094730Z
DTSTAMP:20250301T094730Z
DTSTART:20250305T203000
DESCRIPTION:revoir : oversight des TA/admins\, KPI\, swing pricing\, circ. 24/856 (seuils\, indemnisation)\, exemples STAR management d'équipe (conflit\, erreur de VNI 2023). Questions à poser : taille équipe\, offshoring Cracovie\, télétravail 34j. Repasser la chemise
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "user-typed",
        "uid": "3A4B5C6D-7E8F-4091-A2B3-C4D5E6F70819",
        "iv": 0, "company": "", "role": "", "stage": "", "who": "",
        "trap": "thank-you-email-reminder-after-final",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250313T140211Z
UID:3A4B5C6D-7E8F-4091-A2B3-C4D5E6F70819
DTEND;VALUE=DATE:20250315
TRANSP:TRANSPARENT
SUMMARY:Mail remerciement Carne (Eoin + Aoife)
LAST-MODIFIED:20250313T140302Z
DTSTAMP:20250313T140302Z
DTSTART;VALUE=DATE:20250314
DESCRIPTION:rappeler la discussion sur le board reporting + dispo préavis 3 mois. envoyer avant midi
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
