# ruff: noqa: E501, W291, W293, RUF100
"""holdout269 events, part b: the user's own interviews at employers with several rounds (2/2)."""

from holdout269ev_zones import (
    GCAL_FOOTER,
    LA_GOOGLE,
    ROMANCE_OUTLOOK,
    WEU_OUTLOOK,
    gmeet,
    teams,
)

FORMS = {
    "Northlight Studios": "Northlight",
    "Funkelhaus Formate": "Funkelhaus|Funkelhaus Formate GmbH|Funkelhaus Formate US",
    "Maison Boréale Productions": "Maison Boréale|Maison Boreale|Boréale Productions",
    "Velvet Rope Reality": "Velvet Rope",
    "Big Yard Television": "Big Yard|Big Yard TV",
    "Kettle & Crow Media": "Kettle & Crow|Kettle and Crow|K&C",
    "Lantern House Productions": "Lantern House",
    "Casa Brava Producciones": "Casa Brava",
}

EVENTS = [
    dict(
        kind="successfactors-recruiter-screen",
        uid="SFINT-11873-0000482291-20251015",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SFINT-11873-0000482291-20251015
DTSTAMP:20251010T180301Z
DTSTART;TZID=America/Los_Angeles:20251015T113000
DTEND;TZID=America/Los_Angeles:20251015T120000
ORGANIZER;CN=Northlight Studios Careers:mailto:northlight-careers@successfa
 ctors.example.com
ATTENDEE;CN=Dario Esposito;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:dario.esposi
 to@northlightstudios.example.com
ATTENDEE;CN=Tasha Greenberg-Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION
 ;RSVP=TRUE:mailto:tasha.gr.casting@gmail.com
SUMMARY:Interview Scheduled: Casting Director\, Alternative Programming (Re
 q 11873)
LOCATION:Video (Webex) - link below
DESCRIPTION:Dear Tasha\,\n\nYour interview has been scheduled.\n\nPosition
 : Casting Director\, Alternative Programming (Req 11873)\nInterview type:
  Recruiter Interview\nInterviewer: Dario Esposito\, Senior Talent Acquisit
 ion Partner\nDuration: 30 minutes\n\nJoin Webex meeting: https://northlig
 ht.webex.com/northlight/j.php?MTID=m4c0e2b9a71d35f86e0a4b2c7d9e1f3a5\nMee
 ting number: 2634 118 9052\nPassword: Cast2025\nJoin by phone: +1-415-555
 -0163 United States Toll\n\nWe look forward to speaking with you.\nNorthl
 ight Studios Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Northlight Studios",
        role="Casting Director, Alternative Programming",
        stage="recruiter_screen",
        interviewers="dario.esposito@northlightstudios.example.com",
        trap="successfactors-webex-iana-zone-no-vtimezone",
        hiring=False,
    ),
    dict(
        kind="outlook-assessment-day",
        uid="040000008200E00074C5B7101A82E00800000000D4B8E2F17A65DC01000000000000000010000000C2E5A8F1D3B7096A4E2C1B9D8F7A0E63",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Northlight Early Careers":mailto:earlycareers@northlightstudi
 os.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tasha.gr.c
 asting@gmail.com:mailto:tasha.gr.casting@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Raman, Priy
 a":mailto:priya.raman@northlightstudios.example.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Hughes, Col
 in":mailto:colin.hughes@northlightstudios.example.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE
 ;CN="NLS Lot - Stage 9 Mezzanine Training Room":mailto:nls-stg9-training@n
 orthlightstudios.example.com
DESCRIPTION;LANGUAGE=en-US:Congratulations on advancing to the Assessment 
 Day for the 2026 Alternative Casting Leadership Program (Casting Director\,
  Alternative Programming track).\n\nAgenda\n9:00  Welcome & lot tour\n9:4
 5  Group exercise: cast a 10-person competition format from a one-page br
 ief\n11:30  Written exercise: contestant risk notes\n12:30  Lunch with cu
 rrent program members\n1:30  Panel interviews – Priya Raman (SVP Casting) 
 and Colin Hughes (Director\, Alternative)\n3:30  Wrap\n\nBring a governme
 nt ID for the gate. Business casual.\n
UID:040000008200E00074C5B7101A82E00800000000D4B8E2F17A65DC0100000000000000
 0010000000C2E5A8F1D3B7096A4E2C1B9D8F7A0E63
SUMMARY;LANGUAGE=en-US:Assessment Day – Alternative Casting Leadership Prog
 ram
DTSTART;TZID="(UTC-08:00) Pacific Time (US & Canada)":20251106T090000
DTEND;TZID="(UTC-08:00) Pacific Time (US & Canada)":20251106T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251027T161045Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Northlight Studios Main Lot - Gate 3\, Stage 9 Mezz
 anine
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Northlight Studios",
        role="Casting Director, Alternative Programming",
        stage="onsite",
        interviewers="priya.raman@northlightstudios.example.com;colin.hughes@northlightstudios.example.com",
        trap="assessment-day-utc-label-zone-without-vtimezone",
        hiring=False,
    ),
    dict(
        kind="outlook-german-vorstellungsgespraech",
        uid="040000008200E00074C5B7101A82E00800000000A9E3F7C21B40DC01000000000000000010000000E4F1A7C3B9D2086E5A1C4F7B2D9E3A08",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEU_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Brandt, Katrin":mailto:k.brandt@funkelhaus-formate.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tasha.gr.c
 asting@gmail.com:mailto:tasha.gr.casting@gmail.com
DESCRIPTION;LANGUAGE=de-DE:Liebe Tasha\,\n\nvielen Dank für Ihre Bewerbung 
 als Casting Producer (m/w/d) – US-Adaptionen. Gerne möchten wir Sie in ei
 nem ersten Video-Gespräch kennenlernen (ca. 45 Minuten\, auf Englisch).\n
 \nTermin: Dienstag\, 14.10.\, 18:00 Uhr MESZ (= 9:00 a.m. Pacific)\n\nMit
  freundlichen Grüßen\nKatrin Brandt\nPersonalreferentin Talent Acquisitio
 n\nFunkelhaus Formate GmbH · Schlesische Str. 88 · 10997 Berlin\n""" + teams("335 719 204 881", "Fh6xK3", "OTQ1YWNkMjgtYzE3ZS00MGQ2LTllMjEtNGM4ZjVkOWUxYjA0") + r"""
UID:040000008200E00074C5B7101A82E00800000000A9E3F7C21B40DC0100000000000000
 0010000000E4F1A7C3B9D2086E5A1C4F7B2D9E3A08
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch (Video) – Casting Producer US /
  Tasha Greenberg-Ruiz
DTSTART;TZID=W. Europe Standard Time:20251014T180000
DTEND;TZID=W. Europe Standard Time:20251014T184500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251008T083012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Funkelhaus Formate",
        role="Casting Producer (m/w/d) – US-Adaptionen",
        stage="recruiter_screen",
        interviewers="k.brandt@funkelhaus-formate.example.de",
        trap="german-w-europe-zone-us-candidate",
        hiring=False,
    ),
    dict(
        kind="zoom-portal-fachgespraech",
        uid="ZOOM87712093345-FH-20251104",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
BEGIN:VEVENT
DTSTAMP:20251029T101455Z
DTSTART:20251104T170000Z
DTEND:20251104T180000Z
SUMMARY:Fachgespräch Casting – "Die Hof-WG" US / Tasha Greenberg-Ruiz
UID:ZOOM87712093345-FH-20251104
TZID:Europe/Berlin
DESCRIPTION:Jonas Ettinger lädt Sie zu einem geplanten Zoom-Meeting ein.\n
 \nTeilnehmer: Jonas Ettinger (Head of Casting)\, Ute Marx (Produzentin)\,
  Tasha Greenberg-Ruiz\n\nAgenda: Casting-Konzept für die US-Adaption von 
 "Die Hof-WG" – please prepare a 10-minute walkthrough of where you would f
 ind the six farm roommates and how you'd vet them.\n\nZoom-Meeting beitre
 ten\nhttps://us06web.zoom.us/j/87712093345?pwd=bWZ1dTNhQ0JYdmlYc0tUaA\n\n
 Meeting-ID: 877 1209 3345\nKenncode: 440917\n
LOCATION:https://us06web.zoom.us/j/87712093345?pwd=bWZ1dTNhQ0JYdmlYc0tUaA
ORGANIZER;CN=Jonas Ettinger:mailto:j.ettinger@funkelhaus-formate.example.de
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Funkelhaus Formate",
        role="",
        stage="technical",
        interviewers="j.ettinger@funkelhaus-formate.example.de;Ute Marx",
        trap="german-fachgespraech-zoom-utc-stray-tzid",
        hiring=False,
    ),
    dict(
        kind="outlook-french-entretien-rh",
        uid="040000008200E00074C5B7101A82E008000000002F6B9D4E8C43DC01000000000000000010000000B1D7E3A9C5F2046B8E0A3D6C9F1B4E27",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Marchal, Chloé":mailto:chloe.marchal@maisonboreale.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tasha.gr.c
 asting@gmail.com:mailto:tasha.gr.casting@gmail.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Tasha\,\n\nSuite à votre candidature au 
 poste de Responsable casting US (CDD 6 mois\, basé à Los Angeles) pour l'
 adaptation américaine de « Les Voisins du Dessus »\, je vous propose un p
 remier entretien en visio (en anglais\, 30 min).\n\n17h00 heure de Paris 
 = 8h00 à Los Angeles.\n\nBien cordialement\,\nChloé Marchal\nChargée de r
 ecrutement – Maison Boréale Productions\n""" + teams("246 880 113 579", "Bq2zL7", "MzRkOWE1ZjAtNzJiMS00ZThmLTk5YzMtZjA2ZTE4YjNjNzQ1") + r"""
UID:040000008200E00074C5B7101A82E008000000002F6B9D4E8C43DC0100000000000000
 0010000000B1D7E3A9C5F2046B8E0A3D6C9F1B4E27
SUMMARY;LANGUAGE=fr-FR:Entretien RH – Responsable casting US / T. Greenberg
 -Ruiz
DTSTART;TZID=Romance Standard Time:20251020T170000
DTEND;TZID=Romance Standard Time:20251020T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251015T091245Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Maison Boréale Productions",
        role="Responsable casting US",
        stage="recruiter_screen",
        interviewers="chloe.marchal@maisonboreale.example.fr",
        trap="french-entretien-romance-zone",
        hiring=False,
    ),
    dict(
        kind="google-french-final-meet",
        uid="3rfq8c0n6v2bk1hx7mt9ld4pez@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251103T180000
DTEND;TZID=Europe/Paris:20251103T190000
DTSTAMP:20251027T154410Z
ORGANIZER;CN=Hélène Duroc:mailto:helene.duroc@maisonboreale.example.fr
UID:3rfq8c0n6v2bk1hx7mt9ld4pez@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Hélène Duroc;X-NUM-GUESTS=0:mailto:helene.duroc@maisonboreale.example.
 fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=tasha.gr.casting@gmail.com;X-NUM-GUESTS=0:mailto:tasha.gr.casting@
 gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Chloé Marchal;X-NUM-GUESTS=0:mailto:chloe.marchal@maisonboreale.exampl
 e.fr
X-GOOGLE-CONFERENCE:https://meet.google.com/hbn-qjxe-tor
CREATED:20251027T154409Z
DESCRIPTION:Entretien final pour le poste de Responsable casting US – avec 
 Hélène Duroc\, productrice exécutive. (Chloé en copie pour la logistique.
 ) We'll switch to English\, don't worry :)""" + gmeet("hbn-qjxe-tor", "+1 650-555-0131", "418 305 662") + GCAL_FOOTER + r"""
LAST-MODIFIED:20251027T154520Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien final – Maison Boréale / Tasha
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Maison Boréale Productions",
        role="Responsable casting US",
        stage="final",
        interviewers="helene.duroc@maisonboreale.example.fr",
        trap="french-final-iana-zone-no-vtimezone-cc-coordinator",
        hiring=False,
    ),
    dict(
        kind="google-export-handtyped-call",
        uid="1kd8w0q5r7e3nmx2t4vb9hcs6y@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:tasha.gr.casting@gmail.com
X-WR-TIMEZONE:America/Los_Angeles
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251009T173000
DTEND;TZID=America/Los_Angeles:20251009T180000
DTSTAMP:20251201T050112Z
UID:1kd8w0q5r7e3nmx2t4vb9hcs6y@google.com
CREATED:20251007T191022Z
DESCRIPTION:she's calling me. casting prod role on their new dating compet
 ition. ask re: day rate vs weekly\, how long is the casting window
LAST-MODIFIED:20251007T191022Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:call w/ Cass Moreno – Velvet Rope (casting prod)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Velvet Rope Reality",
        role="casting prod",
        stage="hiring_manager",
        interviewers="Cass Moreno",
        trap="google-export-terse-call-no-interview-word",
        hiring=False,
    ),
    dict(
        kind="google-export-trial-shift-recurring",
        uid="5tq1z9f3h7m2kc8wv0ej4rbn6a@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:tasha.gr.casting@gmail.com
X-WR-TIMEZONE:America/Los_Angeles
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251018T090000
DTEND;TZID=America/Los_Angeles:20251018T170000
RRULE:FREQ=DAILY;COUNT=2
DTSTAMP:20251201T050112Z
UID:5tq1z9f3h7m2kc8wv0ej4rbn6a@google.com
CREATED:20251013T023355Z
DESCRIPTION:Velvet Rope paid trial shifts ($350/day) = last step before th
 ey decide. run the sign-in table + do on-cam pre-interviews w/ walk-ins\, 
 Cass Moreno watching how I work the room. wear black\, bring ring light + 
 extra release forms
LAST-MODIFIED:20251015T171908Z
LOCATION:Canoga Commons mall\, 6600 Owensmouth Ave\, Canoga Park\, CA
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:TRIAL SHIFT – Velvet Rope open call
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251019T110000
DTEND;TZID=America/Los_Angeles:20251019T180000
DTSTAMP:20251201T050112Z
UID:5tq1z9f3h7m2kc8wv0ej4rbn6a@google.com
RECURRENCE-ID;TZID=America/Los_Angeles:20251019T090000
CREATED:20251013T023355Z
DESCRIPTION:day 2 starts later (mall opens 11 on Sun). Cass + her EP stopp
 ing by at 3
LAST-MODIFIED:20251015T171908Z
LOCATION:Canoga Commons mall\, 6600 Owensmouth Ave\, Canoga Park\, CA
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:TRIAL SHIFT – Velvet Rope open call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Velvet Rope Reality",
        role="",
        stage="onsite",
        interviewers="Cass Moreno",
        trap="trial-shift-at-open-call-recurring-override",
        hiring=False,
    ),
    dict(
        kind="workable-phone-screen",
        uid="workable-interview-7f3a21c9e05b4d6a@workablemail.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Interview//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-interview-7f3a21c9e05b4d6a@workablemail.example.com
DTSTAMP:20251001T174532Z
DTSTART:20251006T180000Z
DTEND:20251006T183000Z
SUMMARY:Phone Interview with Big Yard Television for the Casting Producer (
 Food & Competition) position
ORGANIZER;CN=Shauna Pike via Workable:mailto:noreply@workablemail.example.c
 om
ATTENDEE;CN=Shauna Pike;PARTSTAT=ACCEPTED:mailto:shauna.pike@bigyardtv.exam
 ple.com
ATTENDEE;CN=Tasha Greenberg-Ruiz;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tas
 ha.gr.casting@gmail.com
LOCATION:Phone call (Shauna will call +1 818 555 0147)
DESCRIPTION:Hi Tasha\,\n\nThanks for picking a time! Shauna Pike\, Talent L
 ead at Big Yard Television\, will call you.\n\nPowered by Workable
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Big Yard Television",
        role="Casting Producer (Food & Competition)",
        stage="recruiter_screen",
        interviewers="shauna.pike@bigyardtv.example.com",
        trap="workable-utc-via-organizer",
        hiring=False,
    ),
    dict(
        kind="google-casting-challenge-presentation",
        uid="2nsd7k9w1x4pq0ve5fgm8tbc3j@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251017T100000
DTEND;TZID=America/Los_Angeles:20251017T110000
DTSTAMP:20251013T201017Z
ORGANIZER;CN=Milo Greer:mailto:milo.greer@bigyardtv.example.com
UID:2nsd7k9w1x4pq0ve5fgm8tbc3j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Milo Greer;X-NUM-GUESTS=0:mailto:milo.greer@bigyardtv.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ari Stein;X-NUM-GUESTS=0:mailto:ari.stein@bigyardtv.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=tasha.gr.casting@gmail.com;X-NUM-GUESTS=0:mailto:tasha.gr.casting@
 gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/cqu-mfrz-hyd
CREATED:20251013T201016Z
DESCRIPTION:Tasha — looking forward to seeing what you found for the 48-ho
 ur casting challenge (3 real-life rival bakers in the same small town). S
 hare your screen and walk Ari and me through the finds\, how you approach
 ed them and what the red flags are. ~30 min presenting\, rest Q&A.\n\nMil
 o Greer\nHead of Casting\, Big Yard Television""" + gmeet("cqu-mfrz-hyd", "+1 213-555-0158", "905 227 841") + GCAL_FOOTER + r"""
LAST-MODIFIED:20251013T201112Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Big Yard x Tasha: casting challenge presentation
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Big Yard Television",
        role="",
        stage="technical",
        interviewers="milo.greer@bigyardtv.example.com;ari.stein@bigyardtv.example.com",
        trap="casting-challenge-presentation-no-interview-word",
        hiring=False,
    ),
    dict(
        kind="gmail-founder-coffee",
        uid="7hc2ms0q8tk5v1ndx4wy9pf3bg@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251011T100000
DTEND;TZID=America/Los_Angeles:20251011T110000
DTSTAMP:20251008T044130Z
ORGANIZER;CN=Dana Kettle:mailto:dana.kettle.tv@gmail.com
UID:7hc2ms0q8tk5v1ndx4wy9pf3bg@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dana Kettle;X-NUM-GUESTS=0:mailto:dana.kettle.tv@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;X-NUM-GUESTS=0:mailto:tasha.gr.casting@gmail.com
CREATED:20251008T044130Z
DESCRIPTION:So glad Maya connected us! As I mentioned\, Kettle & Crow just 
 got the green light on NIGHT SHIFT NURSES (8 x 44' docuseries) and I'm lo
 oking for a casting producer to start in Nov. Let's grab coffee and talk 
 about how you'd find our nurses + what you'd need. My treat.\n\nDana\nFou
 nder\, Kettle & Crow Media""" + GCAL_FOOTER + r"""
LAST-MODIFIED:20251008T044130Z
LOCATION:Tilde Coffee\, 2810 Sunset Blvd\, Los Angeles\, CA 90026\, USA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:coffee – Dana (K&C) / Tasha
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Kettle & Crow Media",
        role="casting producer",
        stage="hiring_manager",
        interviewers="dana.kettle.tv@gmail.com",
        trap="free-mail-founder-coffee-looks-informational",
        hiring=False,
    ),
    dict(
        kind="icloud-cofounder-invite",
        uid="A7C3E9F1-5B2D-4086-9E1A-3C7F0B8D2E55",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.6.1//EN
CALSCALE:GREGORIAN
""" + LA_GOOGLE.replace("X-LIC-LOCATION:America/Los_Angeles\n", "") + r"""BEGIN:VEVENT
CREATED:20251015T213340Z
DTEND;TZID=America/Los_Angeles:20251020T163000
DTSTAMP:20251015T213407Z
DTSTART;TZID=America/Los_Angeles:20251020T153000
LAST-MODIFIED:20251015T213405Z
ORGANIZER;CN="Rafael Crow";EMAIL="rafael.crow@icloud.com":mailto:rafael.cr
 ow@icloud.com
ATTENDEE;CN="Rafael Crow";CUTYPE=INDIVIDUAL;EMAIL="rafael.crow@icloud.com"
 ;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:rafael.crow@icloud.com
ATTENDEE;CN="Tasha Greenberg-Ruiz";CUTYPE=INDIVIDUAL;EMAIL="tasha.gr.casti
 ng@gmail.com";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:
 tasha.gr.casting@gmail.com
ATTENDEE;CN="Dana Kettle";CUTYPE=INDIVIDUAL;EMAIL="dana.kettle.tv@gmail.co
 m";PARTSTAT=ACCEPTED;ROLE=OPT-PARTICIPANT:mailto:dana.kettle.tv@gmail.com
DESCRIPTION:Hi Tasha\, Dana says great things. Quick FaceTime with me befo
 re we make the casting producer call on NSN – I run the business side so I
 'll ask about budget/hours more than casting. — Rafael\, co-founder K&C
LOCATION:FaceTime
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:NSN casting producer – Rafael / Tasha
TRANSP:OPAQUE
UID:A7C3E9F1-5B2D-4086-9E1A-3C7F0B8D2E55
URL;VALUE=URI:
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Kettle & Crow Media",
        role="casting producer",
        stage="final",
        interviewers="rafael.crow@icloud.com",
        trap="icloud-cofounder-facetime-show-acronym",
        hiring=False,
    ),
    dict(
        kind="calendly-staffing-agency-screen",
        uid="BF3D9E71-4C2A-4B08-93E5-7A1C0D6F2B84@calendly.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduler//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:BF3D9E71-4C2A-4B08-93E5-7A1C0D6F2B84@calendly.com
DTSTAMP:20251002T200914Z
DTSTART:20251003T223000Z
DTEND:20251003T225000Z
SUMMARY:Intro call: Lantern House Productions - Casting Producer (contract)
  between Erin Boyd and Tasha Greenberg-Ruiz
ORGANIZER;CN=Erin Boyd:mailto:erin.boyd@reelstaffpartners.example.com
ATTENDEE;CN=Erin Boyd;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:erin.bo
 yd@reelstaffpartners.example.com
ATTENDEE;CN=Tasha Greenberg-Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:ma
 ilto:tasha.gr.casting@gmail.com
LOCATION:Erin Boyd will call the invitee at +1 323-555-0196
DESCRIPTION:Event Name: Intro call: Lantern House Productions - Casting Pro
 ducer (contract)\n\nI'm recruiting for a 14-week Casting Producer contract
  with my client Lantern House Productions (home-reno competition\, Season 
 1). Let's cover your credits\, rate and availability before I submit you.
 \n\nNeed to make changes to this event?\nCancel: https://calendly.com/can
 cellations/BF3D9E71-4C2A-4B08-93E5-7A1C0D6F2B84\nReschedule: https://cale
 ndly.com/reschedulings/BF3D9E71-4C2A-4B08-93E5-7A1C0D6F2B84\n\nPowered by
  Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Lantern House Productions",
        role="Casting Producer (contract)",
        stage="recruiter_screen",
        interviewers="erin.boyd@reelstaffpartners.example.com",
        trap="staffing-agency-names-client-calendly",
        hiring=False,
    ),
    dict(
        kind="outlook-agency-client-interview",
        uid="040000008200E00074C5B7101A82E00800000000F3C72A6D1E4BDC01000000000000000010000000D9A4E2C7B1F30859C6E2A1D4B7F9C031",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + LA_GOOGLE.replace("TZID:America/Los_Angeles\nX-LIC-LOCATION:America/Los_Angeles\n", "TZID:Pacific Standard Time\n") + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20251008T170355Z
DESCRIPTION:Hi Tasha – you're confirmed with Hollis Grant (VP Production\, 
 Lantern House) for the Casting Producer contract. It's at their Atwater 
 office\, street parking only. Call me right after!\n\nErin Boyd | Senior 
 Recruiter\nReelStaff Partners – Unscripted & Crew Staffing\n(323) 555-019
 6\n
DTEND;TZID="Pacific Standard Time":20251010T113000
DTSTAMP:20251008T170355Z
DTSTART;TZID="Pacific Standard Time":20251010T110000
LAST-MODIFIED:20251008T170355Z
LOCATION:Lantern House Productions\, 3175 Glendale Blvd Ste 2\, Los Angeles
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Lantern House interview (via ReelStaff) - Tasha Gre
 enberg-Ruiz
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F3C72A6D1E4BDC0100000000000000
 0010000000D9A4E2C7B1F30859C6E2A1D4B7F9C031
ORGANIZER;CN="Boyd, Erin":mailto:erin.boyd@reelstaffpartners.example.com
ATTENDEE;CN="Grant, Hollis";RSVP=TRUE:mailto:hollis.grant@lanternhousepro
 d.example.com
ATTENDEE;CN=tasha.gr.casting@gmail.com;RSVP=TRUE:mailto:tasha.gr.casting@gm
 ail.com
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT30M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Lantern House Productions",
        role="Casting Producer",
        stage="hiring_manager",
        interviewers="hollis.grant@lanternhouseprod.example.com",
        trap="agency-recruiter-organizer-client-interviewer",
        hiring=False,
    ),
    dict(
        kind="google-spanish-entrevista",
        uid="4jw6b0x2r8q5tzc1mk9fve3hnd@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251013T120000
DTEND;TZID=America/Los_Angeles:20251013T124500
DTSTAMP:20251009T172248Z
ORGANIZER;CN=Verónica Salas:mailto:veronica.salas@casabravaproducciones.ex
 ample.com
UID:4jw6b0x2r8q5tzc1mk9fve3hnd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Verónica Salas;X-NUM-GUESTS=0:mailto:veronica.salas@casabravaproduccio
 nes.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Tasha Greenberg-Ruiz;X-NUM-GUESTS=0:mailto:tasha.gr.casting@gmail.
 com
X-GOOGLE-CONFERENCE:https://meet.google.com/yto-wkcs-pdb
CREATED:20251009T172247Z
DESCRIPTION:Hola Tasha\, gracias por tu interés en la vacante de Productor(
 a) de Casting bilingüe. En esta entrevista platicaremos sobre tu experien
 cia con castings de realities en español e inglés y sobre nuestro próximo
  proyecto para plataforma.\n\nSaludos\,\nVerónica Salas\nDirectora de Cas
 ting\, Casa Brava Producciones\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::
 -\nÚnete con Google Meet: https://meet.google.com/yto-wkcs-pdb\n\nMás info
 rmación sobre Meet: https://support.google.com/a/users/answer/9282720\n\nN
 o modifiques esta sección.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n\nIn
 vitación de Google Calendar: https://calendar.google.com/calendar/\n\nEstá
 s recibiendo este correo electrónico porque eres un invitado al evento. P
 ara dejar de recibir futuras actualizaciones de este evento\, rechaza est
 e evento.
LAST-MODIFIED:20251009T172320Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista: Productor(a) de Casting bilingüe – Casa Brava
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Casa Brava Producciones",
        role="Productor(a) de Casting bilingüe",
        stage="hiring_manager",
        interviewers="veronica.salas@casabravaproducciones.example.com",
        trap="spanish-google-footer-localized",
        hiring=False,
    ),
    dict(
        kind="thunderbird-floating-second-round",
        uid="8e2b4f6a-1c3d-4e5f-9a7b-0c2d4e6f8a1b",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20251015T034412Z
LAST-MODIFIED:20251015T034519Z
DTSTAMP:20251015T034519Z
UID:8e2b4f6a-1c3d-4e5f-9a7b-0c2d4e6f8a1b
SUMMARY:2da entrevista Casa Brava - EPs (última ronda)
DTSTART:20251021T140000
DTEND:20251021T150000
LOCATION:oficina Casa Brava\, 415 W Broadway\, Glendale
DESCRIPTION:con Verónica otra vez + Tomás Ibarra (productor ejecutivo). lle
 var ejemplos de casting en español (Amor en la Frontera tapes)
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT45M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Casa Brava Producciones",
        role="",
        stage="final",
        interviewers="Verónica;Tomás Ibarra",
        trap="spanish-handtyped-floating-time",
        hiring=False,
    ),
]
