# ruff: noqa: E501, W291
"""holdout150 events: the user on the HIRING side at Nordvale GBS (part 1). All negatives."""

from holdout150ev_tz import CEST_WIN

_HDR = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"

EVENTS = [
    dict(
        kind="outlook-interview-junior",
        uid="040000008200E00074C5B7101A82E00800000000C1D2E3F4A5ABDB0100000000000000001000000011223344556677889900AABBCCDDEEFF",
        iv=0, side=True, trap="user-as-interviewer-outlook-interview-candidate-named-in-summary",
        ics=_HDR + CEST_WIN + """BEGIN:VEVENT
ORGANIZER;CN="Lewandowska, Joanna":mailto:joanna.lewandowska@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nowak, Katarzyna":mailto:katarzyna.nowak@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bąk, Tomasz":mailto:tomasz.bak@nordvale-gbs.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="KRK-Quattro-B-3.08 (4)":mailto:krk-quattrob-308@nordvale-gbs.com
DESCRIPTION;LANGUAGE=en-US:Hi Kasia\\, Tomek\\,\\n\\nCandidate: Piotr Zając\\nPosition: Junior Accountant (GL)\\, R2R Kraków - REQ-24-0917\\nCV and interview guide attached. Please fill in the scorecard in Workday within 24h.\\n\\nCandidate will come to the office - I will pick him up from reception.\\n\\nThanks\\,\\nJoanna (Talent Acquisition)
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5ABDB0100000000000000001000000011223344556677889900AABBCCDDEEFF
SUMMARY;LANGUAGE=en-US:Interview | Junior Accountant (GL) | Piotr Zając
DTSTART;TZID=Central European Standard Time:20250304T100000
DTEND;TZID=Central European Standard Time:20250304T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T120312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:KRK-Quattro-B-3.08 (4)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="excel-test-host",
        uid="040000008200E00074C5B7101A82E00800000000D2E3F4A5B6ACDB010000000000000000100000002233445566778899AABBCCDDEEFF0011",
        iv=0, side=True, trap="user-as-interviewer-excel-test-she-runs-for-candidates",
        ics=_HDR + CEST_WIN + """BEGIN:VEVENT
ORGANIZER;CN="Nowak, Katarzyna":mailto:katarzyna.nowak@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pietrzyk, Aleksandra":mailto:aleksandra.pietrzyk@nordvale-gbs.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="KRK-Quattro-B-2.14 Training Room (16)":mailto:krk-quattrob-214@nordvale-gbs.com
DESCRIPTION;LANGUAGE=pl-PL:Test Excel dla 3 kandydatów na staż R2R (lista od Joanny). Ola - pilnujesz sali 9:00-10:00\\, ja od 10:00 sprawdzam wyniki.\\nPliki: \\\\\\\\nv-fs01\\\\R2R\\\\Rekrutacja\\\\Excel_test_v4.xlsx\\nLaptopy z IT (3 szt.) - zamówione w ServiceNow RITM0071182.
UID:040000008200E00074C5B7101A82E00800000000D2E3F4A5B6ACDB010000000000000000100000002233445566778899AABBCCDDEEFF0011
SUMMARY;LANGUAGE=pl-PL:Excel test - kandydaci staż R2R (3 os.)
DTSTART;TZID=Central European Standard Time:20250312T090000
DTEND;TZID=Central European Standard Time:20250312T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250306T154102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=pl-PL:KRK-Quattro-B-2.14 Training Room (16)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-interviewer-added",
        uid="WD-INT-NORDVALE-JR33018-991204@myworkday.com",
        iv=0, side=True, trap="user-as-interviewer-workday-says-you-have-an-interview",
        ics="""BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-NORDVALE-JR33018-991204@myworkday.com
DTSTAMP:20250317T081500Z
DTSTART:20250320T090000Z
DTEND:20250320T100000Z
SUMMARY:Interview: Kamil Nowicki - Senior Accountant (JR-33018)
ORGANIZER;CN=Nordvale Talent Acquisition:mailto:nordvale@myworkday.com
ATTENDEE;CN=Katarzyna Nowak;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:katarzyna.nowak@nordvale-gbs.com
ATTENDEE;CN=Kamil Nowicki;ROLE=REQ-PARTICIPANT:mailto:kamil.nowicki93@onet.pl
LOCATION:Microsoft Teams Meeting
DESCRIPTION:You have an interview.\\n\\nCandidate: Kamil Nowicki\\nJob Requis
 ition: JR-33018 Senior Accountant (General Ledger) - Kraków\\nYour role: Int
 erviewer\\nInterview Kit: Technical - GL / balance sheet recs\\n\\nPlease subm
 it your feedback in Workday after the interview (My Tasks > Give Interview
 Feedback).\\n\\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_
 MTNmNGE2@thread.v2/0
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="graduate-ac-assessors",
        uid="040000008200E00074C5B7101A82E00800000000E3F4A5B6C7ADDB01000000000000000010000000334455667788990011AABBCCDDEEFF22",
        iv=0, side=True, trap="user-as-interviewer-graduate-assessment-centre-assessor",
        ics=_HDR + CEST_WIN + """BEGIN:VEVENT
ORGANIZER;CN="Early Careers Nordvale":mailto:earlycareers@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nowak, Katarzyna":mailto:katarzyna.nowak@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kubiak, Rafał":mailto:rafal.kubiak@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Frey, Annika":mailto:annika.frey@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Olszewska, Iga":mailto:iga.olszewska@nordvale-gbs.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="KRK-Quattro-A-0.01 Town Hall":mailto:krk-quattroa-townhall@nordvale-gbs.com
DESCRIPTION;LANGUAGE=en-US:Dear Assessors\\,\\n\\nThank you for supporting the Finance Graduate Programme 2025 Assessment Centre.\\n\\n08:30 Assessor briefing (mandatory)\\n09:15 Group exercise - you observe 2 candidates each (allocation in the pack)\\n11:00 Case study presentations\\n13:30 Competency-based interviews\\n15:30 Wash-up\\n\\nAssessor pack and rating scales: SharePoint > Early Careers > AC 2025.\\nLunch provided.\\n\\nEarly Careers Team
UID:040000008200E00074C5B7101A82E00800000000E3F4A5B6C7ADDB01000000000000000010000000334455667788990011AABBCCDDEEFF22
SUMMARY;LANGUAGE=en-US:Finance Graduate Programme 2025 - Assessment Centre (Assessors)
DTSTART;TZID=Central European Standard Time:20250408T083000
DTEND;TZID=Central European Standard Time:20250408T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250320T100215Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:KRK-Quattro-A-0.01 Town Hall
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ac-wash-up",
        uid="040000008200E00074C5B7101A82E00800000000F4A5B6C7D8AEDB0100000000000000001000000044556677889900AA11BBCCDDEEFF3344",
        iv=0, side=True, trap="user-as-interviewer-ac-wash-up-calibration",
        ics=_HDR + CEST_WIN + """BEGIN:VEVENT
ORGANIZER;CN="Olszewska, Iga":mailto:iga.olszewska@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nowak, Katarzyna":mailto:katarzyna.nowak@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kubiak, Rafał":mailto:rafal.kubiak@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Frey, Annika":mailto:annika.frey@nordvale-gbs.com
DESCRIPTION;LANGUAGE=en-US:Calibration of AC scores before offers go out. Please have your rating sheets uploaded by 12:00. We need to agree 6 offers out of 14 candidates.\\n\\n________________________________________________________________________________\\nMicrosoft Teams meeting\\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yjc1MmE4@thread.v2/0>\\n________________________________________________________________________________\\n
UID:040000008200E00074C5B7101A82E00800000000F4A5B6C7D8AEDB0100000000000000001000000044556677889900AA11BBCCDDEEFF3344
SUMMARY;LANGUAGE=en-US:Grad AC 2025 - wash-up & calibration
DTSTART;TZID=Central European Standard Time:20250410T140000
DTEND;TZID=Central European Standard Time:20250410T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250408T170302Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-sends-candidate",
        uid="040000008200E00074C5B7101A82E00800000000A5B6C7D8E9AFDB010000000000000000100000005566778899AA0011BBCCDDEEFF445566",
        iv=0, side=True, trap="user-as-interviewer-polish-agency-presents-candidate-to-her",
        ics=_HDR + CEST_WIN + """BEGIN:VEVENT
ORGANIZER;CN="Dominika Rutkowska":mailto:d.rutkowska@prokadra.pl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nowak, Katarzyna":mailto:katarzyna.nowak@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Magdalena Szewczyk":mailto:m.szewczyk.ksiegowa@gmail.com
DESCRIPTION;LANGUAGE=pl-PL:Dzień dobry Pani Katarzyno\\,\\n\\nzgodnie z ustaleniami przesyłam zaproszenie na spotkanie z kandydatką na stanowisko Specjalista ds. Księgowości (R2R) - Pani Magdalena Szewczyk (5 lat w biurze rachunkowym\\, SAP FI\\, angielski B2). CV w załączniku maila z 18.03. Kandydatka dostępna od 1.05 (okres wypowiedzenia 1 mies.).\\n\\nProszę o informację zwrotną po spotkaniu.\\n\\nDominika Rutkowska\\nKonsultant ds. Rekrutacji\\, ProKadra Rekrutacja sp. z o.o.\\n\\nSpotkanie online: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTkxYTQ3@thread.v2/0
UID:040000008200E00074C5B7101A82E00800000000A5B6C7D8E9AFDB010000000000000000100000005566778899AA0011BBCCDDEEFF445566
SUMMARY;LANGUAGE=pl-PL:ProKadra | Spotkanie z kandydatką - Specjalista ds. Księgowości (R2R)
DTSTART;TZID=Central European Standard Time:20250321T133000
DTEND;TZID=Central European Standard Time:20250321T141500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250319T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=pl-PL:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="candidate-accepted-reply",
        uid="040000008200E00074C5B7101A82E00800000000B6C7D8E9FAB0DB01000000000000000010000000667788990011AABBCCDDEEFF55667788",
        iv=0, side=True, trap="user-as-interviewer-candidate-accepted-reply-from-gmail",
        ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250402T070000Z
DTEND:20250402T080000Z
DTSTAMP:20250328T192215Z
ORGANIZER;CN="Nowak, Katarzyna":mailto:katarzyna.nowak@nordvale-gbs.com
UID:040000008200E00074C5B7101A82E00800000000B6C7D8E9FAB0DB01000000000000000010000000667788990011AABBCCDDEEFF55667788
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Natali
 a Wierzbicka;X-NUM-GUESTS=0:mailto:natalia.wierzbicka01@gmail.com
CREATED:20250328T192213Z
DESCRIPTION:
LAST-MODIFIED:20250328T192215Z
LOCATION:Nordvale GBS\\, Quattro Business Park\\, budynek B\\, recepcja
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Zaakceptowano: Rozmowa rekrutacyjna - Młodszy Księgowy / Nordvale GBS
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="own-notes-candidates",
        uid="040000008200E00074C5B7101A82E00800000000C7D8E9FAABB1DB010000000000000000100000007788990011AABBCCDDEEFF6677889900",
        iv=0, side=True, trap="user-as-interviewer-own-typed-notes-on-two-candidates",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + CEST_WIN + """BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250403T141510Z
DESCRIPTION:Ola K. - dobra w uzgodnieniach IC\\, słabszy Excel (VLOOKUP ok\\, 
 pivot nie)\\, ang. ok. 4/5\\nMichał P. - ACCA F7 zdane\\, 2 lata w Big4 audyt\\
 , chce 9-17 bez nadgodzin przy closingu?? 3/5\\n-> oboje do 2 etapu z Tomkie
 m? zapytać Joannę o widełki
DTEND;TZID="Central European Standard Time":20250403T163000
DTSTAMP:20250403T141510Z
DTSTART;TZID="Central European Standard Time":20250403T160000
LAST-MODIFIED:20250403T141630Z
LOCATION:
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=pl:kand. GL - Ola K. / Michał P. - ocena
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C7D8E9FAABB1DB010000000000000000100000007788990011AABBCCDDEEFF6677889900
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-user-is-staff",
        uid="AAMkADQ4ZGI1NTc3LTE2YjQtNDMxYS05ZDZmLWE4ZTQ1NzFjYjk0ZABGAAAAAADo2Hq7RnV8TZk1pWcF3sL0BwAe",
        iv=0, side=True, trap="user-as-interviewer-bookings-internship-chat-she-is-staff",
        ics=_HDR + CEST_WIN + """BEGIN:VEVENT
ORGANIZER;CN=Nordvale GBS Internships:mailto:NordvaleInternships@nordvalegbs.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nowak, Katarzyna":mailto:katarzyna.nowak@nordvale-gbs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wiktor Sadowski:mailto:wiktor.sadowski@student.uek.krakow.pl
DESCRIPTION;LANGUAGE=en-US:New booking\\n\\nService: R2R Summer Internship - short chat (15 min)\\nStaff: Katarzyna Nowak\\n\\nCustomer: Wiktor Sadowski\\nEmail: wiktor.sadowski@student.uek.krakow.pl\\nCustomer notes: 3rd year Finance & Accounting UEK\\, available July-September full time\\n\\nJoin Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGE5OWI0@thread.v2/0
UID:AAMkADQ4ZGI1NTc3LTE2YjQtNDMxYS05ZDZmLWE4ZTQ1NzFjYjk0ZABGAAAAAADo2Hq7RnV8TZk1pWcF3sL0BwAe
SUMMARY;LANGUAGE=en-US:R2R Summer Internship - short chat (15 min) - Wiktor Sadowski
DTSTART;TZID=Central European Standard Time:20250429T111500
DTEND;TZID=Central European Standard Time:20250429T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250425T220503Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="recurring-intern-slots",
        uid="040000008200E00074C5B7101A82E00800000000D8E9FAABBCB2DB01000000000000000010000000889900AA11BBCCDDEEFF77889900AABB",
        iv=0, side=True, trap="user-as-interviewer-recurring-intern-interview-slots-with-override",
        ics="""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + CEST_WIN + """BEGIN:VEVENT
ORGANIZER;CN="Nowak, Katarzyna":mailto:katarzyna.nowak@nordvale-gbs.com
DESCRIPTION;LANGUAGE=pl-PL:Blok na rozmowy z kandydatami na praktyki (lista w Excelu od Joanny\\, max 3 osoby na blok). Sala rezerwowana osobno.
RRULE:FREQ=WEEKLY;COUNT=6;INTERVAL=1;BYDAY=TU;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000D8E9FAABBCB2DB01000000000000000010000000889900AA11BBCCDDEEFF77889900AABB
SUMMARY;LANGUAGE=pl-PL:Rozmowy - praktykanci R2R (sloty)
DTSTART;TZID=Central European Standard Time:20250506T140000
DTEND;TZID=Central European Standard Time:20250506T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250430T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Nowak, Katarzyna":mailto:katarzyna.nowak@nordvale-gbs.com
DESCRIPTION;LANGUAGE=pl-PL:Przesunięte na środę - we wtorek closing WD3. Kandydatki: Zofia M.\\, Julia R.
RECURRENCE-ID;TZID=Central European Standard Time:20250520T140000
UID:040000008200E00074C5B7101A82E00800000000D8E9FAABBCB2DB01000000000000000010000000889900AA11BBCCDDEEFF77889900AABB
SUMMARY;LANGUAGE=pl-PL:Rozmowy - praktykanci R2R (sloty)
DTSTART;TZID=Central European Standard Time:20250521T130000
DTEND;TZID=Central European Standard Time:20250521T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250515T083000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
]
