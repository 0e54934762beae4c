"""Video-call and producer boilerplate for the train10 event corpus, in EN/DE/FR/ES.

Given an event `describe` returns its description as the producer would write it: the author's text, then the
call block (Zoom, Teams, Meet, Webex) and the producer's footer, in the event's language.
"""

from __future__ import annotations

import hashlib

from train10ev_ics import Ev

_SEP = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"

_ZOOM = {
    "en": "Join Zoom Meeting\n{url}\n\nMeeting ID: {mid}\nPasscode: {pw}\n\nOne tap mobile\n"
          "+31707006526,,{mid_n}# Netherlands",
    "de": "Zoom-Meeting beitreten\n{url}\n\nMeeting-ID: {mid}\nKenncode: {pw}\n\nSchnelleinwahl mobil\n"
          "+496938079883,,{mid_n}# Deutschland",
    "fr": "Participer à la réunion Zoom\n{url}\n\nID de réunion : {mid}\nCode secret : {pw}\n\n"
          "Présentation mobile à une touche\n+33170379729,,{mid_n}# France",
    "es": "Unirse a la reunión Zoom\n{url}\n\nID de reunión: {mid}\nCódigo de acceso: {pw}\n\n"
          "Móvil con un toque\n+34917873431,,{mid_n}# España",
}
_TEAMS = {
    "en": "________________________________________________________________________________\nMicrosoft Teams meeting\n"
          "Join on your computer, mobile app or room device\nClick here to join the meeting<{url}>\n"
          "Meeting ID: {mid}\nPasscode: {pw}\nDownload Teams | Join on the web\nLearn More | Meeting options\n"
          "________________________________________________________________________________",
    "de": "________________________________________________________________________________\n"
          "Microsoft Teams-Besprechung\nNehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät teil\n"
          "Klicken Sie hier, um an der Besprechung teilzunehmen<{url}>\nBesprechungs-ID: {mid}\nPasscode: {pw}\n"
          "Teams herunterladen | Im Web beitreten\nWeitere Infos | Besprechungsoptionen\n"
          "________________________________________________________________________________",
    "fr": "________________________________________________________________________________\n"
          "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
          "Cliquez ici pour rejoindre la réunion<{url}>\nID de la réunion : {mid}\nCode secret : {pw}\n"
          "Télécharger Teams | Rejoindre sur le web\nEn savoir plus | Options de réunion\n"
          "________________________________________________________________________________",
    "es": "________________________________________________________________________________\n"
          "Reunión de Microsoft Teams\nÚnase a través de su ordenador, aplicación móvil o dispositivo de sala\n"
          "Haga clic aquí para unirse a la reunión<{url}>\nId. de reunión: {mid}\nCódigo de acceso: {pw}\n"
          "Descargar Teams | Unirse en la web\nMás información | Opciones de reunión\n"
          "________________________________________________________________________________",
}
_MEET = {
    "en": "Join with Google Meet: {meet}\nOr dial: (NL) +31 20 257 3946 PIN: {pin}#\nMore phone numbers: "
          "https://tel.meet/{code}?pin={pin}",
    "de": "Mit Google Meet teilnehmen: {meet}\nOder wählen Sie: (DE) +49 30 300195061 PIN: {pin}#\n"
          "Weitere Telefonnummern: https://tel.meet/{code}?pin={pin}",
    "fr": "Participer avec Google Meet : {meet}\nOu appeler le : (FR) +33 1 87 40 42 18 Code : {pin}#\n"
          "Autres numéros de téléphone : https://tel.meet/{code}?pin={pin}",
    "es": "Unirse con Google Meet: {meet}\nO marcar: (ES) +34 932 71 81 87 PIN: {pin}#\n"
          "Más números de teléfono: https://tel.meet/{code}?pin={pin}",
}
_WEBEX = {
    "en": "When it's time, join the Webex meeting here.\n{url}\nMeeting number (access code): {mid}\n"
          "Meeting password: {pw}\nJoin by phone\n+31-20-808-5614 Netherlands Toll",
    "de": "Wenn es so weit ist, nehmen Sie hier am Webex-Meeting teil.\n{url}\nMeeting-Kennnummer "
          "(Zugriffscode): {mid}\nMeeting-Passwort: {pw}\nÜber Telefon beitreten\n+49-619-6781-9736 Deutschland",
    "fr": "Lorsque c'est l'heure, rejoignez la réunion Webex ici.\n{url}\nNuméro de la réunion (code d'accès) : "
          "{mid}\nMot de passe de la réunion : {pw}\nRejoindre par téléphone\n+33-1-7091-8646 France",
    "es": "Cuando llegue la hora, únase a la reunión de Webex aquí.\n{url}\nNúmero de reunión (código de acceso): "
          "{mid}\nContraseña de la reunión: {pw}\nUnirse por teléfono\n+34-91-114-6577 España",
}
_GOOGLE_FOOTER = {
    "en": "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email "
          "because you are an attendee on the event. To stop receiving future updates for this event, decline this "
          "event.\n\nForwarding this invitation could allow any recipient to send a response to the organizer.",
    "de": "Einladung von Google Kalender: https://calendar.google.com/calendar/\n\nSie erhalten diese E-Mail, "
          "weil Sie Gast bei diesem Termin sind. Lehnen Sie diesen Termin ab, um keine weiteren Informationen "
          "zu erhalten.\n\nWenn Sie diese Einladung weiterleiten, kann jeder Empfänger dem Organisator antworten.",
    "fr": "Invitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail car "
          "vous êtes invité à cet événement. Pour ne plus recevoir de notifications, refusez l'invitation.\n\n"
          "Si vous transférez cette invitation, tout destinataire pourra répondre à l'organisateur.",
    "es": "Invitación de Google Calendar: https://calendar.google.com/calendar/\n\nRecibes este correo porque "
          "eres invitado al evento. Para dejar de recibir actualizaciones, rechaza este evento.\n\n"
          "Si reenvías esta invitación, cualquier destinatario podrá responder al organizador.",
}
_FOOTER = {
    "greenhouse": "Scheduled via Greenhouse. Need to reschedule? Reply to your recruiting contact.",
    "lever": "This invitation was sent via Lever on behalf of the hiring team.",
    "ashby": "Powered by Ashby · Manage this interview: https://app.ashbyhq.com/candidate/schedule",
    "workday": "This is a system-generated message from Workday Recruiting. Please do not reply.",
    "personio": "Diese Einladung wurde über Personio versendet.",
    "teamtailor": "Sent with Teamtailor — the applicant tracking system for all.",
    "softgarden": "Diese Terminbestätigung wurde über softgarden versendet. Bitte nicht antworten.",
    "wttj": "Invitation envoyée via Welcome to the Jungle Solutions.",
    "recruitee": "Sent via Recruitee. To reschedule, use the link in your confirmation email.",
    "factorial": "Invitación enviada con Factorial. No respondas a este correo.",
    "join": "Sent with JOIN · the free recruiting tool",
    "goodtime": "Scheduled with GoodTime. Questions? Contact your recruiting coordinator.",
    "workable": "Sent via Workable on behalf of the hiring team.",
    "smartrecruiters": "This invitation was sent via SmartRecruiters.",
    "bookings": "Booked with Microsoft Bookings. To cancel or reschedule, use the link in your confirmation.",
}


def _ids(ev: Ev) -> dict[str, str]:
    h = hashlib.sha1(ev.title.encode() + ev.start.encode()).hexdigest()
    digits = "".join(str(int(c, 16) % 10) for c in h)
    mid_n = digits[:11]
    letters = "".join(chr(97 + int(c, 16) % 26) for c in h)
    code = f"{letters[:3]}-{letters[3:7]}-{letters[7:10]}"
    return {"mid": f"{mid_n[:3]} {mid_n[3:7]} {mid_n[7:]}", "mid_n": mid_n, "pw": digits[11:17],
            "pin": digits[17:27], "code": code, "meet": f"https://meet.google.com/{code}", "h": h}


def call_block(ev: Ev) -> str:
    """Given an event returns the video-call boilerplate for its `call` in its language, or ""."""
    if not ev.call:
        return ""
    lang = ev.lang if ev.lang in _ZOOM else "en"
    ids = _ids(ev)
    if ev.call == "zoom":
        url = f"https://us06web.zoom.us/j/{ids['mid_n']}?pwd={ids['h'][:24]}"
        return _ZOOM[lang].format(url=url, **{k: v for k, v in ids.items() if k != "h"})
    if ev.call == "teams":
        url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{ids['h'][:28]}%40thread.v2/0"
        return _TEAMS[lang].format(url=url, **{k: v for k, v in ids.items() if k != "h"})
    if ev.call == "meet":
        return _MEET[lang].format(**{k: v for k, v in ids.items() if k != "h"})
    url = f"https://meetings-eu1.webex.com/meet/j.php?MTID=m{ids['h'][:32]}"
    return _WEBEX[lang].format(url=url, **{k: v for k, v in ids.items() if k != "h"})


def describe(ev: Ev) -> str:
    """Given an event returns the full description: text, call block, producer footer."""
    parts = [ev.desc.strip()] if ev.desc.strip() else []
    block = call_block(ev)
    lang = ev.lang if ev.lang in _GOOGLE_FOOTER else "en"
    if ev.prod == "google":
        if block:
            parts.append(f"{_SEP}\n{block}\n\n{_SEP}")
        if ev.org and "@" in ev.org:
            parts.append(_GOOGLE_FOOTER[lang])
    else:
        if block:
            parts.append(block)
        if ev.prod in _FOOTER:
            parts.append(_FOOTER[ev.prod])
    return "\n\n".join(parts)
