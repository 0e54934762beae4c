"""holdout77: the user's own interviews for deputy-principal and assistant-principal posts in Irish schools."""

from __future__ import annotations

from holdout77ev_ics import ME, OLK, ZOOM_EN, esc, item, lab, vcal

STAMP = "DTSTAMP:20250428T091512Z"


def ardscoil_round1() -> dict[str, object]:
    uid = OLK + "B0F3C2A1E9A4DB01000000000000000010000000D2C7A1F0E54B3A4C9E8D6B1A2F3C4D5E"
    desc = esc("""Dear Siobhán,

Further to your application for the post of Deputy Principal in Ardscoil Mhuire, the Board of Management is \
pleased to invite you to interview on Thursday 8th May at 4.30pm in the school.

The interview board will comprise Ms Gráinne Fahy (Principal), Mr Tom Whelan (Chairperson, Board of Management) \
and Dr Úna Breathnach (independent assessor). The interview will last approximately 40 minutes.

Please bring with you photographic ID, your Teaching Council registration number and the originals of your \
qualifications. Please report to reception on arrival; parking is available in the visitors' car park.

Kindly accept this invitation to confirm your attendance.

Kind regards,
Deirdre Nolan
School Secretary
Ardscoil Mhuire, Ballinteer Road, Dublin 16
01 298 4410""")
    body = f"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250428T091433Z
DESCRIPTION:{desc}
DTEND;TZID="GMT Standard Time":20250508T171000
DTSTART;TZID="GMT Standard Time":20250508T163000
{STAMP}
LAST-MODIFIED:20250428T091433Z
LOCATION:{esc("Boardroom, Ardscoil Mhuire, Ballinteer Road, Dublin 16")}
ORGANIZER;CN="Deirdre Nolan":mailto:office@ardscoilmhuireb.ie
ATTENDEE;CN="siobhan.kelly.maths@eircom.net";RSVP=TRUE:mailto:{ME}
ATTENDEE;CN="Gráinne Fahy";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:gfahy@ardscoilmhuireb.ie
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ie:Interview – Deputy Principal post – Ms S. Kelly
TRANSP:OPAQUE
UID:{uid}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT"""
    return item(
        "outlook-school-board",
        lab(uid, 1, "Ardscoil Mhuire Ballinteer", "Deputy Principal", "",
            "gfahy@ardscoilmhuireb.ie;Tom Whelan;Úna Breathnach", "outlook-wintz-school-secretary-board"),
        vcal(body, "outlook", tzs=("GMT Standard Time",)),
        forms="Ardscoil Mhuire",
    )


def ardscoil_round2() -> dict[str, object]:
    uid = OLK + "F1A8D3C45BC8DB0100000000000000001000000077A0E3B19C2D4F6E8A1B3C5D7E9F0A12"
    desc = esc("""Siobhán,

Apologies for the change – one of the board members has a clash on Thursday, so we have moved your second \
interview from Thursday 22nd May to Monday 26th May at 5.15pm. Everything else stays the same.

This is the final stage of the process. The board will be myself, Tom Whelan (Chairperson) and Dr Úna \
Breathnach (independent assessor). You will be asked to speak for 5 minutes on "Leading a culture of \
inclusion at Ardscoil Mhuire"; no slides needed.

Many thanks,
Gráinne

Gráinne Fahy
Principal, Ardscoil Mhuire""")
    alt = esc("""<html><body><p>Siobhán,</p><p>Apologies for the change – we have moved your <b>second interview</b> \
to <b>Monday 26th May at 5.15pm</b>.</p><p>This is the final stage of the process.</p><p>Gráinne</p></body></html>""")
    tz = "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Fahy, Gráinne":mailto:gfahy@ardscoilmhuireb.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=siobhan.kelly.maths@eircom.net:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tom Whelan:mailto:tomwhelan.bom@gmail.com
DESCRIPTION;LANGUAGE=en-IE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:Second interview – Deputy Principal (NEW TIME)
DTSTART;TZID="{tz}":20250526T171500
DTEND;TZID="{tz}":20250526T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250519T120344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-IE:Principal's Office
X-ALT-DESC;FMTTYPE=text/html:{alt}
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:-1183542210
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT"""
    return item(
        "outlook-rescheduled-final",
        lab(uid, 1, "Ardscoil Mhuire Ballinteer", "Deputy Principal", "final",
            "gfahy@ardscoilmhuireb.ie;tomwhelan.bom@gmail.com;Úna Breathnach", "outlook-utc-zone-rescheduled"),
        vcal(body, "exchange", tzs=(tz,)),
    )


def gaelcholaiste() -> dict[str, object]:
    uid = "5k2q9v7m1r3t8b6n0c4x2z1a9s@google.com"
    desc = esc("""A Shiobhán, a chara,

Go raibh maith agat as iarratas a dhéanamh ar an bpost Leas-Phríomhoide i nGaelcholáiste Cnoc na Gréine. Tá \
áthas orainn cuireadh a thabhairt duit chuig agallamh ar an gCéadaoin, 14 Bealtaine, ag 11.00 r.n. sa \
choláiste.

Beidh an bord agallaimh comhdhéanta de Chathaoirleach an Bhoird Bainistíochta (Máire Ní Dhonnchadha), mise \
mar Phríomhoide agus measúnóir neamhspleách. Beidh an t-agallamh trí Ghaeilge.

Tabhair leat, le do thoil, cruthúnas aitheantais agus d'uimhir chláraithe ón gComhairle Mhúinteoireachta.

Le dea-mhéin,
Caoimhín Mac Giolla Phádraig
Príomhoide

-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
Ná cuir an líne seo in eagar.
Cuireadh ó Google Calendar: https://calendar.google.com/calendar/
-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-""")
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250514T110000
DTEND;TZID=Europe/Dublin:20250514T114500
DTSTAMP:20250430T143012Z
ORGANIZER;CN=Caoimhín Mac Giolla Phádraig:mailto:priomhoide@gcnocnagreine.ie
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Caoimhín Mac Giolla Phádraig;X-NUM-GUESTS=0:mailto:priomhoide@gcnocnagreine.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=siobhan.kelly.maths@eircom.net;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Máire Ní Dhonnchadha;X-NUM-GUESTS=0:mailto:cathaoirleach@gcnocnagreine.ie
CREATED:20250430T143012Z
DESCRIPTION:{desc}
LAST-MODIFIED:20250430T143012Z
LOCATION:{esc("Gaelcholáiste Cnoc na Gréine, Bóthar an Chnoic, Bré, Co. Chill Mhantáin")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Agallamh: post Leas-Phríomhoide – Siobhán Kelly
TRANSP:OPAQUE
END:VEVENT"""
    return item(
        "google-ga-board",
        lab(uid, 1, "Gaelcholáiste Cnoc na Gréine", "Leas-Phríomhoide", "",
            "priomhoide@gcnocnagreine.ie;cathaoirleach@gcnocnagreine.ie", "google-ga-school-board"),
        vcal(body, "google", tzs=("Europe/Dublin",), head=("X-WR-TIMEZONE:Europe/Dublin",)),
        forms="Gaelcholáiste Chnoc na Gréine",
    )


def scoil_ide() -> dict[str, object]:
    uid = "8E3C1F2A-5B7D-4E9A-A1C3-6F2D8B0E4C71"
    notes = esc("""Board = Mr Cusack (principal), Ms Farrell (DP) + BOM chair
Bring portfolio + T&L plan. Qs likely on SSE, digital strategy, literacy/numeracy
Park at back – staff car park full til 4""")
    loc = esc("Scoil Íde Secondary School\nStrand Road, Portmarnock")
    body = f"""BEGIN:VEVENT
CREATED:20250318T201544Z
DTEND:20250402T163000
DTSTAMP:20250318T201612Z
DTSTART:20250402T154500
LAST-MODIFIED:20250318T201612Z
LOCATION:{loc}
DESCRIPTION:{notes}
SEQUENCE:0
SUMMARY:Scoil Íde AP1 interview 🤞
TRANSP:OPAQUE
UID:{uid}
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:0B1C2D3E-4F50-6172-8394-A5B6C7D8E9F0
X-WR-ALARMUID:0B1C2D3E-4F50-6172-8394-A5B6C7D8E9F0
END:VALARM
END:VEVENT"""
    return item(
        "apple-handtyped-floating",
        lab(uid, 1, "Scoil Íde Secondary School", "AP1", "", "Mr Cusack;Ms Farrell", "apple-handtyped-floating-ap1"),
        vcal(body, "apple", method=None),
        forms="Scoil Íde|Scoil Íde Portmarnock",
    )


def swords_hill_board() -> dict[str, object]:
    uid = "0nq4f3a8l2c9p7e1t5w6j0r8k3@google.com"
    desc = esc("""Hi Siobhán,

Thanks for your application for Deputy Principal at Swords Hill Educate Together Secondary School. We'd like \
to invite you to a first interview, which will take place online.

The board: Niall Garvey (Principal), Patience Osei (Chairperson, Board of Management) and Frank Mulhall \
(Educate Together nominee). Please allow 50 minutes.

Niall

""" + MEET_CODE)
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250515T140000
DTEND;TZID=Europe/Dublin:20250515T145000
DTSTAMP:20250502T101122Z
ORGANIZER;CN=Niall Garvey:mailto:ngarvey@swordshillets.ie
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Niall Garvey
 ;X-NUM-GUESTS=0:mailto:ngarvey@swordshillets.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Patience Osei
 ;X-NUM-GUESTS=0:mailto:posei.bom@swordshillets.ie
X-GOOGLE-CONFERENCE:https://meet.google.com/wqa-hzpe-dmc
CREATED:20250502T101122Z
DESCRIPTION:{desc}
LAST-MODIFIED:20250502T101122Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Deputy Principal (Siobhán Kelly)
TRANSP:OPAQUE
END:VEVENT"""
    return item(
        "google-meet-school",
        lab(uid, 1, "Swords Hill Educate Together Secondary School", "Deputy Principal", "",
            "ngarvey@swordshillets.ie;posei.bom@swordshillets.ie;Frank Mulhall", "google-meet-school-board"),
        vcal(body, "google", tzs=("Europe/Dublin",)),
        forms="Swords Hill ETSS|Swords Hill Educate Together|Swords Hill Educate Together SS",
    )


MEET_CODE = """-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
Join with Google Meet: https://meet.google.com/wqa-hzpe-dmc
Or dial: (IE) +353 1 437 0276 PIN: 418 552 093#
More phone numbers: https://tel.meet/wqa-hzpe-dmc?pin=3150411887612

Learn more about Meet at: https://support.google.com/a/users/answer/9282720
-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"""


def swords_hill_task() -> dict[str, object]:
    uid = "7hb2m5x0qv1s4e8n9d3k6g2c1p@google.com"
    desc = esc("""Hi Siobhán,

Congratulations on progressing to stage 2. On the day you will complete a 30-minute in-tray exercise, \
followed by a 10-minute presentation on your five-year vision for teaching and learning at Swords Hill, and \
questions from Patience and myself.

Maria at reception will bring you to the staff room; she will also collect your in-tray answers.

Niall""")
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250523T093000
DTEND;TZID=Europe/Dublin:20250523T110000
DTSTAMP:20250519T154003Z
ORGANIZER;CN=Niall Garvey:mailto:ngarvey@swordshillets.ie
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Niall Garvey:mailto:ngarvey@swordshillets.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Patience Osei:mailto:posei.bom@swordshillets.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maria Lynch:mailto:office@swordshillets.ie
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Staff Room (Room 2):mailto:c_188d7k2
 q3nq0s4hhj5h8vd3h0r7g@resource.calendar.google.com
CREATED:20250519T154003Z
DESCRIPTION:{desc}
LOCATION:{esc("Swords Hill ETSS, Applewood Avenue, Swords, Co. Dublin, Staff Room (Room 2)")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Deputy Principal – stage 2: in-tray exercise + presentation (S. Kelly)
TRANSP:OPAQUE
END:VEVENT"""
    return item(
        "google-intray-room",
        lab(uid, 1, "Swords Hill Educate Together Secondary School", "Deputy Principal", "technical",
            "ngarvey@swordshillets.ie;posei.bom@swordshillets.ie", "google-in-tray-room-coordinator"),
        vcal(body, "google", tzs=("Europe/Dublin",), head=("X-WR-TIMEZONE:Europe/Dublin",)),
    )


def mount_carmel() -> dict[str, object]:
    uid = "b6e1f0c2-9a4d-4c3e-8f71-2d5a0e9c6b13"
    zoom = ZOOM_EN.format(url="https://us06web.zoom.us/j/84312906577?pwd=Qm9zT1lZcWxTa0hHVnRvZz09",
                          mid="843 1290 6577", pw="Carmel25", digits="84312906577")
    desc = esc(f"""Interview for the post of Deputy Principal, Mount Carmel College, Kinsale.

Interview board: Mr Dónal Ó Riordáin (Principal), Ms Helen Barry (Chairperson, Board of Management) and \
Mr Gerard Kiely (Trustee nominee).

The interview will be conducted on Zoom. Please join five minutes early; Ms Sheehan (school secretary) will \
admit you from the waiting room.

{zoom}""")
    body = f"""BEGIN:VEVENT
CREATED:20250509T112233Z
LAST-MODIFIED:20250509T112512Z
DTSTAMP:20250509T112512Z
UID:{uid}
SUMMARY:Interview - Deputy Principal - Siobhán Kelly
ORGANIZER;CN=Mount Carmel College Office:mailto:secretary@mountcarmelkinsale.ie
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:{ME}
ATTENDEE;RSVP=TRUE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Dónal Ó Riordáin:mailto:d.oriordain@mountcarmelkinsale.ie
DTSTART;TZID=Europe/Dublin:20250521T160000
DTEND;TZID=Europe/Dublin:20250521T164500
DESCRIPTION:{desc}
LOCATION:https://us06web.zoom.us/j/84312906577
SEQUENCE:0
X-MOZ-GENERATION:2
X-MOZ-SEND-INVITATIONS:TRUE
X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE
END:VEVENT"""
    return item(
        "thunderbird-zoom-school",
        lab(uid, 1, "Mount Carmel College Kinsale", "Deputy Principal", "",
            "d.oriordain@mountcarmelkinsale.ie;Helen Barry;Gerard Kiely", "thunderbird-zoom-school-board"),
        vcal(body, "thunderbird", tzs=("Europe/Dublin",)),
        forms="Mount Carmel College|Mount Carmel Kinsale",
    )


def feichin_cancelled() -> dict[str, object]:
    uid = OLK + "3C1D9E2F7ACBDB0100000000000000001000000091B4C6D8E0F21A3B5C7D9E1F2A4B6C8D"
    desc = esc("""The interview scheduled for Tuesday 3rd June has been cancelled, as the Board of Management has \
decided to re-advertise the post of Deputy Principal. We apologise for any inconvenience and will be in touch about \
the new timeline.

Peadar Ó Cuinn
Príomhoide / Principal
Coláiste Naomh Feichín, Ceanannas""")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Ó Cuinn, Peadar":mailto:poc@cnfkells.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE;CN=siobhan.kelly.maths@eircom.net:mailto:{ME}
DESCRIPTION;LANGUAGE=en-IE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:Canceled: Interview – Deputy Principal (Ms Kelly)
DTSTART;TZID=GMT Standard Time:20250603T150000
DTEND;TZID=GMT Standard Time:20250603T154500
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250527T083355Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-IE:Room 4\\, Admin Corridor
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT"""
    return item(
        "outlook-cancel",
        lab(uid, 1, "Coláiste Naomh Feichín", "Deputy Principal", "", "poc@cnfkells.ie",
            "cancelled-method-cancel-school"),
        vcal(body, "exchange", method="CANCEL", tzs=("GMT Standard Time",)),
        forms="Coláiste Feichín",
    )


def events() -> list[dict[str, object]]:
    return [
        ardscoil_round1(),
        ardscoil_round2(),
        gaelcholaiste(),
        scoil_ide(),
        swords_hill_board(),
        swords_hill_task(),
        mount_carmel(),
        feichin_cancelled(),
    ]
