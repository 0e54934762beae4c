"""holdout216: industry (Clariant onsite in Basel, Endress+Hauser, ...) -- raw iCalendar text."""

from holdout216ev_tz import W_EUROPE, ZURICH

EVENTS = [
    (
        "goodtime-invite",
        {
            "uid": "goodtime-7a1e90c2-4b3d-4f11-9e2a-clariant-onsite",
            "i": 1,
            "company": "Clariant",
            "role": "Senior Scientist Catalyst Development",
            "stage": "final",
            "who": "stefan.kaegi@clariant.com;martina.vogel@clariant.com;dario.bernasconi@clariant.com",
            "trap": "english-final-onsite-basel-goodtime-agenda",
        },
        """BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
"""
        + ZURICH
        + """BEGIN:VEVENT
UID:goodtime-7a1e90c2-4b3d-4f11-9e2a-clariant-onsite
DTSTAMP:20250318T100012Z
DTSTART;TZID=Europe/Zurich:20250327T090000
DTEND;TZID=Europe/Zurich:20250327T133000
SUMMARY:Clariant | Onsite Interview | Clement Rousseau | Senior Scientist Catalyst Development
ORGANIZER;CN=Clariant Interview Scheduling:mailto:scheduling@clariant.goodtime.io
ATTENDEE;CN=Clement Rousseau;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:clement.rousseau.chimie@free.fr
ATTENDEE;CN=Stefan Kaegi;ROLE=REQ-PARTICIPANT:mailto:stefan.kaegi@clariant.com
ATTENDEE;CN=Martina Vogel;ROLE=REQ-PARTICIPANT:mailto:martina.vogel@clariant.com
ATTENDEE;CN=Dario Bernasconi;ROLE=REQ-PARTICIPANT:mailto:dario.bernasconi@clariant.com
LOCATION:Clariant International Ltd\\, Rothausstrasse 61\\, 4132 Muttenz\\, reception
DESCRIPTION:Your interview agenda (all times CET):\\n09:00 Welcome & scientifi
 c seminar (45 min\\, team audience)\\n10:00 Stefan Kaegi - Head of Catalyst De
 velopment\\n10:45 Martina Vogel - Head of R&D Catalysts\\n11:30 Dario Bernasco
 ni - HR Business Partner\\n12:15 Lunch with the team\\n\\nTravel: please keep
  your train tickets (SBB / TGV Lyria)\\, expenses are reimbursed.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-invite",
        {
            "uid": "EH-HR-Termin-2025-0611-Rousseau",
            "i": 1,
            "company": "Endress+Hauser",
            "role": "Materialwissenschaftler (m/w/d) Sensorbeschichtungen",
            "stage": "",
            "who": "tobias.widmer@endress.com;katrin.schaub@endress.com",
            "trap": "german-vorstellungsgespraech-outlook-reinach",
        },
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
"""
        + W_EUROPE
        + """BEGIN:VEVENT
UID:EH-HR-Termin-2025-0611-Rousseau
DTSTAMP:20250325T132045Z
DTSTART;TZID="W. Europe Standard Time":20250408T140000
DTEND;TZID="W. Europe Standard Time":20250408T153000
SUMMARY;LANGUAGE=de-CH:Vorstellungsgespräch Herr Rousseau - Materialwissenschaftler (m/w/d)
ORGANIZER;CN="Schaub Katrin":mailto:katrin.schaub@endress.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rousseau Clément":mailto:clement.rousseau.chi
 mie@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Widmer Tobias":mailto:tobias.widmer@endress.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="CH-Reinach-Kaegenstrasse-SZ 3.14":mailto:ch-rei-sz
 314@endress.com
LOCATION;LANGUAGE=de-CH:Kägenstrasse 2\\, 4153 Reinach BL - Empfang Gebäude 1
DESCRIPTION;LANGUAGE=de-CH:Guten Tag Herr Rousseau\\,\\n\\nwie telefonisch besprochen bestätige ich Ihnen ger
 ne den Termin für das Vorstellungsgespräch. Teilnehmende: Tobias Widmer (Teamleiter Werkstoffe & Beschich
 tungen) und ich. Das Gespräch kann auf Deutsch oder Englisch geführt werden.\\n\\nFreundliche Grüsse\\nKatri
 n Schaub\\nHR Recruiting\\n
CLASS:PUBLIC
PRIORITY:5
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
