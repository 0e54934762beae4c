"""holdout174 events, part f: search firms about named clients, a founder, a consultancy (written blind)."""

from holdout174ev_tz import GMT_STD, LONDON, MADRID_GOOGLE, ROMANCE

EVENTS = [
    {
        "kind": "agency-outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000MPAGE0C11E5D5DB01000000000000000010000000GRI",
        "label": (1, "Gedeon Richter", "Medical Advisor Salud de la Mujer", "recruiter_screen",
                  "alvaro.quesada@michaelpage.es", "agency-screen-client-named-in-body"),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Quesada, Álvaro":mailto:alvaro.quesada@michaelpage.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=luciafer
 rer.farma@gmail.com:mailto:luciaferrer.farma@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Hola Lucía\,\n\nGracias por atender mi llamada.
  Como te comentaba\, nuestro cliente es Gedeon Richter Ibérica\, que busca
  un/a Medical Advisor Salud de la Mujer con base en Barcelona (flexible).
  En esta videollamada repasaremos tu CV y encaje con la posición antes de
  presentar tu candidatura al cliente.\n\nUn saludo\,\nÁlvaro Quesada\nSeni
 or Consultant – Healthcare & Life Sciences\nMichael Page España\n\n__________
 ______________________________________________________________________\nR
 eunión de Microsoft Teams\nUnirse: https://teams.microsoft.com/l/meetup-j
 oin/19%3ameeting_bXBhZ2U%40thread.v2/0\n___________________________________
 _____________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000MPAGE0C11E5D5DB0100000000000000
 0010000000GRI
SUMMARY;LANGUAGE=es-ES:Lucía Ferrer / Michael Page – Medical Advisor
DTSTART;TZID=Romance Standard Time:20251022T181500
DTEND;TZID=Romance Standard Time:20251022T184500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251020T171145Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-teams",
        "uid": "hays-ls-2025-11-viatris-0987@hays.es",
        "label": (1, "Viatris", "Hospital Market Access Manager – Este", "recruiter_screen",
                  "noelia.bastida@hays.es", "agency-screen-client-in-summary"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{MADRID_GOOGLE}BEGIN:VEVENT
UID:hays-ls-2025-11-viatris-0987@hays.es
DTSTAMP:20251117T120500Z
DTSTART;TZID=Europe/Madrid:20251120T143000
DTEND;TZID=Europe/Madrid:20251120T150000
SUMMARY:Hays Life Sciences | Entrevista proceso Viatris – Hospital Market
  Access Manager – Este
DESCRIPTION:Hola Lucía\,\n\nTe confirmo la entrevista de preselección para
  el proceso que llevamos en exclusiva para Viatris (Hospital Market Acces
 s Manager – Este\, ref. 1188942). Si encajas\, el siguiente paso sería la
  entrevista con la Head of Market Access de Viatris.\n\nMicrosoft Teams: h
 ttps://teams.microsoft.com/l/meetup-join/19%3ameeting_aGF5cw%40thread.v2/0
 \n\nNoelia Bastida\nSenior Consultant | Hays Life Sciences\n
ORGANIZER;CN=Noelia Bastida:mailto:noelia.bastida@hays.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Fe
 rrer:mailto:luciaferrer.farma@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "headhunter-body",
        "uid": "20260107T101500Z-3391@seeligeryconde.com",
        "label": (1, "Zambon", "Medical Manager Respiratorio", "recruiter_screen",
                  "mtaberner@seeligeryconde.com", "headhunter-names-employer-only-in-body"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
VERSION:2.0
METHOD:REQUEST
{ROMANCE}BEGIN:VEVENT
UID:20260107T101500Z-3391@seeligeryconde.com
DTSTAMP:20260107T101500Z
DTSTART;TZID=Romance Standard Time:20260112T190000
DTEND;TZID=Romance Standard Time:20260112T194500
SUMMARY:Conversación confidencial – Lucía Ferrer Soler
DESCRIPTION:Estimada Lucía\,\n\nGracias por tu disponibilidad. Tal como te
  adelanté\, la posición es la de Medical Manager Respiratorio para Zambon
  en su filial española (Barcelona). Te agradeceré total confidencialidad
  sobre el nombre del cliente.\n\nTe llamaré a tu móvil a la hora indicada
 .\n\nUn cordial saludo\,\nMarta Taberner\nPartner – Life Sciences Practic
 e\nSeeliger y Conde
ORGANIZER;CN=Marta Taberner:mailto:mtaberner@seeligeryconde.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Fe
 rrer Soler:mailto:luciaferrer.farma@gmail.com
LOCATION:Llamada telefónica
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "london-agency",
        "uid": "BJ-CAL-20251126-ofurlong-0042@barringtonjames.com",
        "label": (1, "Kyowa Kirin", "Medical Science Liaison – Rare Diseases, Spain", "recruiter_screen",
                  "ofurlong@barringtonjames.com", "london-zone-agency-client-named"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{LONDON}BEGIN:VEVENT
UID:BJ-CAL-20251126-ofurlong-0042@barringtonjames.com
DTSTAMP:20251126T140322Z
DTSTART;TZID=Europe/London:20251201T100000
DTEND;TZID=Europe/London:20251201T103000
SUMMARY:Call: Lucía Ferrer / Olivia Furlong (Barrington James) – Kyowa Ki
 rin MSL
DESCRIPTION:Hi Lucía\,\n\nGreat to connect. As mentioned\, my client Kyowa
  Kirin International is hiring a Medical Science Liaison – Rare Diseases
 \, Spain (XLH / bone metabolism). This is a screening call before I put y
 ou forward to the hiring manager.\n\nI'll call you via Zoom: https://us02w
 eb.zoom.us/j/84411009932\n\nNote: 10:00 UK = 11:00 Spain.\n\nBest\,\nOlivi
 a Furlong\nPrincipal Consultant – Medical Affairs Europe\nBarrington James
 \, London
ORGANIZER;CN=Olivia Furlong:mailto:ofurlong@barringtonjames.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Fe
 rrer Soler:mailto:luciaferrer.farma@gmail.com
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-gmt-windows",
        "uid": "040000008200E00074C5B7101A82E00800000000HPR1AD3C4B5A6DC01000000000000000010000000OTSK",
        "label": (1, "Otsuka", "MSL CNS – Spain (Valencia based)", "recruiter_screen",
                  "t.nakamura-reid@hobsonprior.com", "gmt-standard-time-agency-screen"),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}BEGIN:VEVENT
ORGANIZER;CN="Nakamura-Reid, Tom":mailto:T.Nakamura-Reid@hobsonprior.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=luciafer
 rer.farma@gmail.com:mailto:luciaferrer.farma@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Hi Lucía\,\n\nThanks for your interest in the M
 SL CNS – Spain (Valencia based) opportunity with Otsuka Pharmaceutical. L
 et's have a 30-minute Teams call so I can learn more about your psychiatr
 y exposure and walk you through the role and the process at Otsuka.\n\nKi
 nd regards\,\nTom Nakamura-Reid\nSenior Recruitment Consultant | Medical Aff
 airs | Hobson Prior\n\n_____________________________________________________
 ___________________________\nMicrosoft Teams meeting\nJoin: https://teams.
 microsoft.com/l/meetup-join/19%3ameeting_aG9ic29u%40thread.v2/0\n_________
 _______________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000HPR1AD3C4B5A6DC0100000000000000
 0010000000OTSK
SUMMARY;LANGUAGE=en-GB:Lucía Ferrer <> Hobson Prior | Otsuka MSL CNS
DTSTART;TZID=GMT Standard Time:20260204T080000
DTEND;TZID=GMT Standard Time:20260204T083000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260130T154512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "founder-gmail",
        "uid": "4c2h0o8rbl7hq3f6m5k1l9p0farmalytix@google.com",
        "label": (1, "Farmalytix", "Head of Clinical Pharmacy", "hiring_manager",
                  "pau.esteller.dev@gmail.com", "startup-founder-free-mail"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID_GOOGLE}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260217T193000
DTEND;TZID=Europe/Madrid:20260217T203000
DTSTAMP:20260214T102230Z
ORGANIZER;CN=Pau Esteller:mailto:pau.esteller.dev@gmail.com
UID:4c2h0o8rbl7hq3f6m5k1l9p0farmalytix@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Pau Esteller;X-NUM-GUESTS=0:mailto:pau.esteller.dev@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=luciaferrer.farma@gmail.com;X-NUM-GUESTS=0:mailto:luciaferrer.far
 ma@gmail.com
DESCRIPTION:Hola Lucía! Gracias por contestar al mensaje de LinkedIn. Somo
 s 6 personas (ex-Lanzadera)\, hacemos software de validación farmacéutica
  con IA para hospitales y buscamos a alguien que lidere la parte clínica
  (Head of Clinical Pharmacy). Charlamos un rato con calma\, te cuento la
  ronda y qué esperamos\, y tú nos cuentas tu experiencia. Si te cuadra\,
  la semana siguiente te presento a mi cofundadora.\n\nPau\n\n-::~:~::~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚnete con
  Google Meet: https://meet.google.com/pzo-hhke-mrt\n-::~:~::~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Farmalytix x Lucía
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calcom-case",
        "uid": "calcom-booking-ZdQ9u2aKx7-omakase@cal.com",
        "label": (1, "Omakase Consulting", "Senior Consultant Market Access", "technical",
                  "gvilaro@omakaseconsulting.com", "calcom-caso-practico-consultancy"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-booking-ZdQ9u2aKx7-omakase@cal.com
DTSTAMP:20260223T153344Z
DTSTART:20260302T090000Z
DTEND:20260302T103000Z
SUMMARY:Caso práctico – Senior Consultant Market Access between Gemma Vil
 aró and Lucía Ferrer Soler
DESCRIPTION:What: Caso práctico – Senior Consultant Market Access\nWho:\n
 - Gemma Vilaró - Organizer (gvilaro@omakaseconsulting.com)\n- Lucía Ferre
 r Soler (luciaferrer.farma@gmail.com)\nWhere: Omakase Consulting\, C/ Ba
 lmes 89\, Barcelona\nDescription: Resolución y presentación de un caso de
  acceso al mercado (dossier de valor para un medicamento huérfano). Traer
  portátil.\n\nNeed to make a change? Reschedule or Cancel: https://app.ca
 l.com/booking/ZdQ9u2aKx7
ORGANIZER;CN=Gemma Vilaró:mailto:gvilaro@omakaseconsulting.com
ATTENDEE;CN=Lucía Ferrer Soler;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RS
 VP=TRUE:mailto:luciaferrer.farma@gmail.com
LOCATION:Omakase Consulting\, C/ Balmes 89\, Barcelona
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
