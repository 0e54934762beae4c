"""holdout229 events, part 4: logistics groups, airports/airlines, retail and automotive logistics.

Raw iCalendar text, written blind. The user is Hptm Daniel Schreiber (daniel.schreiber.ko@gmx.de).
"""

from holdout229ev_common import TEAMS_DE, TEAMS_EN, VTZ_BERLIN, VTZ_WEUROPE

EVENTS = [
    {
        "kind": "workday",
        "uid": "INTERVIEW_EVENT-5-2201877@dhl.wd3.myworkday.com",
        "is_interview": 1,
        "company": "DHL Group",
        "role": "Operations Manager (m/w/d) Hub Köln/Bonn",
        "stage": "recruiter_screen",
        "interviewers": "svenja.albrecht@dhl.com",
        "trap": "workday-screening-call-hub",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:INTERVIEW_EVENT-5-2201877@dhl.wd3.myworkday.com
DTSTAMP:20250331T074415Z
DTSTART:20250408T090000Z
DTEND:20250408T093000Z
SUMMARY:Screening Call - Operations Manager (m/w/d) Hub Köln/Bonn (JR-2025-1
 8830)
ORGANIZER;CN=DHL Group Careers:mailto:dhl@myworkday.com
ATTENDEE;CN=Daniel Schreiber;RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN=Svenja Albrecht;RSVP=FALSE:mailto:svenja.albrecht@dhl.com
LOCATION:Telefon
DESCRIPTION:Hallo Daniel\,\n\nvielen Dank für deine Bewerbung. Svenja Albre
 cht (Talent Acquisition) ruft dich zum vereinbarten Termin auf deiner Mobil
 nummer an. Das Gespräch dauert etwa 30 Minuten.\n\nDHL Group Talent Acquis
 ition
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday",
        "uid": "INTERVIEW_EVENT-5-2209934@dhl.wd3.myworkday.com",
        "is_interview": 1,
        "company": "DHL Group",
        "role": "Operations Manager (m/w/d) Hub Köln/Bonn",
        "stage": "onsite",
        "interviewers": "oliver.brenner@dhl.com;svenja.albrecht@dhl.com;aylin.kaya@dhl.com",
        "trap": "workday-panel-onsite-night-shift-visit",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc//Workday Recruiting//EN
METHOD:REQUEST
""" + VTZ_BERLIN + r"""BEGIN:VEVENT
UID:INTERVIEW_EVENT-5-2209934@dhl.wd3.myworkday.com
DTSTAMP:20250425T123100Z
DTSTART;TZID=Europe/Berlin:20250506T210000
DTEND;TZID=Europe/Berlin:20250507T000000
SUMMARY:Panel Interview - Operations Manager (m/w/d) Hub Köln/Bonn (JR-2025-
 18830)
ORGANIZER;CN=DHL Group Careers:mailto:dhl@myworkday.com
ATTENDEE;CN=Daniel Schreiber;RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN=Oliver Brenner;RSVP=FALSE:mailto:oliver.brenner@dhl.com
ATTENDEE;CN=Svenja Albrecht;RSVP=FALSE:mailto:svenja.albrecht@dhl.com
ATTENDEE;CN=Aylin Kaya;RSVP=FALSE:mailto:aylin.kaya@dhl.com
LOCATION:DHL Hub Köln/Bonn\, Heinrich-Steinmann-Str. 7\, 51147 Köln – Tor 2
DESCRIPTION:Hallo Daniel\,\n\nwir laden dich zum Panel-Interview direkt am
  Hub ein – bewusst in der Nachtschicht\, damit du den Betrieb in der Peak-Ph
 ase erlebst.\n\n21:00 Begrüßung & Sicherheitsunterweisung\n21:20 Hub-Rundg
 ang mit Aylin Kaya (Shift Manager)\n22:15 Interview mit Oliver Brenner (Hea
 d of Hub Operations)\, Svenja Albrecht (TA) und Aylin Kaya\n\nBitte Sicherh
 eitsschuhe mitbringen (falls vorhanden) und Personalausweis.\n\nDHL Group T
 alent Acquisition
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successfactors",
        "uid": "ivs-0e1d2c3b-4a59-6877-9685-a4b3c2d1e0f9@rhenus.successfactors.eu",
        "is_interview": 1,
        "company": "Rhenus",
        "role": "Niederlassungsleiter Kontraktlogistik (m/w/d)",
        "stage": "recruiter_screen",
        "interviewers": "melanie.dietz@rhenus.com",
        "trap": "successfactors-video-erstgespraech",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//DE
VERSION:2.0
METHOD:REQUEST
""" + VTZ_BERLIN + r"""BEGIN:VEVENT
UID:ivs-0e1d2c3b-4a59-6877-9685-a4b3c2d1e0f9@rhenus.successfactors.eu
DTSTAMP:20250414T110002Z
SEQUENCE:0
DTSTART;TZID=Europe/Berlin:20250417T083000
DTEND;TZID=Europe/Berlin:20250417T091500
SUMMARY:Video-Erstgespräch Niederlassungsleiter Kontraktlogistik (m/w/d) Ko
 blenz
LOCATION:Microsoft Teams
ORGANIZER;CN=Rhenus Recruiting:mailto:no-reply@successfactors.eu
ATTENDEE;CN=Daniel Schreiber;RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN=Melanie Dietz;PARTSTAT=ACCEPTED:mailto:melanie.dietz@rhenus.com
DESCRIPTION:Guten Tag Herr Schreiber\,\n\nSie haben folgenden Termin für Ih
 r Video-Erstgespräch gewählt. Ihre Gesprächspartnerin: Melanie Dietz\, Rec
 ruiting Rhenus Warehousing Solutions.\n\n
""" + TEAMS_DE + r"""
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E008000000005A6B7C8D9EA9DB0100000000000000001000000"
        "0B0C1D2E3F405162738495A6B7C8D9EA0",
        "is_interview": 1,
        "company": "Rhenus",
        "role": "Niederlassungsleiter Kontraktlogistik (m/w/d)",
        "stage": "hiring_manager",
        "interviewers": "guido.lenz@rhenus.com",
        "trap": "outlook-zweitgespraech-site-tour",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel";RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN="Dietz, Melanie";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:melanie.dietz@rhenus.com
DESCRIPTION:Hallo Herr Schreiber\,\n\nwie mit Frau Dietz besprochen\, lade i
 ch Sie zum Zweitgespräch an den Standort Koblenz-Rheinhafen ein. Wir starte
 n mit einem Rundgang durchs Lager\, danach sprechen wir über die Position u
 nd Ihre Vorstellungen.\n\nBeste Grüße\nGuido Lenz\nRegionalleiter West\n
DTEND;TZID="W. Europe Standard Time":20250505T160000
DTSTAMP:20250422T151200Z
DTSTART;TZID="W. Europe Standard Time":20250505T140000
LOCATION:Rhenus Koblenz\, Hafenstraße
ORGANIZER;CN="Lenz, Guido":mailto:guido.lenz@rhenus.com
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Zweitgespräch NL-Leitung Koblenz - Hr. Schreiber
UID:040000008200E00074C5B7101A82E008000000005A6B7C8D9EA9DB0100000000000000001000000
 0B0C1D2E3F405162738495A6B7C8D9EA0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000AB9C8D7E6FAEDB01000000000000000010000000"
        "3344556677889900AABBCCDDEEFF0011",
        "is_interview": 1,
        "company": "Kuehne+Nagel",
        "role": "Operations Manager Air Logistics",
        "stage": "",
        "interviewers": "rafael.meier@kuehne-nagel.com;anna.kowalski@kuehne-nagel.com",
        "trap": "english-teams-interview-frankfurt",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN=daniel.schreiber.ko@gmx.de;RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN="Meier, Rafael";RSVP=TRUE:mailto:rafael.meier@kuehne-nagel.com
DESCRIPTION:Dear Daniel\,\n\nthank you for your time on the phone. As discu
 ssed\, please join us for an interview for the Operations Manager Air Logis
 tics role at our Frankfurt Airport gateway. Rafael Meier (Gateway Manager)
  and I will be on the call.\n\nBest regards\nAnna Kowalski\nHR Business Part
 ner\n\n
""" + TEAMS_EN + r"""
DTEND;TZID="W. Europe Standard Time":20250513T120000
DTSTAMP:20250505T160403Z
DTSTART;TZID="W. Europe Standard Time":20250513T110000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Kowalski, Anna":mailto:anna.kowalski@kuehne-nagel.com
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Interview Daniel Schreiber - OPS Manager Air FRA
UID:040000008200E00074C5B7101A82E00800000000AB9C8D7E6FAEDB01000000000000000010000000
 3344556677889900AABBCCDDEEFF0011
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000BC0D1E2F3AB0DB0100000000000000001000000"
        "0ABCDEF0123456789FEDCBA9876543210",
        "is_interview": 1,
        "company": "Fraport",
        "role": "Abteilungsleiter Bodenverkehrsdienste Vorfeld (m/w/d)",
        "stage": "hiring_manager",
        "interviewers": "t.weidmann@fraport.de;s.yilmaz@fraport.de",
        "trap": "outlook-w-europe-zone-gespraech-airport",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber Daniel";RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN="Weidmann, Thomas";RSVP=TRUE:mailto:t.weidmann@fraport.de
ATTENDEE;CN="Yilmaz, Selin";RSVP=TRUE:mailto:s.yilmaz@fraport.de
ATTENDEE;CN="FRA Geb. 101 R. 3.210";CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:fra101-3210@fraport.de
DESCRIPTION:Sehr geehrter Herr Schreiber\,\n\nwir bestätigen Ihren Gespräc
 hstermin mit Herrn Weidmann (Bereichsleiter BVD) und Frau Yilmaz (Personal
 marketing & Recruiting).\nTreffpunkt: Empfang Gebäude 101\, Fraport AG\, 6
 0547 Frankfurt am Main. Für den Vorfeldbesuch im Anschluss benötigen wir v
 orab eine Kopie Ihres Ausweises.\n\nFreundliche Grüße\nim Auftrag von Herrn
  Weidmann\nKerstin Lang\n
DTEND;TZID="W. Europe Standard Time":20250522T113000
DTSTAMP:20250509T094430Z
DTSTART;TZID="W. Europe Standard Time":20250522T093000
LOCATION:FRA Geb. 101 R. 3.210
ORGANIZER;CN="Weidmann, Thomas";SENT-BY="mailto:k.lang@fraport.de":mailto:t.weidmann@fraport.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Gespräch Hr. Schreiber – AL BVD Vorfeld
UID:040000008200E00074C5B7101A82E00800000000BC0D1E2F3AB0DB0100000000000000001000000
 0ABCDEF0123456789FEDCBA9876543210
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-invite",
        "uid": "7gq2m8lnd0tb9c4v1ku3e6w5so@google.com",
        "is_interview": 1,
        "company": "Lufthansa Cargo",
        "role": "Manager Ground Operations Cargo Hub",
        "stage": "",
        "interviewers": "julian.hartwig@dlh.de",
        "trap": "google-meet-utc-interview",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250527T080000Z
DTEND:20250527T090000Z
DTSTAMP:20250520T130844Z
ORGANIZER;CN=Julian Hartwig:mailto:julian.hartwig@dlh.de
UID:7gq2m8lnd0tb9c4v1ku3e6w5so@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Julian
  Hartwig;X-NUM-GUESTS=0:mailto:julian.hartwig@dlh.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Daniel Schreiber;X-NUM-GUESTS=0:mailto:daniel.schreiber.ko@gmx.de
DESCRIPTION:Hallo Herr Schreiber\, wie besprochen unser Gespräch zur Positi
 on Manager Ground Operations Cargo Hub (FRA). Ich freue mich!\nJulian Hartw
 ig\n\nJoin with Google Meet: https://meet.google.com/lhc-wvqr-tno\n\n-::~:~
 ::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nPlea
 se do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lufthansa Cargo | Gespräch Daniel Schreiber
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000CD1E2F3A4BB1DB0100000000000000001000000"
        "0FEDCBA98765432100123456789ABCDEF",
        "is_interview": 1,
        "company": "REWE Group",
        "role": "Leiter Lagerbetrieb Warenverteilzentrum (m/w/d)",
        "stage": "",
        "interviewers": "petra.klein@rewe-group.com;holger.nowak@rewe-group.com",
        "trap": "outlook-vorstellung-distribution-centre",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel";RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN="Nowak, Holger";RSVP=TRUE:mailto:holger.nowak@rewe-group.com
DESCRIPTION:Hallo Herr Schreiber\,\n\nhiermit lade ich Sie herzlich zum Vors
 tellungsgespräch für die Position Leiter Lagerbetrieb (m/w/d) in unserem Wa
 renverteilzentrum Koblenz-Kesselheim ein. Gesprächspartner: Holger Nowak (
 Standortleiter) und ich.\n\nViele Grüße\nPetra Klein\nHR Business Partner L
 ogistik West\n
DTEND;TZID="W. Europe Standard Time":20250716T110000
DTSTAMP:20250701T085933Z
DTSTART;TZID="W. Europe Standard Time":20250716T093000
LOCATION:REWE Warenverteilzentrum Koblenz-Kesselheim\, Besucherempfang
ORGANIZER;CN="Klein, Petra":mailto:petra.klein@rewe-group.com
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Vorstellung Daniel Schreiber | Ltr. Lagerbetrieb WVZ
UID:040000008200E00074C5B7101A82E00800000000CD1E2F3A4BB1DB0100000000000000001000000
 0FEDCBA98765432100123456789ABCDEF
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "iphone-entry",
        "uid": "C0FFEE42-7A1B-4C2D-9E3F-5061728394A5",
        "is_interview": 1,
        "company": "Dachser",
        "role": "",
        "stage": "",
        "interviewers": "Herr Brückner",
        "trap": "self-typed-phone-call-named-employer",
        "eol": "\n",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250604T152014Z
DTEND:20250610T173000
DTSTAMP:20250604T152020Z
DTSTART:20250610T170000
LAST-MODIFIED:20250604T152020Z
SEQUENCE:0
SUMMARY:Tel. Dachser (Hr. Brückner ruft an)
DESCRIPTION:NL-Leiter Köln-Eifeltor? Food Logistics\nMobil bereithalten\, ni
 cht im Auto!
TRANSP:OPAQUE
UID:C0FFEE42-7A1B-4C2D-9E3F-5061728394A5
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "smartrecruiters",
        "uid": "sr-interview-6f1a2b3c4d5e6f708192a3b4@smartrecruiters.com",
        "is_interview": 1,
        "company": "Hellmann Worldwide Logistics",
        "role": "Branch Operations Manager (m/w/d) Frankfurt",
        "stage": "hiring_manager",
        "interviewers": "c.voss@hellmann.com",
        "trap": "smartrecruiters-video-interview",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_BERLIN + r"""BEGIN:VEVENT
UID:sr-interview-6f1a2b3c4d5e6f708192a3b4@smartrecruiters.com
DTSTAMP:20250613T094007Z
DTSTART;TZID=Europe/Berlin:20250618T100000
DTEND;TZID=Europe/Berlin:20250618T110000
SUMMARY:Interview with Hellmann Worldwide Logistics – Branch Operations Mana
 ger (m/w/d) Frankfurt
ORGANIZER;CN=Hellmann Worldwide Logistics:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Daniel Schreiber;RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN=Christoph Voß;RSVP=FALSE:mailto:c.voss@hellmann.com
LOCATION:Video call – Microsoft Teams
DESCRIPTION:Hi Daniel\,\n\nyour interview has been confirmed.\nInterviewer:
  Christoph Voß (Branch Manager Frankfurt)\nDuration: 60 min\nJoin: https://
 teams.microsoft.com/l/meetup-join/19%3ameeting_HWL0618\n\nNeed to reschedul
 e? Use the link in your confirmation email.\n\nThis invitation was sent via
  SmartRecruiters.
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "amazon-chime",
        "uid": "amzn-phonescreen-3318842-2025-04-24@amazon.jobs",
        "is_interview": 1,
        "company": "Amazon",
        "role": "Area Manager Operations – Military Talent",
        "stage": "recruiter_screen",
        "interviewers": "kmuellr@amazon.de",
        "trap": "english-chime-phone-screen-military-programme",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Amazon.com//Amazon Jobs Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:amzn-phonescreen-3318842-2025-04-24@amazon.jobs
DTSTAMP:20250417T203311Z
DTSTART:20250424T140000Z
DTEND:20250424T144500Z
SUMMARY:Amazon Phone Screen: Area Manager Operations – Military Talent (KO
 B1)
ORGANIZER;CN=Amazon Recruiting:mailto:no-reply@amazon.jobs
ATTENDEE;CN=Daniel Schreiber;RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN=Katharina Müller;RSVP=FALSE:mailto:kmuellr@amazon.de
LOCATION:Amazon Chime – https://chime.aws/4410287731
DESCRIPTION:Hello Daniel\,\n\nThank you for your interest in Amazon's Milit
 ary Talent program. Your phone screen with Katharina Müller (Recruiter\, EU
  Military Hiring) is confirmed.\n\nPlease prepare examples using the STAR m
 ethod for our Leadership Principles (e.g. Ownership\, Bias for Action\, Dive
  Deep).\n\nJoin via Chime: https://chime.aws/4410287731 (Meeting ID 4410 28
 7731) or dial +49 69 2222 0102.\n\nAmazon Recruiting
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "amazon-chime",
        "uid": "amzn-loop-3318842-2025-05-20@amazon.jobs",
        "is_interview": 1,
        "company": "Amazon",
        "role": "Area Manager Operations – Military Talent",
        "stage": "final",
        "interviewers": "jbauerm@amazon.de;adelinez@amazon.com;tkoch@amazon.de",
        "trap": "virtual-loop-bar-raiser-final",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Amazon.com//Amazon Jobs Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:amzn-loop-3318842-2025-05-20@amazon.jobs
DTSTAMP:20250509T110212Z
DTSTART:20250520T070000Z
DTEND:20250520T110000Z
SUMMARY:Amazon Virtual Interview Loop (Final Round) – Daniel Schreiber
ORGANIZER;CN=Amazon Recruiting:mailto:no-reply@amazon.jobs
ATTENDEE;CN=Daniel Schreiber;RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
ATTENDEE;CN=Jan Bauer;RSVP=FALSE:mailto:jbauerm@amazon.de
ATTENDEE;CN=Adeline Zhou;RSVP=FALSE:mailto:adelinez@amazon.com
ATTENDEE;CN=Tobias Koch;RSVP=FALSE:mailto:tkoch@amazon.de
DESCRIPTION:Hello Daniel\,\n\nYour final round consists of three 55-minute
  interviews with 5-minute breaks:\n09:00 Jan Bauer – Site Leader KOB1 (hirin
 g manager)\n10:00 Adeline Zhou – Bar Raiser\n11:00 Tobias Koch – Senior Op
 erations Manager\n\nAll interviews are held via Amazon Chime: https://chime
 .aws/7730019925\n\nAmazon Recruiting\nThis invitation was sent by Amazon Re
 cruiting Coordination (coordination-eu@amazon.com). Please do not reply.
LOCATION:Amazon Chime
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ms-bookings",
        "uid": "bookings-2f8e9a7b-6c5d-4e3f-a2b1-0c9d8e7f6a5b@ford.com",
        "is_interview": 1,
        "company": "Ford",
        "role": "Supervisor Material Planning & Logistics (m/w/d)",
        "stage": "recruiter_screen",
        "interviewers": "",
        "trap": "bookings-self-booked-telefoninterview",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=Ford Recruiting Köln:mailto:FordRecruitingKoeln@ford.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Schreiber:mailto:daniel.schreiber.ko@gmx.de
DESCRIPTION;LANGUAGE=de-DE:Ihre Buchung wurde bestätigt.\n\nDienst: Telefonin
 terview Supervisor Material Planning & Logistics (m/w/d)\nDauer: 30 Minuten
 \nMitarbeiter: Recruiting-Team Köln\n\nWir rufen Sie unter der angegebenen
  Nummer an: +49 1577 3318820\n\nTermin verwalten: https://outlook.office365.c
 om/owa/calendar/FordRecruitingKoeln@ford.onmicrosoft.com/bookings/\n
UID:bookings-2f8e9a7b-6c5d-4e3f-a2b1-0c9d8e7f6a5b@ford.com
SUMMARY;LANGUAGE=de-DE:Telefoninterview Supervisor Material Planning & Logis
 tics (m/w/d)
DTSTART;TZID=W. Europe Standard Time:20250730T110000
DTEND;TZID=W. Europe Standard Time:20250730T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250724T162210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
]
