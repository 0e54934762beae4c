"""holdout96 interviews, part E: German, French and Spanish employers hiring for Ireland."""

from __future__ import annotations

from holdout96ev_boiler import teams_de, teams_es, teams_fr
from holdout96ev_ics import (
    BERLIN,
    GOOGLE,
    MADRID,
    ME,
    OUTLOOK,
    PARIS,
    WIN_MADRID,
    WIN_ROMANCE,
    WIN_WEU,
    WIN_WEU_UTC,
    Ev,
    cal,
    esc,
    pos,
)

_AMS = '"(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"'
_BRU = '"(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"'


def events() -> list[Ev]:
    out: list[Ev] = []

    d = esc("""Sehr geehrte Frau Doyle,

vielen Dank für Ihre Bewerbung als Area Manager Irland (m/w/d). Gerne möchten wir Sie zu einem ersten
Kennenlerngespräch mit Ihrem zukünftigen Vorgesetzten, Herrn Jörg Behrendt (Regionalleiter Irland),
einladen. Das Gespräch findet auf Englisch statt.

""" + teams_de("MmI0NzAxYjMtZmQ3", "Xa3vB7") + """

Mit freundlichen Grüßen
Ihr Recruiting-Team
Fennick Lebensmittel GmbH & Co. KG | Personio""")
    out.append(pos("personio-teams-de", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN="Fennick Recruiting":mailto:recruiting@fennick.de
ATTENDEE;CN="Ciara Doyle";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN="Behrendt, Jörg";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:joerg.behrendt@fennick.de
DESCRIPTION;LANGUAGE=de-DE:{d}
UID:040000008200E00074C5B7101A82E0080000000030B1A6D2E83EDC010000000000000000100000002F4E6D8C0B1A3958
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch: Area Manager Irland (m/w/d) - Ciara Doyle
DTSTART;TZID="W. Europe Standard Time":20251002T110000
DTEND;TZID="W. Europe Standard Time":20251002T120000
DTSTAMP:20250926T074500Z
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""", tz=(WIN_WEU,)), "Fennick", "Area Manager Irland (m/w/d)", "hiring_manager", "joerg.behrendt@fennick.de",
        "personio-teams-de"))

    d = esc("""Hallo Ciara,

wie besprochen hier die Einladung zum Assessment-Center für die Position Area Manager Irland.
Ort: Fennick Logistikzentrum Naas, Co. Kildare. Ablauf (auf Englisch): Gruppenübung, Filialbegehung in der
Filiale Naas, Interview mit Jörg Behrendt und Siobhán Kerr (HR Manager Irland).
Bitte Lichtbildausweis mitbringen.

Viele Grüße
Anja Brandt, Recruiting""")
    out.append(pos("outlook-assessment-center-de", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN="Brandt, Anja";SENT-BY="mailto:recruiting@fennick.de":mailto:anja.brandt@fennick.de
ATTENDEE;CN="Ciara Doyle";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN="Behrendt, Jörg";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:joerg.behrendt@fennick.de
ATTENDEE;CN="Kerr, Siobhán";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:siobhan.kerr@fennick.ie
DESCRIPTION;LANGUAGE=de-DE:{d}
UID:040000008200E00074C5B7101A82E00800000000D0A7F3C25B41DC0100000000000000001000000061C3E5A7092B4D6F
SUMMARY;LANGUAGE=de-DE:Assessment-Center Area Manager Irland - Ciara Doyle
DTSTART;TZID={_AMS}:20251021T100000
DTEND;TZID={_AMS}:20251021T163000
DTSTAMP:20251009T120000Z
LOCATION;LANGUAGE=de-DE:Fennick Logistikzentrum Naas\\, Co. Kildare\\, Irland
SEQUENCE:0
END:VEVENT
""", tz=(WIN_WEU_UTC,)), "Fennick", "Area Manager Irland", "onsite",
        "joerg.behrendt@fennick.de;siobhan.kerr@fennick.ie", "outlook-assessment-center-sentby-de"))

    d = esc("""Hallo Ciara Doyle,

vielen Dank für Ihr Interesse an Sportwelt Keller! Wir freuen uns, Sie zu einem ersten Video-Interview
für die Stelle „Area Manager Irland (w/m/d)" einzuladen. Ihre Ansprechpartnerin: Lea Hartmann (Recruiting).
Das Gespräch kann gerne auf Englisch geführt werden.

""" + teams_de("NGE5MmQwZWYtYjYx", "Tq6mW2") + """

Sportwelt Keller GmbH · Karriere · powered by softgarden""")
    out.append(pos("softgarden-teams-de", cal("-//softgarden//Interview//DE", f"""
BEGIN:VEVENT
UID:softgarden-appointment-90417733@softgarden.io
DTSTAMP:20251013T090000Z
DTSTART;TZID=Europe/Berlin:20251017T150000
DTEND;TZID=Europe/Berlin:20251017T153000
SUMMARY:Video-Interview: Area Manager Irland (w/m/d) - Sportwelt Keller
ORGANIZER;CN=Sportwelt Keller Recruiting:mailto:noreply@softgarden.io
ATTENDEE;CN=Ciara Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Lea Hartmann;ROLE=REQ-PARTICIPANT:mailto:lea.hartmann@sportwelt-keller.de
DESCRIPTION:{d}
LOCATION:Microsoft Teams
END:VEVENT
""", tz=(BERLIN,)), "Sportwelt Keller", "Area Manager Irland (w/m/d)", "recruiter_screen",
        "lea.hartmann@sportwelt-keller.de", "softgarden-video-de"))

    d = esc("""Hallo Frau Doyle,

herzlichen Dank für das angenehme erste Gespräch. Gerne laden wir Sie zur finalen Gesprächsrunde mit
unserem Geschäftsführer Markus Keller ein. Treffpunkt ist unsere zukünftige Filiale in Dublin (Baustelle,
bitte festes Schuhwerk). Ich begleite den Termin organisatorisch.

Beste Grüße
Lea Hartmann""")
    out.append(pos("google-final-de", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251112T120000
DTEND;TZID=Europe/Berlin:20251112T140000
DTSTAMP:20251103T100500Z
ORGANIZER;CN=Lea Hartmann:mailto:lea.hartmann@sportwelt-keller.de
UID:5mt3c8bq1ve6n0r9gk4pdh2jas@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ciara Doyle;\
X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Markus Keller;\
X-NUM-GUESTS=0:mailto:m.keller@sportwelt-keller.de
DESCRIPTION:{d}
LOCATION:Sportwelt Keller Dublin (neue Filiale)\\, Mary Street\\, Dublin 1
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Finales Gespräch Area Manager Irland - Ciara Doyle / Markus Keller
TRANSP:OPAQUE
END:VEVENT
""", tz=(BERLIN,)), "Sportwelt Keller", "Area Manager Irland", "final", "m.keller@sportwelt-keller.de",
        "google-final-coordinator-de"))

    d = esc("""Bonjour Ciara,

Suite à votre candidature au poste de Responsable de Zone Irlande (H/F), nous avons le plaisir de vous
convier à un entretien avec Camille Roux, Directrice Régionale Royaume-Uni & Irlande.
L'entretien se déroulera en anglais.

""" + teams_fr("ZjE3YzI5NDgtMGE1", "Lr5kD8") + """

Cordialement,
L'équipe Recrutement Maison Laurent""")
    out.append(pos("workday-teams-fr", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN="Recrutement Maison Laurent":mailto:maisonlaurent@myworkday.com
ATTENDEE;CN="Ciara Doyle";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN="ROUX Camille";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:camille.roux@maisonlaurent.fr
DESCRIPTION;LANGUAGE=fr-FR:{d}
UID:040000008200E00074C5B7101A82E00800000000B7E2A0C4D13FDC01000000000000000010000000C0FFEE4411223344
SUMMARY;LANGUAGE=fr-FR:Entretien - Responsable de Zone Irlande (H/F) - Ciara Doyle
DTSTART;TZID="Romance Standard Time":20251009T150000
DTEND;TZID="Romance Standard Time":20251009T160000
DTSTAMP:20251002T132000Z
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
SEQUENCE:0
END:VEVENT
""", tz=(WIN_ROMANCE,)), "Maison Laurent", "Responsable de Zone Irlande (H/F)", "hiring_manager",
        "camille.roux@maisonlaurent.fr", "workday-teams-romance-fr"))

    d = esc("""Bonjour Ciara,

Camille et moi serons ravies de vous rencontrer pour l'entretien final (Area Manager Ireland) dans nos
bureaux de Londres. Prévoir une présentation de 15 minutes : votre plan à 100 jours pour les 6 boutiques
irlandaises. Interview in English.

Hélène Marchand
DRH International - Maison Laurent""")
    out.append(pos("google-final-paris-tz-fr", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251105T150000
DTEND;TZID=Europe/Paris:20251105T163000
DTSTAMP:20251027T161800Z
ORGANIZER;CN=Hélène Marchand:mailto:helene.marchand@maisonlaurent.fr
UID:4rk9d2fm6p0ta3s8ul1bje5vhc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ciara.doyle.retail@gmail.com;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Camille Roux;\
X-NUM-GUESTS=0:mailto:camille.roux@maisonlaurent.fr
DESCRIPTION:{d}
LOCATION:Maison Laurent UK\\, 14 Conduit Street\\, London W1S 2XH
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien final - Ciara Doyle - Area Manager Ireland
TRANSP:OPAQUE
END:VEVENT
""", tz=(PARIS,)), "Maison Laurent", "Area Manager Ireland", "final",
        "helene.marchand@maisonlaurent.fr;camille.roux@maisonlaurent.fr", "google-final-presentation-fr"))

    d = esc("""Hola Ciara:

Gracias por tu interés en Ribera Moda. Te confirmamos una primera entrevista por Teams para la posición
de Area Manager Irlanda con Lucía Ortega (Talent Acquisition). La entrevista será en inglés.

""" + teams_es("OTg3NmE1ZDQtYzMy", "Mn9bV1") + """

Un saludo,
Talento Ribera Moda""")
    out.append(pos("outlook-teams-es", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN="Ortega Ruiz, Lucía":mailto:lucia.ortega@riberamoda.es
ATTENDEE;CN="Ciara Doyle";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
DESCRIPTION;LANGUAGE=es-ES:{d}
UID:040000008200E00074C5B7101A82E00800000000E2C5A8B17F40DC01000000000000000010000000ABCDEF0123456789AB
SUMMARY;LANGUAGE=es-ES:Entrevista Area Manager Irlanda - Ciara Doyle
DTSTART;TZID={_BRU}:20251001T110000
DTEND;TZID={_BRU}:20251001T113000
DTSTAMP:20250925T083000Z
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
SEQUENCE:0
END:VEVENT
""", tz=(WIN_MADRID,)), "Ribera Moda", "Area Manager Irlanda", "recruiter_screen",
        "lucia.ortega@riberamoda.es", "outlook-teams-utc-zone-es"))

    d = esc("""Hi Ciara,

Following your conversation with Lucía, I'd like to meet you myself for the Area Manager Ireland role.
I'll be in Dublin visiting our Grafton Street and Dundrum stores - let's meet at Grafton Street.

Un saludo,
Javier Sanz
Director de Operaciones Retail UK & Irlanda | Ribera Moda""")
    out.append(pos("google-madrid-hm-es", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251016T170000
DTEND;TZID=Europe/Madrid:20251016T180000
DTSTAMP:20251007T110000Z
ORGANIZER;CN=Javier Sanz:mailto:javier.sanz@riberamoda.es
UID:6ul4b8ng2ct0f7m1kd9sq3rapv@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ciara.doyle.retail@gmail.com;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Javier Sanz;\
X-NUM-GUESTS=0:mailto:javier.sanz@riberamoda.es
DESCRIPTION:{d}
LOCATION:Ribera Moda\\, Grafton Street\\, Dublin 2
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ciara Doyle / Javier Sanz - Area Manager Ireland
TRANSP:OPAQUE
END:VEVENT
""", tz=(MADRID,)), "Ribera Moda", "Area Manager Ireland", "hiring_manager", "javier.sanz@riberamoda.es",
        "google-madrid-tz-hm-es"))
    return out
