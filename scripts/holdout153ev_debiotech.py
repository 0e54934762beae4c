"""holdout153: German and Swiss small biotech, agencies, founders (hand-written raw iCalendar text)."""

from holdout153ev_base import no, yes

EVENTS = [
    dict(kind="personio", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-recruiting-event-3391874-1761045600@personio.de
DTSTAMP:20251017T110208Z
DTSTART:20251021T113000Z
DTEND:20251021T121500Z
SUMMARY:Kennenlernen Proteros – Hannah Weiss
DESCRIPTION:Liebe Hannah\,\n\nvielen Dank für deine Bewerbung als Scientist
  Structural Biology (m/w/d) bei Proteros biostructures in Martinsried. Wir
  würden dich gern in einem ersten Video-Call kennenlernen.\n\nMit dabei: Dr.
  Ulrike Baader (Head of Protein Production & Crystallography) und Kevin Reit
 hmeier (People & Culture).\n\nZoom: https://us02web.zoom.us/j/84120937715?p
 wd=eVRxd2tL\n\nHerzliche Grüße\nKevin
LOCATION:Zoom
ORGANIZER;CN=Kevin Reithmeier:mailto:kevin.reithmeier@proteros.com
ATTENDEE;CN=Hannah Weiss;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.weis
 s.bio@posteo.de
ATTENDEE;CN=Ulrike Baader;PARTSTAT=ACCEPTED:mailto:ulrike.baader@proteros.c
 om
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", label=yes("personio-recruiting-event-3391874-1761045600@personio.de", "Proteros",
               "Scientist Structural Biology (m/w/d)", "",
               "ulrike.baader@proteros.com;kevin.reithmeier@proteros.com", "personio-kennenlernen-du-form")),

    dict(kind="personio", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
@TZ:BERLIN@
BEGIN:VEVENT
UID:personio-recruiting-event-3402291-1763629200@personio.de
DTSTAMP:20251112T154012Z
DTSTART;TZID=Europe/Berlin:20251120T100000
DTEND;TZID=Europe/Berlin:20251120T140000
SUMMARY:Zweitgespräch vor Ort – NanoTemper (Application Scientist)
DESCRIPTION:Hallo Hannah\,\n\nwir freuen uns auf dich in München! Plan für d
 en Tag:\n10:00 Kurzvortrag (20 Min.): wie du Prometheus/Monolith in deinem Pr
 ojekt einsetzen würdest\n10:45 Gespräch mit Dr. Philipp Baaske und Anna Gei
 ger (Application Science)\n12:00 Lunch mit dem Team\n13:00 Abschluss mit Li
 sa Brandl (People)\n\nAdresse: NanoTemper Technologies GmbH\, Flößergasse 4
 \, 81369 München\n\nLG\nLisa
LOCATION:NanoTemper Technologies\, Flößergasse 4\, 81369 München
ORGANIZER;CN=Lisa Brandl:mailto:lisa.brandl@nanotempertech.com
ATTENDEE;CN=Hannah Weiss;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.weis
 s.bio@posteo.de
ATTENDEE;CN=Philipp Baaske;PARTSTAT=ACCEPTED:mailto:philipp.baaske@nanotemp
 ertech.com
ATTENDEE;CN=Anna Geiger;PARTSTAT=ACCEPTED:mailto:anna.geiger@nanotempertech.
 com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", label=yes("personio-recruiting-event-3402291-1763629200@personio.de", "NanoTemper Technologies",
               "Application Scientist", "onsite",
               "philipp.baaske@nanotempertech.com;anna.geiger@nanotempertech.com;lisa.brandl@nanotempertech.com",
               "personio-zweitgespraech-vor-ort")),

    dict(kind="softgarden", ics=r"""
BEGIN:VCALENDAR
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
VERSION:2.0
METHOD:REQUEST
@TZ:BERLIN@
BEGIN:VEVENT
UID:sg-interview-8812374-4471@softgarden.io
DTSTAMP:20251201T081544Z
DTSTART;TZID=Europe/Berlin:20251209T140000
DTEND;TZID=Europe/Berlin:20251209T150000
SUMMARY:Bruker BioSpin: Online-Interview Applikationswissenschaftler*in NMR/
 Strukturbiologie
DESCRIPTION:Sehr geehrte Frau Dr. Weiss\,\n\nhiermit bestätigen wir Ihren Te
 rmin für ein Online-Interview.\n\nStelle: Applikationswissenschaftler*in NMR
 /Strukturbiologie\, Ettlingen\nGesprächspartner: Dr. Rainer Kümmerle (Leitun
 g Applikation)\, Sandra Hübner (Personal)\n\nGoTo Meeting: https://meet.goto.com/
 418772905\nZugangscode: 418-772-905\nTelefon: +49 721 6059 6510\, Zugangs
 code 418-772-905\n\nIhr Bruker-Recruiting-Team\n--\nDiese Nachricht wurde über so
 ftgarden versendet.
LOCATION:GoTo Meeting
ORGANIZER;CN=Bruker Recruiting:mailto:jobs-noreply@softgarden.io
ATTENDEE;CN=Hannah Weiss;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.weis
 s.bio@posteo.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", label=yes("sg-interview-8812374-4471@softgarden.io", "Bruker",
               "Applikationswissenschaftler*in NMR/Strukturbiologie", "",
               "Dr. Rainer Kümmerle;Sandra Hübner", "softgarden-goto-online-interview")),

    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Dr. Rosenberg, Clemens":mailto:c.rosenberg@rosenberg-search.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Weis
 s:mailto:hannah.weiss.bio@posteo.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Dr. Weiss\,\n\nherzlichen Dank für Ihr
  Interesse. Wie am Telefon angedeutet\, darf ich Ihnen nun auch den Namen m
 eines Mandanten nennen: Es handelt sich um die Coriolis Pharma Research GmbH
  in Martinsried\, die eine Leitung „Biophysical Characterization“ sucht.\n\n
 In unserem Gespräch möchte ich Ihren Werdegang ausführlich durchgehen\, Ihr
 e Motivation und Gehaltsvorstellung besprechen und Ihnen die Position im De
 tail vorstellen\, bevor ich Sie beim Mandanten präsentiere.\n\nIch rufe Sie
  unter +49 176 22339187 an.\n\nMit besten Grüßen\nClemens Rosenberg\nRosenb
 erg Executive Search GmbH
UID:040000008200E00074C5B7101A82E0080000000044A1E9D1B046DC010000000000000000
 10000000A9C3E5F7B1D2048C9E6A8B0D2F4C6E81
SUMMARY;LANGUAGE=de-DE:Telefonat Dr. Rosenberg / Dr. Weiss
DTSTART;TZID=W. Europe Standard Time:20251027T173000
DTEND;TZID=W. Europe Standard Time:20251027T181500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251022T101127Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=yes("040000008200E00074C5B7101A82E0080000000044A1E9D1B046DC0100000000000000001000"
               "0000A9C3E5F7B1D2048C9E6A8B0D2F4C6E81", "Coriolis Pharma", "", "recruiter_screen",
               "c.rosenberg@rosenberg-search.de", "headhunter-names-client-only-in-body")),

    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Lindner, Markus":mailto:m.lindner@kvh-partners.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Weis
 s:mailto:hannah.weiss.bio@posteo.de
DESCRIPTION;LANGUAGE=en-US:Dear Dr. Weiss\,\n\nthank you for taking my call
  last week. As mentioned\, I am retained by a mid-sized\, privately held pha
 rmaceutical company in Southern Germany to fill a Director-level role in stru
 ctural and biophysical sciences. At this early stage I am not in a position
  to disclose the client's name.\n\nI would like to use this call to understa
 nd your background and career ambitions.\n\nKind regards\nMarkus Lindner\nPa
 rtner\, KVH Partners – Life Sciences Practice
UID:040000008200E00074C5B7101A82E0080000000019F0C7A2E842DC010000000000000000
 100000005D7B9E1A3C5F7E4092B4D6F8A0C2E4B6
SUMMARY;LANGUAGE=en-US:Call Markus Lindner / Dr. Hannah Weiss – confidential
  search
DTSTART;TZID=W. Europe Standard Time:20251008T180000
DTEND;TZID=W. Europe Standard Time:20251008T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251002T080514Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E0080000000019F0C7A2E842DC0100000000000000001000"
              "00005D7B9E1A3C5F7E4092B4D6F8A0C2E4B6", "headhunter-call-client-not-disclosed")),

    dict(kind="gcal-event", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ:ZURICH@
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20251029T190000
DTEND;TZID=Europe/Zurich:20251029T200000
DTSTAMP:20251024T220151Z
ORGANIZER;CN=Stefan Aebersold:mailto:stefan.aebersold.ch@gmail.com
UID:0m4v2n8q6r1s7t3u9w5x0y2z4a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hannah.weiss.bio@posteo.de;X-NUM-GUESTS=0:mailto:hannah.weiss.bio@p
 osteo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Stefan Aebersold;X-NUM-GUESTS=0:mailto:stefan.aebersold.ch@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Mirjam Odermatt;X-NUM-GUESTS=0:mailto:mirjam.odermatt@gmail.com
DESCRIPTION:Hi Hannah\,\n\ngreat to connect after your talk in Villigen. As
  I wrote\, Mirjam and I are spinning out Foldwise Therapeutics (seed round
  closes in Dec\, lab space at Biopôle / Switzerland Innovation Park Basel).
  We need someone to build the structural biology from scratch – first hire\,
  founding scientist\, real equity.\n\nLet's talk about what that would look
  like for you. Evenings are best for us\, sorry!\n\nStefan\n\nJoin with Goog
 le Meet: https://meet.google.com/pqs-hvnd-wze
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hannah / Stefan – Foldwise founding scientist
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", label=yes("0m4v2n8q6r1s7t3u9w5x0y2z4a@google.com", "Foldwise Therapeutics", "founding scientist", "",
               "stefan.aebersold.ch@gmail.com;mirjam.odermatt@gmail.com", "founder-on-gmail-stealth-startup")),

    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Hofmann, Dr. Carsten (BIP)":mailto:carsten.hofmann@boehringer-
 ingelheim.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weiss, Han
 nah":mailto:hannah.weiss@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kessler, Matthi
 as":mailto:matthias.kessler@biozentrum-hd.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dietz, Ca
 roline (BIP)":mailto:caroline.dietz@boehringer-ingelheim.com
DESCRIPTION;LANGUAGE=de-DE:Hallo zusammen\,\n\nkurzes Update zur Kooperation
  (MTA 2024-117): Stand der Komplexstrukturen mit BI-3802-Analoga\, Versand
  der nächsten Compound-Charge\, Publikationsfreigabe.\n\nTeams: https://team
 s.microsoft.com/l/meetup-join/19%3ameeting_ZTE3Mzg5\n\nBeste Grüße\nCarsten
UID:040000008200E00074C5B7101A82E00800000000B71D0E3CA746DC010000000000000000
 10000000C4E6A8B0D2F4A6C8E0B2D4F6A8C0E2D4
SUMMARY;LANGUAGE=de-DE:BI / Biozentrum HD – Kooperation Strukturen Q4
DTSTART;TZID=W. Europe Standard Time:20251113T150000
DTEND;TZID=W. Europe Standard Time:20251113T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251105T090010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E00800000000B71D0E3CA746DC0100000000000000001000"
              "0000C4E6A8B0D2F4A6C8E0B2D4F6A8C0E2D4", "industry-collaboration-call-with-pharma")),

    dict(kind="entry", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Hannah privat
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART:20260114T070000Z
DTEND:20260114T090000Z
DTSTAMP:20260108T183045Z
UID:6c0b3r8s2f5h1j9k7m4n0p2q6e@google.com
CREATED:20260108T183045Z
DESCRIPTION:Lonza Medical Services\, Visp\, Gebäude 3\nnüchtern kommen!!\nI
 mpfpass + Brille mitbringen\, Fragebogen vorher ausfüllen (PDF in Mail v. E
 sther K.)
LAST-MODIFIED:20260108T183045Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Eintrittsuntersuchung Lonza (Arbeitsmedizin)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", label=no("6c0b3r8s2f5h1j9k7m4n0p2q6e@google.com", "pre-employment-medical-after-offer")),
]
