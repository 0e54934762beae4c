"""holdout121: the user's own interviews invited directly by employees (Outlook, Exchange, Google, Apple ...)."""

from __future__ import annotations

from holdout121ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    GOOGLE_FOOTER_DE,
    GOOGLE_FOOTER_EN,
    ME_FREE,
    OUTLOOK,
    ROMANCE,
    THUNDERBIRD,
    UTC01_DE,
    W_EUROPE,
    att,
    meet,
    org,
    pos,
    teams,
    tz,
    vcal,
    vevent,
    zoom,
)

B = "Europe/Berlin"
CPH = "Europe/Copenhagen"


def events() -> list[dict[str, str]]:
    out = []

    uid = "040000008200E00074C5B7101A82E00800000000D0A4C1F3B97ADB01000000000000000010000000A1C3E9F0B2D54E4B9B0E"
    desc = """Sehr geehrter Herr Brandt,

wie besprochen lade ich Sie zu einem Gespräch mit Werksbesichtigung in unsere Käserei nach Apen ein.
Ablauf: ca. 1 Stunde Gespräch mit Frau Hollmann (Personal) und mir, danach Rundgang durch Reifekeller,
Schneiderei und Verpackung.

Bitte bringen Sie Ihre Zeugnisse mit. Aus Hygienegründen bitten wir Sie, keinen Schmuck zu tragen.

Mit freundlichen Grüßen
Karsten Meyer
Technischer Leiter
Ammerländer Käserei GmbH"""
    html = ("<html><body><p>Sehr geehrter Herr Brandt,</p><p>wie besprochen lade ich Sie zu einem Gespräch mit "
            "Werksbesichtigung in unsere Käserei nach Apen ein.</p><p>Mit freundlichen Grüßen<br>Karsten Meyer<br>"
            "Technischer Leiter<br>Ammerländer Käserei GmbH</p></body></html>")
    ev = vevent(uid, tz(W_EUROPE, "20250221T090000"), tz(W_EUROPE, "20250221T120000", "DTEND"),
                "Gespräch + Werksbesichtigung Betriebsleiter Käserei / Hr. Brandt", desc=desc, alt_html=html,
                loc="Besprechungsraum Gouda; Ammerländer Käserei, Hauptstraße 200, 26689 Apen",
                organizer=org("karsten.meyer@ammerkaese.de", "Meyer, Karsten"),
                attendees=[att(ME_FREE, "henning.brandt@t-online.de"),
                           att("gesa.hollmann@ammerkaese.de", "Hollmann, Gesa"),
                           att("gouda@ammerkaese.de", "Besprechungsraum Gouda", role="NON-PARTICIPANT",
                               cutype="RESOURCE")],
                extra=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"))
    out.append(pos("outlook-winzone-de", vcal([ev], prodid=OUTLOOK, method="REQUEST", zones=(W_EUROPE,)), uid,
                   "Ammerländer Käserei", "Betriebsleiter Käserei", "onsite",
                   "karsten.meyer@ammerkaese.de;gesa.hollmann@ammerkaese.de", "outlook-werksbesichtigung-de"))

    uid = "040000008200E00074C5B7101A82E0080000000070F2E5AB3C83DB01000000000000000010000000B7E8D1CC4F3A2C48A4F1"
    desc = """Sehr geehrter Herr Brandt,

nach den guten Gesprächen mit Frau Albers freuen wir uns, Sie zum abschließenden Gespräch mit der
Geschäftsführung einzuladen. Teilnehmer: Claus Schütte (geschäftsführender Gesellschafter), Petra Albers
(Leitung Personal).

Backhaus Schütte GmbH & Co. KG, Halskestraße 21, 22113 Hamburg
Parkplätze finden Sie vor dem Verwaltungsgebäude."""
    ev = vevent(uid, tz(UTC01_DE, "20250320T150000"), tz(UTC01_DE, "20250320T163000", "DTEND"),
                "Gespräch mit der Geschäftsführung – Werkleiter Hamburg-Billbrook", desc=desc,
                loc="Backhaus Schütte, Halskestraße 21, 22113 Hamburg, Raum GF",
                organizer=org("p.albers@schuette-backhaus.de", "Albers, Petra"),
                attendees=[att(ME_FREE, "Henning Brandt"), att("c.schuette@schuette-backhaus.de", "Schütte, Claus"),
                           att("p.albers@schuette-backhaus.de", "Albers, Petra", stat="ACCEPTED")],
                extra=("X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",))
    out.append(pos("outlook-utc-zone-de", vcal([ev], prodid=EXCHANGE, method="REQUEST", zones=(UTC01_DE,)), uid,
                   "Backhaus Schütte", "Werkleiter Hamburg-Billbrook", "final",
                   "c.schuette@schuette-backhaus.de;p.albers@schuette-backhaus.de", "outlook-gf-final-de"))

    uid = "040000008200E00074C5B7101A82E00800000000108E6AB15E80DB0100000000000000001000000012F3AA0D9C4BE1439D77"
    desc = """Guten Tag Herr Brandt,

im Auftrag von Herrn Kramer sende ich Ihnen die Einladung zum Kennenlernen (Leiter Operations).
Treffpunkt ist der Empfang im Verwaltungsgebäude.

Freundliche Grüße
Jutta Pape
Assistenz der Geschäftsführung
Kramer Süßwaren KG · Oldenburg"""
    ev = vevent(uid, tz(W_EUROPE, "20250228T140000"), tz(W_EUROPE, "20250228T153000", "DTEND"),
                "Kennenlernen Hr. Brandt / Hr. Kramer", desc=desc,
                loc="Kramer Süßwaren, Verwaltung, Stedinger Str. 55, 26135 Oldenburg",
                organizer=org("matthias.kramer@kramer-suesswaren.de", "Kramer, Matthias",
                              sent_by="jutta.pape@kramer-suesswaren.de"),
                attendees=[att(ME_FREE, "Henning Brandt")])
    out.append(pos("outlook-sentby-de", vcal([ev], prodid=OUTLOOK, method="REQUEST", zones=(W_EUROPE,)), uid,
                   "Kramer Süßwaren", "Leiter Operations", "", "matthias.kramer@kramer-suesswaren.de",
                   "outlook-sent-by-assistant-de"))

    uid = "5v0a8r3kq1m4l7c2g9t6hbn0ds@google.com"
    desc = f"""Hi Henning,

Great talking to you last week! As the next step I'd like you to meet Signe Thomsen, our Plant Director in
Esbjerg – you would report directly to her. Plan for about an hour; I won't join this time.

Best regards,
Rasmus

{meet("en", 3)}{GOOGLE_FOOTER_EN}"""
    ev = vevent(uid, tz(CPH, "20250306T100000"), tz(CPH, "20250306T110000", "DTEND"),
                "Operations Manager – 2nd interview (Henning Brandt / Signe Thomsen)", desc=desc,
                loc="Google Meet", organizer=org("rasmus.lund@fjordmaelk.dk", "Rasmus Lund"),
                attendees=[att("rasmus.lund@fjordmaelk.dk", "Rasmus Lund", stat="ACCEPTED"),
                           att("signe.thomsen@fjordmaelk.dk", "Signe Thomsen", stat="ACCEPTED"),
                           att(ME_FREE, "henning.brandt@t-online.de")],
                extra=("X-GOOGLE-CONFERENCE:https://meet.google.com/dqx-nkbe-w3a",))
    out.append(pos("google-meet-en", vcal([ev], prodid=GOOGLE, method="REQUEST", zones=(CPH,)), uid, "Fjordmælk",
                   "Operations Manager", "hiring_manager", "signe.thomsen@fjordmaelk.dk",
                   "google-hiring-manager-en"))

    uid = "1q7h3n6p2b5s8d0f4k9m1c3x7z@google.com"
    desc = f"""Hallo Herr Brandt,

wie besprochen hier der Termin für unser Vorstellungsgespräch (Leitung Logistik & Kommissionierung).
Mit dabei ist unser Geschäftsführer Arne Bockelmann.

Viele Grüße
Frauke Dittmer
EMF Elbmarsch Frischdienst GmbH

{meet("de", 5)}{GOOGLE_FOOTER_DE}"""
    ev = vevent(uid, tz(B, "20250303T113000"), tz(B, "20250303T123000", "DTEND"),
                "Vorstellungsgespräch Leitung Logistik | Henning Brandt", desc=desc, loc="",
                organizer=org("frauke.dittmer@emf-frischdienst.de", "Frauke Dittmer"),
                attendees=[att("frauke.dittmer@emf-frischdienst.de", "Frauke Dittmer", stat="ACCEPTED"),
                           att("arne.bockelmann@emf-frischdienst.de", "Arne Bockelmann"),
                           att(ME_FREE, "Henning Brandt")])
    out.append(pos("google-meet-de", vcal([ev], prodid=GOOGLE, method="REQUEST", zones=(B,)), uid,
                   "EMF Elbmarsch Frischdienst", "Leitung Logistik & Kommissionierung", "",
                   "frauke.dittmer@emf-frischdienst.de;arne.bockelmann@emf-frischdienst.de", "google-abbrev-de"))

    uid = "B4E1C0A2-77D3-4F5B-9E21-6C0D8A3F1E57"
    desc = """Moin Herr Brandt,

wie am Telefon besprochen – kommen Sie gern bei uns in der Brauerei vorbei, dann zeige ich Ihnen den Betrieb
und wir reden über die Betriebsleiterstelle. Parken können Sie im Hof.

Gruß
Klaus Rehder
Brauhaus Stade"""
    ev = vevent(uid, tz(B, "20250307T160000"), tz(B, "20250307T173000", "DTEND"), "Treffen wg. Betriebsleiterstelle",
                desc=desc, loc="Am Fischmarkt 11\n21682 Stade", organizer=org("klaus.rehder@gmx.de", "Klaus Rehder"),
                attendees=[att(ME_FREE, "Henning Brandt"),
                           att("klaus.rehder@gmx.de", "Klaus Rehder", stat="ACCEPTED", role="CHAIR")],
                extra=("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", "TRANSP:OPAQUE"))
    out.append(pos("apple-freemail-owner-de", vcal([ev], prodid=APPLE, method="REQUEST", zones=(B,)), uid,
                   "Brauhaus Stade", "Betriebsleiter", "", "klaus.rehder@gmx.de", "apple-owner-gmx-de"))

    uid = "c3f1e9a0-4d2b-4a8c-b6e7-heidjer-0314"
    desc = """Sehr geehrter Herr Brandt,

wir freuen uns auf das Gespräch zur Produktionsleitung bei uns in der Imkerei-Manufaktur.
Gesprächspartner: Imke Bostelmann (Geschäftsführerin), Hinnerk Bostelmann (Imkermeister).

Heidjer Honig & Sirup GmbH, Zum Bienenzaun 4, 29640 Schneverdingen"""
    ev = vevent(uid, "20250314T100000", "20250314T113000", "Vorstellungsgespräch Produktionsleitung (Heidjer)",
                desc=desc, loc="Zum Bienenzaun 4, 29640 Schneverdingen",
                organizer=org("imke@heidjer.de", "Imke Bostelmann"),
                attendees=[att(ME_FREE, "Henning Brandt"), att("hinnerk@heidjer.de", "Hinnerk Bostelmann")],
                extra=("X-MOZ-GENERATION:2",))
    out.append(pos("thunderbird-floating-de", vcal([ev], prodid=THUNDERBIRD, method="REQUEST"), uid,
                   "Heidjer Honig & Sirup", "Produktionsleitung", "", "imke@heidjer.de;hinnerk@heidjer.de",
                   "thunderbird-floating-de"))

    uid = "040000008200E00074C5B7101A82E00800000000F04D2E8C1A84DB010000000000000000100000003E0C5D6BB71E9A4F8C02"
    desc = f"""Dear Henning,

Thank you for your interest in the Plant Manager position at our Randers malting plant. I'd like to invite
you to a first conversation with me as the hiring manager – we'll talk about the plant, the team and your
experience with continuous processes.

Kind regards
Søren Kjeldsen
Director Production, Jyske Malt A/S

{teams("en", 21)}"""
    ev = vevent(uid, tz(ROMANCE, "20250310T083000"), tz(ROMANCE, "20250310T093000", "DTEND"),
                "Interview – Plant Manager Randers", desc=desc, loc="Microsoft Teams Meeting",
                organizer=org("sk@jyskemalt.dk", "Søren Kjeldsen"), attendees=[att(ME_FREE, "Henning Brandt")],
                extra=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY",))
    out.append(pos("outlook-romance-en", vcal([ev], prodid=OUTLOOK, method="REQUEST", zones=(ROMANCE,)), uid,
                   "Jyske Malt", "Plant Manager Randers", "hiring_manager", "sk@jyskemalt.dk", "outlook-teams-dk-en"))

    uid = "webex-4f8c1d27a0b94e6e-hkp-fallstudie"
    desc = """Hallo Herr Brandt,

für die zweite Runde (Leiter Produktion Röstwerk) haben wir eine kleine Fallstudie vorbereitet: Sie erhalten
zu Beginn die Produktionsdaten einer Woche und entwickeln mit uns einen Schichtplan für die Weihnachtssaison.
Dabei: Ole Petersen (Leiter Supply Chain), Dr. Tanja Voigt (Qualitätsmanagement).

Hanseatische Kaffeerösterei Petersen & Co. KG

-- Webex-Meeting beitreten --
https://hkp-kaffee.webex.com/hkp-kaffee/j.php?MTID=m4f8c1d27a0b94e6e
Meeting-Kennnummer: 2734 118 9045
Passwort: Roest25!
Über Telefon beitreten: +49-619-6781-9736 Deutschland Gebührenpflichtig"""
    ev = vevent(uid, tz(B, "20250318T140000"), tz(B, "20250318T153000", "DTEND"),
                "Fallstudie 2. Runde – Leiter Produktion Röstwerk", desc=desc, loc="Webex",
                organizer=org("ole.petersen@hkp-kaffee.de", "Ole Petersen"),
                attendees=[att(ME_FREE, "Henning Brandt"), att("tanja.voigt@hkp-kaffee.de", "Dr. Tanja Voigt")])
    out.append(pos("webex-case-de", vcal([ev], prodid=OUTLOOK, method="REQUEST", zones=(B,)), uid,
                   "Hanseatische Kaffeerösterei Petersen", "Leiter Produktion Röstwerk", "technical",
                   "ole.petersen@hkp-kaffee.de;tanja.voigt@hkp-kaffee.de", "webex-fallstudie-de"))

    uid = "8k2m5p0r7t1v4x6z9b3d@google.com"
    desc = f"""Hi Henning,

Thanks for the good conversation with Camilla. As a final step, our CEO Frederik Skovgaard and our head
brewer Ida Mølgaard would like to meet you (video). We'll aim to give you an answer by the end of the week.

Best, Frederik

{zoom("en", 4)}"""
    ev = vevent(uid, tz(CPH, "20250324T160000"), tz(CPH, "20250324T170000", "DTEND"),
                "Final interview – Brewery Operations Manager", desc=desc, loc="Zoom",
                organizer=org("frederik@skovgaard-bryghus.dk", "Frederik Skovgaard"),
                attendees=[att("ida@skovgaard-bryghus.dk", "Ida Mølgaard"), att(ME_FREE, "Henning Brandt")])
    out.append(pos("zoom-final-en", vcal([ev], prodid=GOOGLE, method="REQUEST", zones=(CPH,)), uid,
                   "Skovgaard Bryghus", "Brewery Operations Manager", "final",
                   "frederik@skovgaard-bryghus.dk;ida@skovgaard-bryghus.dk", "zoom-final-en"))

    uid = "040000008200E00074C5B7101A82E008000000005A1B7D0C2E85DB01000000000000000010000000FF19E3A0A6C2D145B8A4"
    desc = f"""Bonjour Monsieur Brandt,

Suite à votre candidature au poste de Directeur de site (Allemagne) pour notre usine de Cloppenburg, je vous
propose un premier entretien en visioconférence. L'entretien se déroulera en anglais ou en français, selon
votre préférence.

Bien cordialement,
Claire Fontaine
Responsable Recrutement – Laiterie Saint-Aubin

{teams("en", 31)}"""
    ev = vevent(uid, tz(ROMANCE, "20250305T143000"), tz(ROMANCE, "20250305T151500", "DTEND"),
                "Entretien – Directeur de site (Allemagne) – M. Brandt", desc=desc, loc="Réunion Microsoft Teams",
                organizer=org("c.fontaine@laiterie-saint-aubin.fr", "FONTAINE Claire"),
                attendees=[att(ME_FREE, "Henning Brandt")])
    out.append(pos("outlook-fr", vcal([ev], prodid=OUTLOOK, method="REQUEST", zones=(ROMANCE,)), uid,
                   "Laiterie Saint-Aubin", "Directeur de site (Allemagne)", "recruiter_screen",
                   "c.fontaine@laiterie-saint-aubin.fr", "outlook-entretien-fr"))

    uid = "2c6e0g4i8k1m5o9q3s7u@google.com"
    desc = f"""Hola Henning:

Gracias por tu interés en el puesto de Responsable de Operaciones para nuestra planta de envasado en
Hamburgo. Te propongo una entrevista por videollamada con Javier Morales, Director Industrial, que sería tu
responsable directo. La entrevista será en inglés.

Un saludo,
Lucía Ortega – Recursos Humanos, Aceites del Guadalquivir S.A.

{meet("en", 8)}{GOOGLE_FOOTER_EN}"""
    ev = vevent(uid, tz(B, "20250313T160000"), tz(B, "20250313T170000", "DTEND"),
                "Entrevista – Responsable de Operaciones (Hamburgo) – Henning Brandt", desc=desc,
                organizer=org("lucia.ortega@aceitesguadalquivir.es", "Lucía Ortega"),
                attendees=[att("jmorales@aceitesguadalquivir.es", "Javier Morales"), att(ME_FREE, "Henning Brandt"),
                           att("lucia.ortega@aceitesguadalquivir.es", "Lucía Ortega", stat="ACCEPTED",
                               role="OPT-PARTICIPANT")])
    out.append(pos("google-es", vcal([ev], prodid=GOOGLE, method="REQUEST", zones=(B,)), uid,
                   "Aceites del Guadalquivir", "Responsable de Operaciones (Hamburgo)", "hiring_manager",
                   "jmorales@aceitesguadalquivir.es", "google-entrevista-es"))

    uid = "040000008200E00074C5B7101A82E00800000000AC0E1F27D486DB0100000000000000001000000077D0E1B2C3A4F5469788"
    desc = """Sehr geehrter Herr Brandt,

wir laden Sie zu unserem zweitägigen Assessment-Center für die Position Werksleitung (m/w/d) ein.
Tag 1: Präsentation, Fallstudie Linienausfall, Gruppendiskussion
Tag 2: Gespräch mit der Geschäftsführung (Björn Kück) und Feedback (Start am zweiten Tag 10:00 Uhr)

Beobachter: Björn Kück (GF), Sandra Meinke (Personalleitung)

Deichgraf Tiefkühlkost GmbH, Deichstraße 90, 26954 Nordenham"""
    base = vevent(uid, tz(W_EUROPE, "20250408T083000"), tz(W_EUROPE, "20250408T163000", "DTEND"),
                  "Assessment-Center Werksleitung (Deichgraf)", desc=desc,
                  loc="Deichgraf Tiefkühlkost, Schulungsraum 1, Deichstraße 90, 26954 Nordenham",
                  rrule="FREQ=DAILY;COUNT=2", organizer=org("s.meinke@deichgraf-tk.de", "Meinke, Sandra"),
                  attendees=[att(ME_FREE, "Henning Brandt"), att("b.kueck@deichgraf-tk.de", "Kück, Björn")])
    override = vevent(uid, tz(W_EUROPE, "20250409T100000"), tz(W_EUROPE, "20250409T130000", "DTEND"),
                      "Assessment-Center Werksleitung (Deichgraf) – Tag 2", desc=desc, seq=1,
                      loc="Deichgraf Tiefkühlkost, Besprechungsraum GF, Deichstraße 90, 26954 Nordenham",
                      recurrence_id=tz(W_EUROPE, "20250409T083000", "RECURRENCE-ID"),
                      organizer=org("s.meinke@deichgraf-tk.de", "Meinke, Sandra"),
                      attendees=[att(ME_FREE, "Henning Brandt"), att("b.kueck@deichgraf-tk.de", "Kück, Björn")])
    out.append(pos("outlook-recurring-ac-de", vcal([base, override], prodid=OUTLOOK, method="REQUEST",
                                                   zones=(W_EUROPE,)), uid, "Deichgraf Tiefkühlkost",
                   "Werksleitung (m/w/d)", "onsite", "s.meinke@deichgraf-tk.de;b.kueck@deichgraf-tk.de",
                   "recurring-override-assessment-de"))

    uid = "040000008200E00074C5B7101A82E00800000000E2B07C4F1187DB01000000000000000010000000C0FFEE11223344556677"
    desc = """Hallo Herr Brandt,

vielen Dank für das angenehme Gespräch mit Frau Lüttjohann. Gern möchte ich Sie nun persönlich kennenlernen –
als Inhaber entscheide ich über die Besetzung der Werkleitung selbst.

Herzliche Grüße aus Bergedorf
Hauke Steenbock
Steenbock Gewürzkontor GmbH"""
    ev = vevent(uid, tz(W_EUROPE, "20250325T110000"), tz(W_EUROPE, "20250325T123000", "DTEND"),
                "Werkleitung – Gespräch H. Steenbock / H. Brandt", desc=desc,
                loc="Steenbock Gewürzkontor, Curslacker Neuer Deich 30, 21029 Hamburg",
                organizer=org("hauke.steenbock@steenbock-gewuerze.de", "Steenbock, Hauke"),
                attendees=[att(ME_FREE, "Henning Brandt"),
                           att("a.luettjohann@steenbock-gewuerze.de", "Lüttjohann, Anja", role="OPT-PARTICIPANT")])
    out.append(pos("outlook-owner-de", vcal([ev], prodid=OUTLOOK, method="REQUEST", zones=(W_EUROPE,)), uid,
                   "Steenbock Gewürzkontor", "Werkleitung", "hiring_manager",
                   "hauke.steenbock@steenbock-gewuerze.de", "outlook-optional-hr-de"))

    uid = "3d8f1h5j9l2n6p0r4t8v@google.com"
    desc = f"""Hallo Herr Brandt,

leider muss ich unser Telefoninterview (Produktionsleitung Eierverarbeitung) absagen – die Stelle wurde
intern besetzt. Wir bedauern das sehr und wünschen Ihnen alles Gute.

Beste Grüße
Maren Ehlers, Moorland Eier GmbH{GOOGLE_FOOTER_DE}"""
    ev = vevent(uid, tz(B, "20250311T090000"), tz(B, "20250311T093000", "DTEND"),
                "Abgesagt: Telefoninterview Produktionsleitung – Henning Brandt", desc=desc, status="CANCELLED", seq=2,
                organizer=org("m.ehlers@moorland-eier.de", "Maren Ehlers"),
                attendees=[att(ME_FREE, "Henning Brandt", stat="ACCEPTED")])
    out.append(pos("google-cancelled-de", vcal([ev], prodid=GOOGLE, method="CANCEL", zones=(B,)), uid,
                   "Moorland Eier", "Produktionsleitung Eierverarbeitung", "recruiter_screen",
                   "m.ehlers@moorland-eier.de", "status-cancelled-de"))
    return out
