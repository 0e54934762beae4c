"""holdout200 events, part f: fintech, Singapore, Basel, Geneva and smaller banks (CC0 1.0)."""

from holdout200ev_common import TZ_SGP, TZ_WEST, TZ_ZRH, ev

EVENTS = [
    ev(
        "greenhouse-case", "greenhouse-finmira-51230877-panel@greenhouse.io", 1, "Finmira",
        "Head of Private Clients", "technical", "lena.hartmann@finmira.ch;jonas.egger@finmira.ch",
        "greenhouse-fintech-case-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-finmira-51230877-panel@greenhouse.io
DTSTAMP:20251110T160144Z
DTSTART:20251117T150000Z
DTEND:20251117T163000Z
SUMMARY:Interview: Reto Baumgartner for Head of Private Clients (Case & Product)
DESCRIPTION:Hi Reto\,\n\nHere are the details for your case interview with
  Finmira:\n\n16:00 - 16:45 Lena Hartmann (CEO & Co-Founder) - Client acqui
 sition case\n16:45 - 17:30 Jonas Egger (CTO) - Product walkthrough & feedba
 ck\n\nGoogle Meet: https://meet.google.com/hrt-mqkz-bwe\n\nPlease let us k
 now if you need to reschedule.\nThe Finmira Team
ORGANIZER;CN=Finmira Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Reto Baumgartner;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "zoom-english", "heritage-rb-zoom-83011924455@zoom.us", 1, "Banque Heritage",
        "Senior Relationship Manager – German-speaking Switzerland", "", "olga.petrenko@heritage.ch",
        "zoom-english-geneva-bank",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
""" + TZ_ZRH + r"""BEGIN:VEVENT
DTSTAMP:20251120T101010Z
DTSTART;TZID=Europe/Zurich:20251127T170000
DTEND;TZID=Europe/Zurich:20251127T174500
SUMMARY:Banque Heritage - Senior RM German-speaking Switzerland - R. Baumgartner
UID:heritage-rb-zoom-83011924455@zoom.us
DESCRIPTION:Olga Petrenko is inviting you to a scheduled Zoom meeting.\n\nT
 opic: Banque Heritage - Senior RM German-speaking Switzerland - R. Baumgart
 ner\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/83011924455?pwd=UTdG\n\n
 Meeting ID: 830 1192 4455\nPasscode: 117430\n\nOne tap mobile\n+41432107108
 \,\,83011924455# Switzerland
ORGANIZER;CN=Olga Petrenko:mailto:olga.petrenko@heritage.ch
ATTENDEE;CN=Reto Baumgartner;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
LOCATION:https://us06web.zoom.us/j/83011924455?pwd=UTdG
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "android-entry", "2c9d4e1f7a8b@google.com", 1, "Privatbank IHAG", "", "", "Fr. Dr. Zollinger",
        "typed-on-android-terse-with-typo",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + TZ_ZRH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20251202T073000
DTEND;TZID=Europe/Zurich:20251202T083000
DTSTAMP:20251125T212233Z
UID:2c9d4e1f7a8b@google.com
DESCRIPTION:Bewerbungsgepräch IHAG mit Fr. Dr. Zollinger (Leiterin PB)\, Z
 eugnisse + Referenzliste mit
LOCATION:Bleicherweg 18
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:IHAG Zollinger 7:30!!
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "modernloop-final", "modernloop-lgt-sg-f3a1b7c9@modernloop.io", 1, "LGT Bank (Singapore)",
        "Executive Director, Senior Relationship Manager – Swiss & German Clients", "final",
        "wei.ling.chua@lgt.com;matthias.frick@lgt.com", "modernloop-final-round-singapore-0300-zurich",
        r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_SGP + r"""BEGIN:VEVENT
UID:modernloop-lgt-sg-f3a1b7c9@modernloop.io
DTSTAMP:20251201T020000Z
DTSTART;TZID=Asia/Singapore:20251209T100000
DTEND;TZID=Asia/Singapore:20251209T113000
SUMMARY:Final round: Reto Baumgartner - Executive Director\, Senior RM (Swiss & German Clients)
DESCRIPTION:Final round for Executive Director\, Senior Relationship Manager
  – Swiss & German Clients.\n\nInterviewers:\n- Wei Ling Chua\, CEO LGT Ban
 k (Singapore)\n- Matthias Frick\, Head Europe Desk\n\nVideo: https://lgt.
 zoom.us/j/96622310458\n\nThis interview was scheduled with ModernLoop.
ORGANIZER;CN=LGT Talent Acquisition Singapore:mailto:scheduling@modernloop.io
ATTENDEE;CN=Reto Baumgartner;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
ATTENDEE;CN=Wei Ling Chua:mailto:wei.ling.chua@lgt.com
ATTENDEE;CN=Matthias Frick:mailto:matthias.frick@lgt.com
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "avature-interview", "avature-jss-int-20251020-7712@avature.net", 1, "J. Safra Sarasin",
        "Senior Relationship Manager Private Banking DACH", "hiring_manager", "ralph.kuenzli@jsafrasarasin.com",
        "avature-bank-ats-german",
        r"""BEGIN:VCALENDAR
PRODID:-//Avature//Avature Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_ZRH + r"""BEGIN:VEVENT
UID:avature-jss-int-20251020-7712@avature.net
DTSTAMP:20251014T080808Z
DTSTART;TZID=Europe/Zurich:20251020T171500
DTEND;TZID=Europe/Zurich:20251020T181500
SUMMARY:Gespräch – Senior Relationship Manager Private Banking DACH (Ref. 25-1187)
DESCRIPTION:Sehr geehrter Herr Baumgartner\n\nWir bestätigen Ihren Termin m
 it Herrn Ralph Künzli\, Head Private Banking DACH\, an der Talstrasse 66\,
  8001 Zürich.\n\nFreundliche Grüsse\nBank J. Safra Sarasin AG\, Talent Acq
 uisition
ORGANIZER;CN=J. Safra Sarasin Careers:mailto:careers@jsafrasarasin.avature.net
ATTENDEE;CN=Reto Baumgartner;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
ATTENDEE;CN=Ralph Künzli:mailto:ralph.kuenzli@jsafrasarasin.com
LOCATION:Talstrasse 66\, 8001 Zürich
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "onlyfy-interview", "onlyfy-akb-9013377@onlyfy.io", 1, "Aargauische Kantonalbank",
        "Teamleiter Private Banking", "onsite", "stefan.meier@akb.ch;corinne.bolliger@akb.ch",
        "onlyfy-swiss-ats-einladung-aarau",
        r"""BEGIN:VCALENDAR
PRODID:-//onlyfy by XING//Interview//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:onlyfy-akb-9013377@onlyfy.io
DTSTAMP:20251106T123000Z
DTSTART:20251114T130000Z
DTEND:20251114T153000Z
SUMMARY:Einladung Vorstellungsgespräch – Teamleiter Private Banking (AKB)
DESCRIPTION:Guten Tag Herr Baumgartner\n\nGerne laden wir Sie zum Vorstellu
 ngsgespräch nach Aarau ein (Bahnhofstrasse 58). Ablauf: Gespräch mit Stef
 an Meier (Leiter Private Banking) und Corinne Bolliger (HR)\, anschliessend
  Rundgang und Kennenlernen des Teams.\n\nFreundliche Grüsse\nAargauische Ka
 ntonalbank\, Personal
ORGANIZER;CN=AKB Personal:mailto:noreply@onlyfy.io
ATTENDEE;CN=Reto Baumgartner;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
ATTENDEE;CN=Stefan Meier:mailto:stefan.meier@akb.ch
ATTENDEE;CN=Corinne Bolliger:mailto:corinne.bolliger@akb.ch
LOCATION:Bahnhofstrasse 58\, 5000 Aarau
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "basel-erstgespraech", "040000008200E00074C5B7101A82E008000000009C8B7A6F5E4DDC01000000000000000010000000"
        "DRY2025", 1, "Dreyfus Söhne & Cie", "", "", "lukas.dreyfus@dreyfusbanquiers.ch",
        "outlook-sent-by-basel-no-role",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Dreyfus, Lukas";SENT-BY="mailto:sekretariat@dreyfusbanquiers.ch"
 :mailto:lukas.dreyfus@dreyfusbanquiers.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=reto.baumgartner@bluewin.ch
 :mailto:reto.baumgartner@bluewin.ch
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrter Herr Baumgartner\n\nHerr Dreyfus f
 reut sich\, Sie zu einem ersten Gespräch in Basel (Aeschenvorstadt 16) zu e
 mpfangen.\n\nMit freundlichen Grüssen\nSekretariat der Geschäftsleitung
UID:040000008200E00074C5B7101A82E008000000009C8B7A6F5E4DDC01000000000000000010000000DRY2025
SUMMARY;LANGUAGE=de-CH:Erstes Gespräch Hr. Baumgartner / Hr. Dreyfus
DTSTART;TZID=W. Europe Standard Time:20251210T103000
DTEND;TZID=W. Europe Standard Time:20251210T113000
DTSTAMP:20251201T091100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Aeschenvorstadt 16\, Basel
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "teams-francais", "bcge-rh-teams-5517@bcge.ch", 1, "BCGE",
        "Gestionnaire Private Banking senior – clientèle suisse alémanique", "recruiter_screen",
        "melanie.dubois@bcge.ch", "utc-teams-french-premier-contact-rh",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:bcge-rh-teams-5517@bcge.ch
DTSTAMP:20251204T140000Z
DTSTART:20251211T073000Z
DTEND:20251211T080000Z
SUMMARY:Premier contact RH – Gestionnaire Private Banking senior
DESCRIPTION:Bonjour Monsieur Baumgartner\,\n\nJe vous propose un premier co
 ntact de 30 minutes par Teams au sujet du poste de Gestionnaire Private Ban
 king senior – clientèle suisse alémanique.\n\nRéunion Microsoft Teams\nID
  de la réunion : 359 882 014 77\nCode secret : h4Lx9q\n\nMélanie Dubois\,
  Recrutement
ORGANIZER;CN="Dubois Mélanie":mailto:melanie.dubois@bcge.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Reto Baumgartner:mailto:reto.baumgartner@bluewin.ch
LOCATION:Réunion Microsoft Teams
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "rexx-interview", "rexx-globalance-IV-2025-0211@rexx-recruitment.com", 1, "Globalance Bank",
        "Senior Kundenberater Private Banking", "", "beat.zellweger@globalance.com",
        "rexx-ats-german-gespraech-no-stage",
        r"""BEGIN:VCALENDAR
PRODID:-//rexx systems//rexx Recruitment//DE
VERSION:2.0
METHOD:REQUEST
""" + TZ_ZRH + r"""BEGIN:VEVENT
UID:rexx-globalance-IV-2025-0211@rexx-recruitment.com
DTSTAMP:20251112T100000Z
DTSTART;TZID=Europe/Zurich:20251119T160000
DTEND;TZID=Europe/Zurich:20251119T170000
SUMMARY:Termin: Gespräch zur Stelle Senior Kundenberater Private Banking
DESCRIPTION:Sehr geehrter Herr Baumgartner\,\n\nhiermit bestätigen wir Ihren
  Gesprächstermin mit Herrn Beat Zellweger.\nOrt: Globalance Bank AG\, Gott
 hardstrasse 4\, 8002 Zürich\n\nMit freundlichen Grüssen\nGlobalance Bank AG
ORGANIZER;CN=Globalance Bank AG:mailto:jobs@rexx-recruitment.com
ATTENDEE;CN=Reto Baumgartner;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
ATTENDEE;CN=Beat Zellweger:mailto:beat.zellweger@globalance.com
LOCATION:Gotthardstrasse 4\, 8002 Zürich
END:VEVENT
END:VCALENDAR
""",
    ),
]
