"""holdout228 events, part C2: trucking, distribution and leasing fleets; agencies and headhunters. (continued)"""

# ruff: noqa: E501, W291  (raw iCalendar text: long unfolded lines and folded-line spaces are data)

from holdout228ev_tz import TOR_ATS, TOR_GOOGLE, ev

EVENTS = []

EVENTS.append(ev("smartrecruiters-video", "SR-INT-744b0e2c9a6f1d38", 1, "smartrecruiters-video-screen-french",
    r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SR-INT-744b0e2c9a6f1d38
DTSTAMP:20250114T170022Z
DTSTART:20250117T150000Z
DTEND:20250117T153000Z
SUMMARY:Entrevue vidéo - Superviseur(e)\, entretien de la flotte - Sysco Q
 uébec
ORGANIZER;CN=Sysco Canada:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Mathieu Bouchard;RSVP=TRUE:mailto:mathieu.bouchard.meca@videotr
 on.ca
ATTENDEE;CN=Catherine Poulin:mailto:catherine.poulin@corp.sysco.com
DESCRIPTION:Bonjour Mathieu\,\n\nVotre entrevue avec Catherine Poulin (Part
 enaire d'affaires\, Acquisition de talents) est confirmée.\n\nLien de la r
 encontre : https://sysco.zoom.us/j/91822733561\n\nSysco Québec – 2255 rue 
 Léon-Harmel\n\nCet envoi a été généré par SmartRecruiters.
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", company="Sysco", role="Superviseur(e), entretien de la flotte", stage="recruiter_screen",
    who="catherine.poulin@corp.sysco.com"))

EVENTS.append(ev("entrevista", "SFI-INTV-00031877-2", 1, "spanish-ats-template-french-notes",
    TOR_ATS.join([r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//ES
VERSION:2.0
METHOD:REQUEST
""", r"""BEGIN:VEVENT
UID:SFI-INTV-00031877-2
DTSTAMP:20250407T151230Z
DTSTART;TZID=America/Toronto:20250411T100000
DTEND;TZID=America/Toronto:20250411T110000
SUMMARY:Entrevista: Superviseur maintenance flotte - Québec (Req. 78432)
ORGANIZER;CN=Grupo Bimbo - Atracción de Talento:mailto:noreply@sapsf.com
ATTENDEE;CN=Mathieu Bouchard;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathieu
 .bouchard.meca@videotron.ca
ATTENDEE;CN=Alain Ferland;ROLE=REQ-PARTICIPANT:mailto:alain.ferland@canadab
 read.ca
DESCRIPTION:Estimado(a) Mathieu\,\n\nHa sido invitado(a) a una entrevista 
 para la vacante Superviseur maintenance flotte - Québec.\nEntrevistador: A
 lain Ferland\nLugar: Boulangerie Canada Bread\, 2015 rue Cyrille-Duquet\, 
 Québec\n\nNote : M. Ferland est le directeur régional Distribution. L'entre
 vue se fera en français. Prévoir une visite rapide du garage des camions d
 e livraison.\n\nEste es un mensaje automático. Por favor no responda.
LOCATION:2015 rue Cyrille-Duquet\, Québec
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""]), company="Boulangerie Canada Bread", role="Superviseur maintenance flotte - Québec",
    stage="hiring_manager", who="alain.ferland@canadabread.ca"))

EVENTS.append(ev("workday-cd", "WD-LOB-b12e9f07a4c6d358", 1, "workday-french-distribution-centre-onsite",
    r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-LOB-b12e9f07a4c6d358
DTSTAMP:20250423T191102Z
DTSTART:20250430T123000Z
DTEND:20250430T150000Z
SUMMARY:Entrevue sur place : Mathieu Bouchard - Superviseur(e)\, Entretien 
 de la flotte (Centre de distribution Boucherville)
ORGANIZER;CN=Les Compagnies Loblaw limitée:mailto:loblaw@myworkday.com
ATTENDEE;CN=Mathieu Bouchard;RSVP=TRUE:mailto:mathieu.bouchard.meca@videotr
 on.ca
ATTENDEE;CN=Patrick Ouimet:mailto:patrick.ouimet@loblaw.ca
ATTENDEE;CN=Sandra Medeiros:mailto:sandra.medeiros@loblaw.ca
ATTENDEE;CN=Réal Charest:mailto:real.charest@loblaw.ca
DESCRIPTION:Horaire de votre journée :\n8 h 30 – Accueil (Sandra Medeiros\,
  RH)\n8 h 45 – Entrevue avec Patrick Ouimet\, directeur Transport\n9 h 45 
 – Visite du garage et rencontre avec Réal Charest\, contremaître mécanique 
 de jour\n10 h 30 – Fin\n\nVeuillez vous présenter à la guérite des visiteu
 rs avec une pièce d'identité.\n\nCe message a été envoyé à partir de Workd
 ay.
LOCATION:CD Boucherville\, 1001 rue de Montbrun\, Boucherville
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", company="Loblaw", role="Superviseur(e), Entretien de la flotte", stage="onsite",
    who="patrick.ouimet@loblaw.ca;real.charest@loblaw.ca"))

EVENTS.append(ev("metro-2e", "F7E6D5C4-B3A2-4918-8776-65544332211A", 1, "typed-second-round-abbreviations",
    r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250502T003122Z
DTEND:20250509T140000
DTSTAMP:20250502T003230Z
DTSTART:20250509T123000
LAST-MODIFIED:20250502T003230Z
LOCATION:Metro - CD Laval\, 11011 boul. Maurice-Duplessis? (vérifier)
DESCRIPTION:2e rond. dir flotte + dir CD. partir 8h30 de Qc. prendre congé 
 (dire à Steve rdv notaire??)
SEQUENCE:0
SUMMARY:Metro 2e entrevue
UID:F7E6D5C4-B3A2-4918-8776-65544332211A
END:VEVENT
END:VCALENDAR
""", company="Metro", role="", stage="", crlf=False))

EVENTS.append(ev("lever-screen", "lever-interview-0d5b9c3e-8a71-4f26-b0e4-c29a6d1f7e35", 1, "lever-english-recruiter-call",
    r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-0d5b9c3e-8a71-4f26-b0e4-c29a6d1f7e35
DTSTAMP:20250218T133309Z
DTSTART:20250220T193000Z
DTEND:20250220T200000Z
SUMMARY:Mathieu Bouchard <> GFL Environmental - Intro call
ORGANIZER;CN=Tanya Brooks:mailto:tanya.brooks@gflenv.com
ATTENDEE;CN=Mathieu Bouchard;RSVP=TRUE:mailto:mathieu.bouchard.meca@videotr
 on.ca
ATTENDEE;CN=Tanya Brooks:mailto:tanya.brooks@gflenv.com
DESCRIPTION:Hi Mathieu\,\n\nLooking forward to our call about the Fleet Ma
 intenance Manager opening at our Québec City hauling site (Solid Waste). I 
 will call you at 418-555-0182.\n\nTanya Brooks\nSenior Talent Acquisition
  Partner\, Eastern Canada\nGFL Environmental Inc.\n\nScheduled with Lever
LOCATION:Phone call
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", company="GFL Environmental", role="Fleet Maintenance Manager", stage="recruiter_screen",
    who="tanya.brooks@gflenv.com"))

EVENTS.append(ev("ashby-mise-en-situation", "ashby-7f3c2e1d-9b8a-4c65-a7d4-0e1f2a3b4c5d", 1, "ashby-case-exercise-planning",
    r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-7f3c2e1d-9b8a-4c65-a7d4-0e1f2a3b4c5d
DTSTAMP:20250312T140155Z
DTSTART:20250319T130000Z
DTEND:20250319T143000Z
SUMMARY:Mise en situation - Planificateur(trice) d'entretien | Location Bro
 ssard
ORGANIZER;CN=Location Brossard (via Ashby):mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Mathieu Bouchard;RSVP=TRUE:mailto:mathieu.bouchard.meca@videotr
 on.ca
ATTENDEE;CN=Olivier Brodeur:mailto:obrodeur@locationbrossard.com
DESCRIPTION:Bonjour Mathieu\,\n\nÉtape 2 : mise en situation (90 min) avec
  Olivier Brodeur\, directeur Service. On te remettra un extrait de 40 bons
  de travail ouverts et un calendrier d'inspections PEP à replanifier pour l
 a semaine. Pas besoin de préparation.\n\nGoogle Meet : https://meet.google
 .com/fhw-oxcq-ptd
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", company="Location Brossard", role="Planificateur(trice) d'entretien", stage="technical",
    who="obrodeur@locationbrossard.com"))

EVENTS.append(ev("rencontre-proprio", "2A3B4C5D-6E7F-4081-92A3-B4C5D6E7F809", 1, "typed-floating-owner-meeting",
    r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250306T213344Z
DTEND:20250308T100000
DTSTAMP:20250306T213402Z
DTSTART:20250308T090000
LAST-MODIFIED:20250306T213402Z
LOCATION:Transport Bernières\, St-Nicolas
DESCRIPTION:Jacques (proprio) veut me voir pour le poste de dir. entretien\, 
 samedi matin au garage. 85 tracteurs + 140 remorques. Parler salaire\, pick
 up fourni?
SEQUENCE:0
SUMMARY:rencontre Bernières poste dir entretien
UID:2A3B4C5D-6E7F-4081-92A3-B4C5D6E7F809
END:VEVENT
END:VCALENDAR
""", company="Transport Bernières", role="dir. entretien", stage="hiring_manager", who="Jacques",
    crlf=False))

EVENTS.append(ev("chasseur-mandat", "040000008200E00074C5B7101A82E008000000005C3D2E1FA3A0DB01000000000000000010000000E9D8C7B6A59483726150F4E3D2C1B0A9", 1,
    "headhunter-names-employer-only-in-body", TOR_GOOGLE.join([r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", r"""BEGIN:VEVENT
ORGANIZER;CN="Lacasse, Pierre":mailto:placasse@lacasserecherche.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.bo
 uchard.meca@videotron.ca:mailto:mathieu.bouchard.meca@videotron.ca
DESCRIPTION;LANGUAGE=fr-CA:Mathieu\,\n\nTel que discuté\, voici les détail
 s du mandat (confidentiel – merci de ne pas communiquer directement avec l
 'entreprise) : notre client est Groupe Morneau\, à Saint-Arsène. Poste : Di
 recteur\, maintenance de la flotte (±450 tracteurs\, 5 garages). Je vous a
 ppelle au cellulaire pour une entrevue d'environ une heure afin de valider 
 votre profil avant de vous présenter au client.\n\nPierre Lacasse\nAssocié
 \nLacasse Recherche de cadres\n
UID:040000008200E00074C5B7101A82E008000000005C3D2E1FA3A0DB01000000000000000
 010000000E9D8C7B6A59483726150F4E3D2C1B0A9
SUMMARY;LANGUAGE=fr-CA:Appel – mandat confidentiel / M. Bouchard
DTSTART;TZID=America/Toronto:20250422T180000
DTEND;TZID=America/Toronto:20250422T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250416T144823Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Téléphone (cellulaire)
END:VEVENT
END:VCALENDAR
"""]), company="Groupe Morneau", role="Directeur, maintenance de la flotte", stage="recruiter_screen",
    who="placasse@lacasserecherche.com"))

EVENTS.append(ev("appel-reference", "8v6t4r2p0n9l7j5h3f1d@google.com", 0, "reference-call-as-referee-former-apprentice",
    r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250123T163000Z
DTEND:20250123T164500Z
DTSTAMP:20250121T210244Z
ORGANIZER;CN=Roxanne Pépin:mailto:rpepin.rh@gmail.com
UID:8v6t4r2p0n9l7j5h3f1d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Roxanne Pépin;X-NUM-GUESTS=0:mailto:rpepin.rh@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=mathieu.bouchard.meca@videotron.ca;X-NUM-GUESTS=0:mailto:mathieu.bouch
 ard.meca@videotron.ca
CREATED:20250121T210240Z
DESCRIPTION:Bonjour M. Bouchard\, merci d'accepter de donner une référence
  pour Jonathan Leclerc (votre ancien apprenti) qui postule chez Transport 
 Lessard. 15 minutes au téléphone suffiront.\nRoxanne Pépin\, RH (consultan
 te)
LAST-MODIFIED:20250121T210244Z
LOCATION:418 555-0182
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Référence - Jonathan Leclerc
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("cafe-info", "C0FFEE01-2B3C-4D5E-8F90-A1B2C3D4E5F6", 0, "informational-coffee-former-colleague",
    r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250116T022510Z
DTEND:20250118T100000
DTSTAMP:20250116T022533Z
DTSTART:20250118T090000
LAST-MODIFIED:20250116T022533Z
LOCATION:Tim Hortons boul. Hamel
DESCRIPTION:café avec Dany Bergeron (ex Kenworth\, contremaître à la STM m
 aintenant). lui demander comment ça marche les concours\, examens\, ancien
 neté\, syndicat. pas une entrevue\, juste jaser
SEQUENCE:0
SUMMARY:café Dany B.
UID:C0FFEE01-2B3C-4D5E-8F90-A1B2C3D4E5F6
END:VEVENT
END:VCALENDAR
""", crlf=False))
