"""holdout76: Kenji Watanabe on the hiring side at Neckartal Antriebe (part A). Raw iCalendar, CC0 1.0.

None of these is the user's own interview: he interviews dispatchers, buyers and apprentices for his department.
"""

from __future__ import annotations

from holdout76ev_ics import TZ_BERLIN, TZ_WIN, ev, outlook_x, teams

_NEG = (0, "", "", "", "")


def neg(trap: str) -> tuple:
    return (*_NEG, trap)


EVENTS = [
    ev("softgarden-interviewer-de", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden Interview//DE
METHOD:REQUEST
CALSCALE:GREGORIAN
{RAW_TZ}
BEGIN:VEVENT
UID:sg-appointment-3351907-2@softgarden.io
DTSTAMP:20251013T120455Z
DTSTART;TZID=Europe/Berlin:20251016T140000
DTEND;TZID=Europe/Berlin:20251016T150000
SUMMARY:Vorstellungsgespräch: Disponent (m/w/d) Nahverkehr – Mehmet Yilmaz
ORGANIZER;CN="Neckartal Antriebe GmbH - Recruiting":mailto:noreply@softgarden.io
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:k.watanabe@neckartal-antriebe.de
ATTENDEE;CN=Mehmet Yilmaz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mehmet.yilmaz.92@gmai
 l.com
LOCATION:Neckartal Antriebe\, Werk Plochingen\, Geb. 3\, Besprechungsraum Fils
DESCRIPTION:{D}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", neg("user-as-interviewer-softgarden-de"), RAW_TZ=TZ_BERLIN, D="""
Sehr geehrter Herr Yilmaz,

wir freuen uns, Sie zu einem Vorstellungsgespräch für die Position Disponent (m/w/d) Nahverkehr einzuladen.
Ihr Gesprächspartner ist Herr Kenji Watanabe, Leiter Supply Chain Management.

Bitte melden Sie sich am Empfang Werk Plochingen, Gebäude 3.

Mit freundlichen Grüßen
Nina Zimmermann
Personal | Neckartal Antriebe GmbH
"""),
    ev("outlook-user-organizes-room-de", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
ORGANIZER;CN="Watanabe, Kenji":mailto:k.watanabe@neckartal-antriebe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sabine.roth83@web.de:mailto:sabine.roth83@
 web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bauer, Anna":mailto:a.bauer@neckartal-antrieb
 e.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="PLO Geb.1 Raum Neckar (8 Pl.)":m
 ailto:plo-raum-neckar@neckartal-antriebe.de
DESCRIPTION;LANGUAGE=de-DE:{D}
UID:040000008200E00074C5B7101A82E00800000000E1A4C7B2F30ADC01000000000000000010000000B9D2F6A0C4E8175D
 3A6C9E1F5B0D2748
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Einkäufer (m/w/d) – Fr. Sabine Roth
DTSTART;TZID=W. Europe Standard Time:20251022T100000
DTEND;TZID=W. Europe Standard Time:20251022T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251015T093314Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:PLO Geb.1 Raum Neckar (8 Pl.)
{RAW_X}
END:VEVENT
END:VCALENDAR
""", neg("user-as-interviewer-outlook-room-de"), RAW_TZ=TZ_WIN, RAW_X=outlook_x(0, "-533901217"), D="""
Sehr geehrte Frau Roth,

vielen Dank für Ihre Bewerbung als Einkäuferin bei der Neckartal Antriebe GmbH. Gern lernen meine Kollegin Anna
Bauer (Teamleitung Einkauf Elektronik) und ich Sie persönlich kennen. Bitte bringen Sie Ihre letzten Zeugnisse mit.

Mit freundlichen Grüßen
Kenji Watanabe
Leiter Supply Chain Management | Neckartal Antriebe GmbH | Plochingen
"""),
    ev("allday-azubi-selection-day-de", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Krämer, Silke":mailto:s.kraemer@neckartal-antriebe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Watanabe, Kenji":mailto:k.watanabe@neckart
 al-antriebe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Zimmermann, Nina":mailto:n.zimmermann@neckart
 al-antriebe.de
DESCRIPTION;LANGUAGE=de-DE:{D}
UID:040000008200E00074C5B7101A82E008000000003C7E1A9B045BDC010000000000000000100000005D0A3F8C2E6B1947
 C1E4A7D0B3F6928E
SUMMARY;LANGUAGE=de-DE:Auswahltag Azubis 2026 – Kaufleute für Spedition und Logistikdienstleistung
DTSTART;VALUE=DATE:20251114
DTEND;VALUE=DATE:20251115
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251020T071205Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Ausbildungswerkstatt Plochingen
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""", neg("user-as-interviewer-azubi-selection-day-de"), D="""
Hallo Kenji,

danke, dass du auch dieses Jahr wieder beim Auswahltag dabei bist. 12 Bewerberinnen und Bewerber, Ablauf:
08:30 Begrüßung, 09:00 Gruppenaufgabe „Lager planen", ab 11:00 Einzelgespräche (je 20 Min.) – du führst die
Gespräche in Raum 2 zusammen mit Nina, Bewertungsbögen liegen bereit.
15:30 Auswertungsrunde.

Viele Grüße
Silke Krämer
Ausbildungsleitung
"""),
    ev("own-block-scorecard-de", r"""
BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
DESCRIPTION;LANGUAGE=de-DE:{D}
UID:040000008200E00074C5B7101A82E00800000000F6C2A0D8B15BDC01000000000000000010000000E3B7D1F9A5C2064E
 8D0B2F6A4C9E1357
SUMMARY;LANGUAGE=de-DE:Bewertungsbogen ausfüllen – Kandidatin Jovanović (Teamleitung Lager)
DTSTART;TZID=W. Europe Standard Time:20251023T163000
DTEND;TZID=W. Europe Standard Time:20251023T170000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251023T083044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:
END:VEVENT
END:VCALENDAR
""", neg("user-as-interviewer-scorecard-de"), RAW_TZ=TZ_WIN, D="""
Interview von heute Vormittag bewerten (softgarden → Bewertungen): Führung, Schichtplanung, SAP EWM,
Gesamteindruck. Bis morgen 12 Uhr an Nina, sonst fehlt sie im Debrief.
"""),
    ev("teams-debrief-de", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
ORGANIZER;CN="Zimmermann, Nina":mailto:n.zimmermann@neckartal-antriebe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Watanabe, Kenji":mailto:k.watanabe@neckartal-
 antriebe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Schmid, Tobias":mailto:t.schmid@neckartal-antri
 ebe.de
DESCRIPTION;LANGUAGE=de-DE:{D}
UID:040000008200E00074C5B7101A82E0080000000012B8E6F4D25BDC010000000000000000100000007F1C4A9E3B6D0258
 E5A8C2F7B0D4A319
SUMMARY;LANGUAGE=de-DE:Debrief Kandidaten Teamleitung Lager (Jovanović / Keller)
DTSTART;TZID=W. Europe Standard Time:20251024T133000
DTEND;TZID=W. Europe Standard Time:20251024T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251021T140031Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
{RAW_X}
END:VEVENT
END:VCALENDAR
""", neg("user-as-interviewer-debrief-de"), RAW_TZ=TZ_WIN, RAW_X=outlook_x(0, "771430019"), D="""
Hallo zusammen,

kurze Abstimmung zu den beiden Finalisten für die Teamleitung Lager: Eindrücke aus den Interviews, Bewertungsbögen,
Gehaltsrahmen, Entscheidung und nächste Schritte (Angebot/Absage). Betriebsrat informiere ich danach.

Viele Grüße
Nina

""" + teams("de", "358 226 017 443", "Nt2Aa5", "YTk0ZDE2")),
    ev("calendly-user-host-de", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:c0f27a94-5e1b-4d83-b6a2-9e47d1c3f508
DTSTAMP:20251027T211403Z
DTSTART:20251030T150000Z
DTEND:20251030T152000Z
SUMMARY:Kennenlernen Werkstudent Logistik (20 Min.) zwischen Kenji Watanabe und Lukas Brandl
ORGANIZER;CN=Kenji Watanabe:mailto:k.watanabe@neckartal-antriebe.de
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:k.watanabe@neckartal-antriebe.de
ATTENDEE;CN=Lukas Brandl;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lukas.brandl@stud.hs-esslingen.de
LOCATION:Microsoft Teams
DESCRIPTION:{D}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", neg("user-as-interviewer-calendly-host-de"), D="""
Event-Name: Kennenlernen Werkstudent Logistik (20 Min.)

Ein neues Ereignis wurde geplant.

Eingeladener: Lukas Brandl
E-Mail-Adresse des Eingeladenen: lukas.brandl@stud.hs-esslingen.de
Antworten auf Fragen:
Studiengang und Semester? Wirtschaftsingenieurwesen, 5. Semester
Ab wann verfügbar? ab 1. Dezember, 16 h/Woche

Abgesagt werden kann das Ereignis unter: https://calendly.com/cancellations/c0f27a94-5e1b-4d83-b6a2-9e47d1c3f508

Powered by Calendly.com
"""),
    ev("agency-presents-candidate-de", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
ORGANIZER;CN="Hartmann, Stefanie":mailto:s.hartmann@talentbruecke.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Watanabe, Kenji":mailto:k.watanabe@neckar
 tal-antriebe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=dominik.kraus@gmx.net:mailto:dominik.kraus@gmx.
 net
DESCRIPTION;LANGUAGE=de-DE:{D}
UID:040000008200E00074C5B7101A82E00800000000A9D5F2C0E76BDC0100000000000000001000000046E2B8D0F3A7C15B
 9C3E6A1D4F8B0267
SUMMARY;LANGUAGE=de-DE:Kandidatenvorstellung Hr. Dominik Kraus – Teamleiter Disposition (Talentbrücke)
DTSTART;TZID=W. Europe Standard Time:20251105T153000
DTEND;TZID=W. Europe Standard Time:20251105T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251029T170250Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
{RAW_X}
END:VEVENT
END:VCALENDAR
""", neg("user-as-interviewer-agency-sends-candidate-de"), RAW_TZ=TZ_WIN, RAW_X=outlook_x(0, "-91188302"), D="""
Sehr geehrter Herr Watanabe,

wie besprochen stelle ich Ihnen Herrn Dominik Kraus für die Position Teamleiter Disposition vor. Das Profil und
die Gehaltsvorstellung haben Sie per Mail erhalten. Ich wünsche Ihnen ein gutes Gespräch mit Herrn Kraus und
freue mich im Anschluss auf Ihr Feedback.

Beste Grüße
Stefanie Hartmann
Senior Beraterin | Talentbrücke Personalberatung GmbH | Stuttgart

""" + teams("de", "341 770 962 018", "Tb5Kd2", "ZDcxOWE4")),
    ev("outlook-shadowing-en", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
ORGANIZER;CN="Watanabe, Kenji":mailto:k.watanabe@neckartal-antriebe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Rossi, Marco":mailto:m.rossi@neckartal-antrie
 be.de
DESCRIPTION;LANGUAGE=en-US:{D}
UID:040000008200E00074C5B7101A82E0080000000087E3B1F9C26BDC01000000000000000010000000A0C6E3F1B8D5429A
 7E1B4D0C3A9F6258
SUMMARY;LANGUAGE=en-US:Interview shadowing – Marco shadows Kenji (Buyer Electronics candidate)
DTSTART;TZID=W. Europe Standard Time:20251111T090000
DTEND;TZID=W. Europe Standard Time:20251111T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251106T121500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:PLO Geb.1 Raum Neckar
{RAW_X}
END:VEVENT
END:VCALENDAR
""", neg("user-as-interviewer-shadowing-en"), RAW_TZ=TZ_WIN, RAW_X=outlook_x(0, "402766133"), D="""
Hi Marco,

as part of your interviewer onboarding you'll sit in on my interview with the Buyer Electronics candidate (Ms. Elif
Arslan, 9:00). Please just observe and take notes; we'll compare scores afterwards. Her CV is in softgarden.

Kenji
"""),
    ev("teams-panel-candidate-en", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
ORGANIZER;CN="Zimmermann, Nina":mailto:n.zimmermann@neckartal-antriebe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=deepa.nair@outlook.com:mailto:deepa.nair@ou
 tlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Watanabe, Kenji":mailto:k.watanabe@neckartal-a
 ntriebe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Schmid, Tobias":mailto:t.schmid@neckartal-antri
 ebe.de
DESCRIPTION;LANGUAGE=en-US:{D}
UID:040000008200E00074C5B7101A82E00800000000D0B6F3A9E47BDC01000000000000000010000000C2E8A5F1D9B3076C
 4A1F7D3B0E6C9825
SUMMARY;LANGUAGE=en-US:Panel interview – Demand Planner (Deepa Nair)
DTSTART;TZID=W. Europe Standard Time:20251119T110000
DTEND;TZID=W. Europe Standard Time:20251119T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251112T091810Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
{RAW_X}
END:VEVENT
END:VCALENDAR
""", neg("user-as-interviewer-panel-freemail-candidate-en"), RAW_TZ=TZ_WIN, RAW_X=outlook_x(0, "-1299056771"),
       D="""
Dear Ms. Nair,

thank you for your application to Neckartal Antriebe GmbH. We are pleased to invite you to a panel interview for
the Demand Planner position with Kenji Watanabe (Head of Supply Chain Management) and Tobias Schmid (Team Lead
Planning). The interview will be held in English.

Kind regards,
Nina Zimmermann
HR Business Partner

""" + teams("en", "377 014 256 801", "Na8Dp3", "ZmE2MzE5")),
    ev("handtyped-vg-note-de", r"""
BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000005E1C9B7A038BDC01000000000000000010000000F3A9D6C2B0E8143F
 6B2D0A8E5C1F7493
SUMMARY;LANGUAGE=de-DE:VG Hr. Öztürk Dispo
DTSTART;TZID=W. Europe Standard Time:20251127T140000
DTEND;TZID=W. Europe Standard Time:20251127T150000
DTSTAMP:20251120T074201Z
LOCATION;LANGUAGE=de-DE:R. 2.14
DESCRIPTION;LANGUAGE=de-DE:{D}
CLASS:PUBLIC
TRANSP:OPAQUE
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", neg("user-as-interviewer-handtyped-note-de"), RAW_TZ=TZ_WIN, D="""
Bewerbung aus Stepstone, 6 J. Spedition Kühne, Staplerschein. Tobias dazuholen.
"""),
    ev("phone-user-calls-candidate-de", r"""
BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000B4F0D8E6A19BDC01000000000000000010000000D5B1F8A3C6E0274A
 9E3C7A1F0B5D2864
SUMMARY;LANGUAGE=de-DE:Telefoninterview Bewerberin Lagerlogistik – K. Nowak (0176 22841937)
DTSTART;TZID=W. Europe Standard Time:20251203T080000
DTEND;TZID=W. Europe Standard Time:20251203T083000
DTSTAMP:20251128T160522Z
LOCATION;LANGUAGE=de-DE:Telefon (ich rufe an)
DESCRIPTION;LANGUAGE=de-DE:{D}
CLASS:PUBLIC
TRANSP:OPAQUE
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", neg("user-as-interviewer-phone-screen-de"), RAW_TZ=TZ_WIN, D="""
Fachkraft Lagerlogistik Frühschicht – Kandidatin Karolina Nowak, karolina.nowak@web.de
Fragen: Schichtbereitschaft, Führerschein, Gehaltsvorstellung, frühester Eintritt
"""),
]
