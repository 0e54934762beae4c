"""holdout279 events, part c: the user's own interviews (family breweries, academy, lab, retail brewery, Swiss,
Mallorca and Alsace breweries, start-ups, agencies, cancelled rounds, university pilot brewery)."""

# ruff: noqa: E501, W291, W293, RUF100

from holdout279ev_zones import VTZ_BERLIN, VTZ_ROMANCE, VTZ_W_EUROPE, VTZ_ZURICH

EVENTS = [
    dict(
        kind="ipad-owner-invite",
        uid="1F8E3B2C-9D47-4A60-B5E1-C7A2D9F40E83",
        ics=f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPadOS 17.6.1//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
{VTZ_BERLIN}BEGIN:VEVENT
UID:1F8E3B2C-9D47-4A60-B5E1-C7A2D9F40E83
DTSTAMP:20251116T110214Z
CREATED:20251116T110140Z
LAST-MODIFIED:20251116T110214Z
DTSTART;TZID=Europe/Berlin:20251122T100000
DTEND;TZID=Europe/Berlin:20251122T120000
SUMMARY:Vorstellung Brauerei Kraus
LOCATION:Brauerei Kraus\\nWiesentstraße 7\\n91346 Wiesenttal
DESCRIPTION:Hallo Herr Schmitt\\, wie am Telefon gesagt\\, kommen Sie am Samst
 ag vorbei\\, dann zeig ich Ihnen den Betrieb und wir reden über die Nachfolge 
 als Braumeister. Meine Tochter Kathrin (macht die Wirtschaft) ist auch dabei.
  Gruß Georg Kraus
ORGANIZER;CN=Georg Kraus:mailto:georg.kraus@t-online.de
ATTENDEE;CN=Georg Kraus;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto
 :georg.kraus@t-online.de
ATTENDEE;CN=Kathrin Kraus;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-P
 ARTICIPANT;RSVP=TRUE:mailto:kathrin.kraus@t-online.de
ATTENDEE;CN=Florian Schmitt;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ
 -PARTICIPANT;RSVP=TRUE:mailto:florian.schmitt.brau@gmx.de
SEQUENCE:0
TRANSP:OPAQUE
URL;VALUE=URI:
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brauerei Kraus",
        role="Braumeister",
        stage="hiring_manager",
        interviewers="georg.kraus@t-online.de;kathrin.kraus@t-online.de",
        trap="ipad-owner-freemail-saturday-succession",
        hiring=False,
    ),
    dict(
        kind="webex-invite",
        uid="3b9c1f0e8a7d4e62b5c3a1f9e0d7c6b4@webex.com",
        ics="""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Meetings 45.10//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
BEGIN:STANDARD
DTSTART:16011028T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:3b9c1f0e8a7d4e62b5c3a1f9e0d7c6b4@webex.com
DTSTAMP:20251208T140000Z
DTSTART;TZID=Europe/Amsterdam:20251218T140000
DTEND;TZID=Europe/Amsterdam:20251218T150000
SUMMARY:Auswahlgespräch Dozent/in Brautechnologie (Praxisseminare)
ORGANIZER;CN=Dr. Renate Obermaier:mailto:r.obermaier@brauakademie-freising.example.de
ATTENDEE;CN=Florian Schmitt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florian.schmitt.brau@gmx.de
ATTENDEE;CN=Stefan Aigner;ROLE=REQ-PARTICIPANT:mailto:s.aigner@brauakademie-freising.example.de
LOCATION:https://brauakademie-freising.webex.com/brauakademie-freising/j.php?MTID=m8a3f1c9e2b7d40
DESCRIPTION:Guten Tag Herr Schmitt\\,\\n\\nim Auswahlgespräch bitten wir Sie u
 m einen Kurzvortrag (10 Min.\\, ohne Folien möglich) zum Thema „Hefemanagement
  und Anstellhefe im mittelständischen Betrieb“. Anschließend Fragen von mir (
 Studienleitung) und Herrn Aigner (Dozent Praxisseminare).\\n\\n-- Meeting bei
 treten --\\nhttps://brauakademie-freising.webex.com/brauakademie-freising/j.p
 hp?MTID=m8a3f1c9e2b7d40\\nMeeting-Kennnummer (Zugriffscode): 2781 440 9371\\nM
 eeting-Passwort: Hefe2025!\\n\\n-- Über Videosystem beitreten --\\n27814409371
 @brauakademie-freising.webex.com\\n\\nCisco Webex
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brauakademie Freising-Land",
        role="Dozent/in Brautechnologie (Praxisseminare)",
        stage="technical",
        interviewers="r.obermaier@brauakademie-freising.example.de;s.aigner@brauakademie-freising.example.de",
        trap="webex-amsterdam-zone-lecture-task",
        hiring=False,
    ),
    dict(
        kind="thunderbird-lf-floating",
        uid="7c2e91a4-5b0f-4d8e-a3c6-1f9e0b2d7a55",
        ics="""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20251201T191015Z
LAST-MODIFIED:20251201T191015Z
DTSTAMP:20251201T191015Z
UID:7c2e91a4-5b0f-4d8e-a3c6-1f9e0b2d7a55
SUMMARY:Tel.interview BrewLab - Applikationsspezialist Brauanalytik
DTSTART:20251204T163000
DTEND:20251204T171500
DESCRIPTION:Dr. Fleischmann (Leiter Applikation) ruft an. Stichworte: HPLC 
 Bitterstoffe\\, GC Gärungsnebenprodukte\\, Kundenschulungen in Brauereien. S
 tellenanzeige ausdrucken
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="BrewLab Analytik",
        role="Applikationsspezialist Brauanalytik",
        stage="hiring_manager",
        interviewers="Dr. Fleischmann",
        trap="thunderbird-lf-floating-typo-tel-interview",
        hiring=False,
        eol="\n",
    ),
    dict(
        kind="workday-german",
        uid="WD-INT-7f3a9c1e2b4d4f6a8c0e1d3b5a7f9c2e@frankenbraeu.example.de",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-7f3a9c1e2b4d4f6a8c0e1d3b5a7f9c2e@frankenbraeu.example.de
DTSTAMP:20251209T081500Z
DTSTART:20251217T130000Z
DTEND:20251217T140000Z
SUMMARY:Interview: Braumeister Produktion (m/w/d) – R-2025-1187
ORGANIZER;CN=Frankenbräu Talent Acquisition:mailto:frankenbraeu@myworkday.e
 xample.com
ATTENDEE;CN=Petra Kohlmann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:pe
 tra.kohlmann@frankenbraeu.example.de
ATTENDEE;CN=Florian Schmitt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:florian.schmitt.brau@gmx.de
LOCATION:Frankenbräu Handelsmarken GmbH\\, Werk Lichtenfels\\, Empfang Verwal
 tung
DESCRIPTION:Sehr geehrter Herr Schmitt\\,\\n\\nwir laden Sie zu einem Vorstel
 lungsgespräch für die Position Braumeister Produktion (m/w/d) ein. Ihre Gesp
 rächspartnerin: Petra Kohlmann\\, Leiterin Produktion.\\n\\nBitte bringen Sie
  ein gültiges Ausweisdokument mit.\\n\\nDies ist eine automatisch generierte 
 Nachricht aus Workday. Bitte antworten Sie nicht auf diese E-Mail.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Frankenbräu Handelsmarken",
        role="Braumeister Produktion (m/w/d)",
        stage="hiring_manager",
        interviewers="petra.kohlmann@frankenbraeu.example.de",
        trap="workday-german-requisition-number-utc",
        hiring=False,
    ),
    dict(
        kind="teams-zurich",
        uid="040000008200E00074C5B7101A82E00800000000F03950C6E1B5DC010000000000000000100000008F61A395C5328516F193D2F4759600E8",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ZURICH}BEGIN:VEVENT
ORGANIZER;CN="Frei Regula":mailto:regula.frei@rheinfall-bier.example.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.schmitt.brau@gmx.de:mailto:florian.schmitt.brau@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ammann Beat":mailto:beat.ammann@rheinfall-bier.example.ch
DESCRIPTION;LANGUAGE=de-CH:Grüezi Herr Schmitt\\n\\nGerne laden wir Sie zu einem ersten Videointerview für die Stelle Leiter Brauerei (m/w/d) ein. Teilnehmen werden Beat Ammann (CEO) und ich.\\n\\nFreundliche Grüsse\\nRegula Frei\\nHR\\, Brauerei Zum Rheinfall AG\\n\\n________________________________________________________________________________\\nMicrosoft Teams-Besprechung\\nTreten Sie über Ihren Computer\\, Ihre mobile App oder Ihr Raumgerät bei\\nHier klicken\\, um der Besprechung beizutreten <https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzI2NWMyNjQtODE0MC00@thread.v2/0>\\nBesprechungs-ID: 366 102 884 510\\nPasscode: z3Rk8Q\\n________________________________________________________________________________\\n
UID:040000008200E00074C5B7101A82E00800000000F03950C6E1B5DC010000000000000000100000008F61A395C5328516F193D2F4759600E8
SUMMARY;LANGUAGE=de-CH:Videointerview Leiter Brauerei (m/w/d) - F. Schmitt
DTSTART;TZID=Europe/Zurich:20260115T080000
DTEND;TZID=Europe/Zurich:20260115T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260106T152033Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brauerei Zum Rheinfall",
        role="Leiter Brauerei (m/w/d)",
        stage="hiring_manager",
        interviewers="regula.frei@rheinfall-bier.example.ch;beat.ammann@rheinfall-bier.example.ch",
        trap="teams-swiss-zurich-zone-ceo-and-hr",
        hiring=False,
    ),
    dict(
        kind="ios-terse-bar",
        uid="9A3F6D20-E4B1-47C8-8F2A-0D5B7C91E6A4",
        ics=f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1.1//EN
CALSCALE:GREGORIAN
{VTZ_BERLIN}BEGIN:VEVENT
UID:9A3F6D20-E4B1-47C8-8F2A-0D5B7C91E6A4
DTSTAMP:20251127T221501Z
CREATED:20251127T221440Z
DTSTART;TZID=Europe/Berlin:20251203T193000
DTEND;TZID=Europe/Berlin:20251203T213000
SUMMARY:Bier m. Jonas + Bene (Kollektiv) wg Braumeister-Job
LOCATION:Kollektiv Taproom\\, Nbg Gostenhof
DESCRIPTION:Die 2 Gründer. Wollen wissen ob ich mir Startup vorstellen kann\\
 , Anteile?? Rezeptideen mitbringen
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Craft Beer Kollektiv Nürnberg",
        role="Braumeister",
        stage="hiring_manager",
        interviewers="Jonas;Bene",
        trap="ios-terse-beer-with-founders-about-job",
        hiring=False,
    ),
    dict(
        kind="google-invite-de-footer",
        uid="6w8e0r2t4y6u8i0o2p4a6s8d0f@google.com",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_BERLIN}BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251213T080000
DTEND;TZID=Europe/Berlin:20251213T170000
DTSTAMP:20251205T092210Z
ORGANIZER;CN=Jonas Wiesinger:mailto:jonas.wiesinger@gmail.com
UID:6w8e0r2t4y6u8i0o2p4a6s8d0f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jonas Wiesinger;X-NUM-GUESTS=0:mailto:jonas.wiesinger@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Bene Kaltenecker;X-NUM-GUESTS=0:mailto:bene.kaltenecker@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=florian.schmitt.brau@gmx.de;X-NUM-GUESTS=0:mailto:florian.schmitt.br
 au@gmx.de
CREATED:20251205T092209Z
DESCRIPTION:Servus Florian\\, wie besprochen: Probesud bei uns – du planst un
 d braust dein Rezept (Hazy Pale oder was Fränkisches\\, du entscheidest)\\, 
 wir schauen dir über die Schulter. Danach entscheiden wir\\, ob wir dich als B
 raumeister an Bord holen. Jonas & Bene\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~
 :~::-\\nEinladung von Google Kalender: https://calendar.google.com/calendar/\\n
 \\nSie erhalten diese E-Mail\\, weil Sie Gast bei diesem Termin sind. Lehnen Si
 e diesen Termin ab\\, um keine weiteren Aktualisierungen zu erhalten.
LAST-MODIFIED:20251205T092210Z
LOCATION:Craft Beer Kollektiv\\, Fürther Str. 188\\, 90429 Nürnberg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Probesud im Kollektiv – Florian
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Craft Beer Kollektiv Nürnberg",
        role="Braumeister",
        stage="onsite",
        interviewers="jonas.wiesinger@gmail.com;bene.kaltenecker@gmail.com",
        trap="google-german-footer-trial-brew-founders-gmail",
        hiring=False,
    ),
    dict(
        kind="personio-onsite",
        uid="personio-interview-8820994-weissermain@personio.example.de",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-8820994-weissermain@personio.example.de
DTSTAMP:20251203T101010Z
DTSTART:20251210T070000Z
DTEND:20251210T083000Z
SUMMARY:Einladung: Vorstellungsgespräch – Leitung Gär- und Lagerkeller (m/w
 /d)
ORGANIZER;CN=Daniela Geyer:mailto:daniela.geyer@brauerei-weisser-main.exampl
 e.de
ATTENDEE;CN=Florian Schmitt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:florian.schmitt.brau@gmx.de
ATTENDEE;CN=Harald Schnappauf;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 harald.schnappauf@brauerei-weisser-main.example.de
ATTENDEE;CN=Daniela Geyer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:dani
 ela.geyer@brauerei-weisser-main.example.de
LOCATION:Brauerei Weißer Main GmbH\\, Am Mainufer 21\\, 95326 Kulmbach
DESCRIPTION:Hallo Herr Schmitt\\,\\n\\nwir freuen uns auf das persönliche Gesp
 räch mit Harald Schnappauf (Technischer Betriebsleiter) und Daniela Geyer (P
 ersonal). Im Anschluss zeigen wir Ihnen den Gär- und Lagerkeller (ZKT\\, lieg
 ende Lagertanks).\\n\\nViele Grüße\\nBrauerei Weißer Main\\n\\n--\\nVersendet ü
 ber Personio
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brauerei Weißer Main",
        role="Leitung Gär- und Lagerkeller (m/w/d)",
        stage="hiring_manager",
        interviewers="harald.schnappauf@brauerei-weisser-main.example.de;daniela.geyer@brauerei-weisser-main.example.de",
        trap="personio-utc-onsite-cellar-lead",
        hiring=False,
    ),
    dict(
        kind="outlook-ios-terse",
        uid="C5E0A9B1-3F7D-4E28-96A4-B21D8F6C0E37",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for iOS//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Mitteleuropäische Zeit
BEGIN:STANDARD
DTSTART:16011028T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:C5E0A9B1-3F7D-4E28-96A4-B21D8F6C0E37
DTSTAMP:20251212T171744Z
DTSTART;TZID=Mitteleuropäische Zeit:20251219T060000
DTEND;TZID=Mitteleuropäische Zeit:20251219T140000
SUMMARY:Probearbeit Weißer Main Kulmbach (Gär-/Lagerkeller)
DESCRIPTION:Frühschicht mitlaufen\\, Hr. Schnappauf will sehen wie ich Hefe
 ernte und Tanks plane. Urlaubstag!
LOCATION:Kulmbach
CLASS:PUBLIC
PRIORITY:5
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brauerei Weißer Main",
        role="",
        stage="onsite",
        interviewers="Hr. Schnappauf",
        trap="outlook-ios-localized-zone-name-trial-shift",
        hiring=False,
    ),
    dict(
        kind="dvinci-invite",
        uid="dvinci-termin-118834-aischtaler@dvinci.example.de",
        ics=f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//d.vinci HR-Systems GmbH//d.vinci Terminplaner//DE
METHOD:REQUEST
{VTZ_BERLIN}BEGIN:VEVENT
UID:dvinci-termin-118834-aischtaler@dvinci.example.de
DTSTAMP:20251204T131313Z
DTSTART;TZID=Europe/Berlin:20251209T150000
DTEND;TZID=Europe/Berlin:20251209T160000
SUMMARY:Ihr Vorstellungsgespräch bei der Brauerei Aischtaler Landbier
ORGANIZER;CN=Brauerei Aischtaler Landbier - Personal:mailto:jobs@aischtaler
 -landbier.example.de
ATTENDEE;CN=Werner Sponsel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:w.
 sponsel@aischtaler-landbier.example.de
ATTENDEE;CN=Florian Schmitt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:florian.schmitt.brau@gmx.de
LOCATION:Brauerei Aischtaler Landbier\\, Brauhausgasse 3\\, 91315 Höchstadt a.
 d. Aisch
DESCRIPTION:Sehr geehrter Herr Schmitt\\,\\n\\nvielen Dank für Ihre Bewerbung 
 als Erster Brauer (m/w/d). Gerne lernen wir Sie persönlich kennen. Ihr Gespr
 ächspartner ist unser Braumeister und Betriebsleiter Werner Sponsel.\\n\\nMit
  freundlichen Grüßen\\nIhr Personalteam\\n\\nTermin über d.vinci bestätigt.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brauerei Aischtaler Landbier",
        role="Erster Brauer (m/w/d)",
        stage="hiring_manager",
        interviewers="w.sponsel@aischtaler-landbier.example.de",
        trap="dvinci-german-ats-first-brewer",
        hiring=False,
    ),
    dict(
        kind="outlook-phone",
        uid="040000008200E00074C5B7101A82E0080000000020A461D7F2C6DC01000000000000000010000000907284A6D6439627A2A4E305860711F9",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Elisabeth Leutzenried":mailto:e.leutzenried@privatbrauerei-leutzenried.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.schmitt.brau@gmx.de:mailto:florian.schmitt.brau@gmx.de
DESCRIPTION;LANGUAGE=de-DE:Lieber Herr Schmitt\\,\\n\\nvielen Dank für Ihre Bewerbung als Braumeister. Bevor wir Sie zu uns einladen\\, würde ich gern kurz telefonieren – ich rufe Sie an.\\n\\nHerzliche Grüße\\nElisabeth Leutzenried\\nInhaberin\\, Privatbrauerei Leutzenried\\n
UID:040000008200E00074C5B7101A82E0080000000020A461D7F2C6DC01000000000000000010000000907284A6D6439627A2A4E305860711F9
SUMMARY;LANGUAGE=de-DE:Telefonat Bewerbung Braumeister (Leutzenried)
DTSTART;TZID=W. Europe Standard Time:20251119T190000
DTEND;TZID=W. Europe Standard Time:20251119T193000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251114T082215Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Privatbrauerei Leutzenried",
        role="Braumeister",
        stage="hiring_manager",
        interviewers="e.leutzenried@privatbrauerei-leutzenried.example.de",
        trap="outlook-owner-phone-call-evening",
        hiring=False,
    ),
    dict(
        kind="outlook-onsite-tour",
        uid="040000008200E00074C5B7101A82E0080000000040B572E803D7DC01000000000000000010000000A18395B7E7540738B3B5F41697182200",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Elisabeth Leutzenried":mailto:e.leutzenried@privatbrauerei-leutzenried.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.schmitt.brau@gmx.de:mailto:florian.schmitt.brau@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gräßel, Martin":mailto:martin.graessel@privatbrauerei-leutzenried.example.de
DESCRIPTION;LANGUAGE=de-DE:Lieber Herr Schmitt\\,\\n\\nwie am Telefon besprochen: Betriebsbesichtigung und Vorstellungsgespräch. Dabei ist unser Betriebsleiter Martin Gräßel. Wir starten mit einem Rundgang (Sudhaus\\, Gärkeller\\, Flaschenkeller)\\, danach setzen wir uns ins Bräustüberl.\\n\\nHerzliche Grüße\\nElisabeth Leutzenried\\n
UID:040000008200E00074C5B7101A82E0080000000040B572E803D7DC01000000000000000010000000A18395B7E7540738B3B5F41697182200
SUMMARY;LANGUAGE=de-DE:Betriebsbesichtigung + Vorstellungsgespräch Privatbrauerei Leutzenried
DTSTART;TZID=W. Europe Standard Time:20251129T100000
DTEND;TZID=W. Europe Standard Time:20251129T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251120T091233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Privatbrauerei Leutzenried\\, Brauereiweg 1\\, 92289 Ursensollen-Leutzenried
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Privatbrauerei Leutzenried",
        role="",
        stage="onsite",
        interviewers="e.leutzenried@privatbrauerei-leutzenried.example.de;martin.graessel@privatbrauerei-leutzenried.example.de",
        trap="outlook-tour-plus-interview-owner-organizer",
        hiring=False,
    ),
    dict(
        kind="outlook-cancel",
        uid="040000008200E00074C5B7101A82E0080000000060C683F914E8DC01000000000000000010000000B294A6C8F8651849C4C6052788293311",
        ics=f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Zwickl, Hans":mailto:h.zwickl@brauerei-zwickl.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.schmitt.brau@gmx.de:mailto:florian.schmitt.brau@gmx.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Schmitt\\,\\n\\nleider müssen wir unser Gespräch absagen – ich liege mit einer Grippe flach. Ich melde mich nach den Feiertagen wegen eines neuen Termins.\\n\\nMit freundlichen Grüßen\\nHans Zwickl\\n
UID:040000008200E00074C5B7101A82E0080000000060C683F914E8DC01000000000000000010000000B294A6C8F8651849C4C6052788293311
SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch Braumeister – Brauerei Zwickl & Söhne
DTSTART;TZID=W. Europe Standard Time:20251222T110000
DTEND;TZID=W. Europe Standard Time:20251222T120000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20251219T065012Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Brauerei Zwickl & Söhne\\, Marktplatz 5\\, Scheßlitz
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brauerei Zwickl & Söhne",
        role="Braumeister",
        stage="hiring_manager",
        interviewers="h.zwickl@brauerei-zwickl.example.de",
        trap="outlook-method-cancel-sick-owner",
        hiring=False,
    ),
    dict(
        kind="outlook-panel-pruefinstitut",
        uid="040000008200E00074C5B7101A82E0080000000080D794FA25F9DC01000000000000000010000000C3A5B7D9097629500D7D163899304422",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Personalstelle BPG":mailto:personal@bpg-getraenke.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.schmitt.brau@gmx.de:mailto:florian.schmitt.brau@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dr. Kreitmair, Ludwig":mailto:ludwig.kreitmair@bpg-getraenke.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Schwemmer, Ilse":mailto:ilse.schwemmer@bpg-getraenke.example.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Schmitt\\,\\n\\nim Auswahlverfahren für die Stelle Sachverständige/r Bier- und Getränkeprüfung laden wir Sie zu einem strukturierten Auswahlgespräch ein. Kommission: Dr. Ludwig Kreitmair (Leitung Prüfstelle Bier) und Ilse Schwemmer (Qualitätsmanagement/Akkreditierung).\\n\\nHinweis: Bestandteil ist eine kurze sensorische Prüfung nach dem Schema unserer Qualitätsprüfungen (4 Proben).\\n\\nMit freundlichen Grüßen\\nPersonalstelle\\nBayerisches Prüfinstitut für Getränke e.V.\\n
UID:040000008200E00074C5B7101A82E0080000000080D794FA25F9DC01000000000000000010000000C3A5B7D9097629500D7D163899304422
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch Sachverständige/r Bier- und Getränkeprüfung
DTSTART;TZID=W. Europe Standard Time:20260120T093000
DTEND;TZID=W. Europe Standard Time:20260120T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260109T114400Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:BPG\\, Prüfstelle Bier\\, Raum E12\\, Freising
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Bayerisches Prüfinstitut für Getränke",
        role="Sachverständige/r Bier- und Getränkeprüfung",
        stage="onsite",
        interviewers="ludwig.kreitmair@bpg-getraenke.example.de;ilse.schwemmer@bpg-getraenke.example.de",
        trap="outlook-testing-institute-pruefung-words-in-real-interview",
        hiring=False,
    ),
    dict(
        kind="google-invite-hotel",
        uid="1z3x5c7v9b1n3m5a7s9d1f3g5h@google.com",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_BERLIN}BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260127T140000
DTEND;TZID=Europe/Berlin:20260127T153000
DTSTAMP:20260119T101212Z
ORGANIZER;CN=Hotel-Brauereigasthof Zur Post – Personal:mailto:personal@post-
 kissingen.example.de
UID:1z3x5c7v9b1n3m5a7s9d1f3g5h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Markus Stürmer;X-NUM-GUESTS=0:mailto:m.stuermer@post-kissingen.example.d
 e
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=florian.schmitt.brau@gmx.de;X-NUM-GUESTS=0:mailto:florian.schmitt.br
 au@gmx.de
CREATED:20260119T101130Z
DESCRIPTION:Sehr geehrter Herr Schmitt\\,\\n\\nhiermit bestätigen wir Ihr Vorst
 ellungsgespräch für die Stelle Brauer/in für unsere Gasthausbrauerei mit Hot
 eldirektor Markus Stürmer. Treffpunkt: Rezeption.\\n\\nMit freundlichen Grüßen
 \\nPersonalbüro\\n\\nEinladung von Google Kalender: https://calendar.google.co
 m/calendar/
LAST-MODIFIED:20260119T101212Z
LOCATION:Hotel-Brauereigasthof Zur Post\\, Kurhausstraße 18\\, 97688 Bad Kiss
 ingen
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Brauer/in Gasthausbrauerei – Florian Schmitt
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Hotel-Brauereigasthof Zur Post",
        role="Brauer/in Gasthausbrauerei",
        stage="hiring_manager",
        interviewers="m.stuermer@post-kissingen.example.de",
        trap="google-hotel-brewpub-hr-organizer",
        hiring=False,
    ),
    dict(
        kind="google-invite-es-footer",
        uid="8q0w2e4r6t8y0u2i4o6p8a0s2d@google.com",
        ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Madrid
X-LIC-LOCATION:Europe/Madrid
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260129T180000
DTEND;TZID=Europe/Madrid:20260129T190000
DTSTAMP:20260122T173001Z
ORGANIZER;CN=Sandra Reitmaier:mailto:sandra@brauhaus-calarajada.example.es
UID:8q0w2e4r6t8y0u2i4o6p8a0s2d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sandra Reitmaier;X-NUM-GUESTS=0:mailto:sandra@brauhaus-calarajada.exampl
 e.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Tobias Reitmaier;X-NUM-GUESTS=0:mailto:tobias@brauhaus-calarajada.exampl
 e.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=florian.schmitt.brau@gmx.de;X-NUM-GUESTS=0:mailto:florian.schmitt.br
 au@gmx.de
X-GOOGLE-CONFERENCE:https://meet.google.com/bfk-qwzr-ymt
CREATED:20260122T172900Z
DESCRIPTION:Hallo Florian\\, wie per Mail besprochen – Videocall zu unserer St
 elle als Braumeister in unserem Brauhaus in Cala Rajada (Saison März–Oktober
 \\, Wohnung wird gestellt). Wir sind Tobias und Sandra\\, die Inhaber.\\n\\n-:
 :~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nÚnete con Google Meet: https://meet.goog
 le.com/bfk-qwzr-ymt\\nO marca el: (ES) +34 911 23 45 67 PIN: 552 018 334#\\n\\n
 No edites esta sección.\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\n\\nInvitación
  de Google Calendar: https://calendar.google.com/calendar/\\n\\nRecibes este co
 rreo electrónico porque eres un invitado de este evento.
LAST-MODIFIED:20260122T173001Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Videollamada: Braumeister Mallorca – Florian Schmitt
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brauhaus Cala Rajada",
        role="Braumeister",
        stage="hiring_manager",
        interviewers="sandra@brauhaus-calarajada.example.es;tobias@brauhaus-calarajada.example.es",
        trap="google-spanish-locale-footer-german-owners-mallorca",
        hiring=False,
    ),
    dict(
        kind="outlook-french",
        uid="040000008200E00074C5B7101A82E00800000000A0E8A50B360AE0010000000000000000100000000D4B6C8E1A2F3D4E5F60718293A4B5C6",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="HEITZ Marie-Odile":mailto:mo.heitz@brasserie-du-ried.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.schmitt.brau@gmx.de:mailto:florian.schmitt.brau@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="KUNTZ Thierry":mailto:t.kuntz@brasserie-du-ried.example.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Monsieur Schmitt\\,\\n\\nSuite à notre échange téléphonique\\, nous avons le plaisir de vous convier à un entretien pour le poste de Maître brasseur (H/F) sur notre site d’Erstein.\\n\\nGuten Tag Herr Schmitt\\, das Gespräch führen wir gern auf Deutsch – Herr Kuntz (Directeur de production) spricht Elsässisch und Deutsch.\\n\\nProgramme : visite de la brasserie\\, entretien avec M. Kuntz et moi-même (DRH)\\, dégustation.\\n\\nBien cordialement\\,\\nMarie-Odile Heitz\\nDirectrice des Ressources Humaines\\nBrasserie du Ried SAS\\n
UID:040000008200E00074C5B7101A82E00800000000A0E8A50B360AE0010000000000000000100000000D4B6C8E1A2F3D4E5F60718293A4B5C6
SUMMARY;LANGUAGE=fr-FR:Entretien – Maître brasseur (H/F) – M. Florian Schmitt
DTSTART;TZID=Romance Standard Time:20260204T100000
DTEND;TZID=Romance Standard Time:20260204T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260126T084502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Brasserie du Ried\\, 12 rue de la Brasserie\\, 67150 Erstein
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brasserie du Ried",
        role="Maître brasseur (H/F)",
        stage="onsite",
        interviewers="mo.heitz@brasserie-du-ried.example.fr;t.kuntz@brasserie-du-ried.example.fr",
        trap="outlook-french-romance-zone-alsace-bilingual",
        hiring=False,
    ),
    dict(
        kind="lever-invite",
        uid="lever-interview-4e7a1c9f-2b6d-4f80-9a3e-5c1d7b0e8f26",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-4e7a1c9f-2b6d-4f80-9a3e-5c1d7b0e8f26
DTSTAMP:20260114T160044Z
DTSTART:20260122T100000Z
DTEND:20260122T111500Z
SUMMARY:Interview with BräuTech: Florian Schmitt for Brewing Process Engineer
ORGANIZER;CN=BräuTech Talent:mailto:talent@braeutech.example.com
ATTENDEE;CN=Jan Oberdorfer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jan
 .oberdorfer@braeutech.example.com
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:priya.
 raman@braeutech.example.com
ATTENDEE;CN=Florian Schmitt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:florian.schmitt.brau@gmx.de
LOCATION:Google Meet: https://meet.google.com/hty-pqbn-xwe
DESCRIPTION:Hi Florian\\,\\n\\nHere are the details for your Technical Intervi
 ew (75 min) with Jan Oberdorfer (Head of Process Engineering) and Priya Rama
 n (Senior Data Scientist).\\n\\nWhat to expect: a case on fermentation data f
 rom one of our partner breweries (attenuation curves\\, temperature profiles)
 . Das Gespräch findet auf Deutsch statt\\, Priya spricht gut Deutsch.\\n\\nJoin
 : https://meet.google.com/hty-pqbn-xwe\\n\\nSee you soon\\,\\nBräuTech Talent T
 eam\\n\\nScheduled with Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="BräuTech",
        role="Brewing Process Engineer",
        stage="technical",
        interviewers="jan.oberdorfer@braeutech.example.com;priya.raman@braeutech.example.com",
        trap="lever-english-template-german-technical-case",
        hiring=False,
    ),
    dict(
        kind="webex-hiring-manager",
        uid="6d0e4a2c9f1b4e73a8c5d2b7e0f1a9c3@webex.com",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Meetings 45.10//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_BERLIN}BEGIN:VEVENT
UID:6d0e4a2c9f1b4e73a8c5d2b7e0f1a9c3@webex.com
DTSTAMP:20260116T094000Z
DTSTART;TZID=Europe/Berlin:20260123T103000
DTEND;TZID=Europe/Berlin:20260123T113000
SUMMARY:Vorstellungsgespräch Servicetechniker Brau- und Abfülltechnik (m/w/d
 )
ORGANIZER;CN=Kettner Abfülltechnik - Personal:mailto:personal@kettner-abfuell
 technik.example.de
ATTENDEE;CN=Florian Schmitt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florian.sc
 hmitt.brau@gmx.de
ATTENDEE;CN=Thorsten Beck;ROLE=REQ-PARTICIPANT:mailto:thorsten.beck@kettner-a
 bfuelltechnik.example.de
LOCATION:https://kettner.webex.com/kettner/j.php?MTID=mf1c0a9e7b3d2
DESCRIPTION:Sehr geehrter Herr Schmitt\\,\\n\\nIhr Gesprächspartner ist Thorst
 en Beck (Leiter Kundendienst). Bitte nehmen Sie über den Link teil.\\n\\n-- M
 eeting beitreten --\\nhttps://kettner.webex.com/kettner/j.php?MTID=mf1c0a9e7b
 3d2\\nMeeting-Kennnummer: 2784 119 0042\\nPasswort: Fuell26\\n\\nCisco Webex
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Kettner Abfülltechnik",
        role="Servicetechniker Brau- und Abfülltechnik (m/w/d)",
        stage="hiring_manager",
        interviewers="thorsten.beck@kettner-abfuelltechnik.example.de",
        trap="webex-equipment-service-role",
        hiring=False,
    ),
    dict(
        kind="ios-terse-tasting-word",
        uid="4B7E2D91-A06C-4F35-8E1B-C9D03A52F7E6",
        ics=f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
{VTZ_BERLIN}BEGIN:VEVENT
UID:4B7E2D91-A06C-4F35-8E1B-C9D03A52F7E6
DTSTAMP:20260108T121212Z
CREATED:20260108T121150Z
DTSTART;TZID=Europe/Berlin:20260116T150000
DTEND;TZID=Europe/Berlin:20260116T160000
SUMMARY:Bierkulturhaus – Gespräch Stelle Leitung Seminare/Verkostungen
LOCATION:Bierkulturhaus Bamberg\\, Obere Sandstr.
DESCRIPTION:bei Fr. Dr. Kreuzer (Geschäftsführerin). Biersommelier-Zertifik
 at mitnehmen! Evtl. kurze Probe-Verkostung moderieren
SEQUENCE:0
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Bierkulturhaus Bamberg",
        role="Leitung Seminare/Verkostungen",
        stage="hiring_manager",
        interviewers="Fr. Dr. Kreuzer",
        trap="ios-terse-interview-with-tasting-vocabulary",
        hiring=False,
    ),
    dict(
        kind="agency-client-outlook",
        uid="040000008200E00074C5B7101A82E00800000000C0F9B61C471BE00100000000000000001000000021C5D7E9A3B4C5D6E7F8091A2B3C4D5E",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Seitz, Jana":mailto:j.seitz@vintus-personal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.schmitt.brau@gmx.de:mailto:florian.schmitt.brau@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kastl, Herbert":mailto:h.kastl@hopfenkontor-spalt.example.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Schmitt\\,\\n\\nwie besprochen habe ich Ihr Profil unserem Kunden\\, der Hopfenkontor Spalt GmbH\\, vorgestellt – Herr Kastl (Geschäftsführer) möchte Sie gern persönlich kennenlernen für die Position Einkäufer Rohstoffe Hopfen (m/w/d).\\n\\nIch begleite das Gespräch nicht\\, bitte melden Sie sich danach kurz bei mir.\\n\\nViele Grüße\\nJana Seitz\\nVintus Personal GmbH – Niederlassung Nürnberg\\n
UID:040000008200E00074C5B7101A82E00800000000C0F9B61C471BE00100000000000000001000000021C5D7E9A3B4C5D6E7F8091A2B3C4D5E
SUMMARY;LANGUAGE=de-DE:Interview bei Hopfenkontor Spalt (über Vintus) – Hr. Schmitt
DTSTART;TZID=W. Europe Standard Time:20260127T090000
DTEND;TZID=W. Europe Standard Time:20260127T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260119T130055Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Hopfenkontor Spalt\\, Hopfenweg 2\\, 91174 Spalt
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Hopfenkontor Spalt",
        role="Einkäufer Rohstoffe Hopfen (m/w/d)",
        stage="hiring_manager",
        interviewers="h.kastl@hopfenkontor-spalt.example.de",
        trap="agency-organizer-names-client-hop-trader",
        hiring=False,
    ),
    dict(
        kind="workday-cancelled",
        uid="WD-INT-2c8e4a6f0b1d4c3e9f7a5b2d8e6c4a10@alpen-getraenke.example.com",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-2c8e4a6f0b1d4c3e9f7a5b2d8e6c4a10@alpen-getraenke.example.com
DTSTAMP:20260130T070512Z
DTSTART:20260203T083000Z
DTEND:20260203T090000Z
SUMMARY:CANCELLED - Interview: Technischer Leiter Brauerei (m/w/d) - JR-2025
 -3391
ORGANIZER;CN=Alpen-Getränke Holding Recruiting:mailto:alpengetraenke@mywork
 day.example.com
ATTENDEE;CN=Tamara Huber;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED:mailto:tamar
 a.huber@alpen-getraenke.example.com
ATTENDEE;CN=Florian Schmitt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:flo
 rian.schmitt.brau@gmx.de
LOCATION:Microsoft Teams
DESCRIPTION:Dear Florian Schmitt\\,\\n\\nYour interview for Technischer Leiter
  Brauerei (m/w/d) with Tamara Huber (Recruiting Partner) has been cancelled. 
 The requisition has been put on hold. We will contact you should the positio
 n be reopened.\\n\\nKind regards\\nAlpen-Getränke Holding Recruiting
STATUS:CANCELLED
SEQUENCE:3
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Alpen-Getränke Holding",
        role="Technischer Leiter Brauerei (m/w/d)",
        stage="recruiter_screen",
        interviewers="tamara.huber@alpen-getraenke.example.com",
        trap="workday-status-cancelled-request-requisition-hold",
        hiring=False,
    ),
    dict(
        kind="zimbra-panel",
        uid="b3e1f7c2-0a9d-4c58-86e4-2d7f1a5b9c03",
        ics=f"""BEGIN:VCALENDAR
X-WR-CALNAME:Personalabteilung Stellenbesetzung
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
{VTZ_BERLIN}BEGIN:VEVENT
UID:b3e1f7c2-0a9d-4c58-86e4-2d7f1a5b9c03
SUMMARY:Auswahlgespräch Technische/r Angestellte/r Versuchsbrauerei (E9 TV-L)
  – Herr Schmitt
ATTENDEE;CN=Prof. Dr. Johanna Hörmann;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-A
 CTION:mailto:johanna.hoermann@hs-weihenried.example.de
ATTENDEE;CN=Florian Schmitt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:florian.schmitt.brau@gmx.de
ATTENDEE;CN=Personalrat HS Weihenried;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-A
 CTION:mailto:personalrat@hs-weihenried.example.de
ATTENDEE;CN=Gleichstellungsbeauftragte;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-
 ACTION:mailto:gleichstellung@hs-weihenried.example.de
ATTENDEE;CN=Max Kammerl;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:ma
 x.kammerl@hs-weihenried.example.de
ORGANIZER;CN=Personalabteilung Stellenbesetzung;SENT-BY="mailto:sabrina.lo
 ibl@hs-weihenried.example.de":mailto:stellen@hs-weihenried.example.de
DTSTART;TZID="Europe/Berlin":20260211T130000
DTEND;TZID="Europe/Berlin":20260211T140000
STATUS:CONFIRMED
CLASS:PUBLIC
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
TRANSP:OPAQUE
LAST-MODIFIED:20260202T090511Z
DTSTAMP:20260202T090511Z
SEQUENCE:0
LOCATION:Versuchsbrauerei\\, Gebäude T3\\, Besprechungsraum 0.12
DESCRIPTION:Sehr geehrter Herr Schmitt\\, zum Auswahlgespräch (Kennziffer 20
 25-117\\, Technische/r Angestellte/r Versuchsbrauerei) laden wir Sie ein. Di
 e Auswahlkommission besteht aus Prof. Dr. Johanna Hörmann (Leitung Versuchsb
 rauerei)\\, Max Kammerl (Laboringenieur) sowie Vertretungen des Personalrats u
 nd der Gleichstellung. Schwerbehinderte Bewerber/innen werden bei gleicher E
 ignung bevorzugt. Reisekosten werden nicht erstattet.
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Hochschule Weihenried",
        role="Technische/r Angestellte/r Versuchsbrauerei (E9 TV-L)",
        stage="onsite",
        interviewers="johanna.hoermann@hs-weihenried.example.de;max.kammerl@hs-weihenried.example.de;personalrat@hs-weihenried.example.de;gleichstellung@hs-weihenried.example.de",
        trap="zimbra-university-commission-sent-by",
        hiring=False,
    ),
]
