# ruff: noqa: E501, W291, W293, RUF100
"""holdout275 events, part b: the user's own interviews (academy, safety centre, public bodies, English/French/Spanish)."""

from holdout275ev_zones import BERLIN_GOOGLE, BERLIN_MOZ, MADRID, PARIS, ROMANCE, W_EUROPE

EVENTS = [
    dict(
        kind="thunderbird-invite",
        uid="fbc8360a-1c29-4929-897e-4ecd3b7737a3",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
{BERLIN_MOZ}
BEGIN:VEVENT
CREATED:20260122T152203Z
LAST-MODIFIED:20260122T152611Z
DTSTAMP:20260122T152611Z
UID:fbc8360a-1c29-4929-897e-4ecd3b7737a3
SUMMARY:Vorstellungsgespräch Dozent/in Fahrlehrerausbildung (BE/CE) – Herr
  Eberle
ORGANIZER;RSVP=FALSE;CN=Renate Schill;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:
 r.schill@afs-suedwest.example.de
ATTENDEE;RSVP=TRUE;CN=Markus Eberle;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICI
 PANT:mailto:markus.eberle76@web.de
ATTENDEE;RSVP=TRUE;CN=Wolfgang Rall;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:
 mailto:w.rall@afs-suedwest.example.de
X-MOZ-RECEIVED-SEQUENCE:0
X-MOZ-RECEIVED-DTSTAMP:20260122T152611Z
X-MOZ-SEND-INVITATIONS:TRUE
X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE
DTSTART;TZID=Europe/Berlin:20260204T140000
DTEND;TZID=Europe/Berlin:20260204T150000
DESCRIPTION:Sehr geehrter Herr Eberle\,\n\nwir laden Sie zu einem Vorstell
 ungsgespräch für die Stelle Dozent/in in der Fahrlehrerausbildung (Schwerp
 unkt Fahrerlaubnisklassen BE und CE\, Fahrpraktischer Unterricht) ein. Ges
 prächspartner sind Herr Rall (stellv. Institutsleitung) und ich.\n\nIn ein
 em zweiten Schritt würden wir Sie ggf. um eine Lehrprobe bitten.\n\nMit fr
 eundlichen Grüßen\nRenate Schill\nLeiterin der Akademie\nAkademie für Fahr
 lehrerausbildung Südwest gGmbH\, Esslingen
LOCATION:AFS\, Kanalstraße 3\, 73728 Esslingen\, Raum 1.04
SEQUENCE:0
X-MOZ-GENERATION:2
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Akademie für Fahrlehrerausbildung Südwest",
        role="Dozent/in Fahrlehrerausbildung (BE/CE)",
        stage="hiring_manager",
        interviewers="r.schill@afs-suedwest.example.de;w.rall@afs-suedwest.example.de",
        trap="thunderbird-invite-trainer-of-driving-instructors",
        hiring=False,
    ),
    dict(
        kind="thunderbird-handtyped",
        uid="7c29ec18-979b-4ad5-a80f-e97de55f926f",
        eol="\n",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{BERLIN_MOZ}
BEGIN:VEVENT
CREATED:20260206T204518Z
LAST-MODIFIED:20260206T204901Z
DTSTAMP:20260206T204901Z
UID:7c29ec18-979b-4ad5-a80f-e97de55f926f
SUMMARY:AFS Lehrprobe 45min - Gefahrenlehre\, USB-Stick + HDMI-Adapter!!
DTSTART;TZID=Europe/Berlin:20260225T090000
DTEND;TZID=Europe/Berlin:20260225T103000
DESCRIPTION:vor Fr. Schill + 2 Anwärtern als "Publikum". Thema frei wählba
 r aus Grundstoff\, ich nehm Gefahrenlehre (Thema 5). Danach Feedback. Fahr
 stunden 8-12 an Jonas abgegeben.
LOCATION:Esslingen AFS
TRANSP:OPAQUE
X-MOZ-GENERATION:3
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT1H
DESCRIPTION:Standardbeschreibung von Mozilla
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Akademie für Fahrlehrerausbildung Südwest",
        role="",
        stage="technical",
        interviewers="Schill",
        trap="hand-typed-teaching-demo-acronym-only-lf-endings",
        hiring=False,
    ),
    dict(
        kind="calendly-booking",
        uid="c7c7696b-47da-46e7-81a8-f11d2e7e8012",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly LLC//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:c7c7696b-47da-46e7-81a8-f11d2e7e8012
DTSTAMP:20260224T195102Z
DTSTART:20260303T113000Z
DTEND:20260303T120000Z
SUMMARY:Markus Eberle und Patrick Dürr
ORGANIZER;CN=Patrick Dürr:mailto:p.duerr@vsz-schoenbuch.example.de
ATTENDEE;CN=Markus Eberle;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ma
 rkus.eberle76@web.de
ATTENDEE;CN=Patrick Dürr;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:p.d
 uerr@vsz-schoenbuch.example.de
DESCRIPTION:Terminart: Erstgespräch Fahrsicherheitstrainer/in (m/w/d)\n\nO
 rt: Patrick Dürr ruft dich an unter +49 176 55502871\n\nFragen:\nSeit wann
  bist du Fahrlehrer und welche Klassen?\n> B\, BE\, C\, CE seit 2015\nHast
  du eine Trainerlizenz (DVR/ADAC o. ä.)?\n> nein\, aber Interesse an Ausbi
 ldung\n\nMöchtest du Änderungen an diesem Termin vornehmen?\nAbsagen: http
 s://calendly.com/cancellations/c7c7696b-47da-46e7-81a8-f11d2e7e8012\nVers
 chieben: https://calendly.com/reschedulings/c7c7696b-47da-46e7-81a8-f11d2e
 7e8012\n\nBereitgestellt von Calendly.com
LOCATION:Telefon: +49 176 55502871
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Verkehrssicherheitszentrum Schönbuch",
        role="Fahrsicherheitstrainer/in (m/w/d)",
        stage="recruiter_screen",
        interviewers="p.duerr@vsz-schoenbuch.example.de",
        trap="calendly-summary-only-two-names-company-in-domain",
        hiring=False,
    ),
    dict(
        kind="apple-probetraining",
        uid="E839C895-7FD4-449F-A3A6-64A0620207F5",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260303T121044Z
DTEND:20260321T150000
DTSTAMP:20260303T121301Z
DTSTART:20260321T073000
LAST-MODIFIED:20260303T121301Z
LOCATION:VSZ Schönbuch Übungsgelände\, Am Flugfeld 5\, Böblingen
SEQUENCE:0
SUMMARY:Probetraining VSZ - Pkw-Intensivtraining hospitieren + 1 Übung sel
 bst anleiten
DESCRIPTION:Dürr: Gleitfläche + Bremsen/Ausweichen. Wetterfeste Klamotten\
 , Warnweste\, Mittagessen gibts dort. Danach Entscheidung ob sie mich für 
 die Trainerausbildung anmelden.
TRANSP:OPAQUE
UID:E839C895-7FD4-449F-A3A6-64A0620207F5
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Erinnerung
TRIGGER:-PT1H30M
UID:5D4C7C8A-0B9E-4A36-8C77-1F2E3D4A5B60
X-WR-ALARMUID:5D4C7C8A-0B9E-4A36-8C77-1F2E3D4A5B60
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Verkehrssicherheitszentrum Schönbuch",
        role="",
        stage="onsite",
        interviewers="Dürr",
        trap="hand-typed-floating-trial-training-probetraining",
        hiring=False,
    ),
    dict(
        kind="outlook-auswahlgespraech-behoerde",
        uid="040000008200E00074C5B7101A82E0080000000026F700033C77D4537FAE5E2220BB10B7D28D98F703AF2DC380745F66892CFB54743E652C",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Zeller, Monika (Personalamt)":mailto:monika.zeller@lra-remsf
 eld.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markus.ebe
 rle76@web.de:mailto:markus.eberle76@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Weible, Dagma
 r":mailto:dagmar.weible@lra-remsfeld.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Schmid, Holge
 r":mailto:holger.schmid@lra-remsfeld.example.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="
 LRA Sitzungssaal 2 (1. OG)":mailto:sitzungssaal2@lra-remsfeld.example.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Eberle\,\n\nbezugnehmend auf 
 Ihre Bewerbung auf die Stelle Sachbearbeiter/in Fahrerlaubnisbehörde (Entg
 eltgruppe 9a TVöD\, Kennziffer 12/2026) laden wir Sie zu einem Auswahlgesp
 räch ein.\n\nAuswahlkommission: Frau Dagmar Weible (Leiterin Straßenverke
 hrsamt)\, Herr Holger Schmid (Sachgebietsleiter Fahrerlaubnisbehörde). Ich
  selbst führe das Protokoll. Der Personalrat und die Beauftragte für Chanc
 engleichheit nehmen beratend teil.\n\nDas Gespräch dauert ca. 45 Minuten u
 nd ist strukturiert aufgebaut (gleiche Fragen für alle Bewerbenden). Reise
 kosten können leider nicht erstattet werden.\n\nMit freundlichen Grüßen\nM
 onika Zeller\nLandratsamt Remsfeld – Personalamt\nLandratsamt-Platz 1\, 73
 655 Remsfeld\n
UID:040000008200E00074C5B7101A82E0080000000026F700033C77D4537FAE5E2220BB10B7D28D98F703AF2DC380745F66892CFB54743E652C
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch Kennziffer 12/2026 – Eberle
DTSTART;TZID=W. Europe Standard Time:20260414T093000
DTEND;TZID=W. Europe Standard Time:20260414T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260327T101122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:LRA Sitzungssaal 2 (1. OG)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Landratsamt Remsfeld",
        role="Sachbearbeiter/in Fahrerlaubnisbehörde",
        stage="onsite",
        interviewers="dagmar.weible@lra-remsfeld.example.de;holger.schmid@lra-remsfeld.example.de",
        trap="public-sector-auswahlkommission-reference-number-summary",
        hiring=False,
    ),
    dict(
        kind="webex-invite",
        uid="8a1f0e6d52b34c7a9e2d5f8b1c3a7e90@ukvs.webex.example.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems\, Inc.//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:8a1f0e6d52b34c7a9e2d5f8b1c3a7e90@ukvs.webex.example.com
DTSTAMP:20260409T143015Z
DTSTART:20260424T080000Z
DTEND:20260424T090000Z
SUMMARY:Strukturiertes Interview – Präventionsberater/in Straßenverkehr (P
 -07/26)
ORGANIZER;CN=Jörg Lamparter:mailto:joerg.lamparter@ukvs.example.de
ATTENDEE;CN=Markus Eberle;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:markus.eberle76@web.de
ATTENDEE;CN=Simone Kuttler;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s
 .kuttler@ukvs.example.de
LOCATION:https://ukvs.webex.example.com/ukvs/j.php?MTID=m5f2c8a07e1b94d36
DESCRIPTION:Sehr geehrter Herr Eberle\,\n\nwir freuen uns\, Sie im Rahmen 
 des Auswahlverfahrens für die Stelle Präventionsberater/in Straßenverkehr 
 (Kennziffer P-07/26) per Video kennenzulernen. Gesprächspartner: Dr. Jörg 
 Lamparter (Abteilungsleiter Prävention) und Simone Kuttler (Personal).\n\n
 Bitte planen Sie 5 Minuten für einen Kurzvortrag ein: "Wie erreiche ich Fa
 hranfänger mit Präventionsbotschaften?"\n\n-- Nicht löschen oder ändern Si
 e keine der folgenden Anweisungen --\n\nMeeting beitreten:\nhttps://ukvs.w
 ebex.example.com/ukvs/j.php?MTID=m5f2c8a07e1b94d36\n\nMeeting-Kennnummer
  (Zugriffscode): 2781 553 9012\nMeeting-Passwort: Prv26UKvs\n\nÜber Telef
 on beitreten\n+49-69-5550-1736 Deutschland gebührenpflichtig\nZugriffscod
 e: 2781 553 9012\n\nSie benötigen Hilfe? Besuchen Sie http://help.webex.c
 om
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Unfallkasse Verkehr Südwest",
        role="Präventionsberater/in Straßenverkehr",
        stage="hiring_manager",
        interviewers="joerg.lamparter@ukvs.example.de;s.kuttler@ukvs.example.de",
        trap="webex-boilerplate-with-short-presentation",
        hiring=False,
    ),
    dict(
        kind="gmx-invite-owner",
        uid="20260201T164233Z-3318-omnibus-rieger@gmx.de",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//1&1 Mail & Media GmbH/GMX Kalender Server 3.0//NONSGML//DE
VERSION:2.0
METHOD:REQUEST
{BERLIN_GOOGLE}
BEGIN:VEVENT
UID:20260201T164233Z-3318-omnibus-rieger@gmx.de
DTSTAMP:20260201T164233Z
CREATED:20260201T164233Z
LAST-MODIFIED:20260201T164233Z
SUMMARY:Vorstellung Hr. Eberle (Ausbilder Bus)
DTSTART;TZID=Europe/Berlin:20260207T100000
DTEND;TZID=Europe/Berlin:20260207T113000
LOCATION:Omnibus Rieger\, Betriebshof\, Sigmaringer Str. 61\, 72622 Nürti
 ngen
ORGANIZER;CN=Walter Rieger:mailto:omnibus-rieger@gmx.de
ATTENDEE;CN=Markus Eberle;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;ROLE=REQ-PARTICI
 PANT:mailto:markus.eberle76@web.de
DESCRIPTION:Hallo Herr Eberle\, wie am Telefon gesagt kommen Sie am Samsta
 g auf den Betriebshof. Mein Sohn Jens Rieger (Disposition) ist auch dabei.
  Führerschein mitbringen\, wir drehen eine Runde mit dem Setra. Wir brauch
 en jemand für die Ausbildung von unseren neuen Fahrern (Kl. D + Module). G
 ruß W. Rieger
CLASS:PUBLIC
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Omnibus Rieger",
        role="Ausbilder Bus",
        stage="hiring_manager",
        interviewers="omnibus-rieger@gmx.de;Jens Rieger",
        trap="owner-gmx-calendar-family-business-saturday",
        hiring=False,
    ),
    dict(
        kind="greenhouse-recruiter-screen",
        uid="gh-candidate-interview-84410327-c3@fleetguard.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-candidate-interview-84410327-c3@fleetguard.example.com
DTSTAMP:20260128T163301Z
DTSTART:20260203T110000Z
DTEND:20260203T113000Z
SUMMARY:Interview with FleetGuard Telematics – Driver Safety Coach (f/m/d)
ORGANIZER;CN=FleetGuard Recruiting:mailto:no-reply@greenhouse.fleetguard.e
 xample.com
ATTENDEE;CN=Markus Eberle;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:markus.eberle76@web.de
DESCRIPTION:Hi Markus\,\n\nThanks for applying to FleetGuard! This is a con
 firmation of your 30-minute recruiter screen for the Driver Safety Coach (
 f/m/d) – DACH position. The call will be held in English\; feel free to sw
 itch to German if you prefer.\n\nInterviewer: Hannah Okafor\, Talent Acqu
 isition Partner (hannah.okafor@fleetguard.example.com)\n\nJoin Zoom Meeti
 ng\nhttps://fleetguard.zoom.example.com/j/84431207765?pwd=Zk5RaUhYcVd0\nMe
 eting ID: 844 3120 7765\nPasscode: 502117\n\nNeed to reschedule? Just repl
 y to this email.\n\nBest\,\nThe FleetGuard Talent Team
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="FleetGuard Telematics",
        role="Driver Safety Coach (f/m/d)",
        stage="recruiter_screen",
        interviewers="hannah.okafor@fleetguard.example.com",
        trap="greenhouse-english-interviewer-only-in-description",
        hiring=False,
    ),
    dict(
        kind="google-meet-hiring-manager",
        uid="3vmd9k2q8tb1p0a5rj7n4c6l0e@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260216T160000Z
DTEND:20260216T164500Z
DTSTAMP:20260206T090012Z
ORGANIZER;CN=Jens Haller:mailto:jens.haller@fleetguard.example.com
UID:3vmd9k2q8tb1p0a5rj7n4c6l0e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jens Haller;X-NUM-GUESTS=0:mailto:jens.haller@fleetguard.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=markus.eberle76@web.de;X-NUM-GUESTS=0:mailto:markus.eberle76@web.d
 e
X-GOOGLE-CONFERENCE:https://meet.google.com/hzt-qwpa-mxe
CREATED:20260206T090009Z
DESCRIPTION:Hi Markus\, looking forward to our chat about the Driver Safet
 y Coach role. I'd like to hear how you give feedback to learner drivers an
 d how you'd coach an experienced truck driver with harsh-braking alerts. –
  Jens (Head of Driver Coaching)\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin 
 with Google Meet: https://meet.google.com/hzt-qwpa-mxe\n\nLearn more about
  Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do 
 not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n\nInvitation f
 rom Google Calendar: https://calendar.google.com/calendar/\n\nYou are rece
 iving this email because you are an attendee on the event. To stop receivi
 ng future updates for this event\, decline this event.\n\nForwarding this 
 invitation could allow any recipient to send a response to the organizer\,
  be added to the guest list\, invite others regardless of their own invita
 tion status\, or modify your RSVP. Learn more https://support.google.com/c
 alendar/answer/37135#forwarding
LAST-MODIFIED:20260206T090011Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Markus Eberle <> Jens Haller | Driver Safety Coach
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="FleetGuard Telematics",
        role="Driver Safety Coach",
        stage="hiring_manager",
        interviewers="jens.haller@fleetguard.example.com",
        trap="google-meet-names-only-summary-no-interview-word",
        hiring=False,
    ),
    dict(
        kind="greenhouse-final-round",
        uid="gh-candidate-interview-84410327-f1@fleetguard.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-candidate-interview-84410327-f1@fleetguard.example.com
DTSTAMP:20260223T101544Z
DTSTART:20260305T080000Z
DTEND:20260305T103000Z
SUMMARY:Final Round: FleetGuard Telematics – Driver Safety Coach (f/m/d)
ORGANIZER;CN=FleetGuard Recruiting:mailto:no-reply@greenhouse.fleetguard.e
 xample.com
ATTENDEE;CN=Markus Eberle;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:markus.eberle76@web.de
DESCRIPTION:Hi Markus\,\n\nWe're excited to invite you to the final round 
 at our Stuttgart office (Löffelstraße 44\, 70597 Stuttgart\, 3rd floor).\n
 \nSchedule (CET):\n09:00 – 10:30 Practical coaching session: you'll ride 
 along with one of our pilot drivers (7.5 t) and debrief him using our tel
 ematics dashboard. Observed by Jens Haller (jens.haller@fleetguard.example
 .com)\n10:45 – 11:30 Conversation with Olivia Brandt\, VP Operations (oliv
 ia.brandt@fleetguard.example.com)\n\nPlease bring your driving licence. Qu
 estions? Hannah from our Talent team is happy to help.\n\nBest\,\nThe Flee
 tGuard Talent Team
LOCATION:FleetGuard Stuttgart Office\, Löffelstraße 44\, 70597 Stuttgart
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="FleetGuard Telematics",
        role="Driver Safety Coach (f/m/d)",
        stage="final",
        interviewers="jens.haller@fleetguard.example.com;olivia.brandt@fleetguard.example.com",
        trap="greenhouse-final-ride-along-recruiter-coordinator-only",
        hiring=False,
    ),
    dict(
        kind="workday-teams-screen",
        uid="WD-INTERVIEW-R-20931-CAND-558104-1@northlane.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-R-20931-CAND-558104-1@northlane.example.com
DTSTAMP:20260317T085912Z
DTSTART:20260325T150000Z
DTEND:20260325T153000Z
SUMMARY:Interview: Fleet Safety Lead Germany (R-20931) - Markus Eberle
ORGANIZER;CN=Northlane Talent Acquisition:mailto:northlane@myworkday.exam
 ple.com
ATTENDEE;CN=Markus Eberle;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:markus.eberle76@web.de
ATTENDEE;CN=Sanne de Vries;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s
 .devries@northlane.example.com
DESCRIPTION:Dear Markus\,\n\nYour interview for Fleet Safety Lead Germany 
 (R-20931) has been scheduled.\n\nInterview Type: Phone / Video Screen\nInt
 erviewer(s): Sanne de Vries (Senior Talent Acquisition Partner)\nDuration:
  30 minutes\nTime zone: (GMT+01:00) Central European Time (Berlin)\n\n____
 ____________________________________________________________________________
 \nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room devi
 ce\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-jo
 in/19%3ameeting_NzQ2ZTRmYjUtMjc4MS00N2UxLWIzZWQtNDg3YjFjOTA4ZTM1%40threa
 d.v2/0>\nMeeting ID: 376 902 115 448\nPasscode: R6aYz4\n_________________
 _______________________________________________________________\n\nPlease 
 do not reply to this message. Manage your candidate home account at https:
 //northlane.wd3.myworkday.example.com/northlane_careers
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Northlane Logistics",
        role="Fleet Safety Lead Germany",
        stage="recruiter_screen",
        interviewers="s.devries@northlane.example.com",
        trap="workday-english-teams-utc",
        hiring=False,
    ),
    dict(
        kind="outlook-panel-rescheduled",
        uid="040000008200E00074C5B7101A82E00800000000A7F3C2B19E4D8F6105B2E7A9C4D1F3E0825B6A7C9D0E1F2A3B4C5D6E7F8A9B0C1D2E3F",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Sanne de Vries:mailto:s.devries@northlane.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Markus Ebe
 rle:mailto:markus.eberle76@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dirk Mulder:ma
 ilto:d.mulder@northlane.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katrin Ebn
 er:mailto:k.ebner@northlane.example.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=D
 E-KWH Meeting Room Neckar:mailto:de-kwh.neckar@northlane.example.com
DESCRIPTION;LANGUAGE=en-US:Hi Markus\,\n\nApologies for moving this once m
 ore – Dirk had to attend an incident review in Venlo. The panel is now on 
 Tuesday 21 April\, 13:00–15:00 at our Kornwestheim hub.\n\nPanel: Dirk Mu
 lder (Director Transport DACH) and Katrin Ebner (HSE Manager Germany). Ple
 ase prepare a 15-minute presentation: "My first 90 days as Fleet Safety Le
 ad – reducing preventable accidents across 60 subcontracted drivers".\n\nA
 ll the best\,\nSanne\n
UID:040000008200E00074C5B7101A82E00800000000A7F3C2B19E4D8F6105B2E7A9C4D1F3E0825B6A7C9D0E1F2A3B4C5D6E7F8A9B0C1D2E3F
SUMMARY;LANGUAGE=en-US:Updated: Panel Interview – Fleet Safety Lead German
 y – Markus Eberle
DTSTART;TZID=W. Europe Standard Time:20260421T130000
DTEND;TZID=W. Europe Standard Time:20260421T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260408T113204Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:DE-KWH Meeting Room Neckar\, Porschestraße 8\, 7080
 6 Kornwestheim
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Northlane Logistics",
        role="Fleet Safety Lead Germany",
        stage="onsite",
        interviewers="d.mulder@northlane.example.com;k.ebner@northlane.example.com",
        trap="rescheduled-sequence-one-english-panel-room",
        hiring=False,
    ),
    dict(
        kind="flatchr-entretien",
        uid="flatchr-evt-5c19a7e2-0d44-4b8a-b2f3-91d7e6a0c8f5@transports-moreau.example.fr",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Flatchr//Flatchr Recrutement//FR
CALSCALE:GREGORIAN
METHOD:REQUEST
{PARIS}
BEGIN:VEVENT
UID:flatchr-evt-5c19a7e2-0d44-4b8a-b2f3-91d7e6a0c8f5@transports-moreau.example.fr
DTSTAMP:20260225T094410Z
DTSTART;TZID=Europe/Paris:20260304T173000
DTEND;TZID=Europe/Paris:20260304T180000
SUMMARY:Entretien téléphonique – Formateur sécurité conducteurs PL (H/F) 
 – germanophone
ORGANIZER;CN=Camille Roux:mailto:c.roux@transports-moreau.example.fr
ATTENDEE;CN=Markus Eberle;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:markus.eberle76@web.de
DESCRIPTION:Bonjour Markus\,\n\nSuite à votre candidature au poste de Form
 ateur sécurité conducteurs poids lourds (H/F) – germanophone\, basé à Str
 asbourg avec des missions en Allemagne (Kehl\, Offenburg)\, je vous propos
 e un premier entretien téléphonique de 30 minutes.\n\nJe vous appellerai 
 au +49 176 55502871. Une partie de l'échange se fera en allemand.\n\nBien 
 cordialement\,\nCamille Roux\nChargée de recrutement\nTransports Moreau Al
 sace\n\nCet événement a été créé avec Flatchr.
LOCATION:Appel téléphonique
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Transports Moreau",
        role="Formateur sécurité conducteurs PL (H/F) – germanophone",
        stage="recruiter_screen",
        interviewers="c.roux@transports-moreau.example.fr",
        trap="french-ats-entretien-telephonique-cross-border",
        hiring=False,
    ),
    dict(
        kind="outlook-french-visio",
        uid="040000008200E00074C5B7101A82E00800000000E1C7A2B9F04D3E6815C2B7F9A4E1D0C3",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{ROMANCE}
BEGIN:VEVENT
ATTENDEE;CN="Markus Eberle";RSVP=TRUE:mailto:markus.eberle76@web.de
ATTENDEE;CN="SCHNEIDER Laurent";RSVP=TRUE:mailto:l.schneider@transports-mor
 eau.example.fr
CLASS:PUBLIC
CREATED:20260310T161102Z
DESCRIPTION:Bonjour Markus\,\n\nComme convenu\, voici l'invitation pour vo
 tre second et dernier entretien\, en visio\, avec M. Laurent Schneider\, D
 irecteur d'exploitation. Il souhaite notamment aborder la formation des co
 nducteurs allemands au chargement et à l'éco-conduite.\n\n______________
 __________________________________________________________________\nRéunio
 n Microsoft Teams\nRejoindre sur votre ordinateur\, votre application mobi
 le ou l'appareil de la salle\nCliquez ici pour rejoindre la réunion<https:
 //teams.microsoft.com/l/meetup-join/19%3ameeting_OGRmZjE0YTMtZDFhNy00ZDYx
 LTk2ZWYtMzA0N2I3%40thread.v2/0>\nID de la réunion : 358 771 204 963\nCode
  secret : cB4tQ9\n______________________________________________________
 __________________________\n\nBien cordialement\,\nCamille Roux\n
DTEND;TZID="Romance Standard Time":20260319T180000
DTSTAMP:20260310T161102Z
DTSTART;TZID="Romance Standard Time":20260319T170000
LAST-MODIFIED:20260310T161102Z
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN="ROUX Camille":mailto:c.roux@transports-moreau.example.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Entretien final – M. Eberle / L. Schneider (Directeur d
 'exploitation)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E1C7A2B9F04D3E6815C2B7F9A4E1D0C3
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Transports Moreau",
        role="",
        stage="final",
        interviewers="l.schneider@transports-moreau.example.fr",
        trap="french-outlook-romance-zone-final-teams",
        hiring=False,
    ),
    dict(
        kind="google-spanish-entrevista",
        uid="6ab0m4k9qe2v7s1h3t8n5d0rcp@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260428T110000
DTEND;TZID=Europe/Madrid:20260428T120000
DTSTAMP:20260416T081530Z
ORGANIZER;CN=Lucía Fernández Ortega:mailto:lucia.fernandez@grupo-olivares.
 example.es
UID:6ab0m4k9qe2v7s1h3t8n5d0rcp@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucía Fernández Ortega;X-NUM-GUESTS=0:mailto:lucia.fernandez@grupo-oli
 vares.example.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=markus.eberle76@web.de;X-NUM-GUESTS=0:mailto:markus.eberle76@web.d
 e
X-GOOGLE-CONFERENCE:https://meet.google.com/ofu-gkzn-wra
CREATED:20260416T081527Z
DESCRIPTION:Hola Markus\,\n\nGracias por tu interés en el puesto de Respon
 sable de Seguridad Vial de Flota (Alemania) para nuestra nueva delegación 
 en Stuttgart. Te propongo una primera entrevista por videollamada (en espa
 ñol e inglés).\n\nUn saludo\,\nLucía Fernández Ortega\nDirectora de Perso
 nas – Grupo Olivares Logística\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚnete
  con Google Meet: https://meet.google.com/ofu-gkzn-wra\n\nMás información 
 sobre Meet: https://support.google.com/a/users/answer/9282720\n\nNo edites
  esta sección.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n\nInvitación de Google 
 Calendar: https://calendar.google.com/calendar/\n\nRecibes este correo ele
 ctrónico porque eres un invitado del evento. Para dejar de recibir futuras
  actualizaciones de este evento\, rechaza el evento.
LAST-MODIFIED:20260416T081529Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista: Responsable de Seguridad Vial de Flota (Alemania) – Ma
 rkus Eberle
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Grupo Olivares Logística",
        role="Responsable de Seguridad Vial de Flota (Alemania)",
        stage="recruiter_screen",
        interviewers="lucia.fernandez@grupo-olivares.example.es",
        trap="spanish-google-invite-madrid-zone",
        hiring=False,
    ),
    dict(
        kind="google-agency-client",
        uid="1n8c0t5q3k7bv2m9h6r4d1a0xe@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260316T130000Z
DTEND:20260316T140000Z
DTSTAMP:20260310T104412Z
ORGANIZER;CN=Dennis Aydin:mailto:d.aydin@topdrive-personal.example.de
UID:1n8c0t5q3k7bv2m9h6r4d1a0xe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dennis Aydin;X-NUM-GUESTS=0:mailto:d.aydin@topdrive-personal.example.d
 e
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Markus Eberle;X-NUM-GUESTS=0:mailto:markus.eberle76@web.de
CREATED:20260310T104408Z
DESCRIPTION:Hallo Herr Eberle\,\n\nwie telefonisch besprochen hier der Ter
 min bei unserem Kunden\, der Verkehrsbetriebe Heilbronn-Land GmbH (VHL). I
 hre Gesprächspartnerin ist Frau Sandra Keppler\, Leiterin der betrieblich
 en Fahrschule. Es geht um die Stelle Fahrlehrer Bus (m/w/d) in Direktanst
 ellung – keine Arbeitnehmerüberlassung.\n\nBitte an der Pforte Betriebsho
 f Neckarsulm melden und auf TopDrive verweisen.\n\nBeste Grüße\nDennis Ay
 din\nTopDrive Personalservice GmbH\n\nEinladung von Google Kalender: http
 s://calendar.google.com/calendar/\n\nSie erhalten diese E-Mail\, weil Sie 
 ein Gast dieses Termins sind. Wenn Sie keine Benachrichtigungen mehr für d
 iesen Termin erhalten möchten\, sagen Sie ihn ab.
LAST-MODIFIED:20260310T104411Z
LOCATION:VHL Betriebshof Neckarsulm\, Binswanger Str. 30\, 74172 Neckarsul
 m
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungstermin VHL – Fahrlehrer Bus (m/w/d) / Markus Eberle
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Verkehrsbetriebe Heilbronn-Land",
        role="Fahrlehrer Bus (m/w/d)",
        stage="hiring_manager",
        interviewers="Sandra Keppler",
        trap="agency-google-invite-client-acronym-in-summary",
        hiring=False,
    ),
    dict(
        kind="successfactors-phone",
        uid="SFRCM-IS-5520931-0417@successfactors.veltheim.example.de",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling 1.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SFRCM-IS-5520931-0417@successfactors.veltheim.example.de
SEQUENCE:0
DTSTAMP:20260102T141120Z
DTSTART:20260108T110000Z
DTEND:20260108T113000Z
SUMMARY:Telefoninterview: Instruktor Driving Experience (m/w/d) – Job-ID 8
 8213
ORGANIZER;CN=Jana Lutz:mailto:jana.lutz@veltheim.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Markus Ebe
 rle:mailto:markus.eberle76@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jana Lutz:mailto:jana.l
 utz@veltheim.example.de
LOCATION:Telefon – wir rufen Sie an
DESCRIPTION:Sehr geehrter Herr Eberle\,\n\nvielen Dank für Ihre Bewerbung 
 bei der Veltheim Automobile AG. Wir möchten Sie gerne in einem Telefoninte
 rview (ca. 30 Min.) näher kennenlernen.\n\nStelle: Instruktor Driving Expe
 rience (m/w/d)\, Standort Veltheim Driving Center Hockenheim-Süd\nGespräc
 hspartnerin: Jana Lutz\, HR Recruiting\n\nMit freundlichen Grüßen\nIhr Re
 cruiting-Team der Veltheim Automobile AG
STATUS:CONFIRMED
TRANSP:OPAQUE
CLASS:PUBLIC
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Veltheim Automobile",
        role="Instruktor Driving Experience (m/w/d)",
        stage="recruiter_screen",
        interviewers="jana.lutz@veltheim.example.de",
        trap="carmaker-driving-experience-phone-screen",
        hiring=False,
    ),
    dict(
        kind="outlook-praxistag-casting",
        uid="040000008200E00074C5B7101A82E00800000000F2B8D1C47A0E9365B1D4C8E2F7A0B3D6",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{W_EUROPE}
BEGIN:VEVENT
ATTENDEE;CN=Markus Eberle;RSVP=TRUE:mailto:markus.eberle76@web.de
ATTENDEE;CN="Scheufele, Marco";RSVP=TRUE:mailto:marco.scheufele@veltheim.e
 xample.de
ATTENDEE;CN="Reiff, Tanja";RSVP=TRUE:mailto:tanja.reiff@veltheim.example.d
 e
ATTENDEE;CN="Lutz, Jana";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:jana.lutz@v
 eltheim.example.de
CLASS:PUBLIC
CREATED:20260114T100233Z
DESCRIPTION:Sehr geehrter Herr Eberle\,\n\nnach dem positiven Telefoninter
 view laden wir Sie zu unserem Instruktoren-Casting ein. Sie verbringen ein
 en Tag auf dem Handlingkurs mit anderen Kandidaten.\n\n08:00 Briefing\, Fa
 hrzeugübergabe\n09:00 Fahrdynamik-Check (Sie fahren\, Chefinstruktor Marc
 o Scheufele beobachtet)\n11:00 Instruktionsprobe: Sie leiten eine Gruppe 
 von 4 Kunden (Statisten) im Bremsen-und-Ausweichen-Modul an\n13:00 Mittag
 \n14:00 Einzelgespräch mit Marco Scheufele und Tanja Reiff (Leitung Drivi
 ng Experience)\n16:00 Abschluss\n\nHelm wird gestellt. Bitte Führerschein
  mitbringen.\n\nJana Lutz\nHR Recruiting\n
DTEND;TZID="W. Europe Standard Time":20260130T170000
DTSTAMP:20260114T100233Z
DTSTART;TZID="W. Europe Standard Time":20260130T080000
LAST-MODIFIED:20260114T100233Z
LOCATION:Veltheim Driving Center Hockenheim-Süd\, Boxengebäude 2
ORGANIZER;CN="Lutz, Jana":mailto:jana.lutz@veltheim.example.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Instruktoren-Casting Driving Experience – Praxistag (M.
  Eberle)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F2B8D1C47A0E9365B1D4C8E2F7A0B3D6
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Veltheim Automobile",
        role="Instruktor Driving Experience",
        stage="technical",
        interviewers="marco.scheufele@veltheim.example.de;tanja.reiff@veltheim.example.de",
        trap="casting-wording-practical-day-with-other-candidates",
        hiring=False,
    ),
]
