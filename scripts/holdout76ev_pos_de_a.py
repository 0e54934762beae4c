"""holdout76: Kenji Watanabe's own interviews, German employers (part A). Raw iCalendar, CC0 1.0."""

from __future__ import annotations

from holdout76ev_ics import TZ_BERLIN, TZ_WIN, UTC1_DE, alarm, ev, meet, outlook_x, teams, tz_utc1, zoom

EVENTS = [
    ev("personio-phone-de", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Recruiting Calendar 2.4//DE
METHOD:REQUEST
{RAW_TZ}
BEGIN:VEVENT
UID:personio-evt-7731942-c2f0a6@personio.de
DTSTAMP:20251008T131522Z
DTSTART;TZID=Europe/Berlin:20251014T100000
DTEND;TZID=Europe/Berlin:20251014T103000
SUMMARY:Telefoninterview | Head of Supply Chain (m/w/d) | Hohenlohe Getriebetechnik GmbH
ORGANIZER;CN=Julia Brenner:mailto:julia.brenner@hohenlohe-getriebe.de
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
ATTENDEE;CN=Julia Brenner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:julia.brenner@hohenlohe-getriebe.de
LOCATION:Telefon – wir rufen Sie unter +49 171 5523098 an
DESCRIPTION:{D}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", (1, "Hohenlohe Getriebetechnik", "Head of Supply Chain", "recruiter_screen",
      "julia.brenner@hohenlohe-getriebe.de", "personio-phone-screen-de"), RAW_TZ=TZ_BERLIN, D="""
Guten Tag Herr Watanabe,

vielen Dank für Ihre Bewerbung als Head of Supply Chain (m/w/d) bei der Hohenlohe Getriebetechnik GmbH.
Wie vereinbart rufe ich Sie zum genannten Termin für ein erstes Telefoninterview (ca. 30 Minuten) an.
Wir sprechen über Ihren Werdegang, Ihre Wechselmotivation, Ihre Kündigungsfrist und Ihre Gehaltsvorstellung.

Falls der Termin doch nicht passt, können Sie ihn hier verschieben:
https://hohenlohe-getriebe.jobs.personio.de/scheduling/7731942/reschedule

Beste Grüße
Julia Brenner
HR Business Partner
Hohenlohe Getriebetechnik GmbH | Kocherstraße 14 | 74653 Künzelsau
"""),
    ev("outlook-case-room-de", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
ORGANIZER;CN="Brenner, Julia":mailto:julia.brenner@hohenlohe-getriebe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.watanabe@gmx.de:mailto:kenji.watanabe@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Rieger, Dr. Thomas":mailto:thomas.rieger@
 hohenlohe-getriebe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Köhler, Sabine":mailto:sabine.koehler@hohe
 nlohe-getriebe.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="KÜN Besprechung Kocher (EG, 12 P
 l.)":mailto:raum.kocher@hohenlohe-getriebe.de
DESCRIPTION;LANGUAGE=de-DE:{D}
UID:040000008200E00074C5B7101A82E00800000000A07E41B6C43ADC01000000000000000010000000D1F1A2C47B9E5D4
 6A0C35E2B1E8B7F63
SUMMARY;LANGUAGE=de-DE:Fallstudie & Gespräch – Head of Supply Chain – Hr. Watanabe
DTSTART;TZID=W. Europe Standard Time:20251104T093000
DTEND;TZID=W. Europe Standard Time:20251104T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251022T084410Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:KÜN Besprechung Kocher (EG\, 12 Pl.)
{RAW_X}
{RAW_ALARM}
END:VEVENT
END:VCALENDAR
""", (1, "Hohenlohe Getriebetechnik", "Head of Supply Chain", "technical",
      "thomas.rieger@hohenlohe-getriebe.de;sabine.koehler@hohenlohe-getriebe.de", "outlook-case-study-room-de"),
       RAW_TZ=TZ_WIN, RAW_X=outlook_x(0, "-1433207712"), RAW_ALARM=alarm(15), D="""
Sehr geehrter Herr Watanabe,

hiermit lade ich Sie herzlich zur zweiten Runde ein. Ablauf:
09:30 Begrüßung am Empfang Tor 2 (Julia Brenner, HR – ich begleite Sie nur bis zum Besprechungsraum)
09:45 Präsentation Ihrer Fallstudie „Netzwerk- und Bestandsstrategie Künzelsau/Plzeň" (30 Min.)
10:15 Fragen und Diskussion mit Dr. Thomas Rieger (COO) und Sabine Köhler (Leitung Produktion)
11:30 Werksrundgang

Die Unterlagen zur Fallstudie haben Sie gestern per Mail erhalten.

Mit freundlichen Grüßen
Julia Brenner
"""),
    ev("softgarden-teams-de", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden Interview//DE
METHOD:REQUEST
CALSCALE:GREGORIAN
{RAW_TZ}
BEGIN:VEVENT
UID:sg-appointment-3348812-1@softgarden.io
DTSTAMP:20251015T071203Z
CREATED:20251015T071203Z
DTSTART;TZID=Europe/Berlin:20251021T150000
DTEND;TZID=Europe/Berlin:20251021T160000
SUMMARY:Vorstellungsgespräch: Leiter Logistik (m/w/d)
ORGANIZER;CN="Albtal Kunststofftechnik AG - Recruiting":mailto:noreply@softgarden.io
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
ATTENDEE;CN=Markus Engel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.engel@albtal-kt.de
LOCATION:Microsoft Teams
DESCRIPTION:{D}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", (1, "Albtal Kunststofftechnik", "Leiter Logistik", "hiring_manager", "m.engel@albtal-kt.de",
      "softgarden-teams-de"), RAW_TZ=TZ_BERLIN, D="""
Sehr geehrter Herr Watanabe,

wir freuen uns, Sie zu einem ersten Gespräch mit Herrn Markus Engel, Bereichsleiter Operations und künftiger
Vorgesetzter der Position, einzuladen. Das Gespräch findet per Microsoft Teams statt und dauert etwa 60 Minuten.

Mit freundlichen Grüßen
Carina Wolf
Recruiting | Albtal Kunststofftechnik AG | Ettlingen

""" + teams("de", "318 220 417 905", "ri4Xa9", "NzA1Y2Ji")),
    ev("outlook-utc1-final-de", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
ORGANIZER;CN="Wolf, Carina":mailto:c.wolf@albtal-kt.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kenji Watanabe:mailto:kenji.watanabe@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lang, Dr. Petra":mailto:p.lang@albtal-kt.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Engel, Markus":mailto:m.engel@albtal-kt.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Wolf, Carina":mailto:c.wolf@albtal-kt.de
DESCRIPTION;LANGUAGE=de-DE:{D}
UID:040000008200E00074C5B7101A82E00800000000F3B6C8D1A845DC010000000000000000100000004C7E92B1A0D3F54E
 8B2D6F0A1C3E5B77
SUMMARY;LANGUAGE=de-DE:Finale Runde: Gespräch mit dem Vorstand (Leiter Logistik)
DTSTART;TZID="{RAW_TZN}":20251118T140000
DTEND;TZID="{RAW_TZN}":20251118T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251107T101955Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Albtal Kunststofftechnik AG\, Pforzheimer Str. 160\, 76275 Ettlingen – Vorstandsetage
{RAW_X}
END:VEVENT
END:VCALENDAR
""", (1, "Albtal Kunststofftechnik", "Leiter Logistik", "final", "p.lang@albtal-kt.de;m.engel@albtal-kt.de",
      "outlook-utc1-zone-final-de"), RAW_TZ=tz_utc1(UTC1_DE), RAW_TZN=UTC1_DE, RAW_X=outlook_x(0, "553120987"),
       D="""
Sehr geehrter Herr Watanabe,

nach den sehr positiven Gesprächen laden wir Sie zur finalen Runde ein: ein persönliches Gespräch mit unserer
Vorständin Dr. Petra Lang (Technik & Operations) und Markus Engel. Ich nehme für die Organisation teil,
führe das Gespräch aber nicht.

Bitte melden Sie sich am Empfang; Parkplätze für Besucher befinden sich direkt vor Gebäude A.

Viele Grüße
Carina Wolf
"""),
    ev("outlook-direct-gf-de", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
ORGANIZER;CN="Vogt, Bernd":mailto:b.vogt@kv-maschinenbau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Watanabe, Kenji":mailto:k.watanabe@neckartal-an
 triebe.de
DESCRIPTION;LANGUAGE=de-DE:{D}
UID:040000008200E00074C5B7101A82E008000000002E55B7F1D63BDC01000000000000000010000000F0B9A3C2E1D4C6478
 2A1E6B9D3C7F0A5
SUMMARY;LANGUAGE=de-DE:Kennenlernen Hr. Watanabe / Leitung SCM
DTSTART;TZID=W. Europe Standard Time:20251030T170000
DTEND;TZID=W. Europe Standard Time:20251030T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251024T160233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Industriestr. 22\, 73760 Ostfildern\, Besprechungsraum GF
{RAW_X}
END:VEVENT
END:VCALENDAR
""", (1, "Kessler & Vogt Maschinenbau", "Leitung Supply Chain Management", "hiring_manager",
      "b.vogt@kv-maschinenbau.de", "outlook-direct-md-to-work-address-de"), RAW_TZ=TZ_WIN,
       RAW_X=outlook_x(0, "1908334561"), D="""
Sehr geehrter Herr Watanabe,

vielen Dank für das nette Telefonat – wir kennen uns ja schon aus den Lieferantengesprächen. Wie besprochen
würde ich Sie gern persönlich kennenlernen und mit Ihnen über
die neu geschaffene Position Leitung Supply Chain Management bei Kessler & Vogt sprechen. Da ich tagsüber viel in
der Fertigung bin, habe ich einen Termin nach 17 Uhr gewählt – ich hoffe, das passt Ihnen.

Mit freundlichen Grüßen
Bernd Vogt
Geschäftsführer
Kessler & Vogt Maschinenbau GmbH
"""),
    ev("gmx-handtyped-onsite-de", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//1&1 Mail & Media GmbH//GMX Kalender 3.1//DE
BEGIN:VEVENT
UID:gmx-9f2c41d07be84a6b8d21e5a0c3f7b912
DTSTAMP:20251110T201144Z
CREATED:20251110T201144Z
DTSTART:20251127T140000
DTEND:20251127T170000
SUMMARY:K&V 2. Gespräch + Werksführung
LOCATION:Ostfildern\, Industriestr. 22
DESCRIPTION:{D}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", (1, "Kessler & Vogt Maschinenbau", "", "onsite", "bernd vogt;scholz", "handtyped-floating-onsite-de"), D="""
Hr. Vogt + Fr. Scholz (Leitung Einkauf)
Zeugnismappe + Präsentation 100-Tage-Plan mitnehmen
Besucherparkplatz links neben Halle 3
"""),
    ev("apple-own-note-de", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251103T192210Z
DTEND:20251112T113000
DTSTAMP:20251103T192241Z
DTSTART:20251112T093000
LAST-MODIFIED:20251103T192241Z
LOCATION:Gaggenau
DESCRIPTION:{D}
SEQUENCE:0
SUMMARY:Murgtal Elektronik – Interview 2. Runde
TRANSP:OPAQUE
UID:5C1E9A7B-33D2-4F7E-8A61-0B9C2D4E7F18
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""", (1, "Murgtal Elektronik", "Leitung Logistik & Materialwirtschaft", "", "", "apple-own-note-floating-de"),
       D="""
Leitung Logistik & Materialwirtschaft
mit GF und Werkleiter, danach evtl. Rundgang
Anfahrt B462, ca. 1h10
"""),
    ev("calendly-zoom-de", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:8d4e2a6f-1b73-4c0e-9a55-3f6d2b8c1e47
DTSTAMP:20251016T090512Z
DTSTART:20251020T080000Z
DTEND:20251020T083000Z
SUMMARY:Erstgespräch Leitung Kontraktlogistik (30 Min.) zwischen Lea Sommer und Kenji Watanabe
ORGANIZER;CN=Lea Sommer:mailto:lea.sommer@nordhafen-spedition.de
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kenji.watanabe@gmx.de
ATTENDEE;CN=Lea Sommer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lea.sommer@nordhafen-spedition.de
LOCATION:https://us06web.zoom.us/j/86611902734?pwd=RmNqZ3BvQ1dS
DESCRIPTION:{D}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", (1, "Nordhafen Spedition", "Leitung Kontraktlogistik", "recruiter_screen",
      "lea.sommer@nordhafen-spedition.de", "calendly-recruiter-zoom-de"), D="""
Event-Name: Erstgespräch Leitung Kontraktlogistik (30 Min.)

Standort: Dies ist eine Zoom-Webkonferenz. Sie können sich über den Link unten einwählen.

Kurzes Kennenlernen mit Lea Sommer, Talent Acquisition der Nordhafen Spedition GmbH (Hamburg). Wir sprechen über
die Aufgabe, Ihren Hintergrund und die nächsten Schritte.

Benötigen Sie eine Änderung an diesem Termin?

Absagen: https://calendly.com/cancellations/8d4e2a6f-1b73-4c0e-9a55-3f6d2b8c1e47
Neu planen: https://calendly.com/reschedulings/8d4e2a6f-1b73-4c0e-9a55-3f6d2b8c1e47

Powered by Calendly.com

""" + zoom("de", "866 1190 2734", "553718")),
    ev("google-md-onsite-de", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251106T090000Z
DTEND:20251106T110000Z
DTSTAMP:20251028T134502Z
ORGANIZER;CN=Lea Sommer:mailto:lea.sommer@nordhafen-spedition.de
UID:2q8m1v0k7c3ds5hf9b6n4tje1a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lea Sommer;X-NUM-GUESTS=0:mailto:lea
 .sommer@nordhafen-spedition.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hauke Petersen;X-NUM-GUESTS=0:mailto
 :h.petersen@nordhafen-spedition.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.watanabe@gmx.de;X-
 NUM-GUESTS=0:mailto:kenji.watanabe@gmx.de
X-MICROSOFT-CDO-OWNERAPPTID:-1195374410
CREATED:20251028T134501Z
DESCRIPTION:{D}
LAST-MODIFIED:20251028T134502Z
LOCATION:Nordhafen Spedition GmbH\, Köhlbranddeich 20\, 20457 Hamburg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Zweitgespräch mit der Geschäftsführung | Nordhafen Spedition
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", (1, "Nordhafen Spedition", "Leitung Kontraktlogistik", "hiring_manager", "h.petersen@nordhafen-spedition.de",
      "google-second-round-md-de"), D="""
Hallo Herr Watanabe,

wie besprochen hier die Einladung zum Zweitgespräch mit Ihrem künftigen Vorgesetzten, unserem Geschäftsführer
Hauke Petersen. Ich hole Sie um 9:55 Uhr am Empfang ab, bin beim Gespräch selbst aber nicht dabei.
Im Anschluss zeigt Ihnen Herr Petersen gern das Terminal.

Gute Anreise aus Stuttgart!
Lea Sommer
"""),
    ev("agency-outlook-client-de", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
ORGANIZER;CN="Dr. Anja Brandt":mailto:a.brandt@brandt-partner-search.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kenji Watanabe:mailto:kenji.watanabe@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Reinhardt, Klaus":mailto:k.reinhardt@pfalzwerk
 .com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Acker, Simone":mailto:s.acker@pfalzwerk.com
DESCRIPTION;LANGUAGE=de-DE:{D}
UID:040000008200E00074C5B7101A82E00800000000B7D3E0C9F13CDC0100000000000000001000000075A2D8E4B1C9F34B
 9E6F2A7C0D5B1E38
SUMMARY;LANGUAGE=de-DE:Pfalzwerk Bremsen / K. Watanabe – Gespräch Leiter Supply Chain
DTSTART;TZID=W. Europe Standard Time:20251113T103000
DTEND;TZID=W. Europe Standard Time:20251113T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251105T112706Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Pfalzwerk\, Merkurstraße 41\, 67663 Kaiserslautern
{RAW_X}
END:VEVENT
END:VCALENDAR
""", (1, "Pfalzwerk Bremsen", "Leiter Supply Chain", "onsite", "k.reinhardt@pfalzwerk.com;s.acker@pfalzwerk.com",
      "agency-names-client-outlook-de"), RAW_TZ=TZ_WIN, RAW_X=outlook_x(0, "704418236"), D="""
Lieber Herr Watanabe,

wie telefonisch besprochen bestätige ich Ihnen hiermit das persönliche Gespräch bei unserem Mandanten, der Pfalzwerk
Bremsen GmbH, in Kaiserslautern. Ihre Gesprächspartner sind Klaus Reinhardt (Geschäftsführer) und Simone Acker
(CFO). Ich selbst nehme nicht teil, rufe Sie aber gern am Vorabend zur Vorbereitung an.

Herzliche Grüße
Dr. Anja Brandt
Brandt & Partner Executive Search | Königstraße 28 | 70173 Stuttgart
"""),
    ev("outlook-method-cancel-de", r"""
BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
ORGANIZER;CN="Kurz, Michaela":mailto:m.kurz@ostalb-guss.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.watanabe@gmx.de:mailto:kenji.watanabe@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Maurer, Dr. Frank":mailto:f.maurer@ostalb-
 guss.de
DESCRIPTION;LANGUAGE=de-DE:{D}
UID:040000008200E00074C5B7101A82E0080000000061C2A9E7D03BDC010000000000000000100000009D4B6A2F8E1C7D4A
 B3F5C0E2A9D6B814
SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch Leitung Materialwirtschaft
DTSTART;TZID=W. Europe Standard Time:20251029T100000
DTEND;TZID=W. Europe Standard Time:20251029T113000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20251023T145812Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Ostalb Gießerei GmbH\, Ulmer Str. 120\, 73431 Aalen – Verwaltung\, 1. OG
{RAW_X}
END:VEVENT
END:VCALENDAR
""", (1, "Ostalb Gießerei", "Leitung Materialwirtschaft", "", "m.kurz@ostalb-guss.de;f.maurer@ostalb-guss.de",
      "outlook-method-cancel-de"), RAW_TZ=TZ_WIN, RAW_X=outlook_x(1, "-88274105"), D="""
Sehr geehrter Herr Watanabe,

leider müssen wir unser Gespräch am 29.10. kurzfristig absagen, da Dr. Maurer (Werkleiter) an diesem Tag zu einem
Kunden nach Ingolstadt muss. Wir melden uns in den nächsten Tagen mit einem Alternativtermin für das Gespräch
mit Dr. Maurer und mir.

Mit freundlichen Grüßen
Michaela Kurz
Personalleiterin | Ostalb Gießerei GmbH
"""),
    ev("workday-rescheduled-meet-de", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-JR-104522-7c1f93ae20b1@myworkday.com
DTSTAMP:20251114T122930Z
DTSTART:20251120T130000Z
DTEND:20251120T140000Z
SEQUENCE:2
SUMMARY:Aktualisiert: Interview – Director Supply Chain Planning (JR-104522)
ORGANIZER;CN=Kappel Recruiting:mailto:kappel@myworkday.com
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
ATTENDEE;CN=Dr. Ralf Immler;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ralf.immler@kappel-home.de
LOCATION:Google Meet
DESCRIPTION:{D}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", (1, "Kappel Hausgeräte", "Director Supply Chain Planning", "hiring_manager", "ralf.immler@kappel-home.de",
      "workday-rescheduled-de"), D="""
Hallo Kenji,

Ihr Interviewtermin wurde verschoben.
Neuer Termin: Donnerstag, 20. November 2025, 14:00–15:00 Uhr (MEZ)
Bisheriger Termin: Dienstag, 18. November 2025, 10:00–11:00 Uhr (MEZ)

Stelle: Director Supply Chain Planning (JR-104522)
Gesprächspartner: Dr. Ralf Immler, Vice President Supply Chain – Ihre künftige Führungskraft

Bei Fragen antworten Sie bitte nicht auf diese automatisch erzeugte Nachricht, sondern wenden Sie sich an
Ihre Ansprechpartnerin im Recruiting, Tanja Seidel.

KAPPEL Hausgeräte – Qualität für Generationen

""" + meet("de", "vhq-tprn-kzd", "318004927")),
]
