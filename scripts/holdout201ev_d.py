"""holdout201 events, part d: founder on free mail (Stackhouse) and the German, French and Spanish invites."""

from holdout201ev_tz import EUROPE_BERLIN, EUROPE_PARIS, MEXICO_CITY, OUTLOOK_W_EUROPE

EVENTS = [
    {
        "kind": "founder-coffee",
        "uid": "4r0t8s1n6q3u9w2y5a7c0e2g4i@google.com",
        "label": (1, "Stackhouse", "Founding Account Executive", "hiring_manager",
                  "ben.arnett.sf@gmail.com", "founder-free-mail-coffee-is-interview"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250327T150000Z
DTEND:20250327T160000Z
DTSTAMP:20250324T043012Z
ORGANIZER;CN=Ben Arnett:mailto:ben.arnett.sf@gmail.com
UID:4r0t8s1n6q3u9w2y5a7c0e2g4i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ben Ar
 nett;X-NUM-GUESTS=0:mailto:ben.arnett.sf@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=tyler.brooks.sales@gmail.com;X-NUM-GUESTS=0:mailto:tyler.brooks.sa
 les@gmail.com
CREATED:20250324T043010Z
DESCRIPTION:Stoked you're open to talking! I'm in Denver Thursday for a cus
 tomer visit - let's grab coffee. I'll tell you where Stackhouse is at (2.1M
  ARR\, seed+\, me doing all the selling 😅) and I want to dig into how you'
 d build the motion as our founding AE. Fair warning I'll ask about your wor
 st quarter.\n\n-Ben
LAST-MODIFIED:20250324T043012Z
LOCATION:Huckleberry Roasters\, 4301 Pecos St\, Denver
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:coffee ☕ Ben / Tyler
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "founder-final",
        "uid": "9d2f5h8j1l4n7p0r3t6v9x2z5b@google.com",
        "label": (1, "Stackhouse", "Founding Account Executive", "final",
                  "ben.arnett.sf@gmail.com;priya@stackhouse.dev", "founder-free-mail-final-with-cofounder"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250409T220000Z
DTEND:20250409T233000Z
DTSTAMP:20250403T180155Z
ORGANIZER;CN=Ben Arnett:mailto:ben.arnett.sf@gmail.com
UID:9d2f5h8j1l4n7p0r3t6v9x2z5b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ben Ar
 nett;X-NUM-GUESTS=0:mailto:ben.arnett.sf@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya
  Raman;X-NUM-GUESTS=0:mailto:priya@stackhouse.dev
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=tyler.brooks.sales@gmail.com;X-NUM-GUESTS=0:mailto:tyler.brooks.sa
 les@gmail.com
CREATED:20250403T180153Z
DESCRIPTION:Last step on our side: meet Priya (cofounder/CTO) and pitch us
  Stackhouse like we're a 200-person GC you've never talked to. 20 min pitch
 \, then we grill you\, then we talk offer if it feels right. No slides need
 ed.\n\nJoin with Google Meet: https://meet.google.com/tnb-qzkr-ahd
LAST-MODIFIED:20250403T180155Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Stackhouse - last round w/ Priya + Ben
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "erstgespraech",
        "uid": "personio-interview-2281734-a91f@personio.de",
        "label": (1, "Vireo", "Account Executive US (m/w/d)", "hiring_manager",
                  "lukas.brandt@vireo.de", "personio-german-erstgespraech-head-of-sales"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
""" + EUROPE_BERLIN + r"""BEGIN:VEVENT
UID:personio-interview-2281734-a91f@personio.de
DTSTAMP:20250402T083015Z
DTSTART;TZID=Europe/Berlin:20250408T170000
DTEND;TZID=Europe/Berlin:20250408T174500
SUMMARY:Erstgespräch: Tyler Brooks - Account Executive US (m/w/d)
ORGANIZER;CN=Vireo GmbH Recruiting:mailto:jobs@vireo.de
ATTENDEE;CN=Tyler Brooks;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Lukas Brandt;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:lukas.brandt@vireo.de
LOCATION:Google Meet: https://meet.google.com/vxo-hnec-wpi
DESCRIPTION:Hallo Tyler\,\n\nvielen Dank für deine Bewerbung als Account E
 xecutive US (m/w/d) bei der Vireo GmbH. Wir freuen uns\, dich in einem erst
 en Kennenlerngespräch mit Lukas Brandt (Head of Sales North America) kennen
 zulernen. Das Gespräch findet auf Englisch statt und dauert ca. 45 Minuten.
 \n\nLink: https://meet.google.com/vxo-hnec-wpi\n\nViele Grüße\nDein Vireo Pe
 ople Team\n\nDiese Einladung wurde mit Personio versendet.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "fallstudie",
        "uid": ("040000008200E00074C5B7101A82E00800000000F03C8D2E1BAFDB01"
                "000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90"),
        "label": (1, "Vireo", "Account Executive US (m/w/d)", "technical",
                  "lukas.brandt@vireo.de;anja.keller@vireo.de", "outlook-w-europe-german-case-pitch"),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Brandt, Lukas":mailto:lukas.brandt@vireo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.broo
 ks.sales@gmail.com:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Keller, Anja":mailto:anja.keller@vireo.de
DESCRIPTION;LANGUAGE=de-DE:Hi Tyler\,\n\nwie besprochen die zweite Runde:
  Fallstudie / Pitch. Du bekommst vorab ein kurzes Briefing zu einem fiktive
 n Interessenten (Logistik\, Dallas). Bitte bereite einen 20-minütigen Disco
 very-Call + Demo-Pitch vor (auf Englisch). Anja Keller (CRO) ist dabei.\n\n
 Beste Grüße\nLukas\n\n__________________________________________________________
 ______________________\nMicrosoft Teams Besprechung\nTreten Sie über Ihren
  Computer\, Ihre mobile App oder Ihr Raumgerät bei\nBesprechungs-ID: 318 994
  201 507\nKennung: Hs4Vq9\n____________________________________________________
 ____________________________\n
UID:040000008200E00074C5B7101A82E00800000000F03C8D2E1BAFDB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=de-DE:Vireo | 2. Runde - Fallstudie & Pitch (Tyler Brooks
 )
DTSTART;TZID=W. Europe Standard Time:20250416T163000
DTEND;TZID=W. Europe Standard Time:20250416T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T121547Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entretien-rh",
        "uid": "tt-interview-61c0b2d9-8e4f-4a17-9c3b-2f5d7e9a1b0c@teamtailor.com",
        "label": (1, "Orbitly", "Account Executive - US Expansion", "recruiter_screen",
                  "camille.roux@orbitly.fr", "teamtailor-french-entretien-rh-paris-tz"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Interview Scheduling//FR
METHOD:REQUEST
""" + EUROPE_PARIS + r"""BEGIN:VEVENT
UID:tt-interview-61c0b2d9-8e4f-4a17-9c3b-2f5d7e9a1b0c@teamtailor.com
DTSTAMP:20250321T100418Z
DTSTART;TZID=Europe/Paris:20250326T170000
DTEND;TZID=Europe/Paris:20250326T173000
SUMMARY:Entretien RH - Tyler Brooks - Account Executive - US Expansion
ORGANIZER;CN=Camille Roux:mailto:camille.roux@orbitly.fr
ATTENDEE;CN=Tyler Brooks;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Camille Roux;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:camille.roux@orbitly.fr
LOCATION:https://meet.google.com/czp-ruwa-hfo
DESCRIPTION:Bonjour Tyler\,\n\nMerci pour votre candidature chez Orbitly !
  Je vous propose un premier échange de 30 minutes (en anglais) pour faire c
 onnaissance et vous présenter notre projet d'ouverture aux États-Unis.\n\nL
 ien de visioconférence : https://meet.google.com/czp-ruwa-hfo\n\nÀ très vit
 e\,\nCamille Roux\nTalent Acquisition Manager\n\nEnvoyé via Teamtailor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entretien-manager",
        "uid": "tt-interview-a3e5c7f9-1b2d-4e6f-8091-b3c5d7e9f1a2@teamtailor.com",
        "label": (1, "Orbitly", "Account Executive - US Expansion", "hiring_manager",
                  "julien.marchand@orbitly.fr", "teamtailor-french-manager-round"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Interview Scheduling//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-a3e5c7f9-1b2d-4e6f-8091-b3c5d7e9f1a2@teamtailor.com
DTSTAMP:20250401T080255Z
DTSTART:20250404T150000Z
DTEND:20250404T160000Z
SUMMARY:Entretien avec Julien Marchand (VP Sales) - Orbitly
ORGANIZER;CN=Camille Roux:mailto:camille.roux@orbitly.fr
ATTENDEE;CN=Tyler Brooks;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Julien Marchand;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:Julien.Marchand@orbitly.fr
LOCATION:Zoom - https://orbitly.zoom.us/j/96640021185
DESCRIPTION:Bonjour Tyler\,\n\nSuite à notre échange\, Julien Marchand (VP
  Sales\, futur manager du poste) souhaite vous rencontrer. Prévoyez 1h : pa
 rcours\, méthode de prospection\, et un deal dont vous êtes fier.\n\nLien Zo
 om : https://orbitly.zoom.us/j/96640021185\n\nCamille\n\nEnvoyé via Teamtail
 or
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entrevista",
        "uid": "workable-iv-3318842-cumbre@workable.com",
        "label": (1, "Cumbre Pagos", "Account Executive (EE.UU.)", "hiring_manager",
                  "fernanda.ibarra@cumbrepagos.mx", "workable-spanish-mexico-city-tz"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Recruiting//ES
METHOD:REQUEST
""" + MEXICO_CITY + r"""BEGIN:VEVENT
UID:workable-iv-3318842-cumbre@workable.com
DTSTAMP:20250423T000716Z
DTSTART;TZID=America/Mexico_City:20250428T110000
DTEND;TZID=America/Mexico_City:20250428T115000
SUMMARY:Entrevista con Fernanda Ibarra - Account Executive (EE.UU.) | Cumbr
 e Pagos
ORGANIZER;CN=Cumbre Pagos Talento:mailto:talento@cumbrepagos.mx
ATTENDEE;CN=Tyler Brooks;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Fernanda Ibarra;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:fernanda.ibarra@cumbrepagos.mx
LOCATION:https://meet.google.com/abe-wqxs-mty
DESCRIPTION:Hola Tyler\,\n\nTe confirmamos tu entrevista con Fernanda Ibarr
 a\, Directora Comercial para EE.UU.\, quien sería tu jefa directa. La conve
 rsación será en inglés y español.\n\nEnlace: https://meet.google.com/abe-wq
 xs-mty\n\n¡Éxito!\nEquipo de Talento\, Cumbre Pagos\n\nEnviado con Workable
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entrevista",
        "uid": "0h3k6n9q2t5w8z1c4f7i0l3o6r@google.com",
        "label": (1, "Andes Cloud", "Account Executive Bilingüe", "recruiter_screen",
                  "valentina.rios@andescloud.co", "google-spanish-recruiter-screen"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250502T140000Z
DTEND:20250502T143000Z
DTSTAMP:20250429T212212Z
ORGANIZER;CN=Valentina Ríos:mailto:valentina.rios@andescloud.co
UID:0h3k6n9q2t5w8z1c4f7i0l3o6r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Valent
 ina Ríos;X-NUM-GUESTS=0:mailto:valentina.rios@andescloud.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=tyler.brooks.sales@gmail.com;X-NUM-GUESTS=0:mailto:tyler.brooks.sa
 les@gmail.com
CREATED:20250429T212210Z
DESCRIPTION:¡Hola Tyler! Gracias por tu interés en la vacante de Account Ex
 ecutive Bilingüe (remoto\, cuentas en EE.UU. y LatAm). Esta primera llamada
  es para conocerte\, validar tu nivel de español y contarte sobre Andes Clo
 ud.\n\nUnirse con Google Meet: https://meet.google.com/ryd-fkpa-ovn\nO marc
 ar: (US) +1 347-555-0119 PIN: 662 109 038#
LAST-MODIFIED:20250429T212212Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista inicial - Tyler Brooks / Andes Cloud
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
