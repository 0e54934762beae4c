"""holdout228 events, part B: mining and heavy equipment (Côte-Nord, Labrador, Nunavik)."""

# ruff: noqa: E501, W291  (raw iCalendar text: long unfolded lines and folded-line spaces are data)

from holdout228ev_tz import HALIFAX, TOR_ATS, TOR_GOOGLE, ev

MFQ = "Minerai de fer Québec"
IOC = "Compagnie minière IOC"

EVENTS = []

EVENTS.append(ev("workday-screen", "WD-INTERVIEW-2f6c1e0a9b3d4e58a7c2b1d0e9f8a7b6", 1, "workday-recruiter-screen-mine-teams",
    TOR_ATS.join([r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""", r"""BEGIN:VEVENT
UID:WD-INTERVIEW-2f6c1e0a9b3d4e58a7c2b1d0e9f8a7b6
DTSTAMP:20250210T203117Z
DTSTART;TZID=America/Toronto:20250214T110000
DTEND;TZID=America/Toronto:20250214T113000
SUMMARY:Entrevue : Mathieu Bouchard - Planificateur(trice) maintenance\, é
 quipements mobiles (R-003184)
ORGANIZER;CN=Talents MFQ:mailto:champion@myworkday.com
ATTENDEE;CN=Mathieu Bouchard;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathieu
 .bouchard.meca@videotron.ca
ATTENDEE;CN=Audrey Chiasson;PARTSTAT=ACCEPTED:mailto:achiasson@championiron
 mines.com
DESCRIPTION:Bonjour Mathieu\,\n\nMerci de votre intérêt pour Minerai de fe
 r Québec. Audrey Chiasson\, partenaire acquisition de talents\, discutera 
 avec vous du poste basé à la mine du lac Bloom (Fermont)\, horaire 14/14 e
 n fly-in/fly-out depuis Québec.\n\nLien Teams : https://teams.microsoft.co
 m/l/meetup-join/19%3ameeting_OGQ4ZjFhYjMtNDRlMS00ZWFlLWJlNTQtZTg0MmY3MDk
 0ZmE2%40thread.v2/0\n\nCeci est un message automatique de Workday.
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""]), company=MFQ, role="Planificateur(trice) maintenance, équipements mobiles",
    stage="recruiter_screen", who="achiasson@championironmines.com"))

EVENTS.append(ev("entrevue-surintendant", "040000008200E00074C5B7101A82E0080000000031F7A8C0DA82DB01000000000000000010000000B7A6C5D4E3F2011A2B3C4D5E6F708192", 1,
    "outlook-teams-superintendent-technical-sent-by", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Gauthier, Réjean";SENT-BY="mailto:lboulay@championironmines.c
 om":mailto:rgauthier@championironmines.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.bo
 uchard.meca@videotron.ca:mailto:mathieu.bouchard.meca@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Tremblay, Ken
 ny":mailto:ktremblay@championironmines.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Chiasson, Aud
 rey":mailto:achiasson@championironmines.com
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Mathieu\,\n\nRéjean Gauthier (surintend
 ant\, maintenance mobile) et Kenny Tremblay (contremaître planification) v
 ous rencontreront pour la partie technique : camions de halage 240 t\, pel
 les\, planification des arrêts\, backlog\, indicateurs (MTBF\, dispo méca)
 . Prévoir 75 minutes.\n\nLyne Boulay\nAdjointe administrative – Maintenan
 ce\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmM3NTlhNjMtYmE1Zi00N2QzLTk1OTQtN2Y5OWJlYWIxMjAx%40thread.v2/0\nID de réunion : 261 903 554 871\nCode secret : 4KpT9s\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000031F7A8C0DA82DB01000000000000000
 010000000B7A6C5D4E3F2011A2B3C4D5E6F708192
SUMMARY;LANGUAGE=fr-CA:Entrevue technique – Planificateur maintenance mobil
 e – M. Bouchard
DTSTART:20250228T150000Z
DTEND:20250228T161500Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250219T141923Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""", company=MFQ, role="Planificateur maintenance mobile", stage="technical",
    who="rgauthier@championironmines.com;ktremblay@championironmines.com"))

EVENTS.append(ev("visite-mine", "7d2c9e1f4a3b@mathieu-perso", 1, "all-day-site-visit-fly-in-typed",
    r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Mathieu perso
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250326
DTEND;VALUE=DATE:20250327
DTSTAMP:20250310T012201Z
UID:7d2c9e1f4a3b@mathieu-perso
CREATED:20250310T012140Z
DESCRIPTION:Vol YQB 6h40 -> Wabush (YWK)\, navette jusqu'au lac Bloom. Vis
 ite garage camions + rencontre avec Réjean et l'équipe de planif. Retour 1
 8h. Bottes\, lunettes fournies. Audrey dit que c'est la dernière étape ava
 nt l'offre.
LAST-MODIFIED:20250310T012201Z
LOCATION:Mine du lac Bloom\, Fermont
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fermont - visite site MFQ
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", company=MFQ, role="", stage="final", who="Réjean"))

EVENTS.append(ev("examen-medical", "4B5C6D7E-8F90-4A1B-9C2D-3E4F5A6B7C8D", 0, "pre-employment-medical-and-drug-test",
    r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250326T162010Z
DTEND:20250402T083000
DTSTAMP:20250326T162044Z
DTSTART:20250402T073000
LAST-MODIFIED:20250326T162044Z
LOCATION:Medisys\, 2700 boul. Laurier\, Québec
DESCRIPTION:examen médical pré-emploi MFQ + dépistage drogue/alcool + audio
 gramme. À JEUN. apporter formulaire signé + liste médicaments
SEQUENCE:0
SUMMARY:médical pré-emploi (mine)
UID:4B5C6D7E-8F90-4A1B-9C2D-3E4F5A6B7C8D
END:VEVENT
END:VCALENDAR
""", crlf=False))

EVENTS.append(ev("sf-bilingue", "SFI-INTV-00098123-1", 1, "successfactors-bilingual-hiring-manager",
    TOR_ATS.join([r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""", r"""BEGIN:VEVENT
UID:SFI-INTV-00098123-1
DTSTAMP:20250303T114502Z
DTSTART;TZID=America/Toronto:20250310T130000
DTEND;TZID=America/Toronto:20250310T140000
SUMMARY:Entrevue / Interview - Superviseur maintenance équipements mobiles 
 / Mobile Equipment Maintenance Supervisor - Mont-Wright
ORGANIZER;CN=ArcelorMittal Recrutement:mailto:noreply@sapsf.com
ATTENDEE;CN=Mathieu Bouchard;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathieu
 .bouchard.meca@videotron.ca
ATTENDEE;CN=Steve Harvey;ROLE=REQ-PARTICIPANT:mailto:steve.harvey@arcelorm
 ittal.com
DESCRIPTION:Bonjour Mathieu / Hello Mathieu\,\n\nVous êtes invité à une en
 trevue avec Steve Harvey\, directeur maintenance mobile\, Mont-Wright.\nYo
 u are invited to an interview with Steve Harvey\, Mobile Maintenance Manag
 er\, Mont-Wright.\n\nTeams: https://teams.microsoft.com/l/meetup-join/19%3
 ameeting_YjA0NjkwZDktNzI2Yi00MmQ5LWE5MDYtMzRhOTBhYjJhYmQ3%40thread.v2/0\n
 \nArcelorMittal Exploitation minière Canada s.e.n.c.
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""]), company="ArcelorMittal Exploitation minière Canada",
    role="Superviseur maintenance équipements mobiles", stage="hiring_manager",
    who="steve.harvey@arcelormittal.com"))

EVENTS.append(ev("ioc-screen", "workday-ioc-3b81f0c2a6e94d17", 1, "workday-english-screen-utc",
    r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workday-ioc-3b81f0c2a6e94d17
DTSTAMP:20250304T171400Z
DTSTART:20250311T133000Z
DTEND:20250311T140000Z
SUMMARY:Phone Screen: Maintenance Planner - Mobile Equipment (Labrador City
 ) - Mathieu Bouchard
ORGANIZER;CN=Rio Tinto Talent Acquisition:mailto:riotinto@myworkday.com
ATTENDEE;CN=Mathieu Bouchard;RSVP=TRUE:mailto:mathieu.bouchard.meca@videot
 ron.ca
ATTENDEE;CN=Colleen Parsons:mailto:colleen.parsons@riotinto.com
DESCRIPTION:Hi Mathieu\,\n\nColleen Parsons\, Talent Acquisition Partner\,
  will call you on +1 418-555-0182 to discuss the Maintenance Planner - Mobi
 le Equipment role with Iron Ore Company of Canada (IOC) in Labrador City\,
  NL. Please note IOC operates on Atlantic Time.\n\nThis message was sent
  from Workday.
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", company=IOC, role="Maintenance Planner - Mobile Equipment", stage="recruiter_screen",
    who="colleen.parsons@riotinto.com"))

EVENTS.append(ev("ioc-panel", "040000008200E00074C5B7101A82E00800000000E4F3A1B2C6A9DB01000000000000000010000000C1D2E3F405162738495A6B7C8D9E0F11", 1,
    "halifax-tz-technical-panel-english", HALIFAX.join([r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", r"""BEGIN:VEVENT
ORGANIZER;CN="Parsons, Colleen (IOC)":mailto:colleen.parsons@riotinto.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.bo
 uchard.meca@videotron.ca:mailto:mathieu.bouchard.meca@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hynes, Darre
 n (IOC)":mailto:darren.hynes@riotinto.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pelletier, Ma
 rie-Ève (IOC)":mailto:marie-eve.pelletier@riotinto.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="LC-Mine Admin 
 Conf Rm 3":mailto:lc.mineadmin.conf3@riotinto.com
DESCRIPTION;LANGUAGE=en-CA:Hi Mathieu\,\n\nThanks again for your time last 
 week. This is the technical panel with Darren Hynes (Superintendent\, Mobi
 le Maintenance) and Marie-Ève Pelletier (Senior Reliability Engineer). Exp
 ect questions on PM scheduling in SAP\, haul truck component change-outs a
 nd a short work-order prioritisation exercise. Marie-Ève can switch to Fre
 nch if you prefer.\n\nTimes are Atlantic (Labrador City) – 1 h ahead of Qu
 ebec.\n\nColleen\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting\nMeeting ID: 233 415 778 902\nPasscode: ZqR7v2\nDial in by phone\n+1 709-700-0410\,\,118204475# Canada\, St. John's\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E4F3A1B2C6A9DB01000000000000000
 010000000C1D2E3F405162738495A6B7C8D9E0F11
SUMMARY;LANGUAGE=en-CA:IOC - Technical panel - Maintenance Planner (M. Bouc
 hard)
DTSTART;TZID=America/Halifax:20250324T100000
DTEND;TZID=America/Halifax:20250324T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250317T181011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting; LC-Mine Admin Conf Rm 3
END:VEVENT
END:VCALENDAR
"""]), company=IOC, role="Maintenance Planner", stage="technical",
    who="darren.hynes@riotinto.com;marie-eve.pelletier@riotinto.com"))

EVENTS.append(ev("meet-recruteur", "6h0k2m9p4r8s1t3v5x7z@google.com", 1, "google-meet-recruiter-schefferville",
    TOR_GOOGLE.join([r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", r"""BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250227T083000
DTEND;TZID=America/Toronto:20250227T090000
DTSTAMP:20250224T192010Z
ORGANIZER;CN=Nadia St-Onge:mailto:nadia.st-onge@tatasteelcanada.com
UID:6h0k2m9p4r8s1t3v5x7z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nadia St-Onge;X-NUM-GUESTS=0:mailto:nadia.st-onge@tatasteelcanada.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=mathieu.bouchard.meca@videotron.ca;X-NUM-GUESTS=0:mailto:mathieu.b
 ouchard.meca@videotron.ca
X-GOOGLE-CONFERENCE:https://meet.google.com/ykt-pwdm-azo
CREATED:20250224T192007Z
DESCRIPTION:Premier échange - poste Superviseur maintenance flotte légère e
 t lourde\, site de Schefferville (rotation 14/14).\n\n-::~:~::~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 ::~:~::-\nJoin with Google Meet: https://meet.google.com/ykt-pwdm-azo\n\nL
 earn more about Meet at: https://support.google.com/a/users/answer/9282720
 \n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250224T192010Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tata Steel Minerals Canada / Mathieu Bouchard
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""]), company="Tata Steel Minerals Canada", role="Superviseur maintenance flotte légère et lourde",
    stage="recruiter_screen", who="nadia.st-onge@tatasteelcanada.com"))

EVENTS.append(ev("zoom-raglan", "ZOOM-83302991457-R", 1, "zoom-bilingual-nunavik-manager",
    r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250408T140322Z
DTSTART:20250415T123000Z
DTEND:20250415T133000Z
SUMMARY:Mathieu B. - Contremaître garage mobile / Mobile Shop Foreman - Rag
 lan
UID:ZOOM-83302991457-R
DESCRIPTION:François Bélanger vous invite à une réunion Zoom planifiée.\n\
 nRejoindre la réunion Zoom\nhttps://glencore.zoom.us/j/83302991457?pwd=Rm
 l4cVZ6aE1YbjFHZ0xWQ0V2dz09\n\nID de réunion : 833 0299 1457\nCode secret :
  286114\n\n---\nFrançois Bélanger\nSurintendant Maintenance mobile | Mobile
  Maintenance Superintendent\nMine Raglan\, une compagnie Glencore\n
ORGANIZER;CN=François Bélanger:mailto:francois.belanger@glencore.ca
LOCATION:https://glencore.zoom.us/j/83302991457?pwd=Rml4cVZ6aE1YbjFHZ0xWQ0V
 2dz09
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""", company="Mine Raglan", role="Contremaître garage mobile", stage="hiring_manager",
    who="francois.belanger@glencore.ca"))

EVENTS.append(ev("outlook-sent-by", "040000008200E00074C5B7101A82E00800000000F1A2D9E0B0ABDB01000000000000000010000000A9B8C7D6E5F40312213243546576879A", 1,
    "cat-dealer-outlook-sent-by-assistant", TOR_GOOGLE.join([r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", r"""BEGIN:VEVENT
ORGANIZER;CN="Dionne, Marc";SENT-BY="mailto:mcgagnon@hewitt.ca":mailto:mdi
 onne@hewitt.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.bo
 uchard.meca@videotron.ca:mailto:mathieu.bouchard.meca@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gagnon, Marie
 -Claude":mailto:mcgagnon@hewitt.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="BC - Salle de c
 onférence":mailto:bc.salleconf@hewitt.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour M. Bouchard\,\n\nM. Dionne aimerait vou
 s rencontrer à notre succursale de Baie-Comeau pour le poste de Superviseu
 r de service – équipements miniers. Si le déplacement est un enjeu\, nous 
 pouvons convertir en rencontre Teams.\n\nMarie-Claude Gagnon\nAdjointe adm
 inistrative\, Service\nHewitt Équipement Limitée\n
UID:040000008200E00074C5B7101A82E00800000000F1A2D9E0B0ABDB01000000000000000
 010000000A9B8C7D6E5F40312213243546576879A
SUMMARY;LANGUAGE=fr-CA:Rencontre - M. Dionne / M. Bouchard - Superviseur d
 e service
DTSTART;TZID=America/Toronto:20250407T100000
DTEND;TZID=America/Toronto:20250407T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250331T125533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Hewitt Baie-Comeau\, 20 boul. Comeau - BC - Salle 
 de conférence
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""]), company="Hewitt Équipement", role="Superviseur de service – équipements miniers",
    stage="hiring_manager", who="mdionne@hewitt.ca"))

EVENTS.append(ev("goodtime-loop", "goodtime-6a1f3c9e-22b4-4d71-8e0a-7b5c3d2e1f90", 1, "goodtime-english-interview-loop",
    r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:goodtime-6a1f3c9e-22b4-4d71-8e0a-7b5c3d2e1f90
DTSTAMP:20250402T150211Z
DTSTART:20250409T140000Z
DTEND:20250409T151500Z
SUMMARY:Toromont Cat | Interview - Mathieu Bouchard - Field Service Supervi
 sor (Quebec)
ORGANIZER;CN=Toromont Cat Recruiting:mailto:scheduling@toromont.goodtime.io
ATTENDEE;CN=Mathieu Bouchard;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mathieu
 .bouchard.meca@videotron.ca
ATTENDEE;CN=Greg Mansfield;PARTSTAT=ACCEPTED:mailto:gmansfield@toromont.com
ATTENDEE;CN=Josée Lemieux;PARTSTAT=ACCEPTED:mailto:jlemieux@toromont.com
DESCRIPTION:Hi Mathieu\,\n\nYour interview is confirmed.\n\n10:00 AM - 10:
 45 AM  Greg Mansfield\, Regional Service Manager\n10:45 AM - 11:15 AM  Jos
 ée Lemieux\, Service Operations Manager (Québec)\n\nJoin Microsoft Teams: 
 https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWE2Y2M4MzAtODFkNy0
 0N2QxLWIyZDMtMDdiNGE5ZjQ4NDgw%40thread.v2/0\n\nNeed to reschedule? Reply t
 o this email and our coordinator will help.\n\nPowered by GoodTime
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", company="Toromont Cat", role="Field Service Supervisor (Quebec)", stage="",
    who="gmansfield@toromont.com;jlemieux@toromont.com"))

EVENTS.append(ev("alcoa-workday", "WD-ALCOA-INT-95d0a2e7c1b84f36", 1, "workday-english-technical-smelter-fleet",
    TOR_ATS.join([r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""", r"""BEGIN:VEVENT
UID:WD-ALCOA-INT-95d0a2e7c1b84f36
DTSTAMP:20250422T131849Z
DTSTART;TZID=America/Toronto:20250429T093000
DTEND;TZID=America/Toronto:20250429T103000
SUMMARY:Interview Invitation: Mobile Equipment Maintenance Planner - Baie-C
 omeau Works (R-2025-11087)
ORGANIZER;CN=Alcoa Talent Acquisition:mailto:alcoa@myworkday.com
ATTENDEE;CN=Mathieu Bouchard;RSVP=TRUE:mailto:mathieu.bouchard.meca@videotr
 on.ca
ATTENDEE;CN=Dany Boudreault:mailto:dany.boudreault@alcoa.com
ATTENDEE;CN=Ryan Kowalski:mailto:ryan.kowalski@alcoa.com
DESCRIPTION:Interview type: Technical Interview (Teams)\nInterviewers: Dan
 y Boudreault (Maintenance Superintendent)\, Ryan Kowalski (Reliability Lea
 d)\n\nPlease have a copy of your resume and be ready to walk through a 
 preventive maintenance schedule you built for a mixed fleet (tractors\, lo
 aders\, anode transporters).\n\nThis message was sent from Workday.
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""]), company="Alcoa", role="Mobile Equipment Maintenance Planner - Baie-Comeau Works",
    stage="technical", who="dany.boudreault@alcoa.com;ryan.kowalski@alcoa.com"))

EVENTS.append(ev("niobec-tel", "E5D4C3B2-A190-4877-8665-5443322110FF", 1, "typed-phone-call-hr-mine",
    r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 15.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250128T023311Z
DTEND:20250131T124500
DTSTAMP:20250128T023402Z
DTSTART:20250131T121500
LAST-MODIFIED:20250128T023402Z
DESCRIPTION:Niobec (St-Honoré) - Karine va appeler sur cell sur mon heure d
 e dîner. Poste: planificateur maintenance mobile. aller dans le pickup pour
  être tranquille
SEQUENCE:0
SUMMARY:appel Niobec RH
UID:E5D4C3B2-A190-4877-8665-5443322110FF
END:VEVENT
END:VCALENDAR
""", company="Niobec", role="planificateur maintenance mobile", stage="recruiter_screen", who="Karine",
    crlf=False))

EVENTS.append(ev("bloc-preparation", "p2r4t6v8x0z1b3d5f7h9@google.com", 0, "prep-block-before-technical",
    r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Mathieu perso
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20250227T230000Z
DTEND:20250228T010000Z
DTSTAMP:20250225T011509Z
UID:p2r4t6v8x0z1b3d5f7h9@google.com
CREATED:20250225T011450Z
DESCRIPTION:prep entrevue tech MFQ demain: relire MTBF/MTTR\, exemple back
 log\, arrêt planifié Cat 793\, histoire du DEF gelé en janvier. réponses S
 TAR x3
LAST-MODIFIED:20250225T011509Z
LOCATION:sous-sol
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Préparer entrevue mine
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))
