"""holdout143: public sector, agencies, Toronto, food-tech (the user's own interviews)."""

from holdout143ev_common import yes

EVENTS = []

# Casino de Montréal (Loto-Québec): comité de sélection + examen pratique
EVENTS.append(yes("outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="Dion, Caroline (Dotation)":mailto:caroline.dion@loto-quebec.c
 om
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=olivier.b
 elanger.cuisine@hotmail.com:mailto:olivier.belanger.cuisine@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Fortier, Mich
 el":mailto:michel.fortier@loto-quebec.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lapointe, Na
 dia":mailto:nadia.lapointe@loto-quebec.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="CAS-MTL Salle
  Pavillon 3.12":mailto:cas-mtl-salle312@loto-quebec.com
DESCRIPTION;LANGUAGE=fr-CA:Monsieur\,\n\nNous vous confirmons votre convoc
 ation devant le comité de sélection pour le concours 2025-CAS-0117 – Chef
  exécutif adjoint(e)\, restaurants du Casino de Montréal.\n\nComité : Mic
 hel Fortier (Chef exécutif) et Nadia Lapointe (Conseillère en dotation).
 \n\nVeuillez vous présenter 15 minutes à l'avance à l'accueil du pavillon
  du Québec avec une pièce d'identité avec photo. La rencontre sera suivie
  d'un examen écrit (coûts de revient et planification de production\, 45
  min).\n\nCaroline Dion\nTechnicienne en dotation\n
UID:040000008200E00074C5B7101A82E00800000000F05E1B6A4C98DB010000000000000
 00010000000A9B8C7D6E5F40312A1B2C3D4E5F60718
SUMMARY;LANGUAGE=fr-CA:Convocation – comité de sélection – concours 2025-C
 AS-0117
DTSTART;TZID=Eastern Standard Time:20250506T090000
DTEND;TZID=Eastern Standard Time:20250506T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250428T130055Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:CAS-MTL Salle Pavillon 3.12
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F05E1B6A4C98DB01000000000000000010000000A9B8C7D6E5F40312A1B2C3D4E5F60718",
    "Casino de Montréal", "Chef exécutif adjoint(e), restaurants du Casino de Montréal", "",
    "michel.fortier@loto-quebec.com;nadia.lapointe@loto-quebec.com",
    "public-sector-convocation-comite-de-selection-concours"))

EVENTS.append(yes("outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="Dion, Caroline (Dotation)":mailto:caroline.dion@loto-quebec.c
 om
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=olivier.b
 elanger.cuisine@hotmail.com:mailto:olivier.belanger.cuisine@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Fortier, Mich
 el":mailto:michel.fortier@loto-quebec.com
DESCRIPTION;LANGUAGE=fr-CA:Monsieur Bélanger\,\n\nFélicitations\, vous êtes
  retenu pour l'étape de l'examen pratique. Vous disposerez de 3 heures po
 ur réaliser un menu trois services pour 8 couverts à partir du panier fo
 urni\, dans la cuisine du restaurant Le Montréal. Évaluation par le chef
  exécutif selon la grille du concours.\n\nTenue de cuisine complète requ
 ise (veste\, pantalon\, souliers antidérapants). Couteaux personnels permi
 s.\n
UID:040000008200E00074C5B7101A82E008000000007A3C5E2D19A0DB010000000000000
 00010000000BB12CC34DD56EE78FF90011223344556
SUMMARY;LANGUAGE=fr-CA:Examen pratique – concours 2025-CAS-0117
DTSTART;TZID=Eastern Standard Time:20250520T080000
DTEND;TZID=Eastern Standard Time:20250520T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250512T141211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Casino de Montréal – Cuisine Le Montréal (5e étage
 )
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000007A3C5E2D19A0DB01000000000000000010000000BB12CC34DD56EE78FF90011223344556",
    "Casino de Montréal", "", "technical", "michel.fortier@loto-quebec.com",
    "public-sector-examen-pratique-cooking-test"))

EVENTS.append(yes("teams", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="Paquette, Josée (CHUM)":mailto:josee.paquette.chum@ssss.gouv.
 qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=olivier.b
 elanger.cuisine@hotmail.com:mailto:olivier.belanger.cuisine@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vachon, Luc (
 CHUM)":mailto:luc.vachon.chum@ssss.gouv.qc.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dotation CHUM
 ":mailto:dotation.chum@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Entrevue de sélection – Chef de service\, produc
 tion alimentaire (affichage 2025-1184)\nComité : Josée Paquette (Chef de
  service RH) et Luc Vachon (Directeur adjoint\, services d'hôtellerie)\n_
 ___________________________________________________________________________
 ____\nRéunion Microsoft Teams\nBesoin d'aide ?<https://aka.ms/JoinTeamsMee
 ting?omkt=fr-CA>\nRejoindre la réunion maintenant<https://teams.microsoft.
 com/l/meetup-join/19%3ameeting_NjA4ZGE0%40thread.v2/0>\nID de la réunion :
  219 774 302 118\nCode secret : 3Fq9Vt\nComposer par\n+1 581-555-0172\,\,9
 02448116#  Canada\, Québec\nTrouver un numéro local<https://dialin.teams.m
 icrosoft.com/>\nID de conférence téléphonique : 902 448 116#\n____________
 ____________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C4F3D2E1A09FDB010000000000000
 0001000000011AA22BB33CC44DD55EE66FF77008899
SUMMARY;LANGUAGE=fr-CA:Entrevue de sélection - Affichage 2025-1184
DTSTART;TZID=Eastern Standard Time:20250227T133000
DTEND;TZID=Eastern Standard Time:20250227T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250219T160433Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000C4F3D2E1A09FDB0100000000000000001000000011AA22BB33CC44DD55EE66FF77008899",
    "CHUM", "Chef de service, production alimentaire", "",
    "josee.paquette.chum@ssss.gouv.qc.ca;luc.vachon.chum@ssss.gouv.qc.ca",
    "health-network-teams-entrevue-de-selection-shared-mailbox"))

# Hôtel Birks via a placement agency, then the hotel itself
EVENTS.append(yes("gcal", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:MTL%%
BEGIN:VEVENT
DTSTART;TZID=America/Montreal:20250114T120000
DTEND;TZID=America/Montreal:20250114T123000
DTSTAMP:20250110T173300Z
ORGANIZER;CN=Karim Benali:mailto:karim@gastronomia-recrutement.ca
UID:7h8j9k0l1z2x3c4v5b6n7m8q9w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=olivier.belanger.cuisine@hotmail.com;X-NUM-GUESTS=0:mailto:olivier
 .belanger.cuisine@hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Karim Benali;X-NUM-GUESTS=0:mailto:karim@gastronomia-recrutement.ca
DESCRIPTION:Bonjour Olivier\, merci pour ton CV. Tel que mentionné\, notre
  client est l'Hôtel Birks Montréal (Henri Brasserie Française) qui recher
 che un chef de cuisine. On fait un premier appel de qualification de 30
  minutes : parcours\, salaire visé\, disponibilités. Si ça clique\, je te
  présente au directeur F&B.\n\nKarim Benali\nConseiller principal\, Gastr
 onomia Recrutement\n514-555-0133
LOCATION:Téléphone (je t'appelle)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Appel qualification - Olivier Bélanger / Gastronomia
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "7h8j9k0l1z2x3c4v5b6n7m8q9w@google.com", "Hôtel Birks Montréal", "chef de cuisine", "recruiter_screen",
    "karim@gastronomia-recrutement.ca", "agency-qualification-call-client-named-in-body"))

EVENTS.append(yes("outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250121T202915Z
DESCRIPTION:Bonjour Olivier\,\n\nKarim m'a transmis votre dossier. Je vous
  propose une rencontre à l'hôtel avec notre chef exécutif\, Alexandre Mo
 risset. Nous dînerons ensemble à Henri\, vous pourrez goûter la carte ac
 tuelle.\n\nÉtienne Gravel\nDirecteur de la restauration\nHôtel Birks Mon
 tréal\n
DTEND;TZID="Eastern Standard Time":20250128T140000
DTSTAMP:20250121T202915Z
DTSTART;TZID="Eastern Standard Time":20250128T123000
LAST-MODIFIED:20250121T202915Z
LOCATION:Henri Brasserie Française\, 1240 Square Phillips
ORGANIZER;CN="Étienne Gravel":mailto:egravel@hotelbirks.com
ATTENDEE;CN="Olivier Bélanger";RSVP=TRUE:mailto:olivier.belanger.cuisine@ho
 tmail.com
ATTENDEE;CN="Alexandre Morisset";RSVP=TRUE:mailto:amorisset@hotelbirks.com
ATTENDEE;CN="Karim Benali";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:karim@gastr
 onomia-recrutement.ca
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-ca:Dîner rencontre – O. Bélanger / É. Gravel / A. Mori
 sset
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000502F96C63F6CDB010000000000000
 00010000000D0C0B0A09080706050403020100FEDCB
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000502F96C63F6CDB01000000000000000010000000D0C0B0A09080706050403020100FEDCB",
    "Hôtel Birks Montréal", "", "hiring_manager", "egravel@hotelbirks.com;amorisset@hotelbirks.com",
    "outlook-desktop-lunch-meeting-agency-optional-attendee"))

# Oliver & Bonacini: headhunter names the client only in the body, then Toronto onsite
EVENTS.append(yes("outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="Sarah Kowalczyk":mailto:skowalczyk@northlinesearch.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=olivier.b
 elanger.cuisine@hotmail.com:mailto:olivier.belanger.cuisine@hotmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Olivier\,\n\nThanks for taking my call on Fr
 iday. As promised\, here are the details: my client is Oliver & Bonacini
  Hospitality\, and the search is for a Culinary Director\, Events (Toron
 to\, with some Montreal projects). This call is to go through your exper
 ience in depth before I put you forward to their VP Culinary.\n\nI'll cal
 l your cell.\n\nSarah Kowalczyk\nPartner\, Northline Executive Search\n
UID:040000008200E00074C5B7101A82E0080000000010F2C3B4A5D6DB010000000000000
 00010000000778899AABBCCDDEEFF00112233445566
SUMMARY;LANGUAGE=en-US:Olivier Bélanger - call w/ Sarah (Northline)
DTSTART;TZID=Eastern Standard Time:20250407T120000
DTEND;TZID=Eastern Standard Time:20250407T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250404T210544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000010F2C3B4A5D6DB01000000000000000010000000778899AABBCCDDEEFF00112233445566",
    "Oliver & Bonacini Hospitality", "Culinary Director, Events", "recruiter_screen",
    "skowalczyk@northlinesearch.com", "headhunter-names-employer-only-in-body"))

EVENTS.append(yes("gcal", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:TOR%%
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250424T100000
DTEND;TZID=America/Toronto:20250424T150000
DTSTAMP:20250414T133910Z
ORGANIZER;CN=Priya Raman:mailto:praman@oliverbonacini.com
UID:3m5n7b9v1c3x5z7l9k1j3h5g7f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=olivier.belanger.cuisine@hotmail.com;X-NUM-GUESTS=0:mailto:olivier
 .belanger.cuisine@hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Tom Hadley;X-NUM-GUESTS=0:mailto:thadley@oliverbonacini.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Priya Raman;X-NUM-GUESTS=0:mailto:praman@oliverbonacini.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Sarah Kowalczyk;X-NUM-GUESTS=0:mailto:skowalczyk@northlinesearch.co
 m
DESCRIPTION:Olivier – itinerary for your visit to Toronto:\n10:00 Meet Tom
  Hadley (VP Culinary) at the Liberty Village commissary\n11:30 Kitchen wa
 lk-through + production Q&A with the events team\n12:30 Lunch at Canoe w
 ith Tom\n14:00 Wrap-up with Priya (People & Culture)\n\nTravel is booked
  through Sarah – VIA train 7:25 from Montréal Gare Centrale.
LOCATION:O&B Events Commissary\, 35 Fraser Ave\, Toronto\, ON
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Olivier Bélanger – Toronto visit (Culinary Director\, Events)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "3m5n7b9v1c3x5z7l9k1j3h5g7f@google.com", "Oliver & Bonacini Hospitality", "Culinary Director, Events",
    "onsite", "thadley@oliverbonacini.com;praman@oliverbonacini.com", "toronto-visit-itinerary-no-interview-word"))

EVENTS.append(yes("modernloop", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-evt-0e4f9a7b-c1d2-4e3f-8a9b-5c6d7e8f9a0b@modernloop.io
DTSTAMP:20250303T201233Z
DTSTART:20250310T140000Z
DTEND:20250310T150000Z
SUMMARY:Olivier Bélanger // Lufa - Culinary Lead\, Prepared Foods - Hiring
  Manager Interview
DESCRIPTION:Hi Olivier\,\n\nYou'll be meeting with Marie-Ève Drolet (Head
  of Prepared Foods). Bilingual conversation – feel free to answer in Fre
 nch.\n\nZoom: https://lufa.zoom.us/j/81224409912\n\nScheduled via ModernLo
 op on behalf of Lufa Farms Talent.
ORGANIZER;CN=Lufa Talent:mailto:talent@lufa.com
ATTENDEE;CN=Olivier Bélanger;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:olivier.belanger.cuisine@hotmail.com
ATTENDEE;CN=Marie-Ève Drolet;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 me.drolet@lufa.com
LOCATION:https://lufa.zoom.us/j/81224409912
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "ml-evt-0e4f9a7b-c1d2-4e3f-8a9b-5c6d7e8f9a0b@modernloop.io", "Fermes Lufa",
    "Culinary Lead, Prepared Foods", "hiring_manager", "me.drolet@lufa.com", "modernloop-zoom-utc-talent-mailbox"))

EVENTS.append(yes("lever", r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-5f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b
DTSTAMP:20250130T151020Z
DTSTART:20250206T163000Z
DTEND:20250206T171500Z
SUMMARY:Entrevue Goodfood : Olivier Bélanger (Chef principal\, développeme
 nt de recettes)
DESCRIPTION:Interviewers : Jasmine Trudel (Directrice culinaire)\n\nGoogle
  Meet : https://meet.google.com/pqr-stuv-wxy\nPar téléphone : +1 647-555
 -0144 NIP : 602 117 445#\n\nÀ préparer : 3 idées de kits repas pour l'au
 tomne avec coût portion cible (4\,50 $).
ORGANIZER;CN=Goodfood Talent:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Olivier Bélanger;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:olivier
 .belanger.cuisine@hotmail.com
ATTENDEE;CN=Jasmine Trudel;PARTSTAT=ACCEPTED:mailto:jasmine.trudel@makegoo
 dfood.ca
LOCATION:https://meet.google.com/pqr-stuv-wxy
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "lever-interview-5f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b", "Goodfood",
    "Chef principal, développement de recettes", "hiring_manager", "jasmine.trudel@makegoodfood.ca",
    "lever-noreply-organizer-meet-fr"))

EVENTS.append(yes("ashby", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-1a2b3c4d5e6f7a8b9c0d-mijote@ashbyhq.com
DTSTAMP:20250218T183512Z
DTSTART:20250220T200000Z
DTEND:20250220T210000Z
SUMMARY:Mijote – Chef fondateur / Head of Culinary: Culinary Case Study
DESCRIPTION:Olivier\, this is the case-study round. You'll get a one-pag
 e brief at the start: design a 12-SKU launch menu for our ghost-kitchen
  line and walk us through costing\, prep flow and allergen control. Int
 erviewers: Raphaël Lussier (CEO) and Dana Whitmore (COO).\n\nGoogle Meet:
  https://meet.google.com/abc-defg-hij\n\nPowered by Ashby
ORGANIZER;CN=Mijote Recruiting:mailto:recruiting@mijote.ca
ATTENDEE;CN=Olivier Bélanger;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:olivier
 .belanger.cuisine@hotmail.com
ATTENDEE;CN=Raphaël Lussier;PARTSTAT=ACCEPTED:mailto:raphael@mijote.ca
ATTENDEE;CN=Dana Whitmore;PARTSTAT=ACCEPTED:mailto:dana@mijote.ca
LOCATION:https://meet.google.com/abc-defg-hij
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "ashby-1a2b3c4d5e6f7a8b9c0d-mijote@ashbyhq.com", "Mijote", "Chef fondateur / Head of Culinary", "technical",
    "raphael@mijote.ca;dana@mijote.ca", "ashby-case-study-startup"))

EVENTS.append(yes("taleo", r"""BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Enterprise//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:TALEO-HILTON-2500AHB-INT-118273
DTSTAMP:20250107T154500Z
DTSTART:20250113T150000Z
DTEND:20250113T160000Z
SUMMARY:Hilton - Interview Invitation - Chef de Cuisine / Chef de cuisine
  (MON00123)
DESCRIPTION:Dear Olivier\,\n\nThank you for your interest in Hilton. You a
 re invited to an interview for the position Chef de Cuisine (MON00123) a
 t Hilton Montréal Bonaventure.\n\nInterviewer: Kevin Ng\, Director of Cul
 inary\nLocation: 900 de la Gauchetière W.\, Lobby level\, ask for Kevin\n
 \nBest regards\,\nHilton Talent Acquisition
ORGANIZER;CN=Hilton Careers:mailto:hilton.careers@invalidemail.com
LOCATION:Hilton Montréal Bonaventure\, 900 de la Gauchetière W.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "TALEO-HILTON-2500AHB-INT-118273", "Hilton Montréal Bonaventure", "Chef de Cuisine", "hiring_manager",
    "Kevin Ng", "taleo-publish-no-attendees-interviewer-in-body"))
