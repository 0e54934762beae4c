# ruff: noqa: E501
"""Shared VTIMEZONE text for the holdout246 blind calendar (Karim Haddad, CPE, Montpellier)."""

PARIS = """BEGIN:VTIMEZONE
TZID:Europe/Paris
X-LIC-LOCATION:Europe/Paris
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""

MADRID = PARIS.replace("Europe/Paris", "Europe/Madrid")

ROMANCE = """BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""

WEUROPE = ROMANCE.replace("Romance Standard Time", "W. Europe Standard Time")

UTC1_FR = ROMANCE.replace("Romance Standard Time",
                          "(UTC+01:00) Bruxelles\\, Copenhague\\, Madrid\\, Paris")

UTC1_ES = ROMANCE.replace("Romance Standard Time",
                          "(UTC+01:00) Bruselas\\, Copenhague\\, Madrid\\, París")

TEAMS_FR = """________________________________________________________________________________\\n
 Réunion Microsoft Teams\\nRejoindre sur votre ordinateur\\, votre application mobile ou votre
  appareil de salle\\nCliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetu
 p-join/19%3ameeting_{mid}%40thread.v2/0>\\nID de la réunion : {num}\\nCode secret : {pw}
 \\nTéléchargez Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoind
 re sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\\n__________________
 ______________________________________________________________"""

TEAMS_ES = """________________________________________________________________________________\\n
 Reunión de Microsoft Teams\\nÚnase desde su equipo\\, aplicación móvil o dispositivo de sala
 \\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ame
 eting_{mid}%40thread.v2/0>\\nId. de reunión: {num}\\nCódigo de acceso: {pw}\\n______________
 __________________________________________________________________"""

GOOGLE_FR = """\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nParticiper avec Google Meet : https://meet.google.com/{code}\\n\\nPour en savoir plus sur
  Meet : https://support.google.com/a/users/answer/9282720\\n\\nNe modifiez pas cette section
  de la description.\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\n\\nInvitation de Google Agenda : https://calendar.google.com/calendar/\\n\\nVous recevez cet e-mail
  parce que vous êtes un invité de l'événement. Pour ne plus recevoir les mises à jour
  de cet événement\\, refusez-le."""

GOOGLE_EN = """\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nJoin with Google Meet: https://meet.google.com/{code}\\n\\nLearn more about Meet at: http
 s://support.google.com/a/users/answer/9282720\\n\\nPlease do not edit this section.\\n-::~:~
 ::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\n\\nInvitation from Google Calendar: https://calendar.google.com/calendar/\\n\\nYou are receiving
  this email because you are an attendee on the event. To stop receiving future updates
  for this event\\, decline this event."""

GOOGLE_ES = """\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nÚnete con Google Meet: https://meet.google.com/{code}\\n\\nMás información sobre Meet: htt
 ps://support.google.com/a/users/answer/9282720\\n\\nNo edites esta sección.\\n-::~:~::~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\n\\nInvitación de Google Calendar: https://calendar.google.com/calendar/\\n\\nHas recibido este correo
  porque eres un invitado del evento."""
