"""holdout87: the user's own interviews in German, French and Spanish, plus more English shapes.

Written blind, CC0 1.0.
"""

from __future__ import annotations

from holdout87ev_ics import EXCHANGE, ME, OUTLOOK, Ev, att, cal, desc, meet, org, teams, zoom

EVENTS: list[Ev] = []
BER_W = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
AMS_W = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"


def add(kind: str, ics: str, uid: str, company: str, role: str, stage: str, who: str, trap: str) -> None:
    EVENTS.append(Ev(kind, ics, uid, 1, company, role, stage, who, trap))


# 1 Personio, German, first call with the recruiter
u = "personio-lindgruen-4471-20260312@personio.de"
add("personio-de", cal(f"""UID:{u}
DTSTAMP:20260306T081500Z
DTSTART;TZID=Europe/Berlin:20260312T110000
DTEND;TZID=Europe/Berlin:20260312T113000
{org("jobs@lindgruen.de", "Lindgrün Energie GmbH")}
{att(ME, "Priya Shah")}
{att("j.brandt@lindgruen.de", "Julia Brandt")}
SUMMARY:Kennenlerngespräch: Lead UX Researcher (m/w/d) - Priya Shah
{desc("Hallo Priya,¶¶vielen Dank für Ihre Bewerbung als Lead UX Researcher (m/w/d) bei der Lindgrün Energie "
      "GmbH. Wie besprochen findet das erste Kennenlernen mit Julia Brandt (Talent Acquisition) statt. Das Gespräch "
      "führen wir gern auf Englisch.¶¶Viele Grüße¶Ihr Lindgrün People-Team" + meet("lgr-hxqa-tpe", "de"))}
LOCATION:Google Meet
STATUS:CONFIRMED""", prodid="-//Personio GmbH//Personio Recruiting//DE", tz=("Europe/Berlin",)), u,
    "Lindgrün Energie", "Lead UX Researcher (m/w/d)", "recruiter_screen", "j.brandt@lindgruen.de",
    "personio-screen-de")

# 2 Outlook, German, hiring manager, Windows zone name
u = "040000008200E00074C5B7101A82E0080000000012AB34CD56EFDC0100000000000000001000000061C7"
add("outlook-de-hm", cal(f"""CLASS:PUBLIC
{desc("Hallo Priya,¶¶wie angekündigt lade ich Sie zum Zweitgespräch mit Tobias Reinhardt (Head of UX, "
      "Ihre künftige Führungskraft) ein. Bitte bereiten Sie ein Projekt aus Ihrem Portfolio vor (ca. 15 Min.).¶¶"
      "Beste Grüße¶Julia Brandt" + teams("de", "331 909 214 678", "Lg7aP2"))}
DTSTART;TZID=W. Europe Standard Time:20260326T140000
DTEND;TZID=W. Europe Standard Time:20260326T150000
DTSTAMP:20260319T120033Z
UID:{u}
SUMMARY;LANGUAGE=de-DE:Zweitgespräch Lead UX Researcher (m/w/d) - Priya Shah
{org("j.brandt@lindgruen.de", "Brandt, Julia")}
{att(ME, "priya.shah.research@outlook.com")}
{att("t.reinhardt@lindgruen.de", "Reinhardt, Tobias")}
LOCATION:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY""", prodid=OUTLOOK, tz=("W. Europe Standard Time",)), u, "Lindgrün Energie",
    "Lead UX Researcher (m/w/d)", "hiring_manager", "t.reinhardt@lindgruen.de", "outlook-hm-windows-tz-de")

# 3 softgarden, German, no clear stage, "(UTC+01:00) ..." zone
u = "softgarden-itv-88201734@softgarden.io"
add("softgarden-de", cal(f"""UID:{u}
DTSTAMP:20260316T101500Z
DTSTART;TZID="{BER_W}":20260402T100000
DTEND;TZID="{BER_W}":20260402T110000
{org("noreply@softgarden.io", "Fahrwerk Mobility GmbH")}
{att(ME, "Priya Shah")}
SUMMARY:Einladung zum Vorstellungsgespräch: Principal UX Researcher (w/m/d)
{desc("Sehr geehrte Frau Shah,¶¶wir freuen uns, Sie zu einem Vorstellungsgespräch für die Position Principal UX "
      "Researcher (w/m/d) einzuladen. Gesprächspartner: Anja Meißner (Teamlead Product Design) und Kerem Yıldız "
      "(Product Owner).¶¶Mit freundlichen Grüßen¶Fahrwerk Mobility GmbH, München" + meet("fwk-ubte-mmr", "de"))}
LOCATION:Google Meet
STATUS:CONFIRMED""", prodid="-//softgarden//Interview//DE", tz=(BER_W,)), u, "Fahrwerk Mobility",
    "Principal UX Researcher (w/m/d)", "", "Anja Meißner;Kerem Yıldız", "softgarden-windows-zone-name-de")

# 4 Outlook, German insurer, case presentation
u = "040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DC0100000000000000001000000019E2"
add("outlook-de-case", cal(f"""{desc("Liebe Frau Shah,¶¶anbei die Einladung zur Präsentation Ihrer Fallstudie "
      "(Research-Plan für unsere Schadenmeldung-App). 30 Min. Präsentation, 30 Min. Fragen.¶Teilnehmende: Dr. "
      "Henrike Voss (Bereichsleitung Digital), Malte Jansen (UX Lead).¶Adresse: Kontor Versicherung AG, "
      "Ballindamm 17, 20095 Hamburg, 3. OG")}
DTSTART;TZID=W. Europe Standard Time:20260416T130000
DTEND;TZID=W. Europe Standard Time:20260416T140000
DTSTAMP:20260407T080000Z
UID:{u}
SUMMARY;LANGUAGE=de-DE:Fallstudie-Präsentation Priya Shah - Lead UX Research
{org("karriere@kontor-versicherung.de", "Kontor Versicherung Karriere")}
{att(ME, "Shah, Priya")}
{att("henrike.voss@kontor-versicherung.de", "Voss, Henrike Dr.")}
{att("malte.jansen@kontor-versicherung.de", "Jansen, Malte")}
{att("hh-ballindamm-3-07@kontor-versicherung.de", "HH-Ballindamm 3.07", cutype="ROOM", role="NON-PARTICIPANT")}
LOCATION:HH-Ballindamm 3.07""", prodid=EXCHANGE, tz=("W. Europe Standard Time",)), u, "Kontor Versicherung",
    "Lead UX Research", "technical", "henrike.voss@kontor-versicherung.de;malte.jansen@kontor-versicherung.de",
    "exchange-case-room-de")

# 5 Teamtailor, German, final with the founders
u = "tt-mosaik-27781-final@teamtailor.com"
add("teamtailor-de-final", cal(f"""UID:{u}
DTSTAMP:20260422T150000Z
DTSTART;TZID=Europe/Berlin:20260429T160000
DTEND;TZID=Europe/Berlin:20260429T170000
{org("no-reply@teamtailor.com", "Mosaik Health")}
{att(ME, "Priya Shah")}
{att("lea@mosaik.health", "Lea Vogt")}
{att("jonas@mosaik.health", "Jonas Albrecht")}
SUMMARY:Abschlussgespräch mit der Geschäftsführung - Mosaik Health
{desc("Hi Priya,¶¶zum Abschluss des Prozesses für die Rolle Head of User Research möchten Lea und Jonas "
      "(Gründer:innen) dich kennenlernen. Wir sprechen Englisch.¶¶Liebe Grüße¶Mosaik Health Team"
      + zoom("812 7730 4415", "TW9zYWlr", "us06web"))}
LOCATION:Zoom
STATUS:CONFIRMED""", prodid="-//Teamtailor//Teamtailor//EN", tz=("Europe/Berlin",)), u, "Mosaik Health",
    "Head of User Research", "final", "lea@mosaik.health;jonas@mosaik.health", "teamtailor-final-de")

# 6 French, Welcome to the Jungle style, hiring manager, Romance Standard Time
u = "wttj-maisonlumen-5a1c3e-entretien@welcometothejungle.com"
add("wttj-fr-hm", cal(f"""UID:{u}
DTSTAMP:20260309T140000Z
DTSTART;TZID=Romance Standard Time:20260317T100000
DTEND;TZID=Romance Standard Time:20260317T104500
{org("recrutement@maisonlumen.fr", "Maison Lumen - Recrutement")}
{att(ME, "Priya Shah")}
{att("claire.morel@maisonlumen.fr", "Claire Morel")}
SUMMARY:Entretien avec Claire Morel (Head of Design) - Lead UX Researcher
{desc("Bonjour Priya,¶¶Suite à notre échange, nous avons le plaisir de vous confirmer votre entretien avec "
      "Claire Morel, Head of Design et future manager du poste. L'entretien se déroulera en anglais.¶¶Bien à vous,"
      "¶L'équipe Talent de Maison Lumen" + teams("fr", "355 410 882 091", "ML4xq9"))}
LOCATION:Réunion Microsoft Teams
STATUS:CONFIRMED""", prodid=OUTLOOK, tz=("Romance Standard Time",)), u, "Maison Lumen", "Lead UX Researcher",
    "hiring_manager", "claire.morel@maisonlumen.fr", "wttj-hm-fr")

# 7 Teamtailor, French, phone screen
u = "tt-solenne-99120-tel@teamtailor.com"
add("teamtailor-fr-phone", cal(f"""UID:{u}
DTSTAMP:20260305T093000Z
DTSTART;TZID=Europe/Paris:20260311T140000
DTEND;TZID=Europe/Paris:20260311T143000
{org("no-reply@teamtailor.com", "Solenne")}
{att(ME, "Priya Shah")}
{att("marion.leclerc@solenne.eu", "Marion Leclerc")}
SUMMARY:Entretien téléphonique - Lead UX Researcher (Remote) - Solenne
{desc("Bonjour Priya,¶¶Marion Leclerc, Talent Acquisition Manager, vous appellera au +44 7700 900412 pour un "
      "premier échange de 30 minutes.¶¶À bientôt,¶L'équipe Solenne")}
LOCATION:Appel téléphonique
STATUS:CONFIRMED""", prodid="-//Teamtailor//Teamtailor//FR", tz=("Europe/Paris",)), u, "Solenne",
    "Lead UX Researcher (Remote)", "recruiter_screen", "marion.leclerc@solenne.eu", "teamtailor-phone-fr")

# 8 Google, French, case restitution
u = "1q5w9e3r7t2y6u0i4o8p@google.com"
add("google-fr-case", cal(f"""DTSTART:20260415T080000Z
DTEND:20260415T091500Z
DTSTAMP:20260409T160012Z
{org("adrien.fabre@pivotsante.fr", "Adrien Fabre")}
UID:{u}
{att(ME, "Priya Shah")}
{att("adrien.fabre@pivotsante.fr", "Adrien Fabre", part="ACCEPTED", rsvp=False)}
{att("ines.benali@pivotsante.fr", "Inès Benali", part="ACCEPTED", rsvp=False)}
{desc("Restitution de l'étude de cas (parcours de prise de rendez-vous) - 30 min de présentation puis échange "
      "avec Adrien (VP Product) et Inès (Lead Designer). En anglais, pas de souci !" + meet("pvs-nqwe-aae", "fr"))}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pivot Santé x Priya - restitution étude de cas
TRANSP:OPAQUE""", prodid="-//Google Inc//Google Calendar 70.9054//FR"), u, "Pivot Santé", "", "technical",
    "adrien.fabre@pivotsante.fr;ines.benali@pivotsante.fr", "google-case-fr")

# 9 French, panel with the product team in Paris
u = "kiosque-panel-20260423-ps@kiosque.media"
add("fr-panel", cal(f"""UID:{u}
DTSTAMP:20260414T110000Z
DTSTART;TZID=Europe/Paris:20260423T140000
DTEND;TZID=Europe/Paris:20260423T163000
{org("talents@kiosque.media", "Talents Kiosque")}
{att(ME, "Priya Shah")}
{att("hugo.marchand@kiosque.media", "Hugo Marchand")}
{att("sarah.cohen@kiosque.media", "Sarah Cohen")}
{att("thomas.nguyen@kiosque.media", "Thomas Nguyen")}
SUMMARY:Kiosque - Entretiens sur site (Lead UX Researcher)
{desc("Programme de l'après-midi :¶14h00 Présentation portfolio - Hugo Marchand (CPO)¶14h45 Entretien "
      "Research Ops - Sarah Cohen¶15h30 Entretien équipe Data - Thomas Nguyen¶¶Adresse : Kiosque Médias, 12 rue "
      "du Faubourg Poissonnière, 75010 Paris. Demandez l'équipe Talents à l'accueil.")}
LOCATION:Kiosque Médias\\, 12 rue du Faubourg Poissonnière\\, 75010 Paris
STATUS:CONFIRMED""", prodid="-//Ashby//Interview Scheduling//FR", tz=("Europe/Paris",)), u, "Kiosque Médias",
    "Lead UX Researcher", "onsite",
    "hugo.marchand@kiosque.media;sarah.cohen@kiosque.media;thomas.nguyen@kiosque.media", "ashby-onsite-fr")

# 10 Teamtailor, Spanish, final with the CEO
u = "tt-cobalto-44021-final@teamtailor.com"
add("teamtailor-es-final", cal(f"""UID:{u}
DTSTAMP:20260413T090000Z
DTSTART;TZID=Europe/Madrid:20260420T170000
DTEND;TZID=Europe/Madrid:20260420T174500
{org("no-reply@teamtailor.com", "Cobalto Finanzas")}
{att(ME, "Priya Shah")}
{att("alvaro.ibanez@cobalto.es", "Álvaro Ibáñez")}
SUMMARY:Entrevista final con el CEO - Lead UX Researcher (remoto)
{desc("¡Hola Priya!¶¶Te confirmamos la entrevista final con Álvaro Ibáñez, CEO de Cobalto Finanzas. La "
      "conversación será en inglés.¶¶Un saludo,¶Equipo de Talento de Cobalto" + meet("cbt-aazx-rre", "es"))}
LOCATION:Google Meet
STATUS:CONFIRMED""", prodid="-//Teamtailor//Teamtailor//ES", tz=("Europe/Madrid",)), u, "Cobalto Finanzas",
    "Lead UX Researcher (remoto)", "final", "alvaro.ibanez@cobalto.es", "teamtailor-final-es")

# 11 Workable, Spanish, recruiter call
u = "workable-vela-71c2a9e04b@workablemail.com"
add("workable-es-screen", cal(f"""UID:{u}
DTSTAMP:20260310T120000Z
DTSTART;TZID=Europe/Madrid:20260316T103000
DTEND;TZID=Europe/Madrid:20260316T110000
{org("lucia.ferrer@veladigital.com", "Lucía Ferrer")}
{att(ME, "Priya Shah")}
SUMMARY:Llamada con Talent Acquisition - Principal UX Researcher - Vela Digital
{desc("Hola Priya,¶¶Gracias por tu interés en Vela Digital. Lucía Ferrer (Talent Acquisition) te llamará para "
      "una primera conversación de 30 minutos sobre el puesto de Principal UX Researcher.¶¶Enviado con Workable")}
LOCATION:Llamada telefónica
STATUS:CONFIRMED""", prodid="-//Workable//Workable//EN", tz=("Europe/Madrid",)), u, "Vela Digital",
    "Principal UX Researcher", "recruiter_screen", "lucia.ferrer@veladigital.com", "workable-phone-es")

# 12 Outlook, Spanish, case exercise
u = "040000008200E00074C5B7101A82E008000000007D6C5B4A3928DC010000000000000000100000008B3F"
add("outlook-es-case", cal(f"""{desc("Hola Priya,¶¶Te enviamos la convocatoria para la entrevista técnica: caso "
      "práctico de research (planificación de un estudio sobre reservas de última hora). Estarán Marta Gil "
      "(Head of Product Design) y Sergio Navarro (UX Research Manager).¶¶Un saludo," + teams("es"))}
DTSTART;TZID=Romance Standard Time:20260402T160000
DTEND;TZID=Romance Standard Time:20260402T171500
DTSTAMP:20260326T101500Z
UID:{u}
SUMMARY;LANGUAGE=es-ES:Entrevista técnica - caso práctico - Priya Shah
{org("seleccion@miradorviajes.es", "Selección Mirador Viajes")}
{att(ME, "Shah, Priya")}
{att("marta.gil@miradorviajes.es", "Gil, Marta")}
{att("sergio.navarro@miradorviajes.es", "Navarro, Sergio")}
LOCATION:Reunión de Microsoft Teams""", prodid=OUTLOOK, tz=("Romance Standard Time",)), u, "Mirador Viajes", "",
    "technical", "marta.gil@miradorviajes.es;sergio.navarro@miradorviajes.es", "outlook-case-es")

# 13 Dutch company, English, Windows "(UTC+01:00)" zone
u = "040000008200E00074C5B7101A82E00800000000C0FFEE1234ABDC0100000000000000001000000090AA"
add("outlook-ams", cal(f"""{desc("Dear Priya,¶¶Thank you for your application for Lead UX Researcher (remote, "
      "Europe). I'd like to invite you for an interview with me - I lead the Passenger Experience team you'd be "
      "joining.¶¶Kind regards,¶Floor van Dijk" + teams("en", "342 118 667 019", "VrN8kz"))}
DTSTART;TZID="{AMS_W}":20260407T150000
DTEND;TZID="{AMS_W}":20260407T160000
DTSTAMP:20260331T100000Z
UID:{u}
SUMMARY:Interview Lead UX Researcher - Priya Shah / Floor van Dijk
{org("floor.vandijk@vantagerail.nl", "Dijk, Floor van")}
{att(ME, "Priya Shah")}
LOCATION:Microsoft Teams Meeting""", prodid=OUTLOOK, tz=(AMS_W,)), u, "Vantage Rail", "Lead UX Researcher",
    "hiring_manager", "floor.vandijk@vantagerail.nl", "outlook-utc-plus-one-zone-en")

# 14 direct Zoom from a consultancy partner, no stage
u = "zoom-8f2d9c1a7b@hollisbray.com"
add("zoom-direct", cal(f"""UID:{u}
DTSTAMP:20260323T171000Z
DTSTART;TZID=Europe/London:20260325T083000
DTEND;TZID=Europe/London:20260325T091500
{org("ed.hollis@hollisbray.com", "Ed Hollis")}
{att(ME, "Priya Shah")}
SUMMARY:Hollis & Bray - interview - Lead Researcher
{desc("Priya, looking forward to it. I'll be joined by my co-founder Mina Bray (mina.bray@hollisbray.com)."
      + zoom("889 0021 5573", "SG9sbGlz"))}
LOCATION:https://us02web.zoom.us/j/88900215573
STATUS:CONFIRMED""", tz=("Europe/London",)), u, "Hollis & Bray", "Lead Researcher", "",
    "ed.hollis@hollisbray.com;mina.bray@hollisbray.com", "zoom-direct-body-interviewer-en")

# 15 Ashby final round, UTC
u = "ashby-int-lantern-final-7e3c2a10"
add("ashby-final", cal(f"""UID:{u}
DTSTAMP:20260324T101010Z
DTSTART:20260331T130000Z
DTEND:20260331T143000Z
SUMMARY:Lantern Health - Final Round - Priya Shah
{org("recruiting@lanternhealth.com", "Lantern Health Recruiting")}
{att(ME, "Priya Shah")}
{att("grace.mwangi@lanternhealth.com", "Grace Mwangi")}
{att("oliver.park@lanternhealth.com", "Oliver Park")}
{att("megan.doyle@lanternhealth.com", "Megan Doyle", role="OPT-PARTICIPANT")}
{desc("Final Round for Lead UX Researcher¶13:00 Leadership & values - Grace Mwangi (COO)¶13:45 Research "
      "vision - Oliver Park (CPO)¶Megan (recruiter) will be on the invite for logistics only." + meet("lnt-pokq-awe")
      + "¶¶Powered by Ashby")}
STATUS:CONFIRMED"""), u, "Lantern Health", "Lead UX Researcher", "final",
    "grace.mwangi@lanternhealth.com;oliver.park@lanternhealth.com", "ashby-final-coordinator-en")

# 16 final in the Oslo office, invite from the hiring manager
u = "halden-final-oslo-2026-04-14@halden.no"
add("final-oslo", cal(f"""UID:{u}
DTSTAMP:20260331T074500Z
DTSTART;TZID=Europe/Oslo:20260414T100000
DTEND;TZID=Europe/Oslo:20260414T140000
{org("erik.haugen@halden.no", "Erik Haugen")}
{att(ME, "Priya Shah")}
{att("erik.haugen@halden.no", "Erik Haugen", part="ACCEPTED", rsvp=False)}
{att("sofie.berg@halden.no", "Sofie Berg")}
SUMMARY:Final round - Principal UX Researcher - Halden (Oslo office)
{desc("Welcome to Oslo! Half-day final: portfolio (Erik, VP Design), team lunch, then a session with Sofie "
      "(Head of Data). We reimburse your flights - keep receipts. Office: Halden Mobility, Tollbugata 24, Oslo.")}
LOCATION:Halden Mobility\\, Tollbugata 24\\, 0157 Oslo
STATUS:CONFIRMED""", tz=("Europe/Oslo",)), u, "Halden Mobility", "Principal UX Researcher", "final",
    "erik.haugen@halden.no;sofie.berg@halden.no", "direct-final-travel-en")

# 17 Greenhouse technical
u = "gh-copperline-9928317-case@greenhouse.io"
add("greenhouse-case", cal(f"""DTSTART:20260414T123000Z
DTEND:20260414T133000Z
DTSTAMP:20260408T090909Z
UID:{u}
{org("no-reply@greenhouse.io", "Copperline Recruiting")}
{att(ME, "Priya Shah")}
{att("aisha.kamara@copperline.io", "Aisha Kamara")}
SUMMARY:Copperline | Research Case Study Review | Priya Shah
{desc("Interviewer: Aisha Kamara (Staff UX Researcher)¶Candidate: Priya Shah¶Job: Principal UX Researcher, "
      "Payments Platform¶¶Please have your case study deck ready to share." + zoom("927 6630 1182"))}
LOCATION:Zoom
STATUS:CONFIRMED"""), u, "Copperline", "Principal UX Researcher, Payments Platform", "technical",
    "aisha.kamara@copperline.io", "greenhouse-case-en")

# 18 updated invitation, recruiter call
u = "4d8h2l6p0t4x8b2f6j0n@google.com"
add("google-updated-screen", cal(f"""DTSTART:20260305T113000Z
DTEND:20260305T120000Z
DTSTAMP:20260303T150000Z
{org("nat.osei@beaconlearning.org", "Nat Osei")}
UID:{u}
{att(ME, "Priya Shah")}
{att("nat.osei@beaconlearning.org", "Nat Osei", part="ACCEPTED", rsvp=False)}
{desc("Updated: moved 30 min later, sorry! Intro call re: Lead User Researcher at Beacon Learning - I'm "
      "the recruiter, we'll talk through the role, team and your expectations." + meet("bcn-zzqa-lop"))}
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Beacon Learning - Recruiter call - Priya Shah
TRANSP:OPAQUE"""), u, "Beacon Learning", "Lead User Researcher", "recruiter_screen", "nat.osei@beaconlearning.org",
    "google-updated-recruiter-en")

# 19 Personio, English, case interview at a Munich company
u = "personio-fahrwerk-5520-case@personio.de"
add("personio-en-case", cal(f"""UID:{u}
DTSTAMP:20260409T080000Z
DTSTART;TZID=Europe/Berlin:20260417T110000
DTEND;TZID=Europe/Berlin:20260417T123000
{org("jobs@fahrwerk.io", "Fahrwerk Mobility GmbH")}
{att(ME, "Priya Shah")}
{att("anja.meissner@fahrwerk.io", "Anja Meißner")}
SUMMARY:Case interview - Principal UX Researcher (w/m/d) - Priya Shah
{desc("Hi Priya, as the next step you'll work through a live research case with Anja Meißner. Link: "
      "https://meet.google.com/fwk-case-qtr ¶¶Best, Fahrwerk People Team (sent via Personio)")}
LOCATION:https://meet.google.com/fwk-case-qtr
STATUS:CONFIRMED""", prodid="-//Personio GmbH//Personio Recruiting//EN", tz=("Europe/Berlin",)), u,
    "Fahrwerk Mobility", "Principal UX Researcher (w/m/d)", "technical", "anja.meissner@fahrwerk.io",
    "personio-case-en")

# 20 Exchange, final
u = "040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC01000000000000000010000000FF21"
add("exchange-final", cal(f"""{desc("Priya - final interview for Principal UX Researcher with our Chief Content "
      "Officer and Director of Technology. Reception B, Broadcast Centre. Rachel")}
DTSTART;TZID=GMT Standard Time:20260417T093000
DTEND;TZID=GMT Standard Time:20260417T103000
DTSTAMP:20260410T150000Z
UID:{u}
SUMMARY:Final interview - Principal UX Researcher - MBC
{org("rachel.ng@meridianbc.co.uk", "Ng, Rachel")}
{att(ME, "Priya Shah")}
{att("v.okafor@meridianbc.co.uk", "Okafor, Victoria")}
{att("s.mehta@meridianbc.co.uk", "Mehta, Sunil")}
LOCATION:MBC Broadcast Centre\\, Reception B""", prodid=EXCHANGE, tz=("GMT Standard Time",)), u,
    "Meridian Broadcasting", "Principal UX Researcher", "final", "v.okafor@meridianbc.co.uk;s.mehta@meridianbc.co.uk",
    "exchange-final-en")
