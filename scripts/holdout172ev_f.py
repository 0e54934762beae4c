"""holdout172 events, part f: Outlook/Webex/GoTo invites, search firms and late-stage rounds (raw iCalendar text)."""

from holdout172ev_tz import BERLIN, GMT_STD, W_EUROPE

EVENTS = [
    dict(
        kind="webex-abschluss",
        uid="040000008200E00074C5B7101A82E0080000000012AB34CD56EFDC01000000000000000"
        "0100000008E7D6C5B4A39281706F5E4D3C2B1A098",
        is_interview=1,
        company="Voltaris",
        role="Head of Engineering Digital Services",
        stage="final",
        interviewers=["markus.reindl@voltaris.com"],
        trap="outlook-webex-abschlussgespraech-bereichsvorstand",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Reindl, Markus (VT DS)";SENT-BY="mailto:claudia.seitz@voltari
 s.com":mailto:markus.reindl@voltaris.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrin.vog
 t@posteo.de:mailto:katrin.vogt@posteo.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Vogt\,\n\nanbei die Einladung
  zum Abschlussgespräch mit Herrn Dr. Reindl (Bereichsvorstand Digital Ser
 vices) für die Position Head of Engineering Digital Services.\n\nBeste Grü
 ße\nClaudia Seitz\n\n-- Do not delete or change any of the following text.
  --\n\nWebex-Meeting beitreten\nhttps://voltaris.webex.com/voltaris/j.php?
 MTID=m4e2a9c1f7b\nMeeting-Kennnummer: 2742 119 8830\nPasswort: Vt2026!\n\n
 Über Telefon beitreten\n+49-619-6781-9736 Deutschland gebührenpflichtig\nZ
 ugriffscode: 274 211 98830
UID:040000008200E00074C5B7101A82E0080000000012AB34CD56EFDC0100000000000000
 00100000008E7D6C5B4A39281706F5E4D3C2B1A098
SUMMARY;LANGUAGE=de-DE:Abschlussgespräch Frau Vogt / Dr. Reindl
DTSTART;TZID=W. Europe Standard Time:20260319T083000
DTEND;TZID=W. Europe Standard Time:20260319T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260312T150140Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Webex
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goto-gespraech",
        uid="goto-mtg-719-284-035-mediform",
        is_interview=1,
        company="Mediform",
        role="Head of IT Development",
        stage="",
        interviewers=["j.fischer@mediform.de", "h.albers@mediform.de"],
        trap="goto-meeting-gespraechstermin-hamburg",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Guten Tag Frau Vogt\,\n\nvielen Dank für Ihr Interesse an der
  Position Head of IT Development. Wir laden Sie gern zu einem Gespräch mi
 t Herrn Fischer (CTO) und Frau Albers (Personalleitung) ein.\n\nBitte tre
 ten Sie über Ihren Computer\, Ihr Tablet oder Smartphone bei.\nhttps://mee
 t.goto.com/719284035\n\nSie können sich auch über Ihr Telefon einwählen.\nD
 eutschland: +49 721 6059 6510\nZugangscode: 719-284-035\n\nMediform GmbH |
  Personalabteilung
DTEND;TZID="W. Europe Standard Time":20260224T100000
DTSTAMP:20260217T081533Z
DTSTART;TZID="W. Europe Standard Time":20260224T090000
LOCATION:GoTo Meeting
ORGANIZER;CN="Albers, Heike":mailto:h.albers@mediform.de
ATTENDEE;CN="katrin.vogt@posteo.de";RSVP=TRUE:mailto:katrin.vogt@posteo.de
ATTENDEE;CN="Fischer, Jan";RSVP=TRUE:mailto:j.fischer@mediform.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Gesprächstermin Frau Vogt – Head of IT Development
TRANSP:OPAQUE
UID:goto-mtg-719-284-035-mediform
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="meet-strategy-case",
        uid="3qk8v1m0c5h2n9f6s4t7b0d3jr@google.com",
        is_interview=1,
        company="Stapelwerk",
        role="Head of Engineering",
        stage="technical",
        interviewers=["niklas@stapelwerk.dev", "ines@stapelwerk.dev"],
        trap="google-meet-engineering-strategy-case",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260226T150000
DTEND;TZID=Europe/Berlin:20260226T163000
DTSTAMP:20260220T094411Z
ORGANIZER;CN=Niklas Weber:mailto:niklas@stapelwerk.dev
UID:3qk8v1m0c5h2n9f6s4t7b0d3jr@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Niklas Weber;X-NUM-GUESTS=0:mailto:niklas@stapelwerk.dev
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ines Braun;X-NUM-GUESTS=0:mailto:ines@stapelwerk.dev
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=katrin.vogt@posteo.de;X-NUM-GUESTS=0:mailto:katrin.vogt@posteo.de
DESCRIPTION:Hi Katrin\, wie besprochen: Engineering-Strategy-Case für die
  Head-of-Engineering-Rolle. Du bekommst vorab unser Eng-Dashboard (DORA\,
  Incidents\, Roadmap) und erzählst uns\, was du in den ersten 90 Tagen mach
 en würdest. Ines (Staff Eng) ist mit dabei.\n\nJoin with Google Meet: http
 s://meet.google.com/gzu-cfwo-ahk
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Stapelwerk x Katrin – Strategy Case
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-final",
        uid="lever-interview-b4c9e2a1-77d0-4f3e-a8b5-1e6c0d9f2a73",
        is_interview=1,
        company="Mimo Learning",
        role="Head of Engineering",
        stage="final",
        interviewers=["clara@mimo-learning.de"],
        trap="lever-final-ceo-walk",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:lever-interview-b4c9e2a1-77d0-4f3e-a8b5-1e6c0d9f2a73
DTSTAMP:20260313T101010Z
DTSTART;TZID=Europe/Berlin:20260320T120000
DTEND;TZID=Europe/Berlin:20260320T130000
SUMMARY:Final conversation with Clara (CEO) - Katrin Vogt
ORGANIZER;CN=Mimo Learning Talent:mailto:jobs@mimo-learning.de
ATTENDEE;CN=Katrin Vogt;RSVP=TRUE:mailto:katrin.vogt@posteo.de
ATTENDEE;CN=Clara Schulte:mailto:clara@mimo-learning.de
LOCATION:Meet at Mimo office\, Prinzessinnenstr. 19\, Berlin – we'll take
  a walk in the park
DESCRIPTION:Last step for the Head of Engineering role: a walk & talk wit
 h Clara Schulte (CEO). Informal format\, but she will make the final call
  together with the team.\n\nSent via Lever
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-peers",
        uid="gh-interview-3308812-004@kanal.greenhouse.io",
        is_interview=1,
        company="Kanal Payments",
        role="Director of Engineering",
        stage="onsite",
        interviewers=["wouter@kanalpayments.com", "elif@kanalpayments.com"],
        trap="greenhouse-peer-interview-zoom-utc",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-3308812-004@kanal.greenhouse.io
DTSTAMP:20260226T170000Z
DTSTART:20260305T100000Z
DTEND:20260305T110000Z
SUMMARY:Kanal Payments – Peer Interview (Directors) – Katrin Vogt
ORGANIZER;CN=Kanal Recruiting:mailto:no-reply@greenhouse.io
ATTENDEE;CN=Katrin Vogt;RSVP=TRUE:mailto:katrin.vogt@posteo.de
ATTENDEE;CN=Wouter Smit:mailto:wouter@kanalpayments.com
ATTENDEE;CN=Elif Aydın:mailto:elif@kanalpayments.com
LOCATION:https://kanalpayments.zoom.us/j/88314402291
DESCRIPTION:Part of your virtual onsite for Director of Engineering.\nInt
 erviewers: Wouter Smit (Director\, Merchant Eng)\, Elif Aydın (Director\, R
 isk Eng)\nZoom: https://kanalpayments.zoom.us/j/88314402291
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="search-client-call",
        uid="040000008200E00074C5B7101A82E00800000000C0FFEE12ABCDDC01000000000000000"
        "010000000AA12BB34CC56DD78EE90FF12AB34CD56",
        is_interview=1,
        company="Bergmann Logistik",
        role="CTO",
        stage="recruiter_screen",
        interviewers=["c.hartmann@hartmann-partner.de"],
        trap="exec-search-video-call-client-in-summary",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Hartmann, Dr. Claudia";SENT-BY="mailto:office@hartmann-partne
 r.de":mailto:c.hartmann@hartmann-partner.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrin.vog
 t@posteo.de:mailto:katrin.vogt@posteo.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Vogt\,\n\nanbei die Einwahld
 aten für Ihr Gespräch mit Frau Dr. Hartmann zum CTO-Mandat.\n\nMicrosoft
  Teams\nBesprechungs-ID: 391 882 004 117\nKennung: Lg7pQ3\n\nMit freundliche
 n Grüßen\nSabine Wolters
UID:040000008200E00074C5B7101A82E00800000000C0FFEE12ABCDDC0100000000000000
 0010000000AA12BB34CC56DD78EE90FF12AB34CD56
SUMMARY;LANGUAGE=de-DE:Bergmann Logistik SE – CTO | Gespräch Dr. Hartmann /
  Frau Vogt
DTSTART;TZID=W. Europe Standard Time:20260323T173000
DTEND;TZID=W. Europe Standard Time:20260323T181500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260317T110402Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="client-cpo",
        uid="040000008200E00074C5B7101A82E00800000000BEEF0042FACEDC01000000000000000"
        "0100000001122334455667788990AABBCCDDEEFF0",
        is_interview=1,
        company="Pocketwise",
        role="VP Engineering",
        stage="hiring_manager",
        interviewers=["amara.clarke@pocketwise.co.uk"],
        trap="exec-search-books-meeting-with-client-london",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Pike, Hannah":mailto:hannah.pike@caldersearch.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katrin Vog
 t:mailto:katrin.vogt@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Clarke, A
 mara":mailto:amara.clarke@pocketwise.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Strand, O
 liver":mailto:oliver.strand@caldersearch.com
DESCRIPTION;LANGUAGE=en-GB:Dear Katrin and Amara\,\n\nAs agreed\, please f
 ind below the details for your meeting. Amara is Chief Product Officer at
  Pocketwise and the hiring manager for the VP Engineering role.\n\nJoin Mi
 crosoft Teams Meeting\nMeeting ID: 355 810 227 904\nPasscode: cP4sW9\n\nKi
 nd regards\,\nHannah Pike\, Calder Search
UID:040000008200E00074C5B7101A82E00800000000BEEF0042FACEDC0100000000000000
 00100000001122334455667788990AABBCCDDEEFF0
SUMMARY;LANGUAGE=en-GB:Katrin Vogt / Amara Clarke (Pocketwise) - VP Engine
 ering
DTSTART;TZID=GMT Standard Time:20260318T120000
DTEND;TZID=GMT Standard Time:20260318T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260311T160000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-interview",
        uid="040000008200E00074C5B7101A82E008000000007A7B7C7D7E7FDC01000000000000000"
        "01000000012121212343434345656565678787878",
        is_interview=1,
        company="Lumen Grid",
        role="Engineering Director",
        stage="",
        interviewers=["femke.devries@lumengrid.nl"],
        trap="outlook-english-interview-teams-amsterdam",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="de Vries, Femke":mailto:femke.devries@lumengrid.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrin.vog
 t@posteo.de:mailto:katrin.vogt@posteo.de
DESCRIPTION;LANGUAGE=en-US:Hi Katrin\, as promised on the phone\, an invit
 e for our interview about the Engineering Director position.\n\n_________
 _______________________________________________________________________\n
 Microsoft Teams meeting\nJoin on your computer\, mobile app or room device
 \nMeeting ID: 377 402 118 631\nPasscode: 2pZtqe\n______________________________
UID:040000008200E00074C5B7101A82E008000000007A7B7C7D7E7FDC0100000000000000
 001000000012121212343434345656565678787878
SUMMARY;LANGUAGE=en-US:Interview Katrin Vogt - Engineering Director
DTSTART;TZID=W. Europe Standard Time:20260226T110000
DTEND;TZID=W. Europe Standard Time:20260226T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260223T093000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="runde-zwei",
        uid="040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6DC01000000000000000"
        "010000000F0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF",
        is_interview=1,
        company="Fahrwerk Software",
        role="Head of Engineering",
        stage="technical",
        interviewers=["andreas.lechner@fahrwerk-software.de", "yvonne.graf@fahrwerk-software.de"],
        trap="outlook-runde-2-fallstudie-munich-room",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Graf, Yvonne":mailto:yvonne.graf@fahrwerk-software.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrin.vog
 t@posteo.de:mailto:katrin.vogt@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lechner, Andr
 eas":mailto:andreas.lechner@fahrwerk-software.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="MUC-2.OG-Isar":mai
 lto:muc-2og-isar@fahrwerk-software.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Vogt\,\n\nfür Runde 2 bereiten Sie b
 itte die Fallstudie vor\, die Sie per Mail bekommen haben (Skalierung uns
 erer OTA-Update-Plattform). 30 Min Präsentation\, 60 Min Diskussion mit H
 errn Lechner (CTO) und mir.\n\nViele Grüße\nYvonne Graf\, HR
UID:040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6DC0100000000000000
 0010000000F0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF
SUMMARY;LANGUAGE=de-DE:Runde 2 – Head of Engineering – Vogt
DTSTART;TZID=W. Europe Standard Time:20260313T130000
DTEND;TZID=W. Europe Standard Time:20260313T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260305T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:MUC-2.OG-Isar\, Fahrwerk Software GmbH\, Landsberger Str. 110
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teamtailor-hm",
        uid="tt-interview-c71e5a02@teamtailor.com",
        is_interview=1,
        company="Polarstern Games",
        role="Head of Engineering",
        stage="hiring_manager",
        interviewers=["viktor@polarstern.games"],
        trap="teamtailor-meet-the-hiring-manager",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-c71e5a02@teamtailor.com
DTSTAMP:20260216T140000Z
DTSTART:20260219T140000Z
DTEND:20260219T144500Z
SUMMARY:Meet Viktor – Head of Engineering @ Polarstern Games
ORGANIZER;CN=Polarstern Games:mailto:jobs@polarstern.games
ATTENDEE;CN=Katrin Vogt;RSVP=TRUE:mailto:katrin.vogt@posteo.de
ATTENDEE;CN=Viktor Lindgren:mailto:viktor@polarstern.games
LOCATION:https://app.teamtailor.com/meetings/join/c71e5a02
DESCRIPTION:Hi Katrin! Next step: a 45-minute conversation with Viktor Lind
 gren\, our CTO and your future manager.\n\nJoin: https://app.teamtailor.co
 m/meetings/join/c71e5a02\n\nPolarstern Games
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
