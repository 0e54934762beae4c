"""holdout159: the user's own interviews, part B (venues, French organisers, tech companies)."""
# ruff: noqa: E501

# (kind, (uid, is_interview, company, role, stage, interviewers, trap), raw iCalendar; "@NAME" lines = VTIMEZONE)
EVENTS = [
    ("recruitee", ("recruitee-interview-1187342-rai@recruitee.com", 1, "RAI Amsterdam", "Senior Event Manager – Congresses", "hiring_manager", "s.devries@rai.nl", "recruitee-amsterdam-original-before-reschedule"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Scheduler//EN
METHOD:REQUEST
@AMSTERDAM
BEGIN:VEVENT
UID:recruitee-interview-1187342-rai@recruitee.com
DTSTAMP:20250317T104455Z
DTSTART;TZID=Europe/Amsterdam:20250326T150000
DTEND;TZID=Europe/Amsterdam:20250326T154500
SUMMARY:Interview Núria Puig | Senior Event Manager – Congresses | RAI Amsterdam
DESCRIPTION:Dear Núria\,\n\nYou have been invited for a video interview with Sanne de Vries (Manager Congress Operations).\n\nJoin via Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_RAI4411@thread.v2/0\n\nKind regards\,\nTalent Acquisition RAI Amsterdam
LOCATION:Microsoft Teams
ORGANIZER;CN=RAI Amsterdam Recruitment:mailto:jobs@rai.recruitee.com
ATTENDEE;CN=Sanne de Vries;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s.devries@rai.nl
ATTENDEE;CN=Núria Puig;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("recruitee-moved", ("recruitee-interview-1187342-rai@recruitee.com", 1, "RAI Amsterdam", "Senior Event Manager – Congresses", "hiring_manager", "s.devries@rai.nl", "recruitee-rescheduled-same-uid-higher-sequence"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Scheduler//EN
METHOD:REQUEST
@AMSTERDAM
BEGIN:VEVENT
UID:recruitee-interview-1187342-rai@recruitee.com
DTSTAMP:20250324T081920Z
DTSTART;TZID=Europe/Amsterdam:20250328T100000
DTEND;TZID=Europe/Amsterdam:20250328T104500
SUMMARY:Rescheduled: Interview Núria Puig | Senior Event Manager – Congresses | RAI Amsterdam
DESCRIPTION:Dear Núria\,\n\nYour interview has been moved to a new time at the request of Sanne de Vries. Apologies for the inconvenience.\n\nNew time: Friday 28 March\, 10:00–10:45 (CET)\nJoin via Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_RAI4411@thread.v2/0\n\nKind regards\,\nTalent Acquisition RAI Amsterdam
LOCATION:Microsoft Teams
ORGANIZER;CN=RAI Amsterdam Recruitment:mailto:jobs@rai.recruitee.com
ATTENDEE;CN=Sanne de Vries;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s.devries@rai.nl
ATTENDEE;CN=Núria Puig;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("entretien-outlook", ("040000008200E00074C5B7101A82E00800000000AB12CD34EF56DB0100000000000000001000000076543210FEDCBA9876543210FEDCBA98", 1, "Viparis", "Cheffe de projet événementiel – Paris Expo Porte de Versailles", "hiring_manager", "c.lefevre@viparis.com", "outlook-french-romance-zone-paris-venue"), r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="LEFEVRE Camille":mailto:c.lefevre@viparis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nuria.puig.events@gmail.com:mailto:nuria.puig.events@gmail.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Puig\,\n\nSuite à notre échange avec le cabinet\, je vous propose un entretien en visio pour le poste de Cheffe de projet événementiel (Paris Expo Porte de Versailles). Je suis Directrice des opérations du site.\n\nBien cordialement\,\nCamille Lefèvre\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_VPX@thread.v2/0>\nID de la réunion : 355 910 224 66\nCode secret : Vq3Lp9\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000AB12CD34EF56DB0100000000000000001000000076543210FEDCBA9876543210FEDCBA98
SUMMARY;LANGUAGE=fr-FR:Entretien N. Puig – CDP événementiel PEPV
DTSTART;TZID=Romance Standard Time:20250402T170000
DTEND;TZID=Romance Standard Time:20250402T175000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250327T160102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ("wttj-prequalif", ("wttj-7736251-entretien@welcometothejungle.com", 1, "Comexposium", "Directeur·rice de salon – Agriculture & Food", "recruiter_screen", "margaux.petit@comexposium.com", "welcome-to-the-jungle-french-phone-prequalification"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//WTTJ ATS//FR
METHOD:REQUEST
@PARIS
BEGIN:VEVENT
UID:wttj-7736251-entretien@welcometothejungle.com
DTSTAMP:20250303T134500Z
DTSTART;TZID=Europe/Paris:20250307T113000
DTEND;TZID=Europe/Paris:20250307T120000
SUMMARY:Préqualification téléphonique – Núria Puig (Directeur·rice de salon)
DESCRIPTION:Bonjour Núria\,\n\nMerci pour votre candidature chez Comexposium ! Margaux Petit\, Talent Acquisition\, vous appellera au +34 6•• ••• 418 pour un premier échange d'environ 30 minutes.\n\nÀ très vite\,\nL'équipe RH Comexposium\n\nEnvoyé via Welcome to the Jungle
LOCATION:Appel téléphonique
ORGANIZER;CN=Margaux Petit:mailto:margaux.petit@comexposium.com
ATTENDEE;CN=Núria Puig;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("etude-de-cas", ("2rj8vq7x0s9gk3m1d5u4n6b2cp@google.com", 1, "Comexposium", "Directeur·rice de salon – Agriculture & Food", "technical", "olivier.garnier@comexposium.com;margaux.petit@comexposium.com", "google-french-case-study-presentation"), r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250327T130000Z
DTEND:20250327T143000Z
DTSTAMP:20250320T091500Z
ORGANIZER;CN=Margaux Petit:mailto:margaux.petit@comexposium.com
UID:2rj8vq7x0s9gk3m1d5u4n6b2cp@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Olivier Garnier;X-NUM-GUESTS=0:mailto:olivier.garnier@comexposium.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Margaux Petit;X-NUM-GUESTS=0:mailto:margaux.petit@comexposium.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nuria.puig.events@gmail.com;X-NUM-GUESTS=0:mailto:nuria.puig.events@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/pfo-xbrq-utn
CREATED:20250320T091402Z
DESCRIPTION:Bonjour Núria\,\n\nComme convenu\, voici l'invitation pour la restitution de votre étude de cas (repositionnement d'un salon B2B en perte d'exposants). Présentation de 30 min puis échange avec Olivier Garnier\, Directeur de la division Agriculture & Food\, et moi-même.\n\nMargaux\n\nParticiper avec Google Meet : https://meet.google.com/pfo-xbrq-utn\nParticiper par téléphone : (FR) +33 1 87 40 41 63 PIN : 551 903 228#
LAST-MODIFIED:20250320T091500Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Étude de cas – restitution (N. Puig)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ("annule", ("040000008200E00074C5B7101A82E0080000000091A2B3C4D5E6DB010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0", 1, "GL events", "Responsable de projets Congrès", "", "h.moreau@gl-events.com", "outlook-method-cancel-french-interview"), r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@ROMANCE
BEGIN:VEVENT
ORGANIZER;CN="MOREAU Hélène":mailto:h.moreau@gl-events.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nuria.puig.events@gmail.com:mailto:nuria.puig.events@gmail.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Núria\,\n\nJe suis au regret d'annuler notre entretien : le poste de Responsable de projets Congrès a été pourvu en interne. Je garde votre profil pour de prochaines opportunités.\n\nBien à vous\,\nHélène Moreau\nGL events Congrès & Conventions – Paris
UID:040000008200E00074C5B7101A82E0080000000091A2B3C4D5E6DB010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0
SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien – Responsable de projets Congrès
DTSTART;TZID=Romance Standard Time:20250415T100000
DTEND;TZID=Romance Standard Time:20250415T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250410T082233Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=fr-FR:Visio Teams
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
END:VEVENT
END:VCALENDAR
"""),
    ("greenhouse-recruiter", ("greenhouse-9f2c1a7b3e8d46a0b2c5@greenhouse.io", 1, "Booking.com", "Senior Events Marketing Manager", "recruiter_screen", "ilse.bakker@booking.com", "greenhouse-utc-recruiter-call-english"), r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-9f2c1a7b3e8d46a0b2c5@greenhouse.io
DTSTAMP:20250224T161200Z
DTSTART:20250228T130000Z
DTEND:20250228T133000Z
SUMMARY:Booking.com | Recruiter Call – Núria Puig (Senior Events Marketing Manager)
DESCRIPTION:Hi Núria\,\n\nThanks for making time to speak with us. This is a 30-minute conversation with Ilse Bakker\, Senior Recruiter\, about your background and the Senior Events Marketing Manager role in our Amsterdam HQ.\n\nZoom: https://booking.zoom.us/j/94411827350?pwd=QkZ3aHV\nMeeting ID: 944 1182 7350\nPasscode: 310225\n\nIf you need to make changes\, reply to this email.
LOCATION:https://booking.zoom.us/j/94411827350
ORGANIZER;CN=Ilse Bakker:mailto:ilse.bakker@booking.com
ATTENDEE;CN=Ilse Bakker;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ilse.bakker@booking.com
ATTENDEE;CN=Núria Puig;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("case-presentation", ("greenhouse-b71e04c2d95f4a18a6e3@greenhouse.io", 1, "Booking.com", "Senior Events Marketing Manager", "technical", "mark.janssen@booking.com;priya.raman@booking.com", "greenhouse-case-presentation-panel-amsterdam-zone"), r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
@AMSTERDAM
BEGIN:VEVENT
UID:greenhouse-b71e04c2d95f4a18a6e3@greenhouse.io
DTSTAMP:20250314T090000Z
DTSTART;TZID=Europe/Amsterdam:20250321T140000
DTEND;TZID=Europe/Amsterdam:20250321T151500
SUMMARY:Case Presentation – Senior Events Marketing Manager
DESCRIPTION:Hi Núria\,\n\nYou'll present the take-home case (a partner summit for 400 hosts in Lisbon) for 30 minutes\, followed by 45 minutes of Q&A.\n\nPanel:\n• Mark Janssen – Director\, Brand Experiences\n• Priya Raman – Senior Manager\, Partner Marketing\n\nZoom: https://booking.zoom.us/j/91822644019\nPlease share slides with ilse.bakker@booking.com by 12:00 on the day.
LOCATION:Zoom
ORGANIZER;CN=Booking.com Recruiting:mailto:no-reply@greenhouse.io
ATTENDEE;CN=Mark Janssen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mark.janssen@booking.com
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:priya.raman@booking.com
ATTENDEE;CN=Núria Puig;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("final-round", ("greenhouse-3ad0f8e6c1b24f95bb07@greenhouse.io", 1, "Booking.com", "Senior Events Marketing Manager", "final", "annelies.visser@booking.com", "greenhouse-final-vp-conversation"), r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-3ad0f8e6c1b24f95bb07@greenhouse.io
DTSTAMP:20250401T112030Z
DTSTART:20250407T083000Z
DTEND:20250407T091500Z
SUMMARY:Final Round: Núria Puig <> Annelies Visser
DESCRIPTION:Hi Núria\,\n\nCongratulations on reaching the final stage! Your final conversation will be with Annelies Visser\, VP Brand Marketing.\n\nZoom: https://booking.zoom.us/j/97700312846\n\nGood luck!\nIlse
LOCATION:Zoom
ORGANIZER;CN=Booking.com Recruiting:mailto:no-reply@greenhouse.io
ATTENDEE;CN=Annelies Visser;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:annelies.visser@booking.com
ATTENDEE;CN=Núria Puig;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("lever-hm", ("lever-interview-e4a2b91c-77d0-4c3e-9a15-2f6d8c0b1a34", 1, "Glovo", "Events Marketing Lead", "hiring_manager", "joan.mir@glovoapp.com", "lever-hiring-manager-barcelona-meet"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-e4a2b91c-77d0-4c3e-9a15-2f6d8c0b1a34
DTSTAMP:20250305T100000Z
DTSTART:20250310T150000Z
DTEND:20250310T154500Z
SUMMARY:Glovo - Núria Puig - Events Marketing Lead - Hiring Manager Interview
DESCRIPTION:Hola Núria!\n\nThis is your interview with Joan Mir (Head of Brand & Events). We'll chat about your experience running large events and how you'd approach our rider and partner events across 20+ markets.\n\nGoogle Meet: https://meet.google.com/yer-qkcd-mbn\n\nGlovo Talent Team
LOCATION:https://meet.google.com/yer-qkcd-mbn
ORGANIZER;CN=Glovo Talent:mailto:talent@glovoapp.com
ATTENDEE;CN=Joan Mir;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:joan.mir@glovoapp.com
ATTENDEE;CN=Núria Puig;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("ashby-values", ("ashby-interview-01J9ZQ4T7K3M5N8P2R6S0V1W3X", 1, "Typeform", "Field & Community Events Manager", "", "lucia.prats@typeform.com", "ashby-values-interview-no-clear-stage"), r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-01J9ZQ4T7K3M5N8P2R6S0V1W3X
DTSTAMP:20250402T073012Z
DTSTART:20250409T090000Z
DTEND:20250409T094500Z
SUMMARY:Núria Puig <> Typeform: Values conversation
DESCRIPTION:Interview for Field & Community Events Manager\n\nInterviewer: Lucía Prats (People Partner)\n\nThis conversation is about how you work\, what you value and what you're looking for. No preparation needed.\n\nJoin Zoom: https://typeform.zoom.us/j/86311290034\n\n—\nScheduled with Ashby
LOCATION:https://typeform.zoom.us/j/86311290034
ORGANIZER;CN=Typeform Talent:mailto:scheduling@ashbyhq.com
ATTENDEE;CN=Lucía Prats;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lucia.prats@typeform.com
ATTENDEE;CN=Núria Puig;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ("factorial-brand", ("3q1h8d0b6v2t7k5n4c9s1f0g8m@google.com", 1, "Factorial", "Events Manager", "hiring_manager", "guillem.roig@factorial.co", "google-catalan-brand-team-interview"), r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250320T120000
DTEND;TZID=Europe/Madrid:20250320T124500
DTSTAMP:20250317T141003Z
ORGANIZER;CN=Guillem Roig:mailto:guillem.roig@factorial.co
UID:3q1h8d0b6v2t7k5n4c9s1f0g8m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Guillem Roig;X-NUM-GUESTS=0:mailto:guillem.roig@factorial.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nuria.puig.events@gmail.com;X-NUM-GUESTS=0:mailto:nuria.puig.events@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/ubx-mmzq-fko
DESCRIPTION:Hola Núria! Soc en Guillem\, Brand Director. Parlem de la posició d'Events Manager (esdeveniments propis\, fires HR i la Factorial Summit). Ens veiem per Meet o\, si et va millor\, a les oficines de Glòries.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nUneix-te amb Google Meet: https://meet.google.com/ubx-mmzq-fko\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250317T141003Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Núria <> Guillem | Events Manager @ Factorial
TRANSP:OPAQUE
END:VEVENT
BEGIN:VTIMEZONE
TZID:Europe/Madrid
X-LIC-LOCATION:Europe/Madrid
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
END:VCALENDAR
"""),
    ("teamtailor-es", ("tt-interview-5120044@teamtailor.com", 1, "Wallapop", "Brand Events Manager", "recruiter_screen", "sara.lopez@wallapop.com", "teamtailor-spanish-first-talk"), r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-5120044@teamtailor.com
DTSTAMP:20250407T083311Z
DTSTART:20250411T073000Z
DTEND:20250411T080000Z
SUMMARY:Primera charla – Brand Events Manager | Wallapop
DESCRIPTION:¡Hola Núria!\n\nGracias por tu interés en Wallapop. Sara López\, nuestra Talent Acquisition Partner\, te llamará por Google Meet para una primera charla de 30 minutos.\n\nEnlace: https://meet.google.com/kpo-wnvc-jre\n\n¡Nos vemos!\nEquipo de Talento Wallapop\n\nPowered by Teamtailor
LOCATION:https://meet.google.com/kpo-wnvc-jre
ORGANIZER;CN=Wallapop:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Sara López;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sara.lopez@wallapop.com
ATTENDEE;CN=Núria Puig;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nuria.puig.events@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
]
