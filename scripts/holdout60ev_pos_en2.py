"""holdout60: the user's own interviews, London and Portugal employers (part 2)."""

from __future__ import annotations

from holdout60ev_boiler import gcal_footer, teams, zoom
from holdout60ev_ics import Ev, pos


def wexford_goodtime() -> Ev:
    uid = "goodtime-event-61f3a5c7e9b1-wexfordmorgan@goodtime.io"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//Interview Scheduling//EN
METHOD:REQUEST
@@TZ:Europe/London@@
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250519T094412Z
DTSTART;TZID=Europe/London:20250529T130000
DTEND;TZID=Europe/London:20250529T143000
SUMMARY:Final Round Interview – Architect (Healthcare) – Wexford Morgan Architects
ORGANIZER;CN=Wexford Morgan Talent:mailto:talent@wexfordmorgan.com
ATTENDEE;CN=Lucía Ferreira Gómez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.ferreira.go
 mez@hotmail.com
ATTENDEE;CN=Fiona Morgan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:fiona.morgan@wexfordmorgan.com
ATTENDEE;CN=Anthony Wexford;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:anthony.wexford@wexfordmorgan.com
DESCRIPTION:Hello Lucía\,\n\nYour final round for Architect (Healthcare) is confirmed.\n\nItinerary (BST)\n1:00
  PM – 1:45 PM  Design review with Fiona Morgan\, Partner\n1:45 PM – 2:30 PM  Conversation with Anthony
  Wexford\, Senior Partner\n\nLocation: Wexford Morgan Architects\, 5 Bream's Buildings\, London EC4A
  1HP. Please arrive 10 minutes early and ask for the Talent team at reception.\n\nThis schedule was
  created with GoodTime.
LOCATION:5 Bream's Buildings\, London EC4A 1HP
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("goodtime-final-en", uid, text, "Wexford Morgan Architects", "Architect (Healthcare)", "final",
               "fiona.morgan@wexfordmorgan.com;anthony.wexford@wexfordmorgan.com")


def bramble_outlook() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000E0F2B4D6A8C3DB01000000000000000010000000"
           "D5F7A9C1E3B5D7F9A1C3E5B7D9F1A3C5")
    t = teams("en", "317 226 904 558", "Lm3Vs9", "MmQ0ZTg2NTMtYTFhNy00ZjJiLWI5ODMtMWIzYjdiNDc3YzRm")
    html = (r"<html><body><p>Dear Lucía\,</p><p>Thank you for your application. Marcus and I would like to"
            r" invite you to an interview for the <b>Architect – Housing</b> position. I lead the housing"
            r" team you would be joining.</p><p>Best wishes\,<br>Harriet</p></body></html>")
    text = rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:GMT Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Cole, Harriet":mailto:harriet.cole@brambleandcole.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.ferreira.gomez@hotmail.com:mailto:lucia
 .ferreira.gomez@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Eze, Marcus":mailto:marcus.eze@brambleandcole.co
 .uk
DESCRIPTION;LANGUAGE=en-GB:Dear Lucía\,\n\nThank you for your application. Marcus and I would like to invite
  you to an interview for the Architect – Housing position. I lead the housing team you would be
  joining.\n\nBest wishes\,\nHarriet\n\nHarriet Cole RIBA\nAssociate Director\, Housing\nBramble & Cole
  Architects\n\n{t}\n
UID:{uid}
SUMMARY;LANGUAGE=en-GB:Interview – Lucía Ferreira (Architect\, Housing)
DTSTART;TZID=GMT Standard Time:20250409T150000
DTEND;TZID=GMT Standard Time:20250409T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250403T110505Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmQ0ZTg2NTMtYTFhNy00ZjJ
 iLWI5ODMtMWIzYjdiNDc3YzRm%40thread.v2/0
X-ALT-DESC;FMTTYPE=text/html:{html}
END:VEVENT
END:VCALENDAR
"""
    return pos("outlook-gmt-teams-x-alt-desc-en", uid, text, "Bramble & Cole Architects", "Architect – Housing",
               "hiring_manager", "harriet.cole@brambleandcole.co.uk;marcus.eze@brambleandcole.co.uk")


def carver_agency() -> Ev:
    uid = "1lq9b5x3m7f0c2n6v8j4k0hs8d@google.com"
    foot = gcal_footer("en", "dean@archiscout.co.uk")
    text = rf"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:Europe/London@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250508T110000
DTEND;TZID=Europe/London:20250508T120000
DTSTAMP:20250430T143800Z
ORGANIZER;CN=Dean Whitaker:mailto:dean@archiscout.co.uk
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dean Whitaker;X-NUM-GUESTS=0:m
 ailto:dean@archiscout.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Ferreira;X-NUM-GUESTS
 =0:mailto:lucia.ferreira.gomez@hotmail.com
DESCRIPTION:Hi Lucía\,\n\nGreat news – Carver Hollis Architects would like to meet you for the Architect
  (Education sector) role. You'll be interviewed by Rebecca Hollis (Director) and Ian Moss (Associate)
  at their studio: 12 Tanner Street\, London SE1 3LD.\n\nTake a printed A3 portfolio – Rebecca likes to
  flick through. Give me a call once you're out!\n\nDean Whitaker\nSenior Consultant – Architecture\,
  ArchiScout Recruitment{foot}
LOCATION:Carver Hollis Architects\, 12 Tanner Street\, London SE1 3LD
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Carver Hollis Architects – Architect (Education)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    return pos("agency-names-employer-en", uid, text, "Carver Hollis Architects", "Architect (Education)", "",
               "Rebecca Hollis;Ian Moss")


def orchard_founder() -> Ev:
    uid = "2ct8d4m0q6s1v5y9a3e7h1k5n9@google.com"
    z = zoom("en", "Sam Whitlock", "842 6610 3397", "VmZkR2lTb3pOd0F5aFFzQT09", "571903")
    text = rf"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:Europe/London@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250415T170000
DTEND;TZID=Europe/London:20250415T174500
DTSTAMP:20250411T210407Z
ORGANIZER;CN=Sam Whitlock:mailto:samwhitlock.orchard@gmail.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sam Whitlock;X-NUM-GUESTS=0:ma
 ilto:samwhitlock.orchard@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.ferreira.gomez@hotmai
 l.com;X-NUM-GUESTS=0:mailto:lucia.ferreira.gomez@hotmail.com
DESCRIPTION:Hi Lucía\, as discussed – a chat about the Project Architect role at Orchard. We're a team of six
  doing small housing and community buildings\, mostly timber. Could you pick 3 projects to talk through? No
  need for slides.\n\nSam\n\n{z}
LOCATION:https://us06web.zoom.us/j/84266103397?pwd=VmZkR2lTb3pOd0F5aFFzQT09
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Chat re: Project Architect role @ Orchard
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    return pos("founder-gmail-zoom-en", uid, text, "Orchard Studio", "Project Architect", "",
               "samwhitlock.orchard@gmail.com")


def tejo_workday() -> Ev:
    uid = "WD-tejoengenharia-INTERVIEW-2b4d6f8a0c1e3a5c@myworkday.com"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Interview Scheduling//EN
METHOD:REQUEST
@@TZ:Europe/Lisbon@@
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250422T110000Z
DTSTART;TZID=Europe/Lisbon:20250430T100000
DTEND;TZID=Europe/Lisbon:20250430T110000
SUMMARY:Interview Invitation: BIM Modeller – Lisbon (JR-1887)
ORGANIZER;CN=Tejo Engenharia Recruiting:mailto:tejoengenharia@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Ferreira Gómez:mailto:lucia.ferreira.g
 omez@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rui Carvalho:mailto:rui.carvalho@tejoengenharia.pt
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Joana Teles:mailto:joana.teles@tejoengenharia.pt
DESCRIPTION:Dear Lucía\,\n\nWe are pleased to invite you to an interview for the BIM Modeller position
  (JR-1887) in Lisbon.\n\nInterview type: Technical interview with the BIM team\nInterviewers: Rui Carvalho
  (BIM Manager)\, Joana Teles (Senior BIM Modeller)\nDuration: 60 minutes\nFormat: Microsoft Teams – the
  link will follow in a separate email\n\nThe interview will be held in English. Spanish is welcome.\n\nBest
  regards\,\nTalent Acquisition\nTejo Engenharia\, S.A.
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("workday-lisbon-technical-en", uid, text, "Tejo Engenharia", "BIM Modeller", "technical",
               "rui.carvalho@tejoengenharia.pt;joana.teles@tejoengenharia.pt")


def ribeira_outlook() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000A0C2E4F6B8D9DB01000000000000000010000000"
           "F7A9C1E3B5D7F9A1C3E5B7D9F1A3C5E7")
    t = teams("en", "365 140 772 908", "Rb7Kp5", "OWY3YjE1ZTItM2Q0Ny00ZGNhLWE3YjUtNGIxZjUzOWY2ZTAx")
    text = rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:GMT Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Ribeira, Inês":mailto:ines@atelierribeira.pt
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Ferreira Gómez:mailto:lucia.ferreira.go
 mez@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lobo, Pedro":mailto:pedro.lobo@atelierribeira.pt
DESCRIPTION;LANGUAGE=pt-PT:Olá Lucía\,\n\nas agreed by email\, here is the invitation for our video interview
  for the junior architect position in Porto. Pedro Lobo (associate) will join me. We can switch to
  Spanish or Portuguese if you prefer – whatever is easiest!\n\nAté breve\,\nInês Ribeira\nAtelier
  Ribeira – arquitectura\nRua de Miguel Bombarda 210\, 4050-377 Porto\n\n{t}\n
UID:{uid}
SUMMARY;LANGUAGE=pt-PT:Entrevista / Interview – Atelier Ribeira
DTSTART;TZID=GMT Standard Time:20250416T160000
DTEND;TZID=GMT Standard Time:20250416T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T133400Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=pt-PT:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""
    return pos("outlook-gmt-porto-en", uid, text, "Atelier Ribeira", "junior architect", "",
               "ines@atelierribeira.pt;pedro.lobo@atelierribeira.pt")


def lowther_allday() -> Ev:
    uid = "7fk3n9p1s5u7w1y3a5c7e9g1i3@google.com"
    foot = gcal_footer("en", "earlycareers@lowthergrey.com")
    text = rf"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250604
DTEND;VALUE=DATE:20250605
DTSTAMP:20250516T091200Z
ORGANIZER;CN=Lowther Grey Early Careers:mailto:earlycareers@lowthergrey.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.ferreira.gomez@hotmai
 l.com;X-NUM-GUESTS=0:mailto:lucia.ferreira.gomez@hotmail.com
DESCRIPTION:Dear Lucía\,\n\nCongratulations – you have been selected for our Assessment Centre for the
  Architect (Early Careers Programme). The day runs 9:00–17:00 at our Farringdon studio and includes a
  group design charrette\, a one-to-one interview with a Director and a studio lunch.\n\nPlease bring
  your passport or right-to-work documents.\n\nLowther Grey Architects – Early Careers{foot}
LOCATION:Lowther Grey Architects\, 33 Turnmill Street\, London EC1M 5SZ
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Assessment Centre – Architect (Early Careers Programme) – Lowther Grey
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""
    return pos("all-day-assessment-en", uid, text, "Lowther Grey Architects", "Architect (Early Careers Programme)",
               "onsite", "")


def groundwork_ios() -> Ev:
    uid = "C4A1E7F2-8D3B-4F59-A06E-2B9D7C1F5E38"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
@@TZ:Europe/Madrid@@
BEGIN:VEVENT
CREATED:20250423T194405Z
DTEND;TZID=Europe/Madrid:20250425T194500
DTSTAMP:20250423T194420Z
DTSTART;TZID=Europe/Madrid:20250425T190000
LAST-MODIFIED:20250423T194420Z
SEQUENCE:0
SUMMARY:call w/ Tessa – Groundwork Collective (p/t BIM role)
DESCRIPTION:her 6pm UK time. she'll send a Meet link. ask about part-time remote + community consultation work
TRANSP:OPAQUE
UID:{uid}
END:VEVENT
END:VCALENDAR
"""
    return pos("ios-self-typed-en", uid, text, "Groundwork Collective", "p/t BIM role", "", "Tessa")


def gable_calendly() -> Ev:
    uid = "f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f@calendly.com"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250404T081502Z
DTSTART:20250409T120000Z
DTEND:20250409T123000Z
SUMMARY:Lucía Ferreira Gómez and Nadia Fox
ORGANIZER;CN=Nadia Fox:mailto:nadia@gableandfox.co.uk
ATTENDEE;CN=Lucía Ferreira Gómez;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:lucia.ferreira.gomez@hotmail.com
ATTENDEE;CN=Nadia Fox;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:nadia@gableandfox.co.uk
DESCRIPTION:Event Name: Screening call – Architect (Residential)\n\nLocation: This is a Zoom web
  conference.\nhttps://us02web.zoom.us/j/81907734512\n\nQuestions: Please share a link to your portfolio:
  https://issuu.com/luciaferreira/docs/portfolio_2025\n\nNeed to make changes to this event?\nCancel:
  https://calendly.com/cancellations/f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f\nReschedule:
  https://calendly.com/reschedulings/f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f\n\nPowered by Calendly.com
LOCATION:https://us02web.zoom.us/j/81907734512
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    return pos("calendly-screening-en", uid, text, "Gable & Fox Architects", "Architect (Residential)",
               "recruiter_screen", "nadia@gableandfox.co.uk")


def events() -> list[Ev]:
    return [
        wexford_goodtime(),
        bramble_outlook(),
        carver_agency(),
        orchard_founder(),
        tejo_workday(),
        ribeira_outlook(),
        lowther_allday(),
        groundwork_ios(),
        gable_calendly(),
    ]
