"""holdout170 events, part b: Berlin searches (German and English) and Germany-related look-alikes."""

EVENTS = []


def add(kind, label, ics, **kw):
    uid, i, company, role, stage, who, trap = label
    EVENTS.append(dict(kind=kind, uid=uid, is_interview=i, company=company, role=role, stage=stage,
                       interviewers=who, trap=trap, ics=ics, **kw))


add("personio-kennenlernen", (
    "personio-interview-3318842-1@personio.de", 1, "Frischwerk", "Head of Brand Marketing (m/w/d)",
    "recruiter_screen", "jana.becker@frischwerk.de", "personio-german-kennenlerngespraech"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
@@TZ_BERLIN@@
BEGIN:VEVENT
UID:personio-interview-3318842-1@personio.de
DTSTAMP:20250211T094522Z
DTSTART;TZID=Europe/Berlin:20250217T160000
DTEND;TZID=Europe/Berlin:20250217T163000
SUMMARY:Kennenlerngespräch: Head of Brand Marketing (m/w/d) - Frischwerk
DESCRIPTION:Hallo Gabriela\,\n\nvielen Dank für Deine Bewerbung als Head o
 f Brand Marketing (m/w/d). Wir freuen uns auf ein erstes Kennenlernen per
  Video mit Jana Becker (People & Culture).\n\nGoogle Meet: https://meet.g
 oogle.com/fwk-ruzb-hqp\n\nDas Gespräch kann gerne auf Englisch stattfinde
 n.\n\nViele Grüße\nDein Frischwerk Team
LOCATION:Google Meet
ORGANIZER;CN=Frischwerk GmbH:mailto:jobs@frischwerk.jobs.personio.de
ATTENDEE;CN=Jana Becker;PARTSTAT=ACCEPTED:mailto:jana.becker@frischwerk.de
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("fallstudie", (
    "personio-interview-3318842-2@personio.de", 1, "Frischwerk", "Head of Brand Marketing (m/w/d)",
    "technical", "tobias.hartmann@frischwerk.de;lea.yilmaz@frischwerk.de",
    "personio-german-case-study-praesentation"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
@@TZ_BERLIN@@
BEGIN:VEVENT
UID:personio-interview-3318842-2@personio.de
DTSTAMP:20250224T111706Z
DTSTART;TZID=Europe/Berlin:20250305T163000
DTEND;TZID=Europe/Berlin:20250305T174500
SUMMARY:Zweitgespräch inkl. Case-Präsentation - Frischwerk
DESCRIPTION:Hallo Gabriela\,\n\nwie besprochen hier die Einladung zu unser
 em Zweitgespräch. Bitte bereite die Fallstudie (Markteinführung unserer H
 afer-Linie in Spanien) vor: ca. 20 Minuten Präsentation\, danach Fragen.\n
 \nDabei sind:\n- Tobias Hartmann\, CMO\n- Lea Yilmaz\, Teamlead Performan
 ce Marketing\n\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-joi
 n/19%3ameeting_ZmQ4Yjk0\n\nBis bald!\nJana
LOCATION:Microsoft Teams
ORGANIZER;CN=Frischwerk GmbH:mailto:jobs@frischwerk.jobs.personio.de
ATTENDEE;CN=Tobias Hartmann;PARTSTAT=ACCEPTED:mailto:tobias.hartmann@frischwerk.de
ATTENDEE;CN=Lea Yilmaz;PARTSTAT=ACCEPTED:mailto:lea.yilmaz@frischwerk.de
ATTENDEE;CN=Jana Becker;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jana.becker@frischwerk.de
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("gruender-final", (
    "040000008200E00074C5B7101A82E00800000000A0B74F1C4D8CDB01000000000000000010000000C44E0A9F1B2D3E4F5A6B7C8D9E0F1A2B",
    1, "Frischwerk", "", "final", "f.brandt@frischwerk.de;m.okafor@frischwerk.de",
    "outlook-german-final-with-founders"), r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WIN_WEUROPE@@
BEGIN:VEVENT
ORGANIZER;CN=Jana Becker:mailto:jana.becker@frischwerk.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gabytorre
 s.mkt@icloud.com:mailto:gabytorres.mkt@icloud.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Felix Brandt:mailto:f.brandt@frischwerk.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Miriam Okafor:mailto:m.okafor@frischwerk.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN=Besprechungsrau
 m Spree (8 Pers.):mailto:raum.spree@frischwerk.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Gabriela\,\n\nzum Abschluss möchten Felix
  und Miriam (Gründer:innen) Dich gerne noch persönlich kennenlernen. Lock
 eres Gespräch über Vision\, Zusammenarbeit und Deine Fragen zu Umzug & Ve
 rtrag.\n\n________________________________________________________________
 ________________\nMicrosoft Teams-Besprechung\nAuf dem Computer\, der mob
 ilen App oder einem Raumgerät teilnehmen\nKlicken Sie hier\, um an der Be
 sprechung teilzunehmen\nBesprechungs-ID: 388 102 445 913\nPasscode: uH6aQ
 3\n________________________________________________________________________
 ________\n
UID:040000008200E00074C5B7101A82E00800000000A0B74F1C4D8CDB01000000000000000010000000C44E0A9F1B2D3E4F5A6B7C8D9E0F1A2B
SUMMARY;LANGUAGE=de-DE:Abschlussgespräch Gabriela Torres-Whitman / Felix & Miriam
DTSTART;TZID=W. Europe Standard Time:20250319T170000
DTEND;TZID=W. Europe Standard Time:20250319T174500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250312T083011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung\; Besprechungsraum Spree (8 Pers.)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""")

add("ashby-screen", (
    "ashby-int-19c0e6d2-7a5b-4cf3-8d21-e0b9a4f61c77", 1, "Kiezkraft", "Head of Brand",
    "recruiter_screen", "nora@kiezkraft.com", "ashby-berlin-startup-intro-call"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-int-19c0e6d2-7a5b-4cf3-8d21-e0b9a4f61c77
DTSTAMP:20250226T102233Z
DTSTART:20250303T150000Z
DTEND:20250303T153000Z
SUMMARY:Intro call: Gabriela x Kiezkraft (Head of Brand)
DESCRIPTION:Hey Gabriela 👋\n\nLooking forward to our intro call about th
 e Head of Brand role. You'll be speaking with Nora Schulz (Talent).\n\nJo
 in: https://meet.google.com/kzk-mpgo-yte\n\nReschedule: https://app.ashbyh
 q.com/candidate/reschedule/19c0e6d2
LOCATION:https://meet.google.com/kzk-mpgo-yte
ORGANIZER;CN=Kiezkraft Talent:mailto:talent@kiezkraft.com
ATTENDEE;CN=Nora Schulz;PARTSTAT=ACCEPTED:mailto:nora@kiezkraft.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("take-home-walkthrough", (
    "ashby-int-4d2f8b61-0e93-47a2-b5c6-19e7d3a0f248", 1, "Kiezkraft", "Head of Brand", "technical",
    "jonas@kiezkraft.com;aylin@kiezkraft.com", "ashby-take-home-walkthrough-no-word-interview"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-int-4d2f8b61-0e93-47a2-b5c6-19e7d3a0f248
DTSTAMP:20250310T091144Z
DTSTART:20250314T143000Z
DTEND:20250314T153000Z
SUMMARY:Kiezkraft | Brand challenge walkthrough
DESCRIPTION:Hi Gabriela\,\n\nThanks for sending over the brand challenge!
  In this session you'll walk Jonas (Co-founder & CEO) and Aylin (Design Le
 ad) through your positioning and launch plan. 20 min presentation\, 40 mi
 n discussion.\n\nJoin: https://meet.google.com/kzk-wqxr-abn
LOCATION:https://meet.google.com/kzk-wqxr-abn
ORGANIZER;CN=Kiezkraft Talent:mailto:talent@kiezkraft.com
ATTENDEE;CN=Jonas Richter;PARTSTAT=ACCEPTED:mailto:jonas@kiezkraft.com
ATTENDEE;CN=Aylin Demir;PARTSTAT=ACCEPTED:mailto:aylin@kiezkraft.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("softgarden-vorstellung", (
    "sg-7719203-20250321@softgarden.io", 1, "Heller & Voss", "Director Brand Marketing International",
    "hiring_manager", "s.kruger@hellervoss.de", "softgarden-german-vorstellungsgespraech"), r"""
BEGIN:VCALENDAR
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
VERSION:2.0
METHOD:REQUEST
@@TZ_BERLIN@@
BEGIN:VEVENT
UID:sg-7719203-20250321@softgarden.io
DTSTAMP:20250314T131500Z
DTSTART;TZID=Europe/Berlin:20250321T150000
DTEND;TZID=Europe/Berlin:20250321T160000
SUMMARY:Vorstellungsgespräch - Director Brand Marketing International - He
 ller & Voss Kosmetik GmbH
DESCRIPTION:Sehr geehrte Frau Torres-Whitman\,\n\nhiermit bestätigen wir
  Ihren Termin für ein Vorstellungsgespräch per Videokonferenz mit Frau Sab
 ine Krüger (Geschäftsführerin Marketing & Vertrieb).\n\nZugangslink (Micr
 osoft Teams): https://teams.microsoft.com/l/meetup-join/19%3ameeting_Hv77
 19203\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\nHeller & Voss Kosme
 tik GmbH
LOCATION:Videokonferenz (Microsoft Teams)
ORGANIZER;CN=Heller & Voss Recruiting:mailto:noreply@softgarden.io
ATTENDEE;CN=Sabine Krüger;PARTSTAT=ACCEPTED:mailto:s.kruger@hellervoss.de
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("take-home-debrief", (
    "gh-5a91c7e3-6d20-4b8a-9f44-c3e1d2b07a65@greenhouse.io", 1, "Lumo Mobility",
    "Senior Manager, Brand & Campaigns (EU)", "technical", "p.albrecht@lumo-mobility.com",
    "greenhouse-utc-take-home-debrief"), r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-5a91c7e3-6d20-4b8a-9f44-c3e1d2b07a65@greenhouse.io
DTSTAMP:20250402T081933Z
DTSTART:20250408T140000Z
DTEND:20250408T150000Z
SUMMARY:Lumo | Take-home debrief - Gabriela Torres-Whitman
DESCRIPTION:Hi Gabriela\,\n\nThis is your take-home debrief for the Senior
  Manager\, Brand & Campaigns (EU) position. Paul Albrecht (Director Brand)
  will go through your campaign concept with you.\n\nZoom: https://lumo.zo
 om.us/j/96015532871\n\nTimes are shown in UTC. Berlin: 16:00. Chicago: 09:
 00.\n\nBest\,\nLumo Talent Team
LOCATION:https://lumo.zoom.us/j/96015532871
ORGANIZER;CN=Lumo Talent:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Paul Albrecht;PARTSTAT=ACCEPTED:mailto:p.albrecht@lumo-mobility.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("blue-card-info", (
    "zoomwebinar-84077219933-gtw-20250227@zoom.us", 0, "", "", "", "",
    "relocation-webinar-german-blue-card"), r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
@@TZ_BERLIN@@
BEGIN:VEVENT
DTSTAMP:20250220T170455Z
DTSTART;TZID=Europe/Berlin:20250227T180000
DTEND;TZID=Europe/Berlin:20250227T193000
SUMMARY:Infoabend: Arbeiten in Deutschland mit der Blauen Karte EU (Make it in Germany)
UID:zoomwebinar-84077219933-gtw-20250227@zoom.us
TZID:Europe/Berlin
DESCRIPTION:Vielen Dank für Ihre Registrierung!\n\nThemen: Anerkennung von
  Abschlüssen\, Gehaltsgrenzen 2025\, Visumstermin\, Vorstellungsgespräche
  mit deutschen Arbeitgebern – was ist anders?\n\nWebinar beitreten: https:
 //us06web.zoom.us/w/84077219933?tk=xyz\nWebinar-ID: 840 7721 9933
LOCATION:https://us06web.zoom.us/w/84077219933
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""")

add("deutschkurs", (
    "6c0ee1d2a5f74b1e9a0c@goethe.de", 0, "", "", "", "", "recurring-german-class"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Goethe-Institut Chicago//Kursplan//DE
CALSCALE:GREGORIAN
@@TZ_CHICAGO@@
BEGIN:VEVENT
UID:6c0ee1d2a5f74b1e9a0c@goethe.de
DTSTAMP:20250108T150000Z
DTSTART;TZID=America/Chicago:20250114T181500
DTEND;TZID=America/Chicago:20250114T201500
RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=12
EXDATE;TZID=America/Chicago:20250311T181500
SUMMARY:Deutsch B1.1 Abendkurs (online)
DESCRIPTION:Kursleiterin: Frau Weber\nLektion 7: Bewerbung und Vorstellung
 sgespräch – Rollenspiele\nZoom-Link im Kursportal
LOCATION:Goethe-Institut Chicago / Zoom
END:VEVENT
END:VCALENDAR
""", eol="\n")

add("wohnungsbesichtigung", (
    "F1C7A9E4-5B22-4D17-8B06-3E9A0D2C7B55", 0, "", "", "", "", "remote-apartment-viewing-berlin"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
@@TZ_BERLIN@@
BEGIN:VEVENT
CREATED:20250322T140112Z
DTSTAMP:20250322T140140Z
UID:F1C7A9E4-5B22-4D17-8B06-3E9A0D2C7B55
DTSTART;TZID=Europe/Berlin:20250326T170000
DTEND;TZID=Europe/Berlin:20250326T173000
SUMMARY:Besichtigung per Video - Wohnung Prenzlauer Berg (Hr. Lange\, Makler)
DESCRIPTION:3 Zi\, 2 OG\, 1.890 warm. He'll FaceTime from the flat. ask ab
 out Anmeldung + Schufa for newcomers
LOCATION:Kollwitzstraße\, Berlin
END:VEVENT
END:VCALENDAR
""", eol="\n")

add("podcast", (
    "riverside-rec-9d33f0ab-brandbuilders-ep214", 0, "", "", "", "", "podcast-interview-guest"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
X-WR-TIMEZONE:America/Chicago
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250404T120000
DTEND;TZID=America/Chicago:20250404T130000
DTSTAMP:20250321T154812Z
ORGANIZER;CN=Brand Builders Podcast:mailto:bookings@brandbuilderspod.com
UID:riverside-rec-9d33f0ab-brandbuilders-ep214
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gabrie
 la Torres-Whitman;X-NUM-GUESTS=0:mailto:gabytorres.mkt@icloud.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Chris
  Maddox;X-NUM-GUESTS=0:mailto:chris@brandbuilderspod.com
DESCRIPTION:Guest interview recording — "Relaunching a heritage snack bran
 d for Gen Z" with Gabriela Torres-Whitman (Lakeshore Brands).\n\nStudio l
 ink (Riverside): https://riverside.fm/studio/brand-builders?t=8c1e\nPleas
 e use headphones and a wired connection. Host: Chris Maddox.
LOCATION:https://riverside.fm/studio/brand-builders
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Brand Builders Podcast - Interview Recording (Ep. 214)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")
