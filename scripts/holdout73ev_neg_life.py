"""holdout73 negatives, part 4: academic routine and private life (seminar, research interviews, viva, appraisal,
exit interview, lab meeting, GP, dentist, ceilidh band, visa, bank, nursery, Gaelic class).
CC0 1.0; all people, businesses and addresses are invented.
"""

from __future__ import annotations

from holdout73ev_boiler import teams_en, zoom_en
from holdout73ev_ics import (
    ME_GMAIL,
    ME_WORK,
    PRODID_APPLE,
    PRODID_EXCHANGE,
    PRODID_GOOGLE,
    TZ_LONDON,
    TZ_LONDON_APPLE,
    TZ_WIN_GMT,
    Ev,
    att,
    cal,
    esc,
    org,
    outlook_uid,
)


def _ev(uid: str, summary: str, start: str, end: str, desc: str, organizer: str | None, attendees: list[str],
        *, prodid: str, stamp: str, location: str = "", tzs: tuple[str, ...] = (TZ_LONDON,),
        method: str | None = "REQUEST", extra: tuple[str, ...] = ()) -> str:
    body = ["BEGIN:VEVENT", "UID:" + uid, f"DTSTAMP:{stamp}", start, end, f"SUMMARY:{summary}"]
    if desc:
        body.append(f"DESCRIPTION:{esc(desc)}")
    if location:
        body.append(f"LOCATION:{esc(location)}")
    if organizer:
        body.append(organizer)
    body += [*attendees, *extra, "END:VEVENT"]
    return cal(body, prodid=prodid, tz=tzs, method=method)


def _exch(uid: str, summary: str, start: str, end: str, desc: str, organizer: str, attendees: list[str],
          *, stamp: str, location: str, extra: tuple[str, ...] = ()) -> str:
    return _ev(uid, summary, f"DTSTART;TZID=GMT Standard Time:{start}", f"DTEND;TZID=GMT Standard Time:{end}", desc,
               organizer, attendees, prodid=PRODID_EXCHANGE, stamp=stamp, location=location, tzs=(TZ_WIN_GMT,),
               extra=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY", *extra))


def _apple(uid: str, summary: str, start: str, end: str, desc: str, *, stamp: str, location: str = "",
           extra: tuple[str, ...] = ()) -> str:
    return _ev(uid, summary, f"DTSTART;TZID=Europe/London:{start}", f"DTEND;TZID=Europe/London:{end}", desc, None, [],
               prodid=PRODID_APPLE, stamp=stamp, location=location, tzs=(TZ_LONDON_APPLE,), method=None,
               extra=("TRANSP:OPAQUE", *extra))


def _seminar() -> Ev:
    uid = "menai-sos-seminar-20260122@menai.ac.uk"
    desc = (
        "School of Ocean Sciences Research Seminar\n\nSpeaker: Dr Ewan MacLeod (Coastal Ecology Group)\nTitle: "
        "Blue carbon in Scottish sea lochs: what seagrass cores can (and can't) tell us\nHost: Dr Gwen Pritchard\n\n"
        "All welcome – seminar followed by tea in the foyer.\n\n" + zoom_en("873 5520 1196", "sos26",
                                                                          host="menai.zoom.us")
    )
    ics = _ev(
        uid, "SOS Seminar: Dr Ewan MacLeod – Blue carbon in Scottish sea lochs",
        "DTSTART;TZID=Europe/London:20260122T130000", "DTEND;TZID=Europe/London:20260122T140000", desc,
        org("g.pritchard@menai.ac.uk", "Gwen Pritchard"), [att(ME_WORK, "Ewan MacLeod")],
        prodid=PRODID_GOOGLE, stamp="20251210T100000Z", location="Online (Zoom)",
    )
    return Ev("invited-seminar", ics, uid, 0, trap="invited-seminar-not-job-talk")


def _study_participant() -> Ev:
    uid = "midlothian-ecr-mobility-p17@midlothian.ac.uk"
    desc = (
        "Thank you for agreeing to take part in our study 'Moving for science: early-career researchers and "
        "international mobility'. The interview will last about 60 minutes and will be recorded with your "
        "consent. Please read the participant information sheet and return the consent form beforehand.\n\n"
        "Dr Rita Osei, School of Social and Political Science, University of Midlothian\n\n"
        + teams_en("399 104 552 870", "Rx4mB7")
    )
    ics = _ev(
        uid, "Research interview – ECR mobility study (participant 17)", "DTSTART:20260209T100000Z",
        "DTEND:20260209T110000Z", desc, org("r.osei@midlothian.ac.uk", "Rita Osei"), [att(ME_WORK, "Ewan MacLeod")],
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", stamp="20260202T090000Z",
        location="Microsoft Teams", tzs=(),
    )
    return Ev("research-participant", ics, uid, 0, trap="research-study-participant-interview")


def _fieldwork() -> Ev:
    uid = "7fw9k1c3r5e7e9l1u3l5l7a9p0@google.com"
    body = [
        "BEGIN:VEVENT",
        "DTSTART;VALUE=DATE:20260414",
        "DTEND;VALUE=DATE:20260417",
        "DTSTAMP:20260301T120000Z",
        "UID:" + uid,
        "DESCRIPTION:Semi-structured interviews with creel fishermen re: seagrass + mooring damage. Consent "
        "forms\\, recorder\\, spare batteries. Harbour office has a room Tue/Wed.",
        "LOCATION:Ullapool harbour",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Fieldwork – interviews with creel fishermen (Ullapool)",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_GOOGLE, method="PUBLISH", head=("X-WR-TIMEZONE:Europe/London",))
    return Ev("google-fieldwork-allday", ics, uid, 0, trap="research-fieldwork-interviews-allday")


def _viva() -> Ev:
    uid = outlook_uid("2C3D4E5F6071DC01000000000000000010000000C2D3E4F5061728394A5B6C7D8E9FA0B1")
    desc = (
        "PhD oral examination (viva voce)\n\nCandidate: Calum Reid\nThesis: 'Drivers of maerl bed condition in "
        "the Hebrides'\nInternal examiner: Dr Ewan MacLeod\nExternal examiner: Prof. Sinead Rourke\n"
        "Independent chair: Dr Paul Menzies\n\nPlease submit your preliminary report to the PGR Office by 6 March."
    )
    ics = _exch(
        uid, "PhD viva – Calum Reid", "20260312T100000", "20260312T130000", desc,
        org("pgr-office@ed-marine.ac.uk", "PGR Office"),
        [att(ME_WORK, "MacLeod, Ewan"), att("paul.menzies@ed-marine.ac.uk", "Menzies, Paul")],
        stamp="20260210T100000Z", location="Ashworth 2.05",
    )
    return Ev("outlook-viva", ics, uid, 0, trap="viva-user-examiner")


def _student_news() -> Ev:
    uid = "2ss4e6a8s0o2c4n6e8w2s4l6t8@google.com"
    desc = (
        "Hi Dr MacLeod! Thanks for agreeing to be our 'Meet the Researcher' for the spring SeaSoc newsletter. "
        "Just 15–20 mins, a few questions about your research and how you got into marine biology. We'll come "
        "to your office.\n\nEilidh (SeaSoc secretary)"
    )
    ics = _ev(
        uid, "SeaSoc newsletter – 'Meet the Researcher' interview", "DTSTART;TZID=Europe/London:20260217T121500",
        "DTEND;TZID=Europe/London:20260217T124500", desc, org("seasoc.edinburgh@gmail.com", "SeaSoc"),
        [att("seasoc.edinburgh@gmail.com", "SeaSoc", partstat="ACCEPTED"), att(ME_WORK, "Ewan MacLeod")],
        prodid=PRODID_GOOGLE, stamp="20260210T150000Z", location="Ashworth 3.21",
    )
    return Ev("student-newsletter", ics, uid, 0, trap="student-newsletter-interview")


def _appraisal() -> Ev:
    uid = outlook_uid("3D4E5F607182DC01000000000000000010000000D3E4F5061728394A5B6C7D8E9FA0B1C2")
    desc = (
        "Annual Review 2025/26\n\nPlease complete the reviewee section of the form (objectives, achievements, "
        "development needs) and send it to me a week before. We'll also talk about your plans after the "
        "fellowship ends in August.\n\nFiona"
    )
    ics = _exch(
        uid, "Annual Review – Ewan MacLeod / Fiona Grant", "20260226T140000", "20260226T150000", desc,
        org("fiona.grant@ed-marine.ac.uk", "Grant, Fiona"), [att(ME_WORK, "MacLeod, Ewan")],
        stamp="20260205T100000Z", location="Fiona's office (3.02)",
    )
    return Ev("outlook-appraisal", ics, uid, 0, trap="own-annual-review")


def _exit() -> Ev:
    uid = outlook_uid("4E5F60718293DC01000000000000000010000000E4F5061728394A5B6C7D8E9FA0B1C2D3")
    desc = (
        "Dear Ewan,\n\nAs your fixed-term contract ends on 31 August, we would like to invite you to an optional "
        "exit interview. It is a confidential conversation about your experience of working here and helps us "
        "improve support for research staff.\n\nKind regards,\nHR Services – College of Science"
    )
    ics = _exch(
        uid, "Exit interview – end of fixed-term contract", "20260819T110000", "20260819T113000", desc,
        org("hr-science@ed-marine.ac.uk", "HR Services – College of Science"), [att(ME_WORK, "MacLeod, Ewan")],
        stamp="20260801T090000Z", location="Microsoft Teams Meeting",
    )
    return Ev("outlook-exit-interview", ics, uid, 0, trap="own-exit-interview")


def _lab_meeting() -> Ev:
    uid = outlook_uid("5F6071829304DC01000000000000000010000000F5061728394A5B6C7D8E9FA0B1C2D3E4")
    desc = "Weekly lab meeting – papers, fieldwork planning, boat bookings. Rota on the Teams channel."
    ics = _exch(
        uid, "Coastal Ecology lab meeting", "20260112T100000", "20260112T110000", desc,
        org("fiona.grant@ed-marine.ac.uk", "Grant, Fiona"),
        [att(ME_WORK, "MacLeod, Ewan"), att("coastal-lab@ed-marine.ac.uk", "Coastal Ecology lab", cutype="GROUP")],
        stamp="20260105T090000Z", location="Ashworth 2.05",
        extra=("RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260629T090000Z",),
    )
    return Ev("outlook-lab-meeting-weekly", ics, uid, 0, trap="internal-meeting-recurring")


def _gp() -> Ev:
    uid = "9gp1s3h5a7h9m1a3r5c7h9m0n1@google.com"
    ics = _ev(uid, "GP – Dr Shah", "DTSTART;TZID=Europe/London:20260113T084000",
              "DTEND;TZID=Europe/London:20260113T085000", "knee again. ask about physio referral", None, [],
              prodid=PRODID_GOOGLE, stamp="20260108T080000Z", location="Marchmont Medical Practice", method="PUBLISH",
              extra=("TRANSP:OPAQUE",))
    return Ev("google-gp", ics, uid, 0, trap="personal-gp")


def _dentist() -> Ev:
    uid = "bdc-appt-55120934@bruntsfielddental.co.uk"
    desc = (
        "Your appointment (check-up & scale and polish with Ms Anderson) has been cancelled. "
        "Call 0131 496 0420 to rebook."
    )
    ics = _ev(uid, "Cancelled: Bruntsfield Dental Care – check-up", "DTSTART:20260121T083000Z",
              "DTEND:20260121T090000Z", desc, org("appointments@bruntsfielddental.co.uk", "Bruntsfield Dental Care"),
              [att(ME_GMAIL, "Ewan MacLeod")], prodid="-//Dentally//Dentally Appointments//EN",
              stamp="20260119T170000Z", location="12 Bruntsfield Place, Edinburgh", tzs=(), method="CANCEL",
              extra=("STATUS:CANCELLED", "SEQUENCE:1"))
    return Ev("dentist-cancelled", ics, uid, 0, trap="personal-dentist-cancelled")


def _ceilidh() -> Ev:
    uid = "4ce6i8l0i2d4h6b8a0n2d4r6e8@google.com"
    ev1 = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/London:20260107T193000",
        "DTEND;TZID=Europe/London:20260107T220000",
        "RRULE:FREQ=WEEKLY;BYDAY=WE",
        "DTSTAMP:20260102T120000Z",
        org("mairi.ceilidh@gmail.com", "Mairi Sutherland"),
        "UID:" + uid,
        att(ME_GMAIL, "Ewan MacLeod", partstat="ACCEPTED"),
        att("calum.fiddle@gmail.com", "Calum Macrae"),
        "DESCRIPTION:Weekly practice. New set: Strip the Willow\\, Dashing White Sergeant\\, Gay Gordons.",
        "LOCATION:Church hall\\, Warrender Park Rd",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Ceilidh band rehearsal 🎻",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    ev2 = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/London:20260211T200000",
        "DTEND;TZID=Europe/London:20260211T223000",
        "DTSTAMP:20260205T090000Z",
        org("mairi.ceilidh@gmail.com", "Mairi Sutherland"),
        "UID:" + uid,
        "RECURRENCE-ID;TZID=Europe/London:20260211T193000",
        att(ME_GMAIL, "Ewan MacLeod", partstat="ACCEPTED"),
        "DESCRIPTION:Hall booked – at Calum's flat this week\\, 8pm.",
        "LOCATION:Calum's\\, 14/3 Spottiswoode St",
        "SEQUENCE:1",
        "STATUS:CONFIRMED",
        "SUMMARY:Ceilidh band rehearsal 🎻 (at Calum's)",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    ics = cal(ev1 + ev2, prodid=PRODID_GOOGLE, tz=(TZ_LONDON,))
    return Ev("google-ceilidh-recurring", ics, uid, 0, trap="personal-ceilidh-recurring-override")


def _visa() -> Ev:
    uid = "A0B1C2D3-E4F5-4A6B-8C7D-9E0F1A2B3C4D"
    ics = _apple(uid, "US visa interview (J-1) – Embassy London", "20260303T083000", "20260303T100000",
                 "DS-2019 + DS-160 confirmation + SEVIS receipt + passport. No bags/phones – leave at hotel. "
                 "For the Woods Hole visiting fellowship.", stamp="20260215T200000Z",
                 location="US Embassy, 33 Nine Elms Lane, London")
    return Ev("ios-visa-interview", ics, uid, 0, trap="visa-interview")


def _bank() -> Ev:
    uid = "lbs-appt-20260207-33418@lothianbs.co.uk"
    desc = (
        "Your mortgage appointment is confirmed.\n\nAdviser: Graham Innes\nType: Remortgage review (60 min)\n"
        "Please bring: payslips for the last 3 months, photo ID, your current mortgage statement.\n\n"
        "Lothian Building Society, 88 Morningside Road"
    )
    ics = _ev(uid, "Mortgage appointment – Lothian Building Society", "DTSTART;TZID=Europe/London:20260207T103000",
              "DTEND;TZID=Europe/London:20260207T113000", desc,
              "ORGANIZER;CN=Lothian Building Society:mailto:appointments@lothianbs.co.uk",
              [att(ME_GMAIL, "Ewan MacLeod")],
              prodid="-//Lothian Building Society//Appointments//EN", stamp="20260130T120000Z",
              location="88 Morningside Road, Edinburgh", method="PUBLISH")
    return Ev("bank-appointment", ics, uid, 0, trap="personal-bank")


def _nursery() -> Ev:
    uid = "B1C2D3E4-F5A6-4B7C-9D8E-0F1A2B3C4D5E"
    ics = _apple(uid, "Isla – nursery parents' meeting", "20260218T171500", "20260218T173000",
                 "with Mrs Duncan (Puffins room). ask about transition to P1 + Gaelic-medium option",
                 stamp="20260209T210000Z", location="Bruntsfield Nursery")
    return Ev("ios-nursery", ics, uid, 0, trap="personal-school")


def _gaelic_class() -> Ev:
    uid = "C2D3E4F5-A6B7-4C8D-9E0F-1A2B3C4D5E6F"
    ics = _apple(uid, "Clas Gàidhlig – Leasan 14", "20260114T183000", "20260114T200000",
                 "Ìre 3. Obair-dachaigh: litir gu caraid.", stamp="20260108T180000Z",
                 location="Taigh na Gàidhlig, Edinburgh", extra=("RRULE:FREQ=WEEKLY;COUNT=10",))
    return Ev("ios-gaelic-class", ics, uid, 0, trap="personal-class-gd")


def events() -> list[Ev]:
    return [
        _seminar(), _study_participant(), _fieldwork(), _viva(), _student_news(), _appraisal(), _exit(),
        _lab_meeting(), _gp(), _dentist(), _ceilidh(), _visa(), _bank(), _nursery(), _gaelic_class(),
    ]
