"""Video-conference and tool boilerplate for the holdout59 event corpus (blind split, CC0 1.0)."""

from __future__ import annotations

from holdout59ev_ics import hexid

LINE = "_" * 80


def teams(lang: str, seed: str, tenant: str = "") -> str:
    h = hexid(seed, 40)
    mid = f"{int(h[:6], 16) % 900 + 100} {int(h[6:12], 16) % 900 + 100} {int(h[12:18], 16) % 900 + 100} " \
          f"{int(h[18:24], 16) % 900 + 100}"
    code = h[24:30].upper()[:3] + h[30:33]
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h[:22]}%40thread.v2/0?context=%7b%22Tid%22%3a%22" \
          f"{tenant or h[:8]}%22%7d"
    if lang == "de":
        return (f"{LINE}\nMicrosoft Teams Hilfe benötigen?\nJetzt an der Besprechung teilnehmen <{url}>\n"
                f"Besprechungs-ID: {mid}\nKennung: {code}\n{LINE}\nFür Organisatoren: Besprechungsoptionen\n"
                f"{LINE}")
    if lang == "nl":
        return (f"{LINE}\nMicrosoft Teams-vergadering\nDeelnemen op uw computer, mobiele app of ruimteapparaat\n"
                f"Klik hier om deel te nemen aan de vergadering <{url}>\nVergadering-id: {mid}\n"
                f"Wachtwoordcode: {code}\nTeams downloaden | Deelnemen op het web\n{LINE}")
    if lang == "fr":
        return (f"{LINE}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil "
                f"de salle\nCliquez ici pour rejoindre la réunion <{url}>\nID de réunion : {mid}\n"
                f"Code secret : {code}\nTélécharger Teams | Rejoindre sur le web\n{LINE}")
    return (f"{LINE}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting <{url}>\nMeeting ID: {mid}\nPasscode: {code}\n"
            f"Download Teams | Join on the web\nLearn More | Meeting options\n{LINE}")


def zoom(lang: str, seed: str, host: str = "") -> str:
    h = hexid(seed, 30)
    num = str(int(h[:10], 16))[:11]
    spaced = f"{num[:3]} {num[3:7]} {num[7:]}"
    pwd = str(int(h[10:16], 16))[:6]
    url = f"https://us06web.zoom.us/j/{num}?pwd={h[16:30]}"
    if lang == "de":
        who = f"{host} lädt Sie zu einem geplanten Zoom-Meeting ein.\n\n" if host else ""
        return (f"{who}Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {spaced}\nKenncode: {pwd}\n\n"
                f"Schnelleinwahl mobil\n+496971049922,,{num}#,,,,*{pwd}# Deutschland\n\n"
                f"Einwahl nach aktuellem Standort\n        +49 69 7104 9922 Deutschland\n"
                f"        +49 30 5679 5800 Deutschland\nMeeting-ID: {spaced}\nKenncode: {pwd}")
    if lang == "nl":
        return (f"Deelnemen aan Zoom-vergadering\n{url}\n\nVergadering-ID: {spaced}\nToegangscode: {pwd}")
    who = f"{host} is inviting you to a scheduled Zoom meeting.\n\n" if host else ""
    return (f"{who}Join Zoom Meeting\n{url}\n\nMeeting ID: {spaced}\nPasscode: {pwd}\n\n---\n\n"
            f"One tap mobile\n+31207947375,,{num}#,,,,*{pwd}# Netherlands\n+496938079883,,{num}#,,,,*{pwd}# "
            f"Germany\n\nJoin instructions\nhttps://us06web.zoom.us/meetings/{num}/invitations?signature={h[:20]}")


def meet_code(seed: str) -> str:
    h = hexid(seed, 20)
    a = "".join(chr(97 + int(c, 16) % 26) for c in h)
    return f"{a[:3]}-{a[3:7]}-{a[7:10]}"


SEP = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"


def meet(lang: str, seed: str) -> str:
    code = meet_code(seed)
    pin = str(int(hexid(seed + "pin", 8), 16))[:9]
    if lang == "de":
        return (f"{SEP}\nAn Google Meet-Videokonferenz teilnehmen: https://meet.google.com/{code}\n\n"
                f"Oder telefonisch teilnehmen: (DE) +49 40 8081 6{pin[:3]} PIN: {pin}#\n"
                f"Weitere Telefonnummern: https://tel.meet/{code}?pin={pin}\n\n"
                f"Weitere Informationen zu Meet: https://support.google.com/a/users/answer/9282720\n\n"
                f"Bitte bearbeiten Sie diesen Abschnitt nicht.\n{SEP}")
    if lang == "es":
        return (f"{SEP}\nUnirse con Google Meet: https://meet.google.com/{code}\n\n"
                f"O marcar: (ES) +34 910 48 {pin[:4]} PIN: {pin}#\n"
                f"Más números de teléfono: https://tel.meet/{code}?pin={pin}\n\n"
                f"Más información sobre Meet: https://support.google.com/a/users/answer/9282720\n\n"
                f"No edites esta sección.\n{SEP}")
    return (f"{SEP}\nJoin with Google Meet: https://meet.google.com/{code}\n\n"
            f"Or dial: (NL) +31 20 257 3{pin[:3]} PIN: {pin}#\nMore phone numbers: https://tel.meet/{code}?pin={pin}"
            f"\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
            f"Please do not edit this section.\n{SEP}")


def webex(lang: str, seed: str, site: str) -> str:
    h = hexid(seed, 24)
    num = str(int(h[:10], 16))[:11]
    spaced = f"{num[:4]} {num[4:7]} {num[7:]}"
    url = f"https://{site}.webex.com/{site}/j.php?MTID=m{h}"
    pw = h[10:18]
    if lang == "de":
        return (f"Meeting-Link:\n{url}\n\nMeeting-Kennnummer: {spaced}\nMeeting-Passwort: {pw}\n\n"
                f"Über Videosystem oder -anwendung beitreten\nWählen Sie {num}@{site}.webex.com\n\n"
                f"Per Telefon beitreten\n+49-619-6781-9736 Deutschland gebührenpflichtig\nZugriffscode: {spaced}")
    return (f"Join meeting:\n{url}\n\nMeeting number (access code): {spaced}\nMeeting password: {pw}\n\n"
            f"Join by video system\nDial {num}@{site}.webex.com\n\nJoin by phone\n+49-619-6781-9736 Germany Toll\n"
            f"Access code: {spaced}")


def calendly_footer(lang: str, seed: str) -> str:
    h = hexid(seed, 36)
    if lang == "de":
        return (f"Änderungen an diesem Termin nötig?\nAbsagen: https://calendly.com/cancellations/{h}\n"
                f"Neu planen: https://calendly.com/reschedulings/{h}\n\nPowered by Calendly.com")
    return (f"Need to make changes to this event?\nCancel: https://calendly.com/cancellations/{h}\n"
            f"Reschedule: https://calendly.com/reschedulings/{h}\n\nPowered by Calendly.com")
