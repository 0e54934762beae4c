# ruff: noqa: E501
"""Client-shaped raw iCalendar builders for the holdout248 split (see make_event_corpus_holdout248.py)."""
from holdout248ev_zones import GFOOT_EN, GFOOT_ES, ME_PRIV, MEET, esc, fold, gatt

_N = [0]


def _stamp():
    _N[0] += 1
    return f"202502{1 + _N[0] % 27:02d}T{8 + _N[0] % 11:02d}{(_N[0] * 7) % 60:02d}{(_N[0] * 13) % 60:02d}Z"


def wrap(prodid, body, method=None, tz="", head=""):
    """VCALENDAR around hand-written VEVENT text (body ends with newline)."""
    m = f"METHOD:{method}\n" if method else ""
    return fold(f"BEGIN:VCALENDAR\nPRODID:{prodid}\nVERSION:2.0\n{head}{m}{tz}{body}END:VCALENDAR\n")


def _dt(name, v, tzid):
    if v is None:
        return ""
    if len(v) == 8:
        return f"{name};VALUE=DATE:{v}\n"
    if tzid:
        return f"{name};TZID={tzid}:{v}\n"
    return f"{name}:{v}\n"


def outlook(uid, summary, start, end, desc, org, atts=(), loc="", tzid="W. Europe Standard Time", vtz="",
            method="REQUEST", seq=0, status="CONFIRMED", lang="es-ES", sent_by=None, altdesc=True,
            prodid="Microsoft Exchange Server 2010", extra="", busy="TENTATIVE", alarm=15):
    o_cn, o_mail = org
    cn = f'"{o_cn}"' if "," in o_cn else o_cn
    sb = f';SENT-BY="mailto:{sent_by}"' if sent_by else ""
    L = "" if not lang else f";LANGUAGE={lang}"
    a = "".join(x + "\n" for x in atts)
    html = ""
    if altdesc:
        body = esc(desc).replace("\\n", "<br>")
        html = ('X-ALT-DESC;FMTTYPE=text/html:<html><head><meta http-equiv="Content-Type" content="text/html; '
                'charset=utf-8"></head><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">'
                f"{body}</div></body></html>\n")
    al = ""
    if alarm:
        al = (f"BEGIN:VALARM\nDESCRIPTION:REMINDER\nTRIGGER;RELATED=START:-PT{alarm}M\nACTION:DISPLAY\n"
              "END:VALARM\n")
    st = f"STATUS:{status}\n" if status else ""
    body = (f"BEGIN:VEVENT\nORGANIZER;CN={cn}{sb}:mailto:{o_mail}\n{a}"
            f"DESCRIPTION{L}:{esc(desc)}\nUID:{uid}\nSUMMARY{L}:{esc(summary)}\n"
            f"{_dt('DTSTART', start, tzid)}{_dt('DTEND', end, tzid)}CLASS:PUBLIC\nPRIORITY:5\n"
            f"DTSTAMP:{_stamp()}\nTRANSP:OPAQUE\n{st}SEQUENCE:{seq}\n"
            f"LOCATION{L}:{esc(loc)}\nX-MICROSOFT-CDO-APPT-SEQUENCE:{seq}\n"
            f"X-MICROSOFT-CDO-OWNERAPPTID:-{1000000 + _N[0] * 7919}\n"
            f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}\nX-MICROSOFT-CDO-INTENDEDSTATUS:BUSY\n"
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE\nX-MICROSOFT-CDO-IMPORTANCE:1\nX-MICROSOFT-CDO-INSTTYPE:0\n"
            f"{extra}{html}X-MICROSOFT-DONOTFORWARDMEETING:FALSE\nX-MICROSOFT-DISALLOW-COUNTER:FALSE\n"
            f"X-MICROSOFT-LOCATIONS:[]\n{al}END:VEVENT\n")
    return wrap(prodid, body, method, vtz)


def google(uid, summary, start, end, desc, org, atts=(), loc="", lang="en", meet=None, method="REQUEST",
           seq=0, status="CONFIRMED", extra="", tz="", tzid=None, me=ME_PRIV, me_cn=None):
    """Google Calendar invitation (times in UTC unless tzid)."""
    o_cn, o_mail = org
    d = desc
    if meet:
        code, pin = meet
        d = d + "\n\n" + MEET.format(code=code, pin=pin, pin4=pin[:4])
    d = esc(d + (GFOOT_EN if lang == "en" else GFOOT_ES))
    a = gatt(o_cn, o_mail, partstat="ACCEPTED") + "\n"
    a += "".join(x + "\n" for x in atts)
    a += gatt(me_cn or me, me) + "\n"
    conf = ""
    if meet:
        conf = f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet[0]}\n"
    body = (f"BEGIN:VEVENT\n{_dt('DTSTART', start, tzid)}{_dt('DTEND', end, tzid)}DTSTAMP:{_stamp()}\n"
            f"ORGANIZER;CN={o_cn}:mailto:{o_mail}\nUID:{uid}\n{a}{conf}{extra}CREATED:{_stamp()}\n"
            f"DESCRIPTION:{d}\nLAST-MODIFIED:{_stamp()}\nLOCATION:{esc(loc)}\nSEQUENCE:{seq}\n"
            f"STATUS:{status}\nSUMMARY:{esc(summary)}\nTRANSP:OPAQUE\n"
            "BEGIN:VALARM\nACTION:DISPLAY\nDESCRIPTION:This is an event reminder\nTRIGGER:-P0DT0H10M0S\n"
            "END:VALARM\nEND:VEVENT\n")
    return wrap("-//Google Inc//Google Calendar 70.9054//EN", body, method, tz, "CALSCALE:GREGORIAN\n")


def gexport(uid, summary, start, end, desc="", loc="", calname=ME_PRIV, tzid="Europe/Madrid", tz="",
            extra="", status="CONFIRMED", seq=0):
    """An event as it appears in a Google Calendar export (PUBLISH, X-WR-*)."""
    head = (f"CALSCALE:GREGORIAN\nMETHOD:PUBLISH\nX-WR-CALNAME:{calname}\nX-WR-TIMEZONE:Europe/Madrid\n")
    body = (f"BEGIN:VEVENT\n{_dt('DTSTART', start, tzid)}{_dt('DTEND', end, tzid)}DTSTAMP:{_stamp()}\n"
            f"UID:{uid}\n{extra}CREATED:{_stamp()}\nDESCRIPTION:{esc(desc)}\nLAST-MODIFIED:{_stamp()}\n"
            f"LOCATION:{esc(loc)}\nSEQUENCE:{seq}\nSTATUS:{status}\nSUMMARY:{esc(summary)}\nTRANSP:OPAQUE\n"
            "END:VEVENT\n")
    return wrap("-//Google Inc//Google Calendar 70.9054//EN", body, None, tz, head)


def apple(uid, summary, start, end=None, desc="", loc="", tzid=None, tz="", alarm="-PT30M", extra="",
          ios="iPhone OS 18.3.1", url=""):
    """Hand-typed on iPhone/Mac: floating or local times, no attendees, alarm."""
    d = f"DESCRIPTION:{esc(desc)}\n" if desc else ""
    lo = f"LOCATION:{esc(loc)}\n" if loc else ""
    u = f"URL;VALUE=URI:{url}\n" if url else ""
    al = ""
    if alarm:
        al = (f"BEGIN:VALARM\nX-WR-ALARMUID:{uid[:8]}-A1\nUID:{uid[:8]}-A1\nTRIGGER:{alarm}\n"
              "ACTION:DISPLAY\nDESCRIPTION:Recordatorio\nEND:VALARM\n")
    body = (f"BEGIN:VEVENT\nCREATED:{_stamp()}\nUID:{uid}\n{_dt('DTEND', end, tzid)}{extra}"
            f"TRANSP:OPAQUE\nX-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC\nSUMMARY:{esc(summary)}\n"
            f"LAST-MODIFIED:{_stamp()}\nDTSTAMP:{_stamp()}\n{_dt('DTSTART', start, tzid)}{lo}{d}{u}"
            f"SEQUENCE:0\n{al}END:VEVENT\n")
    return wrap(f"-//Apple Inc.//{ios}//EN", body, None, tz, "CALSCALE:GREGORIAN\n")


def tbird(uid, summary, start, end, desc="", loc="", tzid="Europe/Madrid", tz="", alarm="-PT15M", extra="",
          cats=""):
    """Thunderbird/Lightning export."""
    d = f"DESCRIPTION:{esc(desc)}\n" if desc else ""
    lo = f"LOCATION:{esc(loc)}\n" if loc else ""
    c = f"CATEGORIES:{cats}\n" if cats else ""
    al = ""
    if alarm:
        al = f"BEGIN:VALARM\nACTION:DISPLAY\nTRIGGER;VALUE=DURATION:{alarm}\nDESCRIPTION:Default Mozilla Description\nEND:VALARM\n"
    body = (f"BEGIN:VEVENT\nCREATED:{_stamp()}\nLAST-MODIFIED:{_stamp()}\nDTSTAMP:{_stamp()}\nUID:{uid}\n"
            f"SUMMARY:{esc(summary)}\n{c}{_dt('DTSTART', start, tzid)}{_dt('DTEND', end, tzid)}"
            f"TRANSP:OPAQUE\nX-MOZ-GENERATION:{1 + _N[0] % 4}\n{extra}{lo}{d}{al}END:VEVENT\n")
    return wrap("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", body, None, tz)


def E(kind, uid, ics, iv, company="", role="", stage="", interviewers="", trap="", **kw):
    d = dict(kind=kind, uid=uid, ics=ics, is_interview=iv, company=company, role=role, stage=stage,
             interviewers=interviewers, trap=trap, hiring=trap.startswith("user-as-interviewer-"))
    d.update(kw)
    return d
