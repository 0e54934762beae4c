"""holdout161 events, part D: Toronto employers, agencies and headhunters naming their client."""

EVENTS = [
    dict(
        kind="workday-rbc",
        uid="wd-RBC-R-0000098123-int-1@myworkday.com",
        is_interview=1,
        company="RBC",
        role="Lead Data Scientist, Insurance Analytics",
        stage="hiring_manager",
        interviewers="samantha.chen@rbc.com",
        trap="workday-english-hiring-manager-toronto",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting//EN
VERSION:2.0
METHOD:REQUEST
@TZ America/New_York
BEGIN:VEVENT
UID:wd-RBC-R-0000098123-int-1@myworkday.com
DTSTAMP:20250319T141414Z
DTSTART;TZID=America/New_York:20250326T113000
DTEND;TZID=America/New_York:20250326T121500
SUMMARY:RBC Interview: Lead Data Scientist\, Insurance Analytics (R-000009
 8123)
DESCRIPTION:Hello Marc-André\,\n\nYou are invited to a virtual interview w
 ith Samantha Chen\, Director\, RBC Insurance Analytics (hiring manager).\n
 Please join via Microsoft Teams: https://teams.microsoft.com/l/meetup-joi
 n/19%3ameeting_UkJD\n\nRBC Talent Acquisition
ORGANIZER;CN=RBC Talent Acquisition:mailto:rbc@myworkday.com
ATTENDEE;CN=Samantha Chen:mailto:samantha.chen@rbc.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goodtime-td",
        uid="goodtime-evt-td-6c2a9b0e1f@goodtime.io",
        is_interview=1,
        company="TD",
        role="Senior Manager, Data Science (TD Insurance)",
        stage="technical",
        interviewers="vikram.sethi@td.com;alexis.roy@td.com",
        trap="goodtime-technical-panel-td-insurance",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-evt-td-6c2a9b0e1f@goodtime.io
DTSTAMP:20250408T121030Z
DTSTART:20250411T143000Z
DTEND:20250411T154500Z
SUMMARY:TD | Technical Interview | Marc-André Tremblay
DESCRIPTION:Position: Senior Manager\, Data Science (TD Insurance)\nInterv
 iew panel: Vikram Sethi\, Alexis Roy\nFormat: case discussion on claims s
 everity modelling + Q&A\n\nJoin Zoom Meeting: https://tdbank.zoom.us/j/933
 10455120\nOne tap mobile: +16475580588\,\,93310455120#\n\nScheduled by Go
 odTime on behalf of TD Talent Acquisition.
ORGANIZER;CN=TD Talent Acquisition:mailto:scheduling@td.goodtime.io
ATTENDEE;CN=Vikram Sethi:mailto:vikram.sethi@td.com
ATTENDEE;CN=Alexis Roy:mailto:alexis.roy@td.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-manulife",
        uid="040000008200E00074C5B7101A82E00800000000A0E2C44F1B93DB010000000000000000100000005566778899AABBCCDDEE",
        is_interview=1,
        company="Manulife",
        role="AVP, Machine Learning Engineering",
        stage="final",
        interviewers="Richard Ames",
        trap="outlook-final-with-svp-assistant-sends",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ Eastern Standard Time
BEGIN:VEVENT
ORGANIZER;CN="Patterson, Lisa":mailto:lisa_patterson@manulife.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ma.trembla
 y.data@videotron.ca:mailto:ma.tremblay.data@videotron.ca
DESCRIPTION;LANGUAGE=en-US:Hi Marc-André\,\n\nOn behalf of Richard Ames\,
  SVP & Chief Data Officer\, I'm sending this invitation for your final conv
 ersation regarding the AVP\, Machine Learning Engineering role. Richard wi
 ll call you at 514-555-0112.\n\nThank you\,\nLisa Patterson\nExecutive As
 sistant to Richard Ames\n
UID:040000008200E00074C5B7101A82E00800000000A0E2C44F1B93DB010000000000000000100000005566778899AABBCCDDEE
SUMMARY;LANGUAGE=en-US:Richard Ames / Marc-André Tremblay
DTSTART;TZID=Eastern Standard Time:20250502T163000
DTEND;TZID=Eastern Standard Time:20250502T171500
DTSTAMP:20250428T133355Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone - Richard to call
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-wealthsimple",
        uid="gh-interview-8830112004-wealthsimple@greenhouse.io",
        is_interview=1,
        company="Wealthsimple",
        role="Staff Data Scientist",
        stage="technical",
        interviewers="noah.feldman@wealthsimple.com",
        trap="greenhouse-take-home-presentation",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-8830112004-wealthsimple@greenhouse.io
DTSTAMP:20250331T190001Z
DTSTART:20250407T170000Z
DTEND:20250407T180000Z
SUMMARY:Wealthsimple - Take-Home Presentation (Marc-André Tremblay)
DESCRIPTION:You'll walk Noah Feldman through your take-home (churn uplift)
  for ~25 min\, then discussion.\n\nRole: Staff Data Scientist\nZoom: https
 ://wealthsimple.zoom.us/j/97112004118\n\nIf you need accommodations\, let
  your recruiter know.
ORGANIZER;CN=Wealthsimple Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Noah Feldman:mailto:noah.feldman@wealthsimple.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workable-ada",
        uid="workable-interview-ada-3f9d1c2b",
        is_interview=1,
        company="Ada",
        role="Senior Machine Learning Engineer",
        stage="hiring_manager",
        interviewers="priscilla.tan@ada.cx",
        trap="workable-hiring-manager-chat",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-interview-ada-3f9d1c2b
DTSTAMP:20250312T150505Z
DTSTART:20250317T163000Z
DTEND:20250317T171500Z
SUMMARY:Interview with Ada: Senior Machine Learning Engineer
DESCRIPTION:Hi Marc-André\,\n\nThis is a 45 minute conversation with Pri
 scilla Tan\, Engineering Manager (ML Platform).\n\nGoogle Meet: https://m
 eet.google.com/ada-hmgr-ml\n\nSent via Workable on behalf of Ada Support
ORGANIZER;CN=Ada Support:mailto:ada@jobs.workablemail.com
ATTENDEE;CN=Priscilla Tan:mailto:priscilla.tan@ada.cx
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-german",
        uid="SF-MR-INTV-2025-04-7781902",
        is_interview=1,
        company="Munich Re",
        role="Senior Data Scientist (m/w/d) - Canada Life Re Analytics",
        stage="",
        interviewers="k.hoffmann@munichre.com;j.whitford@munichre.ca",
        trap="successfactors-german-template-toronto-role",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//DE
VERSION:2.0
METHOD:REQUEST
@TZ Europe/Berlin
BEGIN:VEVENT
UID:SF-MR-INTV-2025-04-7781902
DTSTAMP:20250409T081530Z
DTSTART;TZID=Europe/Berlin:20250415T170000
DTEND;TZID=Europe/Berlin:20250415T180000
SUMMARY:Vorstellungsgespräch: Senior Data Scientist (m/w/d) - Canada Life
  Re Analytics
DESCRIPTION:Sehr geehrter Herr Tremblay\,\n\nvielen Dank für Ihre Bewerbu
 ng bei Munich Re. Gerne laden wir Sie zu einem Vorstellungsgespräch per M
 icrosoft Teams ein.\n\nGesprächspartner: Dr. Katrin Hoffmann (Head of Dat
 a Analytics\, München)\, James Whitford (VP Life Pricing\, Toronto)\n\nDea
 r Marc-André\, the interview will be held in English (11:00-12:00 Toronto
  time).\n\nMit freundlichen Grüßen\nIhr Munich Re Recruiting Team
LOCATION:Microsoft Teams
ORGANIZER;CN=Munich Re Recruiting:mailto:recruiting@munichre.com
ATTENDEE;CN=Dr. Katrin Hoffmann:mailto:k.hoffmann@munichre.com
ATTENDEE;CN=James Whitford:mailto:j.whitford@munichre.ca
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-randstad",
        uid="1f7c0e2a9b3d4c55@randstad.ca",
        is_interview=1,
        company="Co-operators",
        role="Senior Data Scientist - Catastrophe Modelling",
        stage="recruiter_screen",
        interviewers="kathleen.murray@randstad.ca",
        trap="agency-screening-client-named-in-summary",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ Eastern Standard Time
BEGIN:VEVENT
UID:1f7c0e2a9b3d4c55@randstad.ca
DTSTAMP:20250324T161200Z
DTSTART;TZID=Eastern Standard Time:20250326T160000
DTEND;TZID=Eastern Standard Time:20250326T163000
SUMMARY:Randstad Digital - screening call - Co-operators Sr DS (Cat Model
 ling)
DESCRIPTION:Hi Marc-André\,\n\nThanks for sending your resume. Let's do a
  quick screening call about the Senior Data Scientist - Catastrophe Model
 ling role with my client The Co-operators (Guelph/hybrid or remote from Q
 C). I'll go over the mandate\, rate and your background before submitting
  you.\n\nKathleen Murray\nSenior Recruitment Consultant\, Randstad Digital
ORGANIZER;CN="Murray, Kathleen":mailto:kathleen.murray@randstad.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Marc-André Tremblay:mailto:ma.tremblay.data@videotron.ca
LOCATION:Phone call
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hays-body-client",
        uid="hays-ca-mtl-20250314-4481@hays.com",
        is_interview=1,
        company="Air Canada",
        role="Data Science Lead - Revenue Management",
        stage="recruiter_screen",
        interviewers="vincent.moreau@hays.com",
        trap="agency-call-employer-named-only-in-body",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250314T133000Z
DTEND:20250314T140000Z
DTSTAMP:20250313T182201Z
ORGANIZER;CN=Vincent Moreau:mailto:vincent.moreau@hays.com
UID:hays-ca-mtl-20250314-4481@hays.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ma.tremblay.data@videotron.ca;X-NUM-GUESTS=0:mailto:ma.tremblay.da
 ta@videotron.ca
DESCRIPTION:Bonjour Marc-André\,\n\nSuite à notre échange LinkedIn\, voici
  l'invitation pour discuter du mandat de Data Science Lead - Revenue Mana
 gement chez Air Canada (siège social\, Saint-Laurent). Je vous poserai qu
 elques questions sur votre expérience en prévision de la demande et en o
 ptimisation avant de présenter votre candidature au client.\n\nVincent Mor
 eau\, Hays Technologie\, Montréal\n514-555-0173
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Échange téléphonique - Hays / M.-A. Tremblay
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="headhunter-fiera",
        uid="b2c9e1d4-8f7a-4a30-9e55-0d6c1f2e3a47",
        is_interview=1,
        company="Fiera Capital",
        role="Directeur(trice), science des données",
        stage="recruiter_screen",
        interviewers="dominique.aubin@odgersberndtson.com",
        trap="headhunter-confidential-mandate-named-in-body",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.92//EN
VERSION:2.0
METHOD:REQUEST
@TZ America/Montreal
BEGIN:VEVENT
UID:b2c9e1d4-8f7a-4a30-9e55-0d6c1f2e3a47
DTSTAMP:20250404T205530Z
DTSTART;TZID=America/Montreal:20250409T073000
DTEND;TZID=America/Montreal:20250409T083000
SUMMARY:Marc-André Tremblay / Dominique Aubin - déjeuner
DESCRIPTION:Marc-André\,\n\nMerci d'accepter ce déjeuner. Comme mentionné
  au téléphone\, le mandat est confidentiel : notre client est Fiera Capit
 al\, qui crée un poste de directeur(trice)\, science des données\, relevan
 t du chef des placements. Je souhaite valider votre intérêt et votre parc
 ours avant de vous présenter au comité.\n\nDominique Aubin\nAssociée\, Od
 gers Berndtson Montréal
LOCATION:Café Parvis\, 433 rue Mayor
ORGANIZER;CN=Dominique Aubin:mailto:dominique.aubin@odgersberndtson.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="quantumblack-case",
        uid="qb-case-int-5512-r1@mckinsey.com",
        is_interview=1,
        company="QuantumBlack",
        role="Principal Data Scientist",
        stage="technical",
        interviewers="claire.dubois@mckinsey.com;raj_malhotra@mckinsey.com",
        trap="case-interview-consulting-round-one",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ Eastern Standard Time
BEGIN:VEVENT
UID:qb-case-int-5512-r1@mckinsey.com
DTSTAMP:20250409T154040Z
DTSTART;TZID=Eastern Standard Time:20250416T090000
DTEND;TZID=Eastern Standard Time:20250416T110000
SUMMARY:QuantumBlack First Round - Marc-André Tremblay
DESCRIPTION:Dear Marc-André\,\n\nPlease find below your first-round schedu
 le for the Principal Data Scientist position (Montréal / Toronto):\n\n9:00
  - 10:00  Case + experience interview with Claire Dubois\n10:00 - 11:00
   Technical deep dive with Raj Malhotra\n\nWebex: https://mckinsey.webex.c
 om/meet/qb.firstround4\nAccess code: 2660 114 5090\n\nRecruiting Coordinat
 or\, QuantumBlack\, AI by McKinsey
ORGANIZER;CN=QB Recruiting:mailto:qb_recruiting@mckinsey.com
ATTENDEE;CN=Claire Dubois:mailto:claire.dubois@mckinsey.com
ATTENDEE;CN=Raj Malhotra:mailto:Raj_Malhotra@mckinsey.com
ATTENDEE;CN=Marc-André Tremblay;RSVP=TRUE:mailto:ma.tremblay.data@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
