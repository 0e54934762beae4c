"""holdout143: Paris, Lausanne, Barcelona, the cruise line, two Montréal hotels/residences (own interviews)."""

from holdout143ev_common import yes

EVENTS = []

# Hôtel Lutetia (Paris): Welcome to the Jungle visio -> chef exécutif Teams -> essai en cuisine on site
EVENTS.append(yes("wttj", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Solutions ATS//FR
METHOD:REQUEST
%%TZ:PAR%%
BEGIN:VEVENT
UID:wttj-ats-rdv-6b2f8c1e-0d4a-47e9-9c35-a17e2f0b93d4
DTSTAMP:20250305T093012Z
DTSTART;TZID=Europe/Paris:20250311T160000
DTEND;TZID=Europe/Paris:20250311T163000
SUMMARY:Échange visio – Chef de cuisine (H/F) – Hôtel Lutetia
DESCRIPTION:Bonjour Olivier\,\n\nSuite à votre candidature au poste de Che
 f de cuisine (H/F) pour notre brasserie\, je vous propose un premier éch
 ange en visio de 30 minutes. Attention au décalage horaire : 16h à Paris
 \, soit 11h à Montréal.\n\nLien Google Meet : https://meet.google.com/lut-
 ecia-rh1\n\nBien cordialement\,\nClaire Vasseur\nChargée de recrutement\n
 Hôtel Lutetia\, 45 boulevard Raspail\, 75006 Paris
ORGANIZER;CN=Claire Vasseur:mailto:c.vasseur@hotellutetia.com
ATTENDEE;CN=Olivier Bélanger;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:olivier.belanger.cuisine@hotmail.com
ATTENDEE;CN=Claire Vasseur;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:c.
 vasseur@hotellutetia.com
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "wttj-ats-rdv-6b2f8c1e-0d4a-47e9-9c35-a17e2f0b93d4", "Hôtel Lutetia", "Chef de cuisine (H/F)",
    "recruiter_screen", "c.vasseur@hotellutetia.com", "france-french-echange-visio-europe-paris"))

EVENTS.append(yes("teams", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_ROM%%
BEGIN:VEVENT
ORGANIZER;CN=Vasseur Claire:mailto:c.vasseur@hotellutetia.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=olivier.b
 elanger.cuisine@hotmail.com:mailto:olivier.belanger.cuisine@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Moreau Gaëtan:
 mailto:g.moreau@hotellutetia.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Olivier\,\n\nComme convenu\, voici l'inv
 itation pour votre entretien avec Gaëtan Moreau\, Chef exécutif. Il souh
 aite échanger sur votre parcours\, votre management de brigade et votre
  vision de la cuisine de brasserie.\n\nBien à vous\,\nClaire\n___________
 _____________________________________________________________________\nRé
 union Microsoft Teams\nRejoindre sur votre ordinateur\, une application m
 obile ou un appareil de salle\nCliquez ici pour participer à la réunion<h
 ttps://teams.microsoft.com/l/meetup-join/19%3ameeting_MzE1NWFh%40thread.v2
 /0>\nID de réunion : 318 220 447 590\nSecret : aB3xY9\nAppel audio unique
 ment\n+33 1 70 55 01 88\,\,117204588#   France\, Paris\n__________________
 ______________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E1D2C3B4A596DB010000000000000
 000100000009A8B7C6D5E4F30211F0E0D0C0B0A0908
SUMMARY;LANGUAGE=fr-FR:Entretien Chef exécutif / O. Bélanger
DTSTART;TZID=Romance Standard Time:20250325T170000
DTEND;TZID=Romance Standard Time:20250325T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250318T102255Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000E1D2C3B4A596DB010000000000000000100000009A8B7C6D5E4F30211F0E0D0C0B0A0908",
    "Hôtel Lutetia", "", "hiring_manager", "g.moreau@hotellutetia.com",
    "outlook-romance-standard-time-entretien-chef-executif"))

EVENTS.append(yes("gcal", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250422
DTEND;VALUE=DATE:20250424
DTSTAMP:20250402T081444Z
ORGANIZER;CN=Claire Vasseur:mailto:c.vasseur@hotellutetia.com
UID:4d6f8h0j2l4n6p8r0t2v4x6z8b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=olivier.belanger.cuisine@hotmail.com;X-NUM-GUESTS=0:mailto:olivier
 .belanger.cuisine@hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Gaëtan Moreau;X-NUM-GUESTS=0:mailto:g.moreau@hotellutetia.com
DESCRIPTION:Olivier\,\n\nNous avons le plaisir de vous confirmer vos deux
  journées d'essai en cuisine à la Brasserie Lutetia les 22 et 23 avril
  (service du midi et du soir\, 9h-23h avec coupure). Le second jour\, vo
 us proposerez un plat du jour de votre création au Chef Moreau. Un point
  final avec M. Moreau et la Direction générale est prévu le 23 à 17h.\n\n
 Hébergement pris en charge (2 nuits). Merci de vous munir de votre tenue
  et de vos couteaux.\n\nClaire
LOCATION:Hôtel Lutetia\, 45 Bd Raspail\, 75006 Paris\, France
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Essai en cuisine - Brasserie Lutetia (2 jours)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "4d6f8h0j2l4n6p8r0t2v4x6z8b@google.com", "Hôtel Lutetia", "", "final", "g.moreau@hotellutetia.com",
    "all-day-two-day-essai-en-cuisine-paris"))

# Beau-Rivage Palace (Lausanne): group HR writes in German via Personio, then the chef in French
EVENTS.append(yes("personio", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
%%TZ:ZRH%%
BEGIN:VEVENT
UID:personio-interview-7731904-3f9a2c@personio.de
DTSTAMP:20250312T074501Z
DTSTART;TZID=Europe/Zurich:20250319T150000
DTEND;TZID=Europe/Zurich:20250319T154500
SUMMARY:Vorstellungsgespräch: Executive Sous-Chef (m/w/d) – Olivier Bélan
 ger
DESCRIPTION:Guten Tag Herr Bélanger\,\n\nvielen Dank für Ihre Bewerbung al
 s Executive Sous-Chef (m/w/d) im Beau-Rivage Palace\, Lausanne. Gerne la
 den wir Sie zu einem ersten Video-Interview mit Frau Andrea Brunner (Hea
 d of Talent Acquisition\, Sandoz Foundation Hotels) ein. Das Gespräch ka
 nn auf Deutsch\, Englisch oder Französisch geführt werden.\n\nMicrosoft Te
 ams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_QnJw%40thread
 .v2/0\n\nFreundliche Grüsse\nAndrea Brunner
ORGANIZER;CN=Andrea Brunner:mailto:andrea.brunner@brp.ch
ATTENDEE;CN=Olivier Bélanger;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:olivier.belanger.cuisine@hotmail.com
ATTENDEE;CN=Andrea Brunner;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:andrea.brun
 ner@brp.ch
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "personio-interview-7731904-3f9a2c@personio.de", "Beau-Rivage Palace", "Executive Sous-Chef (m/w/d)",
    "recruiter_screen", "andrea.brunner@brp.ch", "german-personio-vorstellungsgespraech-europe-zurich"))

EVENTS.append(yes("outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_WEU%%
BEGIN:VEVENT
ORGANIZER;CN="Favre Nicolas";SENT-BY="mailto:secretariat.cuisine@brp.ch":ma
 ilto:nicolas.favre@brp.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=olivier.b
 elanger.cuisine@hotmail.com:mailto:olivier.belanger.cuisine@hotmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brunner Andre
 a":mailto:andrea.brunner@brp.ch
DESCRIPTION;LANGUAGE=fr-CH:Monsieur Bélanger\,\n\nLe Chef Nicolas Favre se
  réjouit de s'entretenir avec vous. Merci de tenir compte du décalage (1
 4h00 à Lausanne = 8h00 à Montréal).\n\nLien Teams ci-dessous.\n\nMeilleure
 s salutations\,\nSecrétariat de la Direction culinaire\n\nRéunion Microsof
 t Teams\nParticipez à la réunion maintenant<https://teams.microsoft.com/l/
 meetup-join/19%3ameeting_RmF2cmU%40thread.v2/0>\nID de réunion : 371 882 0
 14 661\n
UID:040000008200E00074C5B7101A82E0080000000030C1B2A3F4E5DB010000000000000
 00010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=fr-CH:Entretien – Executive Sous-Chef – M. Bélanger
DTSTART;TZID=W. Europe Standard Time:20250402T140000
DTEND;TZID=W. Europe Standard Time:20250402T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250326T093318Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000030C1B2A3F4E5DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
    "Beau-Rivage Palace", "Executive Sous-Chef", "hiring_manager", "nicolas.favre@brp.ch",
    "swiss-french-w-europe-standard-time-sent-by-secretariat"))

# Hotel Arts Barcelona: Factorial, then the chef on Meet
EVENTS.append(yes("factorial", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Factorial HR//Factorial ATS//ES
METHOD:REQUEST
%%TZ:MAD%%
BEGIN:VEVENT
UID:factorial-ats-interview-90817263@factorialhr.com
DTSTAMP:20250121T101500Z
DTSTART;TZID=Europe/Madrid:20250128T170000
DTEND;TZID=Europe/Madrid:20250128T173000
SUMMARY:Entrevista: Jefe de Cocina Ejecutivo Adjunto – Olivier Bélanger
DESCRIPTION:Hola Olivier\,\n\nGracias por tu interés en Hotel Arts Barcel
 ona. Te confirmamos la entrevista telefónica con Laia Puig (Talent Acqui
 sition). Ten en cuenta la diferencia horaria: 17:00 en Barcelona (11:00
  en Montreal).\n\nUn saludo\,\nEquipo de Personas – Hotel Arts Barcelona
ORGANIZER;CN=Laia Puig:mailto:laia.puig@hotelartsbarcelona.com
ATTENDEE;CN=Olivier Bélanger;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:olivier.belanger.cuisine@hotmail.com
ATTENDEE;CN=Laia Puig;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:laia.pu
 ig@hotelartsbarcelona.com
LOCATION:Llamada telefónica
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "factorial-ats-interview-90817263@factorialhr.com", "Hotel Arts Barcelona",
    "Jefe de Cocina Ejecutivo Adjunto", "recruiter_screen", "laia.puig@hotelartsbarcelona.com",
    "spanish-factorial-entrevista-europe-madrid"))

EVENTS.append(yes("gcal", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250211T160000Z
DTEND:20250211T170000Z
DTSTAMP:20250205T120144Z
ORGANIZER;CN=Jordi Serrano:mailto:jordi.serrano@hotelartsbarcelona.com
UID:8k0m2o4q6s8u0w2y4a6c8e0g2i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=olivier.belanger.cuisine@hotmail.com;X-NUM-GUESTS=0:mailto:olivier
 .belanger.cuisine@hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jordi Serrano;X-NUM-GUESTS=0:mailto:jordi.serrano@hotelartsbarcelona.co
 m
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Laia Puig;X-NUM-GUESTS=0:mailto:laia.puig@hotelartsbarcelona.com
DESCRIPTION:Segunda entrevista con el Chef Ejecutivo\, Jordi Serrano. Habl
 aremos de la operación de banquetes (hasta 800 cubiertos)\, del equipo y
  de tu experiencia. Podemos hacerla en español\, francés o inglés.\n\nUni
 rse con Google Meet: https://meet.google.com/bcn-arts-xyz\nUnirse por telé
 fono: (ES) +34 910 55 01 23 PIN: 448 912 301#
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:2ª entrevista – Chef Ejecutivo / Olivier Bélanger
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "8k0m2o4q6s8u0w2y4a6c8e0g2i@google.com", "Hotel Arts Barcelona", "", "hiring_manager",
    "jordi.serrano@hotelartsbarcelona.com", "spanish-gcal-segunda-entrevista-utc-times"))

# Celebrity Cruises via a manning agency, then the line itself
EVENTS.append(yes("outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
%%TZ:NYC%%
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250224T143012Z
DESCRIPTION:Dear Olivier\,\n\nThank you for your application through Sea
 Chefs Crew Services for the Executive Sous Chef position with Celebrity
  Cruises (Edge-class ships\, 4-month contracts). This is your screening
  interview with our galley recruitment specialist. Please have your STCW
  certificates and passport at hand.\n\nJoin Zoom: https://seachefs.zoom.u
 s/j/7723019945\n\nKind regards\,\nMarisol Vega\nRecruitment Coordinator\,
  SeaChefs Crew Services (Miami)\n
DTEND;TZID=America/New_York:20250303T103000
DTSTAMP:20250224T143012Z
DTSTART;TZID=America/New_York:20250303T093000
LOCATION:Zoom
ORGANIZER;CN="Marisol Vega":mailto:mvega@seachefscrew.com
ATTENDEE;CN="Olivier Bélanger";RSVP=TRUE:mailto:olivier.belanger.cuisine@ho
 tmail.com
ATTENDEE;CN="Rui Fernandes";RSVP=TRUE:mailto:rfernandes@seachefscrew.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Screening Interview - Exec Sous Chef - Celebrity C
 ruises
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB010000000000000
 00010000000FEDCBA9876543210FEDCBA9876543210
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB01000000000000000010000000FEDCBA9876543210FEDCBA9876543210",
    "Celebrity Cruises", "Executive Sous Chef", "recruiter_screen", "rfernandes@seachefscrew.com",
    "manning-agency-screen-for-cruise-line-coordinator-organizer"))

EVENTS.append(yes("teams", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="Hughes, Andrew":mailto:anhughes@celebrity.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=olivier.b
 elanger.cuisine@hotmail.com:mailto:olivier.belanger.cuisine@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Costa, Bruno
 ":mailto:bcosta@celebrity.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vega, Mariso
 l":mailto:mvega@seachefscrew.com
DESCRIPTION;LANGUAGE=en-US:Final interview – Executive Sous Chef (Fleet)\
 nWith Andrew Hughes (Corporate Executive Chef\, Fleet Culinary) and Brun
 o Costa (Director\, Culinary Operations). Scenario questions on galley s
 anitation (USPH)\, crew of 120 and provisioning.\n_______________________
 _________________________________________________________\nMicrosoft Team
 s meeting\nJoin on your computer\, mobile app or room device\nClick here
  to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeti
 ng_Q2VsZWJy%40thread.v2/0>\nMeeting ID: 255 019 883 402\nPasscode: Hy6tQ2\
 nDial in by phone\n+1 786-555-0158\,\,449901233# United States\, Miami\nPh
 one Conference ID: 449 901 233#\n_________________________________________
 _______________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB010000000000000
 0001000000001234567890ABCDEF01234567890ABCD
SUMMARY;LANGUAGE=en-US:Final Interview - O. Belanger - ESC Fleet
DTSTART;TZID=Eastern Standard Time:20250318T110000
DTEND;TZID=Eastern Standard Time:20250318T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250311T193340Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB0100000000000000001000000001234567890ABCDEF01234567890ABCD",
    "Celebrity Cruises", "Executive Sous Chef (Fleet)", "final",
    "anhughes@celebrity.com;bcosta@celebrity.com", "cruise-final-teams-miami-dial-in"))

EVENTS.append(yes("bookings", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN=Carrières Groupe Sélection:mailto:CarrieresGroupeSelection@gro
 upeselection.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Olivier Bé
 langer:mailto:olivier.belanger.cuisine@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julie Sav
 ard:mailto:jsavard@groupeselection.com
DESCRIPTION;LANGUAGE=fr-CA:Votre rendez-vous est confirmé\n\nService : Ren
 contre candidat(e) – Chef exécutif(ve)\, résidence Le Cavalier\nMembre du
  personnel : Julie Savard\, directrice des services alimentaires\n\nRéuni
 on Microsoft Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeti
 ng_U2VsZWN0%40thread.v2/0\n\nGérer la réservation : https://outlook.office
 365.com/owa/calendar/CarrieresGroupeSelection@groupeselection.com/bookin
 gs/\n
UID:040000008200E00074C5B7101A82E00800000000B3A4C5D6E7F8DB010000000000000
 000100000005566778899AABBCCDDEEFF0011223344
SUMMARY;LANGUAGE=fr-CA:Rencontre candidat(e) – Chef exécutif(ve) pour Oliv
 ier Bélanger
DTSTART;TZID=Eastern Standard Time:20250226T100000
DTEND;TZID=Eastern Standard Time:20250226T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250221T001522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000B3A4C5D6E7F8DB010000000000000000100000005566778899AABBCCDDEEFF0011223344",
    "Groupe Sélection", "Chef exécutif(ve), résidence Le Cavalier", "hiring_manager", "jsavard@groupeselection.com",
    "microsoft-bookings-user-is-booker-rencontre-candidat"))

EVENTS.append(yes("gcal", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:MTL%%
BEGIN:VEVENT
DTSTART;TZID=America/Montreal:20250120T150000
DTEND;TZID=America/Montreal:20250120T154500
DTSTAMP:20250115T192201Z
ORGANIZER;CN=Rachel Nguyen:mailto:rnguyen@lemountstephen.com
UID:9x1z3b5d7f9h1j3l5n7p9r1t3v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=olivier.belanger.cuisine@hotmail.com;X-NUM-GUESTS=0:mailto:olivier
 .belanger.cuisine@hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Rachel Nguyen;X-NUM-GUESTS=0:mailto:rnguyen@lemountstephen.com
DESCRIPTION:Hi Olivier\, looking forward to our chat about the Chef de cui
 sine role at Bar George. 45 min\, English or French is fine.\n\nJoin with
  Google Meet: https://meet.google.com/mst-ephn-bgr\nJoin by phone: (CA)
  +1 226-555-0191 PIN: 301 554 882#\n\nRachel Nguyen\, General Manager
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Olivier Bélanger and Rachel Nguyen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "9x1z3b5d7f9h1j3l5n7p9r1t3v@google.com", "Hôtel Le Mount Stephen", "Chef de cuisine", "hiring_manager",
    "rnguyen@lemountstephen.com", "gcal-names-only-summary-gm-chat"))
