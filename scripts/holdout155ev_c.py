"""holdout155 events, part C: schedulers, Belgian public sector, French and agency invites."""

# ruff: noqa: E501  (raw iCalendar text keeps the line lengths the tools write)

from holdout155ev_tz import ev

EVENTS = [
    ev("calendly-screen", "b7e0c2d1-44f9-4a6e-9d81-0f3c5e2a7b96", 1,
       "Calcaires Mosans", "HR Manager", "recruiter_screen", "sarah.pieters@calcaires-mosans.be",
       "calendly-recruiter-host-company-only-in-description",
       r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:b7e0c2d1-44f9-4a6e-9d81-0f3c5e2a7b96
DTSTAMP:20250415T183012Z
DTSTART:20250422T160000Z
DTEND:20250422T163000Z
SUMMARY:Entretien téléphonique 30 min between Sarah Pieters and Emilie Dubois
DESCRIPTION:Event Name: Entretien téléphonique 30 min\n\nLocation: Sarah P
 ieters will call the invitee at +32 475 62 18 90\n\nPremier échange sur le
  poste de HR Manager (site de Marche-les-Dames\, 240 collaborateurs) chez
  Calcaires Mosans. Merci d'avoir votre CV sous la main.\n\nNeed to make cha
 nges to this event?\nCancel: https://calendly.com/cancellations/b7e0c2d1\n
 Reschedule: https://calendly.com/reschedulings/b7e0c2d1\n\nPowered by Cale
 ndly.com
LOCATION:+32 475 62 18 90
ORGANIZER;CN=Sarah Pieters:mailto:sarah.pieters@calcaires-mosans.be
ATTENDEE;CN=Emilie Dubois;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;CN=Sarah Pieters;PARTSTAT=ACCEPTED:mailto:sarah.pieters@calcaires-mosans.be
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("calcom-intro", "calcom-9fK2mX7qPz3vLr8Tn1Wd@cal.com", 1,
       "Fjord Analytics", "HR Lead", "hiring_manager", "jelle@fjordanalytics.io",
       "calcom-intro-call-coo-amsterdam",
       r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-9fK2mX7qPz3vLr8Tn1Wd@cal.com
DTSTAMP:20250425T121501Z
DTSTART:20250430T120000Z
DTEND:20250430T123000Z
SUMMARY:Intro call between Jelle Visser and Emilie Dubois
DESCRIPTION:What: Intro call - HR Lead (Amsterdam\, hybrid)\nInvitee Time
  Zone: Europe/Brussels\nWho:\nJelle Visser - Organizer (COO\, Fjord Analyti
 cs)\njelle@fjordanalytics.io\nEmilie Dubois\nemilie.dubois.rh@skynet.be\n
 Where: Cal Video https://app.cal.com/video/9fK2mX7qPz3vLr8Tn1Wd\nAdditiona
 l notes: Found the role via Fjord's careers page - happy to talk!
LOCATION:https://app.cal.com/video/9fK2mX7qPz3vLr8Tn1Wd
ORGANIZER;CN=Jelle Visser:mailto:jelle@fjordanalytics.io
ATTENDEE;CN=Emilie Dubois;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("bosa-selection", "040000008200E00074C5B7101A82E008000000005A8F1C2B3DBADB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F", 1,
       "SPF Mobilité et Transports", "Directeur·rice P&O (m/f/x)", "", "Anne-Sophie Renard",
       "bosa-entretien-de-selection-user-is-candidate",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="BOSA Talent - Sélections":mailto:noreply.selections@bosa.fgov.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.dubois.rh@skynet.be:mailto:emilie.dubois.rh@skynet.be
DESCRIPTION;LANGUAGE=fr-BE:Madame\,\n\nVous avez réussi la première épreuve de la sélection AFG25123 (Directeur·rice P&O (m/f/x) - SPF Mobilité et Transports). Nous vous invitons à l'entretien de sélection.\n\nLe jury est présidé par Mme Anne-Sophie Renard (Présidente du Comité de direction\, SPF Mobilité et Transports)\, assistée d'un expert en ressources humaines et d'un expert externe.\n\nL'entretien (60 min) comprend une présentation de 10 minutes préparée sur place (30 min de préparation).\n\nLieu : WTC III\, Boulevard Simon Bolivar 30\, 1000 Bruxelles. Présentez-vous 45 minutes à l'avance avec votre carte d'identité.\n\nCe message est envoyé automatiquement\, merci de ne pas y répondre.\n
UID:040000008200E00074C5B7101A82E008000000005A8F1C2B3DBADB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=fr-BE:AFG25123 - Entretien de sélection - Directeur·rice P&O (m/f/x)
DTSTART;TZID=Romance Standard Time:20250507T091500
DTEND;TZID=Romance Standard Time:20250507T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250422T060012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:WTC III - Bd Simon Bolivar 30 - 1000 Bruxelles
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    ev("bookings-epreuve-orale", "3c1f7a0e-5b28-4d9c-a6e4-0d2b9f8c1e73@bookings.outlook.com", 1,
       "Port de Bruxelles", "Responsable RH (niveau A)", "", "l.goossens@port-bxl.be",
       "microsoft-bookings-epreuve-orale-public-employer",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=Port de Bruxelles - Recrutement:mailto:PortdeBruxellesRecrutement@portbxl.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Emilie Dubois:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Leen Goossens:mailto:l.goossens@port-bxl.be
DESCRIPTION;LANGUAGE=fr-BE:Votre rendez-vous est confirmé.\n\nService : Épreuve orale - Responsable RH (niveau A)\nMembre du personnel : Leen Goossens\nDurée : 1 heure\nAdresse : Place des Armateurs 6\, 1000 Bruxelles (entrée visiteurs\, bâtiment Capitainerie)\n\nVotre jury comprendra également un membre de la direction. Une épreuve de mise en situation de 20 minutes précède l'entretien.\n\nGérer la réservation : https://outlook.office365.com/owa/calendar/PortdeBruxellesRecrutement@portbxl.onmicrosoft.com/bookings/\n
UID:3c1f7a0e-5b28-4d9c-a6e4-0d2b9f8c1e73@bookings.outlook.com
SUMMARY;LANGUAGE=fr-BE:Épreuve orale - Responsable RH (niveau A) - Port de Bruxelles
DTSTART;TZID=Romance Standard Time:20250429T140000
DTEND;TZID=Romance Standard Time:20250429T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250417T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Place des Armateurs 6\, 1000 Bruxelles
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("jobtoolz-gesprek", "jobtoolz-afspraak-118203@jobtoolz.com", 1,
       "Transport Declerck", "HR Manager", "",
       "bart@transportdeclerck.be;ilse.verstraete@transportdeclerck.be",
       "jobtoolz-dutch-sollicitatiegesprek-user-is-candidate",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Jobtoolz//Jobtoolz Agenda//NL
METHOD:REQUEST
@@VTZ Europe/Brussels@@
BEGIN:VEVENT
UID:jobtoolz-afspraak-118203@jobtoolz.com
DTSTAMP:20250404T082500Z
DTSTART;TZID=Europe/Brussels:20250411T100000
DTEND;TZID=Europe/Brussels:20250411T113000
SUMMARY:Sollicitatiegesprek HR Manager - Emilie Dubois
DESCRIPTION:Beste Emilie\,\n\nBedankt voor je sollicitatie bij Transport De
 clerck NV. We nodigen je graag uit voor een gesprek met Bart Declerck (zaa
 kvoerder) en Ilse Verstraete (HR & payroll).\n\nAdres: Kachtemsestraat 25
 0\, 8800 Roeselare. Meld je aan bij de receptie van het kantoorgebouw (niet
  aan de loskades).\n\nTot dan!\nTransport Declerck
LOCATION:Kachtemsestraat 250\, 8800 Roeselare
ORGANIZER;CN=Ilse Verstraete:mailto:ilse.verstraete@transportdeclerck.be
ATTENDEE;CN=Emilie Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;CN=Bart Declerck;PARTSTAT=ACCEPTED:mailto:bart@transportdeclerck.be
ATTENDEE;CN=Ilse Verstraete;PARTSTAT=ACCEPTED:mailto:ilse.verstraete@transportdeclerck.be
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("homerun-video", "homerun-interview-x7y2k9@homerun.co", 1,
       "Bloemhof Groep", "HR Manager", "recruiter_screen", "fleur@bloemhofgroep.nl",
       "homerun-dutch-video-interview-informal",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Homerun//Homerun Calendar//EN
METHOD:REQUEST
@@VTZ Europe/Amsterdam@@
BEGIN:VEVENT
UID:homerun-interview-x7y2k9@homerun.co
DTSTAMP:20250428T140012Z
DTSTART;TZID=Europe/Amsterdam:20250502T093000
DTEND;TZID=Europe/Amsterdam:20250502T100000
SUMMARY:Videogesprek met Bloemhof Groep
DESCRIPTION:Hoi Emilie!\n\nLeuk dat je wilt kennismaken voor de rol van HR
  Manager. Fleur (Talent & Culture) belt je via Google Meet voor een eerste
  gesprek van een halfuurtje.\n\nhttps://meet.google.com/ayq-dmbp-rke\n\nTo
 t vrijdag!\nTeam Bloemhof
LOCATION:https://meet.google.com/ayq-dmbp-rke
ORGANIZER;CN=Fleur Jansen:mailto:fleur@bloemhofgroep.nl
ATTENDEE;CN=Emilie Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("digitalrecruiters-rh", "dr-entretien-20250305-447710@digitalrecruiters.com", 1,
       "Groupe Sérac", "Directeur des Ressources Humaines H/F", "recruiter_screen",
       "claire.dumont@groupe-serac.fr",
       "digitalrecruiters-entretien-rh-paris-teams",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//DigitalRecruiters//DR Agenda//FR
METHOD:REQUEST
@@VTZ Europe/Paris@@
BEGIN:VEVENT
UID:dr-entretien-20250305-447710@digitalrecruiters.com
DTSTAMP:20250226T090009Z
DTSTART;TZID=Europe/Paris:20250305T163000
DTEND;TZID=Europe/Paris:20250305T171500
SUMMARY:Entretien RH - Directeur des Ressources Humaines H/F - Groupe Sérac
DESCRIPTION:Madame Dubois\,\n\nNous vous confirmons votre entretien avec Cl
 aire Dumont\, Responsable Recrutement & Marque Employeur\, par Microsoft Te
 ams.\n\nLien de connexion : https://teams.microsoft.com/l/meetup-join/19%3
 ameeting_Zjk1MmY3\n\nCordialement\,\nGroupe Sérac - Direction des Ressourc
 es Humaines
LOCATION:Microsoft Teams
ORGANIZER;CN=Claire Dumont:mailto:claire.dumont@groupe-serac.fr
ATTENDEE;CN=Emilie Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("dejeuner-pdg", "040000008200E00074C5B7101A82E0080000000021C3B5A7E4AFDB0100000000000000001000000011223344556677889900AABBCCDDEEFF", 1,
       "Groupe Sérac", "", "final", "arnaud.serac@groupe-serac.fr",
       "lunch-with-ceo-is-final-round-sent-by-assistant",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Sérac, Arnaud";SENT-BY="mailto:isabelle.moreau@groupe-serac.fr":mailto:arnaud.serac@groupe-serac.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Emilie Dubois:mailto:emilie.dubois.rh@skynet.be
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nDans le cadre de la dernière étape du recrutement de notre futur(e) DRH\, M. Sérac souhaite vous rencontrer autour d'un déjeuner.\n\nTable réservée au nom de Sérac\, Le Petit Sommelier\, 49 avenue du Maine\, 75014 Paris (face à la gare Montparnasse).\n\nBien cordialement\,\nIsabelle Moreau\nAssistante de Direction Générale\n
UID:040000008200E00074C5B7101A82E0080000000021C3B5A7E4AFDB0100000000000000001000000011223344556677889900AABBCCDDEEFF
SUMMARY;LANGUAGE=fr-FR:Déjeuner M. Sérac / Mme Dubois
DTSTART;TZID=Romance Standard Time:20250417T123000
DTEND;TZID=Romance Standard Time:20250417T141500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250409T154421Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Le Petit Sommelier - 49 av. du Maine - Paris 14e
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("wttj-entretien", "welcomekit-interview-5b7c2e90@welcomekit.co", 1,
       "Lumen Études", "Head of People & Culture", "hiring_manager", "mathilde@lumen-etudes.fr",
       "welcome-to-the-jungle-ceo-interview",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Welcome Kit ATS//FR
METHOD:REQUEST
@@VTZ Europe/Paris@@
BEGIN:VEVENT
UID:welcomekit-interview-5b7c2e90@welcomekit.co
DTSTAMP:20250320T110003Z
DTSTART;TZID=Europe/Paris:20250326T180000
DTEND;TZID=Europe/Paris:20250326T184500
SUMMARY:Votre entretien avec Lumen Études
DESCRIPTION:Bonjour Emilie\,\n\nVous avez rendez-vous avec Mathilde Garnier
  (CEO) pour le poste Head of People & Culture.\n\nVisio : https://meet.go
 ogle.com/oet-cbrn-wiz\n\nBonne préparation !\nL'équipe Lumen Études
LOCATION:https://meet.google.com/oet-cbrn-wiz
ORGANIZER;CN=Mathilde Garnier:mailto:mathilde@lumen-etudes.fr
ATTENDEE;CN=Emilie Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("talentsoft-convocation", "CEGID-TS-CONV-2025-000931@talent-soft.com", 1,
       "Transalliance Nord", "Responsable des Ressources Humaines (F/H)", "",
       "Frédéric Lemaire;Sandrine Caron",
       "talentsoft-convocation-interviewers-named-in-body",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cegid//Talentsoft Recruiting//FR
METHOD:REQUEST
@@VTZ Europe/Paris@@
BEGIN:VEVENT
UID:CEGID-TS-CONV-2025-000931@talent-soft.com
DTSTAMP:20250414T074001Z
DTSTART;TZID=Europe/Paris:20250423T140000
DTEND;TZID=Europe/Paris:20250423T153000
SUMMARY:Convocation à un entretien - Responsable des Ressources Humaines (F/H)
DESCRIPTION:Madame\,\n\nNous avons le plaisir de vous convier à un entretie
 n dans le cadre de votre candidature au poste de Responsable des Ressource
 s Humaines (F/H) - réf. TN-0931.\n\nVous serez reçue par M. Frédéric Lem
 aire\, Directeur Général\, et Mme Sandrine Caron\, DRH Groupe.\n\nTransal
 liance Nord - 12 rue des Saules\, 59810 Lesquin\n\nCordialement\,\nLe Serv
 ice Recrutement
LOCATION:Transalliance Nord\, 12 rue des Saules\, 59810 Lesquin
ORGANIZER;CN=Transalliance Nord Recrutement:mailto:recrutement@transalliance-nord.fr
ATTENDEE;CN=Emilie Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("randstad-preselection", "040000008200E00074C5B7101A82E00800000000B4C9A1D2E385DB010000000000000000100000009988776655443322110FFEEDDCCBBAA0", 1,
       "Eurodis Distribution", "HR Manager", "recruiter_screen", "kevin.hermans@randstad.be",
       "agency-preselection-names-client-employer",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Hermans, Kevin":mailto:kevin.hermans@randstad.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.dubois.rh@skynet.be:mailto:emilie.dubois.rh@skynet.be
DESCRIPTION;LANGUAGE=fr-BE:Bonjour Madame Dubois\,\n\nComme convenu\, je vous confirme notre entretien de présélection pour le poste de HR Manager chez notre client Eurodis Distribution (Wavre\, 420 collaborateurs\, CP 226). Si l'entretien est concluant\, je transmets votre candidature au client dans la foulée.\n\nMerci de vous munir de votre carte d'identité et de vos diplômes.\n\nKevin Hermans\nSenior Consultant - Randstad Professionals\nAvenue Louise 235\, 1050 Ixelles\n
UID:040000008200E00074C5B7101A82E00800000000B4C9A1D2E385DB010000000000000000100000009988776655443322110FFEEDDCCBBAA0
SUMMARY;LANGUAGE=fr-BE:Entretien Randstad Professionals - E. Dubois - HR Manager
DTSTART;TZID=Romance Standard Time:20250225T173000
DTEND;TZID=Romance Standard Time:20250225T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250219T160244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Randstad Professionals - Avenue Louise 235
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("executive-search", "2hq9w1e4r7t0y3u6i8o5p2a4sd@google.com", 1,
       "Banque Ardent Luxembourg", "Director HR", "recruiter_screen",
       "victoria.hale@altura-search.com",
       "executive-search-confidential-client-in-body-english",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTZ Europe/Luxembourg@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Luxembourg:20250312T080000
DTEND;TZID=Europe/Luxembourg:20250312T084500
DTSTAMP:20250307T175012Z
ORGANIZER;CN=Victoria Hale:mailto:victoria.hale@altura-search.com
UID:2hq9w1e4r7t0y3u6i8o5p2a4sd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=emilie.dubois.rh@skynet.be;X-NUM-GUESTS=0:mailto:emilie.dubois.rh@
 skynet.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Victoria Hale;X-NUM-GUESTS=0:mailto:victoria.hale@altura-search.com
DESCRIPTION:Dear Emilie\,\n\nThank you for your time on the phone. As disc
 ussed\, this first interview concerns the Director HR search we are runnin
 g on behalf of our client Banque Ardent Luxembourg S.A. - please keep this
  confidential.\n\nZoom: https://altura-search.zoom.us/j/86120933417\n\nBes
 t regards\,\nVictoria Hale\nPartner\, Altura Executive Search
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Altura / Emilie Dubois
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("hays-telefoninterview", "040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B1DB0100000000000000001000000077665544332211000FFEEDDCCBBAA99", 1,
       "Domstadt Versicherung", "Leitung Personal (m/w/d)", "recruiter_screen",
       "jan.schuster@hays.de",
       "agency-german-telefoninterview-client-named",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Schuster, Jan":mailto:jan.schuster@hays.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Emilie Dubois:mailto:emilie.dubois.rh@skynet.be
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Dubois\,\n\nwie besprochen rufe ich Sie am Mittwoch an\, um die Position Leitung Personal (m/w/d) bei unserem Kunden Domstadt Versicherung AG in Köln im Detail zu besprechen und Ihr Profil kennenzulernen.\n\nIch rufe Sie unter +32 475 62 18 90 an.\n\nBeste Grüße\nJan Schuster\nSenior Recruitment Consultant\nHays AG\n
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B1DB0100000000000000001000000077665544332211000FFEEDDCCBBAA99
SUMMARY;LANGUAGE=de-DE:Telefoninterview Hays - Leitung Personal (m/w/d) - Kunde Domstadt Versicherung
DTSTART;TZID=W. Europe Standard Time:20250402T120000
DTEND;TZID=W. Europe Standard Time:20250402T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T140522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("google-echange", "7j4k2l9m1n0b8v6c3x5z7a2s4d@google.com", 1,
       "Sportica", "HR Business Partner Senior", "recruiter_screen",
       "julie.vanneste@sportica.com",
       "google-echange-wording-recruiter-lille",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTZ Europe/Paris@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250218T093000
DTEND;TZID=Europe/Paris:20250218T100000
DTSTAMP:20250213T152301Z
ORGANIZER;CN=Julie Vanneste:mailto:julie.vanneste@sportica.com
UID:7j4k2l9m1n0b8v6c3x5z7a2s4d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=emilie.dubois.rh@skynet.be;X-NUM-GUESTS=0:mailto:emilie.dubois.rh@
 skynet.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Julie Vanneste;X-NUM-GUESTS=0:mailto:julie.vanneste@sportica.com
DESCRIPTION:Bonjour Emilie\,\nSuite à ta candidature sur notre site carrièr
 e\, je te propose un premier échange de 30 min autour du poste de HR Busin
 ess Partner Senior (campus de Villeneuve-d'Ascq).\nJulie - Talent Acquisiti
 on Sportica\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~::~:~::-\nRejoindre avec Google Meet : https://meet.google.com/tnb-wsk
 q-rfe\nPour en savoir plus sur Meet : https://support.google.com/a/users/a
 nswer/9282720\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Échange Emilie Dubois / Julie Vanneste
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
