"""Video-call boilerplate for the holdout79 event split, in the language of the event (written blind; CC0 1.0)."""

from __future__ import annotations

_LINE = "_" * 80


def teams(lang: str, mid: str, pwd: str, dial: bool = True) -> str:
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22"
    if lang == "fr":
        txt = (f"{_LINE}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, votre application mobile ou "
               f"votre appareil de salle\nCliquez ici pour rejoindre la réunion<{url}>\nID de la réunion : "
               f"{mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}\nCode secret : {pwd}\nTélécharger Teams | "
               "Rejoindre sur le web")
        if dial:
            txt += ("\nOu appelez (audio seulement)\n+32 2 894 11 57,,48811302# Belgique, Bruxelles\n"
                    "ID de conférence téléphonique : 488 113 02#")
        return txt + f"\nEn savoir plus | Options de réunion\n{_LINE}"
    if lang == "nl":
        txt = (f"{_LINE}\nMicrosoft Teams-vergadering\nDeelnemen op uw computer, mobiele app of ruimteapparaat\n"
               f"Klik hier om deel te nemen aan de vergadering<{url}>\nVergadering-id: "
               f"{mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}\nWachtwoordcode: {pwd}\nTeams downloaden | "
               "Deelnemen op het web")
        if dial:
            txt += ("\nOf bel in (alleen audio)\n+31 20 795 33 21,,712004466# Nederland, Amsterdam\n"
                    "Telefonische vergadering-id: 712 004 466#")
        return txt + f"\nMeer informatie | Opties voor vergadering\n{_LINE}"
    if lang == "de":
        txt = (f"{_LINE}\nMicrosoft Teams-Besprechung\nNehmen Sie von Ihrem Computer, Ihrer mobilen App oder "
               f"Ihrem Raumgerät teil\nKlicken Sie hier, um an der Besprechung teilzunehmen<{url}>\n"
               f"Besprechungs-ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}\nKennung: {pwd}")
        if dial:
            txt += "\nEinwählen per Telefon\n+41 44 511 22 07,,90321554# Schweiz, Zürich"
        return txt + f"\nWeitere Infos | Besprechungsoptionen\n{_LINE}"
    txt = (f"{_LINE}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
           f"Click here to join the meeting<{url}>\nMeeting ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}\n"
           f"Passcode: {pwd}\nDownload Teams | Join on the web")
    if dial:
        txt += "\nOr call in (audio only)\n+32 2 894 11 57,,61200817# Belgium, Brussels"
    return txt + f"\nLearn More | Meeting options\n{_LINE}"


def zoom(lang: str, host: str, num: str, pwd: str, sub: str = "us02web") -> str:
    link = f"https://{sub}.zoom.us/j/{num}?pwd={pwd}"
    nice = f"{num[:3]} {num[3:7]} {num[7:]}"
    if lang == "fr":
        return (f"{host} vous invite à une réunion Zoom planifiée.\n\nParticiper à la réunion Zoom\n{link}\n\n"
                f"ID de réunion : {nice}\nCode secret : {pwd[:6]}\n\n---\n\nAppareils mobiles en un clic\n"
                f"+3227884095,,{num}# Belgique\n\nComposez un numéro en fonction de votre emplacement\n"
                "• +32 2 788 4095 Belgique\n• +33 1 7037 9729 France")
    if lang == "nl":
        return (f"{host} nodigt u uit voor een geplande Zoom-vergadering.\n\nDeelnemen aan Zoom-vergadering\n"
                f"{link}\n\nVergadering-ID: {nice}\nToegangscode: {pwd[:6]}\n\n---\n\nSnelle mobiele toegang\n"
                f"+31207940377,,{num}# Nederland")
    if lang == "de":
        return (f"{host} lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nZoom-Meeting beitreten\n{link}\n\n"
                f"Meeting-ID: {nice}\nKenncode: {pwd[:6]}\n\n---\n\nSchnelleinwahl mobil\n"
                f"+41432107108,,{num}# Schweiz")
    return (f"{host} is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n{link}\n\n"
            f"Meeting ID: {nice}\nPasscode: {pwd[:6]}\n\n---\n\nOne tap mobile\n+3227884095,,{num}# Belgium\n"
            f"+31207940377,,{num}# Netherlands")


def meet(lang: str, code: str) -> str:
    link = f"https://meet.google.com/{code}"
    if lang == "fr":
        return (f"Participer avec Google Meet : {link}\nOu appeler le : (BE) +32 2 290 91 34 Code : 318 554 902#"
                "\nAutres numéros de téléphone : https://tel.meet/" + code + "?pin=318554902")
    if lang == "nl":
        return (f"Deelnemen met Google Meet: {link}\nOf bellen: (NL) +31 20 257 3145 Pincode: 604 881 127#\n"
                "Meer telefoonnummers: https://tel.meet/" + code + "?pin=604881127")
    return (f"Join with Google Meet: {link}\nOr dial: (BE) +32 2 290 91 34 PIN: 318 554 902#\n"
            "More phone numbers: https://tel.meet/" + code + "?pin=318554902")


def meet_footer(lang: str) -> str:
    if lang == "fr":
        return ("\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet "
                "e-mail, car vous êtes invité à cet événement. Pour ne plus recevoir de notifications, "
                "refusez l'invitation.")
    if lang == "nl":
        return ("\n\nUitnodiging van Google Agenda: https://calendar.google.com/calendar/\n\nU ontvangt deze "
                "e-mail omdat u een gast bent voor dit evenement.")
    return ("\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving "
            "this email because you are an attendee on the event.")


def webex(lang: str, site: str, num: str, pwd: str) -> str:
    link = f"https://{site}.webex.com/{site}/j.php?MTID=m{num}a7c2e1"
    if lang == "fr":
        return (f"-- Ne supprimez pas et ne modifiez pas la section suivante. --\n\nRejoindre la réunion Webex\n"
                f"{link}\nNuméro de la réunion : {num[:4]} {num[4:7]} {num[7:]}\nMot de passe : {pwd}\n\n"
                "Rejoindre par téléphone\n+41-43-456-9248 Suisse (Zurich)\nCode d'accès : " + num)
    if lang == "de":
        return (f"-- Den folgenden Abschnitt nicht löschen oder ändern. --\n\nWebex-Meeting beitreten\n{link}\n"
                f"Meeting-Kennnummer: {num[:4]} {num[4:7]} {num[7:]}\nPasswort: {pwd}\n\nPer Telefon beitreten\n"
                "+41-43-456-9248 Schweiz Gebührenpflichtig")
    return (f"-- Do not delete or change any of the following text. --\n\nJoin Webex meeting\n{link}\n"
            f"Meeting number: {num[:4]} {num[4:7]} {num[7:]}\nPassword: {pwd}\n\nJoin by phone\n"
            "+41-43-456-9248 Switzerland Toll")
