"""Video-call and calendar boilerplate in EN/DE/FR/ES for the holdout8 event corpus (issue 4).

Given a language code ("en", "de", "fr", "es") and a seed string each function returns the block a producer
appends to a DESCRIPTION; the seed only varies meeting ids so two events never share one.
"""

from __future__ import annotations

import hashlib


def _digits(seed: str, n: int) -> str:
    return str(int(hashlib.sha256(seed.encode()).hexdigest(), 16))[:n]


def _meet_code(seed: str) -> str:
    h = hashlib.sha256(("meet" + seed).encode()).hexdigest()
    letters = "".join(chr(ord("a") + int(c, 16) % 26) for c in h[:10])
    return f"{letters[:3]}-{letters[3:7]}-{letters[7:10]}"


SEP = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"


def meet(lang: str, seed: str) -> str:
    """Returns a Google Meet block as Google Calendar writes it into DESCRIPTION."""
    code = _meet_code(seed)
    pin = _digits(seed, 9)
    join = {
        "en": "Join with Google Meet",
        "de": "Mit Google Meet teilnehmen",
        "fr": "Participer avec Google Meet",
        "es": "Unirse con Google Meet",
    }[lang]
    dial = {"en": "Or dial", "de": "Oder wählen Sie", "fr": "Ou appelez le", "es": "O marca el"}[lang]
    more = {
        "en": "Learn more about Meet at",
        "de": "Weitere Informationen zu Meet",
        "fr": "En savoir plus sur Meet",
        "es": "Más información sobre Meet",
    }[lang]
    return (
        f"{SEP}\n{join}: https://meet.google.com/{code}\n{dial}: (US) +1 347-555-0{pin[:3]} PIN: {pin}#\n"
        f"More phone numbers: https://tel.meet/{code}?pin={pin}\n\n{more}: "
        "https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n" + SEP
    )


def google_footer(lang: str) -> str:
    """Returns the "Invitation from Google Calendar" footer Google appends to invitations it e-mails."""
    return {
        "en": "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this "
        "because you are an attendee on the event. To stop receiving future updates for this event, decline this "
        "event.\n\nForwarding this invitation could allow any recipient to send a response to the organizer, be "
        "added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.",
        "de": "Einladung von Google Kalender: https://calendar.google.com/calendar/\n\nSie erhalten diese E-Mail, "
        "weil Sie Gast dieses Termins sind. Lehnen Sie den Termin ab, um keine weiteren Aktualisierungen zu "
        "erhalten.\n\nWenn Sie diese Einladung weiterleiten, kann jeder Empfänger dem Organisator antworten.",
        "fr": "Invitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail "
        "car vous êtes invité à cet événement. Pour ne plus recevoir de mises à jour, refusez l'invitation.\n\n"
        "Si vous transférez cette invitation, tout destinataire pourra répondre à l'organisateur.",
        "es": "Invitación de Google Calendar: https://calendar.google.com/calendar/\n\nHas recibido este correo "
        "porque eres invitado a este evento. Para dejar de recibir actualizaciones, rechaza el evento.\n\n"
        "Si reenvías esta invitación, cualquier destinatario podrá responder al organizador.",
    }[lang]


def zoom(lang: str, seed: str, host: str = "us06web.zoom.us") -> str:
    """Returns a Zoom invitation block in the language the host's Zoom account uses."""
    mid = _digits(seed, 11)
    pwd = _digits("p" + seed, 6)
    spaced = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    url = f"https://{host}/j/{mid}?pwd={hashlib.md5(seed.encode()).hexdigest()[:22]}.1"
    head, mid_l, pwd_l, tap = {
        "en": ("Join Zoom Meeting", "Meeting ID", "Passcode", "One tap mobile"),
        "de": ("Zoom-Meeting beitreten", "Meeting-ID", "Kenncode", "Schnelleinwahl mobil"),
        "fr": ("Participer à la réunion Zoom", "ID de réunion", "Code secret", "Appel abrégé mobile"),
        "es": ("Unirse a la reunión Zoom", "ID de reunión", "Código de acceso", "Móvil con un toque"),
    }[lang]
    return (
        f"{head}\n{url}\n\n{mid_l}: {spaced}\n{pwd_l}: {pwd}\n\n---\n\n{tap}\n"
        f"+13052241968,,{mid}#,,,,*{pwd}# US\n+49 69 3807 9883,,{mid}#,,,,*{pwd}# Germany"
    )


def teams(lang: str, seed: str) -> str:
    """Returns the Microsoft Teams block Outlook inserts, in the organiser's language."""
    mid = _digits(seed, 15)
    code = hashlib.sha256(seed.encode()).hexdigest()[:6]
    rule = "_" * 80
    title, join, click, idl, pwd = {
        "en": (
            "Microsoft Teams meeting",
            "Join on your computer, mobile app or room device",
            "Click here to join the meeting",
            "Meeting ID",
            "Passcode",
        ),
        "de": (
            "Microsoft Teams-Besprechung",
            "Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder einem Raumgerät aus teil",
            "Klicken Sie hier, um an der Besprechung teilzunehmen",
            "Besprechungs-ID",
            "Kennung",
        ),
        "fr": (
            "Réunion Microsoft Teams",
            "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
            "Cliquez ici pour rejoindre la réunion",
            "ID de la réunion",
            "Code secret",
        ),
        "es": (
            "Reunión de Microsoft Teams",
            "Únase a través de su PC, aplicación móvil o dispositivo de sala",
            "Haga clic aquí para unirse a la reunión",
            "Id. de reunión",
            "Código de acceso",
        ),
    }[lang]
    return (
        f"{rule}\n{title}\n{join}\n{click}<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}"
        f"%40thread.v2/0>\n{idl}: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}\n{pwd}: {code.upper()}\n"
        f"{rule}\nhttps://aka.ms/JoinTeamsMeeting\n{rule}"
    )


def webex(seed: str, site: str) -> str:
    """Returns a Webex meeting block for the given Webex site."""
    num = _digits(seed, 10)
    return (
        "Join from the meeting link\n"
        f"https://{site}.webex.com/{site}/j.php?MTID=m{hashlib.md5(seed.encode()).hexdigest()}\n\n"
        f"Join by meeting number\nMeeting number (access code): {num[:4]} {num[4:7]} {num[7:]}\n"
        f"Meeting password: {hashlib.sha1(seed.encode()).hexdigest()[:8]}\n\n"
        "Tap to join from a mobile device (attendees only)\n"
        f"+1-650-479-3208,,{num}## Call-in toll number (US/Canada)"
    )
