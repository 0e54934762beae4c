"""Video-call boilerplate and small constructors shared by the holdout11 event modules.

Given a language and a seed, each function returns the footer text a meeting tool appends.
"""

from __future__ import annotations

from holdout11ev_ics import ME_NAME, ME_PRIVATE, ME_WORK, Att

SEP = "_" * 64


def A(cn: str, email: str, **kw: str | bool) -> Att:
    """Given a name and address, returns an attendee (keywords: cutype, role, partstat, coord)."""
    return Att(cn, email, **kw)  # type: ignore[arg-type]


def me_p(partstat: str = "NEEDS-ACTION") -> Att:
    """Returns the user's private address as an attendee."""
    return Att(ME_NAME, ME_PRIVATE, partstat=partstat)


def me_w(partstat: str = "ACCEPTED") -> Att:
    """Returns the user's work address as an attendee."""
    return Att(ME_NAME, ME_WORK, partstat=partstat)


def room(cn: str, email: str) -> Att:
    """Returns a meeting room resource."""
    return Att(cn, email, cutype="ROOM", role="NON-PARTICIPANT", partstat="ACCEPTED")


def teams(lang: str, n: int) -> str:
    """Returns a Microsoft Teams join block in lang."""
    mid = f"3{n:02d} 5{n % 7}1 48{n % 10} 2{n % 9}7"
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzI{n:03d}Yz@thread.v2/0?context=%7b%22Tid%22%3a%22"
    txt = {
        "en": ("Microsoft Teams meeting", "Join on your computer, mobile app or room device", "Click here to join",
               "Meeting ID", "Passcode", "Learn More | Meeting options"),
        "es": ("Reunión de Microsoft Teams", "Únase desde su equipo, aplicación móvil o dispositivo de sala",
               "Haga clic aquí para unirse a la reunión", "Id. de reunión", "Código de acceso",
               "Más información | Opciones de reunión"),
        "de": ("Microsoft Teams-Besprechung", "Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem "
               "Raumgerät aus teil", "Klicken Sie hier, um an der Besprechung teilzunehmen", "Besprechungs-ID",
               "Kennung", "Weitere Informationen | Besprechungsoptionen"),
        "fr": ("Réunion Microsoft Teams", "Rejoindre sur votre ordinateur, votre application mobile ou votre "
               "appareil de salle", "Cliquez ici pour participer à la réunion", "ID de réunion", "Code secret",
               "En savoir plus | Options de réunion"),
    }[lang]
    return (f"{SEP}\n{txt[0]}\n{txt[1]}\n{txt[2]}<{url}>\n{txt[3]}: {mid}\n{txt[4]}: q{n}Xr7b\n{txt[5]}\n{SEP}")


def zoom(lang: str, n: int) -> str:
    """Returns a Zoom invitation block in lang."""
    mid = f"8{n % 10}4 {n:03d}5 21{n % 10}{n % 7}"
    head = {"en": "Join Zoom Meeting", "es": "Unirse a la reunión Zoom", "de": "Zoom-Meeting beitreten",
            "fr": "Participer à la réunion Zoom"}[lang]
    mid_l = {"en": "Meeting ID", "es": "ID de reunión", "de": "Meeting-ID", "fr": "ID de réunion"}[lang]
    pw = {"en": "Passcode", "es": "Código de acceso", "de": "Kenncode", "fr": "Code secret"}[lang]
    return (f"{head}\nhttps://us02web.zoom.us/j/8{n:04d}521{n % 10}?pwd=aXk{n}Q2\n\n"
            f"{mid_l}: {mid}\n{pw}: {n}4{n % 9}1\n\n"
            f"One tap mobile\n+34843685{n % 10}77,,8{n:04d}521#\n+4969710{n % 10}9989,,8{n:04d}521#")


def meet(lang: str, n: int) -> str:
    """Returns a Google Meet block plus the Google Calendar invitation footer in lang."""
    code = f"{'abcdefghjk'[n % 10]}qx-{'mnprstuvwz'[n % 10]}ret-{'bcdfghjklm'[(n * 3) % 10]}ow"
    join = {"en": "Join with Google Meet", "es": "Unirse con Google Meet", "de": "Mit Google Meet teilnehmen",
            "fr": "Participer avec Google Meet"}[lang]
    foot = {"en": "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this "
                  "email because you are an attendee on the event.",
            "es": "Invitación de Google Calendar: https://calendar.google.com/calendar/\n\nHas recibido este correo "
                  "porque eres un invitado del evento.",
            "de": "Einladung von Google Kalender: https://calendar.google.com/calendar/\n\nSie erhalten diese "
                  "E-Mail, weil Sie Gast bei diesem Termin sind.",
            "fr": "Invitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail "
                  "car vous participez à cet événement."}[lang]
    return f"-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n{join}: https://meet.google.com/{code}\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n\n{foot}"


def webex(lang: str, n: int) -> str:
    """Returns a Webex join block in lang."""
    head = {"en": "Join Webex meeting", "es": "Entrar a la reunión de Webex", "de": "Webex-Meeting beitreten",
            "fr": "Rejoindre la réunion Webex"}[lang]
    return (f"-- Do not delete or change any of the following text. --\n{head}\n"
            f"https://meetingsemea{n % 30}.webex.com/meet/j.php?MTID=m{n:04d}a9f\n"
            f"Meeting number (access code): 2740 {n:03d} {n % 9}81\nMeeting password: Tr{n}Lp")
