"""holdout243 events, part a2/b2: more end-client interviews (written blind)."""

EVENTS = [
    {
        "kind": "calcom-booking",
        "uid": "9xQv2mT8rLpB4nK7wZ1aY5@Cal.com",
        "is_interview": 1,
        "company": "Kronberg Medtech GmbH",
        "role": "SAP CO Freelancer",
        "stage": "hiring_manager",
        "interviewers": "felix.arndt@kronberg-medtech.de",
        "trap": "calcom-client-booking-page-projektinterview",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:9xQv2mT8rLpB4nK7wZ1aY5@Cal.com
SUMMARY:Projektinterview SAP CO Freelancer zwischen Felix Arndt und Matthia
 s Kern
DTSTART:20250512T120000Z
DTEND:20250512T124500Z
DTSTAMP:20250506T203311Z
ORGANIZER;CN=Felix Arndt:mailto:felix.arndt@kronberg-medtech.de
ATTENDEE;RSVP=TRUE;CN=Matthias Kern;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:m
 ailto:m.kern@kern-consulting.de
LOCATION:https://app.cal.com/video/9xQv2mT8rLpB4nK7wZ1aY5
DESCRIPTION:Was: Projektinterview SAP CO Freelancer\nWann: Montag\, 12. Ma
 i 2025 14:00 - 14:45 (Europe/Berlin)\nWer:\n- Felix Arndt - Organisator\n
 - Matthias Kern\nWo: Cal Video\nZusätzliche Notizen: Bezug auf Ihr Profil
  bei freiwerk\, Projekt Produktkalkulation / Sonderkosten für Medizinproduk
 te\n\nStornieren oder neu planen: https://app.cal.com/booking/9xQv2mT8rLpB
 4nK7wZ1aY5
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bookings-invite",
        "uid": "AAMkAGRhNzU1YjA0LTAzZTYtNGFiYy1hYjUwLTI4ZjdkN2M0OGE2MABGAAAAAABvM",
        "is_interview": 1,
        "company": "Altmann Foods AG",
        "role": "",
        "stage": "",
        "interviewers": "Birgit Lehnert",
        "trap": "microsoft-bookings-customer-is-user",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN=Altmann Foods Projektbesetzung:mailto:ProjektbesetzungFinance@
 altmannfoods.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Matthias Ke
 rn:mailto:m.kern@kern-consulting.de
DESCRIPTION;LANGUAGE=de-DE:Ihre Buchung wurde bestätigt.\n\nDienst: Intervi
 ew externe Berater – SAP Finance (45 Minuten)\nMitarbeiter: Birgit Lehnert
 \n\nHinweise für Kunden: Bitte halten Sie Ihr Profil und Ihren Tagessatz b
 ereit. Das Gespräch findet per Microsoft Teams statt.\n\nMicrosoft Teams-B
 esprechung beitreten: https://teams.microsoft.com/l/meetup-join/19%3amee
 ting_QWx0%40thread.v2/0\n\nBuchung verwalten: https://outlook.office365.com
 /owa/calendar/ProjektbesetzungFinance@altmannfoods.onmicrosoft.com/booking
 s/\n\nAltmann Foods AG · Gießener Straße 40 · 61169 Friedberg
UID:AAMkAGRhNzU1YjA0LTAzZTYtNGFiYy1hYjUwLTI4ZjdkN2M0OGE2MABGAAAAAABvM
SUMMARY;LANGUAGE=de-DE:Interview externe Berater – SAP Finance: Matthias Ker
 n
DTSTART;TZID=W. Europe Standard Time:20250514T103000
DTEND;TZID=W. Europe Standard Time:20250514T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250508T065400Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
]
