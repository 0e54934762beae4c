"""Invented employers, people and video-call boilerplate for the train12 event corpus (Amélie Duval, pharmacist)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Co:
    """An invented employer: name as a person writes it, mail domain, city, zone, language, roles, staff."""

    name: str
    domain: str
    city: str
    tz: str
    lang: str
    roles: tuple[str, ...]
    staff: tuple[tuple[str, str, str], ...]  # (full name, local part, title)


COS: list[Co] = [
    Co("Laboratoires Veyrier", "veyrier-pharma.fr", "Lyon", "Europe/Paris", "fr",
       ("Chargée d'affaires réglementaires", "Responsable Assurance Qualité"),
       (("Hélène Morvan", "h.morvan", "Directrice Qualité"), ("Bastien Lacroix", "b.lacroix", "Talent Acquisition"),
        ("Sophie Tranchant", "s.tranchant", "Pharmacien Responsable"))),
    Co("Théralis", "theralis.com", "Paris", "Europe/Paris", "fr",
       ("Medical Science Liaison", "Responsable Affaires Médicales"),
       (("Claire Besson", "claire.besson", "Head of Medical Affairs"),
        ("Yanis Haddad", "yanis.haddad", "HR Business Partner"),
        ("Nicolas Ferrand", "nicolas.ferrand", "Medical Director"))),
    Co("Clinexis", "clinexis.eu", "Paris", "Europe/Paris", "fr",
       ("Clinical Project Manager", "Chef de projet études cliniques"),
       (("Mathilde Roy", "mroy", "Directrice des opérations cliniques"), ("Karim Benali", "kbenali", "Recruteur"),
        ("Ophélie Garnier", "ogarnier", "Line Manager CPM"))),
    Co("Pharmalogis", "pharmalogis.fr", "Lyon", "Europe/Paris", "fr",
       ("Pharmacien Responsable Intérimaire", "Responsable Qualité Distribution"),
       (("Jean-Baptiste Orsini", "jb.orsini", "Directeur Général"), ("Laure Chapuis", "l.chapuis", "RRH"),
        ("Thomas Nguyen", "t.nguyen", "Responsable entrepôt"))),
    Co("Kerbio", "kerbio.fr", "Paris", "Europe/Paris", "fr",
       ("Pharmacovigilance Officer", "Responsable Pharmacovigilance"),
       (("Gaëlle Le Bihan", "gaelle", "CEO & co-fondatrice"), ("Rémi Carrel", "remi", "CMO"),
        ("Inès Fabre", "ines.fabre", "People Ops"))),
    Co("CH Val-de-Saône", "ch-valdesaone.fr", "Villefranche-sur-Saône", "Europe/Paris", "fr",
       ("Pharmacien adjoint PUI", "Pharmacien gérant"),
       (("Dr Pascal Meunier", "p.meunier", "Chef de service pharmacie"), ("Anne Roussel", "a.roussel", "DRH"),
        ("Dr Lucie Bret", "l.bret", "Pharmacien"))),
    Co("Helvexa", "helvexa.ch", "Basel", "Europe/Zurich", "en",
       ("Quality Assurance Manager GMP", "Qualified Person"),
       (("Daniel Frei", "daniel.frei", "Head of Quality Operations"), ("Priska Vogt", "priska.vogt", "Talent Partner"),
        ("Marc Oberli", "marc.oberli", "Site Head"))),
    Co("Rheinknie Biologics", "rheinknie-bio.ch", "Basel", "Europe/Zurich", "en",
       ("Regulatory Affairs Manager", "Medical Advisor Haematology"),
       (("Sarah Lindqvist", "s.lindqvist", "VP Regulatory"), ("Olivier Berset", "o.berset", "Recruiter"),
        ("Anna Keller", "a.keller", "Regulatory Lead EU"))),
    Co("Nuvacta Therapeutics", "nuvacta.com", "remote", "Europe/London", "en",
       ("Medical Affairs Manager", "Medical Information Lead"),
       (("James Whitcombe", "james.w", "Chief Medical Officer"), ("Freya Dunn", "freya.dunn", "People Partner"),
        ("Ravi Shah", "ravi.shah", "Director Medical Affairs"))),
    Co("Quantiva", "quantiva-cro.com", "remote", "Europe/London", "en",
       ("Senior Clinical Research Associate", "Regulatory Start-up Specialist"),
       (("Emily Hart", "emily.hart", "Associate Director"), ("Tom Okafor", "tom.okafor", "Talent Acquisition"),
        ("Lena Park", "lena.park", "Line Manager"))),
    Co("Isarpharm", "isarpharm.de", "München", "Europe/Berlin", "de",
       ("Referentin Medical Affairs", "Leitung Qualitätssicherung"),
       (("Dr. Katrin Huber", "k.huber", "Leiterin Medical Affairs"), ("Florian Maier", "f.maier", "HR Recruiting"),
        ("Stefan Brandl", "s.brandl", "Bereichsleiter Qualität"))),
    Co("Hexamed Diagnostics", "hexamed.de", "München", "Europe/Berlin", "de",
       ("Regulatory Affairs Specialist IVD", "Qualitätsmanagerin"),
       (("Julia Sommer", "julia.sommer", "Head of RA"), ("Tobias Wenzel", "tobias.wenzel", "Talent Acquisition"),
        ("Dr. Ulrike Falk", "ulrike.falk", "Geschäftsführerin"))),
    Co("Galenia Ibérica", "galenia.es", "Barcelona", "Europe/Madrid", "es",
       ("Técnica de Asuntos Regulatorios", "Responsable de Garantía de Calidad"),
       (("Marta Puig", "mpuig", "Directora Técnica"), ("Jordi Vidal", "jvidal", "Técnico de Selección"),
        ("Núria Soler", "nsoler", "Directora de Calidad"))),
    Co("Laboratorios Brisa", "brisafarma.es", "Barcelona", "Europe/Madrid", "es",
       ("Medical Science Liaison", "Farmacéutica de Farmacovigilancia"),
       (("Carlos Ferrer", "c.ferrer", "Director Médico"), ("Laia Roca", "l.roca", "HR Business Partner"),
        ("Pilar Ortega", "p.ortega", "Responsable MSL"))),
]

CO_BY_LANG = {lang: [c for c in COS if c.lang == lang] for lang in ("fr", "en", "de", "es")}

MEET = {
    "en": "Join with Google Meet\nhttps://meet.google.com/{code}\nOr dial: +33 1 87 40 21 {n} PIN: 8{n}4 51#",
    "fr": "Participer avec Google Meet\nhttps://meet.google.com/{code}\nOu appeler le : +33 1 87 40 21 {n} "
          "Code : 8{n}4 51#",
    "de": "Mit Google Meet teilnehmen\nhttps://meet.google.com/{code}\nEinwahl: +49 30 3001 9{n} PIN: 8{n}4 51#",
    "es": "Unirse con Google Meet\nhttps://meet.google.com/{code}\nO marca: +34 910 48 {n} PIN: 8{n}4 51#",
}
TEAMS = {
    "en": "________________________________________________________________________________\n"
          "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
          "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0>\n"
          "Meeting ID: 3{n}8 114 902 7\nPasscode: q{n}Xw7Z\n"
          "________________________________________________________________________________",
    "fr": "________________________________________________________________________________\n"
          "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
          "Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}"
          "%40thread.v2/0>\nID de la réunion : 3{n}8 114 902 7\nCode secret : q{n}Xw7Z\n"
          "________________________________________________________________________________",
    "de": "________________________________________________________________________________\n"
          "Microsoft Teams-Besprechung\nTreten Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät bei\n"
          "Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
          "{code}%40thread.v2/0>\nBesprechungs-ID: 3{n}8 114 902 7\nPasscode: q{n}Xw7Z\n"
          "________________________________________________________________________________",
    "es": "________________________________________________________________________________\n"
          "Reunión de Microsoft Teams\nÚnase a través de su ordenador, aplicación móvil o dispositivo de sala\n"
          "Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}"
          "%40thread.v2/0>\nId. de reunión: 3{n}8 114 902 7\nCódigo de acceso: q{n}Xw7Z\n"
          "________________________________________________________________________________",
}
ZOOM = {
    "en": "Join Zoom Meeting\nhttps://us02web.zoom.us/j/8{n}41739{n}2?pwd={code}\nMeeting ID: 8{n}4 173 9{n}2\n"
          "Passcode: 41{n}7",
    "fr": "Participer à la réunion Zoom\nhttps://zoom.us/j/9{n}16024{n}7?pwd={code}\nID de réunion : 9{n}1 602 4{n}7\n"
          "Code secret : 62{n}1",
    "de": "Zoom-Meeting beitreten\nhttps://zoom.us/j/7{n}23308{n}1?pwd={code}\nMeeting-ID: 7{n}2 330 8{n}1\n"
          "Kenncode: 90{n}3",
    "es": "Unirse a la reunión Zoom\nhttps://zoom.us/j/6{n}55201{n}4?pwd={code}\nID de reunión: 6{n}5 520 1{n}4\n"
          "Código de acceso: 13{n}8",
}
WEBEX = {
    "en": "Join Webex meeting\nhttps://{dom}.webex.com/{dom}/j.php?MTID=m{code}\nMeeting number: 2{n}71 044 3{n}9\n"
          "Password: Ph{n}rma",
    "fr": "Rejoindre la réunion Webex\nhttps://{dom}.webex.com/{dom}/j.php?MTID=m{code}\nNuméro de la réunion : "
          "2{n}71 044 3{n}9\nMot de passe : Ph{n}rma",
    "de": "Webex-Meeting beitreten\nhttps://{dom}.webex.com/{dom}/j.php?MTID=m{code}\nMeeting-Kennnummer: "
          "2{n}71 044 3{n}9\nPasswort: Ph{n}rma",
    "es": "Entrar a la reunión de Webex\nhttps://{dom}.webex.com/{dom}/j.php?MTID=m{code}\nNúmero de reunión: "
          "2{n}71 044 3{n}9\nContraseña: Ph{n}rma",
}
GOOGLE_FOOTER = {
    "en": "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email "
          "because you are an attendee on the event. To stop receiving future updates for this event, decline it.",
    "fr": "Invitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail, car vous "
          "participez à cet événement. Pour ne plus recevoir les mises à jour, refusez l'événement.",
    "de": "Einladung von Google Kalender: https://calendar.google.com/calendar/\n\nSie erhalten diese E-Mail, weil "
          "Sie Teilnehmer an diesem Termin sind. Lehnen Sie den Termin ab, um keine Updates mehr zu erhalten.",
    "es": "Invitación de Google Calendar: https://calendar.google.com/calendar/\n\nHas recibido este correo porque "
          "eres un invitado del evento. Para dejar de recibir actualizaciones, rechaza el evento.",
}


def video(kind: str, lang: str, i: int, dom: str = "meet") -> str:
    """Given a tool (meet, teams, zoom, webex), a language and a seed, returns that tool's joining boilerplate."""
    code = f"{(i * 7919) % 100000:05d}" + "abcdefghij"[i % 10] + "xkq"[i % 3]
    table = {"meet": MEET, "teams": TEAMS, "zoom": ZOOM, "webex": WEBEX}[kind]
    if kind == "meet":
        code = f"{'abcdefghjk'[i % 10]}{'mnpqr'[i % 5]}x-{'stuvw'[i % 5]}qra-{'bcdfg'[i % 5]}yz"
    return table[lang].format(code=code, n=i % 10, dom=dom.split(".")[0])
