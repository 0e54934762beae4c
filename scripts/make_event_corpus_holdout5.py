#!/usr/bin/env python3
"""Write the blind holdout5 event corpus: raw .ics files `holdout5-NNN-<kind>.ics` and their labels.csv rows.

Usage: cd scripts && ../.venv/bin/python make_event_corpus_holdout5.py --out ../tests/corpus/events
Written by a fifth author who never read the classifier, its tests or the other corpus generators; every file
is hand-shaped iCalendar text in the form its producer emits. Deterministic; replaces only the holdout5 rows.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from icalendar import Calendar

SPLIT = "holdout5"
ME_G = "jordan.lee@gmail.com"
ME_W = "jordan@northwind-labs.com"
STAMP = "20261119T083000Z"
FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
UI = "user as interviewer"


@dataclass(frozen=True)
class Label:
    """The truth for one UID in a file (a series and its overrides share one label)."""

    is_interview: bool
    company: str = ""
    role: str = ""
    stage: str = ""
    people: tuple[str, ...] = ()
    trap: str = ""


def pos(company: str, role: str, stage: str, *people: str, trap: str = "") -> Label:
    """Given the expected extraction, returns the label of one of the user's own interviews."""
    return Label(True, company, role, stage, people, trap)


def neg(trap: str) -> Label:
    """Given the kind of trap, returns the label of an event that is not the user's interview."""
    return Label(False, trap=trap)


@dataclass(frozen=True)
class Case:
    kind: str
    lang: str
    text: str
    labels: tuple[Label, ...]


CASES: list[Case] = []


def case(kind: str, lang: str, text: str, *labels: Label) -> None:
    """Given a file kind, its language, the calendar text and one label per distinct UID, records the case."""
    # Outlook tags its text with the sender's language; same length, so the folding stays valid.
    text = text.replace(";LANGUAGE=en-US:", f";LANGUAGE={_LANG_TAGS[lang]}:")
    CASES.append(Case(kind, lang, text, labels))


_LANG_TAGS = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}


@dataclass(frozen=True)
class W:
    """A person, room or resource on an invitation."""

    email: str
    cn: str | None = None
    role: str = "REQ-PARTICIPANT"
    ps: str = "NEEDS-ACTION"
    cutype: str | None = None


def me(ps: str = "NEEDS-ACTION", work: bool = False) -> W:
    """Given a participation status, returns the user as an attendee (private address unless work)."""
    return W(ME_W if work else ME_G, "Jordan Lee", ps=ps)


def room(email: str, cn: str) -> W:
    """Given a room mailbox and its name, returns it as a ROOM attendee."""
    return W(email, cn, role="NON-PARTICIPANT", ps="ACCEPTED", cutype="ROOM")


# --- text encoding ------------------------------------------------------------------------------------------


def esc(text: str) -> str:
    """Given plain text, returns it escaped as an iCalendar TEXT value."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def pval(value: str, always: bool = False) -> str:
    """Given a parameter value, returns it quoted when it needs (or always wants) quotes."""
    return f'"{value}"' if always or any(c in value for c in ':;,') else value


def fold(line: str, sep: str = " ") -> str:
    """Given one content line, returns it folded at 75 octets without splitting a UTF-8 character."""
    parts: list[str] = []
    cur = ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 75:
            parts.append(cur)
            cur = sep
        cur += ch
    parts.append(cur)
    return "\r\n".join(parts)


def person(prop: str, w: W, style: str, sent_by: str | None = None) -> str:
    """Given ORGANIZER or ATTENDEE, a participant and a producer style, returns the content line."""
    name = w.cn or w.email
    params: list[str] = []
    if style == "g":
        if prop == "ATTENDEE":
            params += [f"CUTYPE={w.cutype or 'INDIVIDUAL'}", f"ROLE={w.role}", f"PARTSTAT={w.ps}"]
            if w.ps == "NEEDS-ACTION":
                params.append("RSVP=TRUE")
            params += [f"CN={pval(name)}", "X-NUM-GUESTS=0"]
        else:
            params.append(f"CN={pval(name)}")
    elif style == "o":
        params.append(f"CN={pval(name)}")
        if prop == "ATTENDEE":
            params += [f"ROLE={w.role}", f"PARTSTAT={w.ps}", "RSVP=TRUE"]
            if w.cutype:
                params.append(f"CUTYPE={w.cutype}")
    elif style == "a":
        params.append(f"CN={pval(name, always=True)}")
        if prop == "ATTENDEE":
            params += [f"CUTYPE={w.cutype or 'INDIVIDUAL'}", f"EMAIL={pval(w.email, always=True)}",
                       f"PARTSTAT={w.ps}", f"ROLE={w.role}"]
    else:
        if prop == "ATTENDEE":
            params += [f"ROLE={w.role}", f"PARTSTAT={w.ps}"]
            if w.cutype:
                params.append(f"CUTYPE={w.cutype}")
        if w.cn:
            params.append(f"CN={pval(w.cn)}")
    if sent_by:
        params.append(f'SENT-BY="mailto:{sent_by}"')
    head = prop + (";" + ";".join(params) if params else "")
    return f"{head}:mailto:{w.email}"


def dt(name: str, value: str, tz: str) -> str:
    """Given a property name, a compact date(-time) and a zone style, returns the content line."""
    if tz == "date":
        return f"{name};VALUE=DATE:{value}"
    if tz == "Z":
        return f"{name}:{value}Z"
    if tz == "float":
        return f"{name}:{value}"
    return f"{name};TZID={pval(tz)}:{value}"


def html(text: str) -> str:
    """Given a plain description, returns the HTML body Outlook puts in X-ALT-DESC."""
    body = "<br>".join(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split("\n"))
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n<HEAD>\n<META NAME="Generator" '
            'CONTENT="MS Exchange Server version 16.0.17928.20114">\n<TITLE></TITLE>\n</HEAD>\n<BODY>\n'
            f'<P><FONT FACE="Calibri">{body}</FONT></P>\n</BODY>\n</HTML>')


def vevent(uid: str, summary: str, start: str, end: str | None = None, *, tz: str = "Z",
           org: W | None = None, att: tuple[W, ...] = (), desc: str = "", loc: str = "", style: str = "p",
           status: str | None = "CONFIRMED", seq: int = 0, rrule: str | None = None,
           rid: str | None = None, extra: tuple[str, ...] = (), sent_by: str | None = None,
           alarm: bool = False, meet: str | None = None, stamp: str = STAMP) -> list[str]:
    """Given the fields of one event and a producer style (g, o, a, p), returns its VEVENT content lines."""
    when = [dt("DTSTART", start, tz)] + ([dt("DTEND", end, tz)] if end else [])
    people = ([person("ORGANIZER", org, style, sent_by)] if org else []) + [person("ATTENDEE", w, style) for w in att]
    rec = ([f"RRULE:{rrule}"] if rrule else []) + ([dt("RECURRENCE-ID", rid, tz)] if rid else [])
    lines = ["BEGIN:VEVENT"]
    if style == "g":
        lines += when + rec + [f"DTSTAMP:{stamp}"] + people[:1] + [f"UID:{uid}"] + people[1:]
        if meet:
            lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
        lines += ["CREATED:20261110T091544Z", f"DESCRIPTION:{esc(desc)}", "LAST-MODIFIED:20261118T161203Z",
                  f"LOCATION:{esc(loc)}", f"SEQUENCE:{seq}"]
        lines += [f"STATUS:{status}"] if status else []
        lines += [f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    elif style == "o":
        lines += people + ([f"DESCRIPTION;LANGUAGE=en-US:{esc(desc)}"] if desc else [])
        lines += [f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{esc(summary)}", *when, *rec]
        lines += ["CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE"]
        lines += [f"STATUS:{status}"] if status else []
        lines += [f"SEQUENCE:{seq}"] + ([f"LOCATION;LANGUAGE=en-US:{esc(loc)}"] if loc else [])
        lines += [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                  "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                  f"X-MICROSOFT-CDO-ALLDAYEVENT:{'TRUE' if tz == 'date' else 'FALSE'}",
                  "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
                  "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                  "X-MS-OLK-CONFTYPE:0"]
        if desc:
            lines.append(f"X-ALT-DESC;FMTTYPE=text/html:{esc(html(desc))}")
    elif style == "a":
        lines += ["CREATED:20261112T184402Z", *when[1:], f"DTSTAMP:{stamp}", *when[:1]]
        lines += ["LAST-MODIFIED:20261112T184455Z"] + ([f"LOCATION:{esc(loc)}"] if loc else [])
        lines += [*rec, f"SEQUENCE:{seq}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", f"UID:{uid}"]
        lines += people + ([f"DESCRIPTION:{esc(desc)}"] if desc else [])
        lines += ["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"]
    else:
        lines += [f"UID:{uid}", f"DTSTAMP:{stamp}", *when, *rec, f"SUMMARY:{esc(summary)}"]
        lines += ([f"DESCRIPTION:{esc(desc)}"] if desc else []) + ([f"LOCATION:{esc(loc)}"] if loc else [])
        lines += people + ([f"STATUS:{status}"] if status else []) + [f"SEQUENCE:{seq}"]
    lines += list(extra)
    if alarm:
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER;RELATED=START:-PT15M",
                  "END:VALARM"]
    lines.append("END:VEVENT")
    return lines


_RULES = {
    # zone: (standard offset, daylight offset, std name, dst name, dst start, dst rule, std start, std rule)
    "eu": ("+0100", "+0200", "CET", "CEST", "0329T020000", "BYMONTH=3;BYDAY=-1SU", "1025T030000",
           "BYMONTH=10;BYDAY=-1SU"),
    "uk": ("+0000", "+0100", "GMT", "BST", "0329T010000", "BYMONTH=3;BYDAY=-1SU", "1025T020000",
           "BYMONTH=10;BYDAY=-1SU"),
    "est": ("-0500", "-0400", "EST", "EDT", "0308T020000", "BYMONTH=3;BYDAY=2SU", "1101T020000",
            "BYMONTH=11;BYDAY=1SU"),
    "pst": ("-0800", "-0700", "PST", "PDT", "0308T020000", "BYMONTH=3;BYDAY=2SU", "1101T020000",
            "BYMONTH=11;BYDAY=1SU"),
}


def vtz(tzid: str, rule: str, outlook: bool = False) -> list[str]:
    """Given a TZID, a rule family (eu, uk, est, pst, or a fixed offset like -0300) returns a VTIMEZONE."""
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"] + ([f"X-LIC-LOCATION:{tzid}"] if "/" in tzid else [])
    if rule not in _RULES:
        return [*lines, "BEGIN:STANDARD", f"TZOFFSETFROM:{rule}", f"TZOFFSETTO:{rule}",
                "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]
    std, dst, sname, dname, dstart, drule, sstart, srule = _RULES[rule]
    year = "1601" if outlook else "1970"
    for kind, frm, to, name, start, rr in (("DAYLIGHT", std, dst, dname, dstart, drule),
                                           ("STANDARD", dst, std, sname, sstart, srule)):
        lines += [f"BEGIN:{kind}", f"TZOFFSETFROM:{frm}", f"TZOFFSETTO:{to}"]
        lines += [] if outlook else [f"TZNAME:{name}"]
        lines += [f"DTSTART:{year}{start}", f"RRULE:FREQ=YEARLY;{rr}", f"END:{kind}"]
    return [*lines, "END:VTIMEZONE"]


PRODID = {
    "google": "-//Google Inc//Google Calendar 70.9054//EN",
    "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "exchange": "Microsoft Exchange Server 2010",
    "apple": "-//Apple Inc.//macOS 15.1//EN",
    "ios": "-//Apple Inc.//iPhone OS 18.1//EN",
    "thunderbird": "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    "proton": "-//Proton AG//ProtonCalendar 1.0.0//EN",
    "greenhouse": "-//Greenhouse Software Inc//Greenhouse Scheduler//EN",
    "lever": "-//Lever//Lever Hire Scheduling 2.0//EN",
    "ashby": "-//Ashby//Ashby Interview Scheduling//EN",
    "workday": "-//Workday Inc//Workday Recruiting//EN",
    "goodtime": "-//GoodTime//GoodTime Hire//EN",
    "modernloop": "-//ModernLoop Inc//ModernLoop//EN",
    "calendly": "-//Calendly//Calendly Scheduling//EN",
    "calcom": "-//Cal.com Inc.//Cal.com Event//EN",
    "zoom": "-//zoom.us//iCalendar Event//EN",
    "webex": "-//Cisco Webex//Webex Meetings 45.6//EN",
    "personio": "-//Personio GmbH//Personio Recruiting//DE",
    "softgarden": "-//softgarden e-recruiting GmbH//softgarden//DE",
    "wttj": "-//Welcome to the Jungle//Recruiting Calendar//FR",
    "taleez": "-//Taleez//Taleez ATS//FR",
    "teamtailor": "-//Teamtailor//Teamtailor Calendar//EN",
    "bookings": "-//Microsoft Corporation//Microsoft Bookings//EN",
    "codepair": "-//Codepair Interviewing//Scheduler 3.1//EN",
    "peerprep": "-//PeerPrep//Practice Sessions//EN",
    "eventbrite": "-//Eventbrite//Eventbrite Calendar//EN",
    "afterview": "-//afterview//afterview//EN",
}


def cal(producer: str, *events: list[str], method: str | None = "REQUEST", tzs: tuple[list[str], ...] = (),
        head: tuple[str, ...] = (), sep: str = " ") -> str:
    """Given a producer, VEVENT line lists and optional VTIMEZONEs, returns the folded calendar text."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{PRODID[producer]}", "VERSION:2.0"]
    if producer in ("google", "apple", "ios", "calendly", "calcom", "proton"):
        lines.append("CALSCALE:GREGORIAN")
    if method:
        lines.append(f"METHOD:{method}")
    if producer == "outlook":
        lines.append("X-MS-OLK-FORCEINSPECTOROPEN:TRUE")
    lines += list(head)
    for block in tzs:
        lines += block
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line, sep) for line in lines) + "\r\n"


# --- conferencing boilerplate as the tools paste it ----------------------------------------------------------

_MEET_RULE = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"


def meet(code: str, lang: str = "en") -> str:
    """Given a Meet code, returns Google Calendar's conference block."""
    if lang == "fr":
        return (f"{_MEET_RULE}\nParticiper avec Google Meet : https://meet.google.com/{code}\n"
                "Ou appeler le : (FR) +33 1 87 40 43 52 Code : 381 224 905#\n"
                f"Autres numéros de téléphone : https://tel.meet/{code}?pin=4218833902214\n\n"
                "En savoir plus sur Meet : https://support.google.com/a/users/answer/9282720\n\n"
                f"Veuillez ne pas modifier cette section.\n{_MEET_RULE}")
    return (f"{_MEET_RULE}\nJoin with Google Meet: https://meet.google.com/{code}\n"
            "Or dial: (US) +1 347-754-4612 PIN: 702 118 394#\n"
            f"More phone numbers: https://tel.meet/{code}?pin=7021183940022\n\n"
            "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
            f"Please do not edit this section.\n{_MEET_RULE}")


def zoom(mid: str, host: str = "us02web") -> str:
    """Given a Zoom meeting id, returns the invitation text Zoom pastes into the description."""
    compact = mid.replace(" ", "")
    return (f"Join Zoom Meeting\nhttps://{host}.zoom.us/j/{compact}?pwd=bXk3YzRqWkNrUWtJaEtpZz09\n\n"
            f"Meeting ID: {mid}\nPasscode: 482913\n\n---\n\nOne tap mobile\n"
            f"+16469313860,,{compact}#,,,,*482913# US\n+13017158592,,{compact}#,,,,*482913# US (Washington DC)\n\n"
            "---\n\nDial by your location\n• +1 646 931 3860 US\n• +1 301 715 8592 US (Washington DC)\n\n"
            f"Meeting ID: {mid}\nPasscode: 482913\n\nFind your local number: https://{host}.zoom.us/u/kdXq3Lw1Zt")


_TEAMS_RULE = "_" * 80


def teams(lang: str = "en") -> str:
    """Given a language, returns the Microsoft Teams block Outlook inserts."""
    url = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE4ZTk3YzMtZjA1Ni00ZDQ2LWI4NTctOTI1ZDc0Yjg2"
           "%40thread.v2/0?context=%7b%22Tid%22%3a%22c2f1e8a4%22%7d")
    if lang == "de":
        return (f"{_TEAMS_RULE}\nMicrosoft Teams-Besprechung\nÜber Ihren Computer, Ihre mobile App oder Ihr "
                f"Raumgerät teilnehmen\nHier klicken, um an der Besprechung teilzunehmen<{url}>\n"
                "Besprechungs-ID: 331 902 784 556\nKennung: qE4Tz9\nTeams herunterladen"
                "<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten\n"
                f"Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen\n{_TEAMS_RULE}")
    if lang == "fr":
        return (f"{_TEAMS_RULE}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou "
                f"appareil de salle\nCliquez ici pour participer à la réunion<{url}>\n"
                "ID de la réunion : 384 551 207 918\nCode secret : 8xPq3F\n"
                f"En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion\n{_TEAMS_RULE}")
    if lang == "es":
        return (f"{_TEAMS_RULE}\nReunión de Microsoft Teams\nÚnase a través de su ordenador, aplicación móvil o "
                f"dispositivo de sala\nHaga clic aquí para unirse a la reunión<{url}>\n"
                "Id. de reunión: 297 446 120 035\nCódigo de acceso: Mz2k7A\n"
                f"Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión\n{_TEAMS_RULE}")
    return (f"{_TEAMS_RULE}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: 245 118 903 772\nPasscode: Yh6dQ3\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web"
            f"<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms/JoinTeamsMeeting>"
            f" | Meeting options\n{_TEAMS_RULE}")


def webex(site: str, number: str) -> str:
    """Given a Webex site and meeting number, returns the Webex join block."""
    return (f"-- Do not delete or change any of the following text. --\n\nJoin meeting\n"
            f"https://{site}.webex.com/{site}/j.php?MTID=m4f1c2a9e8d7b6c5a4f3e2d1c0b9a8f7e\n\n"
            f"Meeting number (access code): {number}\nMeeting password: Xq3vPa7mZ2k\n\n"
            f"Join by phone\n+1-650-479-3208 Call-in toll number (US/Canada)\n\n"
            "Join from a video system or application\nDial "
            f"{number.replace(' ', '')}@{site}.webex.com\n\nCan't join the meeting?\n"
            "https://help.webex.com/docs/DOC-5412")


NY = vtz("America/New_York", "est")
LA = vtz("America/Los_Angeles", "pst")
TOR = vtz("America/Toronto", "est")
LON = vtz("Europe/London", "uk")
BER = vtz("Europe/Berlin", "eu")
PAR = vtz("Europe/Paris", "eu")
MAD = vtz("Europe/Madrid", "eu")
ZRH = vtz("Europe/Zurich", "eu")
VIE = vtz("Europe/Vienna", "eu")
MEX = vtz("America/Mexico_City", "-0600")
BUE = vtz("America/Argentina/Buenos_Aires", "-0300")
WEU = "W. Europe Standard Time"
ROM = "Romance Standard Time"
OUT_EU = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
OUT_ET = "(UTC-05:00) Eastern Time (US & Canada)"
OUT_PT = "(UTC-08:00) Pacific Time (US & Canada)"


def exchange_uid(tail: str) -> str:
    """Given a short tail, returns a UID in the hex shape Exchange gives meeting requests."""
    return "040000008200E00074C5B7101A82E00800000000" + tail.encode().hex().upper().ljust(48, "0")[:48]


# --- the user's own interviews: English ---------------------------------------------------------------------

case("greenhouse-recruiter-screen", "en", cal(
    "google", vevent(
        "3kq1r8vd0t6mjc2ns7hfa9e5bo@google.com", "Jordan Lee / Tidewater Analytics - Recruiter Screen",
        "20261203T140000", "20261203T143000", tz="America/New_York", style="g", meet="qwv-hpzk-rta",
        org=W("maya.okonkwo@tidewateranalytics.com", "Maya Okonkwo"),
        att=(W("maya.okonkwo@tidewateranalytics.com", "Maya Okonkwo", ps="ACCEPTED"), me()),
        desc="Hi Jordan,\n\nLooking forward to our conversation about the Senior Platform Engineer position. "
             "This is a 30 minute introductory call with Maya Okonkwo, Senior Technical Recruiter.\n\n"
             "Scheduled via Greenhouse\n\n" + meet("qwv-hpzk-rta")),
    tzs=(NY,)),
    pos("Tidewater Analytics", "Senior Platform Engineer", "recruiter_screen",
        "maya.okonkwo@tidewateranalytics.com"))

case("greenhouse-technical-two", "en", cal(
    "greenhouse", vevent(
        "greenhouse-interview-7740311-2026-12-08@cobaltline.com", "Technical Interview: Jordan Lee",
        "20261208T170000", "20261208T180000", tz="Z",
        org=W("no-reply@us.greenhouse-mail.io", "Cobaltline Recruiting"),
        att=(me(), W("arjun.mehta@cobaltline.com", "Arjun Mehta"), W("beatriz.souza@cobaltline.com", "Beatriz Souza")),
        desc="Hi Jordan,\n\nYour interview for Backend Engineer, Payments at Cobaltline is confirmed.\n\n"
             "Interviewers:\nArjun Mehta - Staff Engineer\nBeatriz Souza - Senior Engineer\n\n"
             "Format: 60 minutes of live coding in CoderPad. Please have a laptop ready.\n\n" + zoom("873 2210 4459"),
        loc="https://us02web.zoom.us/j/87322104459")),
    pos("Cobaltline", "Backend Engineer, Payments", "technical",
        "arjun.mehta@cobaltline.com", "beatriz.souza@cobaltline.com"))

case("lever-virtual-onsite", "en", cal(
    "lever", vevent(
        "lever-intv-5c1d09e2-8a44-4f7b-bc3e-2e7a90f1d6aa", "Virtual Onsite - Larkspur Health - Jordan Lee",
        "20261210T160000", "20261210T193000", tz="Z",
        org=W("coordinator@larkspurhealth.com", "Larkspur Health Talent"),
        att=(me(), W("coordinator@larkspurhealth.com", "Sophie Tran (Recruiting Coordinator)", role="NON-PARTICIPANT"),
             W("devon.hart@larkspurhealth.com", "Devon Hart"), W("keiko.ito@larkspurhealth.com", "Keiko Ito"),
             W("marcus.bell@larkspurhealth.com", "Marcus Bell"), W("ruth.adeyemi@larkspurhealth.com", "Ruth Adeyemi")),
        desc="Virtual onsite for the Staff Data Engineer role.\n\n12:00 Devon Hart - Data modelling\n"
             "13:00 Keiko Ito - Pipeline design\n14:00 Marcus Bell - Behavioral\n14:45 Ruth Adeyemi - "
             "Director of Data\n\nSophie (Recruiting Coordinator) will be on the bridge at the start to "
             "check your audio and video.\n\n" + zoom("915 4478 0031"),
        loc="Zoom")),
    pos("Larkspur Health", "Staff Data Engineer", "onsite", "devon.hart@larkspurhealth.com",
        "keiko.ito@larkspurhealth.com", "marcus.bell@larkspurhealth.com", "ruth.adeyemi@larkspurhealth.com"))

case("ashby-system-design", "en", cal(
    "ashby", vevent(
        "ashby-int-8e3f02b1-17c9-4d5a-9f60-b2c4a1e7d385", "Pinecrest Robotics: System Design Interview",
        "20261209T130000", "20261209T140000", tz="America/Los_Angeles",
        org=W("scheduling@pinecrestrobotics.com", "Pinecrest Robotics Scheduling"),
        att=(me(), W("scheduling@pinecrestrobotics.com", "Candidate Coordinator"),
             W("tomasz.nowak@pinecrestrobotics.com", "Tomasz Nowak")),
        desc="You'll meet Tomasz Nowak, Principal Engineer, for a system design conversation about the "
             "Robotics Software Engineer (Fleet) role. Bring questions!\n\nJoin: https://meet.google.com/"
             "bnx-rtqe-wpa\n\nNeed to reschedule? Reply to your coordinator.\nPowered by Ashby"),
    tzs=(LA,)),
    pos("Pinecrest Robotics", "Robotics Software Engineer (Fleet)", "technical",
        "tomasz.nowak@pinecrestrobotics.com"))

case("workday-final-panel-windows-tz", "en", cal(
    "workday", vevent(
        "WD-R-20931-INTV-55172@meridianmutual.myworkdayjobs.com",
        "Interview Scheduled: Final Panel - Senior Financial Analyst (R-20931)",
        "20261211T100000", "20261211T113000", tz="Eastern Standard Time",
        org=W("meridianmutual@myworkday.com", "Meridian Mutual Talent Acquisition"), att=(me(),),
        desc="Dear Jordan,\n\nThank you for your continued interest in Meridian Mutual. You are invited to a "
             "final panel interview for Senior Financial Analyst (R-20931).\n\nPanel:\nCarla Jimenez, VP "
             "Finance\nOwen Price, Corporate Controller\n\nLocation: Microsoft Teams (link to follow from the "
             "panel chair)\n\nThis is a system-generated message from Workday. Please do not reply.")),
    pos("Meridian Mutual", "Senior Financial Analyst", "final", "carla jimenez", "owen price"))

case("goodtime-onsite-rooms", "en", cal(
    "goodtime", vevent(
        "gt-evt-41907-stonebridge-20261214@goodtime.io", "Onsite Interview - Jordan Lee - Gameplay Engineer",
        "20261214T100000", "20261214T140000", tz="America/Los_Angeles",
        org=W("recruiting@stonebridgegames.com", "Stonebridge Games Recruiting"),
        att=(me(), W("hollis.grant@stonebridgegames.com", "Hollis Grant"),
             W("mei.chen@stonebridgegames.com", "Mei Chen"), W("obi.nwosu@stonebridgegames.com", "Obi Nwosu"),
             room("sb-hq-4f-lanternroom@stonebridgegames.com", "SB-HQ-4F-Lantern Room (8) [Display]"),
             room("sb-hq-2f-cafe@stonebridgegames.com", "SB-HQ-2F-Cafe Booth (4)")),
        desc="Welcome to Stonebridge Games! Please check in at the front desk, 88 Mission Street, 4th floor, "
             "and ask for the recruiting team.\n\nSchedule\n10:00 Hollis Grant - Gameplay programming\n"
             "11:00 Mei Chen - Engine & tools\n12:00 Lunch (Cafe Booth)\n13:00 Obi Nwosu - Design "
             "collaboration\n\nScheduled with GoodTime",
        loc="SB-HQ-4F-Lantern Room (8) [Display], 88 Mission Street, San Francisco, CA"),
    tzs=(LA,)),
    pos("Stonebridge Games", "Gameplay Engineer", "onsite", "hollis.grant@stonebridgegames.com",
        "mei.chen@stonebridgegames.com", "obi.nwosu@stonebridgegames.com"))

case("modernloop-hiring-manager", "en", cal(
    "modernloop", vevent(
        "ml-1c77e0d4b95f@verdantgrid.com", "Verdant Grid | Hiring Manager Interview | Jordan Lee",
        "20261215T153000", "20261215T163000", tz="Z",
        org=W("scheduling@verdantgrid.com", "Verdant Grid Scheduling"),
        att=(me(), W("paloma.reyes@verdantgrid.com", "Paloma Reyes")),
        desc="Role: Engineering Manager, Platform\nInterviewer: Paloma Reyes (VP Engineering, your future "
             "manager)\n\nVideo: https://verdantgrid.zoom.us/j/93318820471\n\nScheduled by ModernLoop on behalf "
             "of the Verdant Grid recruiting team.")),
    pos("Verdant Grid", "Engineering Manager, Platform", "hiring_manager", "paloma.reyes@verdantgrid.com"))

case("calendly-intro-call", "en", cal(
    "calendly", vevent(
        "7c1e8a53-96bd-4f0e-a2c1-0e5d93b7f4a2@calendly.com", "Intro Call between Renee Castillo and Jordan Lee",
        "20261202T190000", "20261202T193000", tz="Z", style="g",
        org=W("renee.castillo@halyardsec.com", "Renee Castillo"),
        att=(W("renee.castillo@halyardsec.com", "Renee Castillo", ps="ACCEPTED"), me("ACCEPTED")),
        desc="Event Name: Intro Call\n\nLocation: This is a Google Meet web conference.\n"
             "https://meet.google.com/xfd-pqbn-kzw\n\nQuestions:\n\nPlease share anything that will help prepare "
             "for our meeting.\nApplied to the Senior Security Engineer opening at Halyard Security.\n\n"
             "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/7c1e8a53-96bd\n"
             "Reschedule: https://calendly.com/reschedulings/7c1e8a53-96bd\n\nPowered by Calendly.com",
        loc="https://meet.google.com/xfd-pqbn-kzw")),
    pos("Halyard Security", "Senior Security Engineer", "recruiter_screen", "renee.castillo@halyardsec.com"))

case("calcom-technical-screen", "en", cal(
    "calcom", vevent(
        "cal-x9QmT4rLw2@cal.com", "Technical screen between Kofi Mensah and Jordan Lee",
        "20261207T160000", "20261207T164500", tz="Z",
        org=W("kofi@brambleworks.dev", "Kofi Mensah"), att=(me("ACCEPTED"),),
        desc="What: Technical screen\nInvitee time zone: Europe/London\nWho:\nKofi Mensah - Organizer\n"
             "kofi@brambleworks.dev\nJordan Lee\njordan.lee@gmail.com\nWhere: Cal Video\n"
             "https://app.cal.com/video/x9QmT4rLw2\nAdditional notes:\nFrontend Engineer application - "
             "short pairing exercise in TypeScript\n\nNeed to make a change? Cancel or reschedule: "
             "https://app.cal.com/booking/x9QmT4rLw2",
        loc="Cal Video")),
    pos("Brambleworks", "Frontend Engineer", "technical", "kofi@brambleworks.dev"))

case("zoom-direct-hiring-manager", "en", cal(
    "zoom", vevent(
        "ZOOM84411926035", "Jordan / Helix Freight - conversation with the hiring manager",
        "20261204T110000", "20261204T114500", tz="America/Chicago",
        org=W("grace.liu@helixfreight.com", "Grace Liu"), att=(me(),),
        desc="Hi Jordan - as discussed with Tom in recruiting, here's time for us to talk about the Logistics "
             "Data Scientist role on my team.\nGrace (Head of Pricing Science)\n\n" + zoom("844 1192 6035"),
        loc="https://us06web.zoom.us/j/84411926035"),
    tzs=(vtz("America/Chicago", "-0600"),), method="PUBLISH"),
    pos("Helix Freight", "Logistics Data Scientist", "hiring_manager", "grace.liu@helixfreight.com"))

case("exchange-teams-technical-pacific", "en", cal(
    "exchange", vevent(
        exchange_uid("ardent-trisk-01"), "Virtual Interview - Technology Risk Analyst - Jordan Lee",
        "20261216T090000", "20261216T100000", tz="Pacific Standard Time", style="o",
        org=W("ta-scheduling@ardentbank.com", "Talent Acquisition Scheduling"),
        att=(W("jordan.lee@gmail.com", "jordan.lee@gmail.com"), W("priya.sundar@ardentbank.com", "Sundar, Priya"),
             W("michael.osei@ardentbank.com", "Osei, Michael")),
        desc="Hello Jordan,\n\nThank you for your interest in Ardent Bank. This technical interview for the "
             "Technology Risk Analyst position will be conducted by Priya Sundar and Michael Osei from IT Risk.\n\n"
             + teams(),
        loc="Microsoft Teams Meeting"),
    tzs=(vtz("Pacific Standard Time", "pst", outlook=True),)),
    pos("Ardent Bank", "Technology Risk Analyst", "technical", "priya.sundar@ardentbank.com",
        "michael.osei@ardentbank.com"))

case("founder-gmail-meet", "en", cal(
    "google", vevent(
        "0v3h6k1sdm9qj4b2lrc8t5ep7a@google.com", "Sprocketry - founding engineer chat (Alexei + Jordan)",
        "20261209T170000", "20261209T174500", tz="Europe/London", style="g", meet="kzo-ugwe-myr",
        org=W("alexei.brandt@gmail.com", "Alexei Brandt"),
        att=(W("alexei.brandt@gmail.com", "Alexei Brandt", ps="ACCEPTED"), me()),
        desc="Hey Jordan, thanks for applying! I'm the co-founder of Sprocketry. I'd love to walk you through "
             "what we're building and hear about your background for the Founding Engineer role. Nothing to "
             "prepare.\n\n" + meet("kzo-ugwe-myr")),
    tzs=(LON,)),
    pos("Sprocketry", "Founding Engineer", "hiring_manager", "alexei.brandt@gmail.com", trap="free-mail founder"))

case("agency-names-employer", "en", cal(
    "outlook", vevent(
        exchange_uid("kestrel-qa-1"), "Kestrel Insurance - 1st interview - Jordan Lee (Brightpath Talent)",
        "20261210T100000", "20261210T110000", tz="GMT Standard Time", style="o",
        org=W("hannah.price@brightpathtalent.co.uk", "Hannah Price"),
        att=(W("jordan.lee@gmail.com", "Jordan Lee"), W("gareth.morgan@kestrelinsurance.co.uk", "Gareth Morgan"),
             W("siobhan.kelly@kestrelinsurance.co.uk", "Siobhan Kelly")),
        desc="Hi Jordan,\n\nAs promised, here is the invite for your first interview with Kestrel Insurance for "
             "the Lead QA Engineer role. You'll meet Gareth Morgan (Head of Quality Engineering) and Siobhan "
             "Kelly (Senior Test Manager). Call me afterwards for a debrief!\n\nHannah Price\nSenior Consultant, "
             "Brightpath Talent\n\n" + teams(),
        loc="Microsoft Teams Meeting"),
    tzs=(vtz("GMT Standard Time", "uk", outlook=True),)),
    pos("Kestrel Insurance", "Lead QA Engineer", "", "gareth.morgan@kestrelinsurance.co.uk",
        "siobhan.kelly@kestrelinsurance.co.uk", trap="agency"))

case("webex-technical-bank", "en", cal(
    "webex", vevent(
        "m4f1c2a9e8d7b6c5a4f3e2d1c0b9a8f7e@corvidcapital.webex.com", "Technical interview - Quant Developer",
        "20261217T143000", "20261217T153000", tz="Z",
        org=W("lena.fischer@corvidcapital.com", "Lena Fischer"), att=(me(),),
        desc="Jordan, please join the Webex below for your technical interview with Lena Fischer (Quant "
             "Research) at Corvid Capital. Expect probability questions and some Python.\n\n"
             + webex("corvidcapital", "2634 118 2210"),
        loc="https://corvidcapital.webex.com/corvidcapital/j.php?MTID=m4f1c2a9e8d7b6c5a4f3e2d1c0b9a8f7e")),
    pos("Corvid Capital", "Quant Developer", "technical", "lena.fischer@corvidcapital.com"))

case("title-only-chat-with-dana", "en", cal(
    "google", vevent(
        "5t2bqvm0n8c3kr7sdh1ljo6fa4@google.com", "Chat with Dana (Lumio)",
        "20261208T200000", "20261208T203000", tz="Z", style="g", meet="vyb-ajqz-ghe",
        org=W("dana.whitaker@lumio.app", "Dana Whitaker"),
        att=(W("dana.whitaker@lumio.app", "Dana Whitaker", ps="ACCEPTED"), me("ACCEPTED")),
        desc="Dana Whitaker - Head of Analytics, Lumio\nRe: your application for Product Analyst\n\n"
             + meet("vyb-ajqz-ghe"))),
    pos("Lumio", "Product Analyst", "hiring_manager", "dana.whitaker@lumio.app", trap="title only"))

case("apple-self-made", "en", cal(
    "apple", vevent(
        "B61E0F2C-4D3A-4A7E-9C11-2F8D5E7A9B30", "Interview Corbel Systems - system design",
        "20261211T150000", "20261211T160000", tz="float", style="a",
        desc="they said bring a notebook; 2nd round, engineers from the infra team",
        loc="Corbel Systems\n400 Pike St, Seattle WA"),
    method=None, head=("X-WR-CALNAME:Home", "X-WR-TIMEZONE:America/Los_Angeles")),
    pos("Corbel Systems", "", "technical", trap="self-made"))

case("allday-onsite-self", "en", cal(
    "ios", vevent(
        "E2A41F77-0B9C-49D2-8A55-71C3D0E6F913", "Onsite @ Lindqvist Marine (Gothenburg)",
        "20270112", "20270113", tz="date", style="a",
        desc="Full interview day. Flight GOT 07:40. Hotel Eggers.", loc="Lindqvist Marine AB, Gothenburg"),
    method=None),
    pos("Lindqvist Marine", "", "onsite", trap="all-day"))

_OAK = "6fb2kqt8s1hdlcn0ve4m7ra3pj@google.com"
case("recurring-pairing-override", "en", cal(
    "google",
    vevent(_OAK, "Pairing day - Jordan Lee x Oakhollow", "20270105T090000", "20270105T120000",
           tz="Europe/Berlin", style="g", rrule="FREQ=DAILY;COUNT=2", meet="pqe-zxcv-mkt",
           org=W("ines@oakhollow.dev", "Ines Carvalho"),
           att=(W("ines@oakhollow.dev", "Ines Carvalho", ps="ACCEPTED"), W("bjorn@oakhollow.dev", "Bjorn Aas"), me()),
           desc="Two half-day pairing sessions on our real codebase for the Senior Rails Developer role. "
                "Ines and Bjorn will pair with you.\n\n" + meet("pqe-zxcv-mkt")),
    vevent(_OAK, "Pairing day - Jordan Lee x Oakhollow", "20270106T130000", "20270106T160000",
           tz="Europe/Berlin", style="g", rid="20270106T090000", seq=1, meet="pqe-zxcv-mkt",
           org=W("ines@oakhollow.dev", "Ines Carvalho"),
           att=(W("ines@oakhollow.dev", "Ines Carvalho", ps="ACCEPTED"), W("bjorn@oakhollow.dev", "Bjorn Aas"), me()),
           desc="Day 2 moved to the afternoon (Bjorn has a customer call in the morning).\n\n"
                + meet("pqe-zxcv-mkt")),
    tzs=(BER,)),
    pos("Oakhollow", "Senior Rails Developer", "technical", "ines@oakhollow.dev", "bjorn@oakhollow.dev",
        trap="recurring"))

case("greenhouse-cancelled", "en", cal(
    "greenhouse", vevent(
        "greenhouse-interview-6610245-2026-12-09@ridgewayinsights.com",
        "Cancelled: Technical Interview with Ridgeway Insights", "20261209T150000", "20261209T160000", tz="Z",
        org=W("no-reply@us.greenhouse-mail.io", "Ridgeway Insights Recruiting"),
        att=(me(), W("farah.haddad@ridgewayinsights.com", "Farah Haddad")), status="CANCELLED", seq=2,
        desc="This interview for the Analytics Engineer role has been cancelled. Your recruiter will be in "
             "touch to find a new time."),
    method="CANCEL"),
    pos("Ridgeway Insights", "Analytics Engineer", "technical", "farah.haddad@ridgewayinsights.com", trap="cancelled"))

case("rescheduled-final", "en", cal(
    "google", vevent(
        "1mdp9c4a7u2kq8ezh3snb6ro0f@google.com", "Final interview: Jordan Lee (Senior Producer)",
        "20261217T160000", "20261217T170000", tz="Europe/London", style="g", seq=3, meet="rkd-wmty-hqs",
        org=W("oona.fitzgerald@glasshousemedia.co.uk", "Oona Fitzgerald"),
        att=(W("oona.fitzgerald@glasshousemedia.co.uk", "Oona Fitzgerald", ps="ACCEPTED"), me(),
             W("raymond.achterberg@glasshousemedia.co.uk", "Raymond Achterberg")),
        desc="Moved to Thursday at the panel's request - apologies for the shuffle.\n\nFinal interview for "
             "Senior Producer at Glasshouse Media with Oona (Executive Producer) and Raymond (Managing "
             "Director).\n\n" + meet("rkd-wmty-hqs")),
    tzs=(LON,)),
    pos("Glasshouse Media", "Senior Producer", "final", "oona.fitzgerald@glasshousemedia.co.uk",
        "raymond.achterberg@glasshousemedia.co.uk", trap="rescheduled"))

case("onsite-room-and-resource", "en", cal(
    "outlook", vevent(
        exchange_uid("thornfield-onsite"), "Interview Day - Jordan Lee - Avionics Software Engineer",
        "20270114T090000", "20270114T130000", tz=OUT_ET, style="o",
        org=W("k.brennan@thornfieldaero.com", "Kathleen Brennan"),
        att=(W("jordan.lee@gmail.com", "Jordan Lee"), W("s.moreau@thornfieldaero.com", "Sylvie Moreau"),
             W("d.kowalczyk@thornfieldaero.com", "Daniel Kowalczyk"),
             room("conf-b2-hangarview@thornfieldaero.com", "Bldg 2 - Hangar View Conference"),
             W("av-polycom-b2@thornfieldaero.com", "Polycom VC Cart B2", role="NON-PARTICIPANT",
               ps="ACCEPTED", cutype="RESOURCE")),
        desc="Jordan,\n\nConfirming your onsite interview day at Thornfield Aerospace. Please bring a "
             "government-issued ID for your visitor badge; security escort from Lobby B at 8:45.\n\n"
             "09:00 Sylvie Moreau - flight software\n10:30 Daniel Kowalczyk - DO-178C process and testing\n"
             "12:00 lunch\n\nKathleen Brennan\nUniversity & Technical Recruiting",
        loc="Bldg 2 - Hangar View Conference; 1200 Aviation Pkwy, Wichita, KS"),
    tzs=(vtz(OUT_ET, "est", outlook=True),)),
    pos("Thornfield Aerospace", "Avionics Software Engineer", "onsite", "s.moreau@thornfieldaero.com",
        "d.kowalczyk@thornfieldaero.com"))

case("hiring-manager-london", "en", cal(
    "google", vevent(
        "4n7ep0kqs2tb9ma1jrc6hd3vl8@google.com", "Jordan Lee <> Quayside Foods | Hiring Manager",
        "20261203T113000", "20261203T121500", tz="Europe/London", style="g", meet="hgt-nwbe-qcx",
        org=W("tanya.oduya@quaysidefoods.co.uk", "Tanya Oduya"),
        att=(W("tanya.oduya@quaysidefoods.co.uk", "Tanya Oduya", ps="ACCEPTED"), me("ACCEPTED")),
        desc="Hi Jordan, a chance for us to talk through the Supply Chain Analytics Lead role in more depth. "
             "Tanya\n\n" + meet("hgt-nwbe-qcx")),
    tzs=(LON,)),
    pos("Quayside Foods", "Supply Chain Analytics Lead", "hiring_manager", "tanya.oduya@quaysidefoods.co.uk"))

case("final-with-ceo-assistant", "en", cal(
    "google", vevent(
        "2ksq0v7rm4hb1nd8fetc5ja6lo@google.com", "Final round - Jordan Lee & Brightwater Solar CEO",
        "20261218T150000", "20261218T154500", tz="America/Denver", style="g", meet="frm-tyuw-jvn",
        org=W("pam.rhodes@brightwatersolar.com", "Pam Rhodes"),
        att=(W("pam.rhodes@brightwatersolar.com", "Pam Rhodes", ps="ACCEPTED"),
             W("victor.sandoval@brightwatersolar.com", "Victor Sandoval"), me()),
        desc="Scheduled by Pam Rhodes, Executive Assistant to the CEO, on behalf of Victor Sandoval.\n"
             "Final conversation for the Director of Energy Analytics position.\n\n" + meet("frm-tyuw-jvn")),
    tzs=(vtz("America/Denver", "-0700"),)),
    pos("Brightwater Solar", "Director of Energy Analytics", "final", "victor.sandoval@brightwatersolar.com"))

case("third-party-interviewer", "en", cal(
    "codepair", vevent(
        "cp-iv-2209471@codepair.io", "Technical Interview for Lumora (hosted by Codepair)",
        "20261205T180000", "20261205T190000", tz="Z",
        org=W("no-reply@codepair.io", "Codepair Interviewing"),
        att=(me(), W("i.adams@interviewers.codepair.io", "Isaac Adams")),
        desc="Lumora has partnered with Codepair to conduct the first technical interview for the Software "
             "Engineer II position. Your Interview Engineer, Isaac Adams, will run a 60-minute coding "
             "session.\n\nJoin: https://app.codepair.io/room/2209471\nTest your setup: "
             "https://app.codepair.io/check")),
    pos("Lumora", "Software Engineer II", "technical", "i.adams@interviewers.codepair.io",
        trap="third-party interviewer"))

case("outlook-phone-screen-pacific", "en", cal(
    "outlook", vevent(
        exchange_uid("quarry-sre-ps"), "Phone Screen: Jordan Lee / Staff SRE",
        "20261202T100000", "20261202T103000", tz=OUT_PT, style="o",
        org=W("nikhil.rao@quarrylabs.io", "Nikhil Rao"), att=(W("jordan.lee@gmail.com", "Jordan Lee"),),
        desc="Nikhil Rao (Talent, Quarry Labs) will call you at the number on your resume.\n"
             "Staff Site Reliability Engineer - req 1187",
        loc="Phone - Nikhil will call +1 (415) 555-0142"),
    tzs=(vtz(OUT_PT, "pst", outlook=True),)),
    pos("Quarry Labs", "Staff Site Reliability Engineer", "recruiter_screen", "nikhil.rao@quarrylabs.io"))

case("outlook-eastern-room", "en", cal(
    "outlook", vevent(
        exchange_uid("bluefin-sa-r2"), "Interview - Jordan Lee - Solutions Architect (round 2)",
        "20261215T133000", "20261215T150000", tz=OUT_ET, style="o",
        org=W("talent@bluefinlogistics.com", "Bluefin Logistics Talent"),
        att=(W("jordan.lee@gmail.com", "Jordan Lee"), W("a.ferreira@bluefinlogistics.com", "Ferreira, Ana"),
             W("j.whitlock@bluefinlogistics.com", "Whitlock, James"),
             room("rm-atl-07-harbor@bluefinlogistics.com", "ATL-07 Harbor (10)")),
        desc="Second round: architecture whiteboard session with Ana Ferreira (Principal Architect) and "
             "James Whitlock (Enterprise Architecture). Please register at reception, 7th floor.",
        loc="ATL-07 Harbor (10)"),
    tzs=(vtz(OUT_ET, "est", outlook=True),)),
    pos("Bluefin Logistics", "Solutions Architect", "technical", "a.ferreira@bluefinlogistics.com",
        "j.whitlock@bluefinlogistics.com"))

case("case-interview-escaped-comma", "en", cal(
    "google", vevent(
        "8lf3sd0vq6m2tbk9ro1ahcn4je@google.com", "Case interview - Marlow, Finch & Co. (round 1)",
        "20261208T090000", "20261208T100000", tz="Europe/London", style="g",
        org=W("recruiting@marlowfinch.com", "Marlow, Finch & Co. Recruiting"),
        att=(me(), W("edward.lim@marlowfinch.com", "Edward Lim")),
        desc="First-round case study interview for the Strategy Consultant role, led by Edward Lim "
             "(Engagement Manager). You will work through a market-sizing case; calculators are not needed.",
        loc="Marlow, Finch & Co., 21 Cannon Street, London EC4M"),
    tzs=(LON,)),
    pos("Marlow, Finch & Co.", "Strategy Consultant", "technical", "edward.lim@marlowfinch.com"))

case("greenhouse-noreply-company-in-body", "en", cal(
    "greenhouse", vevent(
        "greenhouse-interview-8831902-2026-12-14@saltmarshenergy.com", "Interview Confirmation: Jordan Lee",
        "20261214T160000", "20261214T164500", tz="Z", org=W("no-reply@greenhouse.io", "Greenhouse"),
        att=(me(), W("hamid.rezaei@saltmarshenergy.com", "Hamid Rezaei")),
        desc="Thank you for your interest in Saltmarsh Energy!\n\nPosition: Senior Software Engineer, Grid "
             "Forecasting\nInterview: Hiring Manager Interview\nInterviewer: Hamid Rezaei (Engineering "
             "Manager)\n\nVideo link: https://saltmarshenergy.zoom.us/j/98126650273\n\nSent via Greenhouse")),
    pos("Saltmarsh Energy", "Senior Software Engineer, Grid Forecasting", "hiring_manager",
        "hamid.rezaei@saltmarshenergy.com"))

case("ashby-takehome-review", "en", cal(
    "ashby", vevent(
        "ashby-int-0a9b7c3e-5d21-4e86-b1f4-6c8e2d0a7b95", "Fennimore: Take-home walkthrough with Jordan Lee",
        "20261216T170000", "20261216T180000", tz="Z",
        org=W("scheduling@fennimore.ai", "Fennimore Scheduling"),
        att=(me(), W("lucas.berg@fennimore.ai", "Lucas Berg"), W("amara.obi@fennimore.ai", "Amara Obi")),
        desc="You'll walk Lucas Berg and Amara Obi (ML Platform) through your take-home submission for the ML "
             "Engineer role, then extend it together.\n\nGoogle Meet: https://meet.google.com/dqw-nmzs-tyr\n"
             "Powered by Ashby")),
    pos("Fennimore", "ML Engineer", "technical", "lucas.berg@fennimore.ai", "amara.obi@fennimore.ai"))

case("exchange-recruiter-phone-screen", "en", cal(
    "exchange", vevent(
        exchange_uid("wrenfield-rps"), "Jordan Lee - Recruiter Phone Screen - Wrenfield",
        "20261201T143000", "20261201T150000", tz="Central Standard Time", style="o",
        org=W("b.okafor@wrenfield.com", "Okafor, Blessing"), att=(W("jordan.lee@gmail.com", "Jordan Lee"),),
        desc="Hi Jordan, I'll call you for a 30 minute screen about the Product Marketing Manager role. "
             "Blessing Okafor, Talent Acquisition Partner", loc="Phone call"),
    tzs=(vtz("Central Standard Time", "-0600", outlook=True),)),
    pos("Wrenfield", "Product Marketing Manager", "recruiter_screen", "b.okafor@wrenfield.com"))

case("behavioral-no-stage", "en", cal(
    "google", vevent(
        "9rb4km1qe7t0sv3nhd6ajc2pl5@google.com", "Jordan Lee / Ferngate - behavioral interview",
        "20261210T210000", "20261210T214500", tz="Z", style="g", meet="wtx-vbqa-ksu",
        org=W("lotte.van.dijk@ferngate.io", "Lotte van Dijk"),
        att=(W("lotte.van.dijk@ferngate.io", "Lotte van Dijk", ps="ACCEPTED"), me()),
        desc="Values and collaboration interview for the Developer Advocate role.\n\n" + meet("wtx-vbqa-ksu"))),
    pos("Ferngate", "Developer Advocate", "", "lotte.van.dijk@ferngate.io"))

case("bookings-candidate-interview", "en", cal(
    "bookings", vevent(
        "bk-3f9a1d72c0e84b6f@harborvine.com", "Candidate interview - Jordan Lee",
        "20261211T140000", "20261211T144500", tz="Eastern Standard Time", style="o",
        org=W("HarborAndVineCareers@harborvine.com", "Harbor & Vine Careers"),
        att=(W("jordan.lee@gmail.com", "Jordan Lee"), W("nell.carrick@harborvine.com", "Nell Carrick")),
        desc="Your booking with Harbor & Vine Careers is confirmed.\n\nService: Store Operations Manager - "
             "first interview\nStaff: Nell Carrick, District Manager (hiring manager for this store)\n\n" + teams(),
        loc="Microsoft Teams meeting")),
    pos("Harbor & Vine", "Store Operations Manager", "hiring_manager", "nell.carrick@harborvine.com"))

_CANOPY = ("greenhouse-interview-9920113-a@canopybio.com", "greenhouse-interview-9920113-b@canopybio.com")
case("greenhouse-two-sessions", "en", cal(
    "greenhouse",
    vevent(_CANOPY[0], "Canopy Bio Interview - Coding (Jordan Lee)", "20261216T150000", "20261216T160000",
           tz="America/New_York", org=W("no-reply@us.greenhouse-mail.io", "Canopy Bio Recruiting"),
           att=(me(), W("rahul.iyer@canopybio.com", "Rahul Iyer")),
           desc="Session 1 of 2 for Bioinformatics Software Engineer: coding with Rahul Iyer.\n\n"
                + zoom("811 5520 9034")),
    vevent(_CANOPY[1], "Canopy Bio Interview - Architecture (Jordan Lee)", "20261216T161500",
           "20261216T171500", tz="America/New_York",
           org=W("no-reply@us.greenhouse-mail.io", "Canopy Bio Recruiting"),
           att=(me(), W("gwen.harlow@canopybio.com", "Gwen Harlow"), W("tobias.lind@canopybio.com", "Tobias Lind")),
           desc="Session 2 of 2 for Bioinformatics Software Engineer: architecture with Gwen Harlow and "
                "Tobias Lind.\n\n" + zoom("811 5520 9034")),
    tzs=(NY,)),
    pos("Canopy Bio", "Bioinformatics Software Engineer", "technical", "rahul.iyer@canopybio.com"),
    pos("Canopy Bio", "Bioinformatics Software Engineer", "technical", "gwen.harlow@canopybio.com",
        "tobias.lind@canopybio.com"))

case("takehome-debrief-candidate", "en", cal(
    "google", vevent(
        "7ht2lq9sv0ck5bn1mdr4ea8jo3@google.com", "Round 2: take-home debrief - Jordan Lee",
        "20261212T160000", "20261212T170000", tz="America/New_York", style="g", meet="mzp-qkry-hdb",
        org=W("recruiting@pelicandata.com", "Pelican Data Recruiting"),
        att=(me(), W("oscar.lindgren@pelicandata.com", "Oscar Lindgren"),
             W("yara.haddad@pelicandata.com", "Yara Haddad")),
        desc="In this session you'll walk Pelican Data's engineers Oscar Lindgren and Yara Haddad through your "
             "take-home for the Data Platform Engineer role and discuss trade-offs.\n\n" + meet("mzp-qkry-hdb")),
    tzs=(NY,)),
    pos("Pelican Data", "Data Platform Engineer", "technical", "oscar.lindgren@pelicandata.com",
        "yara.haddad@pelicandata.com"))

case("final-onsite-address", "en", cal(
    "outlook", vevent(
        exchange_uid("morrow-final"), "Final onsite - Jordan Lee",
        "20270108T093000", "20270108T133000", tz="Eastern Standard Time", style="o",
        org=W("careers@morrowhealth.org", "Morrow Health Careers"),
        att=(W("jordan.lee@gmail.com", "Jordan Lee"), W("r.castellano@morrowhealth.org", "Castellano, Rita"),
             W("b.adu@morrowhealth.org", "Adu, Benjamin"), W("l.marsh@morrowhealth.org", "Marsh, Lydia")),
        desc="Final onsite interviews for Clinical Data Product Manager. You will meet Rita Castellano (CMIO), "
             "Benjamin Adu (Director of Product) and Lydia Marsh (Data Engineering Lead).",
        loc="Morrow Health, 120 Harbor St, Floor 9, Boston, MA 02110")),
    pos("Morrow Health", "Clinical Data Product Manager", "final", "r.castellano@morrowhealth.org",
        "b.adu@morrowhealth.org", "l.marsh@morrowhealth.org"))

case("teamtailor-team-lead", "en", cal(
    "teamtailor", vevent(
        "tt-interview-4471029@aurvik.teamtailor.com", "Interview: Jordan Lee for Customer Success Lead",
        "20261209T100000", "20261209T104500", tz="Europe/Stockholm",
        org=W("noreply@teamtailor.com", "Aurvik via Teamtailor"),
        att=(me(), W("elin.sjoberg@aurvik.se", "Elin Sjöberg")),
        desc="Hi Jordan! Welcome to a first interview with Elin Sjöberg, Head of Customer Success and your "
             "future team lead at Aurvik.\n\nGoogle Meet: https://meet.google.com/tbq-zrnw-lhx"),
    tzs=(vtz("Europe/Stockholm", "eu"),)),
    pos("Aurvik", "Customer Success Lead", "hiring_manager", "elin.sjoberg@aurvik.se"))


# --- the user's own interviews: German, French, Spanish -----------------------------------------------------

case("personio-kennenlerngespraech", "de", cal(
    "personio", vevent(
        "personio-appt-55810273@brenntal.jobs.personio.de",
        "Kennenlerngespräch | Jordan Lee | Senior Backend Entwickler (m/w/d)",
        "20261207T100000", "20261207T103000", tz="Europe/Berlin",
        org=W("noreply@personio.de", "Brenntal Software GmbH"),
        att=(me(), W("katrin.vogel@brenntal.de", "Katrin Vogel")),
        desc="Hallo Jordan,\n\nvielen Dank für Ihre Bewerbung als Senior Backend Entwickler (m/w/d) bei der "
             "Brenntal Software GmbH. Wir freuen uns auf ein erstes Kennenlerngespräch mit Katrin Vogel "
             "(People & Recruiting).\n\nZugangslink: https://meet.google.com/gkw-trxa-pme\n\nViele Grüße\n"
             "Ihr Brenntal-Team"),
    tzs=(BER,)),
    pos("Brenntal Software", "Senior Backend Entwickler", "recruiter_screen", "katrin.vogel@brenntal.de"))

case("softgarden-zweitgespraech-teams", "de", cal(
    "softgarden", vevent(
        "sg-termin-2026-331877@hafenblick-logistik.softgarden.io",
        "Zweites Vorstellungsgespräch - Data Analyst (w/m/d) - Jordan Lee",
        "20261215T140000", "20261215T150000", tz=WEU,
        org=W("bewerbung@hafenblick-logistik.de", "Hafenblick Logistik Recruiting"),
        att=(me(), W("s.petersen@hafenblick-logistik.de", "Sabine Petersen")),
        desc="Guten Tag Jordan Lee,\n\nwir laden Sie herzlich zum zweiten Gespräch ein. Sie sprechen mit Sabine "
             "Petersen, Teamleiterin Business Intelligence und Ihre zukünftige Vorgesetzte.\n\n" + teams("de"),
        loc="Microsoft Teams-Besprechung")),
    pos("Hafenblick Logistik", "Data Analyst", "hiring_manager", "s.petersen@hafenblick-logistik.de"))

case("technisches-interview-livecoding", "de", cal(
    "google", vevent(
        "3pd8vk2mq5tj0bs7lh4nfe1ca9@google.com", "Technisches Interview (Live-Coding) – Jordan Lee",
        "20261209T130000", "20261209T143000", tz="Europe/Berlin", style="g", meet="cxr-hfqe-twp",
        org=W("lena.hartmann@quellwerk.io", "Lena Hartmann"),
        att=(W("lena.hartmann@quellwerk.io", "Lena Hartmann", ps="ACCEPTED"), me(),
             W("mehmet.aydin@quellwerk.io", "Mehmet Aydın")),
        desc="Hallo Jordan,\nwie besprochen das technische Interview für die Stelle Platform Engineer bei "
             "Quellwerk: 90 Minuten Live-Coding in Go mit Mehmet und mir.\nBis dann, Lena\n\n" + meet("cxr-hfqe-twp")),
    tzs=(BER,)),
    pos("Quellwerk", "Platform Engineer", "technical", "lena.hartmann@quellwerk.io", "mehmet.aydin@quellwerk.io"))

case("telefoninterview-outlook", "de", cal(
    "outlook", vevent(
        exchange_uid("sternwarte-tel"), "Telefoninterview mit Frau Krüger (Talent Acquisition)",
        "20261204T091500", "20261204T094500", tz=OUT_EU, style="o",
        org=W("anja.krueger@sternwarte-versicherung.de", "Krüger, Anja"),
        att=(W("jordan.lee@gmail.com", "Jordan Lee"),),
        desc="Sehr geehrte/r Jordan Lee,\n\nvielen Dank für Ihr Interesse an der Position IT-Architekt "
             "(m/w/d) bei der Sternwarte Versicherung. Ich rufe Sie zum vereinbarten Termin unter der "
             "angegebenen Mobilnummer an.\n\nMit freundlichen Grüßen\nAnja Krüger\nTalent Acquisition",
        loc="Telefon"),
    tzs=(vtz(OUT_EU, "eu", outlook=True),)),
    pos("Sternwarte Versicherung", "IT-Architekt", "recruiter_screen", "anja.krueger@sternwarte-versicherung.de"))

case("vor-ort-muenchen-raum", "de", cal(
    "exchange", vevent(
        exchange_uid("isarblau-vorort"), "Vor-Ort-Termin: Interviews mit dem Team – Jordan Lee",
        "20270111T100000", "20270111T140000", tz=WEU, style="o",
        org=W("talent@isarblau.de", "Isarblau Mobility Talent"),
        att=(W("jordan.lee@gmail.com", "Jordan Lee"), W("f.huber@isarblau.de", "Huber, Florian"),
             W("c.wagner@isarblau.de", "Wagner, Clara"), W("t.bauer@isarblau.de", "Bauer, Tobias"),
             room("raum-eisbach-3og@isarblau.de", "Raum Eisbach (3. OG)")),
        desc="Liebe/r Jordan,\n\nwir freuen uns, Sie zu unserem Interviewtag in München begrüßen zu dürfen "
             "(Senior Product Manager Mobility). Gesprächspartner: Florian Huber (CPO), Clara Wagner "
             "(Engineering) und Tobias Bauer (Design).\nBitte melden Sie sich am Empfang im EG.",
        loc="Raum Eisbach (3. OG), Isarblau Mobility, Rosenheimer Str. 145, 81671 München"),
    tzs=(vtz(WEU, "eu", outlook=True),)),
    pos("Isarblau Mobility", "Senior Product Manager Mobility", "onsite", "f.huber@isarblau.de",
        "c.wagner@isarblau.de", "t.bauer@isarblau.de"))

case("geschaeftsfuehrung-final", "de", cal(
    "google", vevent(
        "5ue1jr8lc3qa6tm0kv9bdh2nf4@google.com", "Abschlussgespräch mit der Geschäftsführung",
        "20261218T110000", "20261218T120000", tz="Europe/Berlin", style="g",
        org=W("office@lindenhof-digital.de", "Lindenhof Digital Office"),
        att=(me(), W("office@lindenhof-digital.de", "Lindenhof Digital Office", ps="ACCEPTED"),
             W("m.albrecht@lindenhof-digital.de", "Martin Albrecht"),
             W("j.seidel@lindenhof-digital.de", "Julia Seidel")),
        desc="Finales Gespräch zur Position Head of Engineering mit Martin Albrecht und Julia Seidel "
             "(Geschäftsführung). Das Office-Team koordiniert nur den Termin.",
        loc="Lindenhof Digital, Lindenstraße 12, 10969 Berlin"),
    tzs=(BER,)),
    pos("Lindenhof Digital", "Head of Engineering", "final", "m.albrecht@lindenhof-digital.de",
        "j.seidel@lindenhof-digital.de"))

case("probearbeitstag-allday", "de", cal(
    "apple", vevent(
        "9C3E5A10-77F2-4B8D-A1E6-0D4F2B9C8E71", "Probearbeitstag bei Kranich Labs", "20270119", "20270120",
        tz="date", style="a", desc="Probearbeit im Team von Nils (Backend). Laptop mitbringen.",
        loc="Kranich Labs, Schanzenstraße 20, Hamburg"),
    method=None, head=("X-WR-CALNAME:Privat", "X-WR-TIMEZONE:Europe/Berlin")),
    pos("Kranich Labs", "", "onsite", trap="all-day"))

case("personalberatung-nennt-arbeitgeber", "de", cal(
    "outlook", vevent(
        exchange_uid("nordlicht-erst"), "Erstgespräch Nordlicht Energie AG / Jordan Lee",
        "20261210T153000", "20261210T163000", tz=WEU, style="o",
        org=W("m.scholz@talentbruecke.de", "Scholz, Michael"),
        att=(W("jordan.lee@gmail.com", "Jordan Lee"), W("e.yilmaz@nordlicht-energie.de", "Yilmaz, Emre")),
        desc="Hallo Jordan,\n\nanbei die Einladung zum Erstgespräch bei unserem Mandanten Nordlicht Energie AG "
             "für die Position Leiter/in Datenplattform. Ihr Gesprächspartner ist Herr Emre Yilmaz (Leiter "
             "IT). Ich melde mich danach telefonisch.\n\nBeste Grüße\nMichael Scholz\nTalentbrücke "
             "Personalberatung\n\n" + teams("de"),
        loc="Microsoft Teams-Besprechung")),
    pos("Nordlicht Energie", "Leiter/in Datenplattform", "hiring_manager", "e.yilmaz@nordlicht-energie.de",
        trap="agency"))

case("bewerbungsgespraech-zuerich-webex", "de", cal(
    "webex", vevent(
        "m9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b@alpenglanz.webex.com", "Bewerbungsgespräch – Software Engineer",
        "20261214T083000", "20261214T093000", tz="Europe/Zurich",
        org=W("reto.baumann@alpenglanz.ch", "Reto Baumann"), att=(me(),),
        desc="Grüezi Jordan\n\nGerne bestätige ich unser Bewerbungsgespräch für die Stelle Software Engineer "
             "bei der Alpenglanz AG.\n\nFreundliche Grüsse\nReto Baumann, Softwareentwicklung\n\n"
             + webex("alpenglanz", "2781 904 3316")),
    tzs=(ZRH,)),
    pos("Alpenglanz", "Software Engineer", "", "reto.baumann@alpenglanz.ch"))

case("abgesagt-fachgespraech", "de", cal(
    "outlook", vevent(
        exchange_uid("moosbach-fach"), "Abgesagt: Fachgespräch Jordan Lee – Embedded Softwareentwickler",
        "20261208T130000", "20261208T140000", tz=WEU, style="o", status="CANCELLED", seq=1,
        org=W("h.roth@moosbach-automotive.de", "Roth, Heike"),
        att=(W("jordan.lee@gmail.com", "Jordan Lee"), W("k.engel@moosbach-automotive.de", "Engel, Konstantin")),
        desc="Leider müssen wir das Fachgespräch verschieben. Ich melde mich mit einem neuen Terminvorschlag.\n"
             "Heike Roth, HR Business Partner, Moosbach Automotive"),
    method="CANCEL"),
    pos("Moosbach Automotive", "Embedded Softwareentwickler", "technical", "k.engel@moosbach-automotive.de",
        trap="cancelled"))

case("ashby-systemdesign-berlin", "de", cal(
    "ashby", vevent(
        "ashby-int-4c2e9d81-0b7a-4f13-8e65-d3a1b9c70f24", "Interview: Jordan Lee – Systemdesign (Spreewerk)",
        "20261211T150000", "20261211T160000", tz="Europe/Berlin",
        org=W("jobs@spreewerk.com", "Spreewerk Recruiting"),
        att=(me(), W("pawel.zielinski@spreewerk.com", "Paweł Zieliński")),
        desc="Hi Jordan, in dieser Runde geht es um Systemdesign für die Rolle Staff Engineer (Payments). "
             "Dein Interviewer: Paweł Zieliński, Principal Engineer.\n\nGoogle Meet: "
             "https://meet.google.com/vzk-pqmr-ahs\nPowered by Ashby"),
    tzs=(BER,)),
    pos("Spreewerk", "Staff Engineer (Payments)", "technical", "pawel.zielinski@spreewerk.com"))

case("calendly-erstes-kennenlernen", "de", cal(
    "calendly", vevent(
        "b4d0e6f1-2a93-47c8-9e15-3f7a8c2d1b60@calendly.com",
        "Erstes Kennenlernen zwischen Svenja Albers und Jordan Lee",
        "20261203T090000", "20261203T092000", tz="Z", style="g",
        org=W("svenja.albers@wolkenwerk.de", "Svenja Albers"),
        att=(W("svenja.albers@wolkenwerk.de", "Svenja Albers", ps="ACCEPTED"), me("ACCEPTED")),
        desc="Terminname: Erstes Kennenlernen (Recruiting)\n\nOrt: Das ist eine Zoom-Webkonferenz.\n"
             "https://wolkenwerk.zoom.us/j/95510732264\n\nFragen:\n\nFür welche Stelle interessierst du dich?\n"
             "Cloud Engineer (Kubernetes)\n\nWolkenwerk GmbH – Talent Team\n\nPowered by Calendly.com")),
    pos("Wolkenwerk", "Cloud Engineer (Kubernetes)", "recruiter_screen", "svenja.albers@wolkenwerk.de"))

case("wttj-entretien-rh", "fr", cal(
    "wttj", vevent(
        "wttj-itw-66a1f0c2e9@welcometothejungle.com", "Entretien RH – Jordan Lee",
        "20261202T100000", "20261202T103000", tz="Europe/Paris",
        org=W("camille.roux@maisonverlaine.fr", "Camille Roux"), att=(me(),),
        desc="Bonjour Jordan,\n\nMerci pour votre candidature au poste de Développeur Backend Python chez "
             "Maison Verlaine. Je vous propose un premier échange RH de 30 minutes.\n\nCamille Roux, Chargée de "
             "recrutement\n\nLien visio : https://meet.google.com/qsd-ewmr-fbn\n\nEnvoyé via Welcome to the "
             "Jungle"),
    tzs=(PAR,)),
    pos("Maison Verlaine", "Développeur Backend Python", "recruiter_screen", "camille.roux@maisonverlaine.fr"))

case("taleez-entretien-technique", "fr", cal(
    "taleez", vevent(
        "taleez-rdv-20261209-118342@taleez.com", "Entretien technique – Développeur·se Full Stack",
        "20261209T140000", "20261209T153000", tz="Europe/Paris",
        org=W("recrutement@atelier-clairon.fr", "Atelier Clairon – Recrutement"),
        att=(me(), W("hugo.lefebvre@atelier-clairon.fr", "Hugo Lefebvre"),
             W("ines.benali@atelier-clairon.fr", "Inès Benali")),
        desc="Bonjour,\n\nVous avez rendez-vous avec Hugo Lefebvre (CTO) et Inès Benali (Lead Dev) pour "
             "l'entretien technique du poste de Développeur·se Full Stack chez Atelier Clairon : revue de code "
             "puis exercice en binôme.\n\nÀ bientôt !",
        loc="Atelier Clairon, 14 rue des Petites Écuries, 75010 Paris"),
    tzs=(PAR,)),
    pos("Atelier Clairon", "Développeur·se Full Stack", "technical", "hugo.lefebvre@atelier-clairon.fr",
        "ines.benali@atelier-clairon.fr"))

case("entretien-manager-romance", "fr", cal(
    "exchange", vevent(
        exchange_uid("mistral-mgr"), "Entretien avec le manager – Chef de projet data",
        "20261210T110000", "20261210T120000", tz=ROM, style="o",
        org=W("nathalie.girard@groupe-mistral.fr", "GIRARD Nathalie"),
        att=(W("jordan.lee@gmail.com", "Jordan Lee"), W("olivier.blanc@groupe-mistral.fr", "BLANC Olivier")),
        desc="Bonjour Jordan,\n\nSuite à notre échange, je vous confirme votre entretien avec Olivier Blanc, "
             "Responsable Data et futur manager du poste de Chef de projet data.\n\nCordialement,\nNathalie "
             "Girard – Talent Acquisition, Groupe Mistral\n\n" + teams("fr"),
        loc="Réunion Microsoft Teams")),
    pos("Groupe Mistral", "Chef de projet data", "hiring_manager", "olivier.blanc@groupe-mistral.fr"))

case("echange-telephonique", "fr", cal(
    "google", vevent(
        "0ck7sm3nv9qd2lf5tbr8eh1ja6@google.com", "Échange téléphonique avec Claire (Talent Acquisition)",
        "20261201T163000", "20261201T170000", tz="Europe/Paris", style="g",
        org=W("claire.dumas@saint-aubin-sante.fr", "Claire Dumas"),
        att=(W("claire.dumas@saint-aubin-sante.fr", "Claire Dumas", ps="ACCEPTED"), me()),
        desc="Premier échange pour le poste d'Ingénieur DevOps chez Saint-Aubin Santé. Je vous appelle au "
             "06 12 34 56 78.", loc="Téléphone"),
    tzs=(PAR,)),
    pos("Saint-Aubin Santé", "Ingénieur DevOps", "recruiter_screen", "claire.dumas@saint-aubin-sante.fr"))

case("entretien-final-direction", "fr", cal(
    "google", vevent(
        "6ta9pd2kr0lm4sv8jbq1nc7he3@google.com", "Entretien final avec la direction – Opaline Finance",
        "20261217T100000", "20261217T110000", tz="Europe/Paris", style="g", meet="pnk-hbzr-wef",
        org=W("julie.marchand@opaline.finance", "Julie Marchand"),
        att=(W("julie.marchand@opaline.finance", "Julie Marchand", ps="ACCEPTED"), me(),
             W("antoine.leclerc@opaline.finance", "Antoine Leclerc")),
        desc="Dernier tour pour le poste de Lead Data Scientist : rencontre avec Julie Marchand (CEO) et "
             "Antoine Leclerc (CTO).\n\n" + meet("pnk-hbzr-wef", "fr")),
    tzs=(PAR,)),
    pos("Opaline Finance", "Lead Data Scientist", "final", "julie.marchand@opaline.finance",
        "antoine.leclerc@opaline.finance"))

case("etude-de-cas-restitution", "fr", cal(
    "google", vevent(
        "2hv5ra8qm1te7kc0ld3sjb9no6@google.com", "Étude de cas : restitution – Jordan Lee",
        "20261214T143000", "20261214T153000", tz="Europe/Paris", style="g", meet="jyt-rwqe-mva",
        org=W("recrutement@cimes-analytics.fr", "Cimes Analytics"),
        att=(me(), W("lea.fontaine@cimes-analytics.fr", "Léa Fontaine"),
             W("romain.perrin@cimes-analytics.fr", "Romain Perrin")),
        desc="Vous présenterez votre étude de cas à Léa Fontaine et Romain Perrin (équipe Data) dans le cadre "
             "de votre candidature au poste d'Analytics Engineer.\n\n" + meet("jyt-rwqe-mva", "fr")),
    tzs=(PAR,)),
    pos("Cimes Analytics", "Analytics Engineer", "technical", "lea.fontaine@cimes-analytics.fr",
        "romain.perrin@cimes-analytics.fr"))

case("annule-entretien-technique", "fr", cal(
    "outlook", vevent(
        exchange_uid("pleiade-annul"), "Annulé : Entretien technique – Jordan Lee",
        "20261211T100000", "20261211T110000", tz=ROM, style="o", status="CANCELLED", seq=2,
        org=W("marc.duval@pleiade-systems.fr", "DUVAL Marc"),
        att=(W("jordan.lee@gmail.com", "Jordan Lee"), W("sophie.martin@pleiade-systems.fr", "MARTIN Sophie")),
        desc="Entretien technique (Ingénieur Logiciel Embarqué) annulé – nous revenons vers vous pour une "
             "nouvelle date. Marc Duval, Pléiade Systems"),
    method="CANCEL"),
    pos("Pléiade Systems", "Ingénieur Logiciel Embarqué", "technical", "sophie.martin@pleiade-systems.fr",
        trap="cancelled"))

case("entrevue-quebec", "fr", cal(
    "outlook", vevent(
        exchange_uid("boreal-entrevue"), "Entrevue – Analyste d'affaires – Jordan Lee",
        "20261208T133000", "20261208T141500", tz="Eastern Standard Time", style="o",
        org=W("genevieve.tremblay@borealassurances.ca", "Tremblay, Geneviève"),
        att=(W("jordan.lee@gmail.com", "Jordan Lee"),),
        desc="Bonjour Jordan,\n\nTel que convenu, voici l'invitation pour votre première entrevue avec "
             "l'équipe des ressources humaines pour le poste d'Analyste d'affaires.\n\nGeneviève Tremblay, "
             "conseillère en acquisition de talents, Boréal Assurances\n\n" + teams("fr"),
        loc="Réunion Microsoft Teams"),
    tzs=(vtz("Eastern Standard Time", "est", outlook=True),)),
    pos("Boréal Assurances", "Analyste d'affaires", "recruiter_screen",
        "genevieve.tremblay@borealassurances.ca"))

case("entretien-sur-site-lyon", "fr", cal(
    "exchange", vevent(
        exchange_uid("rhodanie-site"), "Entretiens sur site – Jordan Lee – Ingénieur Robotique",
        "20270113T090000", "20270113T123000", tz=ROM, style="o",
        org=W("rh@rhodanie-robotique.fr", "RH Rhodanie Robotique"),
        att=(W("jordan.lee@gmail.com", "Jordan Lee"), W("p.garnier@rhodanie-robotique.fr", "GARNIER Pierre"),
             W("a.nguyen@rhodanie-robotique.fr", "NGUYEN Anh"),
             room("salle-confluence@rhodanie-robotique.fr", "Salle Confluence (RDC)")),
        desc="Matinée d'entretiens sur site à Lyon : Pierre Garnier (Directeur R&D) puis Anh Nguyen (Lead "
             "Robotique), visite de l'atelier.",
        loc="Salle Confluence (RDC), 8 quai Perrache, 69002 Lyon"),
    tzs=(vtz(ROM, "eu", outlook=True),)),
    pos("Rhodanie Robotique", "Ingénieur Robotique", "onsite", "p.garnier@rhodanie-robotique.fr",
        "a.nguyen@rhodanie-robotique.fr"))

case("entrevista-tecnica", "es", cal(
    "google", vevent(
        "4lb8qt1vd6mk3sj0rn7cea2hp9@google.com", "Entrevista técnica – Jordan Lee",
        "20261209T160000", "20261209T170000", tz="Europe/Madrid", style="g", meet="bws-kmpa-tzr",
        org=W("alvaro.gil@olivartech.es", "Álvaro Gil"),
        att=(W("alvaro.gil@olivartech.es", "Álvaro Gil", ps="ACCEPTED"), me(),
             W("nuria.soler@olivartech.es", "Núria Soler")),
        desc="Hola Jordan:\n\nTe confirmamos la entrevista técnica para el puesto de Ingeniero/a de Software "
             "Backend en Olivar Tech. Haremos un ejercicio práctico en Java con Núria y conmigo.\n\nSaludos,\n"
             "Álvaro\n\n" + meet("bws-kmpa-tzr")),
    tzs=(MAD,)),
    pos("Olivar Tech", "Ingeniero/a de Software Backend", "technical", "alvaro.gil@olivartech.es",
        "nuria.soler@olivartech.es"))

case("primera-llamada-talento", "es", cal(
    "google", vevent(
        "8qe3mv0ls5kd1tj7hb2nar9cf4@google.com", "Primera llamada con Talento – Jordan Lee",
        "20261203T103000", "20261203T110000", tz="Europe/Madrid", style="g",
        org=W("marta.iglesias@riapagos.com", "Marta Iglesias"),
        att=(W("marta.iglesias@riapagos.com", "Marta Iglesias", ps="ACCEPTED"), me()),
        desc="Una primera conversación con Marta (Talent Acquisition) sobre la vacante de Product Designer en "
             "Ría Pagos.\nTe llamaré al móvil."),
    tzs=(MAD,)),
    pos("Ría Pagos", "Product Designer", "recruiter_screen", "marta.iglesias@riapagos.com"))

case("entrevista-responsable-equipo", "es", cal(
    "outlook", vevent(
        exchange_uid("alcazar-resp"), "Entrevista con el responsable del equipo",
        "20261211T120000", "20261211T130000", tz=ROM, style="o",
        org=W("rrhh@alcazarseguros.es", "RRHH Alcázar Seguros"),
        att=(W("jordan.lee@gmail.com", "Jordan Lee"), W("j.navarro@alcazarseguros.es", "Navarro Ruiz, Javier")),
        desc="Estimado/a Jordan:\n\nLe convocamos a una entrevista con Javier Navarro, responsable del equipo "
             "de Arquitectura Cloud, para el puesto de Arquitecto Cloud.\n\n" + teams("es"),
        loc="Reunión de Microsoft Teams")),
    pos("Alcázar Seguros", "Arquitecto Cloud", "hiring_manager", "j.navarro@alcazarseguros.es"))

case("entrevista-final-cto", "es", cal(
    "zoom", vevent(
        "ZOOM97731184520", "Entrevista final con el CTO – Cierzo Energía",
        "20261216T170000", "20261216T174500", tz="Europe/Madrid",
        org=W("diego.lasheras@cierzoenergia.com", "Diego Lasheras"), att=(me(),),
        desc="Última fase del proceso para Data Engineer Senior. Diego Lasheras (CTO).\n\n" + zoom("977 3118 4520"),
        loc="https://us02web.zoom.us/j/97731184520"),
    tzs=(MAD,), method="PUBLISH"),
    pos("Cierzo Energía", "Data Engineer Senior", "final", "diego.lasheras@cierzoenergia.com"))

case("llamada-seleccion-mexico", "es", cal(
    "google", vevent(
        "1fn6kd9sq3ta8mv2lc0hjr5be7@google.com", "Llamada de selección – Ingeniero de Datos Sr.",
        "20261204T100000", "20261204T103000", tz="America/Mexico_City", style="g", meet="hzq-mtpa-crv",
        org=W("reclutamiento@magueydigital.mx", "Maguey Digital Reclutamiento"),
        att=(me(), W("fernanda.ochoa@magueydigital.mx", "Fernanda Ochoa")),
        desc="¡Hola Jordan! Fernanda Ochoa, reclutadora de Maguey Digital, te contactará para una primera "
             "llamada sobre la vacante Ingeniero de Datos Sr.\n\n" + meet("hzq-mtpa-crv")),
    tzs=(MEX,)),
    pos("Maguey Digital", "Ingeniero de Datos Sr.", "recruiter_screen", "fernanda.ochoa@magueydigital.mx"))

case("calcom-prueba-tecnica", "es", cal(
    "calcom", vevent(
        "cal-Vt8pQz3nHc@cal.com", "Prueba técnica en vivo entre Sergi Puig y Jordan Lee",
        "20261210T150000", "20261210T163000", tz="Z",
        org=W("sergi@tramontanalabs.com", "Sergi Puig"), att=(me("ACCEPTED"),),
        desc="Qué: Prueba técnica en vivo\nQuién:\nSergi Puig - Organizador\nsergi@tramontanalabs.com\n"
             "Jordan Lee\njordan.lee@gmail.com\nDónde: Cal Video\nhttps://app.cal.com/video/Vt8pQz3nHc\n"
             "Notas adicionales:\nProceso de Desarrollador/a Frontend en Tramontana Labs",
        loc="Cal Video")),
    pos("Tramontana Labs", "Desarrollador/a Frontend", "technical", "sergi@tramontanalabs.com"))

case("entrevista-presencial-barcelona", "es", cal(
    "exchange", vevent(
        exchange_uid("brisa-pres"), "Entrevista presencial – oficinas de Barcelona – Jordan Lee",
        "20270115T093000", "20270115T123000", tz=ROM, style="o",
        org=W("seleccion@brisamarina.es", "Selección Brisa Marina Logística"),
        att=(W("jordan.lee@gmail.com", "Jordan Lee"), W("m.ferrer@brisamarina.es", "Ferrer, Montse"),
             W("p.vidal@brisamarina.es", "Vidal, Pau"), room("sala-montjuic@brisamarina.es", "Sala Montjuïc")),
        desc="Jornada de entrevistas presenciales para Jefe/a de Operaciones: Montse Ferrer (Directora de "
             "Operaciones) y Pau Vidal (CFO). Pregunta por Selección en recepción.",
        loc="Sala Montjuïc, Brisa Marina Logística, Carrer de la Marina 16, 08005 Barcelona"),
    tzs=(vtz(ROM, "eu", outlook=True),)),
    pos("Brisa Marina Logística", "Jefe/a de Operaciones", "onsite", "m.ferrer@brisamarina.es",
        "p.vidal@brisamarina.es"))

case("entrevista-rrhh-buenos-aires", "es", cal(
    "google", vevent(
        "7rk2mc5sb8tq0lv3nd6jfa1eh9@google.com", "Entrevista con RR. HH. – Desarrollador/a Backend",
        "20261207T110000", "20261207T113000", tz="America/Argentina/Buenos_Aires", style="g",
        meet="ycd-qptz-nsk", org=W("talento@pampacloud.com.ar", "Talento Pampa Cloud"),
        att=(me(), W("lucia.benitez@pampacloud.com.ar", "Lucía Benítez")),
        desc="Primera entrevista con Lucía Benítez (Recursos Humanos) de Pampa Cloud.\n\n" + meet("ycd-qptz-nsk")),
    tzs=(BUE,)),
    pos("Pampa Cloud", "Desarrollador/a Backend", "recruiter_screen", "lucia.benitez@pampacloud.com.ar"))

case("entrevista-reprogramada", "es", cal(
    "google", vevent(
        "3js9td6kq1mb4ve7lr0hcn2fa8@google.com", "Entrevista reprogramada: Jordan Lee – Analista de Datos",
        "20261215T170000", "20261215T180000", tz="Europe/Madrid", style="g", seq=2, meet="avk-rmfy-qzp",
        org=W("irene.morales@alhambrafoods.es", "Irene Morales"),
        att=(W("irene.morales@alhambrafoods.es", "Irene Morales", ps="ACCEPTED"), me(),
             W("carlos.pena@alhambrafoods.es", "Carlos Peña")),
        desc="Hemos movido la entrevista con Carlos Peña (responsable de BI y futuro manager) al martes por la "
             "tarde. Yo solo coordino la agenda (Irene, Talent Acquisition).\n\n" + meet("avk-rmfy-qzp")),
    tzs=(MAD,)),
    pos("Alhambra Foods", "Analista de Datos", "hiring_manager", "carlos.pena@alhambrafoods.es",
        trap="rescheduled"))


# --- not the user's interview: the user interviews for Northwind Labs ---------------------------------------

NW = "northwind-labs.com"
ME_AT_WORK = me("ACCEPTED", work=True)

case("ui-greenhouse-kit", "en", cal(
    "google", vevent(
        "6sd1lm8qk3vb0te5rj9hcn2fa7@google.com", "Interview: Sam Whitfield - Backend",
        "20261203T180000", "20261203T190000", tz="America/New_York", style="g",
        org=W(f"recruiting@{NW}", "Northwind Labs Recruiting"),
        att=(ME_AT_WORK, W(f"rosa.mendez@{NW}", "Rosa Mendez")),
        desc="Candidate: Sam Whitfield\nJob: Backend Engineer (Req 2291)\nInterview: Technical - Coding\n\n"
             "Interview kit: https://app.greenhouse.io/guides/48812/people/2209114?application_id=77120\n"
             "Scorecard due within 24 hours.\n\nhttps://northwind-labs.zoom.us/j/91240058812"),
    tzs=(NY,)),
    neg(UI))

case("ui-scorecard-due", "en", cal(
    "greenhouse", vevent(
        "greenhouse-scorecard-reminder-5519382@northwind-labs.com",
        "Scorecard due: Priya Natarajan (Data Engineer)", "20261204T213000", "20261204T214500", tz="Z",
        org=W("no-reply@us.greenhouse-mail.io", "Greenhouse"), att=(ME_AT_WORK,),
        desc="Please submit your scorecard for Priya Natarajan's interview (Data Engineer at Northwind Labs).\n"
             "https://app.greenhouse.io/scorecards/5519382")),
    neg(UI))

case("ui-debrief", "en", cal(
    "google", vevent(
        "0pk4mr7tl2sc9qb1he6dvj3na5@google.com", "Debrief - Ola Bello - Backend Engineer loop",
        "20261209T220000", "20261209T223000", tz="Z", style="g", meet="sgb-pzkr-utn",
        org=W(f"rosa.mendez@{NW}", "Rosa Mendez"),
        att=(W(f"rosa.mendez@{NW}", "Rosa Mendez", ps="ACCEPTED"), ME_AT_WORK, W(f"kenji.mori@{NW}", "Kenji Mori"),
             W(f"aylin.demir@{NW}", "Aylin Demir")),
        desc="Hire / no hire discussion for Ola Bello. Please submit scorecards before the debrief.\n\n"
             + meet("sgb-pzkr-utn"))),
    neg(UI))

case("ui-onsite-loop-rooms", "en", cal(
    "goodtime", vevent(
        "gt-evt-52210-northwind-20261211@goodtime.io", "Onsite loop: Marcus Yoon (Staff SRE) - Session 2: Systems",
        "20261211T110000", "20261211T120000", tz="America/New_York",
        org=W(f"recruiting@{NW}", "Northwind Labs Recruiting"),
        att=(ME_AT_WORK, W("marcus.yoon@proton.me", "Marcus Yoon"),
             room(f"nyc-12-foundry@{NW}", "NYC-12-Foundry (6)")),
        desc="Interviewer: Jordan Lee\nFocus: systems design & incident response\nCandidate: Marcus Yoon "
             "(Staff SRE)\nInterview kit and scorecard in GoodTime/Greenhouse.\n\nScheduled with GoodTime",
        loc="NYC-12-Foundry (6)"),
    tzs=(NY,)),
    neg(UI))

case("ui-calendly-host", "en", cal(
    "calendly", vevent(
        "e9a7c3b1-4f62-4d0e-8b95-1a2c3d4e5f60@calendly.com", "Candidate Chat between Jordan Lee and Ravi Kulkarni",
        "20261207T170000", "20261207T173000", tz="Z", style="g",
        org=W(ME_W, "Jordan Lee"),
        att=(W(ME_W, "Jordan Lee", ps="ACCEPTED"), W("ravi.kulkarni@gmail.com", "Ravi Kulkarni", ps="ACCEPTED")),
        desc="Event Name: Candidate Chat\n\nLocation: This is a Zoom web conference.\n"
             "https://northwind-labs.zoom.us/j/97720013348\n\nQuestions:\n\nWhich role are you applying for?\n"
             "Backend Engineer at Northwind Labs\n\nNeed to make changes to this event?\n"
             "Cancel: https://calendly.com/cancellations/e9a7c3b1\nReschedule: "
             "https://calendly.com/reschedulings/e9a7c3b1\n\nPowered by Calendly.com")),
    neg(UI))

case("ui-shadow", "en", cal(
    "google", vevent(
        "5jq0ht3mc8rv1kd6sl9bep2na4@google.com", "[Shadow] Coding interview - Emily Carter (Frontend)",
        "20261210T150000", "20261210T160000", tz="America/New_York", style="g",
        org=W(f"interview-training@{NW}", "Interviewer Training"),
        att=(ME_AT_WORK, W(f"tom.reyes@{NW}", "Tom Reyes")),
        desc="You are shadowing Tom Reyes for this coding interview as part of interviewer onboarding. Stay "
             "muted; write a practice scorecard afterwards."),
    tzs=(NY,)),
    neg(UI))

case("ui-calibration", "en", cal(
    "google", vevent(
        "9mt2kb5ql8rd1sv4hc7jen0fa3@google.com", "Interviewer calibration: system design rubric",
        "20261214T190000", "20261214T200000", tz="Z", style="g", meet="kwp-tzyn-bqa",
        org=W(f"kenji.mori@{NW}", "Kenji Mori"),
        att=(W(f"kenji.mori@{NW}", "Kenji Mori", ps="ACCEPTED"), ME_AT_WORK, W(f"rosa.mendez@{NW}", "Rosa Mendez"),
             W(f"eng-interviewers@{NW}", "eng-interviewers", cutype="GROUP")),
        desc="We'll score two recorded mock candidates against the new rubric and compare.\n\n"
             + meet("kwp-tzyn-bqa"))),
    neg(UI))

case("ui-organiser-to-university", "en", cal(
    "google", vevent(
        "3ev8ks1mq6tc0rj4lb9hda2np7@google.com", "Northwind Labs <> Tomás Ruiz: technical interview",
        "20261208T160000", "20261208T170000", tz="Europe/London", style="g", meet="bnr-qwex-ztd",
        org=W(ME_W, "Jordan Lee"),
        att=(W(ME_W, "Jordan Lee", ps="ACCEPTED"), W("t.ruiz@students.kelvingrove.ac.uk", "Tomás Ruiz")),
        desc="Hi Tomás, looking forward to our technical interview for the Graduate Software Engineer role at "
             "Northwind Labs. I'll be your interviewer.\nJordan\n\n" + meet("bnr-qwex-ztd")),
    tzs=(LON,)),
    neg(UI))

case("ui-modernloop-interviewer", "en", cal(
    "modernloop", vevent(
        "ml-9a4d2f60e1b3@northwind-labs.com", "Jordan Lee - Coding - Candidate: Hana Sato (Frontend)",
        "20261215T140000", "20261215T150000", tz="Z", org=W(f"scheduling@{NW}", "Northwind Labs Scheduling"),
        att=(ME_AT_WORK,),
        desc="You are interviewing Hana Sato for Frontend Engineer.\nModule: Coding (45 min) + candidate "
             "questions.\nResume and interview kit: https://app.modernloop.io/candidate/7741\n\nScheduled by "
             "ModernLoop")),
    neg(UI))

case("ui-goodtime-hm-round", "en", cal(
    "goodtime", vevent(
        "gt-evt-53318-northwind-20261216@goodtime.io", "Hiring Manager Interview - Luis Ortega / Jordan Lee",
        "20261216T160000", "20261216T164500", tz="America/New_York",
        org=W(f"scheduling@{NW}", "Northwind Labs Scheduling"),
        att=(ME_AT_WORK, W("luis.ortega@outlook.com", "Luis Ortega")),
        desc="Candidate: Luis Ortega\nPosition: Senior Data Engineer (Northwind Labs)\nInterviewer: Jordan Lee "
             "(Hiring Manager)\n\nhttps://northwind-labs.zoom.us/j/96610245571\n\nScheduled with GoodTime"),
    tzs=(NY,)),
    neg(UI))

case("ui-ashby-feedback", "en", cal(
    "ashby", vevent(
        "ashby-int-71e0c5b2-93af-4d6e-a8c4-0f2b7d1e9a36", "Technical Interview with Chen Wei (Senior Backend Engineer)",
        "20261217T180000", "20261217T190000", tz="Z", org=W(f"scheduling@{NW}", "Northwind Labs"),
        att=(ME_AT_WORK, W(f"aylin.demir@{NW}", "Aylin Demir")),
        desc="Interviewers: Jordan Lee, Aylin Demir\nCandidate: Chen Wei\n\nSubmit feedback in Ashby: "
             "https://app.ashbyhq.com/northwind-labs/interviews/71e0c5b2/feedback\nPowered by Ashby")),
    neg(UI))

case("ui-lever-panel", "en", cal(
    "lever", vevent(
        "lever-intv-0d8e4b21-6c3f-4a97-b52e-91f7a3c0e4d8", "Panel interview: Aditi Rao - Product Designer",
        "20261218T150000", "20261218T160000", tz="Z", org=W(f"talent@{NW}", "Northwind Labs Talent"),
        att=(ME_AT_WORK, W(f"noor.aziz@{NW}", "Noor Aziz"), W(f"felix.hart@{NW}", "Felix Hart")),
        desc="Panelists: Jordan Lee, Noor Aziz, Felix Hart\nCandidate: Aditi Rao (portfolio attached in Lever)\n"
             "Leave feedback: https://hire.lever.co/interviews/0d8e4b21/feedback")),
    neg(UI))

case("ui-de-bewerberin", "de", cal(
    "exchange", vevent(
        exchange_uid("nw-ber-bew"), "Vorstellungsgespräch mit Bewerberin Laura Schmidt (Werkstudentin Data)",
        "20261209T100000", "20261209T110000", tz=WEU, style="o",
        org=W(f"hr-berlin@{NW}", "HR Berlin - Northwind Labs"),
        att=(W(ME_W, "Lee, Jordan"), W("laura.schmidt@stud.tu-nordstadt.de", "Laura Schmidt")),
        desc="Hallo Jordan,\n\nbitte führe das Fachgespräch mit unserer Bewerberin Laura Schmidt "
             "(Werkstudentin Data Engineering). Lebenslauf im Anhang, Bewertungsbogen bitte bis Freitag.\n\n"
             "Danke! HR Berlin\n\n" + teams("de"),
        loc="Microsoft Teams-Besprechung"),
    tzs=(vtz(WEU, "eu", outlook=True),)),
    neg(UI))

case("ui-fr-entretien-candidat", "fr", cal(
    "google", vevent(
        "2na7ld0rk5sm8tc1qh4vjb9ep6@google.com", "Entretien candidat – Julien Moreau (Dév Backend)",
        "20261210T143000", "20261210T153000", tz="Europe/Paris", style="g",
        org=W(f"rh-paris@{NW}", "RH Paris – Northwind Labs"),
        att=(ME_AT_WORK, W("julien.moreau@free.fr", "Julien Moreau")),
        desc="Jordan, tu fais passer l'entretien technique au candidat Julien Moreau (Développeur Backend). "
             "Grille d'évaluation : https://app.greenhouse.io/guides/51120\n\n" + meet("hvt-xqea-kdp", "fr")),
    tzs=(PAR,)),
    neg(UI))

case("ui-es-entrevista-candidata", "es", cal(
    "outlook", vevent(
        exchange_uid("nw-mad-cand"), "Entrevista a candidata: Lucía Fernández – Ingeniera de Datos",
        "20261211T100000", "20261211T110000", tz=ROM, style="o",
        org=W(f"seleccion-madrid@{NW}", "Selección Madrid – Northwind Labs"),
        att=(W(ME_W, "Lee, Jordan"), W("lucia.fernandez92@hotmail.es", "Lucía Fernández")),
        desc="Jordan: entrevistas tú a la candidata Lucía Fernández para el puesto de Ingeniera de Datos en "
             "Northwind Labs Madrid. Rellena la ficha de evaluación después.\n\n" + teams("es"),
        loc="Reunión de Microsoft Teams")),
    neg(UI))

case("ui-hiring-committee", "en", cal(
    "google", vevent(
        "8dc3qt6lm1kr4sb9vh0jae7np2@google.com", "Hiring committee: L5 backend packets (3 candidates)",
        "20261218T200000", "20261218T210000", tz="Z", style="g",
        org=W(f"kenji.mori@{NW}", "Kenji Mori"),
        att=(W(f"kenji.mori@{NW}", "Kenji Mori", ps="ACCEPTED"), ME_AT_WORK, W(f"priya.anand@{NW}", "Priya Anand")),
        desc="Review the three L5 backend candidate packets before the meeting; decisions recorded in Greenhouse.",
        loc="NYC-12-Boardroom")),
    neg(UI))

case("ui-agency-sends-candidate", "en", cal(
    "outlook", vevent(
        exchange_uid("redline-adler"),
        "Interview: Ben Adler (Redline Recruiting) – Platform Engineer at Northwind Labs",
        "20261214T150000", "20261214T160000", tz="GMT Standard Time", style="o",
        org=W("c.doyle@redlinerecruiting.co.uk", "Ciara Doyle"),
        att=(W(ME_W, "Jordan Lee"), W("ben.adler84@gmail.com", "Ben Adler")),
        desc="Hi Jordan,\n\nAs agreed, here is the interview with my candidate Ben Adler for your Platform "
             "Engineer vacancy. CV attached; let me know your feedback afterwards.\n\nCiara Doyle, Redline "
             "Recruiting\n\n" + teams(),
        loc="Microsoft Teams Meeting"),
    tzs=(vtz("GMT Standard Time", "uk", outlook=True),)),
    neg(UI))

case("ui-takehome-review", "en", cal(
    "google", vevent(
        "4hr9tb2mq7kc0sv5ld8jen1fa6@google.com", "Review take-home: candidate #4412 (Backend)",
        "20261207T210000", "20261207T220000", tz="Z", style="g", org=W(ME_W, "Jordan Lee"),
        desc="Grade against the rubric, leave comments in Greenhouse.")),
    neg(UI))

case("ui-phone-screen-user-runs", "en", cal(
    "outlook", vevent(
        exchange_uid("nw-lindahl-ps"), "Phone screen – Greta Lindahl (QA Lead)",
        "20261202T150000", "20261202T153000", tz="Eastern Standard Time", style="o",
        org=W(ME_W, "Jordan Lee"), att=(W("greta.lindahl@hotmail.com", "Greta Lindahl"),),
        desc="Hi Greta, I'll call you for a 30-minute phone screen about the QA Lead role on my team at "
             "Northwind Labs.\nJordan Lee, Engineering Manager", loc="Phone")),
    neg(UI))

case("ui-personal-calendar-copy", "en", cal(
    "google", vevent(
        "7qa4mk9sd2lt5vr0hb3jce8np1@google.com", "Interviewing a candidate for NW (backend) - keep free",
        "20261216T190000", "20261216T200000", tz="Z", style="g", org=W(ME_G, "Jordan Lee"),
        desc="work thing - I'm on the loop as interviewer, details in work calendar")),
    neg(UI))

case("ui-sell-call", "en", cal(
    "google", vevent(
        "0lt6kc3sq9mb2rd5vh8jan1ep4@google.com", "Sell call w/ candidate Ines Duarte",
        "20261221T170000", "20261221T173000", tz="Z", style="g",
        org=W(f"recruiting@{NW}", "Northwind Labs Recruiting"),
        att=(ME_AT_WORK, W("ines.duarte@gmail.com", "Ines Duarte")),
        desc="Offer is out - Jordan to talk about the team and answer Ines's questions before she decides.")),
    neg(UI))

case("ui-teams-technical-candidate", "en", cal(
    "exchange", vevent(
        exchange_uid("nw-demir-tech"), "Technical Interview - Candidate: Yusuf Demir",
        "20261208T140000", "20261208T150000", tz=WEU, style="o",
        org=W(f"talent@{NW}", "Northwind Labs Talent"),
        att=(W(ME_W, "Lee, Jordan"), W("yusuf.demir@outlook.com", "Yusuf Demir")),
        desc="Candidate: Yusuf Demir\nRole: Site Reliability Engineer (Berlin)\nInterviewer: Jordan Lee\n\n"
             + teams(),
        loc="Microsoft Teams Meeting"),
    tzs=(vtz(WEU, "eu", outlook=True),)),
    neg(UI))

_SYNC = "1rk8mb4tq0lc7sd2vh5jen9fa3@google.com"
case("ui-recurring-hiring-sync", "en", cal(
    "google",
    vevent(_SYNC, "Backend hiring sync (interview loops)", "20261201T160000", "20261201T163000",
           tz="America/New_York", style="g", rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=8",
           org=W(f"rosa.mendez@{NW}", "Rosa Mendez"),
           att=(W(f"rosa.mendez@{NW}", "Rosa Mendez", ps="ACCEPTED"), ME_AT_WORK, W(f"kenji.mori@{NW}", "Kenji Mori")),
           desc="Weekly: pipeline review, who's interviewing whom this week, scorecard backlog."),
    vevent(_SYNC, "Backend hiring sync (interview loops) - moved", "20261216T160000", "20261216T163000",
           tz="America/New_York", style="g", rid="20261215T160000", seq=1,
           org=W(f"rosa.mendez@{NW}", "Rosa Mendez"),
           att=(W(f"rosa.mendez@{NW}", "Rosa Mendez", ps="ACCEPTED"), ME_AT_WORK, W(f"kenji.mori@{NW}", "Kenji Mori")),
           desc="Moved to Wednesday this week (offsite Tuesday)."),
    tzs=(NY,)),
    neg(UI))

case("ui-onsite-lunch", "en", cal(
    "google", vevent(
        "6jb1sd8mq3kt0lc5vr2hea9np7@google.com", "Lunch w/ candidate Rohan Mehta (onsite)",
        "20261211T120000", "20261211T130000", tz="America/New_York", style="g",
        org=W(f"recruiting@{NW}", "Northwind Labs Recruiting"), att=(ME_AT_WORK,),
        desc="Informal lunch as part of Rohan's onsite loop. Not evaluated - be the friendly face of the team.",
        loc="Cafeteria, 12th floor"),
    tzs=(NY,)),
    neg(UI))


# --- not the user's interview: practice, classes, press, personal, internal, networking ---------------------

case("mock-peer-platform", "en", cal(
    "peerprep", vevent(
        "pp-session-88120@peerprep.io", "Mock interview (peer practice) - System design",
        "20261205T230000", "20261206T000000", tz="Z", org=W("sessions@peerprep.io", "PeerPrep"),
        att=(me(), W("k.osei.dev@gmail.com", "Kwabena")),
        desc="Your practice partner this week is Kwabena. You interview first (30 min), then swap.\n"
             "Question packs: https://peerprep.io/packs/system-design\nThis is a practice session - not a real "
             "job interview.")),
    neg("mock interview"))

case("mock-with-friend", "en", cal(
    "google", vevent(
        "9kd2qs5mt8lb1vc4rh7jae0np3@google.com", "Practice interview with Alex (mock behavioral)",
        "20261201T020000", "20261201T030000", tz="Z", style="g",
        org=W("alex.park.88@gmail.com", "Alex Park"),
        att=(W("alex.park.88@gmail.com", "Alex Park", ps="ACCEPTED"), me("ACCEPTED")),
        desc="Alex plays the hiring manager, STAR answers, then feedback. Bring your Tidewater stories!",
        loc="Alex's place")),
    neg("mock interview"))

case("mock-karriereberatung", "de", cal(
    "outlook", vevent(
        exchange_uid("coaching-probe"), "Probe-Vorstellungsgespräch mit Karriereberaterin",
        "20261202T140000", "20261202T150000", tz=WEU, style="o",
        org=W("termine@karriere-coaching-rhein.de", "Karriere-Coaching Rhein"),
        att=(W("jordan.lee@gmail.com", "Jordan Lee"),),
        desc="Übungsgespräch mit Frau Dr. Weber: simuliertes Vorstellungsgespräch mit Videoaufzeichnung und "
             "Feedback. Bitte eine aktuelle Stellenanzeige mitbringen.",
        loc="Karriere-Coaching Rhein, Hohenzollernring 50, Köln")),
    neg("mock interview"))

case("mock-career-services", "en", cal(
    "outlook", vevent(
        exchange_uid("careers-mock"), "Mock Interview Appointment - Career Services",
        "20261204T130000", "20261204T140000", tz="Eastern Standard Time", style="o",
        org=W("careerservices@alumni.kelvingrove.edu", "Kelvingrove Alumni Career Services"),
        att=(W("jordan.lee@gmail.com", "Jordan Lee"),),
        desc="Your alumni mock interview with career coach Denise Harper is confirmed. Upload the job "
             "description you are practising for in Handshake.", loc="Career Center, Room 210")),
    neg("mock interview"))

case("mock-simulacro", "es", cal(
    "google", vevent(
        "5rc8mt1qk4sd7lb0vh3jea6np9@google.com", "Simulacro de entrevista con mi mentora",
        "20261206T110000", "20261206T120000", tz="Europe/Madrid", style="g",
        org=W("elena.quintana@yahoo.es", "Elena Quintana"),
        att=(W("elena.quintana@yahoo.es", "Elena Quintana", ps="ACCEPTED"), me("ACCEPTED")),
        desc="Practicamos preguntas de entrevista en inglés y español. Programa de mentoría Mujeres en Datos."),
    tzs=(MAD,)),
    neg("mock interview"))

case("webinar-behavioral", "en", cal(
    "zoom", vevent(
        "ZOOMWEB8812230014", "Webinar: Acing the Behavioral Interview",
        "20261208T180000", "20261208T190000", tz="Z", org=W("no-reply@zoom.us", "CareerLift Academy"),
        desc="Hi Jordan Lee,\n\nThank you for registering for \"Acing the Behavioral Interview\".\n\n"
             "Please submit any questions to: events@careerlift.io\n\nJoin from PC, Mac, iPad, or Android: "
             "https://us06web.zoom.us/w/88122300145?tk=AbC123\nPasscode: 557210\n\nYou can cancel your "
             "registration at any time."),
    method="PUBLISH"),
    neg("webinar"))

case("masterclass-negotiation", "en", cal(
    "eventbrite", vevent(
        "eb-event-912245187701-ticket-1@eventbrite.com", "Masterclass: Negotiating your job offer",
        "20261210T000000", "20261210T013000", tz="Z",
        org=W("noreply@eventbrite.com", "Offerwise Coaching"),
        desc="Online event. Learn how to negotiate salary, equity and start dates after the final interview.\n"
             "Join: https://www.eventbrite.com/x/912245187701", loc="Online event"),
    method="PUBLISH"),
    neg("webinar"))

case("atelier-entretiens-fr", "fr", cal(
    "google", vevent(
        "3lt0kd7sm2qb5vc8rh1jen4fa6@google.com", "Atelier : réussir ses entretiens d'embauche",
        "20261207T093000", "20261207T120000", tz="Europe/Paris", style="g",
        org=W("ateliers@emploi-solidaire-paris.fr", "Emploi Solidaire Paris"), att=(me(),),
        desc="Atelier collectif (12 participants) : préparer son pitch, répondre aux questions difficiles, "
             "simulations en binôme.", loc="Maison de l'Emploi, 18 rue de Lyon, Paris"),
    tzs=(PAR,)),
    neg("webinar"))

case("taller-entrevista-es", "es", cal(
    "zoom", vevent(
        "ZOOMWEB8745501237", "Taller: Cómo preparar una entrevista de trabajo en tecnología",
        "20261212T170000", "20261212T183000", tz="Z", org=W("no-reply@zoom.us", "Comunidad DevHispano"),
        desc="Gracias por inscribirte. Taller gratuito sobre entrevistas técnicas y de comportamiento.\n\n"
             "Únete: https://us06web.zoom.us/w/87455012371\nCódigo: 903114"),
    method="PUBLISH"),
    neg("webinar"))

case("user-research-interview", "en", cal(
    "google", vevent(
        "8sv5kc2mq9lt1rd4hb7jan0ep3@google.com", "User interview - onboarding study (P7)",
        "20261209T170000", "20261209T174500", tz="Z", style="g", meet="zqv-htrk-mwa",
        org=W(ME_W, "Jordan Lee"),
        att=(W(ME_W, "Jordan Lee", ps="ACCEPTED"), W("d.okoro@finchpoint.com", "Daniel Okoro"),
             W(f"uxr@{NW}", "Northwind UX Research")),
        desc="Research session with a Finchpoint admin about setting up Northwind for the first time. "
             "Consent form signed; recording on. Discussion guide: go/onboarding-guide\n\n" + meet("zqv-htrk-mwa"))),
    neg("research/press"))

case("podcast-recording", "en", cal(
    "google", vevent(
        "1vd4mq7sk0tb3lc6rh9jen2fa5@google.com", "Podcast recording: Data Hangar interview with Jordan Lee",
        "20261215T180000", "20261215T190000", tz="Z", style="g",
        org=W("bookings@datahangar.fm", "Data Hangar Podcast"), att=(me(work=True),),
        desc="Episode 142: how Northwind Labs runs its data platform. Riverside studio link: "
             "https://riverside.fm/studio/data-hangar - please use headphones.")),
    neg("research/press"))

case("press-interview-reporter", "en", cal(
    "outlook", vevent(
        exchange_uid("press-techwire"), "Interview with TechWire reporter re: Northwind launch",
        "20261203T150000", "20261203T153000", tz="Eastern Standard Time", style="o",
        org=W(f"comms@{NW}", "Northwind Comms"),
        att=(W(ME_W, "Lee, Jordan"), W("s.ahmed@techwire.news", "Sara Ahmed")),
        desc="Press interview about the launch. Comms will join; stick to the approved messaging doc.\n\n"
             + teams(), loc="Microsoft Teams Meeting")),
    neg("research/press"))

case("presseinterview-de", "de", cal(
    "google", vevent(
        "6ne9lt2mq5kc8sb1vd4jrh7fa0@google.com", "Presseinterview: Startup Kurier über Northwind Labs Berlin",
        "20261211T110000", "20261211T114500", tz="Europe/Berlin", style="g",
        org=W("redaktion@startup-kurier.de", "Redaktion Startup Kurier"), att=(me(work=True),),
        desc="Interview für das Porträt über das Berliner Büro von Northwind Labs. Fotograf kommt um 11:30."),
    tzs=(BER,)),
    neg("research/press"))

case("personal-dentist", "en", cal(
    "ios", vevent(
        "A7F3C2E1-5B90-4D86-9E14-2C0B7A6D3F58", "Dentist - Dr. Patel", "20261202T083000", "20261202T091500",
        tz="America/New_York", style="a", loc="Smile Studio, 220 W 57th St"),
    method=None, tzs=(NY,)),
    neg("personal appointment"))

case("personal-zahnarzt", "de", cal(
    "apple", vevent(
        "4D2B8E6A-1C7F-43A9-B05E-9F3D2A1C8E47", "Zahnarzttermin (Kontrolle)", "20261209T073000", "20261209T081500",
        tz="float", style="a", loc="Praxis Dr. Neumann, Kastanienallee 3"),
    method=None, head=("X-WR-CALNAME:Privat", "X-WR-TIMEZONE:Europe/Berlin")),
    neg("personal appointment"))

case("personal-medecin", "fr", cal(
    "thunderbird", vevent(
        "c8f2e0a4-7b1d-4e93-a6c5-2d9f0b3e8a71", "Rendez-vous médecin", "20261214T171500", "20261214T174500",
        tz="Europe/Paris", extra=("X-MOZ-GENERATION:1",), loc="Cabinet médical, 5 rue Oberkampf"),
    method=None, tzs=(PAR,)),
    neg("personal appointment"))

case("personal-fisio", "es", cal(
    "google", vevent(
        "2mk5sd8lt1qc4vb7rh0jen3fa9@google.com", "Cita con el fisioterapeuta", "20261210T190000", "20261210T194500",
        tz="Europe/Madrid", style="g", org=W(ME_G, "Jordan Lee"), loc="Clínica Fisiosalud, Calle Ibiza 22"),
    tzs=(MAD,)),
    neg("personal appointment"))

case("visa-interview-consulate", "en", cal(
    "google", vevent(
        "9lc2mt5sq8kb1vd4rh7jan0ep6@google.com", "US visa interview - consulate",
        "20270107T081500", "20270107T100000", tz="Europe/London", style="g", org=W(ME_G, "Jordan Lee"),
        desc="Bring passport, DS-160 confirmation, appointment letter, photo. No electronics allowed inside.",
        loc="U.S. Embassy, 33 Nine Elms Lane, London SW11 7US"),
    tzs=(LON,)),
    neg("not a job interview"))

case("apartment-viewing", "en", cal(
    "proton", vevent(
        "pc-7f3a9e21b0c44d8a@proton.me", "Apartment viewing - 14 Elm St #3B", "20261205T150000", "20261205T153000",
        tz="America/New_York", org=W(ME_G, "Jordan Lee"),
        att=(W("leasing@elmstreetliving.com", "Elm Street Living Leasing"),),
        desc="Ask about the lease break clause and the laundry."),
    tzs=(NY,)),
    neg("personal appointment"))

_SPRINT = exchange_uid("nw-sprint-plan")
case("internal-sprint-planning-recurring", "en", cal(
    "exchange",
    vevent(_SPRINT, "Sprint planning - Platform team", "20261201T100000", "20261201T110000", tz=WEU,
           style="o", rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6", org=W(f"maya.goldberg@{NW}", "Goldberg, Maya"),
           att=(W(ME_W, "Lee, Jordan"), W(f"kenji.mori@{NW}", "Mori, Kenji")), desc=teams(),
           loc="Microsoft Teams Meeting"),
    vevent(_SPRINT, "Sprint planning - Platform team (moved)", "20261216T140000", "20261216T150000", tz=WEU,
           style="o", rid="20261215T100000", seq=1, org=W(f"maya.goldberg@{NW}", "Goldberg, Maya"),
           att=(W(ME_W, "Lee, Jordan"), W(f"kenji.mori@{NW}", "Mori, Kenji")), desc=teams(),
           loc="Microsoft Teams Meeting"),
    tzs=(vtz(WEU, "eu", outlook=True),)),
    neg("internal meeting"))

case("internal-one-on-one", "en", cal(
    "google", vevent(
        "5tb8lc1mq4sd7kv0rh3jea6np2@google.com", "1:1 Jordan / Maya", "20261204T150000", "20261204T153000",
        tz="America/New_York", style="g", rrule="FREQ=WEEKLY;BYDAY=FR",
        org=W(f"maya.goldberg@{NW}", "Maya Goldberg"),
        att=(W(f"maya.goldberg@{NW}", "Maya Goldberg", ps="ACCEPTED"), ME_AT_WORK),
        desc="Running notes: go/jordan-maya-1on1"),
    tzs=(NY,)),
    neg("internal meeting"))

case("internal-offsite-allday", "en", cal(
    "google", vevent(
        "0sq3mk6lt9cb2vd5rh8jen1fa4@google.com", "Q1 planning offsite", "20270120", "20270122",
        tz="date", style="g", org=W(f"maya.goldberg@{NW}", "Maya Goldberg"),
        att=(W(f"maya.goldberg@{NW}", "Maya Goldberg", ps="ACCEPTED"), ME_AT_WORK,
             W(f"eng-leads@{NW}", "eng-leads", cutype="GROUP")),
        desc="Two days of roadmap and headcount planning, incl. hiring plan for Q1.", loc="Hudson Valley Lodge")),
    neg("internal meeting"))

case("exit-interview-hr", "en", cal(
    "outlook", vevent(
        exchange_uid("nw-exit"), "Exit interview with People team", "20270129T140000", "20270129T143000",
        tz="Eastern Standard Time", style="o", org=W(f"people@{NW}", "Northwind People Team"),
        att=(W(ME_W, "Lee, Jordan"),),
        desc="Confidential conversation about your time at Northwind Labs before your last day. Laptop return "
             "details to follow.", loc="Microsoft Teams Meeting")),
    neg("not a job interview"))

case("coffee-chat-networking", "en", cal(
    "google", vevent(
        "4kd7mq0sl3tb6vc9rh2jen5fa8@google.com", "Coffee chat with Nora (Brookline)", "20261206T140000",
        "20261206T143000", tz="America/New_York", style="g",
        org=W("nora.feld@gmail.com", "Nora Feld"),
        att=(W("nora.feld@gmail.com", "Nora Feld", ps="ACCEPTED"), me("ACCEPTED")),
        desc="Happy to tell you what it's like working at Brookline - no agenda, just coffee!",
        loc="Blue Bottle, Bryant Park"),
    tzs=(NY,)),
    neg("coffee chat"))

case("informational-interview", "en", cal(
    "google", vevent(
        "7mc0lt3sq6kb9vd2rh5jan8ep1@google.com", "Informational interview - Sam Patel (Verity Health)",
        "20261208T170000", "20261208T173000", tz="Z", style="g", meet="gwe-kznq-prb",
        org=W(ME_G, "Jordan Lee"),
        att=(W(ME_G, "Jordan Lee", ps="ACCEPTED"), W("sam.patel@verityhealth.com", "Sam Patel")),
        desc="Learn about data roles at Verity Health and how Sam moved from consulting. Not applying yet - "
             "just networking.\n\n" + meet("gwe-kznq-prb"))),
    neg("coffee chat"))

case("kaffee-ex-kollegin", "de", cal(
    "google", vevent(
        "1qe4mt7sk0lb3vc6rh9jen2fa5@google.com", "Kaffee mit Jana (Ex-Kollegin, jetzt bei Fernwerk)",
        "20261213T100000", "20261213T110000", tz="Europe/Berlin", style="g", org=W(ME_G, "Jordan Lee"),
        att=(W(ME_G, "Jordan Lee", ps="ACCEPTED"), W("jana.koenig@posteo.de", "Jana König")),
        desc="Einfach mal quatschen, wie es ihr bei Fernwerk geht.", loc="Café Kranzler"),
    tzs=(BER,)),
    neg("coffee chat"))

case("career-fair-allday", "en", cal(
    "eventbrite", vevent(
        "eb-event-905512334410-ticket-1@eventbrite.com", "Tech Career Fair 2027 - Messe Berlin", "20270127",
        "20270128", tz="date", org=W("noreply@eventbrite.com", "TechJobs Europe"),
        desc="Meet 120 hiring companies. Bring printed CVs. Your ticket: #905512334410",
        loc="Messe Berlin, Hall 7"),
    method="PUBLISH"),
    neg("job fair"))

case("salon-emploi-fr", "fr", cal(
    "google", vevent(
        "8ld1kt4sm7qc0vb3rh6jan9ep2@google.com", "Salon de l'emploi tech – Paris Expo", "20270204T100000",
        "20270204T170000", tz="Europe/Paris", style="g", org=W(ME_G, "Jordan Lee"),
        desc="Stands : 80 entreprises. Préparer 20 CV imprimés.", loc="Paris Expo Porte de Versailles, Hall 5"),
    tzs=(PAR,)),
    neg("job fair"))

case("reference-call-user-is-reference", "en", cal(
    "google", vevent(
        "3nt6kc9sq2lb5vd8rh1jen4fa7@google.com", "Reference call re: Priya Shah", "20261214T200000",
        "20261214T201500", tz="Z", style="g", org=W("m.oconnell@quintushealth.com", "Megan O'Connell"),
        att=(W("m.oconnell@quintushealth.com", "Megan O'Connell", ps="ACCEPTED"), me()),
        desc="Hi Jordan, thanks for agreeing to be a reference for Priya Shah, who is a finalist for our "
             "Staff Analyst role at Quintus Health. 15 minutes, a few questions about working with her.\n"
             "Megan O'Connell, Talent Acquisition")),
    neg("user as reference"))

case("referenzgespraech-de", "de", cal(
    "outlook", vevent(
        exchange_uid("ref-bauer"), "Referenzgespräch zu Max Bauer", "20261217T090000", "20261217T092000",
        tz=WEU, style="o", org=W("s.lang@orbitwerk.de", "Lang, Stefanie"),
        att=(W(ME_W, "Jordan Lee"),),
        desc="Guten Tag Herr/Frau Lee,\n\nHerr Max Bauer hat Sie als Referenz angegeben. Wir möchten kurz über "
             "Ihre Zusammenarbeit bei Northwind Labs sprechen.\n\nStefanie Lang, Orbitwerk GmbH",
        loc="Telefon")),
    neg("user as reference"))

case("prep-block-self", "en", cal(
    "google", vevent(
        "6kc9mt2sl5qb8vd1rh4jan7ep0@google.com", "Prep for Tidewater screen", "20261203T123000",
        "20261203T133000", tz="America/New_York", style="g", org=W(ME_G, "Jordan Lee"),
        desc="re-read the JD, 3 STAR stories, questions about on-call"),
    tzs=(NY,)),
    neg("prep block"))

case("afterview-tickler", "en", cal(
    "afterview", vevent(
        "afterview-5b0c1f9e8d7a6b5c4d3e2f1a0b9c8d7e",
        "Send thank-you notes — Tidewater Analytics, Senior Platform Engineer",
        "20261203T190000", "20261203T191500", tz="Z",
        desc="Your interview ended. Drafts are in your Drafts folder; write down what you talked about.",
        extra=("X-AFTERVIEW-OWNER:afterview", "X-AFTERVIEW-KEY:thanks/tidewater-analytics/senior-platform-engineer")),
    method=None),
    neg("afterview tickler"))


# --- writing -------------------------------------------------------------------------------------------------


def uids_of(text: str) -> list[str]:
    """Given calendar text, returns the distinct VEVENT UIDs in order; raises ValueError if it does not parse."""
    found: list[str] = []
    for component in Calendar.from_ical(text).walk("VEVENT"):
        uid = str(component.get("UID"))
        if uid not in found:
            found.append(uid)
    return found


def rows_for(name: str, item: Case) -> list[dict[str, str]]:
    """Given a file name and its case, returns its labels.csv rows; raises ValueError on a label/UID mismatch."""
    uids = uids_of(item.text)
    if len(uids) != len(item.labels):
        raise ValueError(f"{name}: {len(uids)} UIDs but {len(item.labels)} labels")
    return [{"file": name, "uid": uid, "is_interview": "1" if lab.is_interview else "0", "company": lab.company,
             "role": lab.role, "stage": lab.stage, "interviewers": ";".join(lab.people), "split": SPLIT,
             "trap": lab.trap} for uid, lab in zip(uids, item.labels, strict=True)]


def write_labels(path: Path, mine: list[dict[str, str]]) -> None:
    """Given labels.csv and this split's rows, rewrites it atomically keeping every other split's rows."""
    with path.open(encoding="utf-8", newline="") as handle:
        keep = [r for r in csv.DictReader(handle) if r["split"] != SPLIT]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS)
    writer.writeheader()
    writer.writerows(keep + mine)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".labels-", suffix=".csv")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        handle.write(buffer.getvalue())
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    """Given command-line arguments, writes the holdout5 files and labels; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests/corpus/events")
    args = parser.parse_args(argv)
    out: Path = args.out
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[dict[str, str]] = []
    for number, item in enumerate(CASES, start=1):
        name = f"{SPLIT}-{number:03d}-{item.kind}.ics"
        rows += rows_for(name, item)
        (out / name).write_bytes(item.text.encode("utf-8"))
    write_labels(out / "labels.csv", rows)
    kinds = Counter(("interview" if c.labels[0].is_interview else c.labels[0].trap or "other", c.lang) for c in CASES)
    positives = sum(r["is_interview"] == "1" for r in rows)
    print(f"{len(CASES)} files, {len(rows)} labelled UIDs: {positives} interviews, {len(rows) - positives} not")
    for (kind, lang), count in sorted(kinds.items()):
        print(f"  {kind:22} {lang}  {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
