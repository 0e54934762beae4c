"""Video-call and calendar footers for the train14 events, in the four languages the producers localise."""

from __future__ import annotations

import hashlib


def _num(seed: str, n: int) -> str:
    return str(int(hashlib.md5(seed.encode()).hexdigest(), 16))[:n]


def zoom(seed: str, lang: str = "en") -> tuple[str, str]:
    """Given a seed and a language returns (Zoom boilerplate, join URL)."""
    mid = _num(seed, 11)
    url = f"https://us06web.zoom.us/j/{mid}?pwd=" + hashlib.sha1(seed.encode()).hexdigest()[:22]
    spaced = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    text = {
        "en": f"Join Zoom Meeting\n{url}\n\nMeeting ID: {spaced}\nPasscode: {mid[-6:]}\n\nOne tap mobile\n"
              f"+34917873431,,{mid}# Spain",
        "es": f"Unirse a la reunión Zoom\n{url}\n\nID de reunión: {spaced}\nCódigo de acceso: {mid[-6:]}\n\n"
              f"Móvil con un toque\n+34912171439,,{mid}# España",
        "fr": f"Participer à la réunion Zoom\n{url}\n\nID de réunion : {spaced}\nCode secret : {mid[-6:]}\n\n"
              f"Appel mobile\n+33170372246,,{mid}# France",
        "de": f"Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {spaced}\nKenncode: {mid[-6:]}\n\n"
              f"Schnelleinwahl mobil\n+496938079883,,{mid}# Deutschland",
    }[lang]
    return text, url


def teams(seed: str, lang: str = "en") -> tuple[str, str]:
    """Given a seed and a language returns (Microsoft Teams boilerplate, join URL)."""
    h = hashlib.sha1(seed.encode()).hexdigest()
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h[:30]}%40thread.v2/0"
    mid = _num(seed, 12)
    spaced = f"{mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:]}"
    line = "_" * 64
    text = {
        "en": f"{line}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join "
              f"the meeting<{url}>\nMeeting ID: {spaced}\nPasscode: {h[30:36]}\nLearn More | Meeting options\n{line}",
        "es": f"{line}\nReunión de Microsoft Teams\nÚnase desde el equipo, la aplicación móvil o un dispositivo "
              f"de sala\nHaga clic aquí para unirse a la reunión<{url}>\nId. de reunión: {spaced}"
              f"\nCódigo de acceso: {h[30:36]}\nMás información | Opciones de reunión\n{line}",
        "fr": f"{line}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou "
              f"appareil de salle\nCliquez ici pour participer à la réunion<{url}>\nID de la réunion : {spaced}"
              f"\nCode secret : {h[30:36]}\nEn savoir plus | Options de réunion\n{line}",
        "de": f"{line}\nMicrosoft Teams-Besprechung\nNehmen Sie über Ihren Computer, Ihre mobile App oder Ihr "
              f"Raumgerät teil\nKlicken Sie hier, um an der Besprechung teilzunehmen<{url}>\n"
              f"Besprechungs-ID: {spaced}\nKennung: {h[30:36]}\nWeitere Infos | Besprechungsoptionen\n{line}",
    }[lang]
    return text, "Microsoft Teams Meeting" if lang == "en" else {
        "es": "Reunión de Microsoft Teams", "fr": "Réunion Microsoft Teams", "de": "Microsoft Teams-Besprechung",
    }[lang]


def meet(seed: str, lang: str = "en") -> tuple[str, str]:
    """Given a seed and a language returns (Google Meet boilerplate with the invitation footer, Meet URL)."""
    h = hashlib.sha1(seed.encode()).hexdigest()
    code = f"{h[:3]}-{h[3:7]}-{h[7:10]}".translate(str.maketrans("0123456789", "ghjkmnpqrs"))
    url = f"https://meet.google.com/{code}"
    text = {
        "en": f"Join with Google Meet: {url}\nOr dial: (ES) +34 932 75 24 18 PIN: {_num(seed, 9)}#\n\n"
              "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email "
              "because you are an attendee on the event. To stop receiving future updates for this event, decline it.",
        "es": f"Unirse con Google Meet: {url}\nO marca el: (ES) +34 932 75 24 18 PIN: {_num(seed, 9)}#\n\n"
              "Invitación de Google Calendar: https://calendar.google.com/calendar/\n\nHas recibido este correo "
              "porque eres un invitado del evento. Para dejar de recibir actualizaciones, rechaza el evento.",
        "fr": f"Participer avec Google Meet : {url}\nOu appeler le : (FR) +33 1 87 40 44 21 Code : {_num(seed, 9)}#\n\n"
              "Invitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail car "
              "vous êtes invité à l'événement. Pour ne plus recevoir de mises à jour, refusez l'événement.",
        "de": f"Mit Google Meet teilnehmen: {url}\nOder wählen Sie: (DE) +49 30 300195061 PIN: {_num(seed, 9)}#\n\n"
              "Einladung von Google Kalender: https://calendar.google.com/calendar/\n\nSie erhalten diese E-Mail, weil "
              "Sie Gast bei diesem Termin sind. Lehnen Sie den Termin ab, um keine Updates mehr zu erhalten.",
    }[lang]
    return text, url


def webex(seed: str, lang: str = "en") -> tuple[str, str]:
    """Given a seed and a language returns (Webex boilerplate, meeting URL)."""
    mid = _num(seed, 10)
    url = f"https://meetingsemea9.webex.com/meet/j.php?MTID=m{hashlib.sha1(seed.encode()).hexdigest()[:32]}"
    head = {"en": "Join Webex meeting", "es": "Entrar a la reunión de Webex", "fr": "Rejoindre la réunion Webex",
            "de": "Webex-Meeting beitreten"}[lang]
    num = {"en": "Meeting number (access code)", "es": "Número de reunión (código de acceso)",
           "fr": "Numéro de réunion (code d'accès)", "de": "Meeting-Kennnummer (Zugriffscode)"}[lang]
    return f"-- Do not delete or change any of the following text. --\n{head}\n{url}\n{num}: " \
           f"{mid[:4]} {mid[4:7]} {mid[7:]}\nPassword: Wbx{mid[-4:]}", url
