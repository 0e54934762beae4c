# ruff: noqa: E501
"""holdout219 events, part d: public-affairs firms, consultancies, companies' EU-affairs teams, think tanks, NGOs."""

from holdout219ev_common import BRU_G, LON_G, MAD_G, PAR_G, ev

_GOOGLE_HEAD = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"

EVENTS = [
    ev("greenhouse-phone", "gh-ardent-6631870003-phone@greenhouse.io", 1, "Ardent Strategies",
       "Senior Consultant, EU Energy & Climate", "recruiter_screen", "olivia.hart@ardentstrategies.com",
       "greenhouse-recruiter-phone-screen-lobbying-firm-english",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-ardent-6631870003-phone@greenhouse.io
DTSTAMP:20250915T163320Z
DTSTART:20250919T100000Z
DTEND:20250919T103000Z
SUMMARY:Phone Screen: Elise Vandenbroucke <> Ardent Strategies
ORGANIZER;CN=Olivia Hart:mailto:olivia.hart@ardentstrategies.com
ATTENDEE;CN=Elise Vandenbroucke;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CN=Olivia Hart;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:olivia.hart@ardentstrategies.com
LOCATION:Phone call - Olivia will call +32 477 30 18 62
DESCRIPTION:Hi Elise\,\n\nLooking forward to our call about the Senior Consultant\, EU Energy & Climate role in our Brussels office. Olivia will call you on the number you provided.\n\nOlivia Hart | Talent Partner\, EMEA | Ardent Strategies\n\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("writing-exercise", "gh-ardent-6631870003-exercise@greenhouse.io", 1, "Ardent Strategies",
       "Senior Consultant, EU Energy & Climate", "technical", "",
       "greenhouse-timed-writing-exercise-no-interviewer",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-ardent-6631870003-exercise@greenhouse.io
DTSTAMP:20250926T090012Z
DTSTART:20251001T070000Z
DTEND:20251001T083000Z
SUMMARY:Writing Exercise (90 min) - Senior Consultant\, EU Energy & Climate
ORGANIZER;CN=Ardent Strategies Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Elise Vandenbroucke;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elise.vdbroucke@gmail.com
DESCRIPTION:At the start time you will receive a client brief by email. You will have 90 minutes to write a 2-page memo for a client (a utility) on what the revised Electricity Market Design means for them and which MEPs/Member States to approach. Reply to the email with your memo.\n\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("partner-final", "gh-ardent-6631870003-final@greenhouse.io", 1, "Ardent Strategies",
       "Senior Consultant, EU Energy & Climate", "final",
       "james.whitmore@ardentstrategies.com;katarina.novak@ardentstrategies.com",
       "greenhouse-final-round-partners-onsite-brussels",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-ardent-6631870003-final@greenhouse.io
DTSTAMP:20251008T141544Z
DTSTART:20251015T150000Z
DTEND:20251015T163000Z
SUMMARY:Final Round: Elise Vandenbroucke - Senior Consultant\, EU Energy & Climate
ORGANIZER;CN=Olivia Hart:mailto:olivia.hart@ardentstrategies.com
ATTENDEE;CN=Elise Vandenbroucke;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CN=James Whitmore;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:james.whitmore@ardentstrategies.com
ATTENDEE;CN=Katarina Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:katarina.novak@ardentstrategies.com
LOCATION:Ardent Strategies\, Square de Meeûs 37\, 1000 Brussels (5th floor)
DESCRIPTION:Final round in our Brussels office.\n\n17:00-17:45 James Whitmore\, Managing Partner\n17:45-18:30 Katarina Novak\, Partner\, Energy Practice\n\nWe'll discuss your memo. Please ask for Olivia at reception.\n\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("entretien-associee", "flatchr-evt-19c7a3b0e2@flatchr.io", 1, "Delorme & Associés",
       "Consultante senior affaires publiques européennes", "hiring_manager", "helene.delorme@delorme-associes.fr",
       "paris-public-affairs-firm-flatchr-entretien-associee",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Flatchr//Flatchr ATS//FR
METHOD:REQUEST
""" + PAR_G + r"""BEGIN:VEVENT
UID:flatchr-evt-19c7a3b0e2@flatchr.io
DTSTAMP:20251006T093019Z
DTSTART;TZID=Europe/Paris:20251013T113000
DTEND;TZID=Europe/Paris:20251013T123000
SUMMARY:Entretien avec Hélène Delorme - Consultante senior affaires publiques européennes
ORGANIZER;CN=Delorme & Associés:mailto:recrutement@delorme-associes.fr
ATTENDEE;CN=Elise Vandenbroucke;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CN=Hélène Delorme;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:helene.delorme@delorme-associes.fr
LOCATION:14 rue de Penthièvre\, 75008 Paris
DESCRIPTION:Bonjour Elise\,\n\nSuite à notre échange téléphonique\, Hélène Delorme\, associée fondatrice\, sera ravie de vous recevoir au cabinet. Le poste est basé à Paris avec des déplacements réguliers à Bruxelles et Strasbourg (sessions plénières).\n\nBien cordialement\,\nL'équipe Delorme & Associés
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("lever-video", "lever-iv-0d6c7e1a-3b52-4f19-9e8a-vantage-01@hire.lever.co", 1, "Vantage EU Public Affairs",
       "Account Director - Tech & Digital", "recruiter_screen", "ruth.okafor@vantage-eu.com",
       "lever-video-interview-recruiter",
       r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-iv-0d6c7e1a-3b52-4f19-9e8a-vantage-01@hire.lever.co
DTSTAMP:20251027T111100Z
DTSTART:20251030T140000Z
DTEND:20251030T143000Z
SUMMARY:Video Interview with Vantage EU Public Affairs
ORGANIZER;CN=Ruth Okafor:mailto:ruth.okafor@vantage-eu.com
ATTENDEE;CN=Elise Vandenbroucke;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CN=Ruth Okafor;PARTSTAT=ACCEPTED:mailto:ruth.okafor@vantage-eu.com
LOCATION:https://meet.google.com/kbs-ewyn-ptd
DESCRIPTION:Hi Elise\,\n\nConfirming your interview for Account Director - Tech & Digital.\n\nInterviewer: Ruth Okafor (People & Talent Lead)\nJoin with Google Meet: https://meet.google.com/kbs-ewyn-ptd\nJoin by phone: (BE) +32 2 290 62 41 PIN: 318 004 775#\n\nNeed to reschedule? Reply to this email.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("lever-panel", "lever-iv-0d6c7e1a-3b52-4f19-9e8a-vantage-02@hire.lever.co", 1, "Vantage EU Public Affairs",
       "Account Director - Tech & Digital", "onsite",
       "stefan.olsen@vantage-eu.com;amelie.gauthier@vantage-eu.com;rui.fernandes@vantage-eu.com",
       "lever-panel-onsite-three-interviewers-schedule-in-body",
       r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-iv-0d6c7e1a-3b52-4f19-9e8a-vantage-02@hire.lever.co
DTSTAMP:20251106T160210Z
DTSTART:20251113T130000Z
DTEND:20251113T150000Z
SUMMARY:Onsite Interview - Account Director - Tech & Digital
ORGANIZER;CN=Ruth Okafor:mailto:ruth.okafor@vantage-eu.com
ATTENDEE;CN=Elise Vandenbroucke;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CN=Stefan Olsen;PARTSTAT=ACCEPTED:mailto:stefan.olsen@vantage-eu.com
ATTENDEE;CN=Amélie Gauthier;PARTSTAT=ACCEPTED:mailto:amelie.gauthier@vantage-eu.com
ATTENDEE;CN=Rui Fernandes;PARTSTAT=TENTATIVE:mailto:rui.fernandes@vantage-eu.com
LOCATION:Vantage EU\, Rue d'Arlon 25\, 1050 Brussels - Meeting room "Berlaymont"
DESCRIPTION:Schedule\n14:00 Stefan Olsen (Managing Director) - client portfolio & leadership\n14:45 Amélie Gauthier (Director\, Digital) - AI Act implementation case\n15:30 Rui Fernandes (Associate Director) - team & ways of working\n\nRuth will meet you at reception.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("ashby-interview", "ashby-3c9f1a55-8e2b-4d70-a4c6-meridianhill@ashbyhq.com", 1, "Meridian Hill Consulting",
       "Manager, EU Regulatory Affairs", "hiring_manager", "nora.lindgren@meridianhill.eu",
       "ashby-hiring-manager-zoom",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-3c9f1a55-8e2b-4d70-a4c6-meridianhill@ashbyhq.com
DTSTAMP:20251201T084733Z
DTSTART:20251209T151500Z
DTEND:20251209T160000Z
SUMMARY:Elise Vandenbroucke <> Nora Lindgren (Meridian Hill)
ORGANIZER;CN=Meridian Hill Recruiting:mailto:recruiting@meridianhill.eu
ATTENDEE;CN=Elise Vandenbroucke;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CN=Nora Lindgren;PARTSTAT=ACCEPTED:mailto:nora.lindgren@meridianhill.eu
LOCATION:https://meridianhill.zoom.us/j/86120047731
DESCRIPTION:Interview for Manager\, EU Regulatory Affairs\n\nYou'll be meeting Nora Lindgren\, Head of EU Regulatory Affairs and the hiring manager for this role.\n\nZoom: https://meridianhill.zoom.us/j/86120047731 (Passcode: 330912)\n\nScheduled with Ashby
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("assessment-day", "6pj4ad1h0k8q2lm7bn3c9v5tsf@google.com", 1, "Hartwell Grey", "Associate Director, EU Affairs",
       "onsite", "", "consultancy-assessment-day-all-morning-sent-by-office-manager",
       _GOOGLE_HEAD + "METHOD:REQUEST\n" + BRU_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20251127T090000
DTEND;TZID=Europe/Brussels:20251127T133000
DTSTAMP:20251120T155922Z
ORGANIZER;CN=Hartwell Grey Office:mailto:office.brussels@hartwellgrey.com
UID:6pj4ad1h0k8q2lm7bn3c9v5tsf@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elise.vdbroucke@gmail.com;X-NUM-GUESTS=0:mailto:elise.vdbroucke@gm
 ail.com
DESCRIPTION:Assessment morning - Associate Director\, EU Affairs\n\n09:00
  welcome & coffee\n09:15 in-tray exercise (client inbox\, 60 min)\n10:30
  role-play: briefing a nervous client CEO before a Commissioner meeting\n1
 1:30 interview with two partners\n12:30 lunch with the team\n\nDress: bu
 siness. Any questions\, call the office on +32 2 511 44 80.
LOCATION:Hartwell Grey\, Rue Montoyer 51\, 1000 Brussels
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hartwell Grey - assessment morning (E. Vandenbroucke)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("founder-gmail", "4o2bt9m6s1rk7d3fqe0l5j8cvh@google.com", 1, "Policy Bridge", "Senior Consultant",
       "hiring_manager", "lucas.moreau.pb@gmail.com", "founder-on-free-mail-talk-about-role",
       _GOOGLE_HEAD + "METHOD:REQUEST\n" + BRU_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20251022T123000
DTEND;TZID=Europe/Brussels:20251022T133000
DTSTAMP:20251017T203300Z
ORGANIZER;CN=Lucas Moreau:mailto:lucas.moreau.pb@gmail.com
UID:4o2bt9m6s1rk7d3fqe0l5j8cvh@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucas
  Moreau;X-NUM-GUESTS=0:mailto:lucas.moreau.pb@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=elise.
 vdbroucke@gmail.com;X-NUM-GUESTS=0:mailto:elise.vdbroucke@gmail.com
DESCRIPTION:Hi Elise - as promised\, lunch to talk about the Senior Consul
 tant role at Policy Bridge. We're 6 people now\, 3 clients in agri-food\,
  and I need someone who knows the AGRI committee inside out. I'll bring th
 e numbers. Lucas
LOCATION:Maison Antoine? no - Le Pain Quotidien Place du Luxembourg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lunch Lucas / Elise - Policy Bridge
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("teamtailor-screen", "tt-interview-2241987@app.teamtailor.com", 1, "Voltara Batteries",
       "EU Affairs Manager", "recruiter_screen", "frida.eklund@voltara.se",
       "teamtailor-swedish-company-first-interview",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-2241987@app.teamtailor.com
DTSTAMP:20251103T120111Z
DTSTART:20251107T093000Z
DTEND:20251107T100000Z
SUMMARY:Interview: EU Affairs Manager @ Voltara
ORGANIZER;CN=Frida Eklund:mailto:frida.eklund@voltara.se
ATTENDEE;CN=Elise Vandenbroucke;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CN=Frida Eklund;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:frida.eklund@voltara.se
LOCATION:Microsoft Teams
DESCRIPTION:Hi Elise!\n\nGreat to have you in the process for EU Affairs Manager in Brussels. This first interview is with me\, Frida (Talent Acquisition). We'll go through your background and what Voltara is building in Skellefteå and Brussels.\n\nJoin Microsoft Teams Meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTFiYzA4ZGEtZTMxNS00YjE2LThkODUtYjZmMmQ1MTMxZmI4%40thread.v2/0\n\nBest\,\nFrida\nVoltara Batteries AB
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("teams-vp", "tt-interview-2259340@app.teamtailor.com", 1, "Voltara Batteries", "EU Affairs Manager",
       "hiring_manager", "magnus.berg@voltara.se", "teamtailor-second-interview-vp-battery-regulation",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-2259340@app.teamtailor.com
DTSTAMP:20251114T080544Z
DTSTART:20251120T130000Z
DTEND:20251120T140000Z
SUMMARY:2nd interview: EU Affairs Manager @ Voltara - with Magnus Berg
ORGANIZER;CN=Frida Eklund:mailto:frida.eklund@voltara.se
ATTENDEE;CN=Elise Vandenbroucke;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CN=Magnus Berg;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:magnus.berg@voltara.se
LOCATION:Microsoft Teams
DESCRIPTION:Hi Elise\,\n\nNext step: a conversation with Magnus Berg\, VP Public Affairs & Sustainability (your future manager). Expect questions on the Battery Regulation due-diligence delegated acts and the CRMA.\n\nBest\,\nFrida
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("entrevista", "sfsf-int-iberenergia-1042279@iberenergia.successfactors.eu", 1, "Iberenergía",
       "Responsable de Asuntos Europeos (Bruselas)", "hiring_manager",
       "lucia.martinez@iberenergia.es;javier.ortega@iberenergia.es",
       "spanish-utility-successfactors-entrevista-europe-madrid",
       r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//ES
VERSION:2.0
METHOD:REQUEST
""" + MAD_G + r"""BEGIN:VEVENT
UID:sfsf-int-iberenergia-1042279@iberenergia.successfactors.eu
DTSTAMP:20251110T101755Z
DTSTART;TZID=Europe/Madrid:20251119T100000
DTEND;TZID=Europe/Madrid:20251119T110000
SUMMARY:Entrevista - Responsable de Asuntos Europeos (Bruselas)
ORGANIZER;CN=Selección Iberenergía:mailto:seleccion@iberenergia.es
ATTENDEE;CN=Elise Vandenbroucke;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CN=Lucía Martínez;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lucia.martinez@iberenergia.es
ATTENDEE;CN=Javier Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:javier.ortega@iberenergia.es
LOCATION:Microsoft Teams
DESCRIPTION:Estimada Elise:\n\nGracias por tu interés en la posición de Responsable de Asuntos Europeos en nuestra oficina de Bruselas. Te confirmamos la entrevista con Lucía Martínez (Directora de Relaciones Institucionales) y Javier Ortega (Delegado en Bruselas). La entrevista será en español e inglés.\n\nUn saludo\,\nEquipo de Selección - Iberenergía
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("workable-interview", "workable-ev-4d77c2f1e0a9@workablemail.com", 1, "CERS",
       "Research Fellow - EU Regulatory Policy", "", "pieter.devos@cers.eu;amira.haddad@cers.eu",
       "think-tank-workable-interview-and-exercise-no-clear-stage",
       r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-ev-4d77c2f1e0a9@workablemail.com
DTSTAMP:20260112T142001Z
DTSTART:20260119T140000Z
DTEND:20260119T151500Z
SUMMARY:Interview with Centre for European Regulatory Studies
ORGANIZER;CN=Centre for European Regulatory Studies:mailto:cers@workablemail.com
ATTENDEE;CN=Elise Vandenbroucke;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CN=Pieter De Vos;PARTSTAT=ACCEPTED:mailto:pieter.devos@cers.eu
ATTENDEE;CN=Amira Haddad;PARTSTAT=ACCEPTED:mailto:amira.haddad@cers.eu
LOCATION:CERS\, Place du Congrès 1\, 1000 Brussels
DESCRIPTION:Hi Elise\,\n\nYou have been invited to an interview for the Research Fellow - EU Regulatory Policy position.\n\nThe meeting includes a short discussion of your writing sample and a 30-minute exercise (commenting on a Commission impact assessment).\n\nInterviewers: Pieter De Vos\, Amira Haddad\n\nSent via Workable
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("homerun-call", "homerun-9f31b6e2-interview@homerun.co", 1, "Clean Air Europe", "Senior Policy Officer, Transport",
       "recruiter_screen", "marta.sousa@cleanaireurope.org", "ngo-homerun-intro-call",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Homerun//Homerun//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:homerun-9f31b6e2-interview@homerun.co
DTSTAMP:20251205T093020Z
DTSTART:20251211T110000Z
DTEND:20251211T113000Z
SUMMARY:Intro call - Senior Policy Officer\, Transport - Clean Air Europe
ORGANIZER;CN=Marta Sousa:mailto:marta.sousa@cleanaireurope.org
ATTENDEE;CN=Elise Vandenbroucke;PARTSTAT=NEEDS-ACTION:mailto:elise.vdbroucke@gmail.com
LOCATION:Google Meet (https://meet.google.com/zpo-ubkq-snw)
DESCRIPTION:Hi Elise\, thanks for applying! This 30-minute intro call with Marta (People & Culture) is about you\, the role and how we work. No preparation needed. Homerun
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("icims-interview", "icims-int-7710342-2025@careers-vanderbiltmoreau.icims.com", 1, "Vanderbilt Moreau",
       "Senior EU Regulatory Adviser (non-lawyer)", "hiring_manager", "c.vermeulen@vanderbiltmoreau.com",
       "law-firm-icims-interview-confirmation",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//iCIMS Talent Platform//EN
METHOD:REQUEST
""" + BRU_G + r"""BEGIN:VEVENT
UID:icims-int-7710342-2025@careers-vanderbiltmoreau.icims.com
DTSTAMP:20251023T150010Z
DTSTART;TZID=Europe/Brussels:20251029T170000
DTEND;TZID=Europe/Brussels:20251029T180000
SUMMARY:Interview Confirmation: Senior EU Regulatory Adviser (non-lawyer) - Brussels
ORGANIZER;CN=Vanderbilt Moreau Recruiting:mailto:brussels.recruiting@vanderbiltmoreau.com
ATTENDEE;CN=Elise Vandenbroucke;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CN=Charlotte Vermeulen;ROLE=REQ-PARTICIPANT:mailto:c.vermeulen@vanderbiltmoreau.com
LOCATION:Vanderbilt Moreau LLP\, Avenue Louise 149\, 1050 Brussels (Floor 12)
DESCRIPTION:Dear Elise\,\n\nThis confirms your interview with Charlotte Vermeulen\, Partner\, EU Regulatory & Public Policy\, for the Senior EU Regulatory Adviser (non-lawyer) position (Req 7710342).\n\nPlease check in at the 12th-floor reception.\n\nVanderbilt Moreau LLP - Recruiting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("smartrecruiters", "sr-int-7f20b1d9-6a4e-4e3c-9c51-alcove@smartrecruiters.com", 1, "Alcove Consulting",
       "Senior Consultant - EU Public Sector", "", "tom.verbeke@alcoveconsulting.com",
       "smartrecruiters-interview-no-stage-stated",
       r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//SmartRecruiters Interview//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-int-7f20b1d9-6a4e-4e3c-9c51-alcove@smartrecruiters.com
DTSTAMP:20260114T091312Z
DTSTART:20260122T080000Z
DTEND:20260122T090000Z
SUMMARY:Alcove Consulting | Senior Consultant - EU Public Sector | Interview
ORGANIZER;CN=Alcove Consulting via SmartRecruiters:mailto:alcove@smartrecruiters.com
ATTENDEE;CN=Elise Vandenbroucke;RSVP=TRUE:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CN=Tom Verbeke:mailto:tom.verbeke@alcoveconsulting.com
LOCATION:Webex - https://alcove.webex.com/meet/tom.verbeke
DESCRIPTION:Dear Elise\,\nYou are invited to an interview for Senior Consultant - EU Public Sector (framework contracts with DG CNECT and DG GROW).\nInterviewer: Tom Verbeke\nJoin: https://alcove.webex.com/meet/tom.verbeke\nBelgium toll: +32 2 894 85 01\, access code 2741 556 0912
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("recruiter-zoom", "gh-cloudline-4410098002-rs@greenhouse.io", 1, "Cloudline", "EU Public Policy Manager",
       "recruiter_screen", "aoife.byrne@cloudline.com", "greenhouse-dublin-recruiter-zoom",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-cloudline-4410098002-rs@greenhouse.io
DTSTAMP:20250929T141500Z
DTSTART:20251003T123000Z
DTEND:20251003T130000Z
SUMMARY:Elise Vandenbroucke - Recruiter Screen (EU Public Policy Manager)
ORGANIZER;CN=Aoife Byrne:mailto:aoife.byrne@cloudline.com
ATTENDEE;CN=Elise Vandenbroucke;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CN=Aoife Byrne;PARTSTAT=ACCEPTED:mailto:aoife.byrne@cloudline.com
LOCATION:https://cloudline.zoom.us/j/97001128834
DESCRIPTION:Hi Elise\, looking forward to chatting about the EU Public Policy Manager role (Brussels). I'm based in Dublin - 13:30 Irish time / 14:30 Brussels.\nZoom: https://cloudline.zoom.us/j/97001128834\nAoife Byrne\, Technical Recruiter\, Cloudline
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("goodtime-loop", "goodtime-4b6e1f0a92c3d857@goodtime.io", 1, "Cloudline", "EU Public Policy Manager",
       "onsite", "hannah.weiss@cloudline.com;marc.dupuis@cloudline.com;priya.raman@cloudline.com",
       "goodtime-interview-loop-brussels-office",
       r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
""" + BRU_G + r"""BEGIN:VEVENT
UID:goodtime-4b6e1f0a92c3d857@goodtime.io
DTSTAMP:20251016T194511Z
DTSTART;TZID=Europe/Brussels:20251023T130000
DTEND;TZID=Europe/Brussels:20251023T160000
SUMMARY:Cloudline Interview - Elise Vandenbroucke - EU Public Policy Manager
ORGANIZER;CN=Cloudline Recruiting Coordination:mailto:coordination@cloudline.com
ATTENDEE;CN=Elise Vandenbroucke;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elise.vdbroucke@gmail.com
LOCATION:Cloudline Brussels\, Boulevard du Régent 35\, 1000 Brussels
DESCRIPTION:Your interview schedule (Brussels time):\n13:00 - 13:45 Hannah Weiss\, Director EU Public Policy (hiring manager)\n13:45 - 14:30 Marc Dupuis\, Senior Counsel\, Privacy & Regulatory\n14:45 - 15:30 Priya Raman\, Product Policy Lead\n15:30 - 16:00 wrap-up with Recruiting\n\nHannah Weiss <hannah.weiss@cloudline.com>\nMarc Dupuis <marc.dupuis@cloudline.com>\nPriya Raman <priya.raman@cloudline.com>\n\nPlease bring a photo ID for building security.\nScheduled via GoodTime
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("modernloop", "ml-evt-2f8c0b61d94a@modernloop.io", 1, "Paylane", "Head of EU Policy", "hiring_manager",
       "oliver.grant@paylane.com", "modernloop-london-zone-head-of-policy",
       r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop//EN
VERSION:2.0
METHOD:REQUEST
""" + LON_G + r"""BEGIN:VEVENT
UID:ml-evt-2f8c0b61d94a@modernloop.io
DTSTAMP:20260116T172200Z
DTSTART;TZID=Europe/London:20260126T140000
DTEND;TZID=Europe/London:20260126T144500
SUMMARY:Interview: Head of EU Policy - Elise Vandenbroucke / Oliver Grant
ORGANIZER;CN=Paylane Talent:mailto:talent@paylane.com
ATTENDEE;CN=Elise Vandenbroucke;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elise.vdbroucke@gmail.com
ATTENDEE;CN=Oliver Grant;PARTSTAT=ACCEPTED:mailto:oliver.grant@paylane.com
LOCATION:Google Meet - meet.google.com/uwr-kqhx-bde
DESCRIPTION:Oliver Grant (VP Global Policy) will speak with you about the Head of EU Policy role. Times shown in London time (15:00 Brussels).\n\nScheduled with ModernLoop
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("cal-com", "calcom-8Yt2Qm4pZx9Rb1Lw@cal.com", 1, "Lumen AI", "Head of EU Affairs", "hiring_manager",
       "antoine@lumen-ai.fr", "cal-com-booking-with-ceo-paris-startup",
       r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-8Yt2Qm4pZx9Rb1Lw@cal.com
DTSTAMP:20251208T220143Z
DTSTART:20251212T083000Z
DTEND:20251212T090000Z
SUMMARY:Head of EU Affairs - intro with Antoine between Antoine Mercier and Elise Vandenbroucke
ORGANIZER;CN=Antoine Mercier:mailto:antoine@lumen-ai.fr
ATTENDEE;CN=Elise Vandenbroucke;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:elise.vdbroucke@gmail.com
LOCATION:https://app.cal.com/video/8Yt2Qm4pZx9Rb1Lw
DESCRIPTION:What: Head of EU Affairs - intro with Antoine\nInvitee Time Zone: Europe/Brussels\nWho: Antoine Mercier - Organizer (CEO\, Lumen AI)\, Elise Vandenbroucke\nAdditional notes: Heard about the role from Léa - I cover AI Act / GPAI code of practice for clients\nNeed to make a change? https://cal.com/booking/8Yt2Qm4pZx9Rb1Lw
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("calendly", "calendly-6f1d2a3c-b7e8-4f90-a1b2-c3d4e5f6a7b8", 1, "Gilmore EU Advisory", "Senior Associate",
       "", "fgilmore@gilmore-eu.com", "calendly-30-minute-meeting-title-says-nothing",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-6f1d2a3c-b7e8-4f90-a1b2-c3d4e5f6a7b8
DTSTAMP:20251125T183015Z
DTSTART:20251201T163000Z
DTEND:20251201T170000Z
SUMMARY:30 Minute Meeting between Fergus Gilmore and Elise Vandenbroucke
ORGANIZER;CN=Fergus Gilmore:mailto:fgilmore@gilmore-eu.com
ATTENDEE;CN=Elise Vandenbroucke;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:elise.vdbroucke@gmail.com
LOCATION:Zoom
DESCRIPTION:Event Name: 30 Minute Meeting\n\nQuestions:\nWhat would you like to discuss?\nYour Senior Associate vacancy (EU trade policy) - CV sent by e-mail on 24/11.\n\nJoin Zoom Meeting: https://zoom.us/j/5518829047\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/6f1d2a3c\nReschedule: https://calendly.com/reschedulings/6f1d2a3c\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
