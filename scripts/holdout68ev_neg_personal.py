"""holdout68 negatives: personal appointments, family (Malayalam), classes and a trade fair."""

from __future__ import annotations

from holdout68ev_ics import USER, att, calendar, esc, item
from holdout68ev_tools import apple, ats, g_att, google

ME = ("rahul.menon.pm@outlook.com", "Rahul Menon")


def _appointments() -> list[dict]:
    out = []
    uid = "F0E1D2C3-B4A5-4697-8889-7A6B5C4D3E2F"
    ics = apple(uid=uid, summary="Huisarts – dr. van Leeuwen", start="20260116T081000", end="20260116T082000",
                location="Huisartsenpraktijk De Pijp, Ferdinand Bolstraat 88, Amsterdam",
                desc="knie. verwijzing fysio vragen", stamp="20260112T073000Z",
                alarm_uid="1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D")
    out.append(item("huisarts-nl", ics, uid, False, trap="doctor-nl"))

    uid = "afspraak-2026-0004471-stadsloket-zuid@amsterdam.nl"
    desc = ("Uw afspraak bij de gemeente Amsterdam\n\nProduct: paspoort aanvragen (1 persoon)\nLocatie: Stadsloket "
            "Zuid, President Kennedylaan 923\nAfspraaknummer: 0004471\n\nNeem mee: uw huidige paspoort, een "
            "pasfoto die niet ouder is dan 6 maanden en een betaalpas.\n\nAfspraak wijzigen of annuleren: "
            "https://www.amsterdam.nl/afspraak")
    ics = ats(prodid="-//Gemeente Amsterdam//Afspraken//NL", uid=uid,
              summary="Afspraak Stadsloket Zuid – paspoort aanvragen", start="20260126T091500", end="20260126T093000",
              zone="Europe/Amsterdam", organizer="ORGANIZER;CN=Gemeente Amsterdam:mailto:noreply@amsterdam.nl",
              attendees=[att(USER, "R. Menon")], desc=desc, location="Stadsloket Zuid, President Kennedylaan 923",
              method="PUBLISH")
    out.append(item("gemeente-afspraak-nl", ics, uid, False, trap="gemeente-nl"))

    uid = "IND-BIO-20260204-77120931@ind.nl"
    desc = ("Bevestiging afspraak IND\n\nSoort afspraak: biometrische gegevens afgeven (foto, vingerafdrukken, "
            "handtekening)\nLoket: Expatcenter Amsterdam, Zuidplein 36\nV-nummer: 77120931\n\nNeem uw paspoort en "
            "deze bevestiging mee.")
    ics = ats(prodid="-//IND//Afspraken//NL", uid=uid, summary="IND-afspraak: biometrie (Expatcenter Amsterdam)",
              start="20260204T083000", end="20260204T084500", zone="Europe/Amsterdam",
              organizer="ORGANIZER;CN=IND:mailto:noreply@ind.nl", attendees=[att(USER, "R. Menon")], desc=desc,
              location="Zuidplein 36, Amsterdam", method="PUBLISH")
    out.append(item("ind-biometrics-nl", ics, uid, False, trap="visa-residence-permit-nl"))

    uid = "NHB-AFS-20260213-5512@noordhollandschebank.nl"
    desc = ("Beste heer Menon,\n\nHierbij bevestigen wij uw hypotheekgesprek over het oversluiten van uw hypotheek. "
            "Uw adviseur is Frank Meijer. Neem uw laatste jaaropgave en een recente salarisstrook mee.\n\nMet "
            "vriendelijke groet,\nNoordhollandsche Bank")
    ics = ats(prodid="-//Noordhollandsche Bank//Afspraakplanner//NL", uid=uid,
              summary="Hypotheekgesprek – oversluiten (adviseur F. Meijer)", start="20260213T160000",
              end="20260213T170000", zone="Europe/Amsterdam",
              organizer="ORGANIZER;CN=Noordhollandsche Bank:mailto:afspraken@noordhollandschebank.nl",
              attendees=[att(USER, "R. Menon")], desc=desc, location="Kantoor Amsterdam-Zuid, Beethovenstraat 50")
    out.append(item("bank-hypotheekgesprek-nl", ics, uid, False, trap="bank-gesprek-nl"))
    return out


def _school() -> list[dict]:
    out = []
    uid = "parro-evt-99120344@parro.com"
    desc = ("Beste ouders van groep 5,\n\nGraag nodigen wij u uit voor de ouderavond. Juf Ilse vertelt over het "
            "programma van dit jaar en de Cito-toetsen. Aansluitend is er koffie.\n\nIBS De Regenboog")
    ics = ats(prodid="-//Parro//Agenda//NL", uid=uid, summary="Ouderavond groep 5 (Aarav)", start="20260129T193000",
              end="20260129T210000", zone="Europe/Amsterdam",
              organizer="ORGANIZER;CN=IBS De Regenboog:mailto:noreply@parro.com", attendees=[], desc=desc,
              location="IBS De Regenboog, aula", method="PUBLISH")
    out.append(item("school-ouderavond-nl", ics, uid, False, trap="school-ouderavond-nl"))

    uid = "parro-gesprek-30018874@parro.com"
    desc = ("U heeft een 10-minutengesprek ingepland met juf Marloes over Anika (groep 3).\nLokaal 1.04")
    ics = ats(prodid="-//Parro//Agenda//NL", uid=uid, summary="10-minutengesprek juf Marloes – Anika (groep 3)",
              start="20260305T161000", end="20260305T162000", zone="Europe/Amsterdam",
              organizer="ORGANIZER;CN=IBS De Regenboog:mailto:noreply@parro.com",
              attendees=[att(USER, "Rahul Menon")], desc=desc, location="Lokaal 1.04", method="PUBLISH")
    out.append(item("school-10-minutengesprek-nl", ics, uid, False, trap="school-gesprek-nl"))
    return out


def _family() -> list[dict]:
    out = []
    uid = "4mb8x2c6v0b3n7q1m5k9t3p7bh@google.com"
    ics = google(uid=uid, summary="അമ്മയുമായി വീഡിയോ കോൾ", start="20260118T160000", end="20260118T170000",
                 organizer=ME, guests=[g_att("lakshmi.menon.tvm@gmail.com", "Amma", "ACCEPTED"), g_att(USER, ME[1],
                                                                                                      "ACCEPTED")],
                 desc="ഞായറാഴ്ച വിളി – അച്ഛനും ഉണ്ടാകും. കുട്ടികളുടെ സ്കൂൾ റിപ്പോർട്ട് കാണിക്കണം.",
                 conference="https://meet.google.com/amm-vdcl-sun", rrule="FREQ=WEEKLY;BYDAY=SU",
                 stamp="20251220T100000Z", method=None)
    out.append(item("family-video-call-ml", ics, uid, False, trap="family-ml-weekly"))

    uid = "E2D1C0B9-A8F7-46E5-D4C3-B2A1F0E9D8C7"
    ics = apple(uid=uid, summary="അനിയന്റെ വിവാഹ നിശ്ചയം – കൊച്ചി", start="20260405", end="20260406", allday=True,
                location="Kochi, Kerala, India", desc="ഫ്ലൈറ്റ് AMS–DXB–COK 3-ാം തീയതി. സമ്മാനം വാങ്ങണം.",
                stamp="20260110T180000Z")
    out.append(item("family-engagement-ml-allday", ics, uid, False, trap="family-ml-allday"))
    return out


def _classes() -> list[dict]:
    out = []
    uid = "taalhuis-b2-les7-20260211@taalhuisamsterdam.nl"
    desc = ("Les 7 – Thema: werk\nWe oefenen een sollicitatiegesprek in rollenspel (jij bent de kandidaat, je "
            "klasgenoot de werkgever) en bespreken formeel taalgebruik.\nHuiswerk: hoofdstuk 7, oefening 3–6.")
    ev = [f"UID:{uid}", "DTSTAMP:20260105T090000Z", "DTSTART;TZID=Europe/Amsterdam:20260211T190000",
          "DTEND;TZID=Europe/Amsterdam:20260211T210000",
          f"SUMMARY:{esc('Nederlandse les B2 – les 7: sollicitatiegesprek oefenen')}", f"DESCRIPTION:{esc(desc)}",
          f"LOCATION:{esc('Taalhuis Amsterdam, Plantage Middenlaan 2, lokaal 3')}",
          "ORGANIZER;CN=Taalhuis Amsterdam:mailto:cursussen@taalhuisamsterdam.nl"]
    ics = calendar("-//Taalhuis Amsterdam//Rooster//NL", [ev], method="PUBLISH", tzids=("Europe/Amsterdam",))
    out.append(item("dutch-class-roleplay-nl", ics, uid, False, trap="class-nl-interview-roleplay"))

    uid = "cervantes-ams-a2-2026-t1@academiacervantes.nl"
    desc = ("Clase de español – nivel A2 (grupo de los jueves)\nProfesora: Marta Gil\nTema de hoy: hablar del "
            "trabajo y de las vacaciones.")
    ics = ats(prodid="-//Academia Cervantes Amsterdam//Horario//ES", uid=uid, summary="Clase de español A2",
              start="20260219T183000", end="20260219T200000", zone="Europe/Amsterdam",
              organizer="ORGANIZER;CN=Academia Cervantes:mailto:clases@academiacervantes.nl",
              attendees=[att(USER, "Rahul Menon")], desc=desc, location="Academia Cervantes, Keizersgracht 180",
              method="PUBLISH")
    out.append(item("spanish-class-es", ics, uid, False, trap="class-es"))

    uid = "svc-paris-2026-exposant-tripwise-18@salonvoyageconnecte.fr"
    desc = ("Salon du Voyage Connecté 2026 – badge exposant\nSociété : Tripwise (stand B14)\nMontage du stand : "
            "8h00–9h00\nOuverture au public : 9h30\n\nAccès : Paris Expo Porte de Versailles, Hall 7.2")
    ics = ats(prodid="-//Salon du Voyage Connecté//Badges//FR", uid=uid,
              summary="Salon du Voyage Connecté – Paris (stand Tripwise)", start="20260317T080000",
              end="20260317T180000", zone="Europe/Paris",
              organizer="ORGANIZER;CN=Salon du Voyage Connecté:mailto:exposants@salonvoyageconnecte.fr",
              attendees=[att("rahul.menon@tripwise.nl", "Rahul Menon")], desc=desc,
              location="Paris Expo Porte de Versailles, Hall 7.2", method="PUBLISH")
    out.append(item("trade-fair-fr", ics, uid, False, trap="trade-fair-fr"))
    return out


def events() -> list[dict]:
    return [*_appointments(), *_school(), *_family(), *_classes()]
