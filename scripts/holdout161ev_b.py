"""holdout161 events, part B: more Québec employers, a founder on free mail, a trial day."""

EVENTS = [
    dict(
        kind="ashby-hopper",
        uid="ashby-interview-2c9f8e71-hopper-0b3d",
        is_interview=1,
        company="Hopper",
        role="Senior Machine Learning Engineer, Pricing",
        stage="technical",
        interviewers="raphael.nadeau@hopper.com",
        trap="ashby-ml-coding-round",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-2c9f8e71-hopper-0b3d
DTSTAMP:20250314T181055Z
DTSTART:20250319T140000Z
DTEND:20250319T150000Z
SUMMARY:Hopper: ML Coding with Raphaël (Marc-André Tremblay)
DESCRIPTION:Interview for Senior Machine Learning Engineer\, Pricing\n\nIn
 terviewer: Raphaël Nadeau\nFormat: 60 min\, shared CoderPad (Python). Yo
 u'll get the link 5 minutes before.\nGoogle Meet: https://meet.google.com/
 hpr-mlco-dng\n\nNeed to reschedule? https://app.ashbyhq.com/interview-bri
 efing/reschedule/2c9f8e71
ORGANIZER;CN=Hopper Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Raphaël Nadeau;PARTSTAT=ACCEPTED:mailto:raphael.nadeau@hopper.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-nuvei-call",
        uid="0tq7c9m2l4fsk1a3e6b8d5g0hj@google.com",
        is_interview=1,
        company="Nuvei",
        role="Lead Data Scientist - Risk",
        stage="recruiter_screen",
        interviewers="sabrina.haddad@nuvei.com",
        trap="gcal-premier-contact-recruteuse",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250313T161500
DTEND;TZID=America/Toronto:20250313T164500
DTSTAMP:20250311T140933Z
ORGANIZER;CN=Sabrina Haddad:mailto:sabrina.haddad@nuvei.com
UID:0tq7c9m2l4fsk1a3e6b8d5g0hj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sabrina Haddad;X-NUM-GUESTS=0:mailto:sabrina.haddad@nuvei.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ma.tremblay.data@videotron.ca;X-NUM-GUESTS=0:mailto:ma.tremblay.da
 ta@videotron.ca
DESCRIPTION:Premier contact - poste Lead Data Scientist (Risk). Je vous ap
 pelle sur votre cellulaire.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Nuvei x Marc-André T. - premier contact
TRANSP:OPAQUE
END:VEVENT
@TZ America/Toronto
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-beneva",
        uid="040000008200E00074C5B7101A82E00800000000D2A7C6F0A98FDB010000000000000000100000003C4D5E6F708192A3B4C5",
        is_interview=1,
        company="Beneva",
        role="Architecte principal(e) - apprentissage automatique",
        stage="hiring_manager",
        interviewers="pascale.girard@beneva.ca",
        trap="outlook-rencontre-gestionnaire-embaucheur",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Eastern Standard Time
BEGIN:VEVENT
ORGANIZER;CN="Girard, Pascale":mailto:pascale.girard@beneva.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ma.trembla
 y.data@videotron.ca:mailto:ma.tremblay.data@videotron.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Marc-André\, comme convenu avec Audrey
  (talent)\, je vous propose une heure pour discuter du poste d'architecte
  principal(e) en apprentissage automatique et de vos réalisations chez Bo
 réal. Au plaisir\,\nPascale Girard\, directrice Données et IA\n___________
 _____________________________________________________________________\nRé
 union Microsoft Teams\nID de la réunion : 262 119 004 318\nCode secret : Q
 a3rT9\nComposer par téléphone\n+1 581-555-0190\,\,518829044# Canada\, Qu
 ébec\n
UID:040000008200E00074C5B7101A82E00800000000D2A7C6F0A98FDB010000000000000000100000003C4D5E6F708192A3B4C5
SUMMARY;LANGUAGE=fr-CA:Échange - poste architecte principal(e) AA
DTSTART;TZID=Eastern Standard Time:20250402T121500
DTEND;TZID=Eastern Standard Time:20250402T131500
DTSTAMP:20250328T200114Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-ia-panel",
        uid="wd-IA-JR107745-int-2@myworkday.com",
        is_interview=1,
        company="iA Groupe financier",
        role="Scientifique de données sénior - Assurance individuelle",
        stage="onsite",
        interviewers="m.boucher@ia.ca;c.fortin@ia.ca;j.thibault@ia.ca",
        trap="workday-quebec-city-panel-hybrid",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting//FR
VERSION:2.0
METHOD:REQUEST
@TZ America/Toronto
BEGIN:VEVENT
UID:wd-IA-JR107745-int-2@myworkday.com
DTSTAMP:20250404T133002Z
DTSTART;TZID=America/Toronto:20250414T130000
DTEND;TZID=America/Toronto:20250414T160000
SUMMARY:iA Groupe financier - Entrevue en comité (2e étape) - JR107745
DESCRIPTION:Bonjour Marc-André\,\n\nVotre entrevue en comité pour le post
 e Scientifique de données sénior - Assurance individuelle aura lieu à nos
  bureaux du 1080\, Grande Allée Ouest\, Québec. Le comité sera composé de
  Marie Boucher\, Charles Fortin et Jessica Thibault. La rencontre comprend
  une mise en situation de 45 minutes.\n\nFrais de déplacement remboursés
  sur présentation des reçus.
LOCATION:1080 Grande Allée Ouest\, Québec (QC)
ORGANIZER;CN=iA Groupe financier - Recrutement:mailto:ia@myworkday.com
ATTENDEE;CN=Marie Boucher:mailto:M.Boucher@ia.ca
ATTENDEE;CN=Charles Fortin:mailto:C.Fortin@ia.ca
ATTENDEE;CN=Jessica Thibault:mailto:J.Thibault@ia.ca
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="icims-sunlife",
        uid="icims-sunlife-77120-interview-4471@icims.com",
        is_interview=1,
        company="Sun Life",
        role="Senior Manager, Data Science - Group Benefits",
        stage="",
        interviewers="neha.kapoor@sunlife.com;daniel.okafor@sunlife.com",
        trap="icims-interview-toronto-video",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:icims-sunlife-77120-interview-4471@icims.com
DTSTAMP:20250401T150000Z
DTSTART;TZID=Eastern Standard Time:20250410T110000
DTEND;TZID=Eastern Standard Time:20250410T120000
SUMMARY:Interview: Senior Manager\, Data Science - Group Benefits (77120)
DESCRIPTION:Dear Marc-André\,\n\nThank you for your interest in Sun Life.
  You are scheduled to interview with Neha Kapoor (AVP\, Analytics) and Da
 niel Okafor (Senior Manager\, ML Platform).\n\nMicrosoft Teams: https://t
 eams.microsoft.com/l/meetup-join/19%3ameeting_c3Vu\n\nKind regards\,\nTal
 ent Acquisition\, Sun Life\n\nThis is an automated message from iCIMS.
ORGANIZER;CN=Sun Life Talent Acquisition:mailto:sunlife-careers@talent.icims.com
ATTENDEE;CN=Neha Kapoor:mailto:neha.kapoor@sunlife.com
ATTENDEE;CN=Daniel Okafor:mailto:daniel.okafor@sunlife.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="smartrecruiters-ubisoft",
        uid="sr-int-5d2e9a01-ubisoft-mtl-7743@smartrecruiters.com",
        is_interview=1,
        company="Ubisoft",
        role="Lead Data Scientist - Player Analytics",
        stage="technical",
        interviewers="yannick.leduc@ubisoft.com;sofia.reyes@ubisoft.com",
        trap="smartrecruiters-test-pratique-debrief",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-int-5d2e9a01-ubisoft-mtl-7743@smartrecruiters.com
DTSTAMP:20250407T190211Z
DTSTART:20250415T180000Z
DTEND:20250415T191500Z
SUMMARY:Ubisoft Montréal - Retour sur le test pratique / Take-home review
  - Lead Data Scientist - Player Analytics
DESCRIPTION:Bonjour Marc-André\,\n\nMerci d'avoir complété le test pratiq
 ue. Yannick Leduc et Sofia Reyes souhaitent en discuter avec vous (prése
 ntation de 20 min\, puis questions).\n\nLieu : 5505 boul. Saint-Laurent\,
  Montréal - demandez Talent Acquisition à la réception.\n\nUbisoft Montré
 al
LOCATION:5505 boul. Saint-Laurent\, Montréal
ORGANIZER;CN=Ubisoft Talent Acquisition:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Yannick Leduc:mailto:yannick.leduc@ubisoft.com
ATTENDEE;CN=Sofia Reyes:mailto:sofia.reyes@ubisoft.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="typed-cae",
        uid="20250318T221407Z-7731-1000-5431-32@marc-andre-pixel",
        is_interview=1,
        company="CAE",
        role="",
        stage="hiring_manager",
        interviewers="",
        trap="hand-typed-android-call-with-manager",
        eol="\n",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
X-WR-CALNAME:ma.tremblay.data@videotron.ca
X-WR-TIMEZONE:America/Montreal
BEGIN:VEVENT
UID:20250318T221407Z-7731-1000-5431-32@marc-andre-pixel
DTSTAMP:20250318T221407Z
DTSTART;TZID=America/Montreal:20250321T083000
DTEND;TZID=America/Montreal:20250321T091500
SUMMARY:CAE - call w/ hiring mgr (Defense & Security ML)
DESCRIPTION:Martin D. va appeler. Poste pas encore affiché officiellement
 \, référé par Kim. demander: clearance? télétravail? Saint-Laurent 3j/sem?
LOCATION:cell
CREATED:20250318T221407Z
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calcom-dialogue",
        uid="cal-booking-8xK2pQ7vLm3NzR9t@cal.com",
        is_interview=1,
        company="Dialogue",
        role="Staff Data Scientist",
        stage="recruiter_screen",
        interviewers="camille.brault@dialogue.co",
        trap="calcom-booked-by-candidate-screen",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:cal-booking-8xK2pQ7vLm3NzR9t@cal.com
DTSTAMP:20250320T012244Z
DTSTART:20250324T143000Z
DTEND:20250324T150000Z
SUMMARY:Intro Call - Staff Data Scientist between Camille Brault and Marc
 -André Tremblay
DESCRIPTION:What: Intro Call - Staff Data Scientist\nInvitee Time Zone: A
 merica/Montreal\nWho:\n- Camille Brault - Organizer\n- Marc-André Tremb
 lay\nWhere: https://dialogue.zoom.us/j/81233009112\nAdditional notes: Avai
 lable anytime after 9:30. - MA\n\nNeed to make a change? Reschedule or Ca
 ncel: https://app.cal.com/booking/8xK2pQ7vLm3NzR9t
ORGANIZER;CN=Camille Brault:mailto:camille.brault@dialogue.co
ATTENDEE;CN=Marc-André Tremblay;PARTSTAT=ACCEPTED:mailto:ma.tremblay.data@videotron.ca
LOCATION:https://dialogue.zoom.us/j/81233009112
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="founder-gmail",
        uid="7b0nd9l3p1q5e8r2h4m6s0t3ka@google.com",
        is_interview=1,
        company="Boussole Analytique",
        role="",
        stage="",
        interviewers="jp.valiquette@gmail.com",
        trap="founder-on-gmail-jasette-cafe",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250327T080000
DTEND;TZID=America/Toronto:20250327T090000
DTSTAMP:20250323T230011Z
ORGANIZER;CN=JP Valiquette:mailto:jp.valiquette@gmail.com
UID:7b0nd9l3p1q5e8r2h4m6s0t3ka@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=JP Valiquette;X-NUM-GUESTS=0:mailto:jp.valiquette@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Marc-André Tremblay;X-NUM-GUESTS=0:mailto:ma.tremblay.data@videotr
 on.ca
DESCRIPTION:Salut Marc-André! Comme je t'ai écrit\, on cherche notre pre
 mier·ère head of data chez Boussole. Un café pour se jaser de ton parcour
 s et je te montre ce qu'on bâtit? Ensuite je te présenterais à Laurence (
 CTO) si ça clique. JP
LOCATION:Café Olimpico\, 124 rue Saint-Viateur O\, Montréal
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café MA / JP (Boussole) - head of data
TRANSP:OPAQUE
END:VEVENT
@TZ America/Toronto
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-loto",
        uid="040000008200E00074C5B7101A82E008000000004A1FEE2C7D91DB01000000000000000010000000E2F3A4B5C6D7E8F90A1B",
        is_interview=1,
        company="Loto-Québec",
        role="Chef d'équipe - science des données",
        stage="onsite",
        interviewers="helene.dufresne@loto-quebec.com;marc.provost@loto-quebec.com",
        trap="outlook-entrevue-presentiel-resource-room",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Eastern Standard Time
BEGIN:VEVENT
ORGANIZER;CN="Dufresne, Hélène":mailto:helene.dufresne@loto-quebec.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Provost,
  Marc":mailto:marc.provost@loto-quebec.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marc-Andr
 é Tremblay:mailto:ma.tremblay.data@videotron.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="SALLE 5-12 Ma
 isonneuve (8 pers.)":mailto:salle512@loto-quebec.com
DESCRIPTION;LANGUAGE=fr-CA:Entrevue - Chef d'équipe\, science des données
 \n500\, rue Sherbrooke Ouest\, 5e étage - se présenter à la sécurité au r
 ez-de-chaussée.\nDurée prévue : 1 h 30 (incluant un exercice de 30 min).\n
UID:040000008200E00074C5B7101A82E008000000004A1FEE2C7D91DB01000000000000000010000000E2F3A4B5C6D7E8F90A1B
SUMMARY;LANGUAGE=fr-CA:Entrevue - Chef d'équipe\, science des données (M.
 -A. Tremblay)
DTSTART;TZID=Eastern Standard Time:20250417T140000
DTEND;TZID=Eastern Standard Time:20250417T153000
DTSTAMP:20250409T171509Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:SALLE 5-12 Maisonneuve (8 pers.)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="trial-day-startup",
        uid="nordsight-essai-20250424@nordsight.ai",
        is_interview=1,
        company="Nordsight Analytics",
        role="Senior ML Engineer",
        stage="final",
        interviewers="olivia.st-pierre@nordsight.ai",
        trap="journee-essai-paid-trial-day-all-day",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Nordsight//Fastmail//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:nordsight-essai-20250424@nordsight.ai
DTSTAMP:20250416T151200Z
DTSTART;VALUE=DATE:20250424
DTEND;VALUE=DATE:20250425
SUMMARY:Journée d'essai - Marc-André @ Nordsight
DESCRIPTION:Tel que discuté : une journée rémunérée avec l'équipe (9h-17h)
  sur un vrai problème de détection d'anomalies\, puis 30 min de retour av
 ec moi en fin de journée. C'est la dernière étape avant une offre.\nAdre
 sse : 5333 av. Casgrain\, bureau 800. Lunch offert!\nOlivia St-Pierre\, C
 EO
ORGANIZER;CN=Olivia St-Pierre:mailto:olivia.st-pierre@nordsight.ai
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
LOCATION:5333 av. Casgrain\, bureau 800\, Montréal
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
