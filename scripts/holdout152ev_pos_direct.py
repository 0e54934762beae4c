"""holdout152: the user's own interviews, from schedulers, Google Calendar, agencies and a founder."""

from holdout152ev_ics import ev

EVENTS = [
    ev(
        "calcom-founder",
        "f3d1c9a2-6b7e-4e0f-9a1d-cal-aethos-0918",
        r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:f3d1c9a2-6b7e-4e0f-9a1d-cal-aethos-0918
DTSTAMP:20260918T201144Z
DTSTART:20260924T160000Z
DTEND:20260924T164500Z
SUMMARY:45 min | Head of Revenue – chat with Benjamin (Aethos) between Ben
 jamin Habbel and Chiara Romano
DESCRIPTION:What:\n45 min | Head of Revenue\n\nInvitee notes:\nHi Benjamin
 \, looking forward – CV attached to my email. Chiara\n\nWhere: Cal Video\n
 https://app.cal.com/video/q1Rk8sPzT2\n\nNeed to make a change? Cancel or r
 eschedule: https://app.cal.com/booking/q1Rk8sPzT2
LOCATION:https://app.cal.com/video/q1Rk8sPzT2
ORGANIZER;CN=Benjamin Habbel:mailto:benjamin@aethos.com
ATTENDEE;CN=Chiara Romano;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRUE
 :mailto:chiara.romano.hotel@bluewin.ch
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Aethos",
        role="Head of Revenue",
        stage="hiring_manager",
        interviewers="benjamin@aethos.com",
        trap="calcom-chat-with-founder",
    ),
    ev(
        "calendly-agency",
        "calendly-6PQZ2KXW7HT4YJ2N@calendly.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-6PQZ2KXW7HT4YJ2N@calendly.com
DTSTAMP:20260929T073155Z
DTSTART:20261001T113000Z
DTEND:20261001T120000Z
SUMMARY:Chiara Romano and Marco Bianchi
DESCRIPTION:Event Name: Candidate screening (30 min)\n\nMarco Bianchi | Swi
 ss Hospitality Search GmbH\n\nAs mentioned on LinkedIn: our client The Che
 di Andermatt is looking for a Director of Revenue (reporting to the GM\, se
 asonal business\, residences). This call is to go through your background
  before I present you.\n\nLocation: +41 44 552 80 19 (I'll call you)\n\nNee
 d to make changes to this event?\nCancel: https://calendly.com/cancellation
 s/6PQZ2KXW\nReschedule: https://calendly.com/reschedulings/6PQZ2KXW\n\nPow
 ered by Calendly.com
LOCATION:+41 44 552 80 19
ORGANIZER;CN=Marco Bianchi:mailto:m.bianchi@swisshospitalitysearch.ch
ATTENDEE;CN=Chiara Romano;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ch
 iara.romano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="The Chedi Andermatt",
        role="Director of Revenue",
        stage="recruiter_screen",
        interviewers="m.bianchi@swisshospitalitysearch.ch",
        trap="calendly-agency-names-client-in-body",
    ),
    ev(
        "bookings-entretien",
        "a8c4e2f0-5d6b-41c9-8e73-bookings-brp-2026@outlook.com",
        r"""BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REQUEST
%%TZ Romance Standard Time%%
BEGIN:VEVENT
UID:a8c4e2f0-5d6b-41c9-8e73-bookings-brp-2026@outlook.com
DTSTAMP:20261009T102000Z
DTSTART;TZID=Romance Standard Time:20261015T100000
DTEND;TZID=Romance Standard Time:20261015T110000
SUMMARY;LANGUAGE=fr-CH:Entretien Directeur·trice Revenue Management - Chia
 ra Romano
DESCRIPTION;LANGUAGE=fr-CH:Votre rendez-vous est confirmé.\n\nService : Ent
 retien candidat (60 min)\nCollaborateur : Isabelle Rochat\, DRH\n\nBeau-Ri
 vage Palace\, Place du Port 17-19\, 1006 Lausanne\n\nRéservé via Microsoft
  Bookings. Pour modifier ou annuler votre réservation\, utilisez le lien c
 i-dessous.
LOCATION:Beau-Rivage Palace\, Lausanne
ORGANIZER;CN=Recrutement Beau-Rivage Palace:mailto:Recrutement@brp.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Isabelle Rochat:mailto:i.rochat@brp.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Chiara Romano:mailto:chiara.romano.hotel@
 bluewin.ch
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Beau-Rivage Palace",
        role="Directeur·trice Revenue Management",
        stage="",
        interviewers="i.rochat@brp.ch",
        trap="bookings-french-entretien-shared-mailbox",
    ),
    ev(
        "doodle-final",
        "doodle-bk-1c2d7e9a4b5f@doodle.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Doodle AG//Doodle//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:doodle-bk-1c2d7e9a4b5f@doodle.com
DTSTAMP:20261116T190012Z
DTSTART:20261125T130000Z
DTEND:20261125T150000Z
SUMMARY:Schlussgespräch Director of Revenue – Victoria-Jungfrau Collection
DESCRIPTION:Finaler Termin aus der Doodle-Umfrage von Urs Zbinden.\n\nTeil
 nehmende: Urs Zbinden (CEO)\, Regula Frei (CFO)\n\nOrt: Victoria-Jungfrau
  Grand Hotel & Spa\, Höheweg 41\, 3800 Interlaken\n\nErstellt mit Doodle
LOCATION:Victoria-Jungfrau Grand Hotel & Spa\, Interlaken
ORGANIZER;CN=Urs Zbinden:mailto:urs.zbinden@victoria-jungfrau.ch
ATTENDEE;CN=Regula Frei:mailto:regula.frei@victoria-jungfrau.ch
ATTENDEE;CN=Chiara Romano:mailto:chiara.romano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Victoria-Jungfrau Collection",
        role="Director of Revenue",
        stage="final",
        interviewers="urs.zbinden@victoria-jungfrau.ch;regula.frei@victoria-jungfrau.ch",
        trap="doodle-schlussgespraech",
    ),
    ev(
        "refline-einladung",
        "refline-bal-20261012-0042@refline.ch",
        r"""BEGIN:VCALENDAR
PRODID:-//Refline AG//Refline Bewerbermanagement//DE
VERSION:2.0
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Zurich
BEGIN:VEVENT
UID:refline-bal-20261012-0042@refline.ch
DTSTAMP:20261012T094500Z
DTSTART;TZID=Europe/Zurich:20261020T080000
DTEND;TZID=Europe/Zurich:20261020T090000
SUMMARY:Einladung zum Vorstellungsgespräch: Revenue Manager (80-100%)
DESCRIPTION:Sehr geehrte Frau Romano\n\nWir danken Ihnen für Ihre Bewerbun
 g und laden Sie gerne zu einem ersten Gespräch ein.\n\nGesprächspartner:\n
 Herr Wolfgang Brenner\, Director of Sales & Marketing\nFrau Petra Kunz\, H
 R Manager\n\nHotel Baur au Lac\, Talstrasse 1\, 8001 Zürich (Eingang Perso
 nal)\n\nFreundliche Grüsse\nBaur au Lac – Human Resources
LOCATION:Hotel Baur au Lac\, Talstrasse 1\, 8001 Zürich
ORGANIZER;CN=Baur au Lac HR:mailto:noreply@refline.ch
ATTENDEE;CN=Chiara Romano;RSVP=TRUE:mailto:chiara.romano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Baur au Lac",
        role="Revenue Manager (80-100%)",
        stage="",
        interviewers="Wolfgang Brenner;Petra Kunz",
        trap="refline-tzid-without-vtimezone-names-in-body",
    ),
    ev(
        "prescreen-bewerbung",
        "prescreen-onlyfy-apt-39912077@onlyfy.io",
        r"""BEGIN:VCALENDAR
PRODID:-//onlyfy by XING//prescreen//DE
VERSION:2.0
METHOD:REQUEST
%%TZ Europe/Vienna%%
BEGIN:VEVENT
UID:prescreen-onlyfy-apt-39912077@onlyfy.io
DTSTAMP:20261020T111100Z
DTSTART;TZID=Europe/Vienna:20261027T150000
DTEND;TZID=Europe/Vienna:20261027T160000
SUMMARY:Bewerbungsgespräch Director of Revenue (m/w/d) – Hotel Sacher Wien
DESCRIPTION:Liebe Frau Romano\,\n\nwie telefonisch besprochen\, freuen wir
  uns auf das Gespräch mit Ihnen per Videocall.\nGesprächspartnerin: Mag. Ev
 a Pichler\, Director of Sales & Revenue.\n\nZoom: https://us06web.zoom.us/
 j/84412990231?pwd=b3Rj\nKenncode: 551203\n\nHotel Sacher Wien\, Philharmon
 ikerstrasse 4\, 1010 Wien
LOCATION:Zoom
ORGANIZER;CN=Sacher Karriere:mailto:karriere@sacher.com
ATTENDEE;CN=Eva Pichler:mailto:e.pichler@sacher.com
ATTENDEE;CN=Chiara Romano;RSVP=TRUE:mailto:chiara.romano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Hotel Sacher",
        role="Director of Revenue (m/w/d)",
        stage="hiring_manager",
        interviewers="e.pichler@sacher.com",
        trap="prescreen-austrian-bewerbungsgespraech",
    ),
    ev(
        "hosco-interview",
        "hosco-iv-77b1e0d2c3@hosco.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Hosco//Hosco ATS//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:hosco-iv-77b1e0d2c3@hosco.com
DTSTAMP:20261103T082000Z
DTSTART:20261106T080000Z
DTEND:20261106T084500Z
SUMMARY:Video interview – Group Revenue Manager – Falkensteiner Hotels
DESCRIPTION:Hi Chiara\,\nFalkensteiner Hotels has scheduled a video interv
 iew with you on Hosco.\nWith: Stefan Mair (Head of Revenue Management\, F
 MTG)\nJoin: https://www.hosco.com/en/meeting/77b1e0d2c3\nGood luck!\nThe
  Hosco team
LOCATION:Hosco video
ORGANIZER;CN=Hosco:mailto:notifications@hosco.com
ATTENDEE;CN=Stefan Mair:mailto:stefan.mair@falkensteiner.com
ATTENDEE;CN=Chiara Romano:mailto:chiara.romano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Falkensteiner Hotels",
        role="Group Revenue Manager",
        stage="hiring_manager",
        interviewers="stefan.mair@falkensteiner.com",
        trap="hosco-platform-organizer",
    ),
    ev(
        "workable-interview",
        "workable-event-1a9f3e2b7c44@workablemail.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Events//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Europe/London%%
BEGIN:VEVENT
UID:workable-event-1a9f3e2b7c44@workablemail.com
DTSTAMP:20261007T090000Z
DTSTART;TZID=Europe/London:20261014T090000
DTEND;TZID=Europe/London:20261014T094500
SUMMARY:Rocco Forte Hotels: 1st interview – Regional Director of Revenue\,
  Italy & Switzerland
DESCRIPTION:Interview with Chiara Romano\nInterviewers: Giulia Conti\, Lu
 ke Harrington\nVideo call: https://rfh.zoom.us/j/93311029856\n\nSent via
  Workable
LOCATION:Zoom
ORGANIZER;CN=Giulia Conti:mailto:giulia.conti@roccofortehotels.com
ATTENDEE;CN=Luke Harrington:mailto:luke.harrington@roccofortehotels.com
ATTENDEE;CN=Chiara Romano;RSVP=TRUE:mailto:chiara.romano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Rocco Forte Hotels",
        role="Regional Director of Revenue, Italy & Switzerland",
        stage="",
        interviewers="giulia.conti@roccofortehotels.com;luke.harrington@roccofortehotels.com",
        trap="workable-first-interview-london",
    ),
    ev(
        "lever-screen",
        "lever-interview-0c9d8e7f-6a5b-4c3d-2e1f-dorchester",
        r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-0c9d8e7f-6a5b-4c3d-2e1f-dorchester
DTSTAMP:20261022T144000Z
DTSTART:20261029T140000Z
DTEND:20261029T143000Z
SUMMARY:Phone Screen: Chiara Romano – Director of Revenue Strategy (Dorche
 ster Collection)
DESCRIPTION:Hannah Whitfield will call Chiara on +41 79 482 17 35.\n\nFeed
 back form: https://hire.lever.co/interviews/0c9d8e7f/feedback
LOCATION:Phone
ORGANIZER;CN=Hannah Whitfield:mailto:hannah.whitfield@dorchestercollectio
 n.com
ATTENDEE;CN=Hannah Whitfield;PARTSTAT=ACCEPTED:mailto:hannah.whitfield@do
 rchestercollection.com
ATTENDEE;CN=Chiara Romano;RSVP=TRUE:mailto:chiara.romano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Dorchester Collection",
        role="Director of Revenue Strategy",
        stage="recruiter_screen",
        interviewers="hannah.whitfield@dorchestercollection.com",
        trap="lever-phone-screen-feedback-link",
    ),
    ev(
        "zoom-final",
        "zoom-8d2a61c4e9b04f7aa1-jumeirah@zoom.us",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Asia/Dubai%%
BEGIN:VEVENT
UID:zoom-8d2a61c4e9b04f7aa1-jumeirah@zoom.us
DTSTAMP:20261118T060000Z
DTSTART;TZID=Asia/Dubai:20261124T120000
DTEND;TZID=Asia/Dubai:20261124T130000
SUMMARY:Final interview - Director of Revenue Management\, Jumeirah Burj A
 l Arab - Chiara Romano
DESCRIPTION:Reem Al Suwaidi is inviting you to a scheduled Zoom meeting.\n
 \nPanel: Omar Khalil (Chief Commercial Officer)\, Sandra Whitmore (Genera
 l Manager\, Jumeirah Burj Al Arab)\n\nJoin Zoom Meeting\nhttps://jumeira
 h.zoom.us/j/91855302117\nMeeting ID: 918 5530 2117\nPasscode: 440913\n
LOCATION:https://jumeirah.zoom.us/j/91855302117
ORGANIZER;CN=Reem Al Suwaidi:mailto:reem.alsuwaidi@jumeirah.com
ATTENDEE;CN=Omar Khalil:mailto:omar.khalil@jumeirah.com
ATTENDEE;CN=Sandra Whitmore:mailto:sandra.whitmore@jumeirah.com
ATTENDEE;CN=Chiara Romano:mailto:chiara.romano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Jumeirah",
        role="Director of Revenue Management",
        stage="final",
        interviewers="omar.khalil@jumeirah.com;sandra.whitmore@jumeirah.com",
        trap="zoom-dubai-final-coordinator-organizer",
    ),
    ev(
        "google-meet",
        "4kq2v9h8b1m7c3n5p0r6s2t8u4@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261013T150000Z
DTEND:20261013T154500Z
DTSTAMP:20261008T121314Z
ORGANIZER;CN=Camille Dubois:mailto:camille.dubois@sixsenses.com
UID:4kq2v9h8b1m7c3n5p0r6s2t8u4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Camil
 le Dubois;X-NUM-GUESTS=0:mailto:camille.dubois@sixsenses.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=chiara.romano.hotel@bluewin.ch;X-NUM-GUESTS=0:mailto:chiara.romano
 .hotel@bluewin.ch
X-GOOGLE-CONFERENCE:https://meet.google.com/kzu-ptfq-yxa
DESCRIPTION:Hi Chiara\, as promised a first conversation about the Directo
 r of Revenue role at Six Senses Crans-Montana. Best\, Camille (Talent\, Eu
 rope)\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/kzu-ptfq-yxa\n
 Or dial: (CH) +41 44 956 16 40 PIN: 318 772 094#\n\nLearn more about Meet
  at: https://support.google.com/a/users/answer/9282720\n-::~:~::~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Chiara <> Camille | Six Senses
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Six Senses Crans-Montana",
        role="Director of Revenue",
        stage="recruiter_screen",
        interviewers="camille.dubois@sixsenses.com",
        trap="google-meet-name-swap-summary",
    ),
    ev(
        "agency-outlook",
        "040000008200E00074C5B7101A82E00800000000HAYS0012DC0100000000000000001000000088AB",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Hallo Frau Romano\,\n\nwie besprochen ein kurzes Telefonat zur
  Vakanz Cluster Revenue Manager (m/w/d) bei Lindner Hotels in München. Ich
  stelle Ihnen die Eckdaten vor (3 Häuser\, Berichtslinie an den VP Commerc
 ial) und wir klären Gehaltsvorstellung und Verfügbarkeit.\n\nBeste Grüsse\
 nJan-Philipp Vogel\nSenior Consultant Hospitality | Hays AG\n
DTEND;TZID="W. Europe Standard Time":20261008T124500
DTSTAMP:20261006T091500Z
DTSTART;TZID="W. Europe Standard Time":20261008T121500
LOCATION:Telefon (ich rufe Sie an)
ORGANIZER;CN="Vogel, Jan-Philipp":mailto:jan-philipp.vogel@hays.de
ATTENDEE;CN=chiara.romano.hotel@bluewin.ch;RSVP=TRUE:mailto:chiara.romano.h
 otel@bluewin.ch
SUMMARY;LANGUAGE=de-de:Telefonat Hays / Romano
UID:040000008200E00074C5B7101A82E00800000000HAYS0012DC0100000000000000001000
 000088AB
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Lindner Hotels",
        role="Cluster Revenue Manager (m/w/d)",
        stage="recruiter_screen",
        interviewers="jan-philipp.vogel@hays.de",
        trap="agency-telefonat-employer-in-body",
    ),
    ev(
        "founder-gmail",
        "5m8n1b4v7c0x3z6l9k2j5h8g1f@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Rome:20261030T183000
DTEND;TZID=Europe/Rome:20261030T193000
DTSTAMP:20261027T204411Z
ORGANIZER;CN=Davide Sala:mailto:davide.sala.como@gmail.com
UID:5m8n1b4v7c0x3z6l9k2j5h8g1f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Davide
  Sala;X-NUM-GUESTS=0:mailto:davide.sala.como@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Chiara Romano;X-NUM-GUESTS=0:mailto:chiara.romano.hotel@bluewin.ch
DESCRIPTION:Ciao Chiara\, come anticipato al telefono: vorrei parlarti dell
 a posizione di Commercial Director per Lago & Monti Hotels (3 strutture su
 l Lago di Como + apertura Bellagio 2027). Facciamo un primo colloquio con
  me e il mio socio Paolo.\n\nGoogle Meet: https://meet.google.com/rbx-oqwe-
 tnc
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Chiara / Davide – Lago & Monti
TRANSP:OPAQUE
END:VEVENT
%%TZ Europe/Rome%%
END:VCALENDAR""",
        interview=1,
        company="Lago & Monti Hotels",
        role="Commercial Director",
        stage="",
        interviewers="davide.sala.como@gmail.com;Paolo",
        trap="founder-free-mail-italian-colloquio",
    ),
    ev(
        "dvinci-interview",
        "dvinci-leonardo-appointment-552109@dvinci-hr.com",
        r"""BEGIN:VCALENDAR
PRODID:-//d.vinci HR-Systems GmbH//d.vinci//DE
VERSION:2.0
METHOD:REQUEST
%%TZ Europe/Berlin%%
BEGIN:VEVENT
UID:dvinci-leonardo-appointment-552109@dvinci-hr.com
DTSTAMP:20261109T130000Z
DTSTART;TZID=Europe/Berlin:20261113T100000
DTEND;TZID=Europe/Berlin:20261113T110000
SUMMARY:Interview: Regional Revenue Manager Süddeutschland & Österreich
DESCRIPTION:Guten Tag Frau Romano\,\n\nhiermit bestätigen wir Ihren Interv
 iewtermin.\nIhre Gesprächspartner: Tobias Engel (Director Revenue Manageme
 nt Central Europe)\, Sandra Roth (HR Business Partner)\n\nOrt: Microsoft T
 eams – der Link folgt per E-Mail.\n\nLeonardo Hotels Central Europe GmbH\n
 Recruiting Team
LOCATION:Microsoft Teams
ORGANIZER;CN=Leonardo Hotels Recruiting:mailto:recruiting@leonardo-hotels.
 com
ATTENDEE;CN=Tobias Engel:mailto:tobias.engel@leonardo-hotels.com
ATTENDEE;CN=Sandra Roth:mailto:sandra.roth@leonardo-hotels.com
ATTENDEE;CN=Chiara Romano;RSVP=TRUE:mailto:chiara.romano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Leonardo Hotels",
        role="Regional Revenue Manager Süddeutschland & Österreich",
        stage="",
        interviewers="tobias.engel@leonardo-hotels.com;sandra.roth@leonardo-hotels.com",
        trap="dvinci-company-only-in-signature",
    ),
]
