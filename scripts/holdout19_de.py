"""holdout19 German messages: Hamburg and Zurich caterers, food makers, retailers, agencies (hand-written, CC0)."""

from __future__ import annotations

from holdout19_core import Msg, m

MESSAGES: list[Msg] = [
    # --- rejection ---
    m("rejection", "warm_rejection", "Elbküche Catering GmbH", "Qualitätsmanager Lebensmittelsicherheit",
      "Svenja Petersen <s.petersen@elbkueche-catering.de>", "Ihre Bewerbung als Qualitätsmanager",
      """Lieber Herr Lindgren,

vielen Dank für das offene und sympathische Gespräch in Altona. Ihre praktische Erfahrung aus der Küche hat
uns wirklich beeindruckt, gerade beim Thema Rückverfolgbarkeit.

Trotzdem haben wir uns am Ende für eine Kandidatin entschieden, die bereits IFS-Audits auf Lieferantenseite
begleitet hat. Diese Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Herzliche Grüße
Svenja Petersen
Personalreferentin | Elbküche Catering GmbH""", legal=True, charset="iso-8859-1", cte="qp"),
    m("rejection", "talent_pool", "Hansekost AG", "Einkäufer Frischware (m/w/d)",
      "Hansekost AG <bewerbung@hansekost.onlyfy-mail.de>", "Rückmeldung zu Ihrer Bewerbung",
      """Sehr geehrter Herr Lindgren,

wir bedanken uns für Ihr Interesse an der Position Einkäufer Frischware (m/w/d). Nach sorgfältiger Prüfung
müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.

Gerne würden wir Ihre Unterlagen in unseren Talentpool aufnehmen, um bei passenden Vakanzen auf Sie
zuzukommen. Falls Sie das nicht möchten, genügt eine kurze Nachricht.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Hansekost AG""", layout="html", preheader="Ihre Bewerbung bei Hansekost"),
    m("rejection", "no_interview", "Kaufring Lebensmittel", "Hygieneauditor Filialen",
      "Kaufring Karriere <noreply@kaufring.softgarden-mail.io>", "Ihre Bewerbung: Hygieneauditor Filialen",
      """Guten Tag Herr Lindgren,

vielen Dank für Ihre Bewerbung. Leider können wir Sie nicht zu einem Vorstellungsgespräch einladen, da wir
Bewerber mit abgeschlossenem Studium der Lebensmitteltechnologie bevorzugen.

Ihre Unterlagen werden nach 6 Monaten gemäß DSGVO gelöscht.

Freundliche Grüße
Kaufring Lebensmittel - Personalabteilung""", cte="b64"),
    m("rejection", "rescinded", "Zürcher Gastro Partner AG", "Leiter Küchenbetriebe",
      "Beat Huber <beat.huber@zgp-gastro.ch>", "AW: Vertragsangebot Leiter Küchenbetriebe",
      """Grüezi Herr Lindgren

Es tut mir sehr leid, Ihnen das schreiben zu müssen: Der Verwaltungsrat hat gestern entschieden, die
Spitalverpflegung an einen externen Anbieter abzugeben. Damit entfällt die Stelle, und wir müssen unser
Angebot vom letzten Monat zurückziehen.

Ich rufe Sie morgen an, um alles Weitere zu besprechen.

Freundliche Grüsse
Beat Huber
Leiter Personal""", layout="outlook"),
    m("rejection", "", "Nordlicht Hotels", "F&B Operations Manager",
      "Nordlicht Hotels <karriere@nordlicht-hotels.de>", "Absage F&B Operations Manager",
      """Hallo Oskar,

danke dir für deine Bewerbung und das nette Telefonat. Wir haben uns entschieden, die Stelle intern zu
besetzen. Wir drücken dir die Daumen!

Viele Grüße aus der Speicherstadt
Team Nordlicht"""),
    m("rejection", "warm_rejection", "Alster Feinkost GmbH", "Produktionsleiter",
      "Jens Albrecht <j.albrecht@alster-feinkost.de>", "Re: Probearbeit Produktion",
      """Moin Herr Lindgren,

danke für den Probetag, die Jungs in der Produktion waren begeistert, und Ihre Idee mit den
Temperaturloggern setzen wir vielleicht sogar um. Leider passt es mit der Stelle trotzdem nicht: Wir
brauchen jemanden, der im Dreischichtbetrieb auch die Nachtschicht übernimmt.

Alles Gute und vielleicht bis bald
Jens Albrecht""", layout="gmail"),
    m("rejection", "rescinded", "Hansekost AG", "Category Manager Molkereiprodukte",
      "Claudia Brandt <c.brandt@hansekost.de>", "Ihr Vertragsangebot",
      """Sehr geehrter Herr Lindgren,

leider müssen wir Ihnen mitteilen, dass wir das Ihnen unterbreitete Vertragsangebot zurückziehen müssen.
Im Zuge der Übernahme durch die Frisch&Fair-Gruppe wurde ein sofortiger Einstellungsstopp für alle
Managementfunktionen verhängt.

Wir bedauern dies sehr.

Mit freundlichen Grüßen
Claudia Brandt
Leitung Personal""", charset="windows-1252"),
    m("rejection", "", "Gastro-Personal Nord", "Küchendirektor (Kunde: Hotelgruppe Hamburg)",
      "Tim Kröger <tim@gastropersonal-nord.de>", "Feedback vom Kunden",
      """Hallo Herr Lindgren,

kurzes Feedback vom Kunden: Man hat sich gegen eine Einladung zur zweiten Runde entschieden. Begründung:
man sucht jemanden mit mehr Erfahrung im Bankettbereich. Sorry, ich bleibe dran!

Beste Grüße
Tim Kröger"""),
    # --- offer ---
    m("offer", "formal_offer", "Elbküche Catering GmbH", "Leitung Hygiene & Arbeitssicherheit",
      "Svenja Petersen <s.petersen@elbkueche-catering.de>", "Vertragsangebot",
      """Lieber Herr Lindgren,

wir freuen uns sehr, Ihnen die Position Leitung Hygiene & Arbeitssicherheit anbieten zu können.

- Jahresgehalt: 68.000 EUR brutto
- Eintritt: {+40}
- 30 Urlaubstage, Jobrad, Deutschlandticket

Den Vertrag finden Sie im Anhang. Bitte geben Sie uns bis zum {+10} Bescheid.

Herzliche Grüße
Svenja Petersen""", layout="alt", cte="qp"),
    m("offer", "casual_offer", "Nordlicht Hotels", "Küchenchef Betrieb",
      "Mats Jensen <mats@nordlicht-hotels.de>", "na, lust?",
      """Moin Oskar,

wir hätten dich echt gern im Team als Küchenchef Betrieb. Wenn du magst, können wir Montag alles festmachen.

Gruß Mats"""),
    m("offer", "offer_unfortunately", "Zürcher Gastro Partner AG", "Einkaufsleiter Gastronomie",
      "Beat Huber <beat.huber@zgp-gastro.ch>", "Neues Angebot",
      """Grüezi Herr Lindgren

Leider ist die Stelle in der Spitalverpflegung weggefallen, aber ich habe gute Nachrichten: Wir bieten
Ihnen die Position Einkaufsleiter Gastronomie an, gleiche Lohnstufe, Arbeitsort Zürich-Oerlikon.
Den Vertrag schicke ich Ihnen diese Woche.

Freundliche Grüsse
Beat Huber""", charset="iso-8859-1"),
    m("offer", "offer_references", "Alster Feinkost GmbH", "Qualitätssicherung Teamleitung",
      "Jens Albrecht <j.albrecht@alster-feinkost.de>", "Zusage - vorbehaltlich Referenzen",
      """Moin Herr Lindgren,

wir möchten Ihnen die Teamleitung Qualitätssicherung anbieten - vorbehaltlich zweier positiver Referenzen.
Können Sie mir bitte zwei Ansprechpartner nennen?

Beste Grüße
Jens Albrecht""", layout="apple"),
    # --- next_step ---
    m("next_step", "assessment", "Kaufring Lebensmittel", "Qualitätsauditor Eigenmarken",
      "Kaufring Karriere <noreply@kaufring.softgarden-mail.io>", "Einladung zum Online-Test",
      """Guten Tag Herr Lindgren,

vielen Dank für Ihre Bewerbung als Qualitätsauditor Eigenmarken. Als nächsten Schritt bitten wir Sie, einen
Online-Test zu HACCP und Lebensmittelrecht zu absolvieren (ca. 40 Minuten). Bitte schließen Sie den Test bis
zum {+7} ab.

Zum Test

Freundliche Grüße
Kaufring Lebensmittel""", layout="html", reply_to="recruiting@kaufring.de"),
    m("next_step", "reschedule_unfortunately", "Hansekost AG", "Einkäufer Trockensortiment",
      "Claudia Brandt <c.brandt@hansekost.de>", "Verschiebung unseres Termins",
      """Sehr geehrter Herr Lindgren,

leider muss ich unser Gespräch am Donnerstag absagen, da unser Einkaufsleiter kurzfristig verhindert ist.
Könnten wir auf den {+8} um 10 Uhr ausweichen?

Mit freundlichen Grüßen
Claudia Brandt""", charset="windows-1252", cte="qp"),
    m("next_step", "trial_shift", "Nordlicht Hotels", "Küchenchef Betrieb",
      "Mats Jensen <mats@nordlicht-hotels.de>", "Probearbeiten?",
      """Hi Oskar, hast du Lust, nächsten Samstag einen Tag bei uns mitzulaufen? Frühstück bis Bankett, danach
quatschen wir. Wir melden uns bis Ende nächster Woche, ob wir weitermachen.

Mats""", promise=("eow", 1)),
    m("next_step", "", "Gastro-Personal Nord", "Betriebsleiter Kantine (Kunde: Versicherung)",
      "Tim Kröger <tim@gastropersonal-nord.de>", "Vorstellungsgespräch beim Kunden",
      """Hallo Herr Lindgren,

gute Nachrichten: Der Kunde möchte Sie kennenlernen! Das Gespräch findet in der City Nord statt, mit dem
Leiter Facility Management und der Küchenleitung. Passt Ihnen Dienstag oder Mittwoch nachmittags?

Beste Grüße
Tim Kröger
Gastro-Personal Nord GmbH - Personalvermittlung für Hotellerie & Gastronomie""", legal=True),
    # --- pending ---
    m("pending", "still_reviewing", "Elbküche Catering GmbH", "Qualitätsmanager Lebensmittelsicherheit",
      "Svenja Petersen <s.petersen@elbkueche-catering.de>", "AW: Stand meiner Bewerbung",
      """Lieber Herr Lindgren,

danke für Ihre Nachfrage. Wir führen noch Gespräche und werden uns bis Ende November bei Ihnen melden.

Herzliche Grüße
Svenja Petersen""", layout="outlook", promise=("month_end", 11)),
    m("pending", "on_hold", "Alster Feinkost GmbH", "Produktionsplaner",
      "Jens Albrecht <j.albrecht@alster-feinkost.de>", "Stelle Produktionsplaner",
      """Moin Herr Lindgren,

kurzer Zwischenstand: Die Stelle Produktionsplaner liegt vorerst auf Eis, bis unser neuer Großkunde den
Vertrag unterschreibt. Ihre Bewerbung bleibt aber im Rennen.

Beste Grüße
Jens Albrecht"""),
    m("pending", "delay", "Zürcher Gastro Partner AG", "Einkaufsleiter Gastronomie",
      "Beat Huber <beat.huber@zgp-gastro.ch>", "Verzögerung",
      """Grüezi Herr Lindgren

Unser Entscheid verzögert sich leider, da die Geschäftsleitung erst nächste Woche tagt. Sie erhalten
innerhalb von 10 Arbeitstagen Bescheid.

Freundliche Grüsse
Beat Huber""", promise=("bdays", 10)),
    m("pending", "waitlist", "Kaufring Lebensmittel", "Qualitätsauditor Eigenmarken",
      "Kaufring Recruiting <recruiting@kaufring.de>", "Ihre Bewerbung - Nachrückerliste",
      """Guten Tag Herr Lindgren,

vielen Dank für Ihre Teilnahme am Assessment-Center. Die beiden Stellen sind vorerst vergeben, wir haben Sie
jedoch auf unsere Nachrückerliste gesetzt. Sollte eine Zusage nicht zustande kommen, melden wir uns.
Eine endgültige Rückmeldung erhalten Sie spätestens Ende des Monats.

Freundliche Grüße
Kaufring Recruiting""", promise=("eom", 0)),
    m("pending", "pending_unfortunately", "Hansekost AG", "Einkäufer Trockensortiment",
      "Claudia Brandt <c.brandt@hansekost.de>", "Re: Rückmeldung?",
      """Hallo Herr Lindgren,

leider kann ich Ihnen noch nichts Konkretes sagen, die Abstimmung mit dem Vorstand läuft noch. Bis Freitag
sollten wir eine Entscheidung haben.

Viele Grüße
Claudia Brandt""", layout="gmail", promise=("weekday", 4)),
    # --- acknowledgement ---
    m("acknowledgement", "received", "Hansekost AG", "Einkäufer Trockensortiment",
      "Hansekost AG <bewerbung@hansekost.onlyfy-mail.de>", "Eingangsbestätigung Ihrer Bewerbung",
      """Sehr geehrter Herr Lindgren,

vielen Dank für Ihre Bewerbung als Einkäufer Trockensortiment. Ihre Unterlagen sind bei uns eingegangen. Wir
melden uns innerhalb von drei Wochen bei Ihnen.

Ihr Recruiting-Team der Hansekost AG""", layout="html", promise=("days", 21)),
    m("acknowledgement", "ack_offer_word", "Nordlicht Hotels", "F&B Operations Manager",
      "Nordlicht Hotels <karriere@nordlicht-hotels.personio.de>", "Danke für deine Bewerbung!",
      """Hallo Oskar,

danke für deine Bewerbung als F&B Operations Manager! Was wir bieten: Mitarbeiterrabatte in allen Häusern,
Weiterbildung und ein Team, das zusammenhält. Wir schauen uns deine Unterlagen in Ruhe an
und du hörst innerhalb von 14 Tagen von uns.

Dein Nordlicht-Team""", layout="html", preheader="Deine Bewerbung ist da", promise=("days", 14)),
    m("acknowledgement", "received_docs", "Zürcher Gastro Partner AG", "Einkaufsleiter Gastronomie",
      "Beat Huber <beat.huber@zgp-gastro.ch>", "AW: Arbeitszeugnisse",
      """Besten Dank, die Zeugnisse sind angekommen.

Gruss
Beat Huber""", layout="outlook"),
    m("acknowledgement", "received", "Alster Feinkost GmbH", "Qualitätssicherung Teamleitung",
      "Alster Feinkost Personal <personal@alster-feinkost.de>", "Ihre Bewerbung ist eingegangen",
      """Guten Tag Herr Lindgren,

hiermit bestätigen wir den Eingang Ihrer Bewerbung. Wir prüfen Ihre Unterlagen und melden uns bis zum {X}.

Mit freundlichen Grüßen
Personalabteilung""", promise=("on", 12), charset="iso-8859-1"),
    # --- auto_reply ---
    m("auto_reply", "out_of_office", "Elbküche Catering GmbH", "",
      "Svenja Petersen <s.petersen@elbkueche-catering.de>", "Abwesenheitsnotiz: Stand meiner Bewerbung",
      """Vielen Dank für Ihre E-Mail. Ich bin bis zum {+5} nicht im Haus. In dringenden Fällen wenden Sie sich
bitte an personal@elbkueche-catering.de. Ihre Nachricht wird nicht weitergeleitet.""",
      headers=(("Auto-Submitted", "auto-replied"),)),
    m("auto_reply", "auto_noreply", "Kaufring Lebensmittel", "",
      "Kaufring Karriere <noreply@kaufring.softgarden-mail.io>", "Automatische Antwort",
      """Dies ist eine automatisch generierte Nachricht. Antworten an diese Adresse werden nicht gelesen. Bitte
nutzen Sie für Rückfragen das Kontaktformular im Bewerberportal.""",
      headers=(("Auto-Submitted", "auto-generated"),)),
    # --- other ---
    m("other", "interviewer", "Lindgren's Kitchen", "Jungkoch",
      "Leon Schulz <leon.schulz04@web.de>", "Bewerbung als Jungkoch",
      """Hallo Herr Lindgren,

ich habe im Sommer meine Ausbildung im Hotel Atlantic beendet und würde gern bei Ihnen als Jungkoch anfangen.
Ich könnte auch zum Probearbeiten kommen. Lebenslauf anbei.

Viele Grüße
Leon Schulz""", charset="iso-8859-1"),
    m("other", "newsletter_regret", "Gastro-Jobletter", "",
      "Gastro-Jobletter <newsletter@gastro-jobletter.de>", "Jobletter: 8 neue Stellen & ein Rückblick",
      """Diese Woche im Jobletter:

- Küchenleitung Betriebsrestaurant, Hamburg - attraktives Angebot
- Qualitätsmanager Fleischwaren, Bremen
- Wir bedauern: Die Jobmesse am {+10} fällt aus.

Abmelden""", layout="html", preheader="8 neue Stellen"),
    m("other", "withdrawal", "Kaufring Lebensmittel", "Hygieneauditor Filialen",
      "Kaufring Recruiting <recruiting@kaufring.de>", "Rückzug Ihrer Bewerbung",
      """Guten Tag Herr Lindgren,

wir bestätigen, dass Sie Ihre Bewerbung zurückgezogen haben. Schade, aber wir wünschen Ihnen viel Erfolg bei
Ihrer neuen Aufgabe.

Kaufring Recruiting""", layout="gmail",
      quoted="Guten Tag,\n\nich habe inzwischen ein anderes Angebot angenommen und ziehe meine Bewerbung\n"
      "hiermit zurück.\n\nViele Grüße\nOskar Lindgren"),
]
