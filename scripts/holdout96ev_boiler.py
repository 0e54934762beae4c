"""Video-call boilerplate (plain text, escape with esc()) for holdout96."""

from __future__ import annotations

_BAR = "_" * 64


def teams_en(mid: str, pw: str, tenant: str = "3f1c2a7e-9b1d-4c55-a1e2-6d0b7f9e4c21") -> str:
    return f"""{_BAR}
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tenant}%22%7d>
Meeting ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}
Passcode: {pw}
Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
{_BAR}"""


def teams_de(mid: str, pw: str) -> str:
    return f"""{_BAR}
Microsoft Teams-Besprechung
Nehmen Sie auf Ihrem Computer, in der mobilen App oder auf einem Raumgerät teil
Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Besprechungs-ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}
Kennung: {pw}
Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
{_BAR}"""


def teams_es(mid: str, pw: str) -> str:
    return f"""{_BAR}
Reunión de Microsoft Teams
Únase a través de su ordenador, aplicación móvil o dispositivo de sala
Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Id. de reunión: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}
Código de acceso: {pw}
Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
{_BAR}"""


def teams_fr(mid: str, pw: str) -> str:
    return f"""{_BAR}
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, application mobile ou appareil de salle
Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
ID de la réunion : {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}
Code secret : {pw}
Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
{_BAR}"""


def zoom_en(host: str, mid: str, pw: str, sub: str = "us06web") -> str:
    return f"""{host} is inviting you to a scheduled Zoom meeting.

Join Zoom Meeting
https://{sub}.zoom.us/j/{mid}?pwd={pw}Xk2Lm9QaZ1

Meeting ID: {mid[:3]} {mid[3:7]} {mid[7:]}
Passcode: {pw}

---

One tap mobile
+35312402424,,{mid}#,,,,*{pw}# Ireland
+442034815240,,{mid}#,,,,*{pw}# United Kingdom

Find your local number: https://{sub}.zoom.us/u/abCdE12fG"""


def meet_en(code: str, pin: str = "") -> str:
    dial = f"\nOr dial: (IE) +353 1 526 {pin[:4]} PIN: {pin} #" if pin else ""
    return f"""Join with Google Meet
https://meet.google.com/{code}{dial}
More phone numbers: https://tel.meet/{code}?pin={pin or '1'}

Learn more about Meet at: https://support.google.com/a/users/answer/9282720"""


def webex_en(num: str, pw: str, site: str) -> str:
    return f"""When it's time, join your Webex meeting here.

Meeting number (access code): {num}
Meeting password: {pw}

Join meeting
https://{site}.webex.com/{site}/j.php?MTID=m5c2d9e8f1a7b3c4d6e0f

Join by phone
+44-20-7660-8149 United Kingdom Toll
+353-1-653-0061 Ireland Toll
Access code: {num}"""
