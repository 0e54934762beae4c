# ruff: noqa: E501, W291
"""holdout190: Zürich (German) and the English-speaking international firms."""

from holdout190ev_tz import ev

_HS_UID = "040000008200E00074C5B7101A82E008000000005E81F0C2C9A9DB01000000000000000010000000B71A3E5D0C8F2A4E9D6B1F0A7C3E5D92"

EVENTS = [
    ev("umantis-einladung", "umantis-termin-20250325-4471-18@huberstaeheli.umantis.com", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Abacus Umantis//Talent Management//DE
METHOD:REQUEST
@@TZ_ZURICH@@
BEGIN:VEVENT
UID:umantis-termin-20250325-4471-18@huberstaeheli.umantis.com
DTSTAMP:20250314T091208Z
DTSTART;TZID=Europe/Zurich:20250325T100000
DTEND;TZID=Europe/Zurich:20250325T110000
SUMMARY:Einladung zum Vorstellungsgespräch – Projektarchitekt/in 80–100%
ORGANIZER;CN=Sandra Keller:mailto:s.keller@huberstaeheli.ch
ATTENDEE;CN=Amélie Fontaine;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;CN=Urs Stäheli;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:u.staeheli@huberstaeheli.ch
LOCATION:Microsoft Teams
DESCRIPTION:Sehr geehrte Frau Fontaine\n\nVielen Dank für Ihre Bewerbung und Ihr Interesse an Huber Stäheli Architekten AG. Gerne laden wir Sie zu einem ersten Gespräch via Microsoft Teams ein.\n\nTeilnehmende: Urs Stäheli (Partner\, Leitung Wettbewerbe) und Sandra Keller (HR). Das Gespräch findet auf Deutsch statt\; einzelne Fragen können Sie gerne auf Französisch beantworten.\n\nTeams-Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Mz8xYTQ1%40thread.v2/0\n\nFreundliche Grüsse\nSandra Keller\nPersonal & Administration\nHuber Stäheli Architekten AG\, Badenerstrasse 156\, 8004 Zürich
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Huber Stäheli Architekten", role="Projektarchitekt/in 80–100%", stage="hiring_manager",
       interviewers="u.staeheli@huberstaeheli.ch;s.keller@huberstaeheli.ch", trap="german-umantis-teams-first-talk"),

    ev("zweitgespraech", _HS_UID, r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@TZ_WEUROPE@@
BEGIN:VEVENT
ORGANIZER;CN="Keller Sandra":mailto:s.keller@huberstaeheli.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=amelie.fontaine.archi@orange.fr:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Stäheli Urs":mailto:u.staeheli@huberstaeheli.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Huber Martina":mailto:m.huber@huberstaeheli.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="ZH-Sitzungszimmer Limmat":mailto:sz.limmat@huberstaeheli.ch
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrte Frau Fontaine\n\nWie telefonisch besprochen\, freuen wir uns\, Sie zu einem Zweitgespräch bei uns im Büro begrüssen zu dürfen. Neben Urs Stäheli wird auch Martina Huber (Partnerin) dabei sein\; anschliessend zeigen wir Ihnen gerne das Atelier und stellen Ihnen das Team Wohnungsbau vor.\n\nAdresse: Badenerstrasse 156\, 8004 Zürich (Tram 2/3 bis Lochergut)\, 4. OG.\n\nFreundliche Grüsse\nSandra Keller\n
UID:040000008200E00074C5B7101A82E008000000005E81F0C2C9A9DB01000000000000000010000000B71A3E5D0C8F2A4E9D6B1F0A7C3E5D92
SUMMARY;LANGUAGE=de-CH:Zweitgespräch im Büro - Frau A. Fontaine
DTSTART;TZID=W. Europe Standard Time:20250410T140000
DTEND;TZID=W. Europe Standard Time:20250410T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T102611Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:ZH-Sitzungszimmer Limmat
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", 1, company="Huber Stäheli Architekten", stage="onsite",
       interviewers="u.staeheli@huberstaeheli.ch;m.huber@huberstaeheli.ch", trap="german-second-round-onsite-exchange"),

    ev("abgesagt", _HS_UID, r"""
BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@TZ_WEUROPE@@
BEGIN:VEVENT
ORGANIZER;CN="Keller Sandra":mailto:s.keller@huberstaeheli.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=amelie.fontaine.archi@orange.fr:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Stäheli Urs":mailto:u.staeheli@huberstaeheli.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Huber Martina":mailto:m.huber@huberstaeheli.ch
DESCRIPTION;LANGUAGE=de-CH:Sehr geehrte Frau Fontaine\n\nLeider müssen wir das Gespräch vom 10. April kurzfristig absagen\, da Frau Huber krankheitshalber ausfällt. Wir melden uns in den nächsten Tagen mit einem neuen Terminvorschlag.\n\nWir bitten um Ihr Verständnis.\nFreundliche Grüsse\nSandra Keller\n
UID:040000008200E00074C5B7101A82E008000000005E81F0C2C9A9DB01000000000000000010000000B71A3E5D0C8F2A4E9D6B1F0A7C3E5D92
SUMMARY;LANGUAGE=de-CH:Abgesagt: Zweitgespräch im Büro - Frau A. Fontaine
DTSTART;TZID=W. Europe Standard Time:20250410T140000
DTEND;TZID=W. Europe Standard Time:20250410T160000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250408T062930Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-CH:ZH-Sitzungszimmer Limmat
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", 1, company="Huber Stäheli Architekten", stage="onsite",
       interviewers="u.staeheli@huberstaeheli.ch;m.huber@huberstaeheli.ch", trap="german-method-cancel-second-round"),

    ev("greenhouse-screen", "gh-interview-41877203-1@whitmorehale.com", r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-41877203-1@whitmorehale.com
DTSTAMP:20250214T115501Z
DTSTART:20250220T140000Z
DTEND:20250220T143000Z
SUMMARY:Interview Confirmation: Amélie Fontaine – Project Architect\, Paris Studio
ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@whitmorehale.com
ATTENDEE;CN=Amélie Fontaine;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;CN=Oliver Grant;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:oliver.grant@whitmorehale.com
LOCATION:Microsoft Teams – link below
DESCRIPTION:Hi Amélie\,\n\nThank you for applying to Whitmore Hale Architects! This note confirms your initial conversation with Oliver Grant\, Senior Talent Partner (EMEA)\, for the Project Architect role in our Paris studio.\n\nDuration: 30 minutes\nFormat: Microsoft Teams video call\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA5Zm%40thread.v2/0\n\nOliver will walk you through the role\, our studio culture and the process (portfolio review with the design team\, then a final conversation with the Studio Director).\n\nKind regards\,\nPriya Natarajan\nRecruiting Coordinator | Whitmore Hale Architects\nLondon · Paris · Dubai
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Whitmore Hale Architects", role="Project Architect", stage="recruiter_screen",
       interviewers="oliver.grant@whitmorehale.com", trap="greenhouse-coordinator-organizer-talent-screen"),

    ev("panel-portfolio", "gh-interview-41877203-2@whitmorehale.com", r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_GMT@@
BEGIN:VEVENT
UID:gh-interview-41877203-2@whitmorehale.com
DTSTAMP:20250304T164810Z
DTSTART;TZID=GMT Standard Time:20250312T130000
DTEND;TZID=GMT Standard Time:20250312T143000
SUMMARY:Whitmore Hale | Portfolio Review Panel – Amélie Fontaine
ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@whitmorehale.com
ATTENDEE;CN=Amélie Fontaine;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;CN=Hannah Price;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hannah.price@whitmorehale.com
ATTENDEE;CN=Julien Mercier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:julien.mercier@whitmorehale.com
ATTENDEE;CN=Sarah Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE:mailto:sarah.okafor@whitmorehale.com
LOCATION:Zoom
DESCRIPTION:Hi Amélie\,\n\nGreat news – the team would like to see your work! Your portfolio review panel is confirmed:\n\n13:00–13:10 Introductions\n13:10–13:40 Your presentation (2–3 projects\, please share your screen)\n13:40–14:30 Discussion with Hannah Price (Design Director)\, Julien Mercier (Senior Architect\, Paris) and Sarah Okafor (Associate Director\, Delivery)\n\nTimes above are UK time (14:00 in Paris).\n\nJoin Zoom Meeting\nhttps://whitmorehale.zoom.us/j/93018427715?pwd=cXJ0bE5wN2tGaE\nMeeting ID: 930 1842 7715\nPasscode: 552190\n\nGood luck!\nPriya
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Whitmore Hale Architects", stage="onsite",
       interviewers="hannah.price@whitmorehale.com;julien.mercier@whitmorehale.com;sarah.okafor@whitmorehale.com",
       trap="greenhouse-virtual-panel-london-zone"),

    ev("final-studio-director", "1qk5d9s0h2t8v3m6r4c7b0n1pe@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Paris
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250402T110000
DTEND;TZID=Europe/Paris:20250402T120000
DTSTAMP:20250321T103317Z
ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@whitmorehale.com
UID:1qk5d9s0h2t8v3m6r4c7b0n1pe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Isabelle Roche;X-NUM-GUESTS=0:mailto:isabelle.roche@whitmorehale.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=amelie.fontaine.archi@orange.fr;X-NUM-GUESTS=0:mailto:amelie.fontai
 ne.archi@orange.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Paris-R
 ichelieu-3-Salon (6);X-NUM-GUESTS=0:mailto:c_188a3kfe0g2@resource.calendar.
 google.com
DESCRIPTION:Final conversation with Isabelle Roche\, Paris Studio Director\
 , at our Paris studio (61 rue de Richelieu\, 75002 – 3rd floor\, ask for 
 Priya at reception).\n\nIsabelle would like to hear about how you run a 
 project from APD to DET and how you work with engineers on site. No presen
 tation needed.\n\nPlease bring an ID for building security.
LOCATION:Paris-Richelieu-3-Salon (6)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Final Interview – Amélie Fontaine / Isabelle Roche
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, company="Whitmore Hale Architects", stage="final", interviewers="isabelle.roche@whitmorehale.com",
       trap="google-final-with-room-resource-x-wr-timezone"),

    ev("icims-phone", "icims-sched-2025-1187-00441-ph@hartwellglobal.com", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-sched-2025-1187-00441-ph@hartwellglobal.com
DTSTAMP:20250226T213045Z
DTSTART:20250304T160000Z
DTEND:20250304T163000Z
SUMMARY:Phone Screen: Senior Project Architect (2025-1187) - Hartwell
ORGANIZER;CN=Hartwell Talent Acquisition:mailto:noreply-talent@hartwellglobal.icims.com
ATTENDEE;CN=Amelie Fontaine;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;CN=Dana Whitfield;ROLE=REQ-PARTICIPANT:mailto:dana.whitfield@hartwellglobal.com
LOCATION:Phone - Dana will call you at +33 6 71 28 90 44
DESCRIPTION:Dear Amelie\,\n\nThis confirms your phone screen for Senior Project Architect (Req. 2025-1187\, Paris\, France).\n\nInterviewer: Dana Whitfield\, Talent Acquisition Partner\nDuration: 30 minutes\n\nIf you need to make changes\, please use the link in your confirmation email.\n\nHartwell is an equal opportunity employer.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, company="Hartwell Global", role="Senior Project Architect", stage="recruiter_screen",
       interviewers="dana.whitfield@hartwellglobal.com", trap="icims-phone-screen-utc"),

    ev("goodtime-technical", "goodtime-9b3e7f12c4a84d59@meridiandg.com", r"""
BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-9b3e7f12c4a84d59@meridiandg.com
DTSTAMP:20250410T152200Z
DTSTART:20250417T083000Z
DTEND:20250417T100000Z
SUMMARY:Amélie Fontaine <> Meridian Design Group | Technical Interview (Revit / BIM)
ORGANIZER;CN=Meridian Scheduling:mailto:scheduling@meridiandg.com
ATTENDEE;CN=Amélie Fontaine;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;CN=Pieter de Vries;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:pieter.devries@meridiandg.com
DESCRIPTION:Hello Amélie\,\n\nYour technical interview for the position of Project Architect – BIM is confirmed.\n\nInterviewer: Pieter de Vries\, BIM Lead\nFormat: Google Meet – you will share your screen and work on a short Revit exercise (model provided at the start of the session\, Revit 2024). Please make sure Revit is installed and licensed on your machine.\n\nJoin: https://meet.google.com/hzt-wbqa-pmo\n\nNeed to reschedule? https://app.goodtime.io/reschedule/9b3e7f12c4a84d59\n\nMeridian Design Group – Recruiting
LOCATION:https://meet.google.com/hzt-wbqa-pmo
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Meridian Design Group", role="Project Architect – BIM", stage="technical",
       interviewers="pieter.devries@meridiandg.com", trap="goodtime-revit-technical-scheduling-organizer"),

    ev("modernloop-hm", "ml-evt-lumen-7c41d0e9@modernloop.io", r"""
BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-evt-lumen-7c41d0e9@modernloop.io
DTSTAMP:20250429T084055Z
DTSTART:20250506T120000Z
DTEND:20250506T124500Z
SUMMARY:[Lumen] Amélie Fontaine – Hiring Manager Interview (Workplace Architect)
ORGANIZER;CN=Lumen Recruiting:mailto:recruiting@lumen.app
ATTENDEE;CN=Amélie Fontaine;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;CN=Margaux Chevalier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:margaux.chevalier@lumen.app
ATTENDEE;CN=Tom Becker;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tom.becker@lumen.app
DESCRIPTION:Hi Amélie\,\n\nYou'll meet Margaux Chevalier\, Head of Workplace & Real Estate\, who leads the team you'd join to design our offices in Paris\, Lisbon and Berlin.\n\nTom Becker from the recruiting team will join the first 5 minutes to make introductions.\n\nGoogle Meet: https://meet.google.com/kdr-pzsn-ufb\nDial-in: (FR) +33 1 87 40 39 55 PIN: 773 905 211#\n\nScheduled with ModernLoop
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Lumen", role="Workplace Architect", stage="hiring_manager",
       interviewers="margaux.chevalier@lumen.app", trap="modernloop-in-house-workplace-role"),

    ev("outlook-gmt-interview", "040000008200E00074C5B7101A82E00800000000F2D6A1B8E9C3DB0100000000000000001000000087E4F2A01B6C9D4E8A3F5C7B2D0E1A96", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_GMT@@
BEGIN:VEVENT
ORGANIZER;CN="Harris, Eleanor":mailto:eleanor.harris@aldgatepartners.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fontaine, Amélie":mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Duval, Mathieu":mailto:mathieu.duval@aldgatepartners.co.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Amélie\,\n\nFurther to your application for the Architect – Project Lead (Paris office) position\, Mathieu and I would be delighted to speak with you. Please find a Teams invitation below.\n\nKind regards\,\nEleanor Harris\nPartner\, Aldgate Partners LLP\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQ0Zj%40thread.v2/0>\nMeeting ID: 372 018 446 991\nPasscode: u7GhQ2\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F2D6A1B8E9C3DB0100000000000000001000000087E4F2A01B6C9D4E8A3F5C7B2D0E1A96
SUMMARY;LANGUAGE=en-GB:Amélie Fontaine / Aldgate Partners - Architect\, Project Lead (Paris)
DTSTART;TZID=GMT Standard Time:20250513T100000
DTEND;TZID=GMT Standard Time:20250513T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250506T160114Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", 1, company="Aldgate Partners", role="Architect – Project Lead (Paris office)",
       interviewers="eleanor.harris@aldgatepartners.co.uk;mathieu.duval@aldgatepartners.co.uk",
       trap="outlook-gmt-standard-time-no-interview-word"),

    ev("linkedin-live", "li-event-7318820451193262080@linkedin.com", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//LinkedIn Corporation//LinkedIn Events//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:li-event-7318820451193262080@linkedin.com
DTSTAMP:20250402T101010Z
DTSTART:20250409T160000Z
DTEND:20250409T170000Z
SUMMARY:LinkedIn Live – The Portfolio Review: how architects land the interview (and the job)
DESCRIPTION:Join ArchiCareers for a live session with three studio directors on what they look for in a portfolio review\, how to talk about your role on team projects\, and the questions they always ask in interviews. Live Q&A.\n\nhttps://www.linkedin.com/events/7318820451193262080/
LOCATION:LinkedIn Live
ORGANIZER;CN=ArchiCareers:mailto:events-noreply@linkedin.com
END:VEVENT
END:VCALENDAR
""", 0, trap="webinar-about-interviewing-english"),
]
