"""Video and phone boilerplate as the meeting tools paste it, in the event's language (holdout66)."""

from __future__ import annotations

LINE = "_" * 80


def teams_es(mid: str, code: str, tid: str) -> str:
    return (
        f"{LINE}\n"
        "Reunión de Microsoft Teams\n"
        "Únase desde el equipo, la aplicación móvil o el dispositivo de la sala\n"
        f"Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}"
        "%40thread.v2/0?context=%7b%22Tid%22%3a%22b1f0%22%7d>\n"
        f"Id. de la reunión: {mid}\n"
        f"Código de acceso: {code}\n"
        "Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | "
        "Unirse en la Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
        "Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/"
        "meetingOptions/>\n"
        f"{LINE}"
    )


def teams_es_new(mid: str, code: str, tid: str) -> str:
    return (
        f"{LINE}\n"
        "Reunión de Microsoft Teams\n"
        f"Unirse: https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0\n"
        f"Id. de reunión: {mid}\n"
        f"Código de acceso: {code}\n"
        f"{LINE}\n"
        "¿Necesita ayuda?<https://aka.ms/JoinTeamsMeeting?omkt=es-ES> | Opciones de la reunión\n"
        f"{LINE}"
    )


def teams_en(mid: str, code: str, tid: str) -> str:
    return (
        f"{LINE}\n"
        "Microsoft Teams meeting\n"
        "Join on your computer, mobile app or room device\n"
        f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>\n"
        f"Meeting ID: {mid}\n"
        f"Passcode: {code}\n"
        "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
        "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
        "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
        f"{LINE}"
    )


def teams_pt(mid: str, code: str, tid: str, br: bool = False) -> str:
    pwd = "Senha" if br else "Código de acesso"
    return (
        f"{LINE}\n"
        "Reunião do Microsoft Teams\n"
        f"Participar: https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0\n"
        f"ID da reunião: {mid}\n"
        f"{pwd}: {code}\n"
        f"{LINE}\n"
        "Precisa de ajuda?<https://aka.ms/JoinTeamsMeeting?omkt=pt-PT> | Opções de reunião\n"
        f"{LINE}"
    )


def meet_es(code: str, pin: str) -> str:
    return (
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
        f"Unirse con Google Meet: https://meet.google.com/{code}\n"
        f"O marcar: (ES) +34 910 48 77 03 PIN: {pin}#\n"
        f"Más números de teléfono: https://tel.meet/{code}?pin={pin.replace(' ', '')}\n\n"
        "Obtén más información sobre Meet en: https://support.google.com/a/users/answer/9282720\n\n"
        "Asegúrate de no editar esta sección de la descripción del evento.\n"
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    )


def meet_en(code: str, pin: str) -> str:
    return (
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
        f"Join with Google Meet: https://meet.google.com/{code}\n"
        f"Or dial: (ES) +34 910 48 77 03 PIN: {pin}#\n"
        f"More phone numbers: https://tel.meet/{code}?pin={pin.replace(' ', '')}\n\n"
        "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
        "Please do not edit this section.\n"
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    )


def meet_pt(code: str, pin: str) -> str:
    return (
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
        f"Participar com o Google Meet: https://meet.google.com/{code}\n"
        f"Ou marque: (BR) +55 11 4560-8361 PIN: {pin}#\n"
        f"Mais números de telefone: https://tel.meet/{code}?pin={pin.replace(' ', '')}\n\n"
        "Não edite esta seção.\n"
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    )


def zoom_es(host: str, mid: str, pwd: str, sub: str = "us06web") -> str:
    digits = mid.replace(" ", "")
    return (
        f"{host} le está invitando a una reunión de Zoom programada.\n\n"
        "Unirse a la reunión Zoom\n"
        f"https://{sub}.zoom.us/j/{digits}?pwd=QWx0YW1pcmE{digits[-4:]}\n\n"
        f"ID de reunión: {mid}\n"
        f"Código de acceso: {pwd}\n\n"
        "---\n"
        "Móvil con un toque\n"
        f"+34914198034,,{digits}#,,,,*{pwd}# España\n\n"
        "Marcar según su ubicación\n"
        "• +34 91 419 8034 España\n"
        "• +34 93 176 2436 España\n\n"
        f"Encuentre su número local: https://{sub}.zoom.us/u/abQx7Lm2"
    )


def zoom_en(host: str, mid: str, pwd: str) -> str:
    digits = mid.replace(" ", "")
    return (
        f"{host} is inviting you to a scheduled Zoom meeting.\n\n"
        "Join Zoom Meeting\n"
        f"https://us02web.zoom.us/j/{digits}?pwd=bXlQd2Q{digits[-4:]}.1\n\n"
        f"Meeting ID: {mid}\n"
        f"Passcode: {pwd}\n\n"
        "---\n"
        "One tap mobile\n"
        f"+34917873431,,{digits}#,,,,*{pwd}# Spain\n"
        f"+442034815240,,{digits}#,,,,*{pwd}# United Kingdom\n\n"
        "Find your local number: https://us02web.zoom.us/u/kdQ1r9XwT"
    )


def zoom_pt(host: str, mid: str, pwd: str) -> str:
    digits = mid.replace(" ", "")
    return (
        f"{host} está a convidá-lo para uma reunião Zoom agendada.\n\n"
        "Entrar na reunião Zoom\n"
        f"https://us05web.zoom.us/j/{digits}?pwd=THVzb2Nhcmdv{digits[-3:]}\n\n"
        f"ID da reunião: {mid}\n"
        f"Senha: {pwd}"
    )


def webex_es(site: str, num: str, pwd: str) -> str:
    return (
        "Únase a la reunión de Webex\n"
        f"https://{site}.webex.com/{site}/j.php?MTID=m4f2a9c7e1b8d3{num[-4:]}\n"
        f"Número de reunión (código de acceso): {num}\n"
        f"Contraseña de la reunión: {pwd}\n\n"
        "Pulse para unirse desde un dispositivo móvil (solo para asistentes)\n"
        f"+34-91-749-8000,,{num.replace(' ', '')}## España (Madrid)\n\n"
        "Unirse desde un sistema o una aplicación de vídeo\n"
        f"Marque {num.replace(' ', '')}@{site}.webex.com"
    )


def webex_en(site: str, num: str, pwd: str) -> str:
    return (
        "Join Webex meeting\n"
        f"https://{site}.webex.com/{site}/j.php?MTID=m9b1e0d7a33c5{num[-4:]}\n"
        f"Meeting number (access code): {num}\n"
        f"Meeting password: {pwd}\n\n"
        "Tap to join from a mobile device (attendees only)\n"
        f"+44-20-7660-4242,,{num.replace(' ', '')}## United Kingdom Toll\n\n"
        "Join from a video system or application\n"
        f"Dial {num.replace(' ', '')}@{site}.webex.com"
    )
