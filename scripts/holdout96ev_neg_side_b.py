"""holdout96 negatives, part B: more of Ciara on the hiring side (hand-typed, Bookings, recurring, cancel, ES)."""

from __future__ import annotations

from holdout96ev_ics import DUBLIN, GOOGLE, IOS, MADRID, OUTLOOK, WIN_GMT, WORK, Ev, cal, esc, neg


def events() -> list[Ev]:
    out: list[Ev] = []

    out.append(neg("handtyped-interviews-x3", cal(IOS, """
BEGIN:VEVENT
CREATED:20251019T182200Z
DTEND:20251023T113000
DTSTAMP:20251019T182200Z
DTSTART:20251023T100000
LAST-MODIFIED:20251019T182200Z
SEQUENCE:0
SUMMARY:Interviews x3 sales asst 10 / 10.30 / 11
DESCRIPTION:Chloe\\, Precious\\, Ben D. - book staff room. Jason to cover floor
TRANSP:OPAQUE
UID:C0A61B2E-5D7F-4E30-A9C8-2B4F6E1D0A93
END:VEVENT
""", method=None), "user-as-interviewer-handtyped-floating-en"))

    out.append(neg("handtyped-call-candidate", cal(GOOGLE, """
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250929T173000
DTEND;TZID=Europe/Dublin:20250929T174500
DTSTAMP:20250929T090500Z
UID:2lc9o5aq1f8nd4m0us7kbh3tjr@google.com
DESCRIPTION:085 771 2290 - keyholder role\\, ask re Sunday availability
SUMMARY:Call candidate - Lauren (keyholder)
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
""", tz=(DUBLIN,), method="PUBLISH"), "user-as-interviewer-phone-handtyped-en"))

    d = esc("""Hola Ciara,

Te envío la invitación para la entrevista del jueves como me pediste por teléfono. Muchas gracias por la
oportunidad, tengo muchas ganas de conocer la tienda.

Un saludo,
Lucía Fernández""")
    out.append(neg("candidate-invites-user-es", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251016T120000
DTEND;TZID=Europe/Madrid:20251016T123000
DTSTAMP:20251013T191000Z
ORGANIZER;CN=Lucía Fernández:mailto:lucia.fdez.garcia@gmail.com
UID:7ng0d4rj2a9ku6c1pq5hb8smto@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lucía Fernández;\
X-NUM-GUESTS=0:mailto:lucia.fdez.garcia@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ciara.doyle@threads-ireland.ie;X-NUM-GUESTS=0:mailto:{WORK}
DESCRIPTION:{d}
LOCATION:Threads Henry Street\\, Dublín
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista con Ciara Doyle (Threads) - dependienta
TRANSP:OPAQUE
END:VEVENT
""", tz=(MADRID,)), "user-as-interviewer-candidate-organises-es"))

    out.append(neg("offer-call", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN="Doyle, Ciara":mailto:{WORK}
ATTENDEE;CN="Hegarty, Nicola";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:nicola.hegarty@threads-ireland.ie
ATTENDEE;CN="sorcha.lynch88@gmail.com";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sorcha.lynch88@gmail.com
DESCRIPTION;LANGUAGE=en-IE:Verbal offer - Assistant Store Manager\\, Henry St. Salary band B3. Start date TBC.
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC0100000000000000001000000055667788AABBCCDD
SUMMARY;LANGUAGE=en-IE:Call with Sorcha - Assistant Store Manager offer
DTSTART;TZID="GMT Standard Time":20251013T170000
DTEND;TZID="GMT Standard Time":20251013T171500
DTSTAMP:20251011T120000Z
LOCATION;LANGUAGE=en-IE:Phone
SEQUENCE:0
END:VEVENT
""", tz=(WIN_GMT,)), "user-as-interviewer-offer-call-en"))

    d = esc("""Final interview for the Store Supervisor position at Threads Henry Street.
Panel: Ciara Doyle (Store Manager), Aidan Kenny (Area Manager)
Candidate: Adam Quirke - please bring photo ID and right to work documents.""")
    out.append(neg("final-panel-candidate-freemail", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN="Doyle, Ciara":mailto:{WORK}
ATTENDEE;CN="Kenny, Aidan";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aidan.kenny@threads-ireland.ie
ATTENDEE;CN="Adam Quirke";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:adamquirke@yahoo.ie
DESCRIPTION;LANGUAGE=en-IE:{d}
UID:040000008200E00074C5B7101A82E00800000000B3C4D5E6F7A8DC010000000000000000100000009A8B7C6D5E4F3A2B
SUMMARY;LANGUAGE=en-IE:Final interview: Store Supervisor - Adam Quirke
DTSTART;TZID="GMT Standard Time":20251106T150000
DTEND;TZID="GMT Standard Time":20251106T160000
DTSTAMP:20251031T100000Z
LOCATION;LANGUAGE=en-IE:Threads Henry Street - manager's office
SEQUENCE:0
END:VEVENT
""", tz=(WIN_GMT,)), "user-as-interviewer-final-panel-en"))

    d = esc("""Booking confirmed with Threads Henry Street

Service: Sales Assistant Interview (20 min)
Staff: Ciara Doyle
Customer: Kyle Brophy (kylebrophy01@gmail.com)
Location: Threads Henry Street, 41 Henry Street, Dublin 1

Powered by Microsoft Bookings""")
    out.append(neg("ms-bookings-staff", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN=Threads Henry Street Recruitment:mailto:HenryStRecruitment@threads-ireland.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ciara Doyle:mailto:{WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Kyle Brophy:mailto:kylebrophy01@gmail.com
DESCRIPTION;LANGUAGE=en-US:{d}
UID:040000008200E00074C5B7101A82E00800000000E7D6C5B4A392DC01000000000000000010000000B00C1A90E8D7C6B5
SUMMARY;LANGUAGE=en-US:Sales Assistant Interview (20 min) - Kyle Brophy
DTSTART;TZID="GMT Standard Time":20251103T113000
DTEND;TZID="GMT Standard Time":20251103T115000
DTSTAMP:20251029T220000Z
LOCATION;LANGUAGE=en-US:Threads Henry Street
SEQUENCE:0
END:VEVENT
""", tz=(WIN_GMT,)), "user-as-interviewer-ms-bookings-staff-en"))

    out.append(neg("recurring-interview-slots", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20251001T140000
DTEND;TZID=Europe/Dublin:20251001T160000
RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20251126T235959Z
DTSTAMP:20250926T110000Z
ORGANIZER;CN=Ciara Doyle:mailto:{WORK}
UID:1sb7q4je0m9dc2v5nr8fho3gak@google.com
DESCRIPTION:Hold for Christmas temp interviews - candidates booked via Nicola. Do not book over.
LOCATION:Henry St staff room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview slots - Christmas recruitment drive
TRANSP:OPAQUE
END:VEVENT
""", tz=(DUBLIN,), method="PUBLISH"), "user-as-interviewer-recurring-hold-en"))

    out.append(neg("reverse-shadow", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20251010T110000
DTEND;TZID=Europe/Dublin:20251010T114500
DTSTAMP:20251006T131500Z
ORGANIZER;CN=Nicola Hegarty:mailto:nicola.hegarty@threads-ireland.ie
UID:6tm1f9ar3k0pe8d2qv5nsc7ubh@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ciara Doyle;X-NUM-GUESTS=0:mailto:{WORK}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Aidan Kenny;\
X-NUM-GUESTS=0:mailto:aidan.kenny@threads-ireland.ie
DESCRIPTION:Reverse shadow: Ciara leads the Supervisor interview (candidate: Niamh Carey)\\, Aidan observes and
  gives feedback afterwards on the interviewer sign-off checklist.
LOCATION:Henry St - manager's office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reverse shadow - Supervisor interview (Ciara leading)
TRANSP:OPAQUE
END:VEVENT
""", tz=(DUBLIN,)), "user-as-interviewer-reverse-shadow-en"))

    out.append(neg("cancelled-candidate-interview", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN="Doyle, Ciara":mailto:{WORK}
ATTENDEE;CN="dylanhughes.dub@gmail.com";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:dylanhughes.dub@gmail.com
DESCRIPTION;LANGUAGE=en-IE:Hi Dylan\\, sorry - I have to cancel Friday. I'll send a new time next week. Ciara
UID:040000008200E00074C5B7101A82E0080000000098A7B6C5D4E3DC01000000000000000010000000C3D2E1F0A9B8C7D6
SUMMARY;LANGUAGE=en-IE:Canceled: Interview - Dylan Hughes (Stockroom Assistant)
DTSTART;TZID="GMT Standard Time":20251017T100000
DTEND;TZID="GMT Standard Time":20251017T103000
DTSTAMP:20251015T170000Z
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-IE:Threads Henry Street
END:VEVENT
""", tz=(WIN_GMT,), method="CANCEL"), "user-as-interviewer-cancelled-en"))

    out.append(neg("hiring-plan", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN="Hegarty, Nicola":mailto:nicola.hegarty@threads-ireland.ie
ATTENDEE;CN="Doyle, Ciara";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{WORK}
DESCRIPTION;LANGUAGE=en-IE:Agree Christmas temp headcount (8-10)\\, interview dates and who sits on which panel.
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DC0100000000000000001000000010293847FEDCBA98
SUMMARY;LANGUAGE=en-IE:Christmas temps - hiring plan & interview schedule (Henry St)
DTSTART;TZID="GMT Standard Time":20250923T150000
DTEND;TZID="GMT Standard Time":20250923T153000
DTSTAMP:20250918T083000Z
LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting
SEQUENCE:0
END:VEVENT
""", tz=(WIN_GMT,)), "user-as-interviewer-hiring-plan-en"))

    out.append(neg("calibration", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN="Kenny, Aidan":mailto:aidan.kenny@threads-ireland.ie
ATTENDEE;CN="Doyle, Ciara";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{WORK}
ATTENDEE;CN="Store Managers - Dublin";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sm.dublin@threads-ireland.ie
DESCRIPTION;LANGUAGE=en-IE:Calibrate how we score the group interviews before the Christmas drive - bring 2 \
completed score sheets each.
UID:040000008200E00074C5B7101A82E0080000000021436587A9CBDC01000000000000000010000000EDCBA98765432101
SUMMARY;LANGUAGE=en-IE:Interview scoring calibration - Dublin store managers
DTSTART;TZID="GMT Standard Time":20251007T080000
DTEND;TZID="GMT Standard Time":20251007T090000
DTSTAMP:20251001T120000Z
LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting
SEQUENCE:0
END:VEVENT
""", tz=(WIN_GMT,)), "user-as-interviewer-calibration-en"))
    return out
