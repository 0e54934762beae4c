"""holdout76: negatives that are not the user's own interview (part B). Raw iCalendar, CC0 1.0."""

from __future__ import annotations

from holdout76ev_ics import TZ_AMS, TZ_BERLIN, TZ_WIN, ev, meet, outlook_x, teams

TZ_ROMANCE = TZ_WIN.replace("W. Europe Standard Time", "Romance Standard Time")


def neg(trap: str) -> tuple:
    return (0, "", "", "", "", trap)


def _ex(uid_tail: str, organizer: str, attendees: str, summary: str, start: str, end: str, location: str,
        lang: str = "de-DE", tzid: str = "W. Europe Standard Time") -> str:
    return f"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{{RAW_TZ}}
BEGIN:VEVENT
{organizer}
{attendees.strip()}
DESCRIPTION;LANGUAGE={lang}:{{D}}
UID:040000008200E00074C5B7101A82E00800000000{uid_tail}
SUMMARY;LANGUAGE={lang}:{summary}
DTSTART;TZID={tzid}:{start}
DTEND;TZID={tzid}:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251105T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE={lang}:{location}
{{RAW_X}}
END:VEVENT
END:VCALENDAR
"""


_WORK = ('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Watanabe, Kenji":mailto:k.watanabe@neck'
         "\n artal-antriebe.de")
_BOSS = 'ORGANIZER;CN="Schäfer, Dr. Andreas":mailto:a.schaefer@neckartal-antriebe.de'
_HR = 'ORGANIZER;CN="Zimmermann, Nina":mailto:n.zimmermann@neckartal-antriebe.de'
_SELF = 'ORGANIZER;CN="Watanabe, Kenji":mailto:k.watanabe@neckartal-antriebe.de'


def _own(uid: str, summary: str, start: str, end: str, location: str = "", tz: str = "Europe/Berlin") -> str:
    """A block the user types into his private GMX calendar himself."""
    return f"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//1&1 Mail & Media GmbH//GMX Kalender 3.1//DE
{{RAW_TZ}}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251101T200000Z
DTSTART;TZID={tz}:{start}
DTEND;TZID={tz}:{end}
SUMMARY:{summary}
LOCATION:{location}
DESCRIPTION:{{D}}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""


EVENTS = [
    ev("own-appraisal-de", _ex("4E2A8C6F10ADDC01000000000000000010000000B7E3A9D1F5C2086B\n 1D5F9B3E7A0C4268", _BOSS,
                               _WORK, "Mitarbeiterjahresgespräch 2025 – Kenji Watanabe", "20251212T100000",
                               "20251212T113000", "Büro Dr. Schäfer\\, Geb. 1\\, 3. OG"),
       neg("own-appraisal-de"), RAW_TZ=TZ_WIN, RAW_X=outlook_x(0, "194470228"), D="""
Hallo Kenji,

wie jedes Jahr: Rückblick Zielerreichung 2025 (Bestandsreduzierung, OTD, Projekt SAP IBP), Zielvereinbarung 2026,
Entwicklungswünsche. Bitte den Vorbereitungsbogen aus dem HR-Portal vorher ausfüllen.

Gruß
Andreas
"""),
    ev("own-exit-interview-de", _ex("8B1F5D3A26BDDC010000000000000000100000004C0E8A2F6D3B1975\n E7A1C5F9B3D0842A", _HR,
                                    _WORK, "Exit-Interview (Austrittsgespräch) – K. Watanabe", "20260226T140000",
                                    "20260226T144500", "HR\\, Geb. 1\\, Raum 1.08"),
       neg("own-exit-interview-de"), RAW_TZ=TZ_WIN, RAW_X=outlook_x(0, "-310052217"), D="""
Hallo Kenji,

wie bei allen Austritten bitten wir um ein kurzes, vertrauliches Exit-Interview: Gründe für den Wechsel,
Feedback zu Führung und Zusammenarbeit, Übergabeplanung bis zum 31.3. Die Ergebnisse werten wir nur anonymisiert aus.

Viele Grüße
Nina
"""),
    ev("own-coffee-informational-de", _own("gmx-5d1e0a97c3b24f68a0e7d2c19b86f431",
                                           "Kaffee mit Stefan Lorenz (Ex-Kollege\\, jetzt Rheinfels) – Austausch",
                                           "20251008T173000", "20251008T183000", "Café Rösterei\\, Esslingen"),
       neg("informational-coffee-de"), RAW_TZ=TZ_BERLIN, D="""
Einfach mal hören, wie es ihm bei Rheinfels geht und wie die Logistikorganisation dort aufgestellt ist.
Kein Bewerbungsgespräch – er kann mir aber sagen, wen ich ansprechen könnte.
"""),
    ev("informational-chat-en", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251013T163000Z
DTEND:20251013T170000Z
DTSTAMP:20251009T112207Z
ORGANIZER;CN=Joris Peeters:mailto:joris.peeters@gmail.com
UID:3mv9dk2a0s7qh5e1ctn4lbr8fo@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.watanabe@gmx.de;X-
 NUM-GUESTS=0:mailto:kenji.watanabe@gmx.de
CREATED:20251009T112206Z
DESCRIPTION:{D}
LAST-MODIFIED:20251009T112207Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Virtual coffee – Joris / Kenji (working in Dutch logistics)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", neg("informational-chat-en"), D="""
Hi Kenji, happy to share how it is to work in logistics in NL as a non-Dutch speaker – salaries, the 30% ruling,
and what the big 3PLs around Venlo are like. Just an informal chat between ex-colleagues from the Toyota days.
Joris

""" + meet("en", "cjt-xbwa-mno", "258770134")),
    ev("job-fair-allday-de", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Messe Stuttgart//Ticketshop//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:ticket-LKS25-0088213@messe-stuttgart.de
DTSTAMP:20251002T103000Z
DTSTART;VALUE=DATE:20251025
DTEND;VALUE=DATE:20251026
SUMMARY:Logistik-Karrieretag Süd 2025 – Fach- und Führungskräftemesse
LOCATION:Messe Stuttgart\, Halle C2\, Messepiazza 1\, 70629 Stuttgart
DESCRIPTION:{D}
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", neg("job-fair-de"), D="""
Ihr Ticket (Fachbesucher, kostenfrei) – Ticketnummer LKS25-0088213
Über 90 Aussteller aus Industrie, Handel und Logistik, Vorträge, CV-Check, Speed-Dating mit Personalverantwortlichen.
Öffnungszeiten 10–17 Uhr.
"""),
    ev("job-fair-eventbrite-nl", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Calendar//EN
METHOD:PUBLISH
{RAW_TZ}
BEGIN:VEVENT
UID:eventbrite-order-10293847561-ticket-1@eventbrite.com
DTSTAMP:20251016T090100Z
DTSTART;TZID=Europe/Amsterdam:20251108T100000
DTEND;TZID=Europe/Amsterdam:20251108T160000
SUMMARY:Carrièrebeurs Logistiek & Supply Chain Venlo 2025
LOCATION:Evenementenhal Venlo\, Venrayseweg 120\, Venlo
DESCRIPTION:{D}
END:VEVENT
END:VCALENDAR
""", neg("job-fair-nl"), RAW_TZ=TZ_AMS, D="""
Bestelling #10293847561 – 1 x Bezoekersticket (gratis)
Ontmoet 60+ werkgevers uit de logistieke hotspot Venlo-Venray. Korte sollicitatiegesprekken op de beursvloer,
workshops over LinkedIn en salarisonderhandeling.
Bekijk je ticket in de Eventbrite-app.
"""),
    ev("reference-call-referee-de", _ex("1A6E2C8F35CDDC01000000000000000010000000D3F9B5A1E7C0264D\n 9B2F6D0A4E8C1375",
                                        'ORGANIZER;CN="Wolf, Carina":mailto:c.wolf@albtal-kt.de', _WORK,
                                        "Referenzgespräch zu Frau Julia Mertens", "20251029T120000",
                                        "20251029T122000", "Telefon – ich rufe Sie an (0711 9388 412)"),
       neg("reference-call-user-is-referee-de"), RAW_TZ=TZ_WIN, RAW_X=outlook_x(0, "881320647"), D="""
Sehr geehrter Herr Watanabe,

Frau Julia Mertens hat sich bei der Albtal Kunststofftechnik AG als Teamleiterin Disposition beworben und Sie als
Referenz angegeben (ihr ehemaliger Vorgesetzter bei Neckartal Antriebe). Vielen Dank, dass Sie sich kurz Zeit nehmen.

Mit freundlichen Grüßen
Carina Wolf
Recruiting | Albtal Kunststofftechnik AG
"""),
    ev("reference-call-referee-en", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251204T140000Z
DTEND:20251204T142000Z
DTSTAMP:20251201T093012Z
ORGANIZER;CN=Emma Lindholm:mailto:emma.lindholm@lindqvist-auto.com
UID:6gd0ra3kt8m1p5sq9ve2hcn7lb@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=k.watanabe@neckartal-antri
 ebe.de;X-NUM-GUESTS=0:mailto:k.watanabe@neckartal-antriebe.de
CREATED:20251201T093011Z
DESCRIPTION:{D}
LAST-MODIFIED:20251201T093012Z
LOCATION:Phone – Emma will call +49 7153 6620 410
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reference call re: Marco Bianchi (Logistics Planner)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", neg("reference-call-user-is-referee-en"), D="""
Hi Mr. Watanabe,

Marco Bianchi has applied for a Logistics Planner position with Lindqvist Automotive and named you as a reference
from his time on your team. It should take no more than 15–20 minutes. Thank you!

Emma Lindholm
Recruiting Coordinator | Lindqvist Automotive
"""),
    ev("headhunter-call-no-employer-de", _own("gmx-b03e7c1d92f84a56b1d0e6a7c3f25948",
                                              "Telefonat Hr. Albers (Albers Executive Search) – vertrauliches Mandat "
                                              "Leitung SCM", "20251009T123000", "20251009T130000", "Handy"),
       neg("recruiter-call-no-employer-de"), RAW_TZ=TZ_BERLIN, D="""
Mandant vertraulich: „mittelständischer Automobilzulieferer, Raum Heilbronn, ca. 2.000 MA". Name erst nach
Gespräch. Gehaltsband erfragen, Reisetätigkeit?
"""),
    ev("agency-call-confidential-client-en", _ex(
        "6D0B4F8A21DDDC0100000000000000001000000095C1E7A3F0B6D428\n B3E7A1D5F9C2064E",
        'ORGANIZER;CN="Visser, Daan":mailto:daan.visser@oranjetalent.nl',
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.watanabe@gmx.de:mailto:kenji.watanab"
        "\n e@gmx.de", "Intro call – Director Logistics role (confidential client\\, Noord-Brabant)",
        "20251007T150000", "20251007T153000", "Microsoft Teams-vergadering", lang="en-US"),
       neg("recruiter-call-no-employer-en"), RAW_TZ=TZ_WIN, RAW_X=outlook_x(0, "-54419083"), D="""
Hi Kenji,

Thanks for connecting on LinkedIn. I'm working on a confidential Director Logistics search for a leading
food & cold-chain client in Noord-Brabant. I can share the name once we've had this first call and you're
interested. Looking forward to it!

Daan Visser
Oranje Talent Partners

""" + teams("nl", "329 008 771 542", "Od1Zp4", "ZTJmMGI4")),
    ev("own-prep-block-de", _own("gmx-7f2a9c05e1d3486bb4c8a0e9d6f31572",
                                 "Vorbereitung Fallstudie Hohenlohe (Präsi üben)", "20251103T190000",
                                 "20251103T213000", "zu Hause"),
       neg("prep-block-de"), RAW_TZ=TZ_BERLIN, D="""
Folien final, Zeit stoppen (max. 30 Min.), Zahlen Werk Pilsen nochmal prüfen, Fragen an COO notieren.
"""),
    ev("own-prep-block-en", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251116T204512Z
DTEND:20251117T220000
DTSTAMP:20251116T204530Z
DTSTART:20251117T200000
LAST-MODIFIED:20251116T204530Z
DESCRIPTION:{D}
SEQUENCE:0
SUMMARY:Prep: STAR stories + questions for Lindqvist onsite
TRANSP:OPAQUE
UID:2E8A6C40-D1F7-4B93-8E05-A9C3F71D6B28
END:VEVENT
END:VCALENDAR
""", neg("prep-block-en"), D="""
- chip crisis 2021 story (numbers!)
- team turnaround dispatch 2023
- questions for Erik: Swedish HQ decision rights, budget for WMS
- print route to Heilbronn Gate 3
"""),
    ev("immigration-office-de", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Landratsamt Esslingen//Online-Terminvergabe//DE
METHOD:PUBLISH
{RAW_TZ}
BEGIN:VEVENT
UID:tv-abh-2025-11-27-0915-448210@landkreis-esslingen.de
DTSTAMP:20251012T081500Z
DTSTART;TZID=Europe/Berlin:20251127T091500
DTEND;TZID=Europe/Berlin:20251127T093000
SUMMARY:Ausländerbehörde: Verlängerung Aufenthaltstitel – Yuki Watanabe
LOCATION:Landratsamt Esslingen\, Pulverwiesen 11\, Raum E.17
DESCRIPTION:{D}
END:VEVENT
END:VCALENDAR
""", neg("immigration-office-de"), RAW_TZ=TZ_BERLIN, D="""
Vorgangsnummer 448210. Mitzubringen: Reisepass, biometrisches Lichtbild, Nachweis Krankenversicherung,
Arbeitsvertrag/Gehaltsnachweise des Ehegatten, Mietvertrag. Gebühr: 93 EUR (EC-Karte).
"""),
    ev("key-user-interviews-de", _ex("9C5A1E7D42EDDC01000000000000000010000000A8D2F6B0C4E9153F\n 7E1B5D9A3C0F2864",
                                     'ORGANIZER;CN="Lorenz, Patrick (extern)":mailto:p.lorenz@ibp-consult.de',
                                     _WORK, "Key-User-Interviews SAP IBP – Anforderungsaufnahme Supply Planning",
                                     "20251015T130000", "20251015T150000", "PLO Geb.1 Raum Neckar"),
       neg("internal-requirements-interviews-de"), RAW_TZ=TZ_WIN, RAW_X=outlook_x(0, "501288364"), D="""
Hallo Herr Watanabe,

im Rahmen der Blueprint-Phase führen wir strukturierte Interviews mit den Key-Usern Ihrer Planung (Herr Schmid,
Frau Bauer) und mit Ihnen als Prozessverantwortlichem: heutige Planungsschritte, Excel-Workarounds, Anforderungen
an IBP Supply. Dauer 2 Stunden.

Viele Grüße
Patrick Lorenz, IBP Consult GmbH
"""),
    ev("supplier-call-es", _ex("3F7D1B9E58EDDC010000000000000000100000006A0C4E8B2F5D1937\n C9E3A7F1B5D0286A",
                               _SELF, """
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Iñaki Etxeberria:mailto:i.etxeberria@forjasnav
 arra.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bauer, Anna":mailto:a.bauer@neckartal-antriebe
 .de""", "Llamada proveedor Forjas Navarra – revisión OTD y plan de acción", "20251112T100000",
                               "20251112T110000", "Reunión de Microsoft Teams", lang="es-ES"),
       neg("supplier-call-es"), RAW_TZ=TZ_WIN, RAW_X=outlook_x(0, "623778190"), D="""
Estimado Iñaki:

Como comentamos, revisamos el cumplimiento de entregas (OTD 81 % en octubre), los retrasos del árbol de levas
NA-4471 y el plan de acción para diciembre. La reunión será en inglés; Anna Bauer (compras) también participa.

Saludos,
Kenji Watanabe

""" + teams("es", "316 229 804 557", "Fn2Ot7", "YjM4NmQw")),
    ev("supplier-review-fr", _ex("5B9F3D1A67FDDC01000000000000000010000000C2A6E0B4D8F3175C\n 1E5A9C3F7B0D4826",
                                 'ORGANIZER;CN="Perrin, Luc":mailto:l.perrin@decolletage-arve.fr', _WORK,
                                 "Revue fournisseur – Décolletage de l'Arve / Neckartal : plan d'actions qualité",
                                 "20251126T140000", "20251126T153000", "Réunion Microsoft Teams", lang="fr-FR",
                                 tzid="Romance Standard Time"),
       neg("supplier-review-fr"), RAW_TZ=TZ_ROMANCE, RAW_X=outlook_x(0, "-190345512"), D="""
Bonjour Monsieur Watanabe,

Comme convenu, voici l'invitation pour la revue trimestrielle : taux de PPM, réclamation 8D n° 2025-117,
capacités 2026 et prévisions d'appels. La réunion se tiendra en anglais.

Cordialement,
Luc Perrin
Responsable commercial – Décolletage de l'Arve

""" + teams("fr", "354 662 019 830", "Da4Rv6", "MzVhOWI3")),
    ev("webinar-hiring-talent-en", r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20251020T150000Z
DTSTART:20251106T160000Z
DTEND:20251106T170000Z
SUMMARY:Webinar: Hiring and retaining supply chain talent in 2026
UID:zoom-webinar-91822047731-20251106T160000Z
DESCRIPTION:{D}
LOCATION:https://us06web.zoom.us/w/91822047731?tk=aB3dE5fG7hJ9
ORGANIZER;CN=Supply Chain Leaders Network:mailto:events@sclnetwork.eu
END:VEVENT
END:VCALENDAR
""", neg("webinar-about-hiring-en"), D="""
Hi Kenji,

Thank you for registering for "Hiring and retaining supply chain talent in 2026".
Panel: HR and operations leaders discuss structured interviews for planners, assessment tasks, employer branding
for logistics apprenticeships and how to keep dispatchers from leaving.

Please submit any questions in advance. Join from a PC, Mac, iPad or Android:
https://us06web.zoom.us/w/91822047731?tk=aB3dE5fG7hJ9
Webinar ID: 918 2204 7731
"""),
]
