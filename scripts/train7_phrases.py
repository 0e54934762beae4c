"""Interchangeable phrases that train7 templates draw on: implied rejections, portal statuses, reasons to rescind.

Implied rejections say no without a stock word; in German they start with the finite verb so they follow a
fronted adverbial ("Nach reiflicher Überlegung {implied}.").
"""

IMPLIED = {
    "en": ["we've decided to move forward with other applicants",
           "the team has chosen to pursue candidates whose experience is a closer fit",
           "we'll be continuing the process with a small number of other people",
           "we've gone with someone whose background matches the brief more closely",
           "the hiring manager has chosen another finalist",
           "we won't be taking things further on this occasion",
           "we're not able to progress your application to the next stage",
           "the panel felt another candidate was the stronger match, and we've made our choice",
           "your application won't be going forward",
           "we've concluded the process and you weren't selected this time",
           "we'll be pursuing other candidates for this role",
           "it isn't going to work out for this position",
           "the role has gone to an internal candidate",
           "we've decided to keep looking for someone with a slightly different profile"],
    "de": ["haben wir uns für andere Bewerbende entschieden",
           "können wir Ihre Bewerbung nicht weiter berücksichtigen",
           "setzen wir den Prozess mit anderen Kandidat:innen fort",
           "ist die Wahl auf einen anderen Bewerber gefallen",
           "werden wir Sie im weiteren Verfahren nicht berücksichtigen",
           "haben wir die Stelle intern besetzt",
           "müssen wir Ihnen mitteilen, dass es diesmal nicht geklappt hat",
           "haben wir uns gegen eine Fortsetzung des Verfahrens mit Ihnen entschieden",
           "kommen wir leider nicht zusammen",
           "geben wir einem Profil mit mehr Branchenerfahrung den Vorzug"],
    "fr": ["nous avons décidé de poursuivre avec d'autres candidats",
           "nous ne donnerons pas suite à votre candidature",
           "votre profil n'a pas été retenu pour la suite du processus",
           "notre choix s'est porté sur une autre candidature",
           "nous avons retenu un profil plus proche de nos besoins",
           "le poste a été pourvu en interne",
           "nous ne pourrons pas aller plus loin avec vous pour ce poste",
           "nous avons choisi de privilégier des profils plus expérimentés",
           "votre candidature ne sera pas retenue"],
    "es": ["hemos decidido seguir adelante con otros candidatos",
           "no continuaremos con su candidatura",
           "nos hemos decantado por otro perfil",
           "su candidatura no ha sido seleccionada para la siguiente fase",
           "hemos cubierto la vacante internamente",
           "la elección ha recaído en otra persona",
           "no podremos avanzar con usted en este proceso",
           "hemos optado por un perfil con más experiencia en el sector",
           "no seguiremos contando con su candidatura"],
}

STATUS = {
    "en": ["Not selected", "Unsuccessful", "Rejected", "Archived", "Closed - position filled",
           "No longer under consideration", "Declined", "Not progressing"],
    "de": ["Absage", "abgelehnt", "Nicht berücksichtigt", "Archiviert", "Verfahren beendet", "Absage erteilt"],
    "fr": ["Non retenue", "Refusée", "Clôturée", "Archivée", "Processus terminé", "Candidature déclinée"],
    "es": ["Descartado", "No seleccionado", "Proceso cerrado", "Archivada", "Rechazada", "Finalizada"],
}

REASON = {
    "en": ["a company-wide hiring freeze", "the results of the background check", "a restructuring of the department",
           "the loss of the client contract that funded the role", "the board's decision to cut next year's headcount",
           "the merger announced this week"],
    "de": ["eines konzernweiten Einstellungsstopps", "des Ergebnisses der Sicherheitsüberprüfung",
           "einer Umstrukturierung der Abteilung", "des Verlusts eines Großauftrags",
           "der Fusion mit unserem Mutterkonzern"],
    "fr": ["d'un gel des embauches au niveau du groupe", "du résultat de la vérification de vos références",
           "d'une réorganisation du service", "de la perte du budget qui finançait le poste",
           "du rachat de la société"],
    "es": ["una congelación de contrataciones en todo el grupo", "el resultado de la verificación de antecedentes",
           "una reestructuración del departamento", "la pérdida del cliente que financiaba el puesto",
           "la fusión anunciada esta semana"],
}
