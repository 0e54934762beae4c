"""holdout119: the user's own interviews sent by ATS and scheduling tools (raw iCalendar text)."""

from __future__ import annotations

from holdout119ev_ics import GOOGLE, OUTLOOK, calendar, event

# ruff: noqa: E501


def events() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    uid = "gh-7c41e0a2-5d1b-4f7e-9a33-1f0e2b8c6d45@greenhouse.io"
    out.append(event("greenhouse-en", calendar(r"""
BEGIN:VEVENT
DTSTART:20260415T070000Z
DTEND:20260415T103000Z
DTSTAMP:20260402T151233Z
ORGANIZER;CN=Nadia Frei:mailto:nadia.frei@skycorridor.ch
UID:gh-7c41e0a2-5d1b-4f7e-9a33-1f0e2b8c6d45@greenhouse.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
SUMMARY:Onsite Interview: Antoine Girard - Safety Manager (U-Space / UTM)
LOCATION:SkyCorridor AG\, Thurgauerstrasse 40\, 8050 Zürich – Reception 3rd floor
DESCRIPTION:Hi Antoine\,\n\nThank you for taking the time to meet the SkyCorridor team in person. Please find your schedule below.\n\n09:00 – 09:45  Safety Management System deep dive – Reto Amsler (Head of Flight Operations)\n09:45 – 10:30  Risk assessment case (SORA) – Mirjam Stalder (Compliance Lead)\n10:45 – 11:30  Culture & team – Jonas Kuehn (CEO)\n11:30 – 12:00  Wrap-up with Nadia (Talent Partner)\n\nPlease bring a valid ID for the visitor badge.\n\nBest\,\nNadia Frei\nTalent Partner | SkyCorridor AG\n\nPowered by Greenhouse
ATTENDEE;CN=Reto Amsler;ROLE=REQ-PARTICIPANT:mailto:reto.amsler@skycorridor.ch
ATTENDEE;CN=Mirjam Stalder;ROLE=REQ-PARTICIPANT:mailto:mirjam.stalder@skycorridor.ch
ATTENDEE;CN=Jonas Kuehn;ROLE=REQ-PARTICIPANT:mailto:jonas.kuehn@skycorridor.ch
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
""", prodid=GOOGLE), uid, yes=True, company="SkyCorridor", role="Safety Manager (U-Space / UTM)", stage="onsite",
        interviewers="reto.amsler@skycorridor.ch;mirjam.stalder@skycorridor.ch;jonas.kuehn@skycorridor.ch",
        trap="greenhouse-en-onsite-coordinator"))

    uid = "lever-int-5f2a9c0e81d347b2@hire.lever.co"
    out.append(event("lever-phone-en", calendar(r"""
BEGIN:VEVENT
UID:lever-int-5f2a9c0e81d347b2@hire.lever.co
DTSTAMP:20260305T091500Z
DTSTART:20260310T083000Z
DTEND:20260310T090000Z
SUMMARY:Phone Screen – Antoine Girard <> Limmat Aviation Services
ORGANIZER;CN=Limmat Aviation Services Recruiting:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Antoine Girard;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Sabrina Oettli;PARTSTAT=ACCEPTED:mailto:sabrina.oettli@limmat-avs.ch
LOCATION:Phone – Sabrina will call you on +41 79 412 58 30
DESCRIPTION:Hi Antoine\,\n\nThis is a confirmation of your phone screen for the Ground Operations Manager (ZRH) position.\n\nInterviewer: Sabrina Oettli\, Senior Recruiter\nDuration: 30 minutes\n\nSabrina will call you at the number you provided. If you need to reschedule\, simply reply to this email.\n\nKind regards\,\nLimmat Aviation Services AG
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""", prodid="-//Lever//Lever Hire//EN"), uid, yes=True, company="Limmat Aviation Services", role="Ground Operations Manager (ZRH)",
        stage="recruiter_screen", interviewers="sabrina.oettli@limmat-avs.ch", trap="lever-phone-screen-en"))

    uid = "WD-INT-0000418822-CAPOUEST"
    out.append(event("workday-fr", calendar(r"""
BEGIN:VEVENT
UID:WD-INT-0000418822-CAPOUEST
DTSTAMP:20260318T164402Z
DTSTART;TZID=Europe/Paris:20260324T140000
DTEND;TZID=Europe/Paris:20260324T150000
SUMMARY:Entretien – Responsable des Opérations Sol H/F (R-04188) – Cap Ouest Airlines
ORGANIZER;CN=Cap Ouest Airlines Talent:mailto:capouest@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Hélène Corbière:mailto:helene.corbiere@capouest.aero
LOCATION:Microsoft Teams
DESCRIPTION:Bonjour Antoine\,\n\nVotre entretien avec le manager recruteur est confirmé.\n\nPoste : Responsable des Opérations Sol H/F\nRéférence : R-04188\nType d'entretien : Entretien manager\nAvec : Hélène Corbière\, Directrice des Escales\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici pour participer à la réunion\nID de la réunion : 381 442 907 115\nCode secret : Xq7Lm2\n________________________________________________________________________________\n\nCe message a été envoyé automatiquement par Workday. Merci de ne pas y répondre.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", prodid="-//Workday Inc//Workday Calendar//EN", zones=("Europe/Paris",)), uid, yes=True, company="Cap Ouest Airlines",
        role="Responsable des Opérations Sol H/F", stage="hiring_manager", interviewers="helene.corbiere@capouest.aero",
        trap="workday-fr-teams"))

    uid = "sr-9b7f1d30-interview-PSH-20260312"
    out.append(event("smartrecruiters-fr", calendar(r"""
BEGIN:VEVENT
UID:sr-9b7f1d30-interview-PSH-20260312
DTSTAMP:20260306T101010Z
DTSTART:20260312T090000Z
DTEND:20260312T093000Z
SUMMARY:Entretien vidéo : Safety Manager (H/F) – Paris Sud Handling
ORGANIZER;CN=Paris Sud Handling via SmartRecruiters:mailto:notification@smartrecruiters.com
ATTENDEE;CN=Antoine Girard;RSVP=TRUE:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Inès Bouaziz:mailto:ines.bouaziz@psh-handling.fr
LOCATION:https://meet.google.com/ptk-vbra-fwz
DESCRIPTION:Bonjour Antoine\,\n\nMerci pour votre candidature au poste de Safety Manager (H/F) basé à Orly. Nous avons le plaisir de vous proposer un premier échange avec Inès Bouaziz\, Chargée de recrutement.\n\nDate : jeudi 12 mars 2026\, 10h00 – 10h30 (heure de Paris)\nLien : https://meet.google.com/ptk-vbra-fwz\n\nÀ très bientôt\,\nL'équipe Talents – Paris Sud Handling
STATUS:CONFIRMED
END:VEVENT
""", prodid="-//SmartRecruiters//Interview Scheduler//EN"), uid, yes=True, company="Paris Sud Handling",
        role="Safety Manager (H/F)", stage="recruiter_screen", interviewers="ines.bouaziz@psh-handling.fr",
        trap="smartrecruiters-fr-video"))

    uid = "personio-interview-3381957-swissramp"
    out.append(event("personio-de", calendar(r"""
BEGIN:VEVENT
UID:personio-interview-3381957-swissramp
DTSTAMP:20260309T130501Z
DTSTART;TZID=Europe/Zurich:20260317T100000
DTEND;TZID=Europe/Zurich:20260317T110000
SUMMARY:Vorstellungsgespräch: Leiter Rampe & Vorfeld (m/w/d) – Antoine Girard
ORGANIZER;CN=Swissramp AG:mailto:jobs@swissramp.ch
ATTENDEE;CN=Antoine Girard;PARTSTAT=NEEDS-ACTION:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Daniel Hürlimann;PARTSTAT=ACCEPTED:mailto:d.huerlimann@swissramp.ch
ATTENDEE;CN=Corinne Wyss;PARTSTAT=ACCEPTED:mailto:c.wyss@swissramp.ch
LOCATION:Swissramp AG\, Frachtstrasse 12\, 8058 Zürich-Flughafen\, Sitzungszimmer «Dock E»
DESCRIPTION:Guten Tag Herr Girard\n\nVielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem persönlichen Gespräch ein.\n\nGesprächspartner:\n- Daniel Hürlimann\, Head of Ground Operations\n- Corinne Wyss\, HR Business Partner\n\nBitte melden Sie sich am Empfang Gebäude Fracht Ost.\n\nFreundliche Grüsse\nIhr Swissramp Recruiting-Team\n\n-- \nDiese Einladung wurde über Personio versendet.
SEQUENCE:0
END:VEVENT
""", prodid="-//Personio GmbH//Personio Calendar//DE", zones=("Europe/Zurich",)), uid, yes=True, company="Swissramp",
        role="Leiter Rampe & Vorfeld (m/w/d)", stage="onsite", interviewers="d.huerlimann@swissramp.ch;c.wyss@swissramp.ch",
        trap="personio-de-onsite"))

    uid = "tt-interview-88a1c6e3-vol-bleu"
    out.append(event("teamtailor-fr", calendar(r"""
BEGIN:VEVENT
UID:tt-interview-88a1c6e3-vol-bleu
DTSTAMP:20260311T082000Z
DTSTART;TZID=Europe/Paris:20260319T113000
DTEND;TZID=Europe/Paris:20260319T121500
SUMMARY:Entretien avec Vol Bleu – Responsable OCC (centre de contrôle des opérations)
ORGANIZER;CN=Maëlle Tanguy:mailto:maelle.tanguy@volbleu.fr
ATTENDEE;CN=Antoine Girard;RSVP=TRUE:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Maëlle Tanguy:mailto:maelle.tanguy@volbleu.fr
ATTENDEE;CN=Olivier Pasquier:mailto:olivier.pasquier@volbleu.fr
LOCATION:https://volbleu.zoom.us/j/86233140012?pwd=Q2ZrT0
DESCRIPTION:Bonjour Antoine\,\n\nComme convenu\, voici l'invitation pour votre entretien avec Olivier Pasquier\, Directeur des Opérations\, et moi-même.\n\nRejoindre la réunion Zoom\nhttps://volbleu.zoom.us/j/86233140012?pwd=Q2ZrT0\nID de réunion : 862 3314 0012\nCode secret : 551902\n\nBelle journée\,\nMaëlle\n\nEnvoyé via Teamtailor
END:VEVENT
""", prodid="-//Teamtailor//Teamtailor//EN", zones=("Europe/Paris",)), uid, yes=True, company="Vol Bleu",
        role="Responsable OCC", stage="",
        interviewers="maelle.tanguy@volbleu.fr;olivier.pasquier@volbleu.fr", trap="teamtailor-fr-zoom"))

    uid = "softgarden-7734012@softgarden.io"
    out.append(event("softgarden-de", calendar(r"""
BEGIN:VEVENT
UID:softgarden-7734012@softgarden.io
DTSTAMP:20260320T071122Z
DTSTART;TZID=Europe/Zurich:20260326T150000
DTEND;TZID=Europe/Zurich:20260326T154500
SUMMARY:Interview TransAlpin Logistics – Teamleiter Airfreight Operations
ORGANIZER;CN=TransAlpin Logistics AG:mailto:noreply@softgarden.io
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Beat Zollinger:mailto:beat.zollinger@transalpin-logistics.com
LOCATION:Microsoft Teams-Besprechung
DESCRIPTION:Sehr geehrter Herr Girard\,\n\nwir freuen uns\, Sie zum Online-Interview für die Position Teamleiter Airfreight Operations (100%) einzuladen. Ihr Gesprächspartner ist Beat Zollinger (Branch Manager Zürich Airport).\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nNehmen Sie über Ihren Computer\, Ihre mobile App oder Ihr Raumgerät teil\nHier klicken\, um an der Besprechung teilzunehmen\nBesprechungs-ID: 349 887 120 441\nPasscode: 8Jr3tK\n________________________________________________________________________________\n\nMit freundlichen Grüssen\nHR TransAlpin Logistics AG
END:VEVENT
""", prodid="-//softgarden//Interview//DE", zones=("Europe/Zurich",)), uid, yes=True, company="TransAlpin Logistics",
        role="Teamleiter Airfreight Operations", stage="hiring_manager", interviewers="beat.zollinger@transalpin-logistics.com",
        trap="softgarden-de-teams"))

    uid = "workable-interview-8d55a1b2c3@workable.com"
    out.append(event("workable-en", calendar(r"""
BEGIN:VEVENT
UID:workable-interview-8d55a1b2c3@workable.com
DTSTAMP:20260401T120000Z
DTSTART:20260408T123000Z
DTEND:20260408T133000Z
SUMMARY:Technical interview – Operations Safety Manager | Alpstein Helicopters
ORGANIZER;CN=Alpstein Helicopters AG:mailto:alpstein-helicopters@jobs.workablemail.com
ATTENDEE;CN=Antoine Girard;RSVP=TRUE:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Urs Manser:mailto:urs.manser@alpstein-heli.ch
ATTENDEE;CN=Fabienne Koller:mailto:fabienne.koller@alpstein-heli.ch
LOCATION:Video call (link below)
DESCRIPTION:Hi Antoine\,\n\nYou're invited to a technical interview for the Operations Safety Manager role.\nPanel: Urs Manser (Accountable Manager)\, Fabienne Koller (Compliance Monitoring Manager)\nFormat: 60 min\, incl. a short walkthrough of a hazard log you have maintained\, EASA Part-ORO and SMS questions.\n\nJoin: https://meet.google.com/hqe-wmxs-kti\n\nScheduled with Workable
END:VEVENT
""", prodid="-//Workable//Workable Calendar//EN"), uid, yes=True, company="Alpstein Helicopters",
        role="Operations Safety Manager", stage="technical", interviewers="urs.manser@alpstein-heli.ch;fabienne.koller@alpstein-heli.ch",
        trap="workable-en-technical"))

    uid = "icims-7Z2Q90-4471-bagflow"
    out.append(event("icims-en", calendar(r"""
BEGIN:VEVENT
UID:icims-7Z2Q90-4471-bagflow
DTSTAMP:20260407T090300Z
DTSTART;TZID=Europe/Zurich:20260421T093000
DTEND;TZID=Europe/Zurich:20260421T130000
SUMMARY:Interview Confirmation – BagFlow Systems – Site Operations Manager\, Geneva Airport
ORGANIZER;CN=BagFlow Systems Careers:mailto:careers-noreply@bagflow-systems.com
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CUTYPE=ROOM;CN=GVA Project Office – Meeting Room 2:mailto:room.gva2@bagflow-systems.com
LOCATION:BagFlow Systems project office\, Route de l'Aéroport 21\, 1215 Genève
DESCRIPTION:Dear Antoine\,\n\nWe are pleased to confirm your on-site interview for Site Operations Manager\, Geneva Airport (Req. 2026-0418).\n\nAgenda\n09:30 Welcome – Talent Acquisition (Priya Raman\, coordinator)\n09:45 Interview with Thomas de Vries\, Director Service Operations EMEA\n10:45 Interview with Sandrine Mottier\, Site Manager Zurich\n11:45 Tour of the baggage hall (airside escort\, bring your passport)\n12:30 Close\n\nPlease reply to this message if you require any accommodation.\n\nThis message was sent via iCIMS.
END:VEVENT
""", prodid="-//iCIMS//iCIMS Talent Platform//EN", zones=("Europe/Zurich",)), uid, yes=True, company="BagFlow Systems",
        role="Site Operations Manager, Geneva Airport", stage="onsite", interviewers="Thomas de Vries;Sandrine Mottier",
        trap="icims-en-names-only-room"))

    uid = "SFSF-INT-20260428-NAVALP-11873"
    out.append(event("successfactors-fr", calendar(r"""
BEGIN:VEVENT
UID:SFSF-INT-20260428-NAVALP-11873
DTSTAMP:20260414T080000Z
DTSTART;TZID=W. Europe Standard Time:20260428T090000
DTEND;TZID=W. Europe Standard Time:20260428T120000
SUMMARY:Entretien final – Chef·fe d'exploitation Centre de contrôle régional (Genève)
ORGANIZER;CN=NavAlp Recrutement:mailto:recrutement@navalp.ch
ATTENDEE;CN=Antoine Girard;ROLE=REQ-PARTICIPANT:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Pascale Jaquier;ROLE=REQ-PARTICIPANT:mailto:pascale.jaquier@navalp.ch
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT:mailto:stefan.brunner@navalp.ch
ATTENDEE;CN=Mathilde Rey;ROLE=OPT-PARTICIPANT:mailto:mathilde.rey@navalp.ch
LOCATION:NavAlp SA\, Chemin de la Tour-de-Contrôle 15\, 1215 Genève – salle Jura
DESCRIPTION:Madame\, Monsieur\,\n\nNous avons le plaisir de vous convier à l'entretien final pour le poste de Chef·fe d'exploitation du centre de contrôle régional.\n\nJury : Pascale Jaquier (Directrice des opérations)\, Stefan Brunner (Head of Safety & Quality).\nMathilde Rey (RH) assurera l'accueil et la logistique.\n\nMerci de vous munir d'une pièce d'identité.\n\nNavAlp SA – Ressources humaines\n(Message généré par SAP SuccessFactors)
END:VEVENT
""", prodid="-//SAP SuccessFactors//Interview Scheduling//EN", method="REQUEST", zones=("W. Europe Standard Time",)),
        uid, yes=True, company="NavAlp", role="Chef·fe d'exploitation Centre de contrôle régional", stage="final",
        interviewers="pascale.jaquier@navalp.ch;stefan.brunner@navalp.ch", trap="successfactors-fr-hr-optional"))

    uid = "goodtime-evt-a93f02-matterhorn-final"
    out.append(event("goodtime-en", calendar(r"""
BEGIN:VEVENT
UID:goodtime-evt-a93f02-matterhorn-final
DTSTAMP:20260421T140000Z
DTSTART:20260430T063000Z
DTEND:20260430T100000Z
SUMMARY:Final Round Interviews – Director Ground Operations – Matterhorn Air
ORGANIZER;CN=Matterhorn Air Recruiting Coordination:mailto:scheduling@matterhornair.com
ATTENDEE;CN=Antoine Girard;RSVP=TRUE:mailto:antoine.girard.ops@bluewin.ch
LOCATION:Matterhorn Air HQ\, Obstgartenstrasse 7\, 8302 Kloten
DESCRIPTION:Hi Antoine\,\n\nYour final round with Matterhorn Air is confirmed. Your coordinator for the day is Lea Gisler.\n\n08:30 – 09:15  Marc-André Blaser\, COO\n09:15 – 10:00  Yvonne Graf\, VP People\n10:15 – 11:00  Case presentation (irregular ops recovery) – Marc-André Blaser\, Pieter van Houten (Head of OCC)\n11:00 – 12:00  Lunch with the station managers (informal)\n\nHave questions? Reply to this email.\n\nScheduled with GoodTime
END:VEVENT
""", prodid="-//GoodTime.io//GoodTime Hire//EN"), uid, yes=True, company="Matterhorn Air", role="Director Ground Operations",
        stage="final", interviewers="Marc-André Blaser;Yvonne Graf;Pieter van Houten", trap="goodtime-en-final-names"))

    uid = "ml-3bd18e77-41c2-4a0e-b1b7-0a5f6ce2d910"
    out.append(event("modernloop-en", calendar(r"""
BEGIN:VEVENT
UID:ml-3bd18e77-41c2-4a0e-b1b7-0a5f6ce2d910
DTSTAMP:20260325T170000Z
DTSTART:20260402T120000Z
DTEND:20260402T130000Z
SUMMARY:Antoine Girard // FlightDeck Ops – Customer Operations Lead (Airports)
ORGANIZER;CN=Recruiting Scheduling:mailto:interviews@flightdeckops.io
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Hannah O'Brien:mailto:hannah.obrien@flightdeckops.io
ATTENDEE;CN=Karim Lahlou:mailto:karim.lahlou@flightdeckops.io
LOCATION:https://flightdeckops.zoom.us/j/91822033471
DESCRIPTION:Interview for: Customer Operations Lead (Airports)\nInterviewers: Hannah O'Brien (VP Customer Success)\, Karim Lahlou (Solutions Engineer)\nFocus: airport turnaround tooling\, how you run a disruption day\n\nJoin Zoom Meeting\nhttps://flightdeckops.zoom.us/j/91822033471\nMeeting ID: 918 2203 3471\n\n—\nScheduled via ModernLoop
END:VEVENT
""", prodid="-//ModernLoop//ModernLoop//EN"), uid, yes=True, company="FlightDeck Ops", role="Customer Operations Lead (Airports)",
        stage="", interviewers="hannah.obrien@flightdeckops.io;karim.lahlou@flightdeckops.io", trap="modernloop-en"))

    uid = "c2e7a9d4-calendly-saleve-jet"
    out.append(event("calendly-fr", calendar(r"""
BEGIN:VEVENT
UID:c2e7a9d4-calendly-saleve-jet
DTSTAMP:20260303T191500Z
DTSTART:20260306T160000Z
DTEND:20260306T164500Z
SUMMARY:Entretien 45 min (Duty Manager FBO) entre Marc Vuilleumier et Antoine Girard
ORGANIZER;CN=Marc Vuilleumier:mailto:marc.vuilleumier@gmail.com
ATTENDEE;CN=Antoine Girard;RSVP=TRUE:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Marc Vuilleumier:mailto:marc.vuilleumier@gmail.com
LOCATION:Salève Jet Center\, Hangar 4\, aviation générale\, 1215 Genève
DESCRIPTION:Nom de l'invité : Antoine Girard\nE-mail de l'invité : antoine.girard.ops@bluewin.ch\nRéponses :\nPoste visé : Duty Manager FBO\nTéléphone : +41 79 412 58 30\n\nÉvénement : Entretien 45 min – Salève Jet Center\n\nRequiert une modification ? https://calendly.com/cancellations/5d1e-88b2\n\nPowered by Calendly.com
END:VEVENT
""", prodid="-//Calendly//Calendly//EN"), uid, yes=True, company="Salève Jet Center", role="Duty Manager FBO", stage="",
        interviewers="marc.vuilleumier@gmail.com", trap="calendly-fr-founder-freemail"))

    uid = "calcom-booking-H7rJ2kQ9mXc1"
    out.append(event("calcom-fr", calendar(r"""
BEGIN:VEVENT
UID:calcom-booking-H7rJ2kQ9mXc1
DTSTAMP:20260409T084500Z
DTSTART:20260414T073000Z
DTEND:20260414T081500Z
SUMMARY:Échange poste Safety Manager entre Claire Duret et Antoine Girard
ORGANIZER;CN=Claire Duret:mailto:claire.duret@heli-montblanc.fr
ATTENDEE;CN=Antoine Girard;PARTSTAT=ACCEPTED:mailto:antoine.girard.ops@bluewin.ch
LOCATION:https://app.cal.com/video/H7rJ2kQ9mXc1
DESCRIPTION:Quoi : Échange poste Safety Manager\nQui : Claire Duret (organisatrice\, Directrice générale Héli Mont-Blanc)\, Antoine Girard\nOù : Cal Video\nNotes : premier entretien pour le poste de Safety Manager / responsable SGS basé à Sallanches.\n\nAnnuler ou replanifier : https://app.cal.com/booking/H7rJ2kQ9mXc1
END:VEVENT
""", prodid="-//Cal.com Inc.//Cal.com Event//EN"), uid, yes=True, company="Héli Mont-Blanc", role="Safety Manager",
        stage="", interviewers="claire.duret@heli-montblanc.fr", trap="calcom-fr-echange"))

    uid = "AAMkADBookings-5c3f-SAL-entretien-0317@outlook.com"
    out.append(event("bookings-fr", calendar(r"""
BEGIN:VEVENT
UID:AAMkADBookings-5c3f-SAL-entretien-0317@outlook.com
DTSTAMP:20260313T100000Z
DTSTART;TZID=Romance Standard Time:20260317T163000
DTEND;TZID=Romance Standard Time:20260317T170000
SUMMARY:Entretien de recrutement – Sûreté Aéroportuaire Léman
ORGANIZER;CN=Recrutement SAL:mailto:RecrutementSAL@surete-leman.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Vasquez, Ana":mailto:ana.vasquez@surete-leman.ch
LOCATION:Appel Microsoft Teams
DESCRIPTION:Votre rendez-vous est confirmé\n\nService : Premier entretien – Responsable d'exploitation sûreté (poste 2026-07)\nPersonnel : Ana Vasquez\nDurée : 30 minutes\n\nRejoindre la réunion Microsoft Teams\n\nGérer la réservation : https://outlook.office365.com/owa/calendar/RecrutementSAL@surete-leman.ch/bookings/\n\nMicrosoft Bookings
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""", prodid=OUTLOOK, zones=("Romance Standard Time",)), uid, yes=True, company="Sûreté Aéroportuaire Léman",
        role="Responsable d'exploitation sûreté", stage="recruiter_screen", interviewers="ana.vasquez@surete-leman.ch",
        trap="bookings-fr-lastfirst"))

    uid = "ashby-7f0b2c9e-aerotrans-case"
    out.append(event("ashby-en", calendar(r"""
BEGIN:VEVENT
UID:ashby-7f0b2c9e-aerotrans-case
DTSTAMP:20260416T110000Z
DTSTART:20260422T130000Z
DTEND:20260422T143000Z
SUMMARY:Antoine Girard <> Aerotrans – Case Study Interview
ORGANIZER;CN=Aerotrans Consulting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Antoine Girard;RSVP=TRUE:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Lukas Weber:mailto:lukas.weber@aerotrans-consulting.com
ATTENDEE;CN=Chloé Marchand:mailto:chloe.marchand@aerotrans-consulting.com
LOCATION:Google Meet
DESCRIPTION:Hi Antoine\,\n\nHere are the details of your case study interview for the role of Manager\, Airport Operations Advisory.\n\nYou'll be presented with a capacity problem (terminal peak-hour\, stand allocation) 48h in advance and walk Lukas Weber (Partner) and Chloé Marchand (Senior Manager) through your recommendations.\n\nJoin with Google Meet: https://meet.google.com/aum-qpzt-rrx\nOr dial: (CH) +41 43 210 71 18 PIN: 559 223 118#\n\nThe Aerotrans Talent Team
END:VEVENT
""", prodid="-//Ashby//Ashby//EN"), uid, yes=True, company="Aerotrans Consulting",
        role="Manager, Airport Operations Advisory", stage="technical",
        interviewers="lukas.weber@aerotrans-consulting.com;chloe.marchand@aerotrans-consulting.com", trap="ashby-en-case"))

    uid = "gh-int-20260409-mistral-escale"
    out.append(event("greenhouse-fr", calendar(r"""
BEGIN:VEVENT
UID:gh-int-20260409-mistral-escale
DTSTAMP:20260403T093000Z
DTSTART;TZID=Europe/Paris:20260409T150000
DTEND;TZID=Europe/Paris:20260409T160000
SUMMARY:Entretien : Antoine Girard — Responsable d'escale Lyon (Mistral Aviation Services)
ORGANIZER;CN=Julie Ferrand:mailto:julie.ferrand@mistral-avs.fr
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Bruno Carrel:mailto:bruno.carrel@mistral-avs.fr
ATTENDEE;CN=Julie Ferrand:mailto:julie.ferrand@mistral-avs.fr
LOCATION:Google Meet
DESCRIPTION:Bonjour Antoine\,\n\nSuite à notre échange téléphonique\, je vous confirme votre entretien avec Bruno Carrel\, Directeur d'exploitation Lyon-Saint Exupéry\, pour le poste de Responsable d'escale.\nJe ne participerai pas à l'entretien mais reste disponible pour toute question.\n\nParticiper avec Google Meet : https://meet.google.com/xfo-djwn-bte\n\nJulie Ferrand\nTalent Acquisition\n\nPowered by Greenhouse
END:VEVENT
""", prodid=GOOGLE, zones=("Europe/Paris",)), uid, yes=True, company="Mistral Aviation Services",
        role="Responsable d'escale Lyon", stage="hiring_manager", interviewers="bruno.carrel@mistral-avs.fr",
        trap="greenhouse-fr-coordinator-attendee"))

    uid = "040000008200E00074C5B7101A82E008000000003C9F8A2E44B2DC01000000000000000010000000A1B7C3"
    out.append(event("outlook-cancel-fr", calendar(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000003C9F8A2E44B2DC01000000000000000010000000A1B7C3
DTSTAMP:20260323T150500Z
DTSTART;TZID=Romance Standard Time:20260325T100000
DTEND;TZID=Romance Standard Time:20260325T110000
SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien Antoine Girard – Responsable planification ressources (RAA)
ORGANIZER;CN="Lemaire, Sophie":mailto:s.lemaire@raa-handling.fr
ATTENDEE;CN=antoine.girard.ops@bluewin.ch;RSVP=TRUE:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN="Khelifi, Rachid":mailto:r.khelifi@raa-handling.fr
LOCATION;LANGUAGE=fr-FR:Roissy Assistance Aéroportuaire\, Bât. 7220\, Roissy-CDG
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\,\nSuite à un gel des recrutements sur le périmètre CDG\, nous sommes contraints d'annuler cet entretien. Nous reviendrons vers vous dès que possible.\nCordialement\,\nSophie Lemaire\n
STATUS:CANCELLED
PRIORITY:1
SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
""", prodid=OUTLOOK, method="CANCEL", zones=("Romance Standard Time",)), uid, yes=True,
        company="Roissy Assistance Aéroportuaire", role="Responsable planification ressources", stage="",
        interviewers="r.khelifi@raa-handling.fr", trap="outlook-method-cancel-fr"))

    uid = "lever-int-KRS-9912ab40@hire.lever.co"
    out.append(event("lever-rescheduled-de", calendar(r"""
BEGIN:VEVENT
UID:lever-int-KRS-9912ab40@hire.lever.co
DTSTAMP:20260330T101500Z
DTSTART;TZID=Europe/Zurich:20260407T140000
DTEND;TZID=Europe/Zurich:20260407T150000
SUMMARY:Verschoben: Interview Antoine Girard – Kloten Ramp Services – Duty Manager Ops Control
ORGANIZER;CN=Kloten Ramp Services Recruiting:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
ATTENDEE;CN=Patrick Gämperle:mailto:patrick.gaemperle@krs-ag.ch
LOCATION:Microsoft Teams
DESCRIPTION:Hallo Antoine\,\n\nwie telefonisch besprochen\, verschieben wir dein Gespräch mit Patrick Gämperle (Leiter Operations Control) auf Dienstag\, 7. April\, 14:00 Uhr. Der ursprüngliche Termin vom 2. April entfällt.\n\nTeams-Link folgt in separater Mail.\n\nBeste Grüsse\nKloten Ramp Services AG – Recruiting
SEQUENCE:3
STATUS:CONFIRMED
END:VEVENT
""", prodid="-//Lever//Lever Hire//EN", zones=("Europe/Zurich",)), uid, yes=True, company="Kloten Ramp Services",
        role="Duty Manager Ops Control", stage="hiring_manager", interviewers="patrick.gaemperle@krs-ag.ch",
        trap="lever-rescheduled-de"))

    return out
