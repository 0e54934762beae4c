# ruff: noqa: E501
"""holdout145 events, part e: headhunters, more Berlin/Munich employers, other zones (own interviews)."""

from holdout145ev_tz import ev

EVENTS = [
    ev(
        "headhunter-telefonat",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WIN_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Brenner, Julia":mailto:j.brenner@kreativkoepfe-search.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lea Vogt:mailto:lea.vogt.design@mailbox.org
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Vogt\,\n\nwie besprochen möchte ich
  Ihnen im Telefonat die Position Lead UX Designer (m/w/d) bei unserem Manda
 nten\, der Raisin GmbH (Berlin)\, im Detail vorstellen und Ihre Motivation
  sowie Gehaltsvorstellung abstimmen. Ich rufe Sie auf Ihrem Handy an.\n\nH
 erzliche Grüße\nJulia Brenner\nPartnerin | Kreativköpfe Executive Search
UID:040000008200E00074C5B7101A82E00800000000B5C6D7E8F9A0DB010000000000000000100000009988776655443322110FFEEDDCCBBAA0
SUMMARY;LANGUAGE=de-DE:Telefonat Kreativköpfe / Lea Vogt
DTSTART;TZID=W. Europe Standard Time:20250218T173000
DTEND;TZID=W. Europe Standard Time:20250218T180000
DTSTAMP:20250214T090000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:Telefon
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000B5C6D7E8F9A0DB010000000000000000100000009988776655443322110FFEEDDCCBBAA0",
        yes=1, company="Raisin", role="Lead UX Designer (m/w/d)", stage="recruiter_screen",
        who="j.brenner@kreativkoepfe-search.de", trap="headhunter-names-employer-only-in-body",
    ),
    ev(
        "agentur-vorabgespraech",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250307T130000Z
DTEND:20250307T133000Z
DTSTAMP:20250304T101100Z
ORGANIZER;CN=Tim Bachmann:mailto:tim.bachmann@hays.de
UID:3j5k7l9z1x3c5v7b9n1m3q5w7e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lea.vogt.design@mailbox.org;X-NUM-GUESTS=0:mailto:lea.vogt.design@
 mailbox.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Tim Bachmann;X-NUM-GUESTS=0:mailto:tim.bachmann@hays.de
DESCRIPTION:Hallo Frau Vogt\,\n\nanbei die Einladung zu unserem Vorabgespr
 äch zur Position Design Lead Investing (m/w/d) bei Scalable Capital in Mü
 nchen. Ich stelle Ihnen den Kunden vor und wir besprechen die nächsten Sch
 ritte.\n\nJoin with Google Meet: https://meet.google.com/ufb-gnoz-wqe
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hays: Vorabgespräch Design Lead (Kunde: Scalable Capital)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "3j5k7l9z1x3c5v7b9n1m3q5w7e@google.com",
        yes=1, company="Scalable Capital", role="Design Lead Investing (m/w/d)", stage="recruiter_screen",
        who="tim.bachmann@hays.de", trap="agency-screening-named-client",
    ),
    ev(
        "whiteboard-session",
        r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_BERLIN@@
BEGIN:VEVENT
UID:gh-interview-8012455-2025040916@greenhouse.io
DTSTAMP:20250402T141500Z
DTSTART;TZID=Europe/Berlin:20250409T160000
DTEND;TZID=Europe/Berlin:20250409T170000
SUMMARY:GetYourGuide Interview – Whiteboard Session – Design Manager (Supp
 ly)
ORGANIZER;CN=GetYourGuide Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Lea Vogt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Selin Demir;ROLE=REQ-PARTICIPANT:mailto:selin.demir@getyourguide.com
ATTENDEE;CN=Matteo Rinaldi;ROLE=REQ-PARTICIPANT:mailto:matteo.rinaldi@getyourguide.com
LOCATION:GetYourGuide\, Sonnenburger Str. 73\, 10437 Berlin (Room "Kyoto")
DESCRIPTION:In this session Selin (Senior Design Manager) and Matteo (Staff
  Product Designer) will give you a prompt and you'll work through it live
  on the whiteboard. Bring nothing but your curiosity.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "gh-interview-8012455-2025040916@greenhouse.io",
        yes=1, company="GetYourGuide", role="Design Manager (Supply)", stage="technical",
        who="selin.demir@getyourguide.com;matteo.rinaldi@getyourguide.com", trap="in-person-whiteboard-berlin",
    ),
    ev(
        "calcom-intro",
        r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:7xkq2PZbR4mYvN8cT3wLhD
SUMMARY:Intro (30 min) between Contentful Talent and Lea Vogt
DTSTART:20250312T091500Z
DTEND:20250312T094500Z
DTSTAMP:20250306T174522Z
DESCRIPTION:What: Intro (30 min) between Contentful Talent and Lea Vogt\nI
 nvitee Time Zone: Europe/Berlin\nWho:\n- Hanna Lindgren - Organizer\n  han
 na.lindgren@contentful.com\n- Lea Vogt\n  lea.vogt.design@mailbox.org\nWhe
 re: https://app.cal.com/video/7xkq2PZbR4mYvN8cT3wLhD\nAdditional notes: Pri
 ncipal / Lead Product Designer\, Studio\n\nNeed to make a change? https://ca
 l.com/reschedule/7xkq2PZbR4mYvN8cT3wLhD
LOCATION:https://app.cal.com/video/7xkq2PZbR4mYvN8cT3wLhD
ORGANIZER;CN=Hanna Lindgren:mailto:hanna.lindgren@contentful.com
ATTENDEE;RSVP=TRUE;CN=Lea Vogt;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:lea.vogt.design@mailbox.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "7xkq2PZbR4mYvN8cT3wLhD",
        yes=1, company="Contentful", role="Principal / Lead Product Designer, Studio", stage="recruiter_screen",
        who="hanna.lindgren@contentful.com", trap="calcom-intro-talent-organizer",
    ),
    ev(
        "fachgespraech",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
@@TZ_BERLIN@@
BEGIN:VEVENT
UID:personio-event-32411209@personio.de
DTSTAMP:20250404T130000Z
DTSTART;TZID=Europe/Berlin:20250411T140000
DTEND;TZID=Europe/Berlin:20250411T151500
SUMMARY:Fachgespräch tado° – Senior Lead UX (m/w/d)
ORGANIZER;CN=tado GmbH:mailto:recruiting-noreply@personio.de
ATTENDEE;CN=Lea Vogt;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Sebastian Wirth:mailto:sebastian.wirth@tado.com
ATTENDEE;CN=Carla Neumeier:mailto:carla.neumeier@tado.com
LOCATION:Webex – https://tado.webex.com/meet/sebastian.wirth
DESCRIPTION:Servus Lea\,\n\nim Fachgespräch geht es um deine Arbeitsweise:
  Sebastian (Head of UX) und Carla (Senior UX Researcher) stellen dir eine k
 urze Aufgabe zur Heizungs-App\, die ihr gemeinsam durchgeht.\n\nWebex-Zugan
 g: Meeting-Kennnummer 2741 883 0192\, Passwort tado25\n\nViele Grüße aus Mü
 nchen
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "personio-event-32411209@personio.de",
        yes=1, company="tado°", role="Senior Lead UX (m/w/d)", stage="technical",
        who="sebastian.wirth@tado.com;carla.neumeier@tado.com", trap="fachgespraech-webex-de",
    ),
    ev(
        "zweite-runde",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WIN_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Lorenz, Paula";SENT-BY="mailto:recruiting@idealo.de":mailto:paula.lorenz@idealo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lea Vogt:mailto:lea.vogt.design@mailbox.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Schulte, Henrik":mailto:henrik.schulte@idealo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lorenz, Paula":mailto:paula.lorenz@idealo.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="BER-RIT-4.07 (6)":mailto:ber-rit-407@idealo.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Lea\,\n\nfür die 2. Runde triffst du Henri
 k (Head of UX) und mich (Product Owner Preisvergleich) bei uns im Office a
 m Ritterstraße 11. Bitte bring deinen Laptop mit.\n\nBis dann\nPaula\n
UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch idealo – Lead UX Designer (2. Runde)
DTSTART;TZID=W. Europe Standard Time:20250416T100000
DTEND;TZID=W. Europe Standard Time:20250416T113000
DTSTAMP:20250409T144000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:idealo\, Ritterstraße 11\, 10969 Berlin – Raum 4.07
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
        yes=1, company="idealo", role="Lead UX Designer", stage="onsite",
        who="henrik.schulte@idealo.de;paula.lorenz@idealo.de", trap="outlook-sent-by-recruiting-mailbox-organizer-interviews",
    ),
    ev(
        "new-york-hm",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_NEW_YORK@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250422T103000
DTEND;TZID=America/New_York:20250422T111500
DTSTAMP:20250415T192200Z
ORGANIZER;CN=Jordan Ellis:mailto:jellis@squarespace.com
UID:6u8i0o2p4a6s8d0f2g4h6j8k0l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jordan
  Ellis;X-NUM-GUESTS=0:mailto:jellis@squarespace.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Lea Vogt;X-NUM-GUESTS=0:mailto:lea.vogt.design@mailbox.org
DESCRIPTION:Hi Lea – looking forward to connecting about the Design Lead\,
  Commerce role on our Berlin team. I'm in NYC\, so this is 16:30 your time.
 \n\nJordan Ellis\nSenior Director\, Product Design\n\nJoin Zoom Meeting\nht
 tps://squarespace.zoom.us/j/91822004671\n\n+1 646 558 8656 US (New York)\n
 +49 69 7104 9922 Germany
LOCATION:https://squarespace.zoom.us/j/91822004671
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lea Vogt <> Jordan Ellis (Squarespace)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "6u8i0o2p4a6s8d0f2g4h6j8k0l@google.com",
        yes=1, company="Squarespace", role="Design Lead, Commerce", stage="hiring_manager",
        who="jellis@squarespace.com", trap="new-york-zone-hiring-manager",
    ),
    ev(
        "probetag",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250429
DTEND;VALUE=DATE:20250430
DTSTAMP:20250422T101500Z
ORGANIZER;CN=Leonie Hartmann:mailto:leonie@kittl.com
UID:0z9y8x7w6v5u4t3s2r1q0p9o8n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Leonie
  Hartmann;X-NUM-GUESTS=0:mailto:leonie@kittl.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nils F
 ranke;X-NUM-GUESTS=0:mailto:nils@kittl.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lea.vogt.design@mailbox.org;X-NUM-GUESTS=0:mailto:lea.vogt.design@
 mailbox.org
DESCRIPTION:Hi Lea\, as the last step for the Lead Designer role we'd love
  to have you with us for a paid trial day. 10:00 kickoff with Nils (CPO)\,
  then you pair with the editor team on a real problem and show your though
 ts to Leonie and Nils at 16:00. Lunch is on us!
LOCATION:Kittl\, Brunnenstraße 19-21\, Berlin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Trial day @ Kittl 🎨
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "0z9y8x7w6v5u4t3s2r1q0p9o8n@google.com",
        yes=1, company="Kittl", role="Lead Designer", stage="final",
        who="leonie@kittl.com;nils@kittl.com", trap="all-day-trial-day-as-candidate",
    ),
    ev(
        "gotomeeting",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WIN_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Recruiting Allianz Direct":mailto:recruiting@allianzdirect.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lea Vogt:mailto:lea.vogt.design@mailbox.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gruber, Thomas":mailto:thomas.gruber@allianzdirect.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Schmid, Lisa":mailto:lisa.schmid@allianzdirect.de
DESCRIPTION;LANGUAGE=de-DE:Interview Lead UX Designer (m/w/d) mit Thomas G
 ruber (Head of Digital Experience). Lisa Schmid (HR Business Partner) neh
 men optional teil.\n\n---------------------------------\nBitte nehmen Sie
  über Ihren Computer\, Ihr Tablet oder Ihr Smartphone an meinem Meeting te
 il.\nhttps://meet.goto.com/418220937\n\nSie können sich auch über Ihr Tele
 fon einwählen.\nDeutschland: +49 692 5736 7317\n\nZugangscode: 418-220-937
 \n
UID:040000008200E00074C5B7101A82E008000000001122AABB3344DB01000000000000000010000000C0FFEE0011223344556677889900AABB
SUMMARY;LANGUAGE=de-DE:Interview Lead UX – Frau Vogt
DTSTART;TZID=W. Europe Standard Time:20250324T150000
DTEND;TZID=W. Europe Standard Time:20250324T160000
DTSTAMP:20250317T100000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:GoTo Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E008000000001122AABB3344DB01000000000000000010000000C0FFEE0011223344556677889900AABB",
        yes=1, company="Allianz Direct", role="Lead UX Designer (m/w/d)", stage="hiring_manager",
        who="thomas.gruber@allianzdirect.de;lisa.schmid@allianzdirect.de", trap="goto-meeting-hr-optional-attendee",
    ),
]
