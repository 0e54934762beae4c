"""holdout155 events, part D: more of the user's own interviews (EU agency, law firm, NL, LU, hand-typed)."""

# ruff: noqa: E501  (raw iCalendar text keeps the line lengths the tools write)

from holdout155ev_tz import ev

EVENTS = [
    ev("eu-agency-panel", "EFA-SEL-2025-AD-07-CAND-0412@efa.europa.eu", 1,
       "European Freight Agency", "Head of HR Sector (AD9)", "", "",
       "eu-agency-selection-committee-webex-no-names",
       r"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:EFA-SEL-2025-AD-07-CAND-0412@efa.europa.eu
DTSTAMP:20250506T120000Z
DTSTART:20250520T070000Z
DTEND:20250520T100000Z
SUMMARY:EFA/2025/AD/07 - Written test and interview with the Selection Committee
DESCRIPTION:Dear Candidate\,\n\nFollowing the pre-selection\, you are invit
 ed to the written test (90 min) followed by an interview with the Selectio
 n Committee (45 min) for the post of Head of HR Sector (AD9)\, selection E
 FA/2025/AD/07.\n\nThe test and interview will take place remotely via Webe
 x. Please connect 15 minutes in advance with your ID at hand\; the Committ
 ee will verify your identity on camera.\n\nWebex meeting number: 2741 556
  8802\nPassword: EFA2025ad07\nhttps://efa-europa.webex.com/efa-europa/j.php
 ?MTID=m4c1d9e0f\n\nEFA Human Resources - Selections team\nThis is an autom
 atically generated message.
LOCATION:Webex
ORGANIZER;CN=EFA Selections:mailto:selections@efa.europa.eu
ATTENDEE;CN=DUBOIS Emilie;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("goto-entretien", "040000008200E00074C5B7101A82E00800000000D9E8F7A6B5C4DB010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F809", 1,
       "Lemaire & Associés", "Responsable RH & Office", "hiring_manager",
       "caroline.lemaire@lemaire-avocats.be",
       "law-firm-goto-meeting-managing-partner",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Lemaire, Caroline":mailto:caroline.lemaire@lemaire-avocats.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.dubois.rh@skynet.be:mailto:emilie.dubois.rh@skynet.be
DESCRIPTION;LANGUAGE=fr-BE:Chère Madame\,\n\nJe vous remercie pour votre candidature au poste de Responsable RH & Office de notre cabinet. Je vous propose un premier entretien par visioconférence.\n\nParticipez à ma réunion depuis votre ordinateur\, tablette ou smartphone.\nhttps://meet.goto.com/418229637\n\nVous pouvez aussi appeler.\nBelgique : +32 28 93 7002\nCode d'accès : 418-229-637\n\nMe Caroline Lemaire\nAssociée gérante\nLemaire & Associés - Avocats\n
UID:040000008200E00074C5B7101A82E00800000000D9E8F7A6B5C4DB010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F809
SUMMARY;LANGUAGE=fr-BE:Entretien - Responsable RH & Office - Mme Dubois
DTSTART;TZID=Romance Standard Time:20250331T180000
DTEND;TZID=Romance Standard Time:20250331T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250325T191707Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:GoTo Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("tweede-gesprek", "zoom-ev-84120394417-20250515@zoom.us", 1,
       "Kroon Verzekeringen", "HR-directeur", "final",
       "pieter.kroon@kroonverzekeringen.nl;marloes.vermeulen@kroonverzekeringen.nl",
       "zoom-dutch-tweede-en-laatste-gesprek",
       r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
@@VTZ Europe/Amsterdam@@
BEGIN:VEVENT
UID:zoom-ev-84120394417-20250515@zoom.us
DTSTAMP:20250508T100505Z
DTSTART;TZID=Europe/Amsterdam:20250515T100000
DTEND;TZID=Europe/Amsterdam:20250515T113000
SUMMARY:Tweede gesprek HR-directeur - Emilie Dubois
DESCRIPTION:Beste Emilie\,\n\nHierbij de uitnodiging voor het tweede en la
 atste gesprek met Pieter Kroon (CEO) en Marloes Vermeulen (lid RvC\, rem
 uneratiecommissie).\n\nMarloes Vermeulen is inviting you to a scheduled Zo
 om meeting.\n\nJoin Zoom Meeting\nhttps://kroonverzekeringen.zoom.us/j/841
 20394417?pwd=aW5ZbGhq\n\nMeeting ID: 841 2039 4417\nPasscode: 118832\n\nOn
 e tap mobile\n+3226040010\,\,84120394417# Belgium
LOCATION:https://kroonverzekeringen.zoom.us/j/84120394417
ORGANIZER;CN=Marloes Vermeulen:mailto:marloes.vermeulen@kroonverzekeringen.nl
ATTENDEE;CN=Emilie Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;CN=Pieter Kroon;PARTSTAT=ACCEPTED:mailto:pieter.kroon@kroonverzekeringen.nl
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("tel-aerolis", "8C3F2A91-7E0D-4B5C-A1D6-2F9E8B7C4D03", 1,
       "Aérolis Technics", "", "recruiter_screen", "Mme Dupont",
       "user-typed-terse-phone-screen",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.1//EN
CALSCALE:GREGORIAN
@@VTZ Europe/Brussels@@
BEGIN:VEVENT
CREATED:20250305T075811Z
UID:8C3F2A91-7E0D-4B5C-A1D6-2F9E8B7C4D03
DTSTART;TZID=Europe/Brussels:20250310T123000
DTEND;TZID=Europe/Brussels:20250310T130000
DTSTAMP:20250305T075902Z
SUMMARY:Tel Aérolis - Mme Dupont (TA) m'appelle
DESCRIPTION:poste RH site Gosselies\, 1er tel\nelle appelle sur GSM - être
  dans la voiture/parking\, PAS au bureau
LOCATION:
SEQUENCE:0
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-PT10M
END:VALARM
END:VEVENT
END:VCALENDAR
""", crlf=False),
    ev("cas-pratique", "040000008200E00074C5B7101A82E00800000000E3F4A5B6C7D2DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789", 1,
       "Groupe Imbert", "DRH", "technical",
       "francois.imbert@groupe-imbert.fr;nathalie.roux@groupe-imbert.fr",
       "outlook-case-presentation-codir-paris",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Roux, Nathalie":mailto:nathalie.roux@groupe-imbert.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Emilie Dubois:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Imbert, François":mailto:francois.imbert@groupe-imbert.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="Siège - Salle du Codir":mailto:salle.codir@groupe-imbert.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Emilie\,\n\nComme annoncé\, vous présenterez votre analyse du cas pratique (plan social de la filiale de Roubaix et projet de GPEC) devant François Imbert et moi-même. Prévoyez 30 minutes de présentation et 45 minutes d'échanges.\n\nMerci de m'envoyer votre support la veille avant 18h.\n\nNathalie Roux\nSecrétaire Générale\n
UID:040000008200E00074C5B7101A82E00800000000E3F4A5B6C7D2DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=fr-FR:Présentation cas pratique - poste DRH - E. Dubois
DTSTART;TZID=Romance Standard Time:20250522T100000
DTEND;TZID=Romance Standard Time:20250522T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250512T082200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Siège - Salle du Codir (18 rue de Rivoli\, Paris 4e)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("assessment-cabinet", "040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0", 1,
       "Delvaux Retail", "HR Director", "onsite", "sofie.degraeve@axis-assessment.be",
       "assessment-bureau-for-named-client-bilingual",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Vermeiren, Joke":mailto:planning@axis-assessment.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Emilie Dubois:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="De Graeve, Sofie":mailto:sofie.degraeve@axis-assessment.be
DESCRIPTION;LANGUAGE=nl-BE:Geachte mevrouw Dubois\, Madame\,\n\nIn opdracht van Delvaux Retail nodigen wij u uit voor een assessment in het kader van de selectie HR Director.\nÀ la demande de Delvaux Retail\, nous vous invitons à un assessment dans le cadre de la sélection HR Director.\n\nProgramma / Programme:\n08u45 onthaal / accueil\n09u00 persoonlijkheidsvragenlijst en redeneertests / questionnaires\n11u00 rollenspel met een ondernemingsraad / jeu de rôle conseil d'entreprise\n13u30 competentiegericht interview met Sofie De Graeve (senior assessor)\n\nAdres: Axis Assessment\, Kunstlaan 44\, 1040 Brussel\n\nMet vriendelijke groeten / Bien à vous\,\nJoke Vermeiren - planning\n
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0
SUMMARY;LANGUAGE=nl-BE:Assessment HR Director (Delvaux Retail) - E. Dubois
DTSTART;TZID=Romance Standard Time:20250425T084500
DTEND;TZID=Romance Standard Time:20250425T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250416T091011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:Axis Assessment - Kunstlaan 44 - 1040 Brussel
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("entretien-luxembourg", "040000008200E00074C5B7101A82E00800000000A2B3C4D5E6F7DB0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344", 1,
       "Supermarchés Moselle", "Responsable des Ressources Humaines", "",
       "paul.schmit@moselle-supermarches.lu",
       "outlook-w-europe-zone-luxembourg-no-stage",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Schmit, Paul":mailto:paul.schmit@moselle-supermarches.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Emilie Dubois:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="BER - Salle Mosel":mailto:ber.mosel@moselle-supermarches.lu
DESCRIPTION;LANGUAGE=fr-LU:Bonjour Madame Dubois\,\n\nSuite à notre échange téléphonique\, je vous confirme notre rendez-vous pour le poste de Responsable des Ressources Humaines. Nous nous verrons au siège à Bertrange (route d'Arlon 110). Parking visiteurs devant l'entrée B.\n\nMeilleures salutations\,\nPaul Schmit\nDirecteur Administratif et Financier\n
UID:040000008200E00074C5B7101A82E00800000000A2B3C4D5E6F7DB0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344
SUMMARY;LANGUAGE=fr-LU:RDV Mme Dubois - Responsable RH
DTSTART;TZID=W. Europe Standard Time:20250430T100000
DTEND;TZID=W. Europe Standard Time:20250430T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250423T131500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-LU:BER - Salle Mosel
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("greenhouse-case", "greenhouse-interview-55120987@greenhouse.io", 1,
       "Tulipa Payments", "HR Director Benelux", "technical", "Joost Hendriks",
       "greenhouse-people-analytics-case-utc",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-55120987@greenhouse.io
DTSTAMP:20250502T090122Z
DTSTART:20250508T120000Z
DTEND:20250508T131500Z
SUMMARY:Tulipa Payments: HR Director Benelux - Case interview (People Analytics)
DESCRIPTION:Hi Emilie\,\n\nYou're confirmed for a case interview with Tulip
 a Payments.\n\nInterviewer: Joost Hendriks\, CFO\nFocus: headcount plannin
 g and people analytics - you'll receive a small dataset 24h before.\n\nGoo
 gle Meet: https://meet.google.com/jqs-vbna-xyt\n\nQuestions? Contact Eva
  Smit\, Recruiting Coordinator.
LOCATION:https://meet.google.com/jqs-vbna-xyt
ORGANIZER;CN=Eva Smit:mailto:eva.smit@tulipapayments.com
ATTENDEE;CN=Emilie Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("gesprek-amsterdam", "040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DB0100000000000000001000000066778899AABBCCDDEEFF001122334455", 1,
       "Noordwind Energie", "HR Manager", "",
       "hanneke.devries@noordwind.nl;sander.mulder@noordwind.nl",
       "outlook-dutch-amsterdam-two-interviewers-no-stage",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Vries, Hanneke de":mailto:hanneke.devries@noordwind.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.dubois.rh@skynet.be:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mulder, Sander":mailto:sander.mulder@noordwind.nl
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="AMS-Zuidas-5.03":mailto:ams.503@noordwind.nl
DESCRIPTION;LANGUAGE=nl-NL:Beste Emilie\,\n\nFijn dat je naar Amsterdam wilt komen. Sander Mulder (directeur Operations) en ik spreken je graag over de functie HR Manager.\n\nAdres: Gustav Mahlerplein 28\, Amsterdam (5e verdieping). Met het OV: station Zuid\, 3 minuten lopen.\n\nHartelijke groet\,\nHanneke de Vries\nDirecteur HR\n
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DB0100000000000000001000000066778899AABBCCDDEEFF001122334455
SUMMARY;LANGUAGE=nl-NL:Gesprek Emilie Dubois - HR Manager
DTSTART;TZID=W. Europe Standard Time:20250527T130000
DTEND;TZID=W. Europe Standard Time:20250527T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250519T103000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:AMS-Zuidas-5.03
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("bookings-hopital", "9d8c7b6a-5f4e-3d2c-1b0a-f9e8d7c6b5a4@bookings.outlook.com", 1,
       "Hôpital Sainte-Gudule", "Responsable RH (CDI)", "", "anne.delhaye@hsg-bruxelles.be",
       "bookings-candidate-booked-own-slot-hospital",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=HSG Recrutement:mailto:HSGRecrutement@hsgbruxelles.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Emilie Dubois:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Anne Delhaye:mailto:anne.delhaye@hsg-bruxelles.be
DESCRIPTION;LANGUAGE=fr-BE:Merci d'avoir réservé avec HSG Recrutement.\n\nService : Entretien - Responsable RH (CDI)\nAvec : Anne Delhaye\, Directrice du Département Infirmier et des RH\nDurée : 1 heure\n\nAdresse : Hôpital Sainte-Gudule\, rue Haute 290\, 1000 Bruxelles - Bâtiment administratif\, 2e étage.\n\nPour modifier ou annuler votre réservation\, utilisez le lien ci-dessous.\nhttps://outlook.office365.com/owa/calendar/HSGRecrutement@hsgbruxelles.onmicrosoft.com/bookings/\n
UID:9d8c7b6a-5f4e-3d2c-1b0a-f9e8d7c6b5a4@bookings.outlook.com
SUMMARY;LANGUAGE=fr-BE:Entretien - Responsable RH (CDI)
DTSTART;TZID=Romance Standard Time:20250603T083000
DTEND;TZID=Romance Standard Time:20250603T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250527T201500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Hôpital Sainte-Gudule\, rue Haute 290\, 1000 Bruxelles
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("teamtailor-case", "teamtailor-interview-a07e5c3d-92b1-4f6a-8e0d-7c4b1a2f9e38", 1,
       "Agora Hotels Group", "HR Manager Belgium", "technical", "olivia.peeters@agorahotels.com",
       "teamtailor-case-interview-hotel-group",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-a07e5c3d-92b1-4f6a-8e0d-7c4b1a2f9e38
DTSTAMP:20250521T090511Z
DTSTART:20250528T090000Z
DTEND:20250528T101500Z
SUMMARY:Case interview - HR Manager Belgium - Agora Hotels Group
DESCRIPTION:Hi Emilie\,\n\nThanks for the great first conversation! Next s
 tep is a case interview with Olivia Peeters (Regional HR Director). You w
 ill work on a short case on seasonal staffing and absenteeism in our two
  Brussels hotels.\n\nLocation: Agora Grand-Place\, Rue du Marché aux Her
 bes 60\, 1000 Brussels (ask for Olivia at reception)\n\nBest\,\nAgora Ho
 tels Group - Talent
LOCATION:Agora Grand-Place\, Rue du Marché aux Herbes 60\, 1000 Brussels
ORGANIZER;CN=Agora Hotels Talent:mailto:talent@agorahotels.com
ATTENDEE;CN=Emilie Dubois;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;CN=Olivia Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:olivia.peeters@agorahotels.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("visio-cologne", "D7A0E3F1-2B4C-45D6-9E8F-0A1B2C3D4E5F", 1,
       "Kranich Medien", "Head of People", "", "Herr Vogel;Frau Lenz",
       "user-typed-french-entry-german-employer",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Mac 16.94//EN
@@VTZ Europe/Brussels@@
BEGIN:VEVENT
UID:D7A0E3F1-2B4C-45D6-9E8F-0A1B2C3D4E5F
DTSTAMP:20250512T203300Z
DTSTART;TZID=Europe/Brussels:20250516T110000
DTEND;TZID=Europe/Brussels:20250516T120000
SUMMARY:Entretien Kranich Medien (Cologne) - visio Teams - Head of People
DESCRIPTION:lien Teams dans le mail du 12/05 (boîte skynet)\nHerr Vogel (G
 F) + Frau Lenz (Personal)\nen allemand !! revoir vocabulaire: Betriebsrat
 \, Tarifvertrag\, Kündigungsschutz
LOCATION:Teams
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("comite-direction", "040000008200E00074C5B7101A82E00800000000C9D8E7F6A5B4DB010000000000000000100000004F3E2D1C0B0A99887766554433221100", 1,
       "Mutualité Horizon", "Directeur·rice des Ressources Humaines", "final",
       "benoit.lallemand@mutualite-horizon.be;karin.verbeke@mutualite-horizon.be",
       "outlook-final-before-comite-de-direction",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Romance Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Lallemand, Benoît";SENT-BY="mailto:secretariat.sg@mutualite-horizon.be":mailto:benoit.lallemand@mutualite-horizon.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Emilie Dubois:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Verbeke, Karin":mailto:karin.verbeke@mutualite-horizon.be
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="Siège - Salle du Conseil (R+6)":mailto:salle.conseil@mutualite-horizon.be
DESCRIPTION;LANGUAGE=fr-BE:Madame\,\n\nNous avons le plaisir de vous inviter à l'entretien final pour la fonction de Directeur·rice des Ressources Humaines\, devant le Comité de direction (M. Benoît Lallemand\, Secrétaire général\, et Mme Karin Verbeke\, Directrice financière).\n\nLe secrétariat du Secrétaire général\n
UID:040000008200E00074C5B7101A82E00800000000C9D8E7F6A5B4DB010000000000000000100000004F3E2D1C0B0A99887766554433221100
SUMMARY;LANGUAGE=fr-BE:Entretien final DRH - Mme E. Dubois
DTSTART;TZID=Romance Standard Time:20250605T160000
DTEND;TZID=Romance Standard Time:20250605T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250528T070509Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-BE:Siège - Salle du Conseil (R+6)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
]
