"""holdout76: Kenji Watanabe on the hiring side at Neckartal Antriebe (part B). Raw iCalendar, CC0 1.0."""

from __future__ import annotations

from holdout76ev_ics import TZ_BERLIN, TZ_WIN, ev, outlook_x, teams

TZ_ROMANCE = TZ_WIN.replace("W. Europe Standard Time", "Romance Standard Time")


def neg(trap: str) -> tuple:
    return (0, "", "", "", "", trap)


def _outlook(uid_tail: str, summary: str, start: str, end: str, attendees: str, location: str,
             lang: str = "de-DE", tzid: str = "W. Europe Standard Time", organizer: str = "") -> str:
    """A plain Exchange invitation around the given lines (the description stays a {D} placeholder)."""
    org = organizer or 'ORGANIZER;CN="Zimmermann, Nina":mailto:n.zimmermann@neckartal-antriebe.de'
    return f"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{{RAW_TZ}}
BEGIN:VEVENT
{org}
{attendees.strip()}
DESCRIPTION;LANGUAGE={lang}:{{D}}
UID:040000008200E00074C5B7101A82E00800000000{uid_tail}
SUMMARY;LANGUAGE={lang}:{summary}
DTSTART;TZID={tzid}:{start}
DTEND;TZID={tzid}:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251101T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE={lang}:{location}
{{RAW_X}}
END:VEVENT
END:VCALENDAR
"""


_ME = ('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Watanabe, Kenji":mailto:k.watanabe@neckartal-'
       "\n antriebe.de")

EVENTS = [
    ev("softgarden-interview-kit-de", _outlook(
        "4B0E7C2A91ADDC01000000000000000010000000A7C3E9F1D5B2084E\n 6C9A2F0D3B7E1584",
        "Interview-Kit: Strategischer Einkäufer (m/w/d) – Kandidat Tim Hofmann", "20251104T130000",
        "20251104T140000", _ME + """
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bauer, Anna":mailto:a.bauer@neckartal-antrieb
 e.de""", "PLO Geb.1 Raum Fils"), neg("user-as-interviewer-interview-kit-de"), RAW_TZ=TZ_WIN,
       RAW_X=outlook_x(0, "118230556"), D="""
Hallo Kenji, hallo Anna,

für das Gespräch mit Tim Hofmann (Bewerbung über softgarden, tim.hofmann1990@gmail.com) findet ihr das
Interview-Kit in softgarden unter „Bewerber → Hofmann → Interviewleitfaden": Fragen zu Kostenanalysen,
Verhandlungsführung und Lieferantenentwicklung, plus Bewertungsmatrix (1–5).
Bitte die Bewertung direkt nach dem Gespräch eintragen.

Danke! Nina
"""),
    ev("hiring-committee-works-council-de", _outlook(
        "9F2D4B8E03BDDC010000000000000000100000001E5A8C3F7B0D2946\n D8F1B4A7C0E3A592",
        "Besetzungsrunde stv. Leitung Einkauf – Abstimmung HR / BR", "20251128T100000", "20251128T110000",
        _ME + """
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Betriebsrat Werk Plochingen":mailto:betriebsra
 t.plo@neckartal-antriebe.de""", "PLO Geb.1 Raum Neckar"), neg("user-as-interviewer-hiring-committee-de"),
       RAW_TZ=TZ_WIN, RAW_X=outlook_x(0, "-620441877"), D="""
Tagesordnung:
1. Vorstellung der drei Kandidat:innen nach den Zweitgesprächen (Kenji)
2. Bewertungsmatrix und Empfehlung
3. Anhörung Betriebsrat gem. § 99 BetrVG – Terminplanung
4. Nächste Schritte: Angebot / Absagen
"""),
    ev("azubi-interview-parent-de", _outlook(
        "2C8A6E0B14CDDC01000000000000000010000000B4D9F2A6C0E3175B\n 8E2A5C1F9D6B3047",
        "Vorstellungsgespräch Azubi Industriekaufmann/-frau – Leonie Maier (mit Fr. Krämer)", "20251210T153000",
        "20251210T161500", _ME + """
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=leonie.maier2008@icloud.com:mailto:leonie.m
 aier2008@icloud.com""", "Ausbildungswerkstatt Plochingen\\, Besprechungsecke",
        organizer='ORGANIZER;CN="Krämer, Silke":mailto:s.kraemer@neckartal-antriebe.de'),
       neg("user-as-interviewer-apprentice-de"), RAW_TZ=TZ_WIN, RAW_X=outlook_x(0, "300198455"), D="""
Liebe Leonie,

wir freuen uns, dich zum Vorstellungsgespräch für die Ausbildung zur Industriekauffrau (Start September 2026)
einzuladen. Gesprächspartner: Herr Watanabe (Leiter Supply Chain Management, dein künftiger Einsatzbereich im
zweiten Ausbildungsjahr) und ich. Gern können deine Eltern dich begleiten.

Viele Grüße
Silke Krämer, Ausbildungsleitung
"""),
    ev("candidate-case-round-de", _outlook(
        "7A3F1D9C25DDDC01000000000000000010000000E6B2A8D4F0C9531A\n 2D7F0B3E6A9C1485",
        "2. Runde Supply Chain Analyst – Fallstudie Präsentation (Kandidat: Felix Wagner)", "20251209T090000",
        "20251209T103000", _ME + """
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Schmid, Tobias":mailto:t.schmid@neckartal-antri
 ebe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=felix.wagner@posteo.de:mailto:felix.wagner@p
 osteo.de""", "PLO Geb.1 Raum Neckar"), neg("user-as-interviewer-candidate-case-study-de"), RAW_TZ=TZ_WIN,
       RAW_X=outlook_x(0, "988120734"), D="""
Sehr geehrter Herr Wagner,

wie besprochen laden wir Sie zur zweiten Runde ein. Bitte präsentieren Sie in 20 Minuten Ihre Analyse zur
Fallstudie „Sicherheitsbestände für 1.200 Sachnummern" vor Herrn Watanabe und Herrn Schmid.

Mit freundlichen Grüßen
Nina Zimmermann, Personal
"""),
    ev("teams-candidate-poland-en", _outlook(
        "5E9B3F1A47DDDC010000000000000000100000003C8E1A7D5B2F0964\n A1D4C7E0B9F2A368",
        "Interview: Logistics Coordinator (Wrocław plant) – candidate Katarzyna Lis", "20251117T100000",
        "20251117T104500", _ME + """
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kasia.lis@wp.pl:mailto:kasia.lis@wp.pl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Zielinski, Piotr":mailto:p.zielinski@neckartal
 -antriebe.pl""", "Microsoft Teams Meeting", lang="en-US",
        organizer='ORGANIZER;CN="Zielinski, Piotr":mailto:p.zielinski@neckartal-antriebe.pl'),
       neg("user-as-interviewer-teams-en"), RAW_TZ=TZ_WIN, RAW_X=outlook_x(0, "-401762288"), D="""
Dear Ms. Lis,

thank you for applying to Neckartal Antriebe Polska. Your interview will be held in English with Kenji Watanabe
(Head of Supply Chain Management, Germany) and me (Plant Manager Wrocław).

Best regards,
Piotr Zieliński

""" + teams("en", "384 551 207 639", "Wr3Kl9", "OWQ1ZTAy")),
    ev("outlook-romance-candidate-fr", _outlook(
        "8D1B6F4C70EDDC01000000000000000010000000F9A5D1C7B3E0286B\n 4E8C2A6F0D3B9571",
        "Entretien candidat – Acheteur projets (site de Haguenau) – M. Julien Roche", "20251121T140000",
        "20251121T150000", _ME + """
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julien.roche67@orange.fr:mailto:julien.roc
 he67@orange.fr""", "Réunion Microsoft Teams", lang="fr-FR", tzid="Romance Standard Time",
        organizer='ORGANIZER;CN="Lefèvre, Aurélie":mailto:a.lefevre@neckartal-antriebe.fr'),
       neg("user-as-interviewer-fr"), RAW_TZ=TZ_ROMANCE, RAW_X=outlook_x(0, "655013098"), D="""
Bonjour Monsieur Roche,

Suite à notre échange téléphonique, je vous confirme votre entretien pour le poste d'acheteur projets sur notre
site de Haguenau. Vous échangerez avec M. Kenji Watanabe, responsable Supply Chain du groupe en Allemagne, et
moi-même. L'entretien se tiendra en anglais et en français.

Cordialement,
Aurélie Lefèvre
Responsable RH – Neckartal Antriebe France

""" + teams("fr", "302 417 885 164", "Hg7Rc1", "NmI4YzM1")),
    ev("interviewer-briefing-de", _outlook(
        "1F7C5A3E82EDDC01000000000000000010000000C0E4B8F2A6D1397C\n 5B9E3D7A1C0F4862",
        "Interviewer-Briefing: strukturierte Interviews Disposition", "20251015T080000", "20251015T090000",
        _ME + """
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Schmid, Tobias":mailto:t.schmid@neckartal-antri
 ebe.de""", "Microsoft Teams-Besprechung"), neg("user-as-interviewer-briefing-de"), RAW_TZ=TZ_WIN,
       RAW_X=outlook_x(0, "209955617"), D="""
Kurzes Briefing vor den Interviews für die drei offenen Disponentenstellen: gemeinsamer Fragenkatalog,
Bewertungsskala, Gleichbehandlung (AGG), wer welche Gespräche führt. Bitte vorher den Leitfaden lesen.

Nina
"""),
    ev("candidate-freemail-invites-user-de", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251126T093000Z
DTEND:20251126T103000Z
DTSTAMP:20251119T184233Z
ORGANIZER;CN=Sven Lange:mailto:sven.lange.lb@gmail.com
UID:2hd6qf0v1ka9m3tcs7e5blo8nr@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sven Lange;X-NUM-GUESTS=0:mailto:sven.
 lange.lb@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=k.watanabe@neckartal-antri
 ebe.de;X-NUM-GUESTS=0:mailto:k.watanabe@neckartal-antriebe.de
CREATED:20251119T184232Z
DESCRIPTION:{D}
LAST-MODIFIED:20251119T184233Z
LOCATION:Neckartal Antriebe GmbH\, Plochingen
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Neckartal Antriebe – Disponent
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", neg("user-as-interviewer-candidate-sends-invite-de"), D="""
Sehr geehrter Herr Watanabe,

vielen Dank für die Einladung zum Vorstellungsgespräch als Disponent. Zur Sicherheit habe ich Ihnen den Termin
noch einmal als Kalendereinladung geschickt. Ich freue mich darauf!

Mit freundlichen Grüßen
Sven Lange
"""),
    ev("trial-day-candidate-de", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
ORGANIZER;CN="Watanabe, Kenji":mailto:k.watanabe@neckartal-antriebe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Schmid, Tobias":mailto:t.schmid@neckartal-antri
 ebe.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pforte Plochingen":mailto:pforte.plo@neckar
 tal-antriebe.de
DESCRIPTION;LANGUAGE=de-DE:{D}
UID:040000008200E00074C5B7101A82E008000000006B3E9D1F58FDDC01000000000000000010000000A2F6C0E8B4D1359A
 7C0E4B8D2F6A1935
SUMMARY;LANGUAGE=de-DE:Probearbeitstag Disposition – Hr. Sven Lange (Kandidat)
DTSTART;TZID=W. Europe Standard Time:20251204T073000
DTEND;TZID=W. Europe Standard Time:20251204T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251127T101015Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Disposition\, Geb. 3\, EG
{RAW_X}
END:VEVENT
END:VCALENDAR
""", neg("user-as-interviewer-trial-day-de"), RAW_TZ=TZ_WIN, RAW_X=outlook_x(0, "-77120943"), D="""
Tobias, Herr Lange läuft den Tag bei dir in der Dispo mit (Tourenplanung, Telefon mit Frachtführern).
Um 15:00 kurzes Feedbackgespräch mit ihm und mir. Pforte: Besucherausweis auf Namen Lange bereitlegen.
"""),
    ev("reference-check-by-user-de", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
{RAW_TZ}
BEGIN:VEVENT
CREATED:20251201T164410Z
DTEND;TZID=Europe/Berlin:20251202T124500
DTSTAMP:20251201T164412Z
DTSTART;TZID=Europe/Berlin:20251202T123000
LAST-MODIFIED:20251201T164412Z
LOCATION:Tel. 07031 882140
DESCRIPTION:{D}
SEQUENCE:0
SUMMARY:Referenzcheck Kandidat Disponent – Anruf ehem. Vorgesetzter (Spedition Knauer)
TRANSP:OPAQUE
UID:F1B8D3A0-62C7-4E95-9A1D-3C5E7B0F2D84
END:VEVENT
END:VCALENDAR
""", neg("user-as-interviewer-reference-check-de"), RAW_TZ=TZ_BERLIN, D="""
Hr. Lange hat Referenz freigegeben: Hr. Knauer jun., Niederlassungsleiter Böblingen.
Fragen: Zuverlässigkeit, Umgang mit Fahrern, Grund des Wechsels.
"""),
]
