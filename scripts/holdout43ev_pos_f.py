"""holdout43 interviews, part F: the user's own Google entry in an X-WR-TIMEZONE feed, an owner inviting from
iCloud, a UK forwarder's vague Teams title in GMT Standard Time and a second Personio round with Meet."""

from __future__ import annotations

from holdout43ev_boiler import meet, teams
from holdout43ev_ics import APPLE_IOS, FREE, OUTLOOK16, TZ_BERLIN, Ev, cal, esc, tz_windows


def kornfeld_xwr() -> Ev:
    uid = "6hbm2oj1c5gj8b9k6oq3eb9k6sp3abb2cgs34b9o6ks3ic9j60pm4chi64@google.com"
    ics = cal(
        """
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Marta privat
X-WR-TIMEZONE:Europe/Berlin
""",
        f"""
BEGIN:VEVENT
DTSTART:20270203T150000Z
DTEND:20270203T160000Z
DTSTAMP:20261128T061512Z
UID:{uid}
CREATED:20270127T204411Z
DESCRIPTION:Disposition/Logistik\\, mit Hr. Lübbers (Leiter Logistik). Teams-
 Link kommt per Mail. Fragen: Saisonspitzen Ernte\\, Fuhrpark eigen oder
  fremd?
LAST-MODIFIED:20270127T204502Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Kornfeld Agrar (Teams)
TRANSP:OPAQUE
END:VEVENT
""",
    )
    return Ev("google-xwr-user-typed-de", "de", ics, uid, 1, "Kornfeld Agrarhandel", "Disposition/Logistik", "",
              "lübbers", "x-wr-timezone-user-typed-de", "Kornfeld Agrar|Kornfeld", "Google Calendar")


def rehkamp_icloud() -> Ev:
    uid = "A3F7C1E9-2B4D-4E8A-9C61-7D05B3E2F8A4"
    ics = cal(
        APPLE_IOS.replace("METHOD:PUBLISH", "METHOD:REQUEST"),
        TZ_BERLIN,
        f"""
BEGIN:VEVENT
ATTENDEE;CN="Stefan Rehkamp";CUTYPE=INDIVIDUAL;EMAIL="stefan.rehkamp@icloud.com";PARTSTAT=ACCEPTED;ROLE=CHAIR:
 mailto:stefan.rehkamp@icloud.com
ATTENDEE;CN="marta.kowalska@gmx.de";CUTYPE=INDIVIDUAL;EMAIL="marta.kowalska@gmx.de";PARTSTAT=NEEDS-ACTION;
 ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{FREE}
CREATED:20270108T183355Z
DESCRIPTION:Hallo Frau Kowalska\\, wie besprochen – Treffpunkt im Laden am
  Infopoint\\, danach gehen wir zusammen ins Lager. Gruß S. Rehkamp
DTEND;TZID=Europe/Berlin:20270116T110000
DTSTAMP:20270108T183401Z
DTSTART;TZID=Europe/Berlin:20270116T100000
LAST-MODIFIED:20270108T183355Z
LOCATION:Möbel Rehkamp\\, Kamener Str. 150\\, 44532 Lünen
ORGANIZER;CN="Stefan Rehkamp";EMAIL="stefan.rehkamp@icloud.com":mailto:stefan.rehkamp@icloud.com
SEQUENCE:0
SUMMARY:Gespräch Lagerleitung – Möbel Rehkamp
TRANSP:OPAQUE
UID:{uid}
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
""",
    )
    return Ev("icloud-owner-direct-de", "de", ics, uid, 1, "Möbel Rehkamp", "Lagerleitung", "",
              "stefan.rehkamp@icloud.com", "icloud-owner-saturday-de", "Möbelhaus Rehkamp", "Apple iCloud")


def dunmore_outlook() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000B0C4D2E6F890DB01000000000000000010000000"
           "DEADBEEF0BADF00D1234ABCD5678EF90")
    body = teams("en", "377 215 908 441", "Gt4wN6", "MTc3ZjEwZWQtYjYwOS00ZmE0LWEzZWMtN2NiYWQ2NzBlNjI4")
    desc = (
        "Hi Marta,\n\nlooking forward to our chat about the Warehouse Manager (Germany) opening for our new "
        f"Duisburg cross-dock.\n\nRegards,\nChidi\n\n{body}"
    )
    ics = cal(
        OUTLOOK16,
        tz_windows("GMT Standard Time", "+0000", "+0100"),
        f"""
BEGIN:VEVENT
ATTENDEE;CN=marta.kowalska@gmx.de;RSVP=TRUE:mailto:{FREE}
CLASS:PUBLIC
CREATED:20261208T161802Z
DESCRIPTION:{esc(desc)}
DTEND;TZID="GMT Standard Time":20261215T153000
DTSTAMP:20261208T161802Z
DTSTART;TZID="GMT Standard Time":20261215T150000
LAST-MODIFIED:20261208T161802Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Okafor, Chidi":mailto:chidi.okafor@dunmorefreight.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Teams meeting: Marta Kowalska / Dunmore Freight
TRANSP:OPAQUE
UID:{uid}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
""",
    )
    return Ev("outlook-gmt-teams-en", "en", ics, uid, 1, "Dunmore Freight", "Warehouse Manager (Germany)", "",
              "chidi.okafor@dunmorefreight.co.uk", "outlook-gmt-vague-title-en", "Dunmore",
              "Outlook")


def kaltenbach_personio() -> Ev:
    uid = "itv-2b9e4d71-6c08-4f3a-b5d2-1e7a9c3f0d58@kaltenbach.personio.de"
    body = meet("de", "tfa-ncyr-kwu", "507 118 206")
    desc = (
        "Hallo Frau Kowalska,\n\nwir möchten Sie gern zu einem zweiten Gespräch für die Stelle Disponent/in "
        "Lager & Transport einladen. Diesmal lernen Sie Ihre zukünftige Teamleitung, Herrn Richard "
        "Kaltenbach, kennen.\n\nViele Grüße\nIhr Team der Kaltenbach Getränkelogistik GmbH\n\n"
        f"{body}\n\nDiese Einladung wurde über Personio versendet."
    )
    ics = cal(
        "PRODID:-//Personio GmbH//Personio Recruiting//DE\nVERSION:2.0\nMETHOD:REQUEST",
        TZ_BERLIN,
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20270111T091000Z
DTSTART;TZID=Europe/Berlin:20270118T150000
DTEND;TZID=Europe/Berlin:20270118T154500
SUMMARY:Zweites Gespräch: Disponent/in Lager & Transport | Kaltenbach Getränkelogistik GmbH
DESCRIPTION:{esc(desc)}
LOCATION:Google Meet
ORGANIZER;CN=Richard Kaltenbach:mailto:r.kaltenbach@kaltenbach-getraenke.de
ATTENDEE;CN=Richard Kaltenbach;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:r.kaltenbach@kaltenbach-getraenke.de
ATTENDEE;CN=Marta Kowalska;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{FREE}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""",
    )
    return Ev("personio-meet-de", "de", ics, uid, 1, "Kaltenbach Getränkelogistik", "Disponent/in Lager & Transport",
              "hiring_manager", "r.kaltenbach@kaltenbach-getraenke.de", "personio-second-round-meet-de",
              "Kaltenbach", "Personio")


EVENTS = [
    kornfeld_xwr,
    rehkamp_icloud,
    dunmore_outlook,
    kaltenbach_personio,
]
