"""holdout77: the user's own interviews with education bodies, an ETB, exam boards and a college of education."""

from __future__ import annotations

from holdout77ev_ics import ME, TEAMS_EN, esc, item, lab, vcal

OLK = "040000008200E00074C5B7101A82E00800000000"


def teams(n: int) -> str:
    return TEAMS_EN.format(url=f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{n:x}Zj@thread.v2/0",
                           mid=f"3{n % 97:02d} 4{n % 89:02d} 71{n % 7} 0{n % 83:02d}", pw=f"Kq{n % 991}x")


def dswetb() -> dict[str, object]:
    uid = OLK + "6E2A90C1D8D9DB0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0"
    desc = esc(f"""Dear Siobhán,

Competition: Education Officer (Post-Primary) – Ref. EO/PP/2025/02

Further to your application, you are invited to attend for interview on Tuesday 10 June 2025 at 10.30am. \
The interview will take place on Microsoft Teams.

The Interview Board will be:
Mr Fergal Doyle, Director of Schools (Chair)
Ms Louise Cregan, Principal, Kimmage Community College
Ms Anne Marie Tierney, External Board Member

Aisling Byrne, HR Officer, will be in attendance as note-taker and will admit you to the meeting.

Please reply to this email to confirm your attendance.

Kind regards,
Aisling Byrne
HR Officer – Recruitment
Dublin South and Wicklow Education and Training Board

{teams(7781)}""")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Doyle, Fergal";SENT-BY="mailto:abyrne@dswetb.ie":mailto:fdoyle@dswetb.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kelly, Siobhán":mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Cregan, Louise":mailto:lcregan@dswetb.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anne Marie Tierney:mailto:annemarie.tierney@outlook.ie
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Byrne, Aisling":mailto:abyrne@dswetb.ie
DESCRIPTION;LANGUAGE=en-US:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-US:Interview - Education Officer (Post-Primary) - Siobhán Kelly
DTSTART;TZID=GMT Standard Time:20250610T103000
DTEND;TZID=GMT Standard Time:20250610T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250528T140455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT"""
    return item(
        "exchange-etb-sentby",
        lab(uid, 1, "Dublin South and Wicklow ETB", "Education Officer (Post-Primary)", "",
            "fdoyle@dswetb.ie;lcregan@dswetb.ie;annemarie.tierney@outlook.ie", "exchange-sent-by-hr-notetaker"),
        vcal(body, "exchange", tzs=("GMT Standard Time",)),
        forms="Dublin South and Wicklow Education and Training Board|DSWETB|Dublin South & Wicklow ETB",
    )


def jcss_interview() -> dict[str, object]:
    uid = OLK + "90D1E5A6F3A4DB010000000000000000100000002B4D6F8A1C3E5A7C9E1B3D5F7A9C1E3B"
    plain = f"""Dear Siobhán,

Thank you for your application for the seconded post of Advisor (Mathematics) with the Junior Cycle Support \
Service, Ref. JCSS/ADV/M/25.

You are invited to interview on Thursday 3 April at 2pm via Microsoft Teams. The interview panel will be \
Eimear Holohan (Deputy Director), Ronan Keogh (Team Leader, Mathematics) and an external assessor. The \
interview is competency based: Leading Learning, Communication, Teamwork and Subject Knowledge.

Candidates who are successful at this stage will be invited to a second stage (workshop presentation).

Regards,
JCSS Recruitment

{teams(90211)}"""
    alt = esc("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
              "<p>Dear Siobhán,</p><p>Thank you for your application for the seconded post of <b>Advisor "
              "(Mathematics)</b> with the Junior Cycle Support Service.</p><p>You are invited to interview on "
              "Thursday 3 April at 2pm via Microsoft Teams.</p></body></html>")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN=JCSS Recruitment:mailto:jobs@jcss.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhán Kelly:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Holohan, Eimear":mailto:eholohan@jcss.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Keogh, Ronan":mailto:rkeogh@jcss.ie
DESCRIPTION;LANGUAGE=en-IE:{esc(plain)}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:JCSS Interview – Advisor (Mathematics) – S. Kelly
DTSTART;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20250403T140000
DTEND;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20250403T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250321T101934Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting
X-ALT-DESC;FMTTYPE=text/html:{alt}
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT"""
    return item(
        "outlook-altdesc-body",
        lab(uid, 1, "Junior Cycle Support Service", "Advisor (Mathematics)", "",
            "eholohan@jcss.ie;rkeogh@jcss.ie", "outlook-x-alt-desc-secondment"),
        vcal(body, "outlook", tzs=("(UTC+00:00) Dublin, Edinburgh, Lisbon, London",)),
        forms="JCSS",
    )


def jcss_workshop() -> dict[str, object]:
    uid = OLK + "C4A7F01B6AADDB01000000000000000010000000E1F2A3B4C5D6E7F8091A2B3C4D5E6F70"
    desc = esc(f"""Hi Siobhán,

Congratulations – you have been shortlisted for stage 2.

Please prepare a 10-minute extract from a professional learning workshop for mathematics teachers on the \
Junior Cycle Mathematics specification (Unit of Learning: proportional reasoning in first year). You may \
share your screen. Ronan and Sinéad will then ask questions for about 15 minutes.

Regards,
Ronan Keogh
Team Leader – Mathematics, JCSS

{teams(44120)}""")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Keogh, Ronan":mailto:rkeogh@jcss.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhán Kelly:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Moran, Sinéad":mailto:smoran@jcss.ie
DESCRIPTION;LANGUAGE=en-IE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:Stage 2 – workshop presentation – Advisor (Mathematics)
DTSTART;TZID=GMT Standard Time:20250416T100000
DTEND;TZID=GMT Standard Time:20250416T104000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250408T160212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT"""
    return item(
        "outlook-workshop-task",
        lab(uid, 1, "Junior Cycle Support Service", "Advisor (Mathematics)", "technical",
            "rkeogh@jcss.ie;smoran@jcss.ie", "outlook-presentation-stage2"),
        vcal(body, "outlook", tzs=("GMT Standard Time",)),
    )


def tli_bookings() -> dict[str, object]:
    uid = "c2b7e1f4a9d3408eb5f6a0c1d2e3f405@teacherlearning.ie"
    desc = esc(f"""Your booking with TLI Recruitment is confirmed

Service: Team Leader (Post-Primary Mathematics) – competency interview (45 mins)
Staff: Colm Devaney, Aoibheann Clancy
Customer: Siobhán Kelly

Additional information
Please have your photographic ID ready. Interviews are recorded for note-taking purposes only with your consent.

Need to make changes? Manage booking: https://outlook.office365.com/book/TLIRecruitment@teacherlearning.ie/

{teams(5531)}""")
    body = f"""BEGIN:VEVENT
UID:{uid}
SUMMARY:Team Leader (Post-Primary Mathematics) – competency interview (45 mins)
DTSTART:20250512T081500Z
DTEND:20250512T090000Z
DTSTAMP:20250429T110301Z
ORGANIZER;CN=TLI Recruitment:mailto:TLIRecruitment@teacherlearning.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Siobhán Kelly:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Colm Devaney:mailto:colm.devaney@teacherlearning.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Aoibheann Clancy:mailto:aoibheann.clancy@teacherlearning.ie
DESCRIPTION:{desc}
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return item(
        "bookings-utc",
        lab(uid, 1, "Teacher Learning Ireland", "Team Leader (Post-Primary Mathematics)", "",
            "colm.devaney@teacherlearning.ie;aoibheann.clancy@teacherlearning.ie", "ms-bookings-utc-acronym-only"),
        vcal(body, "bookings"),
        forms="TLI",
    )


def assessment_ireland() -> dict[str, object]:
    uid = "7f3c0a9e-51b2-4d8c-a6e4-0b9d2c7f1e58"
    desc = esc("""Competition ACE/MATH/2025 – Assistant Chief Examiner, Leaving Certificate Mathematics

Dear Ms Kelly,

You are invited to attend for interview on Friday 7 March 2025 at 11.30 by Webex video conference.

Board: Dr Bríd Ní Fhlatharta (Chief Examiner, Mathematics), Mr Kieran Hartnett (Principal Officer, \
Examinations Division) and Ms Yvonne Cleary (external member). A member of the Competitions Unit will \
check your identification at the start of the call and will then leave the meeting.

-- Do not delete or change any of the following text. --

When it's time, join the Webex meeting here.

Meeting number (access code): 2741 906 338
Meeting password: AsIr2025!

Join meeting: https://assessmentireland.webex.com/assessmentireland/j.php?MTID=m5d0e1c2b3a4f5e6d7c8b9a0f1e2d3c4b

Join by phone
+353-1-431-1186 Ireland Toll
Access code: 274 190 6338

If you are a host, go here to view host information.
Need help? Go to https://help.webex.com""")
    body = f"""BEGIN:VEVENT
UID:{uid}
ORGANIZER;CN=Competitions Unit:mailto:competitions@assessmentireland.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Siobhan Kelly:mailto:{ME}
SUMMARY:Interview – ACE/MATH/2025 Assistant Chief Examiner (Mathematics)
DTSTART:20250307T113000Z
DTEND:20250307T121500Z
DTSTAMP:20250224T094417Z
LOCATION:https://assessmentireland.webex.com/meet/competitions
DESCRIPTION:{desc}
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT"""
    return item(
        "webex-state-body",
        lab(uid, 1, "Assessment Ireland", "Assistant Chief Examiner, Leaving Certificate Mathematics", "",
            "Bríd Ní Fhlatharta;Kieran Hartnett;Yvonne Cleary", "webex-utc-board-names-only"),
        vcal(body, "outlook"),
        forms="",
    )


def maths_ireland_calcom() -> dict[str, object]:
    uid = "kq8Zt2wXn4PbR7s1mV3yL9@Cal.com"
    desc = esc("""What: Programme Manager interview
When: Tuesday, 22 April 2025 13:00 - 13:45 (Europe/Dublin)
Who:
Orla Brennan - Organizer
orla@mathsireland.org
Siobhán Kelly
siobhan.kelly.maths@eircom.net
Where: Cal Video https://app.cal.com/video/kq8Zt2wXn4PbR7s1mV3yL9
Description
45-minute conversation with our CEO about the Programme Manager – Maths Outreach role (the role reports \
directly to Orla). We will talk through your experience running Maths Week events and the outreach plan \
for 2025/26.
Need to make a change? Reschedule or Cancel: https://app.cal.com/booking/kq8Zt2wXn4PbR7s1mV3yL9""")
    body = f"""BEGIN:VEVENT
UID:{uid}
SUMMARY:Programme Manager interview between Orla Brennan and Siobhán Kelly
DESCRIPTION:{desc}
DTSTART:20250422T120000Z
DTEND:20250422T124500Z
DTSTAMP:20250414T201144Z
ORGANIZER;CN=Orla Brennan:mailto:orla@mathsireland.org
ATTENDEE;PARTSTAT=ACCEPTED;RSVP=TRUE;ROLE=REQ-PARTICIPANT;CN=Siobhán Kelly:mailto:{ME}
LOCATION:https://app.cal.com/video/kq8Zt2wXn4PbR7s1mV3yL9
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return item(
        "calcom-ceo",
        lab(uid, 1, "Maths Ireland Foundation", "Programme Manager – Maths Outreach", "hiring_manager",
            "orla@mathsireland.org", "calcom-hiring-manager-charity"),
        vcal(body, "calcom"),
        forms="Maths Ireland",
    )


def dite_workday() -> dict[str, object]:
    uid = "WD-INTV-7f2e91c0a4b84d3f9e1d5c6b7a8f9e0d@myworkday.com"
    desc = esc("""Interview Invitation

Candidate: Siobhán Kelly
Job Requisition: JR-00418 Assistant Lecturer in Mathematics Education (Fixed Term)
Location: Room G.12, Marlborough Building, Rathmines Campus

Interview Schedule
11:00 - 12:00  Panel interview
  Prof. Deborah Ní Laoire – Head of School of STEM Education
  Dr Martin Feeney – Lecturer in Mathematics Education
  Jacinta Ruane – HR Business Partner (observer, non-scoring)

Candidates will be asked to deliver a 10-minute presentation on "Preparing pre-service teachers for \
inquiry-based mathematics teaching" at the start of the interview.

This invitation was sent from Workday on behalf of Dublin Institute of Teacher Education.""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250603T132210Z
DTSTART;TZID=Europe/Dublin:20250619T110000
DTEND;TZID=Europe/Dublin:20250619T120000
SUMMARY:Interview: Assistant Lecturer in Mathematics Education (JR-00418)
ORGANIZER;CN=DITE Human Resources:mailto:dite@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Siobhán Kelly:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Deborah Ni Laoire:mailto:deborah.nilaoire@dite.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Martin Feeney:mailto:martin.feeney@dite.ie
ATTENDEE;ROLE=NON-PARTICIPANT;CN=Jacinta Ruane:mailto:jacinta.ruane@dite.ie
LOCATION:{esc("Room G.12, Marlborough Building, Rathmines Campus")}
DESCRIPTION:{desc}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return item(
        "workday-college",
        lab(uid, 1, "Dublin Institute of Teacher Education", "Assistant Lecturer in Mathematics Education", "",
            "deborah.nilaoire@dite.ie;martin.feeney@dite.ie", "workday-observer-not-interviewer"),
        vcal(body, "workday", tzs=("Europe/Dublin",)),
        forms="DITE",
    )


def nab_successfactors() -> dict[str, object]:
    uid = "SF-INT-20431-0098812@nab.successfactors.eu"
    desc = esc("""Dear Siobhan,

Thank you for your interest in the Subject Advisor – Mathematics role (Req ID 20431) at Northern Assessment \
Board.

We are pleased to confirm your interview with Hannah Pilkington, Head of Mathematics Qualifications and \
hiring manager for this role. The interview will last 45 minutes and will be held on Microsoft Teams; \
the joining link will be sent separately by Hannah.

If you need any adjustments, please contact the Talent Acquisition team at careers@nab.org.uk.

Kind regards,
NAB Talent Acquisition

This is a system-generated message. Please do not reply.""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250417T083000Z
DTSTART:20250428T130000Z
DTEND:20250428T134500Z
SUMMARY:Interview Scheduled: Subject Advisor – Mathematics (Req ID 20431)
ORGANIZER;CN=NAB Talent Acquisition:mailto:careers@nab.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Siobhan Kelly:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Hannah Pilkington:mailto:hannah.pilkington@nab.org.uk
DESCRIPTION:{desc}
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return item(
        "successfactors-hm",
        lab(uid, 1, "Northern Assessment Board", "Subject Advisor – Mathematics", "hiring_manager",
            "hannah.pilkington@nab.org.uk", "successfactors-utc-hiring-manager"),
        vcal(body, "successfactors"),
        forms="NAB",
    )


def nab_final() -> dict[str, object]:
    uid = OLK + "7B1D2E3F8DC0DB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90"
    desc = esc(f"""Hi Siobhan,

Thanks again for your time last week – we'd like to invite you to the final interview for the Subject \
Advisor role. You'll meet me again and Dr Raj Mistry, our Director of Assessment.

Please prepare a short critique (5 minutes, no slides) of the specimen question paper I've attached – what \
works, what you'd change, and how you'd support centres teaching it.

Best wishes,
Hannah

{teams(60317)}""")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Pilkington, Hannah":mailto:hannah.pilkington@nab.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=siobhan.kelly.maths@eircom.net:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mistry, Raj":mailto:raj.mistry@nab.org.uk
DESCRIPTION;LANGUAGE=en-GB:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-GB:Final interview – Subject Advisor (Maths) – Siobhan Kelly
DTSTART;TZID=Europe/London:20250514T100000
DTEND;TZID=Europe/London:20250514T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250506T151012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT"""
    return item(
        "outlook-london-final",
        lab(uid, 1, "Northern Assessment Board", "Subject Advisor (Maths)", "final",
            "hannah.pilkington@nab.org.uk;raj.mistry@nab.org.uk", "outlook-london-final-critique"),
        vcal(body, "outlook", tzs=("Europe/London",)),
    )


def events() -> list[dict[str, object]]:
    return [
        dswetb(),
        jcss_interview(),
        jcss_workshop(),
        tli_bookings(),
        assessment_ireland(),
        maths_ireland_calcom(),
        dite_workday(),
        nab_successfactors(),
        nab_final(),
    ]
