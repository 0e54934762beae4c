"""holdout139: the user's own interviews, part 3 (French and Spanish invites, direct and hand-typed entries)."""

from __future__ import annotations

from holdout139ev_common import APPLE, GOOGLE, OUTLOOK, Ev, cal

EVENTS = [
    Ev("phone-screen-fr", cal(r"""
BEGIN:VEVENT
UID:20250910T134500Z-8812@mercier-afrique.fr
DTSTAMP:20250910T134500Z
DTSTART:20250916T080000Z
DTEND:20250916T083000Z
SUMMARY:Entretien téléphonique – Responsable Plateforme Logistique Nair
 obi
ORGANIZER;CN=Claire Dubois:mailto:claire.dubois@mercier-afrique.fr
ATTENDEE;CN=Thandiwe Nkosi;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:thandiwe.n
 kosi.ops@webmail.co.za
DESCRIPTION:Bonjour Madame Nkosi\,\n\nSuite à votre candidature au poste d
 e Responsable Plateforme Logistique (Nairobi)\, je vous propose un premier
  entretien téléphonique d'une trentaine de minutes. Je vous appellerai a
 u +27 82 555 0143. L'entretien peut se tenir en anglais si vous le préfé
 rez.\n\nBien cordialement\,\nClaire Dubois\nChargée de recrutement\nTrans
 ports Mercier Afrique\, Lyon
LOCATION:Téléphone
STATUS:CONFIRMED
END:VEVENT
""", "-//Transports Mercier//Agenda RH//FR", tz=()), 1, "Transports Mercier Afrique",
       "Responsable Plateforme Logistique Nairobi", "recruiter_screen", "claire.dubois@mercier-afrique.fr",
       "phone-screen-fr"),

    Ev("outlook-fr-final", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Ramgoolam, Anjali":mailto:anjali.ramgoolam@lagrange.mu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thandiwe N
 kosi:mailto:thandiwe.nkosi.ops@webmail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lagrange, Jean-Marc":ma
 ilto:jm.lagrange@lagrange.mu
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Thandiwe\,\n\nComme convenu\, voici l'in
 vitation pour votre dernier entretien avec notre Directeur Général\, M.
  Jean-Marc Lagrange\, pour le poste de Responsable Entrepôt Régional (Du
 rban / Port-Louis).\n\nCordialement\,\nAnjali Ramgoolam\nResponsable RH
  – Groupe Lagrange\n\n__________________________________________________
 ______________________________\nRéunion Microsoft Teams\nRejoindre sur vo
 tre ordinateur\, application mobile ou appareil de salle\nCliquez ici pour
  rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameet
 ing_TGFn>\nID de la réunion : 388 120 644 517\nCode secret : Pq4tW9\n____
 __________________________________________________________________________
 __
UID:040000008200E00074C5B7101A82E008000000004D5E6F7081A2BDC0100000000000000
 001000000055AA55AA66BB66BB77CC77CC88DD88DD
SUMMARY;LANGUAGE=fr-FR:Entretien final – Responsable Entrepôt Régional
DTSTART;TZID=Indian/Mauritius:20251015T140000
DTEND;TZID=Indian/Mauritius:20251015T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251008T061200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
""", OUTLOOK, tz=("mru",)), 1, "Groupe Lagrange", "Responsable Entrepôt Régional", "final",
       "jm.lagrange@lagrange.mu", "outlook-final-fr-mauritius"),

    Ev("google-meet-es", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250924T110000
DTEND;TZID=Europe/Madrid:20250924T120000
DTSTAMP:20250917T093012Z
ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer@almadraba.es
UID:6rt9yq2wp4ns8m1lk3jh5gf7dc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thandiwe.nkosi.ops@webmail.co.za;X-NUM-GUESTS=0:mailto:thandiwe.nk
 osi.ops@webmail.co.za
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Álvaro Quintana;X-NUM-GUESTS=0:mailto:alvaro.quintana@almadraba.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucía Ferrer;X-NUM-GUESTS=0:mailto:lucia.ferrer@almadraba.es
DESCRIPTION:Hola Thandiwe\,\n\nTe confirmamos la entrevista con Álvaro Qui
 ntana\, Director de Operaciones\, para el puesto de Responsable de Logíst
 ica Sudáfrica (importación y distribución desde Durban). La entrevista
  será en inglés. Yo me conecto solo para presentaros.\n\nUn saludo\,\nLu
 cía Ferrer\nSelección – Conservas Almadraba S.A.\n\n-::~:~::~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚnete con Goog
 le Meet: https://meet.google.com/pvd-hxkm-tra\n\nÚnete por teléfono\n(ES
 ) +34 910 48 77 21 PIN: 655 301 298#\n\nMás información sobre Meet: http
 s://support.google.com/a/users/answer/9282720\n-::~:~::~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista – Responsable de Logística Sudáfrica
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, tz=("mad",)), 1, "Conservas Almadraba", "Responsable de Logística Sudáfrica", "hiring_manager",
       "alvaro.quintana@almadraba.es", "google-meet-es-coordinator"),

    Ev("technical-es", cal(r"""
BEGIN:VEVENT
UID:GTO-RRHH-2025-0931-entrevista
DTSTAMP:20251001T080000Z
DTSTART;TZID=Europe/Madrid:20251008T100000
DTEND;TZID=Europe/Madrid:20251008T113000
SUMMARY:Entrevista técnica: Jefe/a de Almacén Portuario (Durban)
ORGANIZER;CN=Selección GTO:mailto:seleccion@gtortega.com
ATTENDEE;CN=Thandiwe Nkosi;RSVP=TRUE:mailto:thandiwe.nkosi.ops@webmail.co.z
 a
ATTENDEE;CN=Raúl Benítez:mailto:raul.benitez@gtortega.com
DESCRIPTION:Estimada Thandiwe:\n\nLe convocamos a la entrevista técnica pa
 ra el puesto de Jefe/a de Almacén Portuario en nuestra filial de Durban.
  Realizará un caso práctico sobre gestión de contenedores y cross-docki
 ng con Raúl Benítez (Director Técnico de Operaciones Portuarias).\n\nEn
 lace Webex: https://gtortega.webex.com/meet/rbenitez\n\nAtentamente\,\nDep
 artamento de Selección\nGrupo Transportes Ortega
LOCATION:Webex
END:VEVENT
""", "-//Grupo Transportes Ortega//Calendario RRHH//ES", tz=("mad",)), 1, "Grupo Transportes Ortega",
       "Jefe/a de Almacén Portuario (Durban)", "technical", "raul.benitez@gtortega.com", "technical-case-es-webex"),

    Ev("ios-handtyped", cal(r"""
BEGIN:VEVENT
CREATED:20250919T061544Z
DTEND;TZID=Africa/Johannesburg:20250923T120000
DTSTAMP:20250919T061604Z
DTSTART;TZID=Africa/Johannesburg:20250923T103000
LAST-MODIFIED:20250919T061604Z
LOCATION:Vaal Bulk Handling\nDuncanville\, Vereeniging
SEQUENCE:0
SUMMARY:Vaal Bulk – interview
TRANSP:OPAQUE
UID:A8C4E2F0-1B3D-4F5A-9C7E-2D4F6A8B0C1E
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9
END:VALARM
END:VEVENT
""", APPLE, method=None), 1, "Vaal Bulk Handling", "", "", "", "ios-handtyped-bare"),

    Ev("outlook-utc-zone-hm", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Maharaj, Dinesh":mailto:dmaharaj@nyati.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thandiwe.n
 kosi.ops@webmail.co.za:mailto:thandiwe.nkosi.ops@webmail.co.za
DESCRIPTION;LANGUAGE=en-ZA:Hi Thandiwe\n\nThank you for the CV. I'd like to
  meet you for the Warehouse & Distribution Manager role – I head up oper
 ations and the role reports to me.\n\nWe're at 8 Tunney Rd\, Elandsfontein
 . There is visitor parking inside the gate.\n\nRegards\nDinesh Maharaj\nOp
 erations Director\nNyati Industrial Supplies
UID:040000008200E00074C5B7101A82E0080000000066778899AA1BDC01000000000000000
 010000000AB12CD34EF56AB12CD34EF56AB12CD34
SUMMARY;LANGUAGE=en-ZA:Interview: Warehouse & Distribution Manager
DTSTART;TZID="(UTC+02:00) Harare, Pretoria":20250918T080000
DTEND;TZID="(UTC+02:00) Harare, Pretoria":20250918T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250912T064412Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:8 Tunney Rd\, Elandsfontein
END:VEVENT
""", OUTLOOK, tz=("utc-za",)), 1, "Nyati Industrial Supplies", "Warehouse & Distribution Manager",
       "hiring_manager", "dmaharaj@nyati.co.za", "direct-hm-domain-short"),

    Ev("abbrev-domain", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20251002T110000
DTEND;TZID=Africa/Johannesburg:20251002T120000
DTSTAMP:20250926T081100Z
ORGANIZER;CN=Sanele Ngcobo:mailto:sngcobo@bpl.co.za
UID:4kd8fj2ls9ao1pq7wn3ex5rb6t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thandiwe.nkosi.ops@webmail.co.za;X-NUM-GUESTS=0:mailto:thandiwe.nk
 osi.ops@webmail.co.za
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sanele Ngcobo;X-NUM-GUESTS=0:mailto:sngcobo@bpl.co.za
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Megan O'Reilly;X-NUM-GUESTS=0:mailto:moreilly@bpl.co.za
DESCRIPTION:Interview for the Depot Manager position at our Bayhead contain
 er depot. Panel: Sanele Ngcobo (Regional Manager) and Megan O'Reilly (HR).
 \n\nPlease bring ID and a copy of your CV.
LOCATION:BPL Bayhead Depot\, Bayhead Rd\, Durban
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:BPL Interview – Depot Manager\, Bayhead
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE), 1, "Bay Ports Logistics", "Depot Manager, Bayhead", "",
       "sngcobo@bpl.co.za;moreilly@bpl.co.za", "abbreviation-only-google"),

    Ev("direct-hm-google", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250912T143000
DTEND;TZID=Africa/Johannesburg:20250912T153000
DTSTAMP:20250908T110245Z
ORGANIZER;CN=Riaan Coetzee:mailto:riaan.coetzee@kudupack.co.za
UID:1qa2ws3ed4rf5tg6yh7uj8ik9o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thandiwe.nkosi.ops@webmail.co.za;X-NUM-GUESTS=0:mailto:thandiwe.nk
 osi.ops@webmail.co.za
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Riaan Coetzee;X-NUM-GUESTS=0:mailto:riaan.coetzee@kudupack.co.za
DESCRIPTION:Hi Thandiwe – looking forward to chatting. I'm the plant mana
 ger in Wadeville and the logistics manager will report to me.\n\nRiaan\n\n
 -::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::
 -\nJoin with Google Meet: https://meet.google.com/rnq-zkwd-pfa\n-::~:~::~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kudu Packaging // Thandiwe Nkosi – Logistics Manager interview
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE), 1, "Kudu Packaging", "Logistics Manager", "hiring_manager", "riaan.coetzee@kudupack.co.za",
       "direct-hm-google-meet"),

    Ev("headhunter-final", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN=Priya Moodley:mailto:priya@ndalotalent.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thandiwe N
 kosi:mailto:thandiwe.nkosi.ops@webmail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Andile Mab
 uza:mailto:andile.mabuza@mopane.co.za
DESCRIPTION;LANGUAGE=en-ZA:Thandiwe\,\n\nFantastic news – Andile Mabuza (
 CEO) would like to meet you as the final step for the Supply Chain Executi
 ve appointment at Mopane Office Supply. Breakfast meeting at the Fairway H
 otel\, Randpark. Andile has blocked 90 minutes.\n\nI'll call you the eveni
 ng before to prep.\n\nWarm regards\nPriya Moodley\nPartner | Ndalo Talent
  Partners – Executive Search
UID:040000008200E00074C5B7101A82E00800000000778899AABB1BDC01000000000000000
 01000000099887766554433221100FFEEDDCCBBAA
SUMMARY;LANGUAGE=en-ZA:Mopane Office Supply – Supply Chain Executive: mee
 ting with CEO
DTSTART;TZID=South Africa Standard Time:20251016T073000
DTEND;TZID=South Africa Standard Time:20251016T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251009T161500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:Fairway Hotel\, Randpark Ridge
END:VEVENT
""", OUTLOOK, tz=("win-za",)), 1, "Mopane Office Supply", "Supply Chain Executive", "final",
       "andile.mabuza@mopane.co.za", "headhunter-final-ceo-breakfast"),

    Ev("handtyped-reception", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250929T100000
DTEND;TZID=Africa/Johannesburg:20250929T113000
DTSTAMP:20250925T053010Z
UID:8mn2bv4cx6za0lk9jh7gf5ds3q@google.com
CREATED:20250925T053000Z
DESCRIPTION:With Lindiwe Sithole (Ops Director). Ask for Thembi at receptio
 n. Bring the bottling-plant dispatch numbers I promised.
LAST-MODIFIED:20250925T053010Z
LOCATION:Maluti Mountain Water\, Harrismith
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Maluti Water interview 10h00
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method=None, head="X-WR-CALNAME:Thandiwe\nX-WR-TIMEZONE:Africa/Johannesburg"), 1,
       "Maluti Mountain Water", "", "", "Lindiwe Sithole", "handtyped-receptionist-not-interviewer"),

    Ev("webex-technical", cal(r"""
BEGIN:VEVENT
UID:0f4e9a1b2c3d@ngwenyatyres.co.za
DTSTAMP:20250924T100000Z
DTSTART;TZID=Africa/Johannesburg:20251006T100000
DTEND;TZID=Africa/Johannesburg:20251006T110000
SUMMARY:Ngwenya Tyres: technical interview (transport & fleet) – National
  Distribution Manager
ORGANIZER;CN=Thulani Zungu:mailto:thulani.zungu@ngwenyatyres.co.za
ATTENDEE;CN=Thandiwe Nkosi;RSVP=TRUE:mailto:thandiwe.nkosi.ops@webmail.co.z
 a
ATTENDEE;CN=Thulani Zungu:mailto:thulani.zungu@ngwenyatyres.co.za
ATTENDEE;CN=Gerhard Pienaar:mailto:gerhard.pienaar@ngwenyatyres.co.za
DESCRIPTION:Topics: route planning\, fleet utilisation\, telematics\, RTMS
  accreditation.\n\n-- Do not delete or change any of the following text. -
 -\n\nJoin Webex meeting\nhttps://ngwenyatyres.webex.com/ngwenyatyres/j.php
 ?MTID=m7c1e0a3f\nMeeting number (access code): 2784 551 9013\nMeeting pass
 word: Tyre2025\n\nJoin by phone\n+27-11-019-7000 South Africa Toll\nAccess
  code: 2784 551 9013
LOCATION:https://ngwenyatyres.webex.com/meet/thulani.zungu
END:VEVENT
""", "-//Cisco//Webex//EN"), 1, "Ngwenya Tyre Centres", "National Distribution Manager", "technical",
       "thulani.zungu@ngwenyatyres.co.za;gerhard.pienaar@ngwenyatyres.co.za", "webex-technical-brand"),

    Ev("outlook-nairobi-md", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Mutua, Grace":mailto:grace.mutua@tausi.co.ke
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thandiwe N
 kosi:mailto:thandiwe.nkosi.ops@webmail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Shah, Rajesh":mailto:ra
 jesh.shah@tausi.co.ke
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Projecto
 r - Board Room:mailto:projector.br@tausi.co.ke
DESCRIPTION;LANGUAGE=en-GB:Dear Thandiwe\,\n\nOur Managing Director\, Mr Ra
 jesh Shah\, will meet you for the final interview for Head of Warehousing.
  The company will cover your flight to JKIA and one night's accommodation;
  our driver will collect you.\n\nKind regards\,\nGrace Mutua\nHR & Admin O
 fficer\nTausi Distributors Ltd\, Baba Dogo Road\, Nairobi
UID:040000008200E00074C5B7101A82E0080000000088AA99BBCC1BDC01000000000000000
 01000000012121212343434345656565678787878
SUMMARY;LANGUAGE=en-GB:Final Interview - Head of Warehousing
DTSTART;TZID=E. Africa Standard Time:20251021T100000
DTEND;TZID=E. Africa Standard Time:20251021T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251010T090011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Tausi Distributors - Board Room
END:VEVENT
""", OUTLOOK, tz=("win-ke",)), 1, "Tausi Distributors", "Head of Warehousing", "final", "rajesh.shah@tausi.co.ke",
       "outlook-nairobi-windows-resource"),

    Ev("zoom-hm", cal(r"""
BEGIN:VEVENT
UID:zoom-85519230014-20250930@kericholeaf.co.ke
DTSTAMP:20250925T071500Z
DTSTART;TZID=Africa/Nairobi:20250930T150000
DTEND;TZID=Africa/Nairobi:20250930T160000
SUMMARY:Interview for Logistics Manager – Kericho Leaf Packers
ORGANIZER;CN=Kericho Leaf HR:mailto:hr@kericholeaf.co.ke
ATTENDEE;CN=Thandiwe Nkosi;RSVP=TRUE:mailto:thandiwe.nkosi.ops@webmail.co.z
 a
ATTENDEE;CN=Peter Langat:mailto:peter.langat@kericholeaf.co.ke
DESCRIPTION:Dear Thandiwe\,\n\nYou are invited to an interview with Peter L
 angat\, General Manager – Operations\, to whom the Logistics Manager rep
 orts.\n\nKericho Leaf HR is inviting you to a scheduled Zoom meeting.\n\nJ
 oin Zoom Meeting\nhttps://us02web.zoom.us/j/85519230014?pwd=S2VyaWNobw\n\n
 Meeting ID: 855 1923 0014\nPasscode: 661204\n\nOne tap mobile\n+2787355123
 4\,\,85519230014#\,\,\,\,*661204# South Africa
LOCATION:https://us02web.zoom.us/j/85519230014?pwd=S2VyaWNobw
END:VEVENT
""", "-//zoom.us//iCalendar Event//EN", tz=("nbo",)), 1, "Kericho Leaf Packers", "Logistics Manager",
       "hiring_manager", "peter.langat@kericholeaf.co.ke", "zoom-nairobi-hr-mailbox"),

    Ev("zoho-phone-utc", cal(r"""
BEGIN:VEVENT
UID:zr-interview-571000004482213@zohorecruit.com
DTSTAMP:20250911T080000Z
DTSTART:20250915T120000Z
DTEND:20250915T122000Z
SUMMARY:Phone Screen - Stores & Logistics Manager - Thandiwe Nkosi
ORGANIZER;CN=Rietspruit Engineering Supplies:mailto:recruit@rietspruit-eng.
 co.za
ATTENDEE;CN=Thandiwe Nkosi;RSVP=TRUE:mailto:thandiwe.nkosi.ops@webmail.co.z
 a
ATTENDEE;CN=Elize Swanepoel:mailto:elize.swanepoel@rietspruit-eng.co.za
DESCRIPTION:Interview Name: Phone Screen\nPosting Title: Stores & Logistics
  Manager\nInterviewer(s): Elize Swanepoel (Recruitment Officer)\nCandidate
 : Thandiwe Nkosi\nVenue: Telephone - we will call you\n\nSent from Zoho Re
 cruit
LOCATION:Telephone
END:VEVENT
""", "-//Zoho Corporation//Zoho Recruit//EN", tz=()), 1, "Rietspruit Engineering Supplies",
       "Stores & Logistics Manager", "recruiter_screen", "elize.swanepoel@rietspruit-eng.co.za", "zoho-phone-utc"),

    Ev("final-md", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Mahlangu, Lerato":mailto:lerato.mahlangu@proteahome.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thandiwe N
 kosi:mailto:thandiwe.nkosi.ops@webmail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="du Plessis, Gerrit":mai
 lto:gerrit.duplessis@proteahome.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Naidoo, Kavitha":mailto
 :kavitha.naidoo@proteahome.co.za
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=GER SO - Exc
 o Boardroom:mailto:ger.exco.boardroom@proteahome.co.za
DESCRIPTION;LANGUAGE=en-ZA:Dear Thandiwe\,\n\nThank you for your time so fa
 r. Gerrit du Plessis (Managing Director) and Kavitha Naidoo would like to
  meet you in person for a final discussion.\n\nVenue: Protea Home Stores S
 upport Office\, 3 Sam Green Road\, Germiston. Visitors' parking at the fro
 nt entrance.\n\nKind regards\nLerato
UID:040000008200E00074C5B7101A82E00800000000F5A6B7C8D91BDC01000000000000000
 010000000DEADBEEF00112233445566778899AABB
SUMMARY;LANGUAGE=en-ZA:Final interview with MD - Head of Logistics
DTSTART;TZID="(UTC+02:00) Harare, Pretoria":20251010T150000
DTEND;TZID="(UTC+02:00) Harare, Pretoria":20251010T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251003T080552Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:GER SO - Exco Boardroom
END:VEVENT
""", OUTLOOK, tz=("utc-za",)), 1, "Protea Home Stores", "Head of Logistics", "final",
       "gerrit.duplessis@proteahome.co.za;kavitha.naidoo@proteahome.co.za", "final-md-room-assistant-organiser"),
]
