"""holdout172 events, part a: Kontora, Vantora and Brenner processes (raw iCalendar text)."""

from holdout172ev_tz import BERLIN, W_EUROPE

EVENTS = [
    dict(
        kind="greenhouse-intro",
        uid="4kq0d7n2m5h1c9p3v6s8b0t2ra@google.com",
        is_interview=1,
        company="Kontora",
        role="Head of Engineering",
        stage="recruiter_screen",
        interviewers=["lea.hoffmann@kontora.de"],
        trap="greenhouse-google-intro-call-talent-partner",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260210T100000
DTEND;TZID=Europe/Berlin:20260210T103000
DTSTAMP:20260204T151203Z
ORGANIZER;CN=Kontora Talent:mailto:talent@kontora.de
UID:4kq0d7n2m5h1c9p3v6s8b0t2ra@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=katrin.vogt@posteo.de;X-NUM-GUESTS=0:mailto:katrin.vogt@posteo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lea Hoffmann;X-NUM-GUESTS=0:mailto:lea.hoffmann@kontora.de
X-GOOGLE-CONFERENCE:https://meet.google.com/qvd-mtbz-kre
CREATED:20260204T151202Z
DESCRIPTION:Hi Katrin\,\n\nthanks for taking the time! This is a first 30-
 minute conversation with Lea from our Talent team about the Head of Engine
 ering role\, your background and what you are looking for.\n\nScheduled vi
 a Greenhouse\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/qvd-mtbz-kre\n
 Or dial: (DE) +49 30 300195341 PIN: 418 772 093#\n\nLearn more about Meet
 at: https://support.google.com/a/users/answer/9282720\n-::~:~::~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20260204T151203Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Katrin Vogt <> Kontora | Intro with Lea (Talent)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="cto-interview",
        uid="gh-interview-7731904-002@kontora.greenhouse.io",
        is_interview=1,
        company="Kontora",
        role="Head of Engineering",
        stage="hiring_manager",
        interviewers=["f.adebayo@kontora.de"],
        trap="greenhouse-cto-conversation-no-interview-word",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:gh-interview-7731904-002@kontora.greenhouse.io
DTSTAMP:20260212T094455Z
DTSTART;TZID=Europe/Berlin:20260218T160000
DTEND;TZID=Europe/Berlin:20260218T170000
SUMMARY:Katrin Vogt / Femi Adebayo (CTO) – Head of Engineering
ORGANIZER;CN=Lea Hoffmann:mailto:lea.hoffmann@kontora.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katrin Vo
 gt:mailto:katrin.vogt@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Femi Adebayo:mailto:f.ad
 ebayo@kontora.de
LOCATION:https://meet.google.com/wzx-hfoa-pnd
DESCRIPTION:Hi Katrin\,\n\nas discussed\, here is your conversation with F
 emi\, our CTO. Femi will talk about where engineering at Kontora is today
  (5 teams\, ~45 engineers)\, what he expects from the Head of Engineering i
 n the first 12 months\, and will want to hear how you have grown managers
  and run platform migrations.\n\nNo preparation needed beyond your CV.\n\n
 Google Meet: https://meet.google.com/wzx-hfoa-pnd\n\nBest\,\nLea
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="founders-final",
        uid="gh-interview-7731904-005@kontora.greenhouse.io",
        is_interview=1,
        company="Kontora",
        role="Head of Engineering",
        stage="final",
        interviewers=["m.roth@kontora.de", "s.celik@kontora.de"],
        trap="greenhouse-final-founders-in-office",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:gh-interview-7731904-005@kontora.greenhouse.io
DTSTAMP:20260303T120410Z
DTSTART;TZID=Europe/Berlin:20260310T140000
DTEND;TZID=Europe/Berlin:20260310T153000
SUMMARY:Final round: Katrin Vogt with Marie & Serkan (Founders)
ORGANIZER;CN=Lea Hoffmann:mailto:lea.hoffmann@kontora.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katrin Vo
 gt:mailto:katrin.vogt@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marie Roth:mailto:m.roth
 @kontora.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Serkan Celik:mailto:s.ce
 lik@kontora.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN=BER-Kreuzberg-3OG-Spree (8
 ):mailto:c_1889kontora3ogspree@resource.calendar.google.com
LOCATION:Kontora\, Ritterstraße 12\, 10969 Berlin – 3. OG\, Raum Spree
DESCRIPTION:Hallo Katrin\,\n\nwir freuen uns sehr\, dich zur letzten Runde
  bei uns im Büro zu begrüßen. Du sprichst 90 Minuten mit unseren Gründern
  Marie Roth (CEO) und Serkan Celik (COO) – Schwerpunkt: Zusammenarbeit mit
  Product\, Budget und Org-Design für 2026.\n\nBitte melde dich am Empfang
  im EG.\n\nBis dann!\nLea
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-screen",
        uid="GT-evt-5f2a91c0-phone-screen@goodtime.io",
        is_interview=1,
        company="Vantora",
        role="Director of Engineering, Payments Infrastructure",
        stage="recruiter_screen",
        interviewers=["ohanlon@vantora.com"],
        trap="goodtime-phone-screen-recruiter-calls-you",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:GT-evt-5f2a91c0-phone-screen@goodtime.io
DTSTAMP:20260205T081215Z
DTSTART:20260211T090000Z
DTEND:20260211T094500Z
SUMMARY:Vantora Phone Screen - Katrin Vogt - Director of Engineering\, Pay
 ments Infrastructure
ORGANIZER;CN=Vantora Recruiting Coordination:mailto:no-reply@goodtime.io
ATTENDEE;CN=Katrin Vogt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 :mailto:katrin.vogt@posteo.de
ATTENDEE;CN=Siobhan O'Hanlon;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto
 :ohanlon@vantora.com
LOCATION:Phone - Siobhan will call you on +49 176 2284 5190
DESCRIPTION:Hello Katrin\,\n\nYour phone screen with Vantora has been conf
 irmed.\n\nDate: Wednesday\, February 11\, 2026\nTime: 10:00 AM - 10:45 AM
  (CET)\nInterviewer: Siobhan O'Hanlon\, Senior Technical Recruiter\n\nSiobh
 an will call you at +49 176 2284 5190. This conversation covers your expe
 rience\, your interest in Vantora and the interview process ahead.\n\nNeed
  to reschedule? Use this link: https://app.goodtime.io/candidate/r/5f2a91c
 0\n\nVantora Recruiting Coordination
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="virtual-onsite",
        uid="GT-evt-8d11e7aa-vo-leadership@goodtime.io",
        is_interview=1,
        company="Vantora",
        role="Director of Engineering, Payments Infrastructure",
        stage="onsite",
        interviewers=["kwame.mensah@vantora.com"],
        trap="goodtime-virtual-onsite-session-people-leadership",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:GT-evt-8d11e7aa-vo-leadership@goodtime.io
DTSTAMP:20260220T171502Z
DTSTART:20260303T130000Z
DTEND:20260303T140000Z
SUMMARY:[Virtual Onsite] Session 2 of 4: People Leadership - Katrin Vogt
ORGANIZER;CN=Vantora Recruiting Coordination:mailto:no-reply@goodtime.io
ATTENDEE;CN=Katrin Vogt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 :mailto:katrin.vogt@posteo.de
ATTENDEE;CN=Kwame Mensah;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kwa
 me.mensah@vantora.com
LOCATION:Amazon Chime: https://chime.aws/4418803921
DESCRIPTION:Virtual Onsite - Director of Engineering\, Payments Infrastruc
 ture (Req 2931447)\n\nSession 2 of 4\nInterviewer: Kwame Mensah\, Sr. Mana
 ger\, Software Development\nFocus: People leadership\, hiring and developin
 g leaders\, handling underperformance. Expect behavioural questions - plea
 se use concrete examples (situation\, action\, result).\n\nJoin: https://ch
 ime.aws/4418803921\nMeeting ID: 4418 80 3921\nDial-in (DE): +49 69 2222 21
 84\n\nYour full loop schedule is in the confirmation email. Please join 2
  minutes early.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bar-raiser",
        uid="GT-evt-8d11e7aa-vo-br@goodtime.io",
        is_interview=1,
        company="Vantora",
        role="Director of Engineering, Payments Infrastructure",
        stage="onsite",
        interviewers=["d.lindqvist@vantora.com"],
        trap="goodtime-virtual-onsite-bar-raiser-candidate-side",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:GT-evt-8d11e7aa-vo-br@goodtime.io
DTSTAMP:20260220T171502Z
DTSTART:20260303T150000Z
DTEND:20260303T160000Z
SUMMARY:[Virtual Onsite] Session 4 of 4 - Bar Raiser
ORGANIZER;CN=Vantora Recruiting Coordination:mailto:no-reply@goodtime.io
ATTENDEE;CN=Katrin Vogt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 :mailto:katrin.vogt@posteo.de
ATTENDEE;CN=Dag Lindqvist;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:d.
 lindqvist@vantora.com
ATTENDEE;CN=Priya Raman (Coordinator);ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTE
 D:mailto:praman@vantora.com
LOCATION:Amazon Chime: https://chime.aws/7702915530
DESCRIPTION:Candidate: Katrin Vogt\nRole: Director of Engineering\, Paymen
 ts Infrastructure\n\nSession 4 of 4 - Bar Raiser (Dag Lindqvist)\nThe Bar
  Raiser is an experienced interviewer from outside the hiring team. Expect
  questions across our Leadership Principles\, with follow-ups on scope and
  judgment.\n\nJoin: https://chime.aws/7702915530\n\nQuestions? Reply to Pri
 ya Raman\, Recruiting Coordinator.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-vorstellung",
        uid="040000008200E00074C5B7101A82E00800000000D0C3A1F7E49CDC01000000000000000"
        "01000000094A1C2F3E0B5D54B8F2C1A7E66D0F3B1",
        is_interview=1,
        company="Brenner Antriebstechnik",
        role="Leiter Softwareentwicklung (m/w/d)",
        stage="hiring_manager",
        interviewers=["thomas.brenner@brenner-antriebe.de", "petra.sauter@brenner-antriebe.de"],
        trap="outlook-mittelstand-vorstellungsgespraech-sent-by-assistant",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Brenner, Thomas";SENT-BY="mailto:sekretariat@brenner-antriebe
 .de":mailto:thomas.brenner@brenner-antriebe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrin.vog
 t@posteo.de:mailto:katrin.vogt@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sauter, P
 etra":mailto:petra.sauter@brenner-antriebe.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Vogt\,\n\nvielen Dank für Ihr
 e Bewerbung als Leiter Softwareentwicklung (m/w/d). Gerne möchten wir Sie
  zu einem ersten Gespräch per Microsoft Teams einladen. Teilnehmen werden
  Herr Thomas Brenner (Geschäftsführer Technik) und Frau Petra Sauter (Perso
 nal).\n\nMit freundlichen Grüßen\ni.A. Renate Kübler\nAssistenz der Gesch
 äftsführung\n\n___________________________________________________________
 _____________________\nMicrosoft Teams Benötigen Sie Hilfe?\nJetzt an der
  Besprechung teilnehmen\nBesprechungs-ID: 372 118 904 552\nKennung: 9Rb6Xw\n
 ______________________________________________________________________
UID:040000008200E00074C5B7101A82E00800000000D0C3A1F7E49CDC0100000000000000
 001000000094A1C2F3E0B5D54B8F2C1A7E66D0F3B1
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Frau Vogt
DTSTART;TZID=W. Europe Standard Time:20260216T103000
DTEND;TZID=W. Europe Standard Time:20260216T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260209T134411Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-vor-ort",
        uid="040000008200E00074C5B7101A82E00800000000F2E19B3AC8A6DC01000000000000000"
        "01000000077B0E4D1AF3C8A4E9D5B2C6F11A8E702",
        is_interview=1,
        company="Brenner Antriebstechnik",
        role="Leiter Softwareentwicklung (m/w/d)",
        stage="onsite",
        interviewers=["thomas.brenner@brenner-antriebe.de", "j.haller@brenner-antriebe.de"],
        trap="outlook-mittelstand-zweitgespraech-werksrundgang-room-resource",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Brenner, Thomas";SENT-BY="mailto:sekretariat@brenner-antriebe
 .de":mailto:thomas.brenner@brenner-antriebe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrin.vog
 t@posteo.de:mailto:katrin.vogt@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Haller, J
 ürgen":mailto:j.haller@brenner-antriebe.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="Besprechungsrau
 m Neckar (EG)":mailto:raum.neckar@brenner-antriebe.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Vogt\,\n\nwie telefonisch bes
 prochen\, bestätigen wir Ihnen hiermit den Termin für das zweite Gespräch
  bei uns in Ludwigsburg.\n\nAblauf:\n10:00 Begrüßung\, Werksrundgang mit H
 errn Haller (Leiter Produktion)\n11:00 Gespräch mit Herrn Brenner und Herr
 n Haller\n12:30 gemeinsames Mittagessen\n\nDie Reisekosten (Bahn 2. Klass
 e) erstatten wir Ihnen selbstverständlich. Parkplätze finden Sie vor Tor
  2.\n\nMit freundlichen Grüßen\ni.A. Renate Kübler
UID:040000008200E00074C5B7101A82E00800000000F2E19B3AC8A6DC0100000000000000
 001000000077B0E4D1AF3C8A4E9D5B2C6F11A8E702
SUMMARY;LANGUAGE=de-DE:2. Gespräch Frau Vogt - Leitung Softwareentwicklung
DTSTART;TZID=W. Europe Standard Time:20260305T100000
DTEND;TZID=W. Europe Standard Time:20260305T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260223T091520Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Brenner Antriebstechnik\, Besprechungsraum Neckar (
 EG)\, Porschestr. 41\, 71634 Ludwigsburg
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
]
