"""Video-call boilerplate (Zoom, Teams, Google Meet, Webex) in EN/DE/FR/ES for the holdout46 event corpus."""

from __future__ import annotations

from holdout46ev_ics import digits, hexid, letters, uuid

_DIAL = {
    "en": ("+442080806591", "United Kingdom", "+442034815240", "United Kingdom"),
    "de": ("+496938079883", "Deutschland", "+493056795800", "Deutschland"),
    "fr": ("+33170379729", "France", "+33186995831", "France"),
    "es": ("+34917873431", "España", "+34931786452", "España"),
}


def _mid(seed: str) -> tuple[str, str]:
    m = digits("zoom" + seed, 11)
    return m, f"{m[:3]} {m[3:7]} {m[7:]}"


def zoom(lang: str, seed: str, host: str = "us06web", who: str = "") -> str:
    m, pretty = _mid(seed)
    pw = digits("pw" + seed, 6)
    url = zoom_url(seed, host)
    d1, c1, d2, c2 = _DIAL[lang]
    if lang == "de":
        intro = (f"{who} lädt Sie zu einem geplanten Zoom-Meeting ein.\n\n" if who else
                 "Sie sind zu einem geplanten Zoom-Meeting eingeladen.\n\n")
        return (intro + f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {pretty}\nKenncode: {pw}\n\n---\n\n"
                f"Schnelleinwahl mobil\n{d1},,{m}#,,,,*{pw}# {c1}\n{d2},,{m}#,,,,*{pw}# {c2}\n\n"
                f"Meeting-ID: {pretty}\nKenncode: {pw}\n"
                f"Ortseinwahl suchen: https://{host}.zoom.us/u/a{letters(seed, 9)}")
    if lang == "fr":
        return (f"Participer à la réunion Zoom\n{url}\n\nID de réunion : {pretty}\nCode secret : {pw}\n\n---\n\n"
                f"Une seule touche sur l'appareil mobile\n{d1},,{m}#,,,,*{pw}# {c1}\n\n"
                f"Composez un numéro en fonction de votre emplacement\n• {d2} {c2}\n\n"
                f"Trouvez votre numéro local : https://{host}.zoom.us/u/a{letters(seed, 9)}")
    if lang == "es":
        return (f"Unirse a la reunión Zoom\n{url}\n\nID de reunión: {pretty}\nCódigo de acceso: {pw}\n\n---\n\n"
                f"Móvil con un toque\n{d1},,{m}#,,,,*{pw}# {c1}\n\n"
                f"Marcar según su ubicación\n• {d2} {c2}\n\n"
                f"Buscar su número local: https://{host}.zoom.us/u/a{letters(seed, 9)}")
    intro = (f"{who} is inviting you to a scheduled Zoom meeting.\n\n" if who else
             "You are invited to a scheduled Zoom meeting.\n\n")
    return (intro + f"Join Zoom Meeting\n{url}\n\nMeeting ID: {pretty}\nPasscode: {pw}\n\n---\n\n"
            f"One tap mobile\n{d1},,{m}#,,,,*{pw}# {c1}\n{d2},,{m}#,,,,*{pw}# {c2}\n\n"
            f"Join by SIP\n• {m}@zoomcrc.com\n\n"
            f"Find your local number: https://{host}.zoom.us/u/a{letters(seed, 9)}")


_LINE = "_" * 80

_TEAMS = {
    "en": ("Microsoft Teams meeting", "Join on your computer, mobile app or room device",
           "Click here to join the meeting", "Meeting ID:", "Passcode:", "Download Teams", "Join on the web",
           "Learn More", "Meeting options", "en-gb"),
    "de": ("Microsoft Teams-Besprechung", "Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät teil",
           "Hier klicken, um an der Besprechung teilzunehmen", "Besprechungs-ID:", "Passcode:", "Teams herunterladen",
           "Im Web beitreten", "Weitere Infos", "Besprechungsoptionen", "de-de"),
    "fr": ("Réunion Microsoft Teams", "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
           "Cliquez ici pour participer à la réunion", "ID de la réunion :", "Code secret :", "Télécharger Teams",
           "Rejoindre sur le web", "En savoir plus", "Options de réunion", "fr-fr"),
    "es": ("Reunión de Microsoft Teams", "Únase desde su equipo, aplicación móvil o dispositivo de sala",
           "Haga clic aquí para unirse a la reunión", "Id. de reunión:", "Código de acceso:", "Descargar Teams",
           "Unirse en la web", "Más información", "Opciones de reunión", "es-es"),
}


def teams(lang: str, seed: str, phone: bool = False) -> str:
    title, join_on, click, mid_l, pw_l, dl, web, more, opts, loc = _TEAMS[lang]
    tid, oid = uuid("tid" + seed), uuid("oid" + seed)
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hexid('mt' + seed, 40)}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    m = digits("teams" + seed, 12)
    pw = letters("pw" + seed, 3).upper() + digits("pwd" + seed, 2) + letters("p2" + seed, 2)
    out = (f"{_LINE}\n{title}\n{join_on}\n{click}<{url}>\n{mid_l} {m[:3]} {m[3:6]} {m[6:9]} {m[9:]}\n"
           f"{pw_l} {pw}\n")
    if phone:
        d1, c1, _d2, _c2 = _DIAL[lang]
        conf = digits("conf" + seed, 9)
        label = {"en": "Dial in by phone", "de": "Telefonische Einwahl", "fr": "Appel par téléphone",
                 "es": "Marcar por teléfono"}[lang]
        cid = {"en": "Phone conference ID:", "de": "Konferenz-ID:", "fr": "ID de conférence téléphonique :",
               "es": "Id. de conferencia telefónica:"}[lang]
        out += f"{label}\n{d1},,{conf}# {c1}\n{cid} {conf[:3]} {conf[3:6]} {conf[6:]}#\n"
    out += (f"{dl}<https://www.microsoft.com/{loc}/microsoft-teams/download-app> | "
            f"{web}<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            f"{more}<https://aka.ms/JoinTeamsMeeting?omkt={loc}> | "
            f"{opts}<https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}"
            f"&threadId=19_meeting_{hexid('th' + seed, 24)}@thread.v2&messageId=0&language={loc}>\n{_LINE}")
    return out


def meet_code(seed: str) -> str:
    s = letters("meet" + seed, 10)
    return f"{s[:3]}-{s[3:7]}-{s[7:]}"


_MEET = {
    "en": ("Join with Google Meet", "Or dial", "(GB) +44 20 3937 0217", "PIN", "More phone numbers",
           "Learn more about Meet at", "Please do not edit this section."),
    "de": ("An Google Meet-Videokonferenz teilnehmen", "Oder wählen Sie", "(DE) +49 30 300195102", "PIN",
           "Weitere Telefonnummern", "Weitere Informationen zu Meet", "Bearbeiten Sie diesen Abschnitt nicht."),
    "fr": ("Participer avec Google Meet", "Ou appeler le", "(FR) +33 1 87 40 41 34", "Code PIN",
           "Autres numéros de téléphone", "En savoir plus sur Meet", "Veuillez ne pas modifier cette section."),
    "es": ("Unirse con Google Meet", "O marca el", "(ES) +34 910 48 63 05", "PIN", "Más números de teléfono",
           "Más información sobre Meet", "No edites esta sección."),
}

_TILDE = "-::~:~::~:" + "~:" * 60 + ":~::-"


def meet(lang: str, seed: str, phone: bool = True) -> str:
    code = meet_code(seed)
    join, dial, num, pin, more, learn, dont = _MEET[lang]
    sep = " : " if lang == "fr" else ": "
    pinv = digits("pin" + seed, 9)
    out = f"{_TILDE}\n{join}{sep}https://meet.google.com/{code}\n"
    if phone:
        out += (f"\n{dial}{sep}{num} {pin}{sep}{pinv[:3]} {pinv[3:6]} {pinv[6:]}#\n"
                f"{more}{sep}https://tel.meet/{code}?pin={pinv}\n")
    out += f"\n{learn}{sep}https://support.google.com/a/users/answer/9282720\n\n{dont}\n{_TILDE}"
    return out


def meet_url(seed: str) -> str:
    return f"https://meet.google.com/{meet_code(seed)}"


_WEBEX = {
    "en": ("When it's time, join the Webex meeting here.", "Meeting number (access code):", "Meeting password:",
           "Join by phone", "Tap to call in from a mobile device (attendees only)", "United Kingdom Toll",
           "Join from a video system or application", "Dial"),
    "de": ("Wenn es so weit ist, nehmen Sie hier am Webex-Meeting teil.", "Meeting-Kennnummer (Zugriffscode):",
           "Meeting-Passwort:", "Über Telefon teilnehmen",
           "Tippen Sie hier, um sich über ein Mobilgerät einzuwählen (nur Teilnehmer)", "Deutschland Gebührenpflichtig",
           "Über ein Videosystem oder eine Anwendung teilnehmen", "Wählen Sie"),
    "fr": ("Le moment venu, rejoignez la réunion Webex ici.", "Numéro de la réunion (code d'accès) :",
           "Mot de passe de la réunion :", "Rejoindre par téléphone",
           "Appuyez pour appeler depuis un appareil mobile (participants uniquement)", "France Numéro payant",
           "Rejoindre à partir d'un système vidéo ou d'une application", "Composez"),
    "es": ("Cuando sea la hora, únase a la reunión de Webex aquí.", "Número de la reunión (código de acceso):",
           "Contraseña de la reunión:", "Entrar por teléfono",
           "Toque para llamar desde un dispositivo móvil (solo asistentes)", "España Número de pago",
           "Entrar desde un sistema o una aplicación de vídeo", "Marque"),
}


def webex(lang: str, seed: str, site: str) -> str:
    when, num_l, pw_l, byphone, tap, toll, video, dial = _WEBEX[lang]
    n = digits("wbx" + seed, 11)
    pw = letters("wpw" + seed, 4).capitalize() + digits("wd" + seed, 4) + "@"
    d1 = _DIAL[lang][0]
    return (f"{when}\n\nhttps://{site}.webex.com/{site}/j.php?MTID=m{hexid('wb' + seed, 32)}\n\n"
            f"{num_l} {n[:4]} {n[4:7]} {n[7:]}\n{pw_l} {pw}\n\n{byphone}\n{tap}\n{d1},,{n}## {toll}\n\n"
            f"{video}\n{dial} {n}@{site}.webex.com")


def zoom_url(seed: str, host: str = "us06web") -> str:
    m, _pretty = _mid(seed)
    return f"https://{host}.zoom.us/j/{m}?pwd={hexid('tok' + seed, 24)}.1"
