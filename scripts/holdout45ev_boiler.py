"""Video-call boilerplate and Outlook HTML bodies for the holdout45 event split (written blind, CC0 1.0).

Each function returns plain text (real newlines); callers pass it through holdout45ev_ics.esc().
"""

from __future__ import annotations

import html

from holdout45ev_ics import hexid

LINE = "_" * 80
GMARK = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"


def _digits(seed: str, n: int) -> str:
    return "".join(str(int(c, 16) % 10) for c in hexid(seed, n))


def _teams_link(seed: str) -> str:
    return (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hexid(seed + 't', 40)}%40thread.v2/0?context="
            f"%7b%22Tid%22%3a%22{hexid(seed + 'tid', 8)}-{hexid(seed + 'ti2', 4)}%22%7d")


def teams(seed: str, lang: str = "es", new_style: bool = False) -> str:
    d = _digits(seed, 12)
    mid = f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:12]}"
    code = hexid(seed + "pw", 6).replace("a", "Q").replace("e", "x").replace("1", "Z")
    link = _teams_link(seed)
    opts = f"https://teams.microsoft.com/meetingOptions/?organizerId={hexid(seed + 'o', 8)}"
    if new_style:
        heads = {"es": ("¿Necesita ayuda?", "Unirse a la reunión ahora", "Id. de reunión", "Código de acceso",
                        "Para organizadores: Opciones de reunión"),
                 "en": ("Need help?", "Join the meeting now", "Meeting ID", "Passcode",
                        "For organizers: Meeting options")}[lang]
        return "\n".join([LINE, f"Microsoft Teams {heads[0]}<https://aka.ms/JoinTeamsMeeting?omkt={lang}>",
                          f"{heads[1]}<{link}>", f"{heads[2]}: {mid}", f"{heads[3]}: {code}", "_" * 32,
                          f"{heads[4]}<{opts}>", LINE])
    t = {
        "es": ["Reunión de Microsoft Teams", "Únase a través de su ordenador, aplicación móvil o dispositivo de sala",
               "Haga clic aquí para unirse a la reunión", "Id. de reunión", "Código de acceso",
               "Descargar Teams", "Unirse en la web", "Más información", "Opciones de reunión"],
        "en": ["Microsoft Teams meeting", "Join on your computer, mobile app or room device",
               "Click here to join the meeting", "Meeting ID", "Passcode", "Download Teams", "Join on the web",
               "Learn More", "Meeting options"],
        "fr": ["Réunion Microsoft Teams", "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
               "Cliquez ici pour rejoindre la réunion", "ID de la réunion ", "Code secret ", "Télécharger Teams",
               "Rejoindre sur le web", "En savoir plus", "Options de réunion"],
        "de": ["Microsoft Teams-Besprechung",
               "Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät teil",
               "Klicken Sie hier, um an der Besprechung teilzunehmen", "Besprechungs-ID", "Passcode",
               "Teams herunterladen", "Im Web beitreten", "Weitere Infos", "Besprechungsoptionen"],
        "ca": ["Reunió del Microsoft Teams",
               "Uniu-vos-hi des de l'ordinador, l'aplicació mòbil o el dispositiu de sala",
               "Feu clic aquí per unir-vos a la reunió", "ID de la reunió", "Codi d'accés", "Baixeu el Teams",
               "Uniu-vos-hi al web", "Més informació", "Opcions de la reunió"],
    }[lang]
    return "\n".join([LINE, t[0], t[1], f"{t[2]}<{link}>", f"{t[3]}: {mid}", f"{t[4]}: {code}",
                      f"{t[5]}<https://www.microsoft.com/microsoft-teams/download-app> | "
                      f"{t[6]}<https://www.microsoft.com/microsoft-teams/join-a-meeting>",
                      f"{t[7]}<https://aka.ms/JoinTeamsMeeting> | {t[8]}<{opts}>", LINE])


def meet_code(seed: str) -> str:
    letters = "".join(chr(97 + int(c, 16) % 26) for c in hexid(seed + "m", 10))
    return f"{letters[:3]}-{letters[3:7]}-{letters[7:10]}"


def meet(seed: str, lang: str = "es") -> str:
    code = meet_code(seed)
    pin = _digits(seed + "pin", 10)
    t = {
        "es": ("Únete con Google Meet", "Únete por teléfono", "Más números de teléfono",
               "Más información sobre Meet", "No edites esta sección de la descripción."),
        "en": ("Join with Google Meet", "Join by phone", "More phone numbers", "Learn more about Meet at",
               "Please do not edit this section."),
        "ca": ("Uneix-te amb Google Meet", "Uneix-te per telèfon", "Més números de telèfon",
               "Més informació sobre Meet", "No editis aquesta secció de la descripció."),
    }[lang]
    return "\n".join([GMARK, f"{t[0]}: https://meet.google.com/{code}", "", t[1],
                      f"(ES) +34 910 48 {pin[:2]} {pin[2:4]} PIN: {pin[:3]} {pin[3:6]} {pin[6:9]}{pin[9]}#", "",
                      f"{t[2]}: https://tel.meet/{code}?pin={pin}", "",
                      f"{t[3]}: https://support.google.com/a/users/answer/9282720", "", t[4], GMARK])


def zoom(seed: str, host: str, lang: str = "es", sub: str = "us06web") -> str:
    d = _digits(seed, 11)
    mid = f"{d[:3]} {d[3:7]} {d[7:11]}"
    code = _digits(seed + "c", 6)
    url = f"https://{sub}.zoom.us/j/{d}?pwd={hexid(seed + 'p', 24)}.1"
    if lang == "es":
        return "\n".join([f"{host} le está invitando a una reunión de Zoom programada.", "", "Unirse a la reunión Zoom",
                          url, "", f"ID de reunión: {mid}", f"Código de acceso: {code}", "", "---", "",
                          "Móvil con un toque", f"+34917870058,,{d}#,,,,*{code}# España", "", "---", "",
                          "Marcar según su ubicación", "• +34 91 787 0058 España", "• +34 93 295 4500 España", "",
                          f"ID de reunión: {mid}", f"Código de acceso: {code}", "",
                          f"Encuentre su número local: https://{sub}.zoom.us/u/a{hexid(seed + 'u', 9)}"])
    return "\n".join([f"{host} is inviting you to a scheduled Zoom meeting.", "", "Join Zoom Meeting", url, "",
                      f"Meeting ID: {mid}", f"Passcode: {code}", "", "---", "", "One tap mobile",
                      f"+16465588656,,{d}#,,,,*{code}# US (New York)", f"+34917870058,,{d}#,,,,*{code}# Spain", "",
                      "---", "", "Dial by your location", "• +1 646 558 8656 US (New York)", "• +34 91 787 0058 Spain",
                      "", f"Meeting ID: {mid}", f"Passcode: {code}", "",
                      f"Find your local number: https://{sub}.zoom.us/u/a{hexid(seed + 'u', 9)}"])


def webex(seed: str, site: str, lang: str = "es") -> str:
    d = _digits(seed, 11)
    num = f"{d[:4]} {d[4:7]} {d[7:11]}"
    pw = hexid(seed + "w", 8).replace("b", "K").replace("d", "P")
    link = f"https://{site}.webex.com/{site}/j.php?MTID=m{hexid(seed + 'x', 32)}"
    if lang == "es":
        return "\n".join(["Únase desde el enlace de la reunión", link, "", "Únase mediante el número de reunión",
                          f"Número de reunión (código de acceso): {num}", f"Contraseña de la reunión: {pw}", "",
                          "Pulse para unirse desde un dispositivo móvil (solo para asistentes)",
                          f"+34-91-419-0231,,{d}## España", "", "Únase desde un sistema o aplicación de vídeo",
                          f"Marque {d}@{site}.webex.com"])
    return "\n".join(["Join from the meeting link", link, "", "Join by meeting number",
                      f"Meeting number (access code): {num}", f"Meeting password: {pw}", "",
                      "Tap to join from a mobile device (attendees only)", f"+41-44-580-7000,,{d}## Switzerland",
                      f"+34-91-419-0231,,{d}## Spain", "", "Join from a video system or application",
                      f"Dial {d}@{site}.webex.com"])


def alt_html(text: str, lang: str = "es") -> str:
    """Outlook's X-ALT-DESC body for a plain-text description."""
    paras = []
    for ln in text.split("\n"):
        body = html.escape(ln, quote=False) if ln else "&nbsp;"
        paras.append(f'<P DIR=LTR><SPAN LANG="{lang}"><FONT FACE="Aptos">{body}</FONT></SPAN></P>')
    return "\n".join(['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">', "<HTML>", "<HEAD>",
                      '<META NAME="Generator" CONTENT="MS Exchange Server version 16.0.17928.20114">',
                      "<TITLE></TITLE>", "</HEAD>", "<BODY>", "<!-- Converted from text/rtf format -->", *paras,
                      "</BODY>", "</HTML>"])
