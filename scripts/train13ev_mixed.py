"""train13 event corpus: further weak-looking interviews and German look-alikes, each event on its own."""

from __future__ import annotations

from train13ev_boiler import gfooter, meet, teams, zoom
from train13ev_ics import Att, Ev, coord, me, room


def _pos() -> list[Ev]:
    out: list[Ev] = []
    add = out.append
    add(Ev("hm-personal", "en", "catch-up re TPM role", "2026-12-06 10:30", True, "Lumatic", "Senior TPM",
           "final", style="google", tz="Europe/London", minutes=30,
           organizer=Att("Felix Brandt", "felixbrandt.uk@icloud.com", partstat="ACCEPTED"),
           attendees=[Att("Felix Brandt", "felixbrandt.uk@icloud.com", partstat="ACCEPTED"), me()],
           desc="Mei – one more conversation before I take you to our exec team; final step on our side for the "
                "Senior TPM role at Lumatic. Weekend slot, sorry! Felix\n\n" + meet("en", "ktr-mpqa-wdf")))
    add(Ev("terse-typed", "en", "Sentivo round 3 – Ruth + Bas", "2027-01-29 13:00", True, "Sentivo", "", "",
           style="apple", tz="Europe/Amsterdam", minutes=60, interviewers="Ruth;Bas"))
    add(Ev("phone-screen-terse", "en", "HR call Ferrox", "2027-01-05 16:00", True, "Ferrox", "",
           "recruiter_screen", style="ios", tz="Europe/London", minutes=20))
    add(Ev("office-visit", "en", "Visit Brightcell office + meet the team", "2027-01-09 10:00", True, "Brightcell",
           "Hardware PM", "onsite", style="google", tz="Europe/Amsterdam", minutes=180,
           organizer=Att("Daan de Vries", "daan@brightcell.energy"),
           attendees=[Att("Daan de Vries", "daan@brightcell.energy", partstat="ACCEPTED"), me(),
                      Att("Sanne Visser", "sanne@brightcell.energy"), Att("Karel Bos", "karel@brightcell.energy"),
                      room("Eindhoven – Big Room", "c_9913ab@resource.calendar.google.com")],
           location="Brightcell, Strijp-S, Torenallee 20, Eindhoven",
           desc="Onsite round for the hardware PM role: swap-station lab tour, session with Sanne (firmware lead) "
                "and Karel (operations), lunch with me.\n\n" + gfooter("en")))
    add(Ev("hirevue", "en", "HireVue: On-Demand Interview – Technical Program Manager (due by Dec 20)", "2026-12-18",
           True, "Pragma Drives", "Technical Program Manager", "recruiter_screen", style="allday",
           desc="Pragma Drives has invited you to complete a video interview. 6 questions, 3 minutes each. "
                "Link: https://app.hirevue.com/interviews/pragma/tpm-2291", interviewers=""))
    add(Ev("modernloop", "en", "Interview loop: Mei Chen – Product Manager, Surgical Robotics (final)",
           "2027-01-29 09:00", True, "Robomed Surgical", "Product Manager, Surgical Robotics", "final",
           style="ats", prodid="-//ModernLoop//Scheduling//EN", tz="Europe/Zurich", minutes=180,
           organizer=coord("ModernLoop on behalf of Robomed", "scheduling@modernloop.io", "CHAIR"),
           attendees=[me(), Att("Anja Keller", "anja.keller@robomed-surgical.com"),
                      Att("Stefan Gruber", "stefan.gruber@robomed-surgical.com"),
                      coord("Selina Frei", "selina.frei@robomed-surgical.com")],
           desc="Final loop\n09:00–10:00 Stefan Gruber, CEO\n10:15–11:15 Anja Keller, Director Product\n"
                "11:30–12:00 Wrap-up with Selina (Recruiting Coordinator)\n\n" + zoom("en", "947 2011 3380", "RbMd77")))
    add(Ev("chat-later-round", "en", "Chat with Jakob", "2027-02-03 17:00", True, "Vantor Robotics", "", "final",
           style="google", minutes=30, organizer=Att("Jakob Lindner", "jakob.lindner@vantor-robotics.com"),
           attendees=[Att("Jakob Lindner", "jakob.lindner@vantor-robotics.com", partstat="ACCEPTED"), me()],
           desc="Hi Mei, let's have a last chat before we put together the offer – any open questions from your "
                "side about the Hardware PM role are welcome.\n\n" + meet("en", "nvd-wqzo-yxa")))
    add(Ev("terse-typed", "de", "Festral – 3. Runde GF", "2027-01-07 15:00", True, "Festral", "", "final",
           style="floating", minutes=60, interviewers=""))
    add(Ev("founder-freemail", "de", "Gespräch Robotik-Startup (Max, Gründer) – Produktrolle", "2027-01-10 11:00",
           True, "Greifbar Robotics", "Produktmanagerin", "hiring_manager", minutes=60,
           organizer=Att("Max Hellwig", "max.hellwig@posteo.de", partstat="ACCEPTED"),
           attendees=[Att("Max Hellwig", "max.hellwig@posteo.de", partstat="ACCEPTED"), me()],
           desc="Hallo Mei, wie am Telefon besprochen: Gespräch zur Rolle Produktmanagerin bei Greifbar Robotics "
                "(wir bauen Greifer für die Logistik). Ich bin Mitgründer, Paul (CTO) ist auch dabei.\n\n"
                + meet("de", "qoe-rhhn-dtv") + "\n" + gfooter("de"), interviewers="max.hellwig@posteo.de;Paul"))
    add(Ev("name-company", "de", "Fr. Krämer (Nordhalle) Telefon", "2027-01-12 08:30", True, "Nordhalle",
           "", "", style="ios", minutes=30, interviewers="Fr. Krämer"))
    add(Ev("internal-transfer", "de", "Interview intern: Teamleitung Konstruktion (Bewerbung Mei)", "2027-01-16 13:00",
           True, "Kessler Antriebstechnik", "Teamleitung Konstruktion", "onsite", style="exchange", minutes=90,
           organizer=Att("Lang, Katrin", "k.lang@kessler-antriebe.de"),
           attendees=[me(True, "Chen, Mei"), Att("Weber, Stefan", "s.weber@kessler-antriebe.de"),
                      Att("Dr. Fuchs, Annette", "a.fuchs@kessler-antriebe.de"),
                      room("STR-Geb.1-Vorstandsetage", "raum.1-vs@kessler-antriebe.de")],
           desc="Liebe Mei,\n\nwie besprochen das Gespräch zu deiner internen Bewerbung auf die Teamleitung "
                "Konstruktion. Panel: Stefan Weber, Dr. Annette Fuchs (Bereich Entwicklung) und ich.\n\nKatrin",
           interviewers="s.weber@kessler-antriebe.de;a.fuchs@kessler-antriebe.de;k.lang@kessler-antriebe.de"))
    add(Ev("bookings", "de", "Kennenlerngespräch Hardware Product Owner – Alpstrom", "2027-01-19 14:00", True,
           "Alpstrom", "Hardware Product Owner", "hiring_manager", style="ats",
           prodid="-//Microsoft Corporation//Microsoft Bookings//EN", tz="Europe/Zurich", minutes=45,
           organizer=coord("Alpstrom Recruiting", "AlpstromRecruiting@alpstrom.ch", "CHAIR"),
           attendees=[me(), Att("Reto Zollinger", "reto.zollinger@alpstrom.ch")],
           desc="Ihre Buchung ist bestätigt.\nDienst: Kennenlerngespräch (2. Runde)\nMitarbeiter: Reto Zollinger, "
                "Leiter Antriebsentwicklung\n\n" + teams("de", "385 114 920 657", "Al9Ps4")))
    add(Ev("gmail-invite-work", "de", "Abendessen mit Hr. Pfeiffer (Pragma) – letztes Gespräch", "2027-01-21 19:00",
           True, "Pragma Drives", "Head of Hardware Product", "final", style="outlook", minutes=120,
           organizer=Att("Pfeiffer, Markus", "markus.pfeiffer@pragma-drives.com"),
           attendees=[me(True, "Chen, Mei"), Att("Pfeiffer, Markus", "markus.pfeiffer@pragma-drives.com")],
           location="Restaurant Schwarz & Weiz, München",
           desc="Liebe Frau Chen, bevor wir Ihnen ein Angebot unterbreiten, würde ich Sie gerne zum Abendessen "
                "einladen und die letzten offenen Punkte besprechen. Markus Pfeiffer"))
    add(Ev("title-only", "fr", "Cybelis – Léa", "2026-12-08 09:00", True, "Cybelis", "", "", style="floating",
           tz="Europe/Paris", minutes=30, interviewers="Léa"))
    add(Ev("internal-transfer", "es", "Entrevista traslado interno – Kessler Ibérica (Barcelona)", "2027-01-26 16:00",
           True, "Kessler Antriebstechnik", "Jefa de Producto", "hiring_manager", style="google", tz="Europe/Madrid",
           minutes=45, organizer=Att("Ricard Pujol", "r.pujol@kessler-antriebe.de"),
           attendees=[Att("Ricard Pujol", "r.pujol@kessler-antriebe.de", partstat="ACCEPTED"), me(True)],
           desc="Hola Mei, gracias por presentarte a la vacante interna de Jefa de Producto en la filial de "
                "Barcelona. Hablamos de la posición y de tu experiencia.\n\nRicard Pujol, Director General Kessler "
                "Ibérica\n\n" + meet("es", "sgo-hpwx-mlu")))
    return out


def _neg() -> list[Ev]:
    out: list[Ev] = []
    add = out.append
    add(Ev("user-interviewer", "de", "Bewerbergespräch Werkstudentin – Fr. Aydin (Kessler)", "2027-01-22 10:00",
           False, style="utcname", minutes=45, organizer=Att("Chen, Mei", "m.chen@kessler-antriebe.de"),
           attendees=[Att("Selin Aydin", "selin.aydin@hotmail.de"),
                      room("STR-Geb.4-Raum 2.10", "raum.4-2.10@kessler-antriebe.de")],
           desc="Hallo Frau Aydin,\n\nhiermit lade ich Sie zum Gespräch für die Werkstudentenstelle in der "
                "Konstruktion ein. Bitte melden Sie sich am Empfang Geb. 4.\n\nMei Chen"))
    add(Ev("mock-interview", "de", "Übungsgespräch mit Anna (sie spielt Sanovia-GF)", "2027-01-13 20:00", False,
           style="apple", minutes=60, desc="Anna fragt wie Dr. Gerlach. Gehaltsfrage üben!"))
    add(Ev("buergeramt", "de", "Bürgeramt – Termin Reisepass", "2026-12-22 11:10", False, style="floating",
           minutes=20, location="Bürgerbüro Mitte, Eberhardstraße 39, Stuttgart"))
    add(Ev("interview-kit", "de", "Leitfaden Interviews Azubis überarbeiten", "2027-01-04 13:00", False,
           style="outlook", minutes=60, organizer=Att("Fink, Oliver", "o.fink@kessler-antriebe.de"),
           attendees=[me(True, "Chen, Mei")],
           desc="Interviewleitfaden und Bewertungsbogen für die Azubi-Auswahl 2027 aktualisieren."))
    add(Ev("headhunter-intake", "de", "Erstgespräch Personalberatung (vertraulich)", "2027-01-15 17:30", False,
           minutes=30, organizer=Att("Carsten Wolf", "c.wolf@wolf-partner-executive.com"),
           attendees=[Att("Carsten Wolf", "c.wolf@wolf-partner-executive.com", partstat="ACCEPTED"), me()],
           desc="Hallo Frau Chen, wie telefonisch angekündigt ein erstes, vertrauliches Gespräch. Mein Mandant "
                "möchte zunächst anonym bleiben.\n\n" + zoom("de", "702 558 1143", "Wp5Ex1")))
    return out


def events() -> list[Ev]:
    """Returns the extra interviews and German negatives."""
    return _pos() + _neg()
